"""Maps in the PDFs: markers, lines and a size in, a flowable out (``map_flowable``).

One projection for every map, Web Mercator (EPSG:3857), the projection of web map tiles:
the cached Plan IGN tiles (``tl_desktop.map.static.basemap_image``) are drawn in the same
frame, and the markers and lines drawn here land on the right streets. Where no tile is
cached, the basemap is the départements' outline shipped in ``resources/map/``. A report
uses the tiles of its catalog's data folder by running inside ``basemap_tiles(folder)``
(its build function decorated with ``@with_basemap``): offline and online, the same map.
"""

from __future__ import annotations

import functools
import io
import json
import math
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.resources import resource
from tl_desktop.map.tiles import PLAN_IGN, TileCache, cache_path
from tl_desktop.reports.fonts import BOLD, FONT

# Metropolitan France, the frame of the locator maps: (south, west, north, east).
FRANCE = (41.3, -5.3, 51.2, 9.7)
LAND, BORDER, FRAME = colors.HexColor("#F2F2F2"), colors.HexColor("#B8B8B8"), colors.HexColor("#9E9E9E")
ATTRIBUTION = QT_TRANSLATE_NOOP("reports", "Contours : IGN Admin Express")    # translated by the caller
PIXELS_PER_POINT = 2.0      # the basemap's image: ~144 dpi, sharp in print, light in the file

_TILES: ContextVar[TileCache | None] = ContextVar("basemap_tiles", default=None)


@contextmanager
def basemap_tiles(data_folder: Path | None) -> Iterator[TileCache | None]:
    """Draw the maps made meanwhile on the Plan IGN tiles cached in ``data_folder`` (none: the outline)."""
    path = cache_path(data_folder, PLAN_IGN) if data_folder is not None else None
    cache = TileCache(path, PLAN_IGN) if path is not None and path.is_file() else None   # never create one
    token = _TILES.set(cache)
    try:
        yield cache
    finally:
        _TILES.reset(token)
        if cache is not None:
            cache.close()


def with_basemap(build):
    """Decorate ``build(store, …)``: its maps use the tiles cached beside the store's catalog."""
    @functools.wraps(build)
    def wrapper(store, *args, **kwargs):
        with basemap_tiles(Path(store.path).parent):
            return build(store, *args, **kwargs)
    return wrapper


@dataclass(frozen=True)
class Marker:
    """A point on a map: a dot, with a short label (a stop's number) drawn inside."""

    latitude: float
    longitude: float
    label: str = ""
    colour: str = "#C0392B"


@dataclass(frozen=True)
class Line:
    """A route on a map: points (latitude, longitude) joined in order."""

    points: tuple[tuple[float, float], ...]
    colour: str = "#0072B2"


def mercator(latitude: float, longitude: float) -> tuple[float, float]:
    """Return Web Mercator coordinates in degrees of longitude (x east, y north)."""
    latitude = max(-85.0, min(85.0, latitude))
    return longitude, math.degrees(math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2)))


@dataclass(frozen=True)
class Viewport:
    """What part of the world a map shows and at what scale: (x, y) Mercator degrees → points on the page."""

    width: float
    height: float
    x0: float        # Mercator x at the left edge
    y0: float        # Mercator y at the bottom edge
    scale: float     # points per Mercator degree

    def project(self, latitude: float, longitude: float) -> tuple[float, float]:
        x, y = mercator(latitude, longitude)
        return (x - self.x0) * self.scale, (y - self.y0) * self.scale

    def bounds(self) -> tuple[float, float, float, float]:
        """Return (south, west, north, east) in degrees: what a tile renderer must cover."""
        def latitude(y: float) -> float:
            return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)
        return (latitude(self.y0), self.x0, latitude(self.y0 + self.height / self.scale),
                self.x0 + self.width / self.scale)

    def metres_per_point(self) -> float:
        south, _, north, _ = self.bounds()
        return 111_320 * math.cos(math.radians((south + north) / 2)) / self.scale


