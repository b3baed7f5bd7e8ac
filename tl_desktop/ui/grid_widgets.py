"""One editor widget per question type of the observation grid (tl_desktop.grid).

Each editor shows a value, tells when the agent changed it (``edited``), and returns the
value as typed; checking it against the question is the store's job (grid.check_answer).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from tl_desktop.domain.grid import Question
from tl_desktop.ui.language import interface_language

# The questions' texts come translated with the grid (load_grid(version, language)); the editors' own
# hints are translated here.


class QuestionEditor(QWidget):
    """Base of the editors: ``value()``, ``set_value()`` and the ``edited`` signal."""

    edited = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError


class LineEditor(QuestionEditor):
    """text, number, percent, date: one line of text."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.edit = QLineEdit(self)
        hints = {"percent": QCoreApplication.translate("QuestionEditor", "en %, ex. 60"), "number": question.unit,
                 "date": QCoreApplication.translate("QuestionEditor", "AAAA-MM-JJ")}
        self.edit.setPlaceholderText(hints.get(question.type, ""))
        self.edit.setAccessibleName(question.label)
        self.edit.textEdited.connect(self.edited)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.edit)

    def value(self) -> object:
        return self.edit.text()

    def set_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        if self.question.type in ("number", "percent") and interface_language() == "fr":
            text = text.replace(".", ",")      # a decimal comma in French; both are read back
        self.edit.setText(text)


class ChoiceEditor(QuestionEditor):
    """choice and rating: a list to pick one from, or nothing."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(question.label)
        self.combo.addItem("—", None)
        if question.type == "rating":
            for n in range(1, question.scale + 1):
                self.combo.addItem(f"{n} / {question.scale}", n)
        else:
            for option in question.options:
                self.combo.addItem(QCoreApplication.translate("grid", option.label), option.code)
        self.combo.activated.connect(lambda _: self.edited.emit())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.combo)

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class MultiEditor(QuestionEditor):
    """multi: a box per option."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, option in enumerate(question.options):
            box = QCheckBox(QCoreApplication.translate("grid", option.label), self)
            box.clicked.connect(lambda _: self.edited.emit())
            self.boxes[option.code] = box
            grid.addWidget(box, i, 0)   # one column: the notebook is a side dock

    def value(self) -> object:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: object) -> None:
        chosen = set(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class ItemsEditor(QuestionEditor):
    """items: short items, one per line (strengths, fragilities, partners…)."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("QuestionEditor", "un élément par ligne"))
        self.edit.setAccessibleName(question.label)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self._on_text_changed)
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.edit)

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> object:
        return self.edit.toPlainText().split("\n")

    def set_value(self, value: object) -> None:
        self._loading = True
        try:
            self.edit.setPlainText("\n".join(value or []))
        finally:
            self._loading = False


def make_editor(question: Question, parent: QWidget | None = None) -> QuestionEditor:
    """Return the editor fitting the question's type."""
    if question.type in ("choice", "rating"):
        return ChoiceEditor(question, parent)
    if question.type == "multi":
        return MultiEditor(question, parent)
    if question.type == "items":
        return ItemsEditor(question, parent)
    return LineEditor(question, parent)
