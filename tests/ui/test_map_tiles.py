"""The basemap in the real map page: tiles from the cache, from a local server when online, never
broken offline; « Préparer hors ligne » on a tour and on a drawn area; the prepared areas."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.factories.tiles import TileServer, tile_png
from tl_desktop.domain import Site
from tl_desktop.map.prefetch import USER_AGENT
from tl_desktop.map.tiles import PLAN_IGN, SOURCES, tile_xy
from tl_desktop.ui.offline_dialogs import PreparedAreasDialog, PrepareOfflineDialog
from tl_desktop.views.map_view import MapView

MARSEILLE = (43.2965, 5.3698)


def js(qtbot, view, script: str, timeout: int = 5000):
    box = []
    view.page().runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: len(box) == 1, timeout=timeout)
    return box[0]


def wait_js(qtbot, view, script: str, expected, timeout: int = 15000) -> None:
    def check():
        assert js(qtbot, view, script) == expected
    qtbot.waitUntil(check, timeout=timeout)


@pytest.fixture
def server(monkeypatch):
    s = TileServer()
    monkeypatch.setitem(SOURCES, "plan-ign", s.source(PLAN_IGN))   # the app's Plan IGN, served here
    yield s
    s.stop()


@pytest.fixture
def sites(store):
    made = []
    for name, lat, lon in [("Friche la Belle de Mai", 43.3105, 5.3908), ("Café de la Plaine", 43.2937, 5.3850),
                           ("Fablab du Panier", 43.2994, 5.3673)]:
        made.append(store.sites.save(Site(name=name, commune="Marseille", latitude=lat, longitude=lon,
                                          location_precision="adresse"))[0])
    return made


@pytest.fixture
def view(qtbot, store, sites, tmp_path, server):
    v = MapView(store=store, data_folder=tmp_path)
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    with qtbot.waitSignal(v.sites_shown, timeout=20000):
        v.load_sites()
    yield v
    v.shutdown()
    if shiboken6.isValid(v):
        v.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tiles_state(qtbot, view) -> list:
    return json.loads(js(qtbot, view, "JSON.stringify(Array.from(document.querySelectorAll('.leaflet-tile'))"
                                      ".map(function (t) { return [t.src, t.complete, t.naturalWidth]; }))"))


def test_tiles_come_from_the_cache_then_from_the_network_when_online(qtbot, view, server):
    served = []
    view.tiles.served.connect(lambda *args: served.append(args))
    x, y = tile_xy(*MARSEILLE, 14)
    cache = view.tile_cache()
    cache.put(14, x, y, tile_png(14, x, y))
    js(qtbot, view, f"tlMap._map.setView([{MARSEILLE[0]}, {MARSEILLE[1]}], 14, {{animate: false}}); true")
    qtbot.waitUntil(lambda: ("plan-ign", 14, x, y, "cache") in served, timeout=10000)
    qtbot.waitUntil(lambda: any(how == "network" for *_, how in served), timeout=10000)
    # The others were downloaded from the server (with the app's User-Agent) and kept.
    fetched = [(z, tx, ty) for _, z, tx, ty, how in served if how == "network"]
    assert (14, x, y) not in server.tile_requests()
    assert all(cache.get(*t) is not None for t in fetched)
    assert {ua for _, _, ua in server.requests} == {USER_AGENT}
    qtbot.waitUntil(lambda: all(c and w == 256 for _, c, w in tiles_state(qtbot, view)), timeout=10000)
    assert view.toolbar.status_label.text() == ""


def test_offline_the_map_overzooms_what_it_has_and_says_so(qtbot, view, server):
    x, y = tile_xy(*MARSEILLE, 12)
    view.tile_cache().put(12, x, y, tile_png(12, x, y))
    server.stop()                                    # the network is gone
    statuses, served = [], []
    view.status_changed.connect(statuses.append)
    view.tiles.served.connect(lambda *args: served.append(args))
    js(qtbot, view, f"tlMap._map.setView([{MARSEILLE[0]}, {MARSEILLE[1]}], 15, {{animate: false}}); true")
    qtbot.waitUntil(lambda: "Hors ligne — fond de carte en cache" in statuses, timeout=15000)
    assert view.toolbar.status_label.text() == "Hors ligne — fond de carte en cache"
    qtbot.waitUntil(lambda: any(how == "overzoom" for *_, how in served), timeout=10000)
    # Every tile on screen is an image: over-zoomed from zoom 12, or transparent (the outlines
    # show through), never a broken one.
    def all_loaded():
        state = tiles_state(qtbot, view)
        return bool(state) and all(complete and width == 256 for _, complete, width in state)
    qtbot.waitUntil(all_loaded, timeout=10000)


def test_downloading_can_be_turned_off(qtbot, view, server):
    view.toolbar.download_action.trigger()
    assert view.toolbar.status_label.text() == "Hors ligne — fond de carte en cache"
    qtbot.wait(500)                     # what the first view asked may still be coming
    before = len(server.requests)
    js(qtbot, view, "tlMap._map.setView([45.76, 4.83], 13, {animate: false}); true")   # Lyon: new tiles
    qtbot.wait(800)
    assert len(server.requests) == before
    view.toolbar.download_action.trigger()
    assert view.toolbar.status_label.text() == ""


def dialog_of(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def test_a_tour_is_prepared_for_offline_use_with_its_cost_shown_first(qtbot, view, server, sites, monkeypatch):
    messages = []
    view.message.connect(messages.append)
    view.show_itinerary([[s.id for s in sites]], label="Marseille, les friches")
    assert view.toolbar.prepare_tour_action.isEnabled()
    view.toolbar.prepare_tour_action.trigger()
    qtbot.waitUntil(lambda: dialog_of(PrepareOfflineDialog) is not None, timeout=10000)
    dialog = dialog_of(PrepareOfflineDialog)
    assert "Marseille, les friches" in dialog.area_label.text()
    assert dialog.zooms() == (13, 17)
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled(), timeout=10000)
    count = dialog.estimate.tiles
    assert 150 <= count <= 600                    # ~2 km around 3 stops 1-2 km apart, zooms 13-17
    missing = dialog.estimate.missing              # the map's own view may have some already
    assert 0 < missing <= count and "Mo" in dialog.size_label.text()
    before = len(server.requests)
    monkeypatch.setattr("tl_desktop.map.prefetch.DEFAULT_RATE", 1000.0)
    dialog.download_button.click()
    qtbot.waitUntil(lambda: any("prête pour le hors-ligne" in m for m in messages), timeout=60000)
    assert len(server.requests) - before >= missing
    [area] = view.tile_cache().areas()
    assert (area.tiles, area.wanted, area.label) == (count, count, "Visite apprenante « Marseille, les friches »")

    # The prepared areas: listed with their size, and deleted.
    areas = PreparedAreasDialog(view, view.tile_cache())
    qtbot.addWidget(areas)
    assert areas.table.rowCount() == 1
    assert areas.table.item(0, 0).text() == area.label and areas.table.item(0, 2).text() == "13 à 17"
    assert "Mo" in areas.table.item(0, 4).text()
    monkeypatch.setattr("tl_desktop.ui.offline_dialogs.ask", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.toolbar.download_action.trigger()          # the live map asks no more tiles meanwhile
    qtbot.wait(300)
    from tl_desktop.map.tiles import tiles_in_boxes

    deepest = [t for t in tiles_in_boxes(area.boxes, 17, 17)]   # zoom 17: only the area had them
    assert all(view.tile_cache().get(*t) is not None for t in deepest)
    areas.delete_selected()
    assert areas.table.rowCount() == 0 and view.tile_cache().areas() == []
    assert all(view.tile_cache().get(*t) is None for t in deepest)


def test_an_area_drawn_on_the_map_is_offered_for_preparation(qtbot, view):
    view.toolbar.prepare_area_action.trigger()
    wait_js(qtbot, view, "tlMap._tool()", "area")
    target = view.web_view().focusProxy()
    qtbot.wait(100)
    QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 250))
    for step in range(1, 11):
        QTest.mouseMove(target, QPoint(300 + 20 * step, 250 + 15 * step))
        qtbot.wait(10)
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(500, 400))
    qtbot.waitUntil(lambda: dialog_of(PrepareOfflineDialog) is not None, timeout=10000)
    dialog = dialog_of(PrepareOfflineDialog)
    assert "Zone tracée sur la carte" in dialog.area_label.text()
    (south, west, north, east), = dialog.boxes
    assert south < north and west < east
    dialog.reject()
    assert js(qtbot, view, "tlMap._tool()") in (None, "")     # the tool is over


def test_a_tour_can_be_shown_alone_and_fitted(qtbot, view, sites):
    view.show_itinerary([[s.id for s in sites]], label="Marseille")
    assert view.toolbar.tour_only_action.isEnabled()
    js(qtbot, view, "tlMap._map.setView([46.6, 2.5], 5, {animate: false}); true")
    view.toolbar.tour_only_action.trigger()
    wait_js(qtbot, view, "document.getElementById('map').classList.contains('tl-tour-only')", True)
    view.toolbar.fit_action.trigger()
    qtbot.waitUntil(lambda: js(qtbot, view, "tlMap._map.getZoom()") >= 13, timeout=10000)
    bounds = json.loads(js(qtbot, view, "JSON.stringify(tlMap._map.getBounds())"))
    assert all(bounds["_southWest"]["lat"] < s.latitude < bounds["_northEast"]["lat"] for s in sites)
    view.show_itinerary([])
    assert not view.toolbar.tour_only_action.isEnabled() and not view.toolbar.tour_only_action.isChecked()
    wait_js(qtbot, view, "document.getElementById('map').classList.contains('tl-tour-only')", False)


def test_stops_at_the_same_place_are_spread_apart(qtbot, store, view, sites):
    twin, _ = store.sites.save(Site(name="Jumeau", commune="Marseille", latitude=sites[0].latitude,
                                    longitude=sites[0].longitude, location_precision="commune"))
    with qtbot.waitSignal(view.drawn, timeout=10000):
        view.on_sites_changed([twin.id])
    view.show_itinerary([[sites[0].id, twin.id, sites[1].id]], label="Marseille")
    qtbot.waitUntil(lambda: len(json.loads(js(qtbot, view, "JSON.stringify(tlMap._stepPositions())"))) == 3,
                    timeout=10000)
    steps = json.loads(js(qtbot, view, "JSON.stringify(tlMap._stepPositions())"))
    (_, ax, ay), (_, bx, by) = [s for s in steps if s[0] in (view._index_of[sites[0].id], view._index_of[twin.id])]
    assert abs(ax - bx) + abs(ay - by) >= 20       # stop 1 is not hidden under stop 2
