"""The notebook in the field: labels read whole, scales that say what 1 and 5 mean, dates
from a calendar, the notebook reopened where the agent was, and a full-window writing mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from tl_desktop.domain import Site
from tl_desktop.views.notebook_view import NotebookView


@pytest.fixture
def visit(store):
    site, _ = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))
    return store.visits.create(site.id, visit_date="2025-02-11", author="Agent")[0]


@pytest.fixture
def notebook(qtbot, store, ops, visit):
    view = NotebookView(store, ops)
    qtbot.addWidget(view)
    view.resize(420, 700)                   # a side dock's width
    view.show()
    view.open_visit(visit.id)
    return view


def label_of(notebook, key) -> QLabel:
    editor = notebook._editors[key]
    return next(label for label in notebook.findChildren(QLabel) if label.buddy() is editor)


def test_long_labels_wrap_whole_in_a_narrow_dock(qtbot, notebook):
    label = label_of(notebook, ("gouvernance", "place_usagers"))
    assert label.text() == "Place des habitants et des usagers dans les décisions"
    qtbot.waitUntil(lambda: label.width() > 0)
    lines = label.height() // label.fontMetrics().lineSpacing()
    needed = label.fontMetrics().boundingRect(0, 0, label.width(), 10_000, Qt.TextWordWrap, label.text()).height()
    assert label.height() >= needed                       # every line shown: nothing cut
    assert lines >= 1 and label.width() > notebook.width() * 0.6    # the dock's width, above its field


def test_rating_scales_say_what_their_ends_mean(notebook):
    mixite = notebook._editors[("publics", "mixite")]
    items = [mixite.combo.itemText(i) for i in range(mixite.combo.count())]
    assert items == ["—", "1 / 5 — très faible", "2 / 5", "3 / 5", "4 / 5", "5 / 5 — très forte"]
    assert mixite.scale_hint.text() == "1 = très faible … 5 = très forte"


def test_a_date_answer_is_picked_from_a_calendar_stored_iso_and_cleared(qtbot, store, visit, notebook):
    editor = notebook._editors[("foncier", "fin_occupation")]
    assert editor.edit.text() == "non renseigné" and editor.value() is None
    assert not editor.field.clear_button.isEnabled()
    calendar = editor.edit.calendarWidget()
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key_Down, Qt.AltModifier)     # opens the calendar, as a click on the arrow
    assert calendar.isVisible()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())   # not January 1900
    calendar.setSelectedDate(QDate(2027, 6, 30))           # a day picked in the calendar
    qtbot.keyClick(calendar.findChild(QAbstractItemView), Qt.Key_Return)
    assert not calendar.isVisible()
    assert notebook.flush()
    assert store.visits.get(visit.id).answers["foncier"]["fin_occupation"] == "2027-06-30"
    assert editor.edit.text() == "30/06/2027"
    editor.field.clear_button.click()                      # back to « non renseigné »
    assert notebook.flush()
    assert "fin_occupation" not in (store.visits.get(visit.id).answers.get("foncier") or {})
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key_Up)                 # ↑ on no date starts from today
    assert editor.value() == today.toString("yyyy-MM-dd")
    qtbot.keyClick(editor.edit, Qt.Key_Delete)             # Suppr: no date again
    assert editor.value() is None
    notebook.undo_stack.clear()


def test_the_notebook_reopens_where_the_agent_was(qtbot, store, ops, visit, notebook, type_text):
    other_site, _ = store.sites.save(Site(name="Foresta", commune="Marseille"))
    other, _ = store.visits.create(other_site.id, visit_date="2025-02-12")
    comment = notebook._editors[("foncier", "_commentaire")]
    comment.setFocus()
    type_text(comment, "Bail précaire jusqu'en 2027.")
    cursor = comment.textCursor()
    cursor.setPosition(5)
    comment.setTextCursor(cursor)
    scrollbar = notebook._grid_page.verticalScrollBar()
    qtbot.waitUntil(lambda: scrollbar.maximum() > 600)
    scrollbar.setValue(600)
    notebook._on_focus_changed(None, comment)            # what QApplication.focusChanged sends
    assert notebook.open_visit(other.id)                  # another visit: it starts at the top
    assert scrollbar.value() == 0 and notebook.focused_field() is None

    again = NotebookView(store, ops)                      # the next morning: a new window
    qtbot.addWidget(again)
    again.resize(420, 700)
    again.show()
    again.open_visit(visit.id)
    bar = again._grid_page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == 600, timeout=2000)
    field = again._editors[("foncier", "_commentaire")]
    assert again.focused_field() == ("foncier", "_commentaire")
    assert again.focusWidget() is field and field.textCursor().position() == 5
    assert field.toPlainText() == "Bail précaire jusqu'en 2027."


def test_a_deleted_visit_forgets_its_place(qtbot, store, visit, notebook):
    from tl_desktop.ui.notebook_positions import saved_position

    notebook.tabs.setCurrentIndex(1)
    notebook.save_position()
    assert saved_position(visit.id)["tab"] == 1
    notebook.close_visit()
    assert saved_position(visit.id) == {}


@pytest.fixture
def window(qtbot, store, tmp_path, monkeypatch, visit):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def test_the_writing_mode_shows_the_notebook_alone_full_screen_and_loses_nothing(qtbot, store, visit, window,
                                                                                 type_text):
    window.show_tours()
    window.open_visit(visit.id)
    notebook = window.notebook
    notebook.tabs.setCurrentIndex(1)
    notes = notebook.notes_edit
    notes.setFocus()
    type_text(notes, "Accueil par l'équipe. ")
    window.actions.writing_mode.trigger()                 # F11 / Ctrl+Maj+F
    assert window.writing_mode.is_on() and window.isFullScreen()
    assert not window.splitter.isVisible() and not window.menuBar().isVisible()
    assert not window.tour_dock.isVisible() and window.notebook_dock.isVisible()
    assert notebook.notes_edit is notes and notebook.writing_button.isChecked()
    type_text(notes, "Atelier bois au rez-de-chaussée.")  # typing goes on, in the same editor
    shortcut = QKeyEvent(QEvent.ShortcutOverride, Qt.Key_F11, Qt.NoModifier)
    QApplication.sendEvent(notes, shortcut)
    qtbot.keyClick(notes, Qt.Key_F11)                     # F11 still works with the menu bar hidden
    assert not window.writing_mode.is_on() and not window.isFullScreen()
    assert window.splitter.isVisible() and window.menuBar().isVisible() and window.tour_dock.isVisible()
    assert notes.toPlainText() == "Accueil par l'équipe. Atelier bois au rez-de-chaussée."
    assert notebook.flush()
    assert store.visits.get(visit.id).notes == "Accueil par l'équipe. Atelier bois au rez-de-chaussée."
    notebook.writing_button.click()                        # the notebook's own button
    assert window.writing_mode.is_on()
    qtbot.keyClick(notes, Qt.Key_Escape)                  # Échap leaves
    assert not window.writing_mode.is_on() and not notebook.writing_button.isChecked()


def test_the_writing_mode_needs_an_open_visit(qtbot, window):
    window.actions.writing_mode.trigger()
    assert not window.writing_mode.is_on() and not window.actions.writing_mode.isChecked()
    assert "Ouvrez d'abord une visite" in window.statusBar().currentMessage()


def test_after_a_restart_the_window_reopens_the_notebook_where_it_was_left(qtbot, store, visit, tmp_path,
                                                                           monkeypatch):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    first = MainWindow(store, tmp_path)
    qtbot.addWidget(first)
    first.resize(1366, 768)
    first.show()
    first.open_visit(visit.id)
    bar = first.notebook._grid_page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 900)
    bar.setValue(900)
    partners = first.notebook._editors[("gouvernance", "partenaires")]
    partners.setFocus()
    first.notebook._on_focus_changed(None, partners.edit)
    first.close()                                          # quitting saves where the agent was

    second = MainWindow(store, tmp_path)                   # the next morning
    qtbot.addWidget(second)
    second.resize(1366, 768)
    second.show()
    second._reopen_last_visit()                            # what start_deferred does
    again = second.notebook
    qtbot.waitUntil(lambda: again._grid_page.verticalScrollBar().value() == 900, timeout=3000)
    assert again.visit_id() == visit.id and again.focused_field() == ("gouvernance", "partenaires")
    assert second.focusWidget() is again._editors[("gouvernance", "partenaires")].edit


def test_deleting_the_last_tour_brings_the_empty_state_back(qtbot, store, ops, dialogs):
    from PySide6.QtWidgets import QMessageBox

    from tl_desktop.views.tour_view import TourView

    view = TourView(store, ops, lambda: None)
    qtbot.addWidget(view)
    view.create_tour("Tournée")
    assert view.stack.currentWidget() is view.tour_page and view.delete_button.isEnabled()
    dialogs.answer = QMessageBox.Yes
    view.delete_button.click()
    assert store.tours.list() == []
    assert view.stack.currentWidget() is view.empty_page and not view.delete_button.isEnabled()
