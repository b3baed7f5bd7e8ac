"""Maps as images, for the PDFs: the basemap from the tile cache, numbered stops, lines, a scale.

Drawn in Python with Pillow from the **cached** tiles only (never the network): the same map
offline and online. Where a tile is missing it is cut from its deepest cached ancestor; where
nothing at all is cached, the départements' outline shipped with the app is drawn instead.

Two entry points:

- ``basemap_image(bounds, size, cache)``: an image of exactly a Web Mercator frame (south,
  west, north, east), for a caller that draws its own markers on top (``reports.maps``);
  None when no tile of it is cached (the caller draws its outline).
- ``render_map(markers, lines, size, cache)``: a whole map, fitted to the markers and lines
  (or to ``extent``): basemap or outline, the lines, numbered markers, a scale bar and the
  attribution.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from PIL import Image, ImageDraw, ImageFont

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.resources import resource
from tl_desktop.map.tiles import TILE_SIZE, Box, TileCache

OUTLINE_ATTRIBUTION = QT_TRANSLATE_NOOP("reports", "Contours : IGN Admin Express")   # translated by the caller
LAND, BORDER, SEA = (242, 242, 242), (184, 184, 184), (255, 255, 255)
MAX_OVERZOOM = 8


@dataclass(frozen=True)
class Marker:
    """A point on a map: a disc with a short label (a stop's number) inside."""

    latitude: float
    longitude: float
    label: str = ""
    colour: str = "#C0392B"


@dataclass(frozen=True)
class Line:
    """A route: (latitude, longitude) points joined in order."""

    points: tuple[tuple[float, float], ...]
    colour: str = "#0072B2"


@dataclass(frozen=True)
class BasemapImage:
    image: Image.Image    # RGBA: transparent where no tile (nor an ancestor) is cached
    attribution: str
    zoom: int
    tiles: int            # tiles found in the cache at that zoom
    overzoomed: int       # tiles cut from an ancestor
    missing: int          # tiles with nothing above them either (left blank)


@dataclass(frozen=True)
class RenderedMap:
    image: Image.Image
    attribution: str
    from_tiles: bool      # False: the outline was drawn (nothing cached there)
    bounds: Box           # the frame drawn: (south, west, north, east)
    metres_per_pixel: float


# ------------------------------------------------------------------------- Web Mercator, in [0, 1]

def world_xy(latitude: float, longitude: float) -> tuple[float, float]:
    """Return a point's Web Mercator position in [0, 1] (x east, y south: the tiles' own axes)."""
    s = math.sin(math.radians(max(-85.05112878, min(85.05112878, latitude))))
    return (longitude + 180) / 360, 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


def latitude_of(y: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))


@dataclass(frozen=True)
class Frame:
    """What part of the world an image shows: its top-left in world units and its scale."""

    x0: float
    y0: float
    pixels_per_world: float      # 256 · 2^zoom at the image's fractional zoom
    width: int
    height: int

    @property
    def zoom(self) -> float:
        return math.log2(self.pixels_per_world / TILE_SIZE)

    def pixel(self, latitude: float, longitude: float) -> tuple[float, float]:
        x, y = world_xy(latitude, longitude)
        return (x - self.x0) * self.pixels_per_world, (y - self.y0) * self.pixels_per_world

    def bounds(self) -> Box:
        x1 = self.x0 + self.width / self.pixels_per_world
        y1 = self.y0 + self.height / self.pixels_per_world
        return latitude_of(y1), self.x0 * 360 - 180, latitude_of(self.y0), x1 * 360 - 180

    def metres_per_pixel(self) -> float:
        south, _, north, _ = self.bounds()
        return 40_075_016.686 * math.cos(math.radians((south + north) / 2)) / self.pixels_per_world

    @classmethod
    def of_bounds(cls, bounds: Box, width: int, height: int) -> "Frame":
        """The frame of exactly ``bounds`` in an image of width × height (its aspect ratio is kept by the caller)."""
        south, west, north, east = bounds
        x0, y0 = world_xy(north, west)
        x1, y1 = world_xy(south, east)
        return cls(x0, y0, min(width / max(x1 - x0, 1e-12), height / max(y1 - y0, 1e-12)), width, height)

    @classmethod
    def fitting(cls, points: Sequence[tuple[float, float]], width: int, height: int, *, padding: float = 0.12,
                minimum_span_km: float = 2.0, max_zoom: float = 17.0) -> "Frame":
        """The frame showing every (latitude, longitude) of ``points`` with a margin, centred."""
        xy = [world_xy(lat, lon) for lat, lon in points]
        xs, ys = [p[0] for p in xy], [p[1] for p in xy]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        # One stop, or stops in one street, still show their neighbourhood.
        mean_lat = sum(p[0] for p in points) / len(points)
        minimum = minimum_span_km * 1000 / (40_075_016.686 * max(0.05, math.cos(math.radians(mean_lat))))
        span_x = max(max(xs) - min(xs), minimum) * (1 + 2 * padding)
        span_y = max(max(ys) - min(ys), minimum) * (1 + 2 * padding)
        ppw = min(width / span_x, height / span_y, TILE_SIZE * 2 ** max_zoom)
        return cls(cx - width / ppw / 2, cy - height / ppw / 2, ppw, width, height)


