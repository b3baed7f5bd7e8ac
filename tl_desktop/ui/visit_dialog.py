"""Change a visit's date, its author (an agent or a group) and the tour stop it belongs to."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Visit
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import long_date
from tl_desktop.ui.operations import Operations


class VisitDialog(QDialog):
    """Edits a visit's details; ``accept()`` only once the writer has them."""

    def __init__(self, store: Store, ops: Operations, visit: Visit, parent: QWidget | None = None):
        super().__init__(parent)
        self._store, self._ops, self._visit = store, ops, visit
        self.setWindowTitle(self.tr("Modifier la visite"))
        self.undated = QCheckBox(self.tr("Date à préciser"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate.fromString(visit.visit_date, "yyyy-MM-dd") if visit.visit_date
                               else QDate.currentDate())
        self.undated.setChecked(not visit.visit_date)
        self.undated.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        self.date_edit.setEnabled(bool(visit.visit_date))
        self.author_edit = QLineEdit(visit.author, self)
        self.author_edit.setPlaceholderText(self.tr("un agent, ou un groupe : « Groupe 2 — urbanisme »"))
        self.stop_combo = QComboBox(self)
        self.stop_combo.addItem(self.tr("Aucune (visite hors visite apprenante)"), None)
        for tour in store.tours.list():
            for stop in store.tours.stops(tour.id):
                if stop.site_id == visit.site_id:
                    self.stop_combo.addItem(f"{tour.title} — {long_date(stop.day)}", stop.id)
        self.stop_combo.setCurrentIndex(max(0, self.stop_combo.findData(visit.stop_id)))
        dates = QHBoxLayout()
        dates.addWidget(self.date_edit, 1)
        dates.addWidget(self.undated)
        form = QFormLayout()
        form.addRow(self.tr("Date"), dates)
        form.addRow(self.tr("Auteur"), self.author_edit)
        form.addRow(self.tr("Étape de visite apprenante"), self.stop_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        geometry = QSettings().value("visit_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def save(self) -> None:
        """Write the details and close; a refusal is said and the dialog stays open."""
        visit_id = self._visit.id
        day = "" if self.undated.isChecked() else self.date_edit.date().toString("yyyy-MM-dd")
        author, stop_id = self.author_edit.text(), self.stop_combo.currentData()

        def op(store: Store):
            with store.atomic():
                changes = store.visits.set_details(visit_id, visit_date=day, author=author)
                if stop_id != self._visit.stop_id:
                    changes |= store.visits.set_stop(visit_id, stop_id)
            return changes
        try:
            self._ops.call(op, origin=self)
        except TlError as exc:
            show_error(self, exc)
            return
        QSettings().setValue("visit_dialog/geometry", self.saveGeometry())
        self.accept()
