"""The meeting rooms of a site, in the site form: name, capacity, PMR access, equipment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.domain import ROOM_EQUIPMENT, Room

NAME, CAPACITY, PMR, EQUIPMENT = range(4)


class RoomsEditor(QWidget):
    """Edits a list of rooms; emits ``edited`` at each change. The form saves them with the site."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ids: list[str] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Salle"), self.tr("Places"), self.tr("PMR"),
                                              self.tr("Équipement")])
        self.table.setAccessibleName(self.tr("Salles de réunion"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        for column in (CAPACITY, PMR, EQUIPMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.add_button = QPushButton(self.tr("Ajouter une salle"), self)
        self.remove_button = QPushButton(self.tr("Retirer la salle"), self)
        self.add_button.clicked.connect(lambda: self.add_room(Room(site_id="", capacity=20)))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit()

    def set_rooms(self, rooms: list[Room]) -> None:
        """Show these rooms (no ``edited`` signal)."""
        self.blockSignals(True)
        try:
            self.table.setRowCount(0)
            self._ids = []
            for room in rooms:
                self.add_room(room)
        finally:
            self.blockSignals(False)

    def add_room(self, room: Room) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(room.id)
        name = QLineEdit(room.name, self.table)
        name.setPlaceholderText(self.tr("ex. grande salle"))
        name.setAccessibleName(self.tr("Nom de la salle"))
        name.textChanged.connect(self.edited)
        capacity = QSpinBox(self.table)
        capacity.setRange(1, 5000)
        capacity.setValue(room.capacity)
        capacity.setAccessibleName(self.tr("Nombre de personnes pour une réunion"))
        capacity.valueChanged.connect(self.edited)
        pmr = QCheckBox(self.table)
        pmr.setChecked(room.accessible)
        pmr.setAccessibleName(self.tr("Accessible aux personnes à mobilité réduite"))
        pmr.toggled.connect(self.edited)
        kit = QToolButton(self.table)
        kit.setPopupMode(QToolButton.InstantPopup)
        kit.setAccessibleName(self.tr("Équipement de la salle"))
        menu = QMenu(kit)
        for choice in ROOM_EQUIPMENT:
            action = menu.addAction(QCoreApplication.translate("domain", choice.label))
            action.setCheckable(True)
            action.setChecked(choice.code in room.equipment)
            action.setData(choice.code)
            action.toggled.connect(lambda checked, button=kit: self._on_equipment_toggled(button))
        kit.setMenu(menu)
        self._label_equipment(kit)
        for column, widget in ((NAME, name), (CAPACITY, capacity), (PMR, pmr), (EQUIPMENT, kit)):
            self.table.setCellWidget(row, column, widget)
        self._fit()
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]
            self._fit()
            self.edited.emit()

    def rooms(self, site_id: str = "") -> list[Room]:
        """The rooms as shown, in order."""
        result = []
        for row, room_id in enumerate(self._ids):
            kit = self.table.cellWidget(row, EQUIPMENT)
            result.append(Room(
                id=room_id, site_id=site_id, name=self.table.cellWidget(row, NAME).text().strip(),
                capacity=self.table.cellWidget(row, CAPACITY).value(),
                accessible=self.table.cellWidget(row, PMR).isChecked(),
                equipment=[a.data() for a in kit.menu().actions() if a.isChecked()], position=row))
        return result

    def _on_equipment_toggled(self, button: QToolButton) -> None:
        self._label_equipment(button)
        self.edited.emit()

    def _label_equipment(self, button: QToolButton) -> None:
        checked = [a.text() for a in button.menu().actions() if a.isChecked()]
        button.setText(", ".join(checked) if checked else self.tr("aucun"))
        button.setToolTip(button.text())

    def _fit(self) -> None:
        rows = max(1, self.table.rowCount())
        height = self.table.horizontalHeader().height() + rows * (self.table.verticalHeader().defaultSectionSize() + 6) + 4
        self.table.setFixedHeight(min(height, 220))