# ------------------------------------------------------------------------- the basemap

def _tile_image(cache: TileCache, z: int, x: int, y: int) -> tuple[Image.Image | None, str]:
    """The tile (z, x, y) as an image: cached, cut from a cached ancestor, or None."""
    n = 1 << z
    if not (0 <= y < n):
        return None, "missing"
    x %= n
    data = cache.get(z, x, y)
    if data is not None:
        return Image.open(io.BytesIO(data)).convert("RGBA"), "cached"
    found = cache.deepest(z, x, y, MAX_OVERZOOM)
    if found is None:
        return None, "missing"
    az, ax, ay, data = found
    k = z - az
    span = TILE_SIZE / (1 << k)
    left, top = (x - (ax << k)) * span, (y - (ay << k)) * span
    with Image.open(io.BytesIO(data)) as ancestor:
        part = ancestor.convert("RGBA").crop((round(left), round(top), round(left + span), round(top + span)))
    return part.resize((TILE_SIZE, TILE_SIZE), Image.Resampling.BILINEAR), "overzoomed"


def _basemap(frame: Frame, cache: TileCache, *, max_zoom: int | None = None) -> BasemapImage | None:
    top = min(cache.source.max_zoom, max_zoom if max_zoom is not None else cache.source.max_zoom)
    z = max(0, min(top, math.ceil(frame.zoom - 0.15)))   # never blurrier than the page; a hair of slack
    scale = TILE_SIZE * (1 << z)
    left, upper = frame.x0 * scale, frame.y0 * scale
    right = left + frame.width * scale / frame.pixels_per_world
    lower = upper + frame.height * scale / frame.pixels_per_world
    tx0, ty0 = math.floor(left / TILE_SIZE), math.floor(upper / TILE_SIZE)
    tx1, ty1 = math.floor((right - 1e-9) / TILE_SIZE), math.floor((lower - 1e-9) / TILE_SIZE)
    # Transparent where nothing is cached: the caller's outline shows there.
    mosaic = Image.new("RGBA", ((tx1 - tx0 + 1) * TILE_SIZE, (ty1 - ty0 + 1) * TILE_SIZE), (0, 0, 0, 0))
    counts = {"cached": 0, "overzoomed": 0, "missing": 0}
    for ty in range(ty0, ty1 + 1):
        for tx in range(tx0, tx1 + 1):
            tile, how = _tile_image(cache, z, tx, ty)
            counts[how] += 1
            if tile is not None:
                mosaic.paste(tile, ((tx - tx0) * TILE_SIZE, (ty - ty0) * TILE_SIZE))
    if counts["cached"] == 0 and counts["overzoomed"] == 0:
        return None
    box = (left - tx0 * TILE_SIZE, upper - ty0 * TILE_SIZE, right - tx0 * TILE_SIZE, lower - ty0 * TILE_SIZE)
    image = mosaic.resize((frame.width, frame.height), Image.Resampling.LANCZOS, box=box, reducing_gap=2.0)
    return BasemapImage(image, cache.source.attribution, z, counts["cached"], counts["overzoomed"], counts["missing"])


