"""One editor widget per question type of the observation grid (tl_desktop.grid).

Each editor shows a value, tells when the agent changed it (``edited``), and returns the
value as typed; checking it against the question is the store's job (grid.check_answer).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from tl_desktop.domain.grid import Question
from tl_desktop.ui.date_widgets import OptionalDateField
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
    """text, number, percent: one line of text."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.edit = QLineEdit(self)
        self.setFocusProxy(self.edit)
        hints = {"percent": QCoreApplication.translate("QuestionEditor", "en %, ex. 60"), "number": question.unit}
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
    """choice and rating: a list to pick one from, or nothing. A rating says what its ends mean."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(question.label)
        self.setFocusProxy(self.combo)
        # Long options (« Membres de la gouvernance (sociétariat, collège) ») must not widen the
        # side dock: the closed combo elides, its list shows them whole.
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.addItem("—", None)
        self.scale_hint = None
        if question.type == "rating":
            for n in range(1, question.scale + 1):
                meaning = QCoreApplication.translate("grid", question.scale_label(n)) if question.scale_label(n) else ""
                self.combo.addItem(f"{n} / {question.scale} — {meaning}" if meaning else f"{n} / {question.scale}", n)
            ends = [(n, QCoreApplication.translate("grid", label)) for n, label in question.scale_labels]
            if ends:
                self.scale_hint = QLabel(" … ".join(f"{n} = {label}" for n, label in ends), self)
                self.scale_hint.setTextFormat(Qt.PlainText)
                self.scale_hint.setWordWrap(True)
                self.scale_hint.setStyleSheet("color: #555;")
        else:
            for option in question.options:
                self.combo.addItem(QCoreApplication.translate("grid", option.label), option.code)
                self.combo.setItemData(self.combo.count() - 1, QCoreApplication.translate("grid", option.label),
                                       Qt.ToolTipRole)
        self.combo.activated.connect(lambda _: self.edited.emit())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.combo, 0, 0)
        if self.scale_hint is not None:
            grid.addWidget(self.scale_hint, 1, 0)

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class DateEditor(QuestionEditor):
    """date: a date from a calendar, or « non renseigné »; the value is ISO (« 2027-06-30 ») or None."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.field = OptionalDateField(QCoreApplication.translate("QuestionEditor", "non renseigné"),
                                       QCoreApplication.translate("QuestionEditor", "Effacer la date (non renseigné)"),
                                       self)
        self.edit = self.field.edit
        self.edit.setAccessibleName(question.label)
        self.setFocusProxy(self.edit)
        self.field.changed.connect(self.edited)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.field)

    def value(self) -> object:
        return self.field.iso() or None

    def set_value(self, value: object) -> None:
        self.field.set_iso(str(value) if value else "")
        # A value stored before the calendar (typed as text) that is not a date stays visible.
        self.edit.setToolTip("" if not value or self.field.iso() else QCoreApplication.translate(
            "QuestionEditor", "Valeur enregistrée illisible : {value}").format(value=value))


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
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

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
        self.setFocusProxy(self.edit)
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
    if question.type == "date":
        return DateEditor(question, parent)
    return LineEditor(question, parent)
