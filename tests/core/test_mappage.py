"""The offline map page: a static skeleton with local assets only, user text kept as data, compact sites."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tl_desktop.domain import KINDS, MapPoint
from tl_desktop.map import page as mappage
from tl_desktop.map.page import (
    config_script,
    page_config,
    page_mounts,
    points_update,
    sites_data,
    sites_payload,
)

HOSTILE = "<script>alert(1)</script>"
HOSTILE_COMMUNE = '<img src=x onerror="alert(2)">'
CDN_WORDS = ("cdn", "unpkg", "jsdelivr", "bootstrap", "jquery", "cloudflare", "fontawesome")
# The attributions' links (opened in the user's browser): the page loads nothing from outside.
ALLOWED_URLS = {"https://www.openstreetmap.org/copyright", "https://www.ign.fr/"}
PAGE_FILES = ["index.html", "tl_map.js", "tl_map.css"]
COMMUNES = ["Saint-Étienne", "Lons-le-Saunier", "Châteauneuf-sur-Loire", "Brive-la-Gaillarde",
            "Marseille", "Saint-Pierre-des-Corps", "Bourg-en-Bresse", "Crèvecœur-le-Grand"]
WORDS = ["La Fabrique", "Le Hangar", "L'Atelier partagé", "La Coopérative", "Le Tiers-Lieu",
         "La Ruche", "Le Café des possibles", "Espace France Services"]


def make_points(n: int, seed: int = 7) -> list[MapPoint]:
    """``n`` sites over metropolitan France: names of realistic length, about 3 per commune."""
    rnd = random.Random(seed)
    codes = KINDS.codes()
    communes = [f"{rnd.choice(COMMUNES)} {k}" for k in range(n // 3 + 1)]
    points = []
    for i in range(n):
        commune = rnd.choice(communes)
        kinds = tuple(rnd.sample(codes, rnd.choice((1, 1, 1, 2))))
        word = rnd.choice(WORDS)
        points.append(MapPoint(
            id=f"00000000-0000-4000-8000-{i:012d}",
            name=f"{word} de {commune}" if rnd.random() < 0.5 else f"{word} n°{i}",
            commune=commune,
            latitude=rnd.uniform(42.5, 50.9),
            longitude=rnd.uniform(-4.5, 7.9),
            kinds=kinds,
            approximate=rnd.random() < 0.25,
        ))
    return points


def served(path: str) -> Path | None:
    """The file the scheme serves at ``path`` from the page's mounts (the same rule as the app)."""
    for prefix, root in page_mounts():
        if path.startswith(prefix) and (root / path[len(prefix):]).is_file():
            return root / path[len(prefix):]
    return None


def page_text_files() -> dict[str, str]:
    """What the app itself ships or writes for the page (Leaflet's own files carry licence URLs)."""
    files = {name: served(name).read_text(encoding="utf-8") for name in PAGE_FILES}
    files["config.js"] = config_script(page_config()).decode("utf-8")
    return files