def basemap_image(bounds: Box, size: tuple[int, int], cache: TileCache | None, *,
                  max_zoom: int | None = None) -> BasemapImage | None:
    """Return the cached basemap of exactly ``bounds`` at ``size`` pixels; None if none of it is cached."""
    if cache is None:
        return None
    return _basemap(Frame.of_bounds(bounds, *size), cache, max_zoom=max_zoom)


# ------------------------------------------------------------------------- the outline fallback

@lru_cache(maxsize=1)
def _outline() -> tuple[tuple[tuple[float, float, float, float], tuple[tuple[float, float], ...]], ...]:
    """The départements' rings in world units, each with its box (x0, y0, x1, y1)."""
    data = json.loads(resource("map", "departements.geojson").read_text(encoding="utf-8"))
    rings = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            ring = tuple(world_xy(lat, lon) for lon, lat in polygon[0])
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            rings.append(((min(xs), min(ys), max(xs), max(ys)), ring))
    return tuple(rings)


def _draw_outline(image: Image.Image, frame: Frame, scale: float) -> None:
    draw = ImageDraw.Draw(image)
    x1 = frame.x0 + frame.width / frame.pixels_per_world
    y1 = frame.y0 + frame.height / frame.pixels_per_world
    for (bx0, by0, bx1, by1), ring in _outline():
        if bx1 < frame.x0 or bx0 > x1 or by1 < frame.y0 or by0 > y1:
            continue
        points = [((x - frame.x0) * frame.pixels_per_world, (y - frame.y0) * frame.pixels_per_world) for x, y in ring]
        draw.polygon(points, fill=LAND, outline=BORDER, width=max(1, round(scale)))


# ------------------------------------------------------------------------- a whole map

def _spread(frame: Frame, markers: Sequence[Marker], radius: float, draw: ImageDraw.ImageDraw,
            scale: float) -> list[tuple[Marker, tuple[float, float]]]:
    """Each located marker and where to draw it: markers on one point are spread around it, with
    a thin leg to the point, so that stop 1 is not hidden under stop 2."""
    placed: list[tuple[Marker, tuple[float, float]]] = []
    groups: list[list[tuple[Marker, tuple[float, float]]]] = []
    for marker in markers:
        if marker.latitude is None or marker.longitude is None:
            continue
        at = frame.pixel(marker.latitude, marker.longitude)
        for group in groups:
            gx, gy = group[0][1]
            if math.hypot(at[0] - gx, at[1] - gy) < radius:
                group.append((marker, at))
                break
        else:
            groups.append([(marker, at)])
    for group in groups:
        if len(group) == 1:
            placed.append(group[0])
            continue
        cx, cy = group[0][1]
        ring = radius * 1.25 * (2 + len(group)) / math.pi
        for k, (marker, _) in enumerate(group):
            angle = 2 * math.pi * k / len(group) - math.pi / 2
            at = (cx + ring * math.cos(angle), cy + ring * math.sin(angle))
            draw.line((cx, cy, *at), fill=(60, 60, 60), width=max(1, round(scale)))
            placed.append((marker, at))
    return placed


@lru_cache(maxsize=8)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource("fonts", name)), size)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))


