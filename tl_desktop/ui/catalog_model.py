"""The catalog table's model: a thin adapter over the store's site query.

It holds the matching ids in display order and fetches the visible rows lazily, by blocks,
so a catalog of 50,000 sites costs one id query per keystroke, not 50,000 row reads.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from tl_desktop import geo
from tl_desktop.base.errors import TlError
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES, SiteFilter
from tl_desktop.store import CatalogRow, Store

BLOCK = 200
# Up to this many changed sites, each is moved to its place (one count each); more, the list
# is read again (a full refresh: ~25 ms at 50,000 sites).
FEW_CHANGES = 20
log = logging.getLogger(__name__)


class CatalogModel(QAbstractTableModel):
    """Sites matching a filter, sorted by a column; rows read from the store on demand."""

    contents_changed = Signal()   # after a refresh or changed sites: the rows shown are new
    filter_changed = Signal(object)   # a new SiteFilter, before the query that applies it
    COLUMNS = ("name", "kinds", "commune", "departement", "programmes", "public_services")
    SiteIdRole = Qt.UserRole + 1

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._filter = SiteFilter()
        self._ids: list[str] = []
        self._rows: dict[str, CatalogRow | None] = {}   # read by blocks of BLOCK rows
        # Per site painted: its cells' texts and its kind's colour, made once (the table asks
        # data() some 900 times a repaint: each answer is then a tuple lookup).
        self._cells: dict[str, tuple[tuple[str, ...], QColor | None]] = {}
        self._sort_column = 0
        self._sort_order = Qt.AscendingOrder
        self._loaded = False    # set by the first refresh(): sorting before it queries nothing
        self.error = None       # the TlError of the last refresh, when the catalog could not be read
        self._headers = (self.tr("Nom"), self.tr("Types"), self.tr("Commune"), self.tr("Département"),
                         self.tr("Programmes et labels"), self.tr("Services publics accueillis"))

    # ---- what the view asks

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        # Called ~1,000 times a repaint (7 roles a cell): plain ints and dict lookups only.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if role == _SITE_ID:
            return self._ids[row]
        cells = self._cells.get(self._ids[row]) or self._row_cells(row)
        if cells is None:
            return None
        if role == _DECORATION:
            return cells[1] if index.column() == _KINDS_COLUMN else None
        return cells[0][index.column()]

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if column < 0 or (column, order) == (self._sort_column, self._sort_order) and self._loaded:
            return
        self._sort_column, self._sort_order = column, order
        if self._loaded:
            self.refresh()

    # ---- what the catalog view asks

    def set_filter(self, flt: SiteFilter) -> None:
        """Show the sites matching ``flt``."""
        self._filter = flt
        self.filter_changed.emit(flt)
        self.refresh()

    def current_filter(self) -> SiteFilter:
        return self._filter

    def refresh(self) -> None:
        """Query the store again (after a filter, a sort or a change of data)."""
        try:
            ids = self._store.sites.query_ids(self._filter, self.COLUMNS[self._sort_column],
                                              descending=self._sort_order == Qt.DescendingOrder)
            self.error = None
        except TlError as exc:
            # A damaged or unreadable catalog: an empty table that says why, never a crash.
            log.warning("catalogue illisible : %s", exc.details or exc)
            ids, self.error = [], exc
        self._loaded = True
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self._cells = {}
        self.endResetModel()
        self.contents_changed.emit()

    def apply_changes(self, site_ids) -> None:
        """Sites were saved, deleted or restored: move each to its row, in place (few), or refresh."""
        site_ids = set(site_ids)
        if not site_ids:
            return
        if not self._loaded or self.error is not None or len(site_ids) > FEW_CHANGES:
            self.refresh()
            return
        order_by = self.COLUMNS[self._sort_column]
        descending = self._sort_order == Qt.DescendingOrder
        try:
            # Each row counts every site before it, changed ones included: inserted in row
            # order, every row is right when it is inserted.
            placed = sorted((row, site_id) for site_id in site_ids if (row := self._store.sites.position(
                site_id, self._filter, order_by, descending)) is not None)
        except TlError:
            self.refresh()    # says why in the count line
            return
        for site_id in site_ids:
            row = self.row_of(site_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
            self._rows.pop(site_id, None)
            self._cells.pop(site_id, None)
        for row, site_id in placed:
            row = min(row, len(self._ids))
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, site_id)
            self.endInsertRows()
        self.contents_changed.emit()

    def site_ids(self) -> list[str]:
        return list(self._ids)

    def site_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, site_id: str) -> int:
        """Return the row showing ``site_id``, or -1."""
        try:
            return self._ids.index(site_id)
        except ValueError:
            return -1

    def _row_cells(self, row: int) -> tuple[tuple[str, ...], QColor | None] | None:
        site_id = self._ids[row]
        found = self._cells.get(site_id)
        if found is None:
            record = self._rows.get(site_id)
            if record is None:
                # The block around the row, less what is already read (after a change: one row).
                start = (row // BLOCK) * BLOCK
                missing = [i for i in self._ids[start:start + BLOCK] if i not in self._rows]
                try:
                    found = self._store.sites.catalog_rows(missing)
                except TlError as exc:     # damaged pages: the row shows empty, painting goes on
                    log.warning("lignes illisibles : %s", exc.details or exc)
                    return None
                self._rows.update({i: found.get(i) for i in missing})   # None: gone since (asked once)
                record = self._rows.get(site_id)
            if record is None:
                return None   # deleted since the last refresh
            found = self._cells[site_id] = _cells(record)
        return found


def _cells(row: CatalogRow) -> tuple[tuple[str, ...], QColor | None]:
    """Return the texts of a line's cells and the colour of its first kind."""
    choice = KINDS.get(row.kinds[0]) if row.kinds else None
    return (tuple(_display(row, column) for column in CatalogModel.COLUMNS),
            QColor(choice.colour) if choice else None)


_SITE_ID = int(CatalogModel.SiteIdRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ANSWERED = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), _DECORATION, _SITE_ID})
_KINDS_COLUMN = CatalogModel.COLUMNS.index("kinds")


def _label(choices, code: str) -> str:
    return QCoreApplication.translate("domain", choices.label(code))


def _display(row: CatalogRow, column: str) -> str:
    """Return the text of one cell: labels translated, département with its name."""
    if column == "kinds":
        return ", ".join(_label(KINDS, c) for c in row.kinds)
    if column == "programmes":
        return ", ".join(_label(PROGRAMMES, c) for c in row.programmes)
    if column == "public_services":
        return ", ".join(_label(PUBLIC_SERVICES, s.code) + (f" ({s.detail})" if s.detail else "")
                         for s in row.public_services)
    if column == "departement":
        name = geo.departement_names().get(row.departement)
        return f"{row.departement} · {name}" if name else row.departement
    return getattr(row, column)