def fit(points: Iterable[tuple[float, float]], width: float, height: float, *,
        padding: float = 0.12, minimum_span_km: float = 2.0) -> Viewport:
    """Return the viewport showing every (latitude, longitude) of ``points`` with a margin, centred."""
    xy = [mercator(lat, lon) for lat, lon in points]
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    # A single stop, or stops in one street, still show their neighbourhood.
    minimum = minimum_span_km / 111.32 / max(0.2, math.cos(math.radians(sum(p[0] for p in points) / len(xy))))
    span_x = max(max(xs) - min(xs), minimum) * (1 + 2 * padding)
    span_y = max(max(ys) - min(ys), minimum) * (1 + 2 * padding)
    scale = min(width / span_x, height / span_y)
    return Viewport(width, height, cx - width / scale / 2, cy - height / scale / 2, scale)


@lru_cache(maxsize=1)
def _outline() -> tuple[tuple[tuple[float, float, float, float], tuple[tuple[float, float], ...]], ...]:
    """The départements' rings in Mercator degrees, each with its bounding box (x0, y0, x1, y1)."""
    data = json.loads(resource("map", "departements.geojson").read_text(encoding="utf-8"))
    rings = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            ring = tuple(mercator(lat, lon) for lon, lat in polygon[0])
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            rings.append(((min(xs), min(ys), max(xs), max(ys)), ring))
    return tuple(rings)


