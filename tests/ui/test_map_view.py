"""The map view in a real QtWebEngine page: markers, filter, clicks, in-place updates, a locked page."""

from __future__ import annotations

import json
import math
import os
import random
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage

from tl_desktop.domain import KINDS, MapPoint, Site
from tl_desktop.map.page import page_mounts
from tl_desktop.ui.map_scheme import resolve_request_path
from tl_desktop.views.map_view import MapView

HOSTILE = "<script>alert(1)</script>"
N = 200
ERROR_LEVEL = QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel.value


def make_points(n: int = N) -> list[MapPoint]:
    rnd = random.Random(11)
    codes = KINDS.codes()
    points = [MapPoint(f"site-{i}", f"Tiers-lieu n°{i}", f"Commune {i % 40}",
                       rnd.uniform(43.0, 50.5), rnd.uniform(-1.5, 7.5),
                       tuple(rnd.sample(codes, rnd.choice((1, 1, 2)))), rnd.random() < 0.2)
              for i in range(n)]
    points[5] = MapPoint("evil", HOSTILE, "Lyon", 45.76, 4.83, ("fablab",))
    # Two sites at the same commune centre: the map must spiderfy them to open a popup.
    points[6] = MapPoint("twin-a", "Jumeau A", "Albi", 43.9289, 2.1464, ("coworking",), True)
    points[7] = MapPoint("twin-b", "Jumeau B", "Albi", 43.9289, 2.1464, ("fablab",), True)
    return points


def js(qtbot, view: MapView, script: str, timeout: int = 5000):
    """Run ``script`` in the page and return its value."""
    box = []
    view.page().runJavaScript(script, box.append)
    qtbot.waitUntil(lambda: len(box) == 1, timeout=timeout)
    return box[0]


def wait_js(qtbot, view: MapView, script: str, expected, timeout: int = 15000) -> None:
    """Wait until ``script`` evaluates to ``expected`` in the page."""
    def check():
        assert js(qtbot, view, script) == expected
    qtbot.waitUntil(check, timeout=timeout)


@pytest.fixture
def console():
    return []


def close_view(view: MapView) -> None:
    view.shutdown()
    # pytest-qt has called deleteLater(); a deferred delete left pending until exit would
    # destroy the web profile before its page ("Release of profile requested…").
    if shiboken6.isValid(view):
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_drawn(qtbot, view: MapView, stamp: int, timeout: int = 10000) -> None:
    """Wait until the page has drawn what the call that returned ``stamp`` asked."""
    seen = []
    view.drawn.connect(seen.append)
    try:
        qtbot.waitUntil(lambda: any(s >= stamp for s in seen), timeout=timeout)
    finally:
        view.drawn.disconnect(seen.append)


@pytest.fixture
def map_view(qtbot, console):
    view = MapView()
    qtbot.addWidget(view)
    view.page().console_message.connect(lambda *message: console.append(message))
    view.resize(1000, 720)
    view.show()
    points = make_points()
    with qtbot.waitSignal(view.sites_shown, timeout=15000):
        view.set_points(points)
    view.points = points
    yield view
    close_view(view)


def index_of(view: MapView, site_id: str) -> int:
    return [p.id for p in view.points].index(site_id)


