"""What an export asks besides the file: the document's language, and whether to print personal data.

The language of a document is the agent's choice, whatever the interface's: a French agent
writes the booklet in English for European partners. It defaults to the interface's language,
every time (a choice remembered from the last export would send the next French PDF for
elected officials out in English without a word).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from tl_desktop.base.i18n import LANGUAGES
from tl_desktop.ui.language import interface_language


def document_language_combo(parent: QWidget) -> QComboBox:
    """A list of the languages a document can be written in (each named in itself), on the interface's."""
    combo = QComboBox(parent)
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(interface_language())))
    combo.setAccessibleName(QCoreApplication.translate("DocumentOptionsBox", "Langue du document"))
    return combo


class DocumentOptionsBox(QMessageBox):
    """The personal-data question of a PDF export (Yes / No), with « Langue du document » under it."""

    def __init__(self, parent: QWidget | None, title: str, question: str):
        super().__init__(QMessageBox.Question, title, question, QMessageBox.Yes | QMessageBox.No, parent)
        self.setTextFormat(Qt.PlainText)      # the question may quote user text
        self.setDefaultButton(QMessageBox.No)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 8, 0, 0)
        self.language_combo = document_language_combo(row)
        label = QLabel(self.tr("&Langue du document :"), row)
        label.setBuddy(self.language_combo)
        line.addWidget(label)
        line.addWidget(self.language_combo)
        line.addStretch(1)
        # Under the question, above the buttons: QMessageBox lays out a grid with its buttons last.
        grid = self.layout()
        buttons = self.findChild(QDialogButtonBox)
        grid.removeWidget(buttons)
        row_index = grid.rowCount()
        grid.addWidget(row, row_index, grid.columnCount() - 1)   # the text's column (icon, spacer, text)
        grid.addWidget(buttons, row_index + 1, 0, 1, grid.columnCount())

    def language(self) -> str:
        """The language chosen for the document (« fr », « en »)."""
        return self.language_combo.currentData()


def ask_document_options(parent: QWidget | None, title: str, question: str) -> tuple[bool, str]:
    """Ask ``question`` (personal data: Yes / No) and the document's language; return (yes, language)."""
    box = DocumentOptionsBox(parent, title, question)
    answer = box.exec()
    return answer == QMessageBox.Yes, box.language()
