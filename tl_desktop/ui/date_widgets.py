"""A date that may be left unanswered (« non renseigné »), picked from a calendar.

QDateEdit always holds a date; an answer such as « fin de l'occupation » often has none. The
widget's minimum date stands for « no date » and shows a clear text instead; the calendar
then opens on the current month (not on January 1900), the arrow keys start from today, and
Suppr (or the clear button beside it) goes back to no date. The value read and written is
ISO (« 2027-06-30 ») or "".
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QHBoxLayout, QToolButton, QWidget

NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose minimum means « no date », shown as ``empty_text``."""

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def iso(self) -> str:
        """The date as ISO, or "" when there is none."""
        return "" if self.is_empty() else self.date().toString("yyyy-MM-dd")

    def set_iso(self, iso: str | None) -> None:
        found = QDate.fromString(iso or "", "yyyy-MM-dd")
        self.setDate(found if found.isValid() and found > NO_DATE else NO_DATE)

    def clear_date(self) -> None:
        self.setDate(NO_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.calendarWidget() and event.type() == QEvent.Show and self.is_empty():
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())    # not January 1900
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt API)
        if self.is_empty():
            self.setDate(QDate.currentDate())     # ↑ on « non renseigné » starts from today
            return
        super().stepBy(steps)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key_Delete and not self.is_empty():
            self.clear_date()
            self.editingFinished.emit()
            return
        if event.key() == Qt.Key_F4 or (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier):
            self.show_calendar()       # the keyboard opens the calendar, as it opens a drop-down list
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """Open the calendar, as a click on the arrow does (QDateEdit has no call for it)."""
        arrow = QPointF(6 if self.isRightToLeft() else self.width() - 6, self.height() / 2)
        for kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
            QApplication.sendEvent(self, QMouseEvent(kind, arrow, self.mapToGlobal(arrow), Qt.LeftButton,
                                                     Qt.LeftButton if kind == QEvent.MouseButtonPress else Qt.NoButton,
                                                     Qt.NoModifier))


class OptionalDateField(QWidget):
    """An OptionalDateEdit with a button that clears it; ``changed`` when the agent sets or clears the date."""

    changed = Signal()

    def __init__(self, empty_text: str, clear_tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = OptionalDateEdit(empty_text, self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(clear_tip)
        self.clear_button.setAccessibleName(clear_tip)
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self._clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self._last = ""
        self.edit.dateChanged.connect(self._on_date_changed)
        self._sync()

    def iso(self) -> str:
        return self.edit.iso()

    def set_iso(self, iso: str | None) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.set_iso(iso)
        finally:
            self.edit.blockSignals(False)
        self._last = self.edit.iso()
        self._sync()

    def _clear(self) -> None:
        self.edit.clear_date()
        self.edit.setFocus()

    def _on_date_changed(self, _date) -> None:
        self._sync()
        if self.edit.iso() != self._last:
            self._last = self.edit.iso()
            self.changed.emit()

    def _sync(self) -> None:
        self.clear_button.setEnabled(not self.edit.is_empty())