class MapFlowable(Flowable):
    """A map drawn in a frame: basemap, lines, then markers, clipped to the frame."""

    def __init__(self, view: Viewport, markers: Sequence[Marker], lines: Sequence[Line], *,
                 marker_radius: float, scale_bar: bool, attribution: str = ATTRIBUTION):
        super().__init__()
        self.view, self.markers, self.lines = view, list(markers), list(lines)
        self.width, self.height = view.width, view.height
        self.marker_radius, self.scale_bar = marker_radius, scale_bar
        self.tiles = _TILES.get()           # drawn while the report builds, in the same context
        # The outline's credit (in the document's language); the tiles' own when they are drawn.
        self.outline_attribution = self.attribution = attribution

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        frame = c.beginPath()
        frame.rect(0, 0, self.width, self.height)
        c.clipPath(frame, stroke=0, fill=0)
        self.draw_basemap(c)
        for line in self.lines:
            c.setStrokeColor(colors.HexColor(line.colour))
            c.setLineWidth(2)
            c.setLineJoin(1)
            path = c.beginPath()
            for i, (lat, lon) in enumerate(line.points):
                (path.lineTo if i else path.moveTo)(*self.view.project(lat, lon))
            c.drawPath(path, stroke=1, fill=0)
        radius = self.marker_radius
        for marker in self.markers:
            x, y = self.view.project(marker.latitude, marker.longitude)
            c.setFillColor(colors.HexColor(marker.colour))
            c.setStrokeColor(colors.white)
            c.setLineWidth(1)
            c.circle(x, y, radius, stroke=1, fill=1)
            if marker.label:
                size = radius * (1.05 if len(marker.label) < 2 else 0.8)
                c.setFillColor(colors.white)
                c.setFont(BOLD, size)
                c.drawCentredString(x, y - size * 0.36, marker.label)
        if self.scale_bar:
            self._draw_scale_bar(c, FONT)
        elif self.attribution != self.outline_attribution:   # tiles: their source is named on every map
            c.setFillColor(colors.Color(1, 1, 1, alpha=0.8))
            c.rect(self.width - c.stringWidth(self.attribution, FONT, 5) - 3 * mm, 0,
                   c.stringWidth(self.attribution, FONT, 5) + 3 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#333333"))
            c.setFont(FONT, 5)
            c.drawRightString(self.width - 1.5 * mm, 1 * mm, self.attribution)
        c.restoreState()
        c.setStrokeColor(FRAME)
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)

    def draw_basemap(self, c) -> None:
        """Draw the background: the départements' outline, then the cached tiles of the frame over it.

        ``basemap_image`` returns an image of exactly ``self.view.bounds()`` (south, west,
        north, east), transparent where nothing is cached: the outline shows there. Markers
        and lines are drawn on top.
        """
        self._draw_outline(c)
        if self.tiles is None:
            return
        from tl_desktop.map.static import basemap_image  # Pillow: only for a report with tiles

        size = (max(1, round(self.width * PIXELS_PER_POINT)), max(1, round(self.height * PIXELS_PER_POINT)))
        found = basemap_image(self.view.bounds(), size, self.tiles)
        if found is None:
            return
        out = io.BytesIO()
        if found.missing:      # holes: a PNG with its transparency
            found.image.save(out, "PNG", optimize=True)
        else:                  # whole: JPEG, a tenth of the size in the file
            found.image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
        out.seek(0)
        c.drawImage(ImageReader(out), 0, 0, self.width, self.height, mask="auto")
        self.attribution = found.attribution + (" · " + self.outline_attribution if found.missing else "")

    def _draw_outline(self, c) -> None:
        view = self.view
        x1, y1 = view.x0 + view.width / view.scale, view.y0 + view.height / view.scale
        # The outline's vertices are ~0.02° apart: on a map of all France, one in a few is enough.
        step = max(1, int(30 / view.scale))
        c.setStrokeColor(BORDER)
        c.setFillColor(LAND)
        c.setLineWidth(0.35)
        for (bx0, by0, bx1, by1), ring in _outline():
            if bx1 < view.x0 or bx0 > x1 or by1 < view.y0 or by0 > y1:
                continue
            path = c.beginPath()
            points = ring[::step] if len(ring) > 3 * step else ring
            path.moveTo((points[0][0] - view.x0) * view.scale, (points[0][1] - view.y0) * view.scale)
            for x, y in points[1:]:
                path.lineTo((x - view.x0) * view.scale, (y - view.y0) * view.scale)
            path.close()
            c.drawPath(path, stroke=1, fill=1)

    def _draw_scale_bar(self, c, font: str) -> None:
        metres = self.view.metres_per_point() * self.width / 5
        magnitude = 10 ** math.floor(math.log10(metres))
        length = max(n * magnitude for n in (1, 2, 5) if n * magnitude <= metres)
        bar = length / self.view.metres_per_point()
        text = f"{length / 1000:g}\u00a0km" if length >= 1000 else f"{length:g}\u00a0m"
        x, y = 2 * mm, 2 * mm
        c.setFillColor(colors.Color(1, 1, 1, alpha=0.8))
        c.rect(x - 1, y - 1, bar + 2 + c.stringWidth(text, font, 6.5) + 4, 8, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#333333"))
        c.setLineWidth(0.8)
        c.line(x, y + 1.5, x + bar, y + 1.5)
        c.line(x, y + 0.5, x, y + 3.5)
        c.line(x + bar, y + 0.5, x + bar, y + 3.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont(font, 6.5)
        c.drawString(x + bar + 3, y + 0.2, text)
        c.setFont(font, 5.5)
        c.drawRightString(self.width - 1.5 * mm, 1.5 * mm, self.attribution)


def map_flowable(markers: Sequence[Marker], lines: Sequence[Line] = (), size: tuple[float, float] = (180 * mm, 70 * mm),
                 *, extent: tuple[float, float, float, float] | None = None, marker_radius: float = 3.2 * mm,
                 scale_bar: bool = True, attribution: str = ATTRIBUTION) -> Flowable | None:
    """Return a map of ``markers`` and ``lines`` of ``size`` (points), fitted to them or showing ``extent``
    (south, west, north, east), its basemap credited with ``attribution`` (in the document's language);
    None when there is nothing located to show."""
    located = [(m.latitude, m.longitude) for m in markers if m.latitude is not None and m.longitude is not None]
    located += [p for line in lines for p in line.points]
    if not located:
        return None
    width, height = size
    if extent is not None:
        south, west, north, east = extent
        view = fit([(south, west), (north, east)], width, height, padding=0)
    else:
        view = fit(located, width, height)
    return MapFlowable(view, [m for m in markers if m.latitude is not None and m.longitude is not None], lines,
                       marker_radius=marker_radius, scale_bar=scale_bar, attribution=attribution)
