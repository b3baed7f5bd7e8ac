"""The learning tour as a first-class entry: menu, toolbar, empty state, the new-tour dialog,
the stop's details in the form's order, participants corrected in place and exchanged with a
spreadsheet, and next year's tour duplicated from this year's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar

from tl_desktop.domain import Attendance, Person, Site, Stop, Tour
from tl_desktop.ui.tour_dialog import TourDialog
from tl_desktop.views.tour_view import TourView

DATA = Path(__file__).resolve().parents[1] / "data" / "participants"
# Real places (ANCT's list of France Services, Licence Ouverte 2.0).
PANIER = dict(name="France services Marseille 2ème - Panier", commune="Marseille 2e", latitude=43.2972,
              longitude=5.368716)
NOAILLES = dict(name="France services multisites de Marseille - Noailles", commune="Marseille 1er",
                latitude=43.3012930634452, longitude=5.37621202998422)


@pytest.fixture
def window(qtbot, store, tmp_path, monkeypatch):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def view(qtbot, store, ops):
    v = TourView(store, ops, lambda: None)
    qtbot.addWidget(v)
    v.show()
    return v


def run_dialog(monkeypatch, fill):
    """Make TourDialog.exec() fill the dialog as the agent would, then press its OK button."""
    def exec_(dialog):
        fill(dialog)
        dialog.ok_button.click()
        return dialog.result()
    monkeypatch.setattr(TourDialog, "exec", exec_)


def test_the_tour_has_its_own_menu_and_toolbar_button(window):
    menus = {m.title(): m for m in (a.menu() for a in window.menuBar().actions()) if m is not None}
    visits = menus["&Visites"]
    texts = [a.text() for a in visits.actions() if not a.isSeparator()]
    assert texts[:3] == ["Visites &apprenantes", "&Nouvelle visite apprenante…", "&Dupliquer la visite apprenante…"]
    assert "&Toutes les visites" in texts
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert window.actions.show_tours in toolbar.actions() and window.actions.show_visits in toolbar.actions()
    # No tour yet: what needs one is disabled, even before the tour panel is built.
    assert not window.actions.duplicate_tour.isEnabled() and not window.actions.export_booklet.isEnabled()


def test_with_no_tour_the_panel_says_what_to_do_and_its_buttons_wait(window):
    window.actions.show_tours.trigger()
    view = window.tour_view
    assert window.tour_dock.isVisible()
    assert view.stack.currentWidget() is view.empty_page
    assert view.empty_title.text() == "Préparer une visite apprenante"
    assert view.empty_new_button.isVisible() and view.empty_new_button.isEnabled()
    for button in (view.duplicate_button, view.delete_button, view.programme_button, view.booklet_button):
        assert not button.isEnabled()
    assert not view.tour_combo.isEnabled()


def test_the_new_tour_dialog_asks_title_dates_organiser_and_service(qtbot, window, store, monkeypatch, type_text):
    def fill(dialog):
        assert dialog.windowTitle() == "Nouvelle visite apprenante"
        # Its title is read whole: the dialog is wider than the title's text.
        assert dialog.width() > dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) * 2
        assert not dialog.ok_button.isEnabled()                     # no title, no tour
        type_text(dialog.title_edit, "Tiers-lieux et services publics, Marseille 2026")
        dialog.start_edit.setDate(QDate(2026, 3, 10))
        dialog.end_edit.setDate(QDate(2026, 3, 12))
        type_text(dialog.organiser_edit, "Ville de Marseille")
        type_text(dialog.service_edit, "Direction de l'attractivité")
    run_dialog(monkeypatch, fill)
    window.actions.new_tour.trigger()
    [tour] = store.tours.list()
    assert (tour.title, tour.start_date, tour.end_date, tour.organiser, tour.service) == (
        "Tiers-lieux et services publics, Marseille 2026", "2026-03-10", "2026-03-12", "Ville de Marseille",
        "Direction de l'attractivité")
    view = window.tour_view
    assert view.stack.currentWidget() is view.tour_page and view.tabs.currentIndex() == 0
    assert [view.day_combo.itemData(i) for i in range(view.day_combo.count())] == \
        ["2026-03-10", "2026-03-11", "2026-03-12"]
    assert window.actions.duplicate_tour.isEnabled() and view.booklet_button.isEnabled()
    # The next tour starts from the same organiser and service.
    second = TourDialog(store, window.ops, window)
    assert (second.organiser_edit.text(), second.service_edit.text()) == (
        "Ville de Marseille", "Direction de l'attractivité")


def test_the_stop_form_tabs_in_its_visual_order_and_shows_the_end_and_the_trip(qtbot, view, store, type_text):
    panier, noailles = (store.sites.save(Site(**p))[0] for p in (PANIER, NOAILLES))
    tour = view.create_tour("Tournée")
    for site in (panier, noailles):
        store.tours.add_stop(Stop(tour.id, site.id, tour.start_date))
    view.reload_stops()
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    editor = view.stop_editor
    editor.time_edit.setFocus()
    chain = []
    for _ in range(7):                                               # Tab, as the agent presses it
        focused = view.focusWidget()
        chain.append(focused.parentWidget() if focused.objectName() == "qt_spinbox_lineedit" else focused)
        qtbot.keyClick(focused, Qt.Key_Tab)
    assert chain == [editor.time_edit, editor.duration_spin, editor.host_edit, editor.phone_edit,
                     editor.meeting_edit, editor.travel_spin, view.notebook_button]
    assert editor.travel_spin.text() == "estimé : ≈ 15 min à pied (1,0 km)"
    right_end = editor.time_edit.rect().center() + QPoint(editor.time_edit.width() // 2 - 3, 0)
    qtbot.mouseClick(editor.time_edit, Qt.LeftButton, pos=right_end)  # clicked right of « __:__ »
    qtbot.keyClicks(editor.time_edit, "0930")
    editor.duration_spin.setValue(90)
    assert editor.end_label.text() == "→ fin à 11:00"                # computed as it is typed
    type_text(editor.host_edit, "Awa Diallo")
    type_text(editor.phone_edit, "04 91 13 21 91")
    type_text(editor.meeting_edit, "Devant l'accueil, rue Caisserie")
    editor.travel_spin.setFocus()
    qtbot.keyClick(editor.travel_spin, Qt.Key_Up)                     # from the estimate, not from 0
    assert editor.travel_spin.value() == 20
    view.notebook_button.setFocus()                                  # leaving the field writes the stop
    stop = store.tours.stops(tour.id)[0]
    assert (stop.planned_time, stop.duration_min, stop.host, stop.host_phone, stop.meeting_point,
            stop.travel_min) == ("09:30", 90, "Awa Diallo", "04 91 13 21 91", "Devant l'accueil, rue Caisserie", 20)
    item = view.tree.topLevelItem(0).child(0)
    assert (item.text(1), item.text(2)) == ("09:30–11:00", "20 min")
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(1))     # the day's last stop: no trip after it
    assert not editor.travel_spin.isEnabled() and "dernière étape" in editor.travel_spin.text()


def test_a_participant_s_typo_is_corrected_in_place(qtbot, view, store, type_text):
    tour = view.create_tour("Tournée")
    store.tours.add_participant(tour.id, Attendance(Person(name="Camile Martin", service="Urbanisme"), "élue"))
    people = view.participants
    people.reload()
    assert people.table.horizontalHeaderItem(2).text() == "Service" == people.service_edit.placeholderText()
    people.table.setCurrentCell(0, 0)
    people.table.editItem(people.table.item(0, 0))
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Camille Martin\n")
    [attendance] = store.tours.participants(tour.id)
    assert (attendance.person.name, attendance.person.service, attendance.role) == ("Camille Martin", "Urbanisme", "élue")
    people.table.item(0, 1).setText("adjointe au maire")              # the role, in place too
    assert store.tours.participants(tour.id)[0].role == "adjointe au maire"
    assert store.db.execute("SELECT count(*) FROM persons").fetchone()[0] == 1     # the same person, corrected


def test_an_emptied_name_is_refused_and_the_name_comes_back(qtbot, view, store, dialogs):
    tour = view.create_tour("Tournée")
    store.tours.add_participant(tour.id, Attendance(Person(name="Awa Diallo")))
    view.participants.reload()
    view.participants.table.item(0, 0).setText("  ")
    assert "Le nom ne peut pas être vide" in dialogs.shown[0][1]
    assert view.participants.table.item(0, 0).text() == "Awa Diallo"
    assert store.tours.participants(tour.id)[0].person.name == "Awa Diallo"


def test_people_met_say_structure_where_participants_say_service(qtbot, store, ops):
    from tl_desktop.ui.people_widget import PeopleWidget

    met = PeopleWidget(store, ops, kind="visit")
    qtbot.addWidget(met)
    assert met.table.horizontalHeaderItem(2).text() == "Structure" == met.service_edit.placeholderText()
    assert not met.import_button.isVisibleTo(met)                       # spreadsheets are for participants


def test_participants_are_imported_from_the_published_list_and_exported(qtbot, view, store, dialogs, monkeypatch,
                                                                       tmp_path):
    from tl_desktop.ui import file_dialogs

    tour = view.create_tour("Visite apprenante Bouches-du-Rhône")
    monkeypatch.setattr(file_dialogs, "open_path", lambda *a: DATA / "rne-deputes-13.csv")
    dialogs.answer = QMessageBox.Yes
    view.participants.import_button.click()
    assert "16 personne(s) trouvée(s)" in dialogs.shown[0][1] and "Monique GRISETI" in dialogs.shown[0][1]
    assert "16 participant(s) ajouté(s)." in dialogs.shown[1][1]
    assert len(store.tours.participants(tour.id)) == 16 and view.participants.table.rowCount() == 16
    view.participants.import_button.click()                            # twice: nobody twice
    assert "0 participant(s) ajouté(s)" in dialogs.shown[-1][1] and len(store.tours.participants(tour.id)) == 16

    written = []
    view.participants.document_written.connect(written.append)
    target = tmp_path / "liste.csv"
    asked = []
    monkeypatch.setattr(file_dialogs, "save_path", lambda parent, kind, title, name, filters: asked.append(name) or target)
    dialogs.answer = QMessageBox.No                                    # « Sans les coordonnées »
    view.participants.export_button.click()
    assert "données personnelles" in dialogs.shown[-1][1]              # asked first, as the PDFs do
    assert asked == ["participants-visite-apprenante-bouches-du-rhone-" + tour.start_date + ".csv"]
    assert written == [str(target)]
    assert target.read_bytes().decode("utf-8-sig").splitlines()[0] == "Nom;Rôle;Service"
    dialogs.answer = QMessageBox.Cancel
    target.unlink()
    view.participants.export_button.click()
    assert not target.exists()                                          # cancelled: nothing written


def test_next_year_s_tour_is_a_duplicate_with_new_dates_and_no_notes(qtbot, window, store, monkeypatch, dialogs):
    panier, noailles = (store.sites.save(Site(**p))[0] for p in (PANIER, NOAILLES))
    tour, _ = store.tours.save(Tour(title="Visite 2025", start_date="2025-02-11", end_date="2025-02-12",
                                    organiser="Ville de Marseille"))
    store.tours.add_participant(tour.id, Attendance(Person(name="Camille Martin"), "élue"))
    first, _ = store.tours.add_stop(Stop(tour.id, panier.id, "2025-02-11", planned_time="09:30", host="Awa"))
    store.tours.add_stop(Stop(tour.id, noailles.id, "2025-02-12", planned_time="14:00"))
    store.visits.create(panier.id, stop_id=first.id, visit_date="2025-02-11")
    window.show_tours()

    def fill(dialog):
        assert dialog.windowTitle() == "Dupliquer la visite apprenante"
        assert dialog.title_edit.text() == "Visite 2025 (copie)"
        assert dialog.start_edit.date() == QDate(2026, 2, 10)          # 52 weeks later: a Tuesday again
        assert dialog.end_edit.date() == QDate(2026, 2, 11) and not dialog.end_edit.isEnabled()
        assert "2 étape(s)" in dialog.summary.text() and "ne sont pas copiées" in dialog.summary.text()
        dialog.title_edit.setText("Visite 2026")
    run_dialog(monkeypatch, fill)
    window.actions.duplicate_tour.trigger()
    copy = next(t for t in store.tours.list() if t.title == "Visite 2026")
    assert window.tour_view.current_tour().id == copy.id                # the copy is opened
    assert [(s.day, s.planned_time, s.host) for s in store.tours.stops(copy.id)] == [
        ("2026-02-10", "09:30", "Awa"), ("2026-02-11", "14:00", "")]
    assert [a.person.name for a in store.tours.participants(copy.id)] == ["Camille Martin"]
    assert store.visits.of_tour(copy.id) == []
