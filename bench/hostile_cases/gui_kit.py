"""The GUI side of the sweep: one QApplication offscreen, set up as the app's start-up does it.

Message boxes and file dialogs are answered without being shown (a modal box would block
the sweep) and recorded: what the user would have read. An exception reaching the event loop
(the app's excepthook shows it as « erreur inattendue ») is recorded too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Callable


class GuiKit:
    """The application, the recorded dialogs and the answers to give them."""

    def __init__(self, app):
        self.app = app
        self.boxes: list[tuple[str, str, str]] = []      # (title, text, details) of every message box
        self.answers: deque = deque()                   # QMessageBox answers to give, in order
        self.default_answer = None
        self.files: deque = deque()                     # paths the file dialogs return, in order
        self.dialogs: list[str] = []                    # class names of other dialogs opened
        self.dialog_handler: Callable | None = None     # called with a QDialog instead of exec()
        self.uncaught: list[str] = []
        self.windows: list = []

    @classmethod
    def start(cls) -> "GuiKit":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-background-networking")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

        from tl_desktop.ui import app as app_module
        from tl_desktop.ui.wheel_guard import install_wheel_guard

        app_module.prepare_environment()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setOrganizationName("Tiers-Lieux Desktop Sweep")
        app.setApplicationName("Tiers-Lieux Desktop Sweep")
        try:
            from tl_desktop.ui.language import install_translations

            install_translations(app, "fr")       # the sweep reads what a French agent reads
        except ImportError:                       # before the English translation (the « before » run)
            app_module.install_translations(app)
        install_wheel_guard(app)
        QSettings.setDefaultFormat(QSettings.IniFormat)
        settings = tempfile.mkdtemp(prefix="tl-sweep-settings-")
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings)
        kit = cls(app)
        kit.settings_folder = settings
        from PySide6.QtWidgets import QMessageBox as Box

        def box_exec(box):
            kit.boxes.append((box.windowTitle(), box.text(), box.detailedText()))
            if kit.answers:
                return kit.answers.popleft()
            return kit.default_answer if kit.default_answer is not None else Box.Cancel

        def dialog_exec(dialog):
            kit.dialogs.append(type(dialog).__name__)
            if kit.dialog_handler is not None:
                return kit.dialog_handler(dialog)
            return QDialog.Rejected

        def save_name(*args, **kwargs):
            return (str(kit.files.popleft()) if kit.files else "", "")

        def open_names(*args, **kwargs):
            return ([str(p) for p in kit.files.popleft()] if kit.files else [], "")

        QMessageBox.exec = box_exec
        QDialog.exec = dialog_exec
        QFileDialog.getSaveFileName = staticmethod(save_name)
        QFileDialog.getOpenFileName = staticmethod(save_name)
        QFileDialog.getOpenFileNames = staticmethod(open_names)

        def hook(exc_type, exc, tb):
            import traceback

            frames = traceback.extract_tb(tb)
            where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
            kit.uncaught.append(f"{exc_type.__name__}: {exc}{where}")
        sys.excepthook = hook
        return kit

    # ---- around each case

    def begin(self, lab) -> None:
        from PySide6.QtCore import QSettings

        self.boxes.clear()
        self.answers.clear()
        self.files.clear()
        self.dialogs.clear()
        self.uncaught.clear()
        self.default_answer = None
        self.dialog_handler = None
        QSettings().clear()

    def end(self, lab) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication, QMessageBox

        self.default_answer = QMessageBox.Discard     # closing: drop what a failing case left pending
        for window in self.windows:
            try:
                window.close()
                if not window._closed:
                    window._closed = True
                    window.close()
                if window._own_ops:
                    window.ops.close()
            except RuntimeError:
                pass                                   # already deleted
        self.windows.clear()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        self.pump(0.05)
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        self.pump(0.02)

    def unexpected_seen(self) -> list[str]:
        """What reached the user as an unexpected error during the case."""
        seen = [f"uncaught {u}" for u in self.uncaught]
        for title, text, details in self.boxes:
            if "inattendue" in text or "Traceback" in text:
                seen.append(f"dialog « {text[:80]} » {details.strip().splitlines()[-1] if details.strip() else ''}")
        return seen

    def stop(self) -> None:
        import shutil

        self.pump(0.05)
        shutil.rmtree(self.settings_folder, ignore_errors=True)

    # ---- helpers for the cases

    def pump(self, seconds: float = 0.0) -> None:
        """Process events for ``seconds`` (at least once)."""
        end = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            if time.monotonic() >= end:
                return
            time.sleep(0.005)

    def wait_until(self, condition: Callable[[], object], timeout: float = 10.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.01)
        self.app.processEvents()
        return bool(condition())

    def window(self, lab, store=None, *, size=(1366, 768)):
        """The real main window on ``store`` (the lab's catalog), shown offscreen, the map not loaded."""
        from tl_desktop.ui.main_window import MainWindow

        store = store or lab.store()
        window = MainWindow(store, store.path.parent)
        window.resize(*size)
        window.show()
        self.windows.append(window)
        self.pump(0.02)
        return window

    def ops(self, lab, store):
        """The operation runner on a writer of ``store``, as the main window has."""
        from tl_desktop.store import Writer
        from tl_desktop.ui.operations import Operations

        runner = Operations(Writer(store.path))
        lab.later(runner.close)
        return runner

    def show(self, widget, size=(480, 640)):
        widget.resize(*size)
        widget.show()
        self.pump(0.02)
        return widget

    def type_text(self, widget, text: str) -> None:
        """Type ``text`` key by key, accents included (what qtbot.keyClicks cannot do)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for char in text:
            key = Qt.Key_Return if char == "\n" else (Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum()
                                                      else Qt.Key_unknown)
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.NoModifier, char))
        self.app.processEvents()

    def key(self, widget, key, modifiers=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifiers if modifiers is not None else Qt.NoModifier)
        self.app.processEvents()

    def wheel(self, widget, notches: int = -1) -> None:
        """Turn the wheel with the pointer over the middle of ``widget`` (negative: towards the user)."""
        from PySide6.QtCore import QPoint
        from PySide6.QtTest import QTest

        top = widget.window()
        QTest.wheelEvent(top.windowHandle(), widget.mapTo(top, widget.rect().center()), QPoint(0, 120 * notches))
        self.app.processEvents()

    def box_texts(self) -> str:
        return "\n".join(f"{t}: {x}" for t, x, _ in self.boxes)