def test_the_skeleton_refers_only_to_files_it_is_served(tmp_path):
    html = served("index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert {"leaflet/leaflet.js", "leaflet/leaflet.css", "config.js", "tl_map.js", "tl_map.css"} <= set(refs)
    for ref in refs:
        assert not ref.startswith(("/", "http:", "https:", "file:")), ref
        assert ref == "config.js" or served(ref).stat().st_size > 0, ref   # config.js: from memory
    assert served("leaflet/images/layers.png") is not None
    outline = json.loads(served("departements.geojson").read_text(encoding="utf-8"))
    assert len(outline["features"]) == 96   # metropolitan départements
    assert html.startswith("<!DOCTYPE html>") and '<html lang="fr">' in html
    # No inline script: the page's Content-Security-Policy forbids them.
    assert re.findall(r"<script>", html) == []


@pytest.mark.parametrize("basemap", ["plan-ign", "osm", "none", "inconnu"])
def test_nothing_points_at_a_cdn_or_a_tile_server(basemap):
    config = page_config(basemap=basemap)
    for name, text in page_text_files().items():
        urls = set(re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+\.[a-z]{2,}[^\s\"'<>)]*", text))
        assert urls <= ALLOWED_URLS, (name, urls - ALLOWED_URLS)
        lowered = text.lower()
        for word in CDN_WORDS + ("geopf", "tile.openstreetmap"):
            assert word not in lowered, (name, word)
    # Tiles come from the app (its URL scheme), which reads its cache before any server.
    assert config["tiles"] == "tiles/{source}/{z}/{x}/{y}.png"
    assert config["basemap"] == (basemap if basemap != "inconnu" else "none")
    assert [b["key"] for b in config["basemaps"]] == ["plan-ign", "osm"]
    assert all(b["attribution"] for b in config["basemaps"])      # each source says whose it is
    assert config["text"]["legend_title"] == "Types de lieux"
    assert [k["colour"] for k in config["kinds"]] == [c.colour for c in KINDS]


def test_texts_of_the_page_are_translated_by_the_caller():
    config = page_config(lambda context, text: f"[{context}] {text}")
    assert config["text"]["open"] == "[mappage] Ouvrir la fiche"
    assert config["kinds"][0]["label"].startswith("[domain] ")
    script = config_script(config).decode("utf-8")
    assert script.startswith("window.TL_CONFIG=") and script.rstrip().endswith(";")


def test_user_text_stays_data_never_markup():
    points = make_points(3) + [MapPoint("evil", HOSTILE, HOSTILE_COMMUNE, 45.0, 5.0, ("fablab",))]
    payload = sites_payload(points).payload.decode("utf-8")
    data = json.loads(payload)         # well-formed JSON, and the text comes back intact
    assert data["name"][3] == HOSTILE
    assert data["commune"][3] == HOSTILE_COMMUNE
    update = mappage.js_json(points_update([(7, points[3])]))
    for raw in (HOSTILE, HOSTILE_COMMUNE, "<script>alert", "<img"):
        assert raw not in update       # "<" is written \u003c in what runJavaScript gets
    assert json.loads(update)["name"] == [HOSTILE]
    # The page builds popups and the legend with DOM text nodes, never from HTML strings.
    js = served("tl_map.js").read_text(encoding="utf-8")
    assert "textContent" in js
    assert "insertAdjacentHTML" not in js and "document.write" not in js
    assert re.findall(r"innerHTML\s*=(?!=)", js) == []
    assert re.search(r"bindPopup\([^)]*\+", js) is None


def test_sites_data_keeps_indexes_and_leaves_invalid_positions_empty():
    points = [
        MapPoint("a", "A", "Lyon", 45.7640123456, 4.8356789012, ("fablab",)),
        MapPoint("b", "B", "", 48.85, 2.35, ("coworking", "micro_folie"), approximate=True),
        MapPoint("c", "C", "Nulle part", float("nan"), 2.0, ()),
        MapPoint("d", "D", "Ailleurs", 45.0, 5.0, ("inconnu",)),
    ]
    data = sites_data(points)

    assert data["index"] == [0, 1, 2, 3]
    assert data["lat"] == [45.76401, 48.85, None, 45.0]
    assert data["lon"] == [4.83568, 2.35, None, 5.0]
    assert data["name"] == ["A", "B", "C", "D"]
    assert data["commune"] == ["Lyon", "", "Nulle part", "Ailleurs"]
    assert data["kinds"] == [["fablab"], ["coworking", "micro_folie"], [], ["inconnu"]]
    assert data["approx"] == [0, 1, 0, 0]
    assert "a" not in json.dumps(data["lat"] + data["index"])   # no ids in the page


def test_sqlite_writes_the_catalog_in_the_layout_python_writes_for_a_few_sites(store):
    # The whole catalog comes from Sites.map_columns() (SQLite); one changed site from
    # points_update() (Python): the page reads both the same way.
    from tl_desktop.domain import Site

    rows = [("Fablab « L'Atelier » <b>&</b>", "Saint-Étienne", ["fablab", "coworking"], 45.4397, 4.38723, "adresse"),
            ("Café\nde la Gare", "Die", [], 44.75361, 5.37028, "commune"),
            ("Sans position", "Nulle part", ["fablab"], None, None, None)]
    for name, commune, kinds, lat, lon, precision in rows:
        store.sites.save(Site(name=name, commune=commune, kinds=kinds, latitude=lat, longitude=lon,
                              location_precision=precision))
    def by_site(data: dict) -> list[tuple]:
        # SQLite's aggregates may read the rows in any order, but all in the same one.
        return sorted(zip(*(data[k] for k in ("index", "lat", "lon", "name", "commune", "kinds", "approx"))))

    columns, index_of = store.sites.map_columns()
    points = store.sites.map_points()
    assert by_site(json.loads(columns)) == by_site(sites_data(points))
    assert index_of == {p.id: p.key for p in points} and len(index_of) == 2
    assert by_site(points_update([(p.key, p) for p in points])) == by_site(json.loads(columns))


def test_the_payload_is_the_data_encoded_in_pieces_with_its_index_mapping():
    points = make_points(9_001)   # more than two chunks of the encoder
    load = sites_payload(points)
    assert json.loads(load.payload) == sites_data(points)
    assert load.index_of == {p.id: i for i, p in enumerate(points)}   # no keys: by position
    assert all(load.id_of[i] == site_id for site_id, i in load.index_of.items())
    assert load.count == 9_001


def test_sites_read_from_the_store_are_known_by_their_row_number(store):
    # The page's index is the row's number, which never changes: the catalog's filter reaches
    # the page as row numbers read by SQLite, with no id to look up.
    from tl_desktop.domain import Site, SiteFilter

    for i, (name, kind) in enumerate([("Fablab A", "fablab"), ("Café B", "cafe_associatif"),
                                      ("Fablab C", "fablab")]):
        store.sites.save(Site(name=name, kinds=[kind], latitude=45.0 + i, longitude=5.0))
    points = store.sites.map_points()
    load = sites_payload(points)
    data = json.loads(load.payload)
    assert data["index"] == [p.key for p in points] and len(set(data["index"])) == 3
    fablabs = store.sites.matching_keys(SiteFilter(text="fablab"))
    assert sorted(load.id_of[k] for k in fablabs) == sorted(p.id for p in points if "Fablab" in p.name)
    among = store.sites.matching_keys(SiteFilter(text="fablab"), among=[points[0].id, points[1].id])
    assert among == [points[0].key]


def test_an_update_carries_indexes_and_the_filter():
    a = MapPoint("a", "A", "Lyon", 45.76, 4.83, ("fablab",))
    b = MapPoint("b", "B", "Die", None, None, (), approximate=True)
    update = points_update([(4, a), (12, b)], shown=[True, False])
    assert update == {"index": [4, 12], "lat": [45.76, None], "lon": [4.83, None], "name": ["A", "B"],
                      "commune": ["Lyon", "Die"], "kinds": [["fablab"], []], "approx": [0, 1], "shown": [1, 0]}


def test_ten_thousand_sites_are_data_several_times_smaller_than_folium_markers():
    import folium   # the baseline only (a test dependency): the app does not use folium
    from folium.plugins import MarkerCluster

    # The baseline: one folium Marker (with a popup) per site in a MarkerCluster, measured
    # for 200 sites and extrapolated to 10,000 (building it for 10,000 takes seconds).
    sample = make_points(200)
    base = folium.Map(tiles=None, max_zoom=18)
    cluster = MarkerCluster().add_to(base)
    for p in sample:
        folium.Marker([p.latitude, p.longitude], popup=p.name).add_to(cluster)
    empty = folium.Map(tiles=None, max_zoom=18)
    MarkerCluster().add_to(empty)
    per_marker = (len(base.get_root().render()) - len(empty.get_root().render())) / len(sample)
    baseline = per_marker * 10_000

    # Communes and kind codes are written out for each site (SQLite writes the catalog's JSON
    # in one statement, without lookup tables): ~105 bytes a site against ~790 for folium.
    ours = len(sites_payload(make_points(10_000)).payload)
    assert ours * 7 <= baseline, (ours, baseline)
    assert ours < 1_100_000


def test_empty_catalog_still_gives_data():
    empty = {"index": [], "lat": [], "lon": [], "name": [], "commune": [], "kinds": [], "approx": []}
    assert json.loads(sites_payload([]).payload) == empty


def test_an_empty_store_gives_the_same_empty_columns(store):
    columns, index_of = store.sites.map_columns()
    assert json.loads(columns) == json.loads(sites_payload([]).payload) and index_of == {}


def test_map_page_module_imports_no_qt_and_no_folium():
    code = ("import sys, tl_desktop.map.page; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6', 'folium', 'numpy') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