def _scale_bar(draw: ImageDraw.ImageDraw, frame: Frame, scale: float) -> None:
    metres = frame.metres_per_pixel() * frame.width / 5
    magnitude = 10 ** math.floor(math.log10(metres))
    length = max(n * magnitude for n in (1, 2, 5) if n * magnitude <= metres)
    bar = length / frame.metres_per_pixel()
    text = f"{length / 1000:g}\u00a0km" if length >= 1000 else f"{length:g}\u00a0m"
    font = _font(round(11 * scale))
    x, y = round(8 * scale), frame.height - round(10 * scale)
    text_width = draw.textlength(text, font=font)
    pad = round(3 * scale)
    draw.rectangle((x - pad, y - round(14 * scale), x + bar + text_width + 3 * pad, y + pad), fill=(255, 255, 255))
    ink, thick = (51, 51, 51), max(1, round(1.5 * scale))
    draw.line((x, y, x + bar, y), fill=ink, width=thick)
    for end in (x, x + bar):
        draw.line((end, y - round(5 * scale), end, y), fill=ink, width=thick)
    draw.text((x + bar + 2 * pad, y), text, fill=ink, font=font, anchor="ld")


def _attribution(draw: ImageDraw.ImageDraw, frame: Frame, text: str, scale: float) -> None:
    font = _font(round(9 * scale))
    width = draw.textlength(text, font=font)
    pad = round(3 * scale)
    right, bottom = frame.width - pad, frame.height - pad
    draw.rectangle((right - width - 2 * pad, bottom - round(12 * scale), frame.width, frame.height),
                   fill=(255, 255, 255))
    draw.text((right - pad, bottom), text, fill=(60, 60, 60), font=font, anchor="rd")


def render_map(markers: Sequence[Marker], lines: Sequence[Line] = (), size: tuple[int, int] = (1200, 700), *,
               cache: TileCache | None = None, extent: Box | None = None, scale: float = 2.0,
               max_zoom: int = 17, minimum_span_km: float = 2.0, scale_bar: bool = True,
               outline_attribution: str = OUTLINE_ATTRIBUTION) -> RenderedMap:
    """Return a map of ``markers`` and ``lines`` (or of ``extent``) drawn from the cached tiles.

    ``size`` is in pixels; ``scale`` multiplies the markers, lines and texts (2 for a PDF inset
    printed at ~150 dpi). Raise ValueError when there is nothing located and no extent.
    """
    located = [(m.latitude, m.longitude) for m in markers if m.latitude is not None and m.longitude is not None]
    located += [p for line in lines for p in line.points]
    width, height = size
    if extent is not None:
        south, west, north, east = extent
        frame = Frame.fitting([(south, west), (north, east)], width, height, padding=0, minimum_span_km=0.1,
                              max_zoom=max_zoom)
    elif located:
        frame = Frame.fitting(located, width, height, minimum_span_km=minimum_span_km, max_zoom=max_zoom)
    else:
        raise ValueError("nothing to show")
    basemap = _basemap(frame, cache, max_zoom=max_zoom) if cache is not None else None
    image = Image.new("RGB", (width, height), SEA)
    if basemap is None or basemap.missing:
        _draw_outline(image, frame, scale)        # all of it, or under the holes of the tiles
    if basemap is not None:
        image.paste(basemap.image, (0, 0), basemap.image)
        attribution = basemap.attribution
    else:
        attribution = outline_attribution      # in the document's language, given by the caller
    draw = ImageDraw.Draw(image)
    for line in lines:
        if len(line.points) > 1:
            draw.line([frame.pixel(lat, lon) for lat, lon in line.points], fill=_rgb(line.colour),
                      width=max(2, round(3 * scale)), joint="curve")
    radius = 9 * scale
    for marker, (x, y) in _spread(frame, markers, radius, draw, scale):
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_rgb(marker.colour),
                     outline=(255, 255, 255), width=max(1, round(1.5 * scale)))
        if marker.label:
            size_px = round(radius * (1.15 if len(marker.label) < 2 else 0.9))
            draw.text((x, y), marker.label, fill=(255, 255, 255), font=_font(size_px, bold=True), anchor="mm")
    if scale_bar:
        _scale_bar(draw, frame, scale)
    _attribution(draw, frame, attribution, scale)
    return RenderedMap(image=image, attribution=attribution, from_tiles=basemap is not None, bounds=frame.bounds(),
                       metres_per_pixel=frame.metres_per_pixel())
