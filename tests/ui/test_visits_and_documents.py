"""« Toutes les visites » with its filters, and documents: named from the place and date,
saved where the agent saved the last one (else in Documents), offered to be opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from tl_desktop.domain import Site, Stop, Tour
from tl_desktop.ui import file_dialogs


@pytest.fixture
def window(qtbot, store, tmp_path, monkeypatch):
    from tl_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def visits(store):
    """Three visits: two in a tour, one alone, by two authors, over two years."""
    belle, _ = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))
    cafe, _ = store.sites.save(Site(name="Café associatif « La Cantine »", commune="Die"))
    tour, _ = store.tours.save(Tour(title="Visite apprenante 2025", start_date="2025-02-11"))
    stop, _ = store.tours.add_stop(Stop(tour.id, belle.id, "2025-02-11"))
    a, _ = store.visits.create(belle.id, stop_id=stop.id, visit_date="2025-02-11", author="Awa")
    b, _ = store.visits.create(cafe.id, visit_date="2024-10-03", author="Groupe 2")
    c, _ = store.visits.create(belle.id, visit_date="2025-06-20", author="Groupe 2")
    store.visits.set_notes(b.id, "Un café très fréquenté le matin.")
    return {"belle": belle, "cafe": cafe, "tour": tour, "a": a, "b": b, "c": c}


def test_every_visit_is_listed_filtered_and_opened_by_double_click(qtbot, window, store, visits, type_text):
    window.actions.show_visits.trigger()
    view = window.visits_view
    assert window.visits_dock.isVisible()
    assert view.visit_ids() == [visits["c"].id, visits["a"].id, visits["b"].id]        # newest first
    assert view.count_label.text() == "3 visite(s)"
    view.tour_combo.setCurrentIndex(view.tour_combo.findData(visits["tour"].id))
    view.tour_combo.activated.emit(view.tour_combo.currentIndex())
    assert view.visit_ids() == [visits["a"].id]
    view.clear_filters()
    view.author_combo.setCurrentIndex(view.author_combo.findText("Groupe 2"))
    view.author_combo.activated.emit(view.author_combo.currentIndex())
    assert view.visit_ids() == [visits["c"].id, visits["b"].id]
    view.from_edit.setDate(QDate(2025, 1, 1))                           # and from 2025 on
    assert view.visit_ids() == [visits["c"].id]
    view.clear_filters()
    view.site_combo.setCurrentIndex(view.site_combo.findData(visits["cafe"].id))
    view.site_combo.activated.emit(view.site_combo.currentIndex())
    assert view.visit_ids() == [visits["b"].id]
    view.clear_filters()
    type_text(view.search_edit, "frequente")                            # accents ignored, in the notes
    qtbot.waitUntil(lambda: view.visit_ids() == [visits["b"].id], timeout=2000)
    view.table.selectRow(0)
    assert view.preview.text() == "Notes : Un café très fréquenté le matin."
    rect = view.table.visualRect(view.proxy.index(0, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())   # a double-click starts with
    qtbot.mouseDClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())  # a press (QTest sends none)
    assert window.notebook.visit_id() == visits["b"].id and window.notebook_dock.isVisible()


def test_the_list_follows_notes_written_and_visits_deleted_elsewhere(qtbot, window, store, visits):
    window.show_visits()
    view = window.visits_view
    view.search_edit.setText("chaleureux")
    view.apply_filter()
    assert view.visit_ids() == []
    window.ops.call(lambda s: s.visits.set_notes(visits["a"].id, "Accueil chaleureux."))
    qtbot.waitUntil(lambda: view.visit_ids() == [visits["a"].id], timeout=3000)
    window.ops.call(lambda s: s.visits.delete(visits["a"].id))
    qtbot.waitUntil(lambda: view.visit_ids() == [], timeout=3000)


def test_file_dialogs_start_in_documents_and_remember_each_kind_s_folder(qtbot, window, tmp_path, monkeypatch):
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    asked = []

    def fake_save(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "elus" / "livret"), filters
    (tmp_path / "elus").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    first = file_dialogs.save_path(window, file_dialogs.PDF_BOOKLET, "t", "livret-x.pdf", "Documents PDF (*.pdf)")
    assert Path(asked[0]) == documents / "livret-x.pdf"                 # not the program's folder
    assert first == tmp_path / "elus" / "livret.pdf"                    # the extension added
    file_dialogs.save_path(window, file_dialogs.PDF_BOOKLET, "t", "livret-y.pdf", "Documents PDF (*.pdf)")
    assert Path(asked[1]) == tmp_path / "elus" / "livret-y.pdf"        # where the last booklet went
    file_dialogs.save_path(window, file_dialogs.PARTICIPANTS, "t", "p.csv", "CSV (*.csv)")
    assert Path(asked[2]) == documents / "p.csv"                        # another kind: its own folder
    QSettings().setValue("file_dialogs/" + file_dialogs.PDF_VISIT, str(tmp_path / "gone"))
    assert file_dialogs.start_folder(file_dialogs.PDF_VISIT) == documents   # a vanished folder: Documents


def test_qt_s_own_file_dialog_is_all_in_french(qtbot, qapp):
    from tl_desktop.ui.app import install_translations

    install_translations(qapp, "fr")
    try:
        dialog = QFileDialog(None, "Exporter")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Voir dans\u00a0:"
        assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
        assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"        # qtbase_fr's own, still there
    finally:
        for translator in qapp._translators:
            qapp.removeTranslator(translator)


def test_the_visit_summary_is_named_after_the_place_and_date_and_offered_to_open(qtbot, window, store, visits,
                                                                                 tmp_path, monkeypatch, dialogs):
    offered, opened = [], []
    target = tmp_path / "synthese.pdf"

    def choose(parent, kind, title, name, filters):
        offered.append((kind, name))
        return target
    monkeypatch.setattr(file_dialogs, "save_path", choose)
    monkeypatch.setattr("tl_desktop.ui.document_notice.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    dialogs.answer = QMessageBox.No
    window.open_visit(visits["a"].id)
    runner = window.documents.export_visit()
    with qtbot.waitSignal(runner.finished, timeout=30000):
        pass
    assert offered == [(file_dialogs.PDF_VISIT, "synthese-friche-la-belle-de-mai-2025-02-11.pdf")]
    notice = window.document_notice
    assert notice.isVisible() and notice.label.text() == "Document écrit : synthese.pdf"
    notice.open_button.click()
    notice.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(tmp_path))]
    target.unlink()
    notice.open_button.click()                                           # moved away since: said, not crashed
    assert "n'existe plus" in window.statusBar().currentMessage()


def test_tour_documents_are_named_after_the_tour_and_its_first_day(qtbot, window, store, visits, monkeypatch):
    offered = []
    monkeypatch.setattr(file_dialogs, "save_path", lambda parent, kind, title, name, filters: offered.append(
        (kind, name)))
    window.documents.export_tour(visits["tour"].id, "programme")
    window.documents.export_tour(visits["tour"].id, "tour")
    assert offered == [(file_dialogs.PDF_PROGRAMME, "programme-visite-apprenante-2025-2025-02-11.pdf"),
                       (file_dialogs.PDF_BOOKLET, "livret-visite-apprenante-2025-2025-02-11.pdf")]


def test_export_names_are_safe_on_windows():
    assert file_dialogs.export_name("visit", 'Café « La Cantine » : <b>*?/\\|"', "2025-02-11") == \
        "synthese-cafe-la-cantine-b-2025-02-11.pdf"
    assert file_dialogs.export_name("booklet", "", "") == "livret.pdf"
    assert len(file_dialogs.export_name("visit", "Œuvre " * 40, "2025-02-11")) < 90
