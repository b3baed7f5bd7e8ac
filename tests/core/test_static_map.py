"""Maps for the PDFs, drawn from the tile cache (never the network), or from the outline."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from tests.factories.tiles import TileServer, tile_png
from tl_desktop.map.prefetch import prefetch, tour_boxes
from tl_desktop.map.static import Frame, Line, Marker, basemap_image, render_map, world_xy
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


def colour_at(image: Image.Image, x: float, y: float) -> tuple[int, int, int]:
    return image.convert("RGB").getpixel((round(x), round(y)))


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


def test_the_map_fits_its_stops_draws_them_numbered_and_says_whose_tiles(cache, server):
    prefetch(cache, tour_boxes(STOPS), 13, 16, label="visite", rate=1000)
    requests = len(server.requests)
    markers = [Marker(lat, lon, str(i + 1), "#E69F00") for i, (lat, lon) in enumerate(STOPS)]
    out = render_map(markers, [Line(tuple(STOPS), "#0072B2")], (1200, 700), cache=cache)
    assert out.from_tiles and out.attribution.startswith("© IGN")
    assert len(server.requests) == requests          # drawn from the cache: no network at all
    south, west, north, east = out.bounds
    for lat, lon in STOPS:
        assert south < lat < north and west < lon < east
    frame = Frame.of_bounds(out.bounds, 1200, 700)
    for lat, lon in STOPS:
        px, py = frame.pixel(lat, lon)
        assert 40 < px < 1160 and 40 < py < 660       # a margin around the stops
        assert colour_at(out.image, px, py + 14) == (230, 159, 0)    # the marker's disc, below its number
    # A scale bar of a round length, and the attribution, at the bottom.
    assert 50 < out.metres_per_pixel * 1200 / 5 < 2000


def test_nothing_cached_gives_the_outline_with_its_own_attribution(tmp_path):
    out = render_map([Marker(45.0, 1.0, "1")], [], (600, 600), extent=(41.3, -5.3, 51.2, 9.7))
    assert not out.from_tiles and out.attribution == "Contours : IGN Admin Express"
    frame = Frame.of_bounds(out.bounds, 600, 600)
    assert colour_at(out.image, *frame.pixel(46.8, 2.5)) == (242, 242, 242)     # land: the centre of France
    assert colour_at(out.image, *frame.pixel(45.5, -4.0)) == (255, 255, 255)    # the Atlantic


def test_missing_tiles_are_cut_from_a_cached_ancestor_and_holes_show_the_outline(cache):
    x, y = tile_xy(*STOPS[0], 11)
    cache.put(11, x, y, tile_png(11, x, y))
    south, west, north, east = tile_bounds(11, x, y)
    inside = ((south + north) / 2, (west + east) / 2)
    found = basemap_image(tile_bounds(14, *tile_xy(*inside, 14)), (256, 256), cache)
    assert found.overzoomed == 1 and found.tiles == 0 and found.zoom == 14
    # A frame half on the cached tile, half off it: transparent there, the outline below in the map.
    frame = (south, west - (east - west) / 2, north, west + (east - west) / 2)
    half = basemap_image(frame, (256, 256), cache, max_zoom=11)
    assert half.missing >= 1 and half.image.getpixel((10, 128))[3] == 0 and half.image.getpixel((240, 128))[3] == 255
    out = render_map([], [], (256, 256), cache=cache, extent=frame, max_zoom=11, scale_bar=False)
    assert out.from_tiles and colour_at(out.image, 10, 128) in ((242, 242, 242), (255, 255, 255), (184, 184, 184))


def test_stops_on_one_point_are_spread_so_each_number_shows(tmp_path):
    same = (43.2994, 5.3673)
    markers = [Marker(*same, "1", "#E69F00"), Marker(*same, "2", "#E69F00"), Marker(43.31, 5.39, "3", "#E69F00")]
    out = render_map(markers, [], (800, 600), scale=1)
    frame = Frame.of_bounds(out.bounds, 800, 600)
    cx, cy = frame.pixel(*same)
    orange = [(x, y) for x in range(int(cx) - 60, int(cx) + 60) for y in range(int(cy) - 60, int(cy) + 60)
              if colour_at(out.image, x, y) == (230, 159, 0)]
    # Two discs apart: orange on both sides of the shared point.
    assert min(y for _, y in orange) < cy - 12 and max(y for _, y in orange) > cy + 12


def test_world_coordinates_match_the_tiles():
    x, y = tile_xy(*STOPS[0], 15)
    wx, wy = world_xy(*STOPS[0])
    assert (int(wx * 2 ** 15), int(wy * 2 ** 15)) == (x, y)
