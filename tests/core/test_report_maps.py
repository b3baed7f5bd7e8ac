"""The PDFs' maps on the Plan IGN tiles cached beside the catalog: the same offline and online."""

from __future__ import annotations

from pypdf import PdfReader

from tests.factories.reports import PLACES, small_tour
from tests.factories.tiles import TileServer
from tl_desktop.map.prefetch import prefetch, tour_boxes
from tl_desktop.map.tiles import PLAN_IGN, TileCache, cache_path


def images_and_text(path):
    reader = PdfReader(str(path))
    images = sum(len(page.images) for page in reader.pages)
    return images, "\n".join(page.extract_text() for page in reader.pages)


def test_the_day_maps_use_the_cached_tiles_and_name_their_source(store, tmp_path):
    from tl_desktop.reports.tour import build_programme

    tour = small_tour(store)
    bare = build_programme(store, tour.id, tmp_path / "sans-tuiles.pdf", include_people=False)
    images, text = images_and_text(bare)
    assert images == 0 and "Contours : IGN Admin Express" in text and "© IGN" not in text
    assert not cache_path(store.path.parent, PLAN_IGN).exists()     # a report never makes a cache

    server = TileServer()
    try:
        cache = TileCache(cache_path(store.path.parent, PLAN_IGN), server.source(PLAN_IGN))
        prefetch(cache, tour_boxes([(lat, lon) for *_, lat, lon in PLACES[:4]]), 13, 16, label="visite", rate=1000)
        cache.close()
        asked = len(server.requests)
        with_tiles = build_programme(store, tour.id, tmp_path / "avec-tuiles.pdf", include_people=False)
        assert len(server.requests) == asked              # from the cache only
    finally:
        server.stop()
    images, text = images_and_text(with_tiles)
    assert images >= 2 and "© IGN – Plan IGN v2" in text          # one map a day, each named
    assert with_tiles.stat().st_size < bare.stat().st_size + 1_500_000
