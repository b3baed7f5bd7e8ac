"""The details of one stop of a learning tour, in the order a programme reads them.

Time, duration and the end they give; who hosts, their phone, where the group meets them;
the trip to the next stop, estimated offline from the distance unless the agent types the
real figure. Tab follows the form from top to bottom, left to right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from tl_desktop.domain import Stop
from tl_desktop.geo import TRAVEL_RULE, WALK, Travel, add_minutes
from tl_desktop.store import PlannedStop
from tl_desktop.ui.language import interface_locale

ESTIMATED = -1      # the travel box's value meaning « the estimate, not a typed figure »


def travel_text(minutes: int | None, travel: Travel | None, *, estimated: bool, short: bool = False) -> str:
    """« ≈ 15 min à pied (1,0 km) » for an estimate (« ≈ 15 min à pied » if ``short``), « 20 min » if typed."""
    if minutes is None:
        return ""
    if travel is None or not estimated:
        return QCoreApplication.translate("StopEditor", "{n} min").format(n=minutes)
    how = (QCoreApplication.translate("StopEditor", "à pied") if travel.mode == WALK
           else QCoreApplication.translate("StopEditor", "en voiture"))
    if short:
        return QCoreApplication.translate("StopEditor", "≈ {n} min {how}").format(n=minutes, how=how)
    km = interface_locale().toString(travel.km, "f", 1)      # « 1,0 » / "1.0"
    return QCoreApplication.translate("StopEditor", "≈ {n} min {how} ({km} km)").format(n=minutes, how=how, km=km)


class TravelSpin(QSpinBox):
    """Minutes to the next stop; at ESTIMATED it shows the estimate, and the first step starts from it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(ESTIMATED, 600)
        self.setSingleStep(5)
        self.setSuffix(QCoreApplication.translate("StopEditor", " min"))
        self.estimate: int | None = None

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt API)
        if self.value() == ESTIMATED and self.estimate is not None:
            self.setValue(max(0, self.estimate + steps * self.singleStep()))
            return
        super().stepBy(steps)


