"""The catalog: a search box, filters, and the sortable table of sites."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tl_desktop import geo
from tl_desktop.base.errors import TlError
from tl_desktop.domain import KINDS, PROGRAMMES, Changes, SiteFilter
from tl_desktop.store import Store
from tl_desktop.ui.catalog_model import CatalogModel
from tl_desktop.ui.errors import error_text
from tl_desktop.ui.language import interface_locale, interface_translator
from tl_desktop.ui.operations import Operations


def _label(choice) -> str:
    return QCoreApplication.translate("domain", choice.label)


# Typing pauses shorter than this are one search: the query itself takes a few ms.
SEARCH_DELAY_MS = 120


class CatalogView(QWidget):
    """Search, filter and browse the sites; tells which site is selected or opened."""

    site_selected = Signal(str)
    site_activated = Signal(str)
    shown_ids_changed = Signal(object)   # list[str] of the sites shown, or None when unfiltered

    def __init__(self, store: Store, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        ops.executed.connect(self.on_changes)
        self._selected_id: str | None = None
        self._moving_rows = False
        self.model = CatalogModel(store, self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Rechercher un lieu, une commune, un type… (sans accents)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Recherche"))
        self.kind_combo = self._combo(self.tr("Tous les types"), [(c.code, _label(c)) for c in KINDS])
        self.programme_combo = self._combo(self.tr("Tous les programmes"), [(c.code, _label(c)) for c in PROGRAMMES])
        self.departement_combo = self._combo(self.tr("Tous les départements"), [])
        self.service_check = QCheckBox(self.tr("Accueille un service public"), self)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 150, 140, 160, 170)):
            header.resizeSection(column, width)

        # The check box beside the search field, not after the three lists: the catalog then
        # narrows to ~380 px, and the map keeps its room beside a side panel at 1366 px.
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.service_check)
        filters = QHBoxLayout()
        for widget in (self.kind_combo, self.programme_combo, self.departement_combo):
            filters.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.open_from_search)
        self.search_edit.installEventFilter(self)      # ↓ goes down into the results
        for combo in (self.kind_combo, self.programme_combo, self.departement_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.service_check.toggled.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_row_activated)
        self.model.contents_changed.connect(self._on_model_contents_changed)

        self.reload_departements()
        self.model.refresh()

    def _combo(self, everything: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        # Long labels (« Espace de médiation numérique ») must not force the catalog to be wide.
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(everything, None)
        for code, label in entries:
            combo.addItem(label, code)
        return combo

    # ---- state

    def current_filter(self) -> SiteFilter:
        return SiteFilter(text=self.search_edit.text(), kind=self.kind_combo.currentData(),
                          programme=self.programme_combo.currentData(),
                          departement=self.departement_combo.currentData(),
                          hosts_public_service=self.service_check.isChecked())

    def current_site_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.site_id(index.row()) if index.isValid() else None

    def reload_departements(self) -> None:
        """Offer in the département filter the départements that have sites."""
        names = geo.departement_names()
        chosen = self.departement_combo.currentData()
        codes = self._store.sites.departements_in_use()
        if chosen and chosen not in codes:
            codes.append(chosen)   # its last site was deleted: the filter stays what it shows
        combo = self.departement_combo
        if codes == [combo.itemData(i) for i in range(1, combo.count())]:
            return   # after most changes: nothing to rebuild (and nothing to repaint)
        self.departement_combo.blockSignals(True)
        self.departement_combo.clear()
        self.departement_combo.addItem(self.tr("Tous les départements"), None)
        for code in codes:
            self.departement_combo.addItem(f"{code} · {names.get(code, '')}".rstrip(" ·"), code)
        index = self.departement_combo.findData(chosen)
        self.departement_combo.setCurrentIndex(max(index, 0))
        self.departement_combo.blockSignals(False)

    # ---- actions

    def apply_filter(self) -> None:
        """Query the store with the search text and filters now."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.current_filter():
            self.model.set_filter(flt)

    def clear_filters(self) -> None:
        """Show the whole catalog again."""
        for widget in (self.search_edit, self.kind_combo, self.programme_combo, self.departement_combo,
                       self.service_check):
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.kind_combo, self.programme_combo, self.departement_combo):
            combo.setCurrentIndex(0)
        self.service_check.setChecked(False)
        for widget in (self.search_edit, self.kind_combo, self.programme_combo, self.departement_combo,
                       self.service_check):
            widget.blockSignals(False)
        self.apply_filter()

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Sites added, renamed, deleted: each moves to its row in place (many: the table is read again)."""
        if changes.sites:
            self.refresh(changes.sites)

    def refresh(self, site_ids=None) -> None:
        """Re-read the store after a change (of ``site_ids``, if known), keeping filter and selection."""
        self.reload_departements()
        if site_ids is None:
            self.model.refresh()
            return
        # A few sites moved in place (no 50,000-row query). Rows removed meanwhile move the
        # current row: that is not the agent choosing another site.
        self._moving_rows = True
        try:
            self.model.apply_changes(site_ids)
        finally:
            self._moving_rows = False

    def select_site(self, site_id: str) -> bool:
        """Select ``site_id`` in the table if it is shown; return whether it is."""
        row = self.model.row_of(site_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_results(self) -> bool:
        """Search now and move the focus to the first result, selected; return False if there is none."""
        self.apply_filter()
        if self.model.rowCount() == 0:
            return False
        self.select_site(self.model.site_id(0))
        self.table.setFocus(Qt.TabFocusReason)
        return True

    def open_from_search(self) -> None:
        """Entrée in the search box: open the selected result's form, or the first one's."""
        self.apply_filter()
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else 0
        if row < self.model.rowCount():
            site_id = self.model.site_id(row)
            self.select_site(site_id)
            self.site_activated.emit(site_id)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.search_edit and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down \
                and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            return self.focus_results()
        return super().eventFilter(obj, event)

    # ---- slots

    def _on_model_contents_changed(self) -> None:
        error = self.model.error
        if error is None:
            try:
                # Unfiltered, the list is every live site: no count to read (2-3 ms at 50,000).
                unfiltered = self.model.current_filter() == SiteFilter()
                total = self.model.rowCount() if unfiltered else self._store.sites.count()
            except TlError as exc:   # the list's index read well, the table's pages do not
                error = exc
        if error is not None:
            self.count_label.setText(error_text(error))
            self.count_label.setStyleSheet("color: #a61b1b;")
            return
        self.count_label.setStyleSheet("")
        count = self.model.rowCount()
        locale = interface_locale()     # « 1 234 » / "1,234"
        shown, everything = locale.toString(count), locale.toString(total)
        singular = interface_translator().is_singular(count)
        if count == total:
            text = self.tr("{n} lieu") if singular else self.tr("{n} lieux")
        else:
            text = self.tr("{n} lieu sur {total}") if singular else self.tr("{n} lieux sur {total}")
        self.count_label.setText(text.format(n=shown, total=everything))
        flt = self.model.current_filter()
        self.shown_ids_changed.emit(None if flt.is_empty() else self.model.site_ids())
        if self._selected_id and not self.select_site(self._selected_id):
            self._selected_id = None

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._moving_rows:
            site_id = self.model.site_id(current.row())
            if site_id != self._selected_id:
                self._selected_id = site_id
                self.site_selected.emit(site_id)

    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.site_activated.emit(self.model.site_id(index.row()))
