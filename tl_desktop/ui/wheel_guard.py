"""The mouse wheel changes a value only where the agent asked for it: in the focused widget.

Scrolling the long observation grid (or the site form) with the pointer passing over a
drop-down or a number box used to change its value, and the notebook saved it: an impact
rating of « 2 / 5 » nobody chose, printed in the PDFs. One mechanism, installed once for
the application, covers every widget of every view and dialog:

- drop-downs, spin boxes, date and time edits and sliders no longer take the focus from
  the wheel (Qt gives them ``WheelFocus``; they get ``StrongFocus``: a click or Tab);
- a wheel over one of them that does not have the focus is ignored by it, so Qt passes it
  on to its parents as it does for any widget that does not want a wheel: the scroll area
  around it scrolls the page.

A focused widget keeps its wheel: click a drop-down, then turn the wheel to go through
its choices.

How: the application's style is wrapped in a proxy whose ``polish()`` (called once for each
widget before it is first shown, and again when the style changes) puts an event filter on
each value widget. Not an event filter on the whole application: PySide must then wrap
every object that receives an event in Python, QtWebEngine's internal QtQuick items
included, and that crashes in PySide's getWrapperForQObject (measured with PySide6 6.11 as
soon as the map loads; also reported by other PySide apps embedding QtWebEngine).
Calling ``QApplication.setStyle()`` again would drop the guard: call install_wheel_guard()
after it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleFactory,
    QWidget,
)

# The widgets whose value the wheel changes. A scroll bar's value is the page's position:
# it keeps its wheel.
GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_guarded(widget: QWidget) -> bool:
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """Event filter of the value widgets: without the focus, the wheel goes on to the parents."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Wheel and not obj.hasFocus():
            event.ignore()     # not for this widget: Qt offers it to its parent, up to the scroll area
            return True
        return False


class GuardedStyle(QProxyStyle):
    """The application's own style; each value widget it polishes gets the wheel guard."""

    def __init__(self, base: QStyle | None, guard: WheelGuard):
        super().__init__(base)
        self.guard = guard

    def polish(self, target) -> None:   # one Python method for the widget, palette and application overloads
        if isinstance(target, QWidget) and is_guarded(target):
            # Qt gives a WheelFocus widget the focus before any event filter sees the wheel.
            if target.focusPolicy() == Qt.WheelFocus:
                target.setFocusPolicy(Qt.StrongFocus)
            target.installEventFilter(self.guard)    # installed twice, it still filters once
        super().polish(target)


def install_wheel_guard(app: QApplication) -> GuardedStyle:
    """Wrap ``app``'s style once (later calls return it); widgets that already exist are re-polished too."""
    style = app.style()
    if isinstance(style, GuardedStyle):
        return style
    guard = WheelGuard(app)
    # A fresh instance of the same style (Fusion, Windows 11, macOS…): setStyle() deletes the old one.
    style = GuardedStyle(QStyleFactory.create(style.name()) if style.name() else None, guard)
    app.setStyle(style)
    app._wheel_guard_style = style   # keep the Python side alive with the application
    return style
