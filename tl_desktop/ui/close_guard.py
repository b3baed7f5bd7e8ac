"""Closing the window without losing what the agent typed in the visit notebook.

``CloseGuard.notebook_released()`` writes the notebook; when it cannot be written (disk full,
read-only folder…) it asks what to do, as often as needed: retry, save a copy of the unsaved text
elsewhere (a USB key…), close without saving, or cancel the closing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from tl_desktop.base.errors import StorageError, describe_os_error
from tl_desktop.ui import file_dialogs
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.messages import ask


class CloseGuard(QObject):
    """Asks, when the window closes, about notebook text that could not be written."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window

    def notebook_released(self) -> bool:
        """Write the notebook; if it cannot be, ask before anything typed is dropped. True: go on closing."""
        notebook = self._window.notebook_if_built()
        while notebook is not None and not notebook.flush():
            reason = notebook.storage_problem()
            text = (self.tr("Ce que vous avez saisi dans le carnet n'a pas pu être enregistré :\n{reason}\n\n"
                            "Réessayez après avoir réglé le problème, ou enregistrez une copie du texte non "
                            "enregistré dans un autre dossier (une clé USB…).").format(reason=reason) if reason else
                    self.tr("Une réponse du carnet n'a pas pu être enregistrée (elle est signalée en rouge)."))
            answer = ask(self._window, self.tr("Carnet non enregistré"), text,
                         QMessageBox.Retry | QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
                         QMessageBox.Retry, QMessageBox.Warning,
                         labels={QMessageBox.Retry: self.tr("Réessayer"),
                                 QMessageBox.Save: self.tr("Enregistrer une copie…"),
                                 QMessageBox.Discard: self.tr("Fermer sans enregistrer"),
                                 QMessageBox.Cancel: self.tr("Annuler")})
            if answer == QMessageBox.Retry:
                continue
            if answer == QMessageBox.Save:
                self.save_unsaved_copy()
                continue
            if answer == QMessageBox.Discard:
                notebook.discard_pending()       # nothing retries against the writer closing next
                return True
            return False
        return True

    def save_unsaved_copy(self) -> None:
        """Write the notebook's unsaved text to a file the agent chooses (elsewhere than the full disk)."""
        window = self._window
        path = file_dialogs.save_path(window, file_dialogs.TEXT_COPY, self.tr("Enregistrer une copie du carnet"),
                                      self.tr("carnet-non-enregistre.txt"), self.tr("Texte (*.txt)"))
        if path is None:
            return
        try:
            Path(path).write_text(window.notebook.unsaved_text(), encoding="utf-8")
        except OSError as exc:
            show_error(window, StorageError(self.tr("La copie n'a pas pu être écrite dans « {path} » : {reason}."),
                                            path=path, reason=describe_os_error(exc)))
            return
        window.statusBar().showMessage(self.tr("Copie enregistrée : {path}").format(path=path), 8000)
