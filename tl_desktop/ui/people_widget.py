"""People named by a visit (people met) or a tour (participants): personal data, added and
removed at once, erasable everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Attendance, Person
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.messages import ask
from tl_desktop.ui.operations import Operations


class PeopleWidget(QWidget):
    """The people of one visit (``kind="visit"``) or one tour (``"tour"``); ``changed`` after each write."""

    changed = Signal()

    def __init__(self, store: Store, ops: Operations, parent: QWidget | None = None, kind: str = "visit"):
        super().__init__(parent)
        self._store = store
        self._ops = ops
        self._kind = kind                      # "visit" or "tour": the record people are attached to
        self._visit_id: str | None = None     # the visit's or the tour's id
        notice = QLabel(self.tr("Données personnelles : ne notez que ce qui est utile à l'étude. "
                                "Chaque export permet de les laisser de côté."), self)
        notice.setWordWrap(True)
        notice.setStyleSheet("color: #555;")
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Rôle"),
                                              self.tr("Structure") if kind == "visit" else self.tr("Service"),
                                              self.tr("Contact")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.name_edit, self.role_edit = QLineEdit(self), QLineEdit(self)
        self.service_edit, self.contact_edit = QLineEdit(self), QLineEdit(self)
        for edit, hint in ((self.name_edit, self.tr("Nom *")), (self.role_edit, self.tr("Rôle")),
                           (self.service_edit, self.tr("Structure")), (self.contact_edit, self.tr("Contact"))):
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(hint)
            edit.returnPressed.connect(self.add_person)
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("Retirer de la visite") if kind == "visit"
                                         else self.tr("Retirer de la visite apprenante"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.erase_button = QPushButton(self.tr("Effacer partout…"), self)
        self.erase_button.setToolTip(self.tr("Supprimer cette personne de toutes les visites et visites "
                                             "apprenantes (droit à l'effacement)"))
        self.erase_button.clicked.connect(self.erase_selected)
        entry = QGridLayout()      # two rows: the widget fits a side dock
        entry.addWidget(self.name_edit, 0, 0)
        entry.addWidget(self.role_edit, 0, 1)
        entry.addWidget(self.service_edit, 1, 0)
        entry.addWidget(self.contact_edit, 1, 1)
        entry.addWidget(self.add_button, 0, 2, 2, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def set_visit(self, visit_id: str | None) -> None:
        self._visit_id = visit_id
        self.reload()

    def reload(self) -> None:
        people = self._store.people.of(self._kind, self._visit_id) if self._visit_id else []
        self.table.setRowCount(len(people))
        for row, attendance in enumerate(people):
            p = attendance.person
            for column, text in enumerate((p.name, attendance.role, p.service, p.contact)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, p.id)
                self.table.setItem(row, column, item)

    def add_person(self) -> None:
        if not self._visit_id or not self.name_edit.text().strip():
            self.name_edit.setFocus()
            return
        person = Person(name=self.name_edit.text().strip(), service=self.service_edit.text().strip(),
                        contact=self.contact_edit.text().strip())
        record_id, kind, attendance = self._visit_id, self._kind, Attendance(person, self.role_edit.text().strip())
        try:
            self._ops.call(lambda store: store.people.attach(kind, record_id, attendance), origin=self)
        except TlError as exc:
            show_error(self, exc)
            return
        for edit in (self.name_edit, self.role_edit, self.service_edit, self.contact_edit):
            edit.clear()
        self.name_edit.setFocus()
        self.reload()
        self.changed.emit()

    def _selected(self) -> tuple[str, str] | None:
        row = self.table.currentRow()
        if row < 0:
            return None
        return self.table.item(row, 0).data(Qt.UserRole), self.table.item(row, 0).text()

    def remove_selected(self) -> None:
        chosen = self._selected()
        if chosen and self._visit_id:
            record_id, kind = self._visit_id, self._kind
            try:
                self._ops.call(lambda store: store.people.detach(kind, record_id, chosen[0]), origin=self)
            except TlError as exc:
                show_error(self, exc)
                return
            self.reload()
            self.changed.emit()

    def erase_selected(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        answer = ask(self, self.tr("Effacer une personne"),
                     self.tr("Effacer « {name} » de toutes les visites et visites apprenantes ? "
                             "Cette suppression est définitive.").format(name=chosen[1]),
                     QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        try:
            self._ops.call(lambda store: store.people.delete(chosen[0]), origin=self)
        except TlError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()
