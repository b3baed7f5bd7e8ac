"""pytest-qt set-up: what Qt needs before the QApplication, and settings kept out of $HOME."""

from __future__ import annotations

import pytest


def pytest_configure(config):
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    from tl_desktop.ui.map_scheme import register_map_scheme

    register_map_scheme()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from tl_desktop.ui.wheel_guard import install_wheel_guard

    install_wheel_guard(qapp)      # as run_gui does: views are tested as the app runs them
    qapp.setOrganizationName("Tiers-Lieux Desktop Tests")
    qapp.setApplicationName("Tiers-Lieux Desktop Tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    # pytest-qt calls deleteLater() on the widgets it closes: run those deletions now, so no
    # web page outlives its profile (QtWebEngine warns, and may crash at exit).
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture
def type_text():
    """Return a function typing text key by key, accents included."""
    return _type_text


def _type_text(widget, text: str) -> None:
    """Type ``text`` key by key, accents included (qtbot.keyClicks aborts on non-ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char == "\n":
            key = Qt.Key_Return
        elif char.isascii() and char.isalnum():
            key = Qt.Key(ord(char.upper()))
        else:
            key = Qt.Key_unknown
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.NoModifier, char))
    QApplication.processEvents()


class Dialogs:
    """Message boxes the code opened: (title, text, text format), and the answer to give."""

    def __init__(self):
        self.shown: list[tuple[str, str, object]] = []
        self.answer = None

    def titles(self) -> list[str]:
        return [title for title, _, _ in self.shown]


@pytest.fixture
def dialogs(monkeypatch):
    """Answer every QMessageBox without showing it (a modal box would block the test)."""
    from PySide6.QtWidgets import QMessageBox

    record = Dialogs()
    record.answer = QMessageBox.Cancel

    def fake_exec(box):
        record.shown.append((box.windowTitle(), box.text(), box.textFormat()))
        return record.answer

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return record


@pytest.fixture
def ops(store, qapp):
    """The operation runner on a writer of the test's catalog, as the main window has."""
    from tl_desktop.store import Writer
    from tl_desktop.ui.operations import Operations

    runner = Operations(Writer(store.path))
    yield runner
    runner.close()
