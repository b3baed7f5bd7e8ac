"""A full disk under the notebook: the text stays, the agent is told, the write is retried, closing asks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox

from tests.storage import small_disk
from tl_desktop.domain import Site, Stop, Tour
from tl_desktop.store import Store
from tl_desktop.ui.main_window import MainWindow
from tl_desktop.views import notebook_view


def test_notes_typed_on_a_full_disk_are_kept_retried_and_never_dropped_silently(
        qtbot, tmp_path, monkeypatch, dialogs, type_text):
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    monkeypatch.setattr(notebook_view, "RETRY_DELAY_MS", 300)
    with small_disk(tmp_path / "disque", 2048) as disk:
        store = Store(disk.folder / "catalogue.tldb")
        site = store.sites.save(Site(name="Foresta", commune="Marseille"))[0]
        visit = store.visits.create(site.id)[0]
        window = MainWindow(store, disk.folder)
        qtbot.addWidget(window)
        window.show()
        window.open_visit(visit.id)
        notebook = window.notebook
        type_text(notebook.notes_edit, "début")
        assert notebook.flush() and store.visits.get(visit.id).notes == "début"

        disk.fill()
        long_text = "Ce que dit l'équipe : " + "bénévoles, atelier, cantine ; " * 3000     # ~90,000 characters
        notebook.notes_edit.setPlainText(long_text)
        with qtbot.waitSignal(notebook.unsaved_changed, timeout=5000) as blocker:
            notebook.write_pending()                           # the autosave's path
        assert blocker.args == [True]
        assert "plein" in notebook.storage_problem()
        assert notebook.notes_edit.toPlainText() == long_text   # still on screen
        assert notebook.has_pending() and store.visits.get(visit.id).notes == "début"
        assert window._unsaved_label.isVisible() and "plein" in window._unsaved_label.text()

        dialogs.answer = QMessageBox.Cancel
        assert not window.close()                              # closing asks first
        assert dialogs.titles() == ["Carnet non enregistré"]
        assert "plein" in dialogs.shown[0][1]

        disk.free()                                            # space comes back: the retry writes it
        qtbot.waitUntil(lambda: not notebook.has_pending(), timeout=5000)
        assert store.visits.get(visit.id).notes == long_text
        assert not window._unsaved_label.isVisible()
        assert window.close()
        store.close()


def test_a_copy_of_the_unsaved_text_can_be_saved_elsewhere(qtbot, tmp_path, monkeypatch, dialogs, type_text):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    with small_disk(tmp_path / "disque", 2048) as disk:
        store = Store(disk.folder / "catalogue.tldb")
        site = store.sites.save(Site(name="Foresta", commune="Marseille"))[0]
        visit = store.visits.create(site.id)[0]
        window = MainWindow(store, disk.folder)
        qtbot.addWidget(window)
        window.open_visit(visit.id)
        disk.fill()
        text = "Notes précieuses : " + "x" * 80_000
        window.notebook.notes_edit.setPlainText(text)
        copy = tmp_path / "copie.txt"                          # on another disk (a USB key…)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
        answers = iter([QMessageBox.Save, QMessageBox.Discard])
        monkeypatch.setattr(QMessageBox, "exec", lambda box: next(answers))
        assert window.close()
        assert text in copy.read_text(encoding="utf-8") and "Notes libres" in copy.read_text(encoding="utf-8")
        store.close()


def damage(path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 3 * 4096] = b"\xde\xad\xbe\xef" * 3072
    path.write_bytes(bytes(data))


def test_opening_a_damaged_catalog_says_so_and_what_to_do(qtbot, tmp_path, monkeypatch, dialogs):
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    path = tmp_path / "catalogue.tldb"
    with Store(path) as store:
        store.sites.add_many([Site(name=f"Lieu {i}", description="texte " * 40) for i in range(3000)])
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(path)
    store = Store(path)
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.checks.check_and_back_up().finished, timeout=20000):
        pass
    [(title, text, _)] = dialogs.shown
    assert title == "Catalogue endommagé" and "sauvegarde" in text and "recover" in text
    assert not (tmp_path / "sauvegardes").exists()          # a damaged file never replaces a good backup
    store.close()


def test_a_sound_catalog_is_backed_up_once_a_day_at_start(qtbot, store, tmp_path, monkeypatch, dialogs):
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    store.sites.save(Site(name="Sauvé", commune="Die"))
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.checks.check_and_back_up().finished, timeout=20000):
        pass
    [copy] = (store.path.parent / "sauvegardes").iterdir()
    with Store(copy) as saved:
        assert saved.sites.count() == 1
    assert dialogs.shown == []


def test_a_catalog_opened_on_a_full_disk_is_shown_read_only_and_says_the_disk_is_full(
        qtbot, tmp_path, monkeypatch, dialogs):
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    with small_disk(tmp_path / "disque", 2048) as disk:
        with Store(disk.folder / "catalogue.tldb") as store:
            site = store.sites.save(Site(name="Foresta", commune="Marseille"))[0]
            visit = store.visits.create(site.id)[0]
        disk.fill()                                    # the app was closed; then the disk filled up
        store = Store(disk.folder / "catalogue.tldb")
        window = MainWindow(store, disk.folder)
        qtbot.addWidget(window)
        window.start_deferred()
        assert dialogs.titles()[-1] == "Disque plein" and "plein" in dialogs.shown[-1][1]
        assert "Disque plein : lecture seule" in [label.text() for label in window.statusBar().findChildren(QLabel)]
        window.open_visit(visit.id)
        notes = window.notebook.notes_edit
        assert notes.isReadOnly()                   # nothing can be typed that could not be saved
        notes.setFocus()
        qtbot.keyClicks(notes, "Notes du jour")
        assert notes.toPlainText() == "" and window.notebook.flush() and not window.notebook.has_pending()
        shown = len(dialogs.shown)
        assert window.close() and len(dialogs.shown) == shown
        store.close()


def test_closing_without_saving_stops_the_retries(qtbot, tmp_path, monkeypatch, dialogs, type_text):
    # « Fermer sans enregistrer »: nothing may then retry against the closed writer (an
    # unexpected error popping up after the window is gone).
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    monkeypatch.setattr(notebook_view, "RETRY_DELAY_MS", 200)
    with small_disk(tmp_path / "disque", 2048) as disk:
        store = Store(disk.folder / "catalogue.tldb")
        site = store.sites.save(Site(name="Foresta", commune="Marseille"))[0]
        visit = store.visits.create(site.id)[0]
        window = MainWindow(store, disk.folder)
        qtbot.addWidget(window)
        window.open_visit(visit.id)
        disk.fill()
        window.notebook.notes_edit.setPlainText("x" * 200_000)
        assert not window.notebook.flush()
        dialogs.answer = QMessageBox.Discard
        assert window.close()
        assert not window.notebook.has_pending()
        qtbot.wait(600)                       # three retry delays: none may run
        assert store.visits.get(visit.id).notes == ""
        store.close()
def test_the_start_checks_the_file_once_the_map_shows_or_soon_after(qtbot, store, tmp_path, monkeypatch, dialogs):
    # Not while Chromium starts (it would slow it on two cores): when the map shows its sites,
    # or after CHECK_LATEST_MS without a map; once either way.
    from tl_desktop.ui import startup_checks
    from tl_desktop.ui.startup_checks import StartupChecks

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    monkeypatch.setattr(startup_checks, "CHECK_LATEST_MS", 200)
    store.sites.save(Site(name="Lieu", commune="Die"))   # not an empty catalog: no demo offered
    checks = []
    monkeypatch.setattr(StartupChecks, "check_and_back_up", lambda self: checks.append(self.parent()))
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.start_deferred()
    assert checks == []                         # not in the start's own turn
    window.checks.check_once()                        # what the map's first « sites shown » does
    assert checks == [window]
    qtbot.wait(400)
    assert checks == [window]                   # the latest-by timer does not check again

    later = MainWindow(store, tmp_path)          # no map shown: the timer checks
    qtbot.addWidget(later)
    later.start_deferred()
    qtbot.waitUntil(lambda: later in checks, timeout=3000)
    later.checks.check_once()
    assert checks.count(later) == 1


def test_a_catalog_on_a_read_only_key_is_read_whole_and_nothing_can_be_typed_that_would_be_lost(
        qtbot, tmp_path, monkeypatch, dialogs):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QInputDialog, QLineEdit, QPlainTextEdit

    from tests.factories.photos import make_photo
    from tl_desktop.ui.photo_viewer import PhotoViewer

    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    with small_disk(tmp_path / "cle", 2048) as disk:
        with Store(disk.folder / "catalogue.tldb") as store:
            site = store.sites.save(Site(name="Foresta", commune="Marseille"))[0]
            visit = store.visits.create(site.id)[0]
            store.visits.set_notes(visit.id, "Accueil par l'équipe.")
            photo = store.attachments.attach_files(visit.id, [make_photo(tmp_path / "atelier.jpg")]).added[0]
            store.attachments.set_caption(photo.id, "L'atelier bois")
            tour = store.tours.save(Tour(title="Visite apprenante Marseille", start_date="2026-11-12"))[0]
            store.tours.add_stop(Stop(tour_id=tour.id, site_id=site.id, day="2026-11-12"))
        disk.read_only()                                  # the USB key's write-protect switch
        store = Store(disk.folder / "catalogue.tldb")
        window = MainWindow(store, disk.folder)
        qtbot.addWidget(window)
        window.start_deferred()
        assert dialogs.titles()[-1] == "Catalogue en lecture seule"
        assert not window.actions.new_site.isEnabled() and not window.actions.import_file.isEnabled()
        assert not window.actions.new_visit.isEnabled() and window.actions.export_visit.isEnabled()

        window.open_visit(visit.id)
        notebook = window.notebook
        assert notebook.notes_edit.toPlainText() == "Accueil par l'équipe."     # read whole
        notebook.notes_edit.setFocus()
        qtbot.keyClicks(notebook.notes_edit, "perdu")
        assert notebook.notes_edit.toPlainText() == "Accueil par l'équipe."     # nothing typed that would be lost
        grid = notebook._grid_content
        texts = grid.findChildren(QLineEdit) + grid.findChildren(QPlainTextEdit)
        choices = grid.findChildren(QComboBox) + grid.findChildren(QAbstractButton)
        assert texts and choices and len(notebook._editors) > 20
        assert all(w.isReadOnly() for w in texts) and not any(w.isEnabled() for w in choices)
        assert not notebook.people.add_button.isEnabled()
        assert not notebook.photos.add_photos_button.isEnabled()
        asked = []
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("perdu", True))
        notebook.photos.edit_caption(photo.id)                # F2 on the photo: nothing asked that would be lost
        assert asked == [] and store.attachments.get(photo.id).caption == "L'atelier bois"
        viewer = PhotoViewer(store, window.ops, notebook.photos.loader, [store.attachments.get(photo.id)], 0,
                             notebook)
        assert viewer.caption.isReadOnly() and viewer.caption.text() == "L'atelier bois"
        assert not viewer.cover.isEnabled() and viewer.next_button is not None
        viewer.close()
        assert "Lecture seule" in notebook.identity.text()

        window.open_site(site.id)
        name = window.form.edits["name"]
        assert name.isReadOnly() and name.text() == "Foresta"
        qtbot.mouseClick(name, Qt.LeftButton)
        qtbot.keyClicks(name, "x")
        assert name.text() == "Foresta" and not window.form.save_button.isEnabled()
        window.show_tours()
        tours = window.tour_view
        assert tours.title_edit.isReadOnly() and tours.title_edit.text() == "Visite apprenante Marseille"
        assert not tours.new_button.isEnabled() and not tours.add_button.isEnabled()
        assert not tours.participants.add_button.isEnabled()
        assert tours.booklet_button.isEnabled() and tours.tour_combo.isEnabled()     # reading and exporting
        tours.tree.setCurrentItem(tours.tree.topLevelItem(0).child(0) or tours.tree.topLevelItem(0))
        assert tours.notebook_button.isEnabled() and not tours.remove_button.isEnabled()
        shown = len(dialogs.shown)
        assert window.close() and len(dialogs.shown) == shown      # nothing pending: closes without a word
        store.close()
