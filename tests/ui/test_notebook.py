"""The visit notebook: typed notes and grid answers reach the store without a Save button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tl_desktop.domain import Site
from tl_desktop.views.notebook_view import AUTOSAVE_DELAY_MS, NotebookView


@pytest.fixture
def visit(store):
    site, _ = store.sites.save(Site(name="Friche <b>la Belle de Mai</b>", commune="Marseille"))
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11", author="Agent")
    return visit


@pytest.fixture
def notebook(qtbot, store, ops, visit):
    view = NotebookView(store, ops)
    qtbot.addWidget(view)
    view.open_visit(visit.id)
    view.show()
    return view


def test_notes_are_saved_within_a_second_of_the_last_keystroke(qtbot, store, visit, notebook, type_text):
    with qtbot.waitSignal(notebook.saved, timeout=AUTOSAVE_DELAY_MS + 1000) as blocker:
        type_text(notebook.notes_edit, "Accueil très chaleureux & <script>")
        assert store.visits.get(visit.id).notes == ""       # not yet: it waits for a pause
    assert store.visits.get(visit.id).notes == "Accueil très chaleureux & <script>"
    assert len(blocker.args[0]) == 5                       # « 14:32 » for the status bar


def test_grid_answers_are_saved_and_come_back(qtbot, store, ops, visit, notebook, type_text):
    share = notebook._editors[("modele_economique", "autofinancement")]
    type_text(share.edit, "62,5")
    statut = notebook._editors[("foncier", "statut")]
    statut.combo.setCurrentIndex(statut.combo.findData("occupation_temporaire"))
    statut.edited.emit()
    forces = notebook._editors[("forces_fragilites", "forces")]
    type_text(forces.edit, "Réseau d'habitants\nBénévoles")
    assert notebook.flush()                                  # Ctrl+S / focus change path
    answers = store.visits.get(visit.id).answers
    assert answers["modele_economique"] == {"autofinancement": 62.5}
    assert answers["foncier"] == {"statut": "occupation_temporaire"}
    assert answers["forces_fragilites"]["forces"] == ["Réseau d'habitants", "Bénévoles"]
    again = NotebookView(store, ops)
    qtbot.addWidget(again)
    again.open_visit(visit.id)
    assert again._editors[("modele_economique", "autofinancement")].edit.text() == "62,5"
    assert again._editors[("forces_fragilites", "forces")].edit.toPlainText() == "Réseau d'habitants\nBénévoles"


def test_a_focus_change_writes_at_once(qtbot, store, visit, notebook, type_text):
    notebook.notes_edit.setFocus()
    type_text(notebook.notes_edit, "Atelier bois")
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    notebook._on_focus_changed(notebook.notes_edit, other)    # what QApplication.focusChanged sends
    assert store.visits.get(visit.id).notes == "Atelier bois"
    assert not notebook.has_pending()


def test_a_refused_value_stays_on_screen_marked_and_nothing_else_is_lost(qtbot, store, visit, notebook, type_text):
    problems = []
    notebook.problem.connect(problems.append)
    share = notebook._editors[("modele_economique", "autofinancement")]
    type_text(share.edit, "120")
    type_text(notebook.notes_edit, "Notes gardées")
    assert not notebook.flush()
    assert "Réponse invalide" in problems[0]
    assert share.edit.text() == "120" and "c0392b" in share.styleSheet()
    assert store.visits.get(visit.id).notes == "Notes gardées"
    assert notebook.has_pending()                          # retried at the next change
    share.edit.setText("60")
    assert notebook.flush() and store.visits.get(visit.id).answers["modele_economique"]["autofinancement"] == 60


def test_the_header_shows_the_site_name_as_typed(notebook):
    assert notebook.header.textFormat() == Qt.PlainText
    assert notebook.header.text().startswith("Friche <b>la Belle de Mai</b> — Marseille — mardi 11 février 2025")


def test_a_visit_started_from_the_catalog_is_written_on_close_and_reopened(qtbot, store, tmp_path, type_text,
                                                                            monkeypatch):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)   # the map has its own tests
    site, _ = store.sites.save(Site(name="Garage solidaire", commune="Die"))
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.catalog.select_site(site.id)
    window.actions.new_visit.trigger()
    assert window.notebook_dock.isVisible()
    visit_id = window.notebook.visit_id()
    assert store.visits.get(visit_id).site_id == site.id
    type_text(window.notebook.notes_edit, "Typed just before closing")
    assert window.close()                                  # no wait for the autosave delay
    assert store.visits.get(visit_id).notes == "Typed just before closing"

    again = MainWindow(store, tmp_path)                     # the next start
    qtbot.addWidget(again)
    again.start_deferred()
    assert again.notebook.visit_id() == visit_id
    assert again.notebook.notes_edit.toPlainText() == "Typed just before closing"
    assert "rouvert" in again.statusBar().currentMessage()


def test_typing_without_a_pause_is_still_written_every_second(qtbot, store, visit, notebook, type_text):
    # 2 s of steady typing, a key every 50 ms: a debounce would write nothing until the pause.
    for i in range(40):
        type_text(notebook.notes_edit, "x")
        qtbot.wait(50)
        if i == 30:
            assert len(store.visits.get(visit.id).notes) >= 30 - 1000 // 50   # at most 1 s behind


def test_the_visit_summary_is_exported_from_the_window(qtbot, store, visit, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.open_visit(visit.id)
    type_out = tmp_path / "synthese.pdf"
    runner = window.documents.export_visit_to(visit.id, type_out, include_people=False)
    with qtbot.waitSignal(runner.finished, timeout=20000):
        pass
    text = PdfReader(str(type_out)).pages[0].extract_text()
    assert "Friche <b>la Belle de Mai</b>" in text
    assert "Synthèse écrite" in window.statusBar().currentMessage()


def test_people_met_are_added_removed_and_erased_everywhere(qtbot, store, visit, notebook, dialogs, type_text):
    from PySide6.QtWidgets import QMessageBox

    from tl_desktop.domain import Attendance, Person, Tour

    people = notebook.people
    type_text(people.name_edit, "Camille Martin")
    type_text(people.role_edit, "coordinatrice")
    qtbot.mouseClick(people.add_button, Qt.LeftButton)
    assert [a.person.name for a in store.visits.people(visit.id)] == ["Camille Martin"]
    assert people.table.item(0, 1).text() == "coordinatrice" and people.name_edit.text() == ""
    # The same person also takes part in a tour: erasing removes them from both.
    person_id = store.visits.people(visit.id)[0].person.id
    tour, _ = store.tours.save(Tour(title="Tournée"))
    store.tours.add_participant(tour.id, Attendance(Person(name="Camille Martin", id=person_id)))
    people.table.selectRow(0)
    qtbot.mouseClick(people.erase_button, Qt.LeftButton)        # answered « Annuler » first
    assert store.visits.people(visit.id)
    dialogs.answer = QMessageBox.Yes
    qtbot.mouseClick(people.erase_button, Qt.LeftButton)
    assert store.visits.people(visit.id) == [] and store.tours.participants(tour.id) == []
    assert people.table.rowCount() == 0


def test_ctrl_z_in_the_notebook_undoes_a_grid_choice_and_saves_it(qtbot, store, visit, tmp_path, monkeypatch):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.open_visit(visit.id)
    statut = window.notebook._editors[("foncier", "statut")]
    for code in ("locataire", "occupation_temporaire"):
        statut.combo.setCurrentIndex(statut.combo.findData(code))
        statut.combo.activated.emit(statut.combo.currentIndex())      # as a user's pick does
    statut.combo.setFocus()
    window._on_focus_changed(None, statut.combo)                      # focus is in the notebook
    window.undo_action.trigger()
    assert statut.value() == "locataire"
    window.notebook.flush()
    assert store.visits.get(visit.id).answers["foncier"]["statut"] == "locataire"
    window.redo_action.trigger()
    window.notebook.flush()
    assert store.visits.get(visit.id).answers["foncier"]["statut"] == "occupation_temporaire"
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.notebook.flush()
    assert "statut" not in store.visits.get(visit.id).answers.get("foncier", {})   # back to unanswered


def test_every_visit_of_a_site_is_listed_in_its_form_and_opens(qtbot, store, visit, tmp_path, monkeypatch):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    older = visit
    newer, _ = store.visits.create(visit.site_id, visit_date="2025-06-02", author="Autre agent")
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.open_site(visit.site_id)
    listed = window.form.visits_list
    assert [listed.item(i).text() for i in range(listed.count())] == ["2025-06-02 — Autre agent",
                                                                      "2025-02-11 — Agent"]
    listed.itemActivated.emit(listed.item(1))
    assert window.notebook.visit_id() == older.id
    assert newer.id != older.id


def test_exporting_asks_where_and_about_personal_data(qtbot, store, visit, tmp_path, monkeypatch, dialogs):
    from PySide6.QtWidgets import QFileDialog

    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    target = tmp_path / "sortie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.open_visit(visit.id)
    runner = window.documents.export_visit()                    # « Non » (the default) to personal data
    with qtbot.waitSignal(runner.finished, timeout=20000):
        pass
    assert dialogs.titles() == ["Données personnelles"] and target.exists()
