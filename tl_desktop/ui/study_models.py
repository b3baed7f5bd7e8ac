"""The table of a study's places: a thin model over the list of places the core selected."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from tl_desktop.domain import KINDS
from tl_desktop.study import Place

COLUMNS = (
    QCoreApplication.translate("StudyPlacesModel", "Comparer"),
    QCoreApplication.translate("StudyPlacesModel", "Lieu"),
    QCoreApplication.translate("StudyPlacesModel", "Commune"),
    QCoreApplication.translate("StudyPlacesModel", "Types"),
    QCoreApplication.translate("StudyPlacesModel", "Réseau régional"),
    QCoreApplication.translate("StudyPlacesModel", "Salle (pers.)"),
    QCoreApplication.translate("StudyPlacesModel", "Dernière visite"),
)
COMPARE, NAME, COMMUNE, KINDS_COLUMN, NETWORK, ROOM, VISIT = range(len(COLUMNS))
ID_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2


class StudyPlacesModel(QAbstractTableModel):
    """Places in catalog order; the first column's check box puts a place in the comparison."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._places: list[Place] = []
        self.compared: list[str] = []        # ids, in the order they were ticked
        self._kind_labels: dict[tuple, str] = {}

    def set_places(self, places: list[Place]) -> None:
        self.beginResetModel()
        self._places = list(places)
        self.endResetModel()

    def places(self) -> list[Place]:
        return self._places

    def set_compared(self, ids: list[str]) -> None:
        self.compared = list(dict.fromkeys(ids))
        if self._places:
            self.dataChanged.emit(self.index(0, COMPARE), self.index(len(self._places) - 1, COMPARE))

    def row_of(self, place_id: str) -> int:
        return next((i for i, p in enumerate(self._places) if p.id == place_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._places)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("StudyPlacesModel", COLUMNS[section])
        return None

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsUserCheckable if index.column() == COMPARE else base

    def _kinds(self, place: Place) -> str:
        if place.kinds not in self._kind_labels:
            self._kind_labels[place.kinds] = ", ".join(
                QCoreApplication.translate("domain", KINDS.label(k)) for k in place.kinds)
        return self._kind_labels[place.kinds]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        place = self._places[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return place.id
        if column == COMPARE and role == Qt.CheckStateRole:
            return Qt.Checked if place.id in self.compared else Qt.Unchecked
        if role in (Qt.DisplayRole, SORT_ROLE):
            visit = place.latest_visit
            values = {NAME: place.name, COMMUNE: place.commune, KINDS_COLUMN: self._kinds(place),
                      NETWORK: place.network, ROOM: place.capacity or (None if role == Qt.DisplayRole else 0),
                      VISIT: visit.date if visit else ""}
            return values.get(column)
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        if index.column() != COMPARE or role != Qt.CheckStateRole:
            return False
        place_id = self._places[index.row()].id
        checked = Qt.CheckState(value) == Qt.Checked
        if checked and place_id not in self.compared:
            self.compared.append(place_id)
        elif not checked and place_id in self.compared:
            self.compared.remove(place_id)
        self.dataChanged.emit(index, index)
        return True
