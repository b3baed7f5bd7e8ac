"""Planning a learning tour: stops added from the catalog, reordered by keyboard, moved between days."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from tl_desktop.domain import Site
from tl_desktop.views.tour_view import TourView


@pytest.fixture
def sites(store):
    return [store.sites.save(Site(name=f"Lieu {c}", commune="Marseille"))[0] for c in "ABC"]


@pytest.fixture
def view(qtbot, store, ops, sites):
    chosen = {"id": None}
    v = TourView(store, ops, lambda: chosen["id"])
    v.choose = lambda site: chosen.__setitem__("id", site.id)
    qtbot.addWidget(v)
    v.show()
    tour = v.create_tour("Marseille, 3 jours")
    v.start_edit.setDate(QDate(2025, 2, 11))
    v.end_edit.setDate(QDate(2025, 2, 13))
    v.tour = tour
    return v


def programme(store, tour_id):
    return [(s.day, store.sites.get(s.site_id).name) for s in store.tours.stops(tour_id)]


def test_days_come_from_the_dates_and_sites_from_the_catalog(qtbot, store, sites, view):
    assert [view.day_combo.itemData(i) for i in range(view.day_combo.count())] == \
        ["2025-02-11", "2025-02-12", "2025-02-13"]
    assert view.day_combo.itemText(0) == "mardi 11 février 2025"
    for site in sites:
        view.choose(site)
        view.add_button.click()
    assert programme(store, view.tour.id) == [("2025-02-11", "Lieu A"), ("2025-02-11", "Lieu B"),
                                              ("2025-02-11", "Lieu C")]
    assert view.tree.topLevelItem(0).child(1).text(0) == "2. Lieu B (Marseille)"


def test_keyboard_reorders_and_moves_to_another_day(qtbot, store, sites, view):
    for site in sites:
        view.choose(site)
        view.add_button.click()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(2))     # Lieu C
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key_Up, Qt.AltModifier)
    assert [n for _, n in programme(store, view.tour.id)] == ["Lieu A", "Lieu C", "Lieu B"]
    qtbot.keyClick(view.tree, Qt.Key_Right, Qt.AltModifier)          # to the next day
    assert programme(store, view.tour.id) == [("2025-02-11", "Lieu A"), ("2025-02-11", "Lieu B"),
                                              ("2025-02-12", "Lieu C")]
    assert view._current_stop().day == "2025-02-12"                   # still selected, followed


def test_a_stop_keeps_its_time_duration_and_host(qtbot, store, sites, view):
    view.choose(sites[0])
    view.add_button.click()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    view.time_edit.setText("09:30")
    view.duration_spin.setValue(90)
    view.host_edit.setText("Camille, coordinatrice")
    view.save_stop()
    stop = store.tours.stops(view.tour.id)[0]
    assert (stop.planned_time, stop.duration_min, stop.host) == ("09:30", 90, "Camille, coordinatrice")


def test_the_notebook_of_a_stop_is_one_visit_on_the_stop_s_day(qtbot, store, sites, tmp_path, monkeypatch):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    tour = window.tour_view.create_tour("Tournée")
    from tl_desktop.domain import Stop
    stop, _ = store.tours.add_stop(Stop(tour.id, sites[1].id, "2025-02-12"))
    window.open_stop_notebook(stop.id)
    window.open_stop_notebook(stop.id)                 # twice: the same visit, not a new one
    visits = store.visits.of_stop(stop.id)
    assert len(visits) == 1 and visits[0].visit_date == "2025-02-12"
    assert window.notebook.visit_id() == visits[0].id


def test_the_chosen_day_stays_chosen_while_adding_stops(qtbot, store, sites, view):
    view.day_combo.setCurrentIndex(view.day_combo.findData("2025-02-12"))
    for site in sites[:2]:
        view.choose(site)
        view.add_button.click()
    assert programme(store, view.tour.id) == [("2025-02-12", "Lieu A"), ("2025-02-12", "Lieu B")]


def test_the_booklet_is_exported_from_the_window_in_a_worker(qtbot, store, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from tests.factories.tours import make
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    tour = make(store)
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    runner = window.documents.export_tour_to(tour.id, "tour", tmp_path / "livret.pdf", include_people=False)
    with qtbot.waitSignal(runner.finished, timeout=30000):
        pass
    reader = PdfReader(str(tmp_path / "livret.pdf"))
    assert len(reader.pages) > 15
    assert "Synthèse : les lieux côte à côte" in " ".join(page.extract_text() for page in reader.pages[-5:])
    assert "Document écrit" in window.statusBar().currentMessage()


def test_participants_are_added_to_the_tour_and_removed(qtbot, store, sites, view, type_text):
    people = view.participants
    type_text(people.name_edit, "Dominique Roux")
    type_text(people.service_edit, "Direction de la culture")
    people.add_button.click()
    assert [(a.person.name, a.person.service) for a in store.tours.participants(view.tour.id)] == \
        [("Dominique Roux", "Direction de la culture")]
    people.table.selectRow(0)
    people.remove_button.click()
    assert store.tours.participants(view.tour.id) == []
    assert store.db.execute("SELECT count(*) FROM persons").fetchone()[0] == 1   # still known, off this tour


def test_a_stop_dropped_under_another_day_moves_there(qtbot, store, sites, view):
    for site in sites:
        view.choose(site)
        view.add_button.click()
    first_day, second_day = view.tree.topLevelItem(0), view.tree.topLevelItem(1)
    item = first_day.child(0)                                   # Lieu A
    view.tree.setCurrentItem(item)
    # What Qt's internal move does on a drop, then what the tree does after it.
    first_day.takeChild(0)
    second_day.insertChild(0, item)
    view.tree.report_place(item)
    assert programme(store, view.tour.id) == [("2025-02-11", "Lieu B"), ("2025-02-11", "Lieu C"),
                                              ("2025-02-12", "Lieu A")]
    assert not view.tree.invisibleRootItem().flags() & Qt.ItemIsDropEnabled    # no stop at top level
    stop_item = view.tree.topLevelItem(0).child(0)
    assert not stop_item.flags() & Qt.ItemIsDropEnabled                       # no stop inside a stop


def test_an_impossible_time_is_refused_on_screen_and_the_stored_one_kept(qtbot, store, sites, view):
    view.choose(sites[0])
    view.add_button.click()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    view.time_edit.setText("09:30")
    view.save_stop()
    editor = view.stop_editor
    editor.time_edit.setFocus()
    editor.time_edit.selectAll()
    qtbot.keyClicks(editor.time_edit, "2570")
    editor.host_edit.setFocus()                          # leaving the field: it is checked
    qtbot.waitUntil(lambda: not editor.time_edit.hasFocus())
    assert store.tours.stops(view.tour.id)[0].planned_time == "09:30"
    assert editor.time_edit.text() == "25:70"            # what was typed stays, to be corrected
    assert editor.time_problem.isVisible() and "n'est pas une heure" in editor.time_problem.text()
    editor.host_edit.setText("Camille")                  # another field saved meanwhile keeps 09:30
    editor.host_edit.editingFinished.emit()
    assert (store.tours.stops(view.tour.id)[0].planned_time, store.tours.stops(view.tour.id)[0].host) == \
        ("09:30", "Camille")
    editor.time_edit.setFocus()
    editor.time_edit.selectAll()
    qtbot.keyClicks(editor.time_edit, "1015")
    editor.host_edit.setFocus()
    qtbot.waitUntil(lambda: store.tours.stops(view.tour.id)[0].planned_time == "10:15")
    assert not editor.time_problem.isVisible()
