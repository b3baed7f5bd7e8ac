"""After an export, in the status bar: the document's name, « Ouvrir le document », « Ouvrir le dossier ».

The document opens with the system's application for it (a PDF reader, the spreadsheet),
through ``QDesktopServices``: no shell call, the same on Windows, macOS and Linux. The notice
stays until the agent closes it or another document replaces it, so it is not missed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class DocumentNotice(QWidget):
    """The last document written, and the buttons to open it or its folder; ``problem`` if that fails."""

    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.PlainText)       # a file name is user text
        self.open_button = QPushButton(self.tr("Ouvrir le document"), self)
        self.open_button.setDefault(False)
        self.folder_button = QPushButton(self.tr("Ouvrir le dossier"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Fermer ce message"))
        self.close_button.setAccessibleName(self.tr("Fermer ce message"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.close_button)
        self.open_button.clicked.connect(self.open_document)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_document(self, path: str | Path) -> None:
        """Offer to open ``path``, just written."""
        self.path = Path(path)
        self.label.setText(self.tr("Document écrit : {name}").format(name=self.path.name))
        self.label.setToolTip(str(self.path))
        self.show()

    def open_document(self) -> bool:
        return self._open(self.path)

    def open_folder(self) -> bool:
        return self._open(self.path.parent if self.path else None)

    def _open(self, path: Path | None) -> bool:
        if path is None:
            return False
        if not path.exists():
            self.problem.emit(self.tr("« {path} » n'existe plus (déplacé ou supprimé ?).").format(path=path))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.problem.emit(self.tr("Aucune application n'a pu ouvrir « {name} ». Il est dans le dossier « {folder} »."
                                      ).format(name=path.name, folder=path.parent))
            return False
        return True
