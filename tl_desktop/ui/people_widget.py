"""People named by a visit (people met) or a tour (participants): personal data, added,
corrected in place (double-click or F2 on a cell) and removed at once, erasable everywhere.
A tour's participants also come from a spreadsheet and go out to one (CSV)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
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
from tl_desktop.io.participants import add_participants, read_participants, write_participants
from tl_desktop.store import Store
from tl_desktop.ui import file_dialogs
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import interface_language
from tl_desktop.ui.messages import ask
from tl_desktop.ui.operations import Operations

NAME, ROLE, SERVICE, CONTACT = range(4)


class PeopleWidget(QWidget):
    """The people of one visit (``kind="visit"``) or one tour (``"tour"``); ``changed`` after each write."""

    changed = Signal()
    document_written = Signal(str)     # a file was exported: the window offers to open it

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
        # People met belong to a structure (the place, a partner); participants to a service.
        organisation = self.tr("Structure") if kind == "visit" else self.tr("Service")
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Rôle"), organisation, self.tr("Contact")])
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setToolTip(self.tr("Double-clic ou F2 pour corriger une case"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        self.name_edit, self.role_edit = QLineEdit(self), QLineEdit(self)
        self.service_edit, self.contact_edit = QLineEdit(self), QLineEdit(self)
        for edit, hint in ((self.name_edit, self.tr("Nom *")), (self.role_edit, self.tr("Rôle")),
                           (self.service_edit, organisation), (self.contact_edit, self.tr("Contact"))):
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
        self.import_button = QPushButton(self.tr("Importer…"), self)
        self.import_button.setToolTip(self.tr("Ajouter les personnes d'un tableur Excel (.xlsx) ou CSV (colonnes Nom, "
                                              "Prénom, Fonction, Service, Courriel…)"))
        self.import_button.clicked.connect(self.import_people)
        self.export_button = QPushButton(self.tr("Exporter (CSV)…"), self)
        self.export_button.setToolTip(self.tr("Enregistrer la liste des participants pour un tableur"))
        self.export_button.clicked.connect(self.export_people)
        for button in (self.import_button, self.export_button):
            button.setVisible(kind == "tour")
        transfers = QHBoxLayout()           # a row of its own: the widget fits a side dock
        transfers.addWidget(self.import_button)
        transfers.addWidget(self.export_button)
        transfers.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addLayout(entry)
        if kind == "tour":
            layout.addLayout(transfers)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def set_visit(self, visit_id: str | None) -> None:
        self._visit_id = visit_id
        self.reload()

    def reload(self) -> None:
        people = self._store.people.of(self._kind, self._visit_id) if self._visit_id else []
        self._people = {a.person.id: a for a in people}
        blocker = QSignalBlocker(self.table)     # filling the table is not an edit
        self.table.setRowCount(len(people))
        for row, attendance in enumerate(people):
            p = attendance.person
            for column, text in enumerate((p.name, attendance.role, p.service, p.contact)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, p.id)
                self.table.setItem(row, column, item)
        del blocker
        self.export_button.setEnabled(bool(people))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        """A cell was corrected in place: write the person (and their role here) at once."""
        before = self._people.get(item.data(Qt.UserRole))
        if before is None or not self._visit_id:
            return
        text = " ".join(item.text().split())
        column = item.column()
        if column == NAME and not text:
            show_error(self, TlError(QCoreApplication.translate("PeopleWidget", "Le nom ne peut pas être vide : "
                                                                "pour retirer la personne, utilisez « Retirer ».")))
            self.reload()
            return
        p = before.person
        values = {NAME: p.name, ROLE: before.role, SERVICE: p.service, CONTACT: p.contact}
        if values[column] == text:
            return
        values[column] = text
        attendance = Attendance(Person(id=p.id, name=values[NAME], service=values[SERVICE], contact=values[CONTACT]),
                                values[ROLE])
        record_id, kind = self._visit_id, self._kind
        try:
            self._ops.call(lambda store: store.people.attach(kind, record_id, attendance), origin=self)
        except TlError as exc:
            show_error(self, exc)
        row = self.table.row(item)
        self.reload()
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), column)
        self.changed.emit()

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

    # ---- spreadsheets (a tour's participants)

    def import_people(self) -> None:
        """Add the people of a CSV file to the tour, after saying what will be added and what left out."""
        if not self._visit_id:
            return
        path = file_dialogs.open_path(self, file_dialogs.PARTICIPANTS, self.tr("Importer des participants"),
                                      self.tr("Tableurs (*.xlsx *.csv *.txt);;Tous les fichiers (*)"))
        if path is None:
            return
        try:
            read = read_participants(path)
        except TlError as exc:
            show_error(self, exc, self.tr("Import des participants impossible"))
            return
        # Not named « tr »: lupdate would take the context for a text to translate.
        translate = QCoreApplication.translate
        skipped = "\n".join(self.tr("ligne {line} : {reason}{name}").format(
            line=s.line, reason=translate("tl_desktop", s.reason), name=f" ({s.name})" if s.name else "")
            for s in read.skipped[:12])
        text = self.tr("{n} personne(s) trouvée(s) dans « {file} ».").format(n=len(read.people), file=path.name)
        if read.people:
            text += "\n" + ", ".join(a.person.name for a in read.people[:8]) + ("…" if len(read.people) > 8 else "")
        if read.skipped:
            text += "\n\n" + self.tr("Lignes laissées de côté :") + "\n" + skipped
        if not read.people:
            ask(self, self.tr("Importer des participants"), text, QMessageBox.Ok, icon=QMessageBox.Warning)
            return
        text += "\n\n" + self.tr("Ajouter ces personnes aux participants ? Ce sont des données personnelles : "
                                  "n'importez que ce qui est utile à la visite.")
        if ask(self, self.tr("Importer des participants"), text, QMessageBox.Yes | QMessageBox.No,
               QMessageBox.Yes) != QMessageBox.Yes:
            return
        tour_id, people = self._visit_id, read.people
        try:
            result = self._ops.call(lambda store: add_participants(store, tour_id, people), origin=self)
        except TlError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()
        done = self.tr("{n} participant(s) ajouté(s).").format(n=len(result.added))
        if result.already:
            done += " " + self.tr("Déjà inscrits : {names}.").format(names=", ".join(result.already))
        ask(self, self.tr("Importer des participants"), done, QMessageBox.Ok, icon=QMessageBox.Information)

    def export_people(self) -> None:
        """Write the participants to a CSV file, after asking about their contacts (personal data)."""
        if not self._visit_id:
            return
        answer = ask(self, self.tr("Données personnelles"),
                     self.tr("La liste des participants contient des données personnelles. Ne la transmettez "
                             "qu'aux personnes qui en ont besoin.\n\nInclure leurs coordonnées (courriel, "
                             "téléphone) ?"),
                     QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel, QMessageBox.No,
                     labels={QMessageBox.Yes: self.tr("Avec les coordonnées"),
                             QMessageBox.No: self.tr("Sans les coordonnées"),
                             QMessageBox.Cancel: self.tr("Annuler")})
        if answer == QMessageBox.Cancel:
            return
        try:
            tour = self._store.tours.get(self._visit_id)
        except TlError as exc:
            show_error(self, exc)
            return
        path = file_dialogs.save_path(self, file_dialogs.PARTICIPANTS, self.tr("Exporter les participants"),
                                      file_dialogs.export_name("participants", tour.title, tour.start_date, ".csv"),
                                      self.tr("Tableur CSV (*.csv)"))
        if path is None:
            return
        try:
            out = write_participants(self._store, tour.id, path, include_contacts=answer == QMessageBox.Yes,
                                     language=interface_language())     # a working list: the interface's
        except TlError as exc:
            show_error(self, exc)
            return
        self.document_written.emit(str(out))
