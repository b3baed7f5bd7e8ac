"""The interface in English (or French), as a European partner (or a French agent) sees it.

The window is built after the language is installed, as at start-up; each test leaves the
application as the other tests expect it (no translator, the French default language).
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QMessageBox, QToolBar

from tl_desktop.domain import Site
from tl_desktop.ui import language
from tl_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The window loads the .qm compiled from the .ts: compiled here if missing or older."""
    runpy.run_path(str(ROOT / "scripts" / "translations.py"))["compile_all"]()


@pytest.fixture
def interface(qapp, monkeypatch):
    """Install a language as at start-up: ``interface("en")``; undone after the test (translators, the
    default locale, the interface's language)."""
    previous = QLocale()
    monkeypatch.setattr(language, "_current", language.interface_language())
    yield lambda code: language.install_translations(qapp, code)
    for translator in getattr(qapp, "_translators", []):
        qapp.removeTranslator(translator)
    qapp._translators = []
    QLocale.setDefault(previous)


@pytest.fixture
def english(interface):
    assert interface("en"), "tl_desktop_en.qm did not load"


@pytest.fixture
def french(interface):
    interface("fr")


@pytest.fixture
def places(store):
    """Three real places of Marseille, the first with a visit of 11 February 2025."""
    from tl_desktop.domain import PublicService

    belle = store.sites.save(Site(name="Friche la Belle de Mai", address="41 rue Jobin", postcode="13003",
                                  commune="Marseille", departement="13", latitude=43.3103, longitude=5.3905,
                                  kinds=["friche_culturelle"], programmes=["fabrique_territoire"],
                                  public_services=[PublicService("mission_locale", "")]))[0]
    store.sites.save(Site(name="Café associatif « La Cantine »", address="2 rue Consolat", postcode="13001",
                          commune="Marseille", departement="13", kinds=["cafe_associatif"]))
    store.sites.save(Site(name="Les Ateliers Vian", commune="Marseille", departement="13", kinds=["fablab"]))
    visit, _ = store.visits.create(belle.id, visit_date="2025-02-11", author="Agent")
    return belle, visit


@pytest.fixture
def window(qtbot, store, tmp_path, monkeypatch, places):
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)   # the map has its own tests
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load_site(None))
    w.resize(1366, 768)
    w.show()
    return w


def menus(window) -> dict[str, list[str]]:
    return {action.text(): [a.text() for a in action.menu().actions() if not a.isSeparator()]
            for action in window.menuBar().actions()}


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_the_window_in_english(english, qtbot, window, store, places, dialogs):
    belle, visit = places
    assert window.windowTitle().startswith("Tiers-Lieux Desktop")
    shown = menus(window)
    assert list(shown) == ["&File", "&Edit", "Vi&sits", "&View", "&Help"]
    assert shown["&File"] == ["&Import a list of places…", "Load the &demonstration catalogue…", "&Quit"]
    assert "Probable d&uplicates in the catalogue…" in shown["&Edit"] and "P&references…" in shown["&Edit"]
    assert shown["Vi&sits"] == ["&Learning tours", "&New learning tour…", "&Duplicate the learning tour…",
                                "&Programme sheet (PDF)…", "Learning tour &booklet (PDF)…", "&All visits",
                                "New &visit to this place", "E&xport the visit summary (PDF)…"]
    # Alt+letter works only if each letter is used once in its menu (and once across the menu bar).
    assert len({mnemonic(t) for t in shown}) == len(shown)
    for title, items in shown.items():
        letters = [mnemonic(t) for t in items if mnemonic(t)]
        assert len(letters) == len(set(letters)), (title, items)
    toolbar = [a.text() for a in window.findChild(QToolBar, "main_toolbar").actions() if not a.isSeparator()]
    assert toolbar == ["&New place", "&Open record", "&Save record", "&Delete place…", "New &visit to this place",
                       "&Import a list of places…", "&Learning tours", "&All visits"]

    catalog = window.catalog
    assert catalog.search_edit.placeholderText() == "Search for a place, a municipality, a type… (accents optional)"
    assert [catalog.kind_combo.itemText(i) for i in range(4)] == ["All types", "Coworking space",
                                                                 "Fablab / shared workshop", "Community café"]
    assert catalog.programme_combo.itemText(0) == "All programmes"
    assert catalog.departement_combo.itemText(0) == "All départements"
    assert catalog.service_check.text() == "Hosts a public service"
    assert catalog.count_label.text() == "3 places"
    catalog.search_edit.setText("cantine")
    qtbot.waitUntil(lambda: catalog.count_label.text() == "1 place of 3")
    headers = [catalog.model.headerData(i, Qt.Horizontal) for i in range(catalog.model.columnCount())]
    assert headers[:4] == ["Name", "Types", "Municipality", "Département"]

    window.open_site(belle.id)
    form = window.form
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {"Name *", "Address", "Postcode", "Municipality", "Legal form"} <= labels
    boxes = [box.title() for box in form.findChildren(QGroupBox)]
    assert {"Types of place", "Programmes and labels", "Public services hosted", "Location"} <= set(boxes)
    kinds = {box.text() for box in form.kind_checks.values()}
    assert {"Repurposed cultural site", "Community café", "Digital inclusion space"} <= kinds
    assert window.form_dock.windowTitle() == "Place record"

    # An error from the core, in English, with the user's text in it.
    dialogs.answer = QMessageBox.Ok
    form.edits["name"].setText("")
    form.edits["name"].textEdited.emit("")
    assert not form.save()
    title, text, _ = dialogs.shown[-1]
    assert (title, text) == ("Cannot save", "The name of the place is required.")
    form.load_site(None)

    window.open_visit(visit.id)
    notebook = window.notebook
    tabs = [re.sub(r" \(\d+\)$", "", notebook.tabs.tabText(i)) for i in range(notebook.tabs.count())]
    assert tabs == ["Grid", "Notes", "People", "Photos"]
    themes = [box.title() for box in notebook.findChildren(QGroupBox)]
    assert themes[:3] == ["Activities and services offered", "Users and attendance", "Governance"]
    assert "Strengths and weaknesses" in themes
    assert "Tuesday 11 February 2025" in notebook.header.text()
    status = notebook._editors[("foncier", "statut")].combo
    assert [status.itemText(i) for i in range(1, status.count())][:2] == ["Owner", "Tenant"]
    legal = notebook._editors[("gouvernance", "forme_juridique")].combo
    assert legal.itemText(legal.findData("collectivite")) == "Local authority"
    assert window.notebook_dock.windowTitle() == "Visit notebook"


