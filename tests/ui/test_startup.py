"""The start-up path (run_gui) and the one error display: what a user sees when the catalog cannot open."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tl_desktop.base.errors import ValidationError
from tl_desktop.domain import Site
from tl_desktop.store import Store
from tl_desktop.ui import app as app_module
from tl_desktop.ui.errors import error_text, show_error
from tl_desktop.ui.main_window import MainWindow


@pytest.fixture
def quick_start(monkeypatch):
    """run_gui without a real event loop: ``exec`` runs the given check, then returns."""
    checks = []
    monkeypatch.setattr(app_module, "install_translations", lambda app: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    monkeypatch.setattr(MainWindow, "start_deferred", lambda self: None)

    def exec_(self):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for check in checks:
            check(window)
        window.close()
        return 0
    monkeypatch.setattr(QApplication, "exec", exec_)
    return checks


def test_a_fresh_data_folder_opens_the_window_on_a_new_catalog(qtbot, tmp_path, quick_start, dialogs):
    folder = tmp_path / "données"
    seen = []
    quick_start.append(lambda window: seen.append((window.store.path, window.ops.writer.path,
                                                  window.catalog.model.rowCount())))
    assert app_module.run_gui(["--data-dir", str(folder)]) == 0
    assert seen == [(folder / "catalogue.tldb", folder / "catalogue.tldb", 0)]
    assert dialogs.shown == []
    with Store(folder / "catalogue.tldb") as store:        # closed cleanly: usable at once
        assert store.check() == []


def test_what_is_written_in_the_window_is_in_the_catalog_after_exit(qtbot, tmp_path, quick_start, dialogs):
    folder = tmp_path / "d"
    quick_start.append(lambda window: window.ops.run(lambda store: store.sites.save(Site(name="Foresta"))))
    assert app_module.run_gui(["--data-dir", str(folder)]) == 0
    with Store(folder / "catalogue.tldb") as store:
        assert [store.sites.get(i).name for i in store.sites.query_ids()] == ["Foresta"]


def test_a_file_that_is_not_a_catalog_is_refused_in_french_and_left_as_it_was(qtbot, tmp_path, quick_start,
                                                                              dialogs):
    folder = tmp_path / "d"
    folder.mkdir()
    foreign = folder / "catalogue.tldb"
    foreign.write_bytes(b"Ceci est un tableur, pas une base." * 100)
    before = foreign.read_bytes()
    assert app_module.run_gui(["--data-dir", str(folder)]) == 1
    [(title, text, _)] = dialogs.shown
    assert title == "Ouverture du catalogue impossible" and "n'est pas une base Tiers-Lieux Desktop" in text
    assert foreign.read_bytes() == before


def test_a_catalog_of_a_newer_version_is_refused_and_says_to_update(qtbot, tmp_path, quick_start, dialogs):
    folder = tmp_path / "d"
    with Store(folder / "catalogue.tldb") as store:
        store.db.execute("INSERT INTO _migrations (name, applied_at) VALUES ('9999_futur', '2030-01-01')")
    assert app_module.run_gui(["--data-dir", str(folder)]) == 1
    assert "version plus récente" in dialogs.shown[0][1]


def test_errors_are_shown_in_plain_french_and_unknown_ones_are_logged(qtbot, dialogs, caplog):
    problem = ValidationError("« {name} » : la latitude {value} n'est pas entre -90 et 90.",
                              name="<b>Café</b>", value=123)
    show_error(None, problem)
    title, text, text_format = dialogs.shown[-1]
    assert text == "« <b>Café</b> » : la latitude 123 n'est pas entre -90 et 90."
    assert text_format == app_module.Qt.PlainText                       # user text never as rich text
    with caplog.at_level(logging.ERROR):
        show_error(None, ZeroDivisionError("division by zero"))
    assert "erreur inattendue" in dialogs.shown[-1][1] and "Vos données enregistrées ne sont pas touchées" in \
        dialogs.shown[-1][1]
    assert "ZeroDivisionError" in caplog.text
    assert error_text(problem) == text


def test_an_error_in_a_slot_reaches_the_user_not_a_crash(qtbot, dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_excepthook()

    def broken() -> None:
        raise KeyError("boom")
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=3000)
    assert "erreur inattendue" in dialogs.shown[0][1]
    assert dialogs.shown[0][2] == app_module.Qt.PlainText


def test_the_window_closes_without_asking_when_everything_is_written(qtbot, tmp_path, store, dialogs, monkeypatch):
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window.close() and dialogs.shown == []     # nothing pending: nothing to ask
