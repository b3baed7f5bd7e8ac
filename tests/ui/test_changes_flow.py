"""Every change goes through the operation runner and every view follows it; visits and tours have a lifecycle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from tl_desktop.domain import Attendance, Person, Site, Stop, Tour
from tl_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store, places, tmp_path, monkeypatch):
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)   # the map has its own tests
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load_site(None))
    w.show()
    return w


@pytest.fixture
def places(store):
    foresta = store.sites.save(Site(name="Foresta", commune="Marseille", departement="13"))[0]
    friche = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille", departement="13"))[0]
    return foresta, friche


@pytest.fixture
def tour(store, places):
    tour = store.tours.save(Tour(title="Marseille, 3 jours", start_date="2025-02-11", end_date="2025-02-13"))[0]
    for site in places:
        store.tours.add_stop(Stop(tour.id, site.id, "2025-02-11"))
    return tour


def test_a_renamed_site_is_renamed_in_the_open_notebook_and_the_tour(qtbot, store, window, places, tour, type_text):
    foresta, _ = places
    window.show_tours()
    window.tour_view.reload_tours(select=tour.id)
    window.tour_view.tree.setCurrentItem(window.tour_view.tree.topLevelItem(0).child(0))
    window.tour_view.notebook_button.click()                 # « Carnet de cette étape »
    assert window.notebook.header.text().startswith("Foresta — Marseille")

    window.open_site(foresta.id)
    window.form.edits["name"].selectAll()
    type_text(window.form.edits["name"], "Foresta, parc métropolitain")
    assert window.form.save()

    assert window.notebook.header.text().startswith("Foresta, parc métropolitain — Marseille")
    labels = [window.tour_view.tree.topLevelItem(0).child(i).text(0) for i in range(2)]
    assert labels[0] == "1. Foresta, parc métropolitain (Marseille)"


def test_after_the_notebook_of_a_stop_the_site_form_lists_the_visit(qtbot, store, window, places, tour):
    foresta, _ = places
    window.open_site(foresta.id)
    assert window.form.visits_list.count() == 0
    window.show_tours()
    window.tour_view.reload_tours(select=tour.id)
    window.tour_view.tree.setCurrentItem(window.tour_view.tree.topLevelItem(0).child(0))
    window.tour_view.notebook_button.click()
    assert window.form.visits_list.count() == 1
    assert window.form.visits_list.item(0).text().startswith("2025-02-11")


def test_a_participant_renamed_in_a_visit_is_renamed_in_the_tour(qtbot, store, window, places, tour, ops):
    person = Person(name="Camile Martin")
    store.tours.add_participant(tour.id, Attendance(person))
    window.show_tours()
    window.tour_view.reload_tours(select=tour.id)
    assert window.tour_view.participants.table.item(0, 0).text() == "Camile Martin"
    visit = window.ops.call(lambda s: s.visits.create(places[0].id))[0]
    window.open_visit(visit.id)
    fixed = Person(id=person.id, name="Camille Martin")
    window.ops.call(lambda s: s.visits.add_person(visit.id, Attendance(fixed, "élue")))
    assert window.tour_view.participants.table.item(0, 0).text() == "Camille Martin"


def test_a_new_visit_is_of_the_site_picked_last_not_of_the_hidden_form(qtbot, store, window, places):
    foresta, friche = places
    window.open_site(foresta.id)          # loaded in the form…
    window.form_dock.hide()               # …which the agent then hides
    window.catalog.select_site(friche.id)
    window.actions.new_visit.trigger()
    assert store.visits.get(window.notebook.visit_id()).site_id == friche.id
    window.show_tours()                   # a stop picked in the tour wins over the catalog
    tour = window.ops.call(lambda s: s.tours.save(Tour(title="Tournée")))[0]
    window.ops.call(lambda s: s.tours.add_stop(Stop(tour.id, foresta.id, "2025-02-11")))
    window.tour_view.reload_tours(select=tour.id)
    window.tour_view.tree.setCurrentItem(window.tour_view.tree.topLevelItem(0).child(0))
    window.actions.new_visit.trigger()
    assert store.visits.get(window.notebook.visit_id()).site_id == foresta.id


def test_a_visit_gets_its_date_author_and_stop_changed(qtbot, store, window, places, tour, monkeypatch):
    from tl_desktop.ui.visit_dialog import VisitDialog

    foresta, _ = places
    visit = window.ops.call(lambda s: s.visits.create(foresta.id))[0]
    window.open_visit(visit.id)
    shown = []

    def fill(dialog):
        shown.append(dialog)
        dialog.undated.setChecked(False)
        dialog.date_edit.setDate(QDate(2025, 2, 11))
        dialog.author_edit.setText("Groupe 2 — urbanisme")
        dialog.stop_combo.setCurrentIndex(1)          # the tour's stop at Foresta
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(VisitDialog, "exec", fill)
    window.notebook.edit_action.trigger()
    stored = store.visits.get(visit.id)
    assert (stored.visit_date, stored.author) == ("2025-02-11", "Groupe 2 — urbanisme")
    assert stored.stop_id == store.tours.stops(tour.id)[0].id
    assert "mardi 11 février 2025" in window.notebook.header.text()


def test_a_deleted_visit_comes_back_with_ctrl_z(qtbot, store, window, places, dialogs, type_text):
    foresta, _ = places
    visit = window.ops.call(lambda s: s.visits.create(foresta.id, visit_date="2025-02-11"))[0]
    window.open_visit(visit.id)
    type_text(window.notebook.notes_edit, "Atelier bois, bénévoles")
    window.open_site(foresta.id)
    dialogs.answer = QMessageBox.No
    window.notebook.delete_action.trigger()
    assert store.visits.get(visit.id)                                # « Non »: nothing happens
    dialogs.answer = QMessageBox.Yes
    window.notebook.delete_action.trigger()
    assert store.visits.of_site(foresta.id) == []
    assert window.notebook.visit_id() is None and window.form.visits_list.count() == 0
    window.undo_stack.undo()
    assert store.visits.get(visit.id).notes == "Atelier bois, bénévoles"
    assert window.notebook.visit_id() == visit.id and window.form.visits_list.count() == 1


def test_a_tour_is_deleted_after_confirmation_and_its_notebooks_stay(qtbot, store, window, places, tour, dialogs):
    window.show_tours()
    view = window.tour_view
    view.reload_tours(select=tour.id)
    visit = window.ops.call(lambda s: s.visits.create(places[0].id, stop_id=s.tours.stops(tour.id)[0].id))[0]
    dialogs.answer = QMessageBox.No
    view.delete_button.click()
    assert store.tours.list()
    dialogs.answer = QMessageBox.Yes
    view.delete_button.click()
    assert store.tours.list() == [] and view.tour_combo.count() == 0
    assert "1 carnet" in dialogs.shown[-1][1]
    assert store.visits.get(visit.id).stop_id is None               # kept, detached