def test_qt_s_own_buttons_numbers_and_dates_follow_the_interface(english, qtbot):
    box = QMessageBox(QMessageBox.Question, "t", "x", QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.Yes, QMessageBox.No, QMessageBox.Cancel)] == \
        ["&Yes", "&No", "Cancel"]
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert language.long_date("2025-02-11") == "Tuesday 11 February 2025"
    assert language.interface_translator().translate("reports", "Notes") == "Notes"


def test_the_same_window_in_french_is_still_french(french, qtbot, window, places, dialogs):
    shown = menus(window)
    assert list(shown) == ["&Fichier", "É&dition", "&Visites", "&Affichage", "A&ide"]
    assert "Doublons &probables du catalogue…" in shown["É&dition"] and "Pré&férences…" in shown["É&dition"]
    for title, items in shown.items():
        letters = [mnemonic(t) for t in items if mnemonic(t)]
        assert len(letters) == len(set(letters)), (title, items)
    assert window.catalog.kind_combo.itemText(0) == "Tous les types"
    assert window.catalog.kind_combo.itemText(3) == "Café associatif"
    assert window.catalog.count_label.text() == "3 lieux"
    window.open_visit(places[1].id)
    tabs = [re.sub(r" \(\d+\)$", "", window.notebook.tabs.tabText(i)) for i in range(window.notebook.tabs.count())]
    assert tabs == ["Grille", "Notes", "Personnes", "Photos"]
    assert "mardi 11 février 2025" in window.notebook.header.text()
    box = QMessageBox(QMessageBox.Question, "t", "x", QMessageBox.Yes | QMessageBox.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.Yes).text() == "&Oui"                  # qtbase_fr.qm
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"


def test_the_preferences_choose_the_language_of_the_next_start(french, qtbot, window, monkeypatch):
    monkeypatch.setattr(language, "system_language", lambda: "fr")
    assert language.chosen_language() == "auto" and language.startup_language() == "fr"
    dialog = window.show_preferences()
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == \
        ["Automatique (langue du système : Français)", "Français", "English"]
    assert "au moment de les exporter" in dialog.note.text()          # nothing changes now
    combo.setCurrentIndex(combo.findData("en"))
    # Said in both languages: someone choosing English may not read the French.
    assert dialog.note.text() == ("La langue choisie s'appliquera au prochain démarrage de l'application.\n"
                                  "The language chosen will apply the next time the application starts.")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert language.chosen_language() == "en" and language.startup_language() == "en"
    assert "prochain démarrage" in window.statusBar().currentMessage()
    assert language.interface_language() == "fr"                    # this session stays French
    language.set_chosen_language("auto")
    monkeypatch.setattr(language, "system_language", lambda: "en")
    assert language.startup_language() == "en"                      # automatic: the system's


def test_a_french_agent_writes_the_visit_summary_in_english(french, qtbot, window, places, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from tl_desktop.ui import file_dialogs
    from tl_desktop.ui.export_options import DocumentOptionsBox

    belle, visit = places
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(file_dialogs, "save_path", lambda parent, kind, title, name, filters: asked.append(name)
                        or target)
    asked = []

    def answer(box):
        asked.append((box.text(), box.language_combo.currentText(), box.button(QMessageBox.Yes).text()))
        box.language_combo.setCurrentIndex(box.language_combo.findData("en"))
        return QMessageBox.No                                          # without the people met
    monkeypatch.setattr(DocumentOptionsBox, "exec", answer)
    window.open_visit(visit.id)
    runner = window.documents.export_visit()
    with qtbot.waitSignal(runner.finished, timeout=30000):
        pass
    assert asked[0] == "synthese-friche-la-belle-de-mai-2025-02-11.pdf"
    assert asked[1][1:] == ("Français", "&Oui")                       # the interface's language by default
    assert "données personnelles" in asked[1][0]
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Tuesday 11 February 2025" in text and "Repurposed cultural site" in text
    assert "mardi" not in text


def test_the_study_s_documents_default_to_the_interface_s_language(english, qtbot, window):
    view = window.show_study()
    qtbot.addWidget(view)
    assert view.document_language_combo.currentData() == "en"
    assert view.document_language_combo.currentText() == "English"
    assert view.export_button.text() == "Export…"
