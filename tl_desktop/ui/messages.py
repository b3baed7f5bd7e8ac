"""Questions to the user that show user text as typed, never as rich text.

QMessageBox and QLabel guess the format: a site named « <b>x</b> » would be shown bold, and
a crafted name could make a question say something else. Every text that may hold user data
goes through here (or a label set to Qt.PlainText).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.Yes | QMessageBox.No,
        default: QMessageBox.StandardButton = QMessageBox.NoButton,
        icon: QMessageBox.Icon = QMessageBox.Question,
        labels: dict | None = None) -> QMessageBox.StandardButton:
    """Ask a question in plain text; return the button chosen (``labels`` renames standard buttons)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.PlainText)
    if default != QMessageBox.NoButton:
        box.setDefaultButton(default)
    for button, label in (labels or {}).items():
        box.button(button).setText(label)
    return QMessageBox.StandardButton(box.exec())
