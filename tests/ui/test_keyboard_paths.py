"""The keyboard paths of the main window: search to results to form, menus on a US keyboard, Ctrl+S."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tl_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store, tmp_path, monkeypatch):
    """The main window on the first 20 places of the real France Services list (ANCT, Licence Ouverte)."""
    from tl_desktop.base.resources import resource
    from tl_desktop.io.importing import import_file

    lines = resource("demo", "liste-fs-20240801.csv").read_text(encoding="utf-8").splitlines()
    sample = tmp_path / "france-services.csv"
    sample.write_text("\n".join(lines[:21]) + "\n", encoding="utf-8")
    assert import_file(store, sample).imported == 20
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)     # the map has its own tests
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load_site(None))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def names_shown(catalog) -> list[str]:
    return [catalog.model.data(catalog.model.index(r, 0)) for r in range(catalog.model.rowCount())]


# ---- search box → results → form

def test_down_arrow_from_the_search_box_selects_the_first_result(qtbot, window, type_text):
    catalog = window.catalog
    catalog.focus_search()
    type_text(catalog.search_edit, "bus")                  # no pause: the search has not run yet
    qtbot.keyClick(catalog.search_edit, Qt.Key_Down)
    assert catalog.table.hasFocus()
    shown = names_shown(catalog)
    assert len(shown) == 2 and all(name.startswith("Bus France services") for name in shown)
    assert catalog.table.currentIndex().row() == 0
    assert catalog.table.selectionModel().isRowSelected(0)
    qtbot.keyClick(catalog.table, Qt.Key_Down)              # then on through the results as usual
    assert catalog.table.currentIndex().row() == 1
    qtbot.keyClick(catalog.table, Qt.Key_Return)
    assert window.form_dock.isVisible()
    assert window.form.site_id() == catalog.current_site_id()


def test_enter_in_the_search_box_opens_the_first_result(qtbot, window, type_text):
    catalog = window.catalog
    catalog.focus_search()
    type_text(catalog.search_edit, "valserhone")
    qtbot.keyClick(catalog.search_edit, Qt.Key_Return)
    assert window.form_dock.isVisible()
    assert window.form.edits["name"].text() == "France services de Valserhône"
    assert catalog.current_site_id() == window.form.site_id()


def test_enter_in_the_search_box_opens_the_selected_result_when_one_is_shown(qtbot, window, type_text):
    catalog = window.catalog
    catalog.focus_search()
    type_text(catalog.search_edit, "france services")
    qtbot.keyClick(catalog.search_edit, Qt.Key_Down)
    qtbot.keyClick(catalog.table, Qt.Key_Down)
    qtbot.keyClick(catalog.table, Qt.Key_Down)
    chosen = catalog.current_site_id()
    catalog.focus_search()
    qtbot.keyClick(catalog.search_edit, Qt.Key_Return)
    assert window.form.site_id() == chosen and chosen != catalog.model.site_id(0)


def test_down_arrow_with_no_result_leaves_the_focus_in_the_search_box(qtbot, window, type_text):
    catalog = window.catalog
    catalog.focus_search()
    type_text(catalog.search_edit, "zzzz")
    qtbot.keyClick(catalog.search_edit, Qt.Key_Down)
    assert catalog.search_edit.hasFocus() and names_shown(catalog) == []
    qtbot.keyClick(catalog.search_edit, Qt.Key_Return)
    assert not window.form_dock.isVisible()


# ---- menus on a US keyboard

def test_every_menu_has_its_own_plain_ascii_mnemonic(window):
    letters = []
    for action in window.menuBar().actions():
        mnemonic = QKeySequence.mnemonic(action.text()).toString()
        assert mnemonic.startswith("Alt+"), action.text()
        letter = mnemonic.removeprefix("Alt+")
        assert len(letter) == 1 and letter.isascii() and letter.isalpha(), action.text()
        letters.append(letter)
    assert len(letters) == len(set(letters)) >= 4


def test_alt_d_opens_the_edition_menu(qtbot, window):
    qtbot.keyClick(window, Qt.Key_D, Qt.AltModifier)        # a US keyboard has no « É » key
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu.title().replace("&", "") == "Édition"
    menu.close()


# ---- the site form of a new place

def test_a_new_place_shows_the_top_of_the_form_with_its_name_focused(qtbot, store, window):
    form = window.form
    window.open_site(store.sites.query_ids()[0])
    bar = form.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())                             # the agent read down to the visits
    window.actions.new_site.trigger()
    assert bar.value() == 0
    qtbot.waitUntil(form.edits["name"].hasFocus)
    assert "Créé le" not in form.source_label.text()
    assert form.source_label.text() in ("", "Nouveau lieu, pas encore enregistré.")
    form.edits["name"].setText("Tiers-lieu de la gare")
    bar.setValue(bar.maximum())
    window.actions.save_site.trigger()                      # saved: the agent stays where they were
    assert store.sites.query_ids()[-1:] and bar.value() == bar.maximum()
    assert "Créé le" in form.source_label.text()


def test_another_place_is_shown_from_its_top(qtbot, store, window):
    first, second = store.sites.query_ids()[:2]
    window.open_site(first)
    bar = window.form.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.open_site(second)
    assert bar.value() == 0


# ---- « Enregistrer la fiche »

def test_save_is_enabled_only_by_the_forms_changes_and_ctrl_s_still_writes_the_notebook(
        qtbot, store, window, type_text):
    save = window.actions.save_site
    site_id = store.sites.query_ids()[0]
    window.catalog.select_site(site_id)
    window.actions.new_visit.trigger()                      # a notebook is open
    assert not save.isEnabled()
    window.open_site(site_id)
    assert not save.isEnabled()                             # the form is shown, unchanged
    window.form.edits["phone"].setText("04 50 56 87 50")
    assert save.isEnabled()
    window.form.revert()
    assert not save.isEnabled()

    notebook = window.notebook
    window.notebook_dock.raise_()
    notebook.tabs.setCurrentWidget(notebook.notes_edit)
    notebook.notes_edit.setFocus()
    qtbot.waitUntil(notebook.notes_edit.hasFocus)
    type_text(notebook.notes_edit, "Accueil sans rendez-vous le matin")
    qtbot.keyClick(notebook.notes_edit, Qt.Key_S, Qt.ControlModifier)
    assert not notebook.has_pending()                       # written at once, not after the delay
    assert store.visits.get(notebook.visit_id()).notes == "Accueil sans rendez-vous le matin"

    window.form.edits["phone"].setText("04 50 56 87 50")    # with changes in the form, Ctrl+S saves both
    type_text(notebook.notes_edit, " et le jeudi")
    qtbot.keyClick(notebook.notes_edit, Qt.Key_S, Qt.ControlModifier)
    assert store.sites.get(site_id).phone == "04 50 56 87 50" and not save.isEnabled()
    assert store.visits.get(notebook.visit_id()).notes.endswith("et le jeudi")
