"""A catalog that cannot be written (read-only folder, full disk at start): views that read, not edit.

``show_read_only(root)`` leaves every editor under ``root`` readable — texts stay selectable and
copyable — but unable to change anything, so that nothing is typed that could not be saved.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def show_read_only(root: QWidget, keep: Iterable[QWidget] = ()) -> None:
    """Texts read-only, choices and buttons disabled, lists not editable, drops refused; ``keep`` untouched."""
    kept = set(keep)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget in kept or any(widget is not k and k.isAncestorOf(widget) for k in kept):
            continue
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            widget.setReadOnly(True)
        elif isinstance(widget, (QComboBox, QAbstractButton)):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
            widget.setDragDropMode(QAbstractItemView.NoDragDrop)
        widget.setAcceptDrops(False)