class TimeEdit(QLineEdit):
    """« HH:MM » typed digit by digit; an empty field starts at its first digit wherever it is clicked.

    (A masked QLineEdit clicked to the right of « __:__ » puts the cursor after the mask, where
    typing does nothing.)
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setInputMask("99:99;_")

    def _blank(self) -> bool:
        return not self.text().replace(":", "").strip()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        if self._blank():
            self.setCursorPosition(0)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        if self._blank() and not self.hasSelectedText():
            self.setCursorPosition(0)


class StopEditor(QWidget):
    """Edits the open stop; ``edited`` when a field is left changed (``stop()`` then has the new values)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._planned: PlannedStop | None = None
        self.time_edit = TimeEdit(self)
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.time_edit.setAccessibleName(self.tr("Heure prévue"))
        self.time_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") + 24)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 600)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("—"))
        self.duration_spin.setAccessibleName(self.tr("Durée"))
        self.end_label = QLabel(self)
        self.end_label.setAccessibleName(self.tr("Fin prévue"))
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("nom, fonction"))
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText(self.tr("pour le joindre le jour même"))
        self.meeting_edit = QLineEdit(self)
        self.meeting_edit.setPlaceholderText(self.tr("ex. « devant l'accueil, 41 rue Jobin »"))
        self.travel_spin = TravelSpin(self)
        self.travel_spin.setAccessibleName(self.tr("Trajet vers l'étape suivante"))
        rule = QCoreApplication.translate("tl_desktop", TRAVEL_RULE)
        self.travel_spin.setToolTip(rule + "\n" + self.tr("Tapez la durée réelle si vous la connaissez ; "
                                                          "effacez-la (—) pour revenir à l'estimation."))
        self.travel_hint = QLabel(self.tr("Estimation : distance × 1,3, à pied ou en voiture"), self)
        self.travel_hint.setToolTip(rule)
        self.travel_hint.setStyleSheet("color: #555;")
        self.travel_hint.setWordWrap(True)

        schedule = QHBoxLayout()
        schedule.setContentsMargins(0, 0, 0, 0)
        schedule.addWidget(self.time_edit)
        schedule.addWidget(QLabel(self.tr("pendant"), self))
        schedule.addWidget(self.duration_spin)
        schedule.addWidget(self.end_label, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, field, buddy in ((self.tr("&Heure prévue"), schedule, self.time_edit),
                                   (self.tr("&Accueilli par"), self.host_edit, self.host_edit),
                                   (self.tr("&Téléphone"), self.phone_edit, self.phone_edit),
                                   (self.tr("&Rendez-vous"), self.meeting_edit, self.meeting_edit),
                                   (self.tr("Trajet &suivant"), self.travel_spin, self.travel_spin)):
            label = QLabel(text, self)
            label.setBuddy(buddy)             # Alt+letter reaches the field
            form.addRow(label, field)
        form.addRow("", self.travel_hint)
        # Tab goes where the eye goes: along the first row, then down the form.
        chain = (self.time_edit, self.duration_spin, self.host_edit, self.phone_edit, self.meeting_edit,
                 self.travel_spin)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.time_edit.textEdited.connect(lambda _: self._show_end())
        self.duration_spin.valueChanged.connect(lambda _: self._show_end())
        for edit in (self.time_edit, self.host_edit, self.phone_edit, self.meeting_edit):
            edit.editingFinished.connect(self._on_left)
        for spin in (self.duration_spin, self.travel_spin):
            spin.editingFinished.connect(self._on_left)
        self.set_planned(None)

    def first_field(self) -> QWidget:
        return self.time_edit

    def last_field(self) -> QWidget:
        return self.travel_spin

    def set_planned(self, planned: PlannedStop | None) -> None:
        """Show a stop (None: nothing chosen, every field disabled)."""
        self._planned = planned
        stop = planned.stop if planned else None
        for widget in (self.time_edit, self.duration_spin, self.host_edit, self.phone_edit, self.meeting_edit):
            widget.blockSignals(True)
        try:
            self.time_edit.setText(stop.planned_time if stop else "")
            self.duration_spin.setValue(stop.duration_min or 0 if stop else 0)
            self.host_edit.setText(stop.host if stop else "")
            self.phone_edit.setText(stop.host_phone if stop else "")
            self.meeting_edit.setText(stop.meeting_point if stop else "")
        finally:
            for widget in (self.time_edit, self.duration_spin, self.host_edit, self.phone_edit, self.meeting_edit):
                widget.blockSignals(False)
        for widget in (self.time_edit, self.duration_spin, self.host_edit, self.phone_edit, self.meeting_edit):
            widget.setEnabled(stop is not None)
        self._show_travel()
        self._show_end()

    def _show_travel(self) -> None:
        planned, spin = self._planned, self.travel_spin
        spin.blockSignals(True)
        try:
            spin.estimate = planned.travel.minutes if planned and planned.travel else None
            if planned is None:
                spin.setSpecialValueText(self.tr("—"))
            elif planned.last_of_day:
                spin.setSpecialValueText(self.tr("— (dernière étape du jour)"))
            elif planned.travel is None:
                spin.setSpecialValueText(self.tr("— (lieu sans position : tapez la durée)"))
            else:
                spin.setSpecialValueText(self.tr("estimé : {text}").format(
                    text=travel_text(planned.travel.minutes, planned.travel, estimated=True)))
            typed = planned.stop.travel_min if planned else None
            spin.setValue(ESTIMATED if typed is None else typed)
            spin.setEnabled(planned is not None and not planned.last_of_day)
        finally:
            spin.blockSignals(False)

    def _show_end(self) -> None:
        text = self.time_edit.text() if self.time_edit.hasAcceptableInput() else ""
        end = add_minutes(text, self.duration_spin.value() or None)
        self.end_label.setText(self.tr("→ fin à {end}").format(end=end) if end else "")

    def stop(self) -> Stop | None:
        """The open stop with the values on screen (None if no stop is open)."""
        if self._planned is None:
            return None
        time_text = self.time_edit.text() if self.time_edit.hasAcceptableInput() else ""
        if time_text and not add_minutes(time_text, 1):
            time_text = ""          # « 25:70 » is not a time: left empty rather than stored
        travel = self.travel_spin.value()
        return Stop(**{**self._planned.stop.__dict__, "planned_time": time_text,
                       "duration_min": self.duration_spin.value() or None, "host": self.host_edit.text().strip(),
                       "host_phone": self.phone_edit.text().strip(), "meeting_point": self.meeting_edit.text().strip(),
                       "travel_min": None if travel == ESTIMATED else travel})

    def _on_left(self) -> None:
        stop = self.stop()
        if stop is not None and stop != self._planned.stop:
            self.edited.emit()
