"""The offline map page: local assets only, user text kept as data, small and quick to rebuild."""

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
from tl_desktop.map.page import build_map_page, sites_data, sync_assets

HOSTILE = "<script>alert(1)</script>"
HOSTILE_COMMUNE = '<img src=x onerror="alert(2)">'
CDN_WORDS = ("cdn", "unpkg", "jsdelivr", "bootstrap", "jquery", "cloudflare", "fontawesome")
ALLOWED_URLS = {mappage.OSM_TILES, "https://www.openstreetmap.org/copyright"}
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


def read_sites(out_dir: Path) -> dict:
    text = (out_dir / "sites.js").read_text(encoding="utf-8")
    prefix = "window.TL_SITES="
    assert text.startswith(prefix) and text.rstrip().endswith(";")
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))


def page_text_files(out_dir: Path) -> dict[str, str]:
    """What the app itself writes or ships (Leaflet's own files carry licence URLs)."""
    files = ["index.html", "sites.js", "assets/tl_map.js", "assets/tl_map.css"]
    return {name: (out_dir / name).read_text(encoding="utf-8") for name in files}


def test_page_builds_with_every_referenced_file_present(tmp_path):
    index = build_map_page(make_points(3), tmp_path / "map")

    assert index == tmp_path / "map" / "index.html"
    html = index.read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "sites.js" in {r.split("?")[0] for r in refs}
    for ref in refs:
        path = ref.split("?")[0]
        assert not path.startswith(("/", "http:", "https:", "file:")), ref
        assert (index.parent / path).is_file(), ref
    assets = index.parent / "assets"
    for name in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/images/layers.png",
                 "markercluster/leaflet.markercluster.js", "markercluster/MarkerCluster.css",
                 "departements.js", "tl_map.js", "tl_map.css"):
        assert (assets / name).stat().st_size > 0, name
    geojson = (assets / "departements.js").read_text(encoding="utf-8")
    outline = json.loads(geojson.removeprefix("window.TL_DEPARTEMENTS=").rstrip().rstrip(";"))
    assert len(outline["features"]) == 96   # metropolitan départements
    assert html.startswith("<!DOCTYPE html>") and '<html lang="fr">' in html
    assert "tlMapInit(map_tl," in html


@pytest.mark.parametrize("online", [True, False])
def test_nothing_points_at_a_cdn_or_remote_url(tmp_path, online):
    build_map_page(make_points(20), tmp_path, online_tiles_available=online)

    for name, text in page_text_files(tmp_path).items():
        urls = set(re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+\.[a-z]{2,}[^\s\"'<>)]*", text))
        assert urls <= ALLOWED_URLS, (name, urls - ALLOWED_URLS)
        lowered = text.lower()
        for word in CDN_WORDS:
            assert word not in lowered, (name, word)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert (mappage.OSM_TILES in html) is online
    config = json.loads(re.search(r"tlMapInit\(map_tl, (\{.*\})\);", html).group(1))
    assert config["osm"] == (mappage.OSM_TILES if online else None)
    assert config["text"]["legend_title"] == "Types de lieux"
    assert [k["colour"] for k in config["kinds"]] == [c.colour for c in KINDS]


def test_user_text_stays_data_never_markup(tmp_path):
    points = make_points(3) + [MapPoint("evil", HOSTILE, HOSTILE_COMMUNE, 45.0, 5.0, ("fablab",))]
    build_map_page(points, tmp_path)

    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    sites_js = (tmp_path / "sites.js").read_text(encoding="utf-8")
    for raw in (HOSTILE, HOSTILE_COMMUNE, "<script>alert", "<img"):
        assert raw not in html
        assert raw not in sites_js   # "<" is written \u003c, even inside the data
    data = read_sites(tmp_path)      # well-formed JSON, and the text comes back intact
    assert data["name"][3] == HOSTILE
    assert data["communes"][data["commune"][3]] == HOSTILE_COMMUNE
    # The page builds popups and the legend with DOM text nodes, never from HTML strings.
    js = (tmp_path / "assets" / "tl_map.js").read_text(encoding="utf-8")
    assert "textContent" in js
    assert "insertAdjacentHTML" not in js and "document.write" not in js
    assert re.findall(r"innerHTML\s*=(?!=)", js) == []
    assert re.search(r"bindPopup\([^)]*\+", js) is None


def test_sites_data_keeps_indexes_and_encodes_kinds_compactly():
    points = [
        MapPoint("a", "A", "Lyon", 45.7640123456, 4.8356789012, ("fablab",)),
        MapPoint("b", "B", "", 48.85, 2.35, ("coworking", "micro_folie"), approximate=True),
        MapPoint("c", "C", "Nulle part", float("nan"), 2.0, ()),
        MapPoint("d", "D", "Ailleurs", 45.0, 5.0, ("inconnu",)),
    ]
    data = sites_data(points)

    assert data["lat"] == [45.76401, 48.85, None, 45.0]
    assert data["lon"] == [4.83568, 2.35, None, 5.0]
    assert data["name"] == ["A", "B", "C", "D"]
    assert [data["communes"][c] for c in data["commune"]] == ["Lyon", "", "Nulle part", "Ailleurs"]
    autre = KINDS.index("autre")
    assert data["kind"] == [KINDS.index("fablab"),
                            [KINDS.index("coworking"), KINDS.index("micro_folie")],
                            autre, autre]
    assert data["approx"] == [1]
    assert "a" not in json.dumps(data["lat"] + data["kind"])   # no ids in the page


def test_ten_thousand_sites_are_ten_times_smaller_than_folium_markers(tmp_path):
    import folium
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

    build_map_page(make_points(10_000), tmp_path)
    ours = (tmp_path / "index.html").stat().st_size + (tmp_path / "sites.js").stat().st_size

    assert ours * 10 <= baseline, (ours, baseline)
    assert ours < 780_000


def test_rebuild_copies_only_missing_or_changed_assets(tmp_path):
    build_map_page(make_points(5), tmp_path)
    assets = tmp_path / "assets"
    before = {p: p.stat().st_mtime_ns for p in assets.rglob("*") if p.is_file()}
    assert len(before) >= 10

    build_map_page(make_points(8, seed=3), tmp_path)
    assert {p: p.stat().st_mtime_ns for p in assets.rglob("*") if p.is_file()} == before
    assert read_sites(tmp_path)["name"] == [p.name for p in make_points(8, seed=3)]

    (assets / "tl_map.js").write_text("// damaged")
    (assets / "departements.js").unlink()
    assert sorted(sync_assets(tmp_path)) == ["departements.js", "tl_map.js"]
    assert (assets / "tl_map.js").read_bytes() == mappage.resource("map", "tl_map.js").read_bytes()
    assert sync_assets(tmp_path) == []


def test_same_points_give_the_same_page(tmp_path):
    points = make_points(50)
    first = build_map_page(points, tmp_path / "a").read_text(encoding="utf-8")
    second = build_map_page(points, tmp_path / "b").read_text(encoding="utf-8")
    assert first == second


def test_empty_catalog_still_gives_a_page(tmp_path):
    build_map_page([], tmp_path)
    assert read_sites(tmp_path) == {"lat": [], "lon": [], "name": [], "communes": [],
                                    "commune": [], "kind": [], "approx": []}


def test_map_page_module_imports_no_qt():
    code = ("import sys, tl_desktop.map.page; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
