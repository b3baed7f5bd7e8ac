"""Create a learning tour (title, dates, organiser, service), or copy one to new dates."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Tour
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.operations import Operations

# A copy lands 52 weeks later: next year, on the same weekdays (a Tuesday stays a Tuesday).
NEXT_YEAR = timedelta(weeks=52)


def _qdate(iso: str) -> QDate:
    found = QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate()
    return found if found.isValid() else QDate.currentDate()


class TourDialog(QDialog):
    """New tour (``source`` None) or copy of ``source``; ``accept()`` once the writer has stored it.

    After ``exec()``, ``tour`` is the tour created, and ``skipped`` the places a copy left out.
    """

    def __init__(self, store: Store, ops: Operations, parent: QWidget | None = None, source: Tour | None = None):
        super().__init__(parent)
        self._store, self._ops, self._source = store, ops, source
        self.tour: Tour | None = None
        self.skipped: list[str] = []
        copying = source is not None
        self.setWindowTitle(self.tr("Dupliquer la visite apprenante") if copying
                            else self.tr("Nouvelle visite apprenante"))
        self.setMinimumWidth(520)       # the window's title is read whole, and long titles fit
        settings = QSettings()
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("ex. « Tiers-lieux et services publics, Marseille 2025 »"))
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.organiser_edit = QLineEdit(self)
        self.organiser_edit.setPlaceholderText(self.tr("la collectivité : « Ville de Marseille »"))
        self.service_edit = QLineEdit(self)
        self.service_edit.setPlaceholderText(self.tr("le service qui organise : « Direction de l'attractivité »"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setStyleSheet("color: #444;")
        if copying:
            self.title_edit.setText(self.tr("{title} (copie)").format(title=source.title))
            start = _qdate(source.start_date)
            self._length = max(0, start.daysTo(_qdate(source.end_date or source.start_date)))
            self.start_edit.setDate(start.addDays(NEXT_YEAR.days))
            self.end_edit.setEnabled(False)          # a copy keeps its number of days
            self.organiser_edit.setText(source.organiser)
            self.service_edit.setText(source.service)
            for edit in (self.organiser_edit, self.service_edit):
                edit.setReadOnly(True)
            stops = len(store.tours.stops(source.id))
            people = len(store.tours.participants(source.id))
            self.summary.setText(self.tr(
                "Copiés : les {stops} étape(s) avec leurs horaires, accueil et points de rendez-vous, décalées "
                "aux nouvelles dates, et les {people} participant(s). Les notes des visites ne sont pas copiées.")
                .format(stops=stops, people=people))
        else:
            self._length = 0
            self.start_edit.setDate(QDate.currentDate())
            self.organiser_edit.setText(settings.value("tour_dialog/organiser", "", type=str))
            self.service_edit.setText(settings.value("tour_dialog/service", "", type=str))
            self.summary.setText(self.tr("Vous ajouterez ensuite les lieux, jour par jour, et les participants."))
        self.end_edit.setDate(self.start_edit.date().addDays(self._length))
        self.start_edit.dateChanged.connect(self._on_start_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Dupliquer") if copying else self.tr("Créer"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit, 1)
        dates.addWidget(QLabel(self.tr("au"), self))
        dates.addWidget(self.end_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Titre"), self.title_edit)
        dates_label = QLabel(self.tr("&Du"), self)
        dates_label.setBuddy(self.start_edit)        # a label beside a row of fields: its Alt+D needs a buddy
        form.addRow(dates_label, dates)
        form.addRow(self.tr("&Organisateur"), self.organiser_edit)
        form.addRow(self.tr("&Service"), self.service_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.title_edit, self.start_edit)
        self.setTabOrder(self.start_edit, self.end_edit)
        self.setTabOrder(self.end_edit, self.organiser_edit)
        self.setTabOrder(self.organiser_edit, self.service_edit)
        self.title_edit.setFocus()
        if copying:
            self.title_edit.selectAll()

    def _on_start_changed(self, start: QDate) -> None:
        if self._source is not None:
            self.end_edit.setDate(start.addDays(self._length))
        elif self.end_edit.date() < start:
            self.end_edit.setDate(start)

    def save(self) -> None:
        """Create (or copy) the tour through the writer; stay open, with the refusal said, if it fails."""
        title = self.title_edit.text().strip()
        start = self.start_edit.date().toString("yyyy-MM-dd")
        end = max(start, self.end_edit.date().toString("yyyy-MM-dd"))
        try:
            if self._source is not None:
                source_id = self._source.id
                result = self._ops.call(lambda store: store.tours.duplicate(source_id, title=title, start_date=start),
                                        origin=self)
                self.tour, self.skipped = result.tour, result.skipped
            else:
                new = Tour(title=title, start_date=start, end_date=end, organiser=self.organiser_edit.text().strip(),
                           service=self.service_edit.text().strip())
                self.tour = self._ops.call(lambda store: store.tours.save(new), origin=self)[0]
                settings = QSettings()
                settings.setValue("tour_dialog/organiser", new.organiser)
                settings.setValue("tour_dialog/service", new.service)
        except TlError as exc:
            show_error(self, exc)
            return
        self.accept()
