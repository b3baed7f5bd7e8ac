"""The basemap cache: MBTiles on disk, prefetching from a local tile server, eviction, offline fallback."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import threading
import time

import pytest

from tests.factories.tiles import TileServer, tile_png
from tl_desktop.base.errors import Cancelled
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.map.prefetch import (
    USER_AGENT,
    OfflineError,
    PrefetchRefused,
    estimate,
    fetch_tile,
    overzoomed,
    prefetch,
    tour_boxes,
    transparent_tile,
)
from tl_desktop.map.tiles import (
    OSM,
    PLAN_IGN,
    TileCache,
    box_around,
    cache_path,
    tile_bounds,
    tile_xy,
    tiles_in_boxes,
)

MARSEILLE = (43.2965, 5.3698)   # Vieux-Port
LA_PLAINE = (43.2937, 5.3850)


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


def test_tile_arithmetic_matches_the_web_mercator_grid():
    assert tile_xy(0, 0, 1) == (1, 1)
    assert tile_xy(85, -180, 3) == (0, 0)
    x, y = tile_xy(*MARSEILLE, 15)
    south, west, north, east = tile_bounds(15, x, y)
    assert south <= MARSEILLE[0] <= north and west <= MARSEILLE[1] <= east
    # « a box of ~2 km around each stop at zooms 13 to 17 is about 140 tiles » (issue 12)
    assert 110 <= len(tiles_in_boxes([box_around(*MARSEILLE, 2)], 13, 17)) <= 170
    # Two stops 1.3 km apart share most of their tiles: each is counted once.
    one = tiles_in_boxes(tour_boxes([MARSEILLE]), 13, 17)
    both = tiles_in_boxes(tour_boxes([MARSEILLE, LA_PLAINE]), 13, 17)
    assert len(one) < len(both) < 2 * len(one)


def test_the_cache_is_an_mbtiles_file_with_rows_counted_from_the_bottom(tmp_path, cache):
    data = tile_png(15, 16874, 11895)
    cache.put(15, 16874, 11895, data)
    assert cache.get(15, 16874, 11895) == data
    assert cache.get(15, 16874, 11896) is None
    cache.close()
    with sqlite3.connect(cache.path) as raw:   # what another MBTiles reader sees
        assert raw.execute("SELECT zoom_level, tile_column, tile_row FROM tiles").fetchall() == \
            [(15, 16874, (1 << 15) - 1 - 11895)]
        meta = dict(raw.execute("SELECT name, value FROM metadata"))
        assert meta["format"] == "png" and "IGN" in meta["attribution"]


def test_openstreetmap_tiles_are_kept_only_as_long_as_their_headers_allow(tmp_path):
    server = TileServer(cache_control="public, max-age=60")
    try:
        osm = TileCache(cache_path(tmp_path, OSM), server.source(OSM))
        data, expires = fetch_tile(osm.source, 12, 2107, 1493)
        assert abs(expires - (time.time() + 60)) < 5
        osm.put(12, 2107, 1493, data, expires)
        assert osm.get(12, 2107, 1493) == data
        assert osm.get(12, 2107, 1493, now=time.time() + 61) is None      # stale: asked again online
        server.cache_control = "no-store"
        assert fetch_tile(osm.source, 12, 2107, 1494)[1] <= time.time() + 1
        server.cache_control = None                                         # no header: 7 days
        assert 6.9 * 86400 < fetch_tile(osm.source, 12, 2107, 1495)[1] - time.time() < 7.1 * 86400
        # Plan IGN's tiles are kept for offline use, whatever the headers.
        assert fetch_tile(server.source(PLAN_IGN), 12, 2107, 1495)[1] is None
        osm.close()
    finally:
        server.stop()


def test_an_area_is_estimated_then_downloaded_with_the_apps_user_agent(cache, server):
    boxes = tour_boxes([MARSEILLE, LA_PLAINE])
    tiles = tiles_in_boxes(boxes, 13, 15)
    first = estimate(cache, tiles)
    assert first.tiles == first.missing == len(tiles) and first.bytes > 0 and first.fits
    seen = []
    report = prefetch(cache, boxes, 13, 15, label="Visite de Marseille",
                      progress=lambda done, total, label: seen.append((done, total)), rate=1000)
    assert report.downloaded == len(tiles) and report.failed == 0
    assert sorted(server.tile_requests()) == sorted(tiles)
    assert {ua for _, _, ua in server.requests} == {USER_AGENT}
    assert seen[-1] == (len(tiles), len(tiles)) and all(d <= t for d, t in seen)
    again = estimate(cache, tiles)
    assert again.missing == 0 and again.bytes == 0
    # Prepared again: nothing is downloaded twice, and the area is listed with its size.
    before = len(server.requests)
    prefetch(cache, boxes, 13, 15, label="Encore", rate=1000)
    assert len(server.requests) == before
    [newer, older] = cache.areas()
    assert (older.label, older.tiles, older.wanted, older.min_zoom, older.max_zoom) == \
        ("Visite de Marseille", len(tiles), len(tiles), 13, 15)
    assert older.bytes == cache.stats()[1] and newer.label == "Encore"


def test_openstreetmap_is_never_prefetched(tmp_path, server):
    osm = TileCache(cache_path(tmp_path, OSM), server.source(OSM))
    with pytest.raises(PrefetchRefused) as info:
        prefetch(osm, tour_boxes([MARSEILLE]), 13, 17, label="x")
    assert "interdisent" in str(info.value)
    assert server.requests == [] and osm.areas() == []
    osm.close()


def test_downloads_are_throttled_and_use_a_few_connections(cache, server):
    server.delay = 0.02
    boxes = [box_around(*MARSEILLE, 2)]
    tiles = tiles_in_boxes(boxes, 14, 15)
    started = time.perf_counter()
    prefetch(cache, boxes, 14, 15, label="lent", rate=40, connections=3)
    elapsed = time.perf_counter() - started
    assert elapsed >= (len(tiles) - 1) / 40 * 0.9
    starts = sorted(t for t, _, _ in server.requests)
    assert len(starts) == len(tiles)
    # No burst: in any second there were at most ~40 requests (a little slack for timers).
    assert max(sum(1 for t in starts if a <= t < a + 1) for a in starts) <= 44
    assert server.max_parallel <= 3


def test_a_cancelled_download_stops_keeps_what_came_and_records_no_area(cache, server):
    boxes = [box_around(*MARSEILLE, 3)]
    tiles = tiles_in_boxes(boxes, 13, 16)
    cancel = CancelFlag()

    def progress(done, total, label):
        if done >= 20:
            cancel.set()
    with pytest.raises(Cancelled):
        prefetch(cache, boxes, 13, 16, label="annulée", progress=progress, cancel=cancel, rate=200)
    asked = len(server.requests)
    time.sleep(0.3)
    assert len(server.requests) == asked < len(tiles)     # nothing asked after the cancel
    assert 20 <= cache.stats()[0] <= asked and cache.areas() == []


def test_least_recently_used_tiles_go_first_and_prepared_areas_last(tmp_path, server):
    cache = TileCache(cache_path(tmp_path, PLAN_IGN), server.source(PLAN_IGN), cap_bytes=10**9)
    area = [box_around(*MARSEILLE, 1)]
    prefetch(cache, area, 14, 14, label="zone", rate=1000)
    pinned = set(tiles_in_boxes(area, 14, 14))
    loose = [(14, 9000 + i, 6000) for i in range(20)]
    for i, (z, x, y) in enumerate(loose):
        cache.put(z, x, y, tile_png(z, x, y))
    time.sleep(1.1)          # uses are counted in seconds
    cache.get(*loose[0])     # used just now: kept
    size = len(tile_png(14, 9001, 6000))
    freed = cache.evict(cap_bytes=cache.stats()[1] - 5 * size)
    assert freed >= 5 * size
    assert cache.get(*loose[0]) is not None
    assert all(cache.get(*t) is not None for t in pinned)
    assert sum(cache.get(*t) is None for t in loose) >= 5
    # Over the cap with prepared tiles alone: they go too, least recently used first.
    cache.evict(cap_bytes=0)
    assert cache.stats() == (0, 0)
    assert cache.areas()[0].tiles == 0
    cache.close()


def test_deleting_an_area_frees_its_tiles_but_not_those_another_area_needs(cache):
    a = tour_boxes([MARSEILLE])
    b = tour_boxes([LA_PLAINE])
    prefetch(cache, a, 14, 15, label="A", rate=1000)
    prefetch(cache, b, 14, 15, label="B", rate=1000)
    shared = set(tiles_in_boxes(a, 14, 15)) & set(tiles_in_boxes(b, 14, 15))
    assert shared
    area_a = next(x for x in cache.areas() if x.label == "A")
    freed = cache.delete_area(area_a.id)
    assert freed > 0 and [x.label for x in cache.areas()] == ["B"]
    assert all(cache.get(*t) is not None for t in tiles_in_boxes(b, 14, 15))
    only_a = set(tiles_in_boxes(a, 14, 15)) - shared
    assert all(cache.get(*t) is None for t in only_a)


def test_offline_prefetch_says_so_and_keeps_the_cache(cache, server):
    prefetch(cache, tour_boxes([MARSEILLE]), 13, 13, label="avant", rate=1000)
    held = cache.stats()
    server.stop()
    with pytest.raises(OfflineError) as info:
        prefetch(cache, tour_boxes([LA_PLAINE]), 14, 16, label="sans réseau", rate=1000)
    assert "Pas de connexion" in str(info.value)
    assert cache.stats() == held and [a.label for a in cache.areas()] == ["avant"]
    with pytest.raises(OfflineError):
        fetch_tile(cache.source, 13, 4200, 2990, timeout=2)


def test_missing_tiles_are_cut_from_their_deepest_cached_ancestor(cache):
    from PIL import Image

    x, y = tile_xy(*MARSEILLE, 10)
    cache.put(10, x, y, tile_png(10, x, y))
    # Zoom 12, the top-left grandchild of the cached tile: its top-left 64 px, enlarged 4 times.
    data = overzoomed(cache, 12, 4 * x, 4 * y)
    with Image.open(io.BytesIO(data)) as tile, Image.open(io.BytesIO(tile_png(10, x, y))) as parent:
        assert tile.size == (256, 256)
        expected = parent.convert("RGBA").crop((0, 0, 64, 64)).resize((256, 256), Image.Resampling.NEAREST)
        assert tile.convert("RGBA").getpixel((128, 128)) == expected.getpixel((128, 128))
    # The bottom-right grandchild shows the parent's bottom-right part (not its lighter corner).
    far = overzoomed(cache, 12, 4 * x + 3, 4 * y + 3)
    with Image.open(io.BytesIO(far)) as tile, Image.open(io.BytesIO(tile_png(10, x, y))) as parent:
        assert tile.convert("RGB").getpixel((100, 100)) == parent.convert("RGB").getpixel((217, 217))
    assert overzoomed(cache, 12, 0, 0) is None                   # nothing above it: no tile
    with Image.open(io.BytesIO(transparent_tile())) as empty:
        assert empty.size == (256, 256) and empty.getextrema()[3] == (0, 0)   # never a broken tile


def test_a_damaged_cache_file_is_put_aside_and_rebuilt_touching_nothing_else(tmp_path, server):
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    with Store(tmp_path / "catalogue.tldb") as store:
        store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    catalog = hashlib.sha256((tmp_path / "catalogue.tldb").read_bytes()).hexdigest()
    path = cache_path(tmp_path, PLAN_IGN)
    first = TileCache(path, server.source(PLAN_IGN))
    prefetch(first, tour_boxes([MARSEILLE]), 13, 14, label="avant", rate=1000)
    first.close()
    damaged = bytearray(path.read_bytes())
    damaged[:100] = b"\x00garbage" * 12 + b"\x00" * 4          # the header is gone
    path.write_bytes(bytes(damaged))

    cache = TileCache(path, server.source(PLAN_IGN))
    assert cache.notice is not None and "endommagé" in str(cache.notice) and "catalogue" in str(cache.notice)
    backups = [p for p in path.parent.iterdir() if "endommage" in p.name]
    assert len(backups) == 1 and backups[0].read_bytes() == bytes(damaged)    # kept as it was, aside
    assert cache.stats() == (0, 0) and cache.areas() == []
    prefetch(cache, tour_boxes([MARSEILLE]), 13, 13, label="après", rate=1000)  # and it works again
    assert cache.stats()[0] > 0
    cache.close()
    assert hashlib.sha256((tmp_path / "catalogue.tldb").read_bytes()).hexdigest() == catalog
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalogue.tldb", "tiles"]


def test_a_file_that_is_not_sqlite_at_all_is_replaced_too(tmp_path, server):
    path = cache_path(tmp_path, PLAN_IGN)
    path.parent.mkdir(parents=True)
    path.write_text("pas une base")
    cache = TileCache(path, server.source(PLAN_IGN))
    assert cache.notice is not None
    cache.put(1, 0, 0, tile_png(1, 0, 0))
    assert cache.get(1, 0, 0) is not None
    cache.close()


def test_the_cache_is_shared_by_threads(cache):
    errors = []

    def write(k):
        try:
            for i in range(30):
                cache.put(12, k * 100 + i, 7, tile_png(12, k, i))
        except Exception as exc:   # noqa: BLE001 — reported below
            errors.append(exc)
    threads = [threading.Thread(target=write, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and cache.stats()[0] == 90
