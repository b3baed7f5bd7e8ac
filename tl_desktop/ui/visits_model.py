"""« Toutes les visites » as a Qt table: a thin adapter over ``store.visits.listing``."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt

from tl_desktop.base.text import fold
from tl_desktop.domain import VisitFilter
from tl_desktop.store import Store, VisitRow
from tl_desktop.ui.language import long_date

VISIT_ID_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2        # what a column sorts by: ISO dates, names without accents


class VisitsModel(QAbstractTableModel):
    """The visits a filter selects; ``refresh`` reads them again (a few hundred rows: one query)."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._rows: list[VisitRow] = []
        self.filter = VisitFilter()

    def refresh(self, flt: VisitFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        self.beginResetModel()
        self._rows = self._store.visits.listing(self.filter)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802 (Qt API)
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Date"), self.tr("Lieu"), self.tr("Visite apprenante"), self.tr("Auteur"),
                    self.tr("Photos"))[section]
        return None

    def row(self, index: int) -> VisitRow:
        return self._rows[index]

    def visit_ids(self) -> list[str]:
        return [r.id for r in self._rows]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == VISIT_ID_ROLE:
            return r.id
        if role == SORT_ROLE:
            return (r.visit_date or "0", fold(r.site_name), fold(r.tour_title), fold(r.author),
                    r.attachments)[index.column()]
        if role == Qt.DisplayRole:
            day = QDate.fromString(r.visit_date, "yyyy-MM-dd")
            place = f"{r.site_name} ({r.commune})" if r.commune else r.site_name
            return (day.toString("dd/MM/yyyy") if day.isValid() else self.tr("à préciser"), place, r.tour_title,
                    r.author, str(r.attachments) if r.attachments else "")[index.column()]
        if role == Qt.ToolTipRole:
            return (long_date(r.visit_date) if r.visit_date else self.tr("date à préciser"),
                    f"{r.site_name} ({r.commune})" if r.commune else r.site_name, r.tour_title, r.author,
                    None)[index.column()] or None
        if role == Qt.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None