def test_map_shows_every_site_with_legend_and_no_console_error(qtbot, map_view, console):
    assert js(qtbot, map_view, "tlMap.count()") == N
    assert js(qtbot, map_view, "tlMap.visibleCount()") == N
    legend = js(qtbot, map_view, "document.querySelector('.tl-legend').textContent")
    assert "Types de lieux" in legend
    assert "Position approximative (centre de la commune)" in legend
    assert "200 lieux affichés" in legend
    assert js(qtbot, map_view, "document.querySelectorAll('.tl-cluster').length") > 3
    # Plan IGN by default, its attribution shown; with no cached tile (this view has no data
    # folder) its tiles are transparent and the outlines show through.
    assert js(qtbot, map_view, "tlMap.basemap()") == "plan-ign"
    assert "IGN" in js(qtbot, map_view, "document.querySelector('.leaflet-control-attribution').textContent")

    wait_js(qtbot, map_view, "tlMap.outlineCount()", 96)   # fetched after the first paint
    qtbot.wait(200)
    image = map_view.grab()
    image.save("/tmp/map_view.png")
    # The départements outline (land colour) and the sea both show: the map is not blank.
    img = image.toImage()
    land = sea = 0
    for x in range(0, img.width(), 5):
        for y in range(0, img.height(), 5):
            rgb = img.pixelColor(x, y).getRgb()[:3]
            land += rgb == (247, 246, 242)
            sea += rgb == (220, 230, 238)
    total = (img.width() // 5) * (img.height() // 5)
    assert land > total * 0.15 and sea > total * 0.15, (land, sea, total)
    assert [m for m in console if m[0] == ERROR_LEVEL] == []


def test_page_is_locked_down(qtbot, map_view, console):
    # The scheme's Content-Security-Policy is in force: no eval, no outside scripts.
    assert js(qtbot, map_view, "(function () { try { eval('1'); return 'ran'; } "
                               "catch (e) { return 'blocked'; } })()") == "blocked"
    # Navigating away (a link, a script) is refused: the map stays.
    js(qtbot, map_view, "window.location.href = 'https://example.org/'; true")
    qtbot.wait(300)
    assert map_view.page().url().scheme() == "tlmap"
    assert js(qtbot, map_view, "!!window.tlMap") is True


def test_the_basemap_is_chosen_in_the_toolbar_and_its_attribution_shown(qtbot, map_view, console):
    combo = map_view.toolbar.basemap_combo
    combo.setCurrentIndex(combo.findData("osm"))
    wait_js(qtbot, map_view, "tlMap.basemap()", "osm")
    attribution = js(qtbot, map_view, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "OpenStreetMap" in attribution and "IGN –" not in attribution
    # Tiles are asked of the app, never of a server: the page's policy would refuse it.
    wait_js(qtbot, map_view, "document.querySelectorAll('.leaflet-tile').length > 0", True)
    src = js(qtbot, map_view, "document.querySelector('.leaflet-tile').src")
    assert src.startswith("tlmap://map/tiles/osm/")
    combo.setCurrentIndex(combo.findData("none"))
    wait_js(qtbot, map_view, "document.querySelectorAll('.leaflet-tile').length", 0)
    assert "Contours" in js(qtbot, map_view, "document.querySelector('.leaflet-control-attribution').textContent")
    assert map_view.basemap() == "none"
    assert [m for m in console if "Content Security Policy" in m[1]] == []


def test_map_follows_the_visible_ids(qtbot, map_view):
    ids = ["site-10", "site-20", "evil", "not-a-site"]
    wait_drawn(qtbot, map_view, map_view.set_visible_ids(ids))
    assert js(qtbot, map_view, "tlMap.visibleCount()") == 3
    assert "3 lieux affichés" in js(qtbot, map_view, "document.querySelector('.tl-legend').textContent")
    assert js(qtbot, map_view, "document.querySelectorAll('.tl-cluster').length") <= 1

    wait_drawn(qtbot, map_view, map_view.set_visible_ids([]))
    assert js(qtbot, map_view, "tlMap.visibleCount()") == 0
    assert js(qtbot, map_view, "JSON.stringify(tlMap._drawn())") == '{"points":0,"clusters":0,"legs":0}'
    wait_drawn(qtbot, map_view, map_view.set_visible_ids(None))
    assert js(qtbot, map_view, "tlMap.visibleCount()") == N

    # A filter set while new sites load is applied to them once they are in.
    map_view.set_points(map_view.points[:100])
    wait_drawn(qtbot, map_view, map_view.set_visible_ids(["site-1", "site-2", "site-150"]))
    assert js(qtbot, map_view, "tlMap.visibleCount()") == 2
    assert js(qtbot, map_view, "tlMap.count()") == 100


def test_popup_shows_names_as_text_and_opens_the_site(qtbot, map_view):
    map_view.focus_site("evil")
    wait_js(qtbot, map_view, "!!document.querySelector('.leaflet-popup .tl-popup-open')", True)

    assert js(qtbot, map_view, "document.querySelector('.tl-popup-name').textContent") == HOSTILE
    assert js(qtbot, map_view, "document.querySelectorAll('.leaflet-popup script').length") == 0
    assert js(qtbot, map_view, "document.querySelector('.tl-popup-open').textContent") == "Ouvrir la fiche"
    assert "Fablab / atelier partagé" in js(
        qtbot, map_view, "document.querySelector('.tl-popup-kinds').textContent")

    with qtbot.waitSignal(map_view.site_activated, timeout=5000) as blocker:
        js(qtbot, map_view, "document.querySelector('.tl-popup-open').click(); true")
    assert blocker.args == ["evil"]


def test_focus_opens_a_popup_even_for_sites_at_the_same_place(qtbot, map_view):
    map_view.focus_site("twin-b")
    wait_js(qtbot, map_view,
            "(document.querySelector('.leaflet-popup .tl-popup-name') || {}).textContent", "Jumeau B")
    assert "Position approximative" in js(
        qtbot, map_view, "document.querySelector('.leaflet-popup').textContent")


def test_marker_click_selects_the_site(qtbot, map_view):
    index = index_of(map_view, "site-42")
    with qtbot.waitSignal(map_view.site_selected, timeout=5000) as blocker:
        js(qtbot, map_view, f"tlMap._marker({index}).fire('click'); true")
    assert blocker.args == ["site-42"]


FETCH = """
window._fetched = window._fetched || {};
fetch(%(url)s).then(function (r) {
  if (!r.ok) { window._fetched[%(url)s] = {ok: false, status: r.status}; return; }
  return r.text().then(function (t) {
    window._fetched[%(url)s] = {ok: true, type: r.headers.get('content-type'), text: t.slice(0, 4000)};
  });
}).catch(function (e) { window._fetched[%(url)s] = {ok: false, error: String(e)}; });
true
"""

XHR = """
window._fetched = window._fetched || {};
(function (url) {
  try {
    var x = new XMLHttpRequest();
    x.open('GET', url);
    x.onload = function () {
      window._fetched[url] = {ok: x.status === 200, text: x.responseText.slice(0, 4000)};
    };
    x.onerror = function () { window._fetched[url] = {ok: false, error: 'xhr'}; };
    x.send();
  } catch (e) { window._fetched[url] = {ok: false, error: String(e)}; }
})(%(url)s);
true
"""


def fetch(qtbot, view, url: str, template: str = FETCH) -> dict:
    quoted = json.dumps(url)
    js(qtbot, view, template % {"url": quoted})
    wait_js(qtbot, view, f"!!window._fetched[{quoted}]", True)
    return json.loads(js(qtbot, view, f"JSON.stringify(window._fetched[{quoted}])"))


def test_page_reads_its_own_files_and_nothing_else(qtbot, map_view, tmp_path):
    assert Path("/etc/passwd").is_file()
    root = tmp_path / "served"
    root.mkdir()
    (root / "ok.js").write_text("// ok")
    os.symlink("/etc/passwd", root / "passwd-link.js")
    map_view.host.scheme_handler.set_mounts([("extra/", root)] + page_mounts())

    own = fetch(qtbot, map_view, "tl_map.js")
    assert own["ok"] and "Tiers-Lieux Desktop" in own["text"]
    assert own["type"].startswith("text/javascript")
    assert fetch(qtbot, map_view, "config.js")["text"].startswith("window.TL_CONFIG=")
    assert fetch(qtbot, map_view, "extra/ok.js")["ok"]
    channel = fetch(qtbot, map_view, "tlmap://map/qwebchannel.js")
    assert channel["ok"] and "QWebChannel" in channel["text"]

    for url in ["tlmap://map/..%2f..%2f..%2f..%2fetc%2fpasswd",
                "tlmap://map/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "tlmap://map/../../../../etc/passwd",
                "tlmap://map//etc/passwd",
                "tlmap://map/extra/passwd-link.js",
                "tlmap://map/extra/../../../../etc/passwd",
                "tlmap://map/leaflet/../../../../../../etc/passwd",
                "tlmap://elsewhere/index.html",
                "file:///etc/passwd"]:
        result = fetch(qtbot, map_view, url)   # a 404 or a network error
        assert result["ok"] is False, (url, result)
        assert "root:" not in result.get("text", "")
    result = fetch(qtbot, map_view, "file:///etc/passwd", XHR)
    assert result["ok"] is False and "root:" not in result.get("text", "")


def test_request_paths_resolve_only_inside_the_root(tmp_path):
    root = tmp_path / "root"
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_text("x")
    (root / "assets" / "a.js").write_text("x")
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", root / "out.txt")
    os.symlink(tmp_path, root / "up")

    assert resolve_request_path(root, "/index.html") == (root / "index.html").resolve()
    assert resolve_request_path(root, "/assets/./a.js") == (root / "assets" / "a.js").resolve()
    for bad in ["/../secret.txt", "/assets/../../secret.txt", "..", "/", "", "/assets",
                str(tmp_path / "secret.txt"), "//etc/passwd", "/out.txt", "/up/secret.txt",
                "/assets\\..\\..\\secret.txt", "/index.html\x00.png", "/C:/Windows/win.ini",
                "/missing.js"]:
        assert resolve_request_path(root, bad) is None, bad


def test_a_changed_site_is_updated_in_place_without_reloading_the_page(qtbot, map_view):
    loads = []
    map_view.page().loadStarted.connect(lambda: loads.append(1))
    js(qtbot, map_view, "tlMap._map.setView([45.76, 4.83], 11, {animate: false}); true")
    i = index_of(map_view, "site-10")

    # Saved: renamed and moved to Lyon.
    moved = MapPoint("site-10", "Nouveau nom", "Lyon", 45.7601, 4.8301, ("fablab",))
    wait_drawn(qtbot, map_view, map_view.update_sites([moved]))
    assert json.loads(js(qtbot, map_view, f"JSON.stringify(tlMap._marker({i}).getLatLng())")) == \
        {"lat": 45.7601, "lng": 4.8301}
    map_view.focus_site("site-10")
    wait_js(qtbot, map_view, "(document.querySelector('.tl-popup-name') || {}).textContent", "Nouveau nom")

    # Deleted, then restored (Ctrl+Z): the same index comes back.
    wait_drawn(qtbot, map_view, map_view.update_sites([], ["site-10"]))
    assert js(qtbot, map_view, "tlMap.count()") == N - 1
    wait_js(qtbot, map_view, "!!document.querySelector('.tl-popup-name')", False)   # its popup closes
    wait_drawn(qtbot, map_view, map_view.update_sites([moved]))
    assert js(qtbot, map_view, "tlMap.count()") == N
    assert map_view.site_count() == N

    # A new site takes the next index; a filter in force hides it unless it matches.
    wait_drawn(qtbot, map_view, map_view.set_visible_ids(["site-1", "new-b"]))
    new_a = MapPoint("new-a", "Nouveau A", "Die", 44.75, 5.37, ("coworking",))
    new_b = MapPoint("new-b", "Nouveau B", "Die", 44.76, 5.38, ("coworking",))
    wait_drawn(qtbot, map_view, map_view.update_sites([new_a, new_b]))
    assert map_view.site_count() == N + 2
    assert js(qtbot, map_view, "tlMap.visibleCount()") == 2
    with qtbot.waitSignal(map_view.site_selected, timeout=5000) as blocker:
        js(qtbot, map_view, f"tlMap._marker({N + 1}).fire('click'); true")
    assert blocker.args == ["new-b"]

    # The agent's view never moved, and the page was never loaded again.
    assert js(qtbot, map_view, "tlMap._map.getZoom()") == 13   # the focus above zoomed in
    assert loads == []


def test_sites_at_the_same_place_are_spread_and_each_can_be_clicked(qtbot, map_view):
    # twin-a and twin-b sit on the same commune centre, in Albi.
    js(qtbot, map_view, "tlMap._map.setView([43.9289, 2.1464], 16, {animate: false}); true")
    wait_js(qtbot, map_view, "tlMap._drawn().legs", 2)
    a, b = index_of(map_view, "twin-a"), index_of(map_view, "twin-b")
    where = "JSON.stringify(tlMap._map.latLngToContainerPoint(tlMap._marker(%d).getLatLng()))"
    pa, pb = (json.loads(js(qtbot, map_view, where % i)) for i in (a, b))
    assert math.dist((pa["x"], pa["y"]), (pb["x"], pb["y"])) > 16   # more than a marker apart

    # A real click on each spread marker selects that site.
    qtbot.wait(200)
    for point, site_id in ((pa, "twin-a"), (pb, "twin-b")):
        with qtbot.waitSignal(map_view.site_selected, timeout=5000) as blocker:
            QTest.mouseClick(map_view.web_view().focusProxy(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, QPoint(round(point["x"]), round(point["y"])))
        assert blocker.args == [site_id]


def test_a_cluster_click_zooms_in(qtbot, map_view):
    zoom = js(qtbot, map_view, "tlMap._map.getZoom()")
    js(qtbot, map_view, "document.querySelector('.tl-cluster').click(); true")
    qtbot.waitUntil(lambda: js(qtbot, map_view, "tlMap._map.getZoom()") > zoom, timeout=5000)


def test_a_tour_itinerary_is_drawn_numbered_day_by_day(qtbot, map_view):
    map_view.show_itinerary([["site-10", "site-20", "not-a-site"], ["site-30"]])
    # Day 1: two numbered steps and their line; day 2: one step.
    wait_js(qtbot, map_view, "tlMap._stepPositions().length", 3)
    labels = json.loads(js(qtbot, map_view, "JSON.stringify(Array.from(document.querySelectorAll('.tl-step'))"
                                            ".map(function (e) { return e.textContent; }))"))
    assert sorted(labels) == ["1", "1", "2"]
    map_view.show_itinerary([])
    wait_js(qtbot, map_view, "tlMap.itineraryCount()", 0)


def test_a_moved_stop_keeps_its_number_on_the_itinerary(qtbot, map_view):
    map_view.show_itinerary([["site-10", "site-20"]])
    wait_js(qtbot, map_view, "tlMap._stepPositions().length", 2)
    moved = MapPoint("site-20", "Tiers-lieu n°20", "Lyon", 45.75, 4.85, ("fablab",))
    wait_drawn(qtbot, map_view, map_view.update_sites([moved]))
    steps = json.loads(js(qtbot, map_view, "JSON.stringify(tlMap._map._layers ? Object.values(tlMap._map._layers)"
                                           ".filter(function (l) { return l.options && l.options.icon && "
                                           "l.options.icon.options.className === 'tl-step-icon'; })"
                                           ".map(function (l) { return l.getLatLng(); }) : [])"))
    assert {"lat": 45.75, "lng": 4.85} in steps


@pytest.fixture
def store_view(qtbot, store):
    view = MapView(store=store)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    yield view
    close_view(view)


def test_sites_are_read_off_the_gui_thread_and_follow_the_store(qtbot, store, store_view, monkeypatch):
    from tl_desktop.store.sites import Sites

    threads = []
    original = Sites.map_points

    def recording(self, ids=None):
        threads.append(threading.current_thread())
        return original(self, ids)

    monkeypatch.setattr(Sites, "map_points", recording)
    a, _ = store.sites.save(Site(name="Fablab des Étangs", kinds=["fablab"], latitude=43.4, longitude=5.05))
    b, _ = store.sites.save(Site(name="Café de la Gare", kinds=["cafe_associatif"], latitude=44.75,
                                 longitude=5.37))
    with qtbot.waitSignal(store_view.sites_shown, timeout=15000):
        store_view.load_sites()
    assert js(qtbot, store_view, "tlMap.count()") == 2

    # Saved with a new name, deleted, restored, created: each reaches the page in place.
    changes = store.sites.save(a.replace(name="Fablab renommé"))[1] | store.sites.delete(b.id)
    with qtbot.waitSignal(store_view.drawn, timeout=10000):
        store_view.on_sites_changed(changes.sites)
    assert js(qtbot, store_view, "tlMap.count()") == 1
    c, changes = store.sites.save(Site(name="Nouveau lieu", latitude=45.0, longitude=4.0))
    with qtbot.waitSignal(store_view.drawn, timeout=10000):
        store_view.on_sites_changed(changes.sites | store.sites.restore(b.id).sites)
    assert js(qtbot, store_view, "tlMap.count()") == 3
    store_view.focus_site(a.id)
    wait_js(qtbot, store_view, "(document.querySelector('.tl-popup-name') || {}).textContent", "Fablab renommé")
    assert threads and threading.main_thread() not in threads


def test_a_site_without_a_position_any_more_leaves_the_map(qtbot, store, store_view):
    a, _ = store.sites.save(Site(name="Ici", latitude=43.4, longitude=5.05))
    with qtbot.waitSignal(store_view.sites_shown, timeout=15000):
        store_view.load_sites()
    _, changes = store.sites.save(a.replace(latitude=None, longitude=None))
    with qtbot.waitSignal(store_view.drawn, timeout=10000):
        store_view.on_sites_changed(changes.sites)
    assert js(qtbot, store_view, "tlMap.count()") == 0


def test_a_filter_is_read_off_the_gui_thread_and_holds_for_changed_sites(qtbot, store, store_view):
    from tl_desktop.domain import SiteFilter

    a, _ = store.sites.save(Site(name="Fablab des Étangs", kinds=["fablab"], departement="13",
                                 latitude=43.4, longitude=5.05))
    store.sites.save(Site(name="Café de la Gare", kinds=["cafe_associatif"], departement="26",
                          latitude=44.75, longitude=5.37))
    with qtbot.waitSignal(store_view.sites_shown, timeout=15000):
        store_view.load_sites()
    wait_drawn(qtbot, store_view, store_view.set_filter(SiteFilter(departement="13")))
    assert js(qtbot, store_view, "tlMap.visibleCount()") == 1
    assert store_view.set_filter(SiteFilter(departement="13")) is None     # unchanged: nothing to do

    # Under that filter, a new site of the 26 stays hidden; one of the 13 shows.
    _, changes = store.sites.save(Site(name="Fablab de Die", departement="26", latitude=44.7, longitude=5.3))
    with qtbot.waitSignal(store_view.drawn, timeout=10000):
        store_view.on_sites_changed(changes.sites)
    assert (js(qtbot, store_view, "tlMap.count()"), js(qtbot, store_view, "tlMap.visibleCount()")) == (3, 1)
    _, changes = store.sites.save(Site(name="Friche d'Arles", departement="13", latitude=43.68, longitude=4.63))
    with qtbot.waitSignal(store_view.drawn, timeout=10000):
        store_view.on_sites_changed(changes.sites)
    assert js(qtbot, store_view, "tlMap.visibleCount()") == 2
    # A text search goes through the same full-text index as the catalog's.
    wait_drawn(qtbot, store_view, store_view.set_filter(SiteFilter(text="etangs")))
    assert js(qtbot, store_view, "tlMap.visibleCount()") == 1
    wait_drawn(qtbot, store_view, store_view.set_filter(SiteFilter()))
    assert js(qtbot, store_view, "tlMap.visibleCount()") == 4
