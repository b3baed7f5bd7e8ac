"""The basemap of the PDFs' maps, drawn from the tile cache (never the network).

``basemap_image(bounds, size, cache)`` returns an image of exactly a Web Mercator frame (south,
west, north, east), drawn in Python with Pillow from the **cached** tiles only: the same map
offline and online. Where a tile is missing it is cut from its deepest cached ancestor; where
nothing is cached the image is transparent, and None when none of the frame is cached. The
caller (``reports.maps``) draws the départements' outline under it and its markers and lines on top.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image

from tl_desktop.map.tiles import TILE_SIZE, Box, TileCache

MAX_OVERZOOM = 8


@dataclass(frozen=True)
class BasemapImage:
    image: Image.Image    # RGBA: transparent where no tile (nor an ancestor) is cached
    attribution: str
    zoom: int
    tiles: int            # tiles found in the cache at that zoom
    overzoomed: int       # tiles cut from an ancestor
    missing: int          # tiles with nothing above them either (left blank)


# ------------------------------------------------------------------------- Web Mercator, in [0, 1]

def world_xy(latitude: float, longitude: float) -> tuple[float, float]:
    """Return a point's Web Mercator position in [0, 1] (x east, y south: the tiles' own axes)."""
    s = math.sin(math.radians(max(-85.05112878, min(85.05112878, latitude))))
    return (longitude + 180) / 360, 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


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

    @classmethod
    def of_bounds(cls, bounds: Box, width: int, height: int) -> "Frame":
        """The frame of exactly ``bounds`` in an image of width × height (its aspect ratio is kept by the caller)."""
        south, west, north, east = bounds
        x0, y0 = world_xy(north, west)
        x1, y1 = world_xy(south, east)
        return cls(x0, y0, min(width / max(x1 - x0, 1e-12), height / max(y1 - y0, 1e-12)), width, height)


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
