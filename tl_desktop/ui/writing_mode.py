"""The writing mode: the visit notebook alone on the whole screen, and the window back as it was.

``WritingMode`` is reached as ``window.writing_mode``; the action « Mode écriture » (F11,
Ctrl+Maj+F) toggles it, Échap leaves it. The same widgets are shown and hidden, never moved nor
rebuilt: what is typed, the cursor, the undo history and the pending writes stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar


class WritingMode(QObject):
    """Switches ``window`` between its usual layout and the notebook in full screen."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._state: QByteArray | None = None     # the window's layout before the writing mode
        self._window_state = Qt.WindowNoState
        # Échap leaves the writing mode (only then: elsewhere Échap belongs to the widgets).
        self._leave = QShortcut(QKeySequence(Qt.Key_Escape), window, lambda: self.set_on(False))
        self._leave.setEnabled(False)
        self.switching = False                     # True while docks are shown and hidden by the switch

    def is_on(self) -> bool:
        return self._state is not None

    def set_on(self, on: bool) -> None:
        """The notebook alone on the whole screen (``on``), or the window back as it was."""
        window, action = self._window, self._window.actions.writing_mode
        if on == (self._state is not None):
            return
        notebook = window.notebook_if_built()
        if on and (notebook is None or notebook.visit_id() is None):
            window.statusBar().showMessage(self.tr("Ouvrez d'abord une visite : le mode écriture montre son carnet."),
                                           6000)
            blocked = action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(blocked)
            return
        focus = QApplication.focusWidget()
        self.switching = True
        try:
            self._switch(on)
        finally:
            self.switching = False
        blocked = action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(blocked)
        self._leave.setEnabled(on)
        if focus is not None:
            focus.setFocus(Qt.OtherFocusReason)

    def _switch(self, on: bool) -> None:
        window = self._window
        if on:
            self._state = window.saveState()
            self._window_state = window.windowState()
            for dock in (window.form_dock, window.tour_dock, window.visits_dock):
                if dock is not None:
                    dock.hide()
            window.splitter.hide()              # the catalog and the map: the dock then fills the window
            window.menuBar().hide()
            for toolbar in window.findChildren(QToolBar):
                toolbar.hide()
            window.notebook_dock.show()
            window.notebook_dock.raise_()
            window.notebook.set_writing_mode(True)
            window.showFullScreen()
            window.statusBar().showMessage(self.tr("Mode écriture : Échap, F11 ou Ctrl+Maj+F pour revenir."), 8000)
        else:
            state, self._state = self._state, None
            window.splitter.show()
            window.menuBar().show()
            window.restoreState(state)          # docks and toolbars as they were
            window.setWindowState(self._window_state)
            window.notebook.set_writing_mode(False)
