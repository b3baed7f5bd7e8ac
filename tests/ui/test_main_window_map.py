"""The map in the real main window: loaded once, then following saves, deletions, undo and filters."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from tl_desktop.domain import Site
from tl_desktop.ui.main_window import MainWindow


@pytest.fixture
def sites(store):
    made = {}
    for name, kinds, commune, dep, lat, lon in [
        ("Café associatif La Plaine", ["cafe_associatif"], "Marseille", "13", 43.2965, 5.3843),
        ("Fablab des Étangs", ["fablab"], "Martigues", "13", 43.4053, 5.0475),
        ("Coworking du Port", ["coworking"], "Toulon", "83", 43.1242, 5.928),
        ("France services de Die", ["france_services"], "Die", "26", 44.7536, 5.3703),
    ]:
        site, _ = store.sites.save(Site(name=name, kinds=kinds, commune=commune, departement=dep,
                                        latitude=lat, longitude=lon, location_precision="adresse"))
        made[name] = site
    return made


def js(qtbot, window, script: str):
    box = []
    window.map_view.page().runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: len(box) == 1, timeout=5000)
    return box[0]


def wait_js(qtbot, window, script: str, expected, timeout: int = 10000) -> None:
    def check():
        assert js(qtbot, window, script) == expected
    qtbot.waitUntil(check, timeout=timeout)


@pytest.fixture
def window(qtbot, store, sites, tmp_path, dialogs):
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load_site(None))
    w.resize(1366, 768)
    w.show()
    w.load_map()
    with qtbot.waitSignal(w.map_view.sites_shown, timeout=20000):
        pass
    yield w
    w.map_view.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_saving_deleting_and_undoing_update_the_map_in_place(qtbot, store, sites, window, dialogs, type_text):
    loads = []
    window.map_view.page().loadStarted.connect(lambda: loads.append(1))
    assert js(qtbot, window, "tlMap.count()") == 4

    # Rename a site in its form and save: the marker's popup says the new name.
    site = sites["Coworking du Port"]
    window.open_site(site.id)
    window.form.edits["name"].clear()
    type_text(window.form.edits["name"], "Coworking de la Rade")
    with qtbot.waitSignal(window.map_view.drawn, timeout=10000):
        window.actions.save_site.trigger()
    window.map_view.focus_site(site.id)
    wait_js(qtbot, window, "(document.querySelector('.tl-popup-name') || {}).textContent", "Coworking de la Rade")

    # Delete it from the catalog (answered « Oui »), then Ctrl+Z.
    dialogs.answer = QMessageBox.Yes
    window.catalog.select_site(site.id)
    window.catalog.table.setFocus()
    window.actions.delete_site.trigger()
    wait_js(qtbot, window, "tlMap.count()", 3)
    window.undo_action.trigger()
    wait_js(qtbot, window, "tlMap.count()", 4)

    assert loads == []     # the page was loaded once, before this test


def test_the_catalog_filter_reaches_the_map(qtbot, window):
    combo = window.catalog.departement_combo
    combo.setCurrentIndex(combo.findData("26"))
    wait_js(qtbot, window, "tlMap.visibleCount()", 1)
    assert "1 lieu affiché" in js(qtbot, window, "document.querySelector('.tl-legend').textContent")
    window.catalog.clear_filters()
    wait_js(qtbot, window, "tlMap.visibleCount()", 4)


def test_a_site_created_while_filtered_shows_only_if_it_matches(qtbot, store, window):
    combo = window.catalog.departement_combo
    combo.setCurrentIndex(combo.findData("13"))
    wait_js(qtbot, window, "tlMap.visibleCount()", 2)
    window.ops.call(lambda s: s.sites.save(Site(name="Fablab de Die", kinds=["fablab"], departement="26",
                                                latitude=44.75, longitude=5.37)))
    wait_js(qtbot, window, "tlMap.count()", 5)
    assert js(qtbot, window, "tlMap.visibleCount()") == 2
    window.ops.call(lambda s: s.sites.save(Site(name="Friche d'Arles", kinds=["friche_culturelle"],
                                                departement="13", latitude=43.68, longitude=4.63)))
    wait_js(qtbot, window, "tlMap.visibleCount()", 3)


def test_a_site_is_placed_by_a_click_on_the_map_and_ctrl_z_puts_it_back(qtbot, store, sites, window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    site = sites["Fablab des Étangs"]
    window.catalog.select_site(site.id)
    view = window.map_view
    qtbot.waitUntil(lambda: view.toolbar.place_action.isEnabled(), timeout=5000)
    assert "Fablab des Étangs" in view.toolbar.place_action.toolTip()
    view.toolbar.place_action.trigger()
    wait_js(qtbot, window, "tlMap._tool()", "place")
    where = json.loads(js(qtbot, window, "JSON.stringify(tlMap._map.containerPointToLatLng([150, 200]))"))
    with qtbot.waitSignal(view.drawn, timeout=10000):
        QTest.mouseClick(view.web_view().focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(150, 200))
    placed = store.sites.get(site.id)
    assert placed.latitude == pytest.approx(where["lat"], abs=1e-4)
    assert placed.longitude == pytest.approx(where["lng"], abs=1e-4)
    assert placed.location_precision == "carte" and placed.phone == site.phone
    assert "placé sur la carte" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    back = store.sites.get(site.id)
    assert (back.latitude, back.longitude, back.location_precision) == (site.latitude, site.longitude, "adresse")


def test_dragging_a_sites_pin_moves_it_unless_its_form_has_unsaved_changes(qtbot, store, sites, window, type_text):
    site = sites["Coworking du Port"]
    window.open_site(site.id)
    window.catalog.select_site(site.id)
    wait_js(qtbot, window, "!!tlMap._placeable()", True)
    js(qtbot, window, "tlMap._placeable().setLatLng([43.12, 5.93]); tlMap._placeable().fire('dragend'); true")
    qtbot.waitUntil(lambda: store.sites.get(site.id).latitude == 43.12, timeout=5000)
    assert window.form.site_id() == site.id and window.form.latitude_edit.text().replace(",", ".") == "43.12"
    # Unsaved changes in its form: the form would write its own position back; the map refuses.
    type_text(window.form.edits["phone"], "04")
    js(qtbot, window, "tlMap._placeable().setLatLng([43.2, 6.0]); tlMap._placeable().fire('dragend'); true")
    qtbot.waitUntil(lambda: "Enregistrez ou annulez" in window.statusBar().currentMessage(), timeout=5000)
    assert store.sites.get(site.id).latitude == 43.12
    window.form.load_site(None)


def test_the_map_keeps_a_usable_width_when_side_panels_open(qtbot, window):
    window.open_site(window.catalog.model.site_id(0))
    window.show_tours()
    qtbot.wait(100)
    assert window.map_view.width() >= 380


def test_the_start_brings_the_map_in_turns_then_checks_the_file(qtbot, store, sites, tmp_path, dialogs, monkeypatch):
    # start_deferred as run_gui calls it: the engine's libraries, the view, Chromium and the
    # page each in a turn of their own; the whole-file check once the map shows its sites.
    checks = []
    from tl_desktop.ui.startup_checks import StartupChecks

    monkeypatch.setattr(StartupChecks, "check_and_back_up", lambda self: checks.append(1))
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load_site(None))
    w.show()
    w.start_deferred()
    assert w.map_view is None and checks == []        # nothing of the map in the start's own turn
    qtbot.waitUntil(lambda: w.map_view is not None, timeout=10000)
    with qtbot.waitSignal(w.map_view.sites_shown, timeout=20000):
        pass
    assert js(qtbot, w, "tlMap.count()") == 4
    assert checks == [1]
    w.map_view.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
