"""The mouse wheel changes a value only where the agent asked for it: in the focused widget.

Scrolling the long observation grid (or the site form) with the pointer passing over a
drop-down or a number box used to change its value, and the notebook saved it: an impact
rating of « 2 / 5 » nobody chose, printed in the PDFs. One event filter on the application
fixes it for every widget of every view and dialog:

- drop-downs, spin boxes, date and time edits and sliders no longer take the focus from
  the wheel (Qt gives them ``WheelFocus``; they get ``StrongFocus``: a click or Tab);
- a wheel over one of them that does not have the focus is ignored by it, so Qt passes it
  on to its parents as it does for any widget that does not want a wheel: the scroll area
  around it scrolls the page.

A focused widget keeps its wheel: click a drop-down, then turn the wheel to go through
its choices.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

# The widgets whose value the wheel changes. A scroll bar's value is the page's position:
# it keeps its wheel.
GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_guarded(obj: QObject) -> bool:
    return isinstance(obj, GUARDED) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    """Application event filter: an unfocused value widget passes the wheel to its parents."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Wheel:
            if is_guarded(obj) and not obj.hasFocus():
                event.ignore()     # not for this widget: Qt offers it to its parent, up to the scroll area
                return True
        elif kind == QEvent.Polish and is_guarded(obj):
            demote(obj)
        return False


def demote(widget: QWidget) -> None:
    """Take away the focus a wheel would give (Qt gives it before any event filter runs)."""
    if widget.focusPolicy() == Qt.WheelFocus:
        widget.setFocusPolicy(Qt.StrongFocus)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once (later calls return it); widgets that already exist are covered too."""
    guard = app.findChild(WheelGuard, "wheel_guard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheel_guard")
        app.installEventFilter(guard)
        for widget in app.allWidgets():
            if is_guarded(widget):
                demote(widget)
    return guard
