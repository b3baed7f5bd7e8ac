"""The basemap of the PDFs' maps, drawn from the tile cache (never the network).

The maps themselves (markers, lines, outline, credits) are tested through the PDFs: test_report_maps.py.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from tests.factories.tiles import TileServer, tile_png
from tl_desktop.map.static import basemap_image, world_xy
from tl_desktop.map.tiles import PLAN_IGN, TileCache, cache_path, tile_bounds, tile_xy

STOPS = [(43.3105, 5.3908), (43.2937, 5.3850), (43.2994, 5.3673), (43.2820, 5.3640)]


@pytest.fixture
def server():
    s = TileServer()
    yield s
    s.stop()


@pytest.fixture
def cache(tmp_path, server):
    c = TileCache(cache_path(tmp_path, PLAN_IGN), server.source(PLAN_IGN))
    yield c
    c.close()


def test_a_tiles_own_frame_gives_back_that_tile(cache):
    x, y = tile_xy(*STOPS[0], 14)
    cache.put(14, x, y, tile_png(14, x, y))
    found = basemap_image(tile_bounds(14, x, y), (256, 256), cache)
    assert found is not None and (found.zoom, found.tiles) == (14, 1)
    with Image.open(io.BytesIO(tile_png(14, x, y))) as tile:
        diff = ImageChops.difference(found.image.convert("RGB"), tile.convert("RGB"))
    # Resampling blurs the frame's dark border a little; the rest is the tile itself.
    far = diff.convert("L").point(lambda v: 255 if v > 40 else 0)
    assert far.histogram()[255] < 256 * 12


def test_missing_tiles_are_cut_from_a_cached_ancestor_and_holes_show_the_outline(cache):
    x, y = tile_xy(*STOPS[0], 11)
    cache.put(11, x, y, tile_png(11, x, y))
    south, west, north, east = tile_bounds(11, x, y)
    inside = ((south + north) / 2, (west + east) / 2)
    found = basemap_image(tile_bounds(14, *tile_xy(*inside, 14)), (256, 256), cache)
    assert found.overzoomed == 1 and found.tiles == 0 and found.zoom == 14
    # A frame half on the cached tile, half off it: transparent there (the PDF's outline shows through).
    frame = (south, west - (east - west) / 2, north, west + (east - west) / 2)
    half = basemap_image(frame, (256, 256), cache, max_zoom=11)
    assert half.missing >= 1 and half.image.getpixel((10, 128))[3] == 0 and half.image.getpixel((240, 128))[3] == 255


def test_world_coordinates_match_the_tiles():
    x, y = tile_xy(*STOPS[0], 15)
    wx, wy = world_xy(*STOPS[0])
    assert (int(wx * 2 ** 15), int(wy * 2 ** 15)) == (x, y)
