"""« Toutes les visites »: every visit of the catalog, filtered by place, tour, dates, author and words.

A double-click (or Entrée) opens the visit's notebook. The list follows the changes made
elsewhere (a notebook's notes, a visit deleted, a place renamed) while it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.text import fold
from tl_desktop.domain import Changes, VisitFilter
from tl_desktop.store import Store
from tl_desktop.ui.date_widgets import OptionalDateEdit
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.visits_model import SORT_ROLE, VISIT_ID_ROLE, VisitsModel

ALL = None          # the « all » entry of each filter combo


class VisitsView(QWidget):
    """The list of all visits; emits ``visit_open_requested`` with a visit's id."""

    visit_open_requested = Signal(str)

    def __init__(self, store: Store, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._stale = True                      # changed while hidden: read again when shown
        ops.executed.connect(self.on_changes)
        self.model = VisitsModel(store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Rechercher dans les lieux, les notes et les réponses…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Rechercher une visite"))
        self.site_combo, self.tour_combo, self.author_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo, name in ((self.site_combo, self.tr("Lieu")), (self.tour_combo, self.tr("Visite apprenante")),
                            (self.author_combo, self.tr("Auteur"))):
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.from_edit = OptionalDateEdit(self.tr("début"), self)
        self.to_edit = OptionalDateEdit(self.tr("fin"), self)
        self.from_edit.setAccessibleName(self.tr("Visites depuis le"))
        self.to_edit.setAccessibleName(self.tr("Visites jusqu'au"))
        self.clear_button = QPushButton(self.tr("Tout afficher"), self)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)     # « 13/02/2025 »
        header.setSectionResizeMode(1, QHeaderView.Stretch)              # the place: what is looked for
        header.setSectionResizeMode(4, QHeaderView.ResizeToContents)
        for column, chars in ((2, 18), (3, 12)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars)
        # The start of the chosen visit's notes, under the list (the dock is too narrow for a column).
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #444;")
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.table.setToolTip(self.tr("Double-clic ou Entrée : ouvrir le carnet de la visite"))
        self.open_button = QPushButton(self.tr("Ouvrir le carnet"), self)
        self.open_button.setEnabled(False)

        # The lists say what they filter (« Tous les lieux »…): no labels, so the panel stays narrow.
        filters = QGridLayout()
        filters.addWidget(self.site_combo, 0, 0)
        filters.addWidget(self.tour_combo, 0, 1)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("D&u"), self, buddy=self.from_edit))
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(QLabel(self.tr("au"), self))
        dates.addWidget(self.to_edit, 1)
        filters.addLayout(dates, 1, 0)
        filters.addWidget(self.author_combo, 1, 1)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addLayout(bottom)

        # Typing waits for a pause; a combo or a date applies at once.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.apply_filter)
        # The notebook writes every few hundred milliseconds while the agent types: the list
        # is read again once the writes pause, not at each of them.
        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(1500)
        self._changed.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _: self._typing.start())
        for combo in (self.site_combo, self.tour_combo, self.author_combo):
            combo.activated.connect(lambda _: self.apply_filter())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _: self.apply_filter())
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._open_index)        # double-click, Entrée
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._on_current_changed(current))
        self.refresh()

    # ---- reading

    def current_filter(self) -> VisitFilter:
        return VisitFilter(site_id=self.site_combo.currentData(), tour_id=self.tour_combo.currentData(),
                           date_from=self.from_edit.iso(), date_to=self.to_edit.iso(),
                           author=self.author_combo.currentData(), text=self.search_edit.text())

    def refresh(self) -> None:
        """Read the choices of the filters and the visits again, keeping what is chosen and selected."""
        self._stale = False
        self._changed.stop()
        everything = self._store.visits.listing()
        places = sorted({(r.site_id, r.site_name, r.commune) for r in everything}, key=lambda p: fold(p[1]))
        self._fill(self.site_combo, self.tr("Tous les lieux"),
                   [(f"{name} ({commune})" if commune else name, site_id) for site_id, name, commune in places])
        self._fill(self.tour_combo, self.tr("Toutes les visites apprenantes"),
                   [(t.title, t.id) for t in self._store.tours.list()])
        self._fill(self.author_combo, self.tr("Tous les auteurs"), [(a, a) for a in self._store.visits.authors()])
        self.apply_filter()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, ALL)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        finally:
            combo.blockSignals(False)

    def apply_filter(self) -> None:
        selected = self.selected_visit_id()
        self._typing.stop()
        self.model.refresh(self.current_filter())
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("{n} visite(s)").format(n=shown))
        if not (selected and self.select_visit(selected)):
            self._on_current_changed(self.table.currentIndex())

    def clear_filters(self) -> None:
        for widget in (self.search_edit, self.site_combo, self.tour_combo, self.author_combo, self.from_edit,
                       self.to_edit):
            widget.blockSignals(True)
        try:
            self.search_edit.clear()
            for combo in (self.site_combo, self.tour_combo, self.author_combo):
                combo.setCurrentIndex(0)
            self.from_edit.clear_date()
            self.to_edit.clear_date()
        finally:
            for widget in (self.search_edit, self.site_combo, self.tour_combo, self.author_combo, self.from_edit,
                           self.to_edit):
                widget.blockSignals(False)
        self.apply_filter()

    def visit_ids(self) -> list[str]:
        """The visits shown, in the order shown."""
        return [self.proxy.index(row, 0).data(VISIT_ID_ROLE) for row in range(self.proxy.rowCount())]

    def selected_visit_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(VISIT_ID_ROLE) if index.isValid() else None

    def select_visit(self, visit_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(VISIT_ID_ROLE) == visit_id:
                self.table.selectRow(row)
                return True
        return False

    def _on_current_changed(self, current) -> None:
        self.open_button.setEnabled(current.isValid())
        row = self.model.row(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if row is None:
            self.preview.clear()
        else:
            self.preview.setText(self.tr("Notes : {text}").format(text=row.excerpt) if row.excerpt
                                 else self.tr("Pas encore de notes."))

    def _open_index(self, index) -> None:
        if index.isValid():
            self.visit_open_requested.emit(index.data(VISIT_ID_ROLE))

    # ---- following the others

    def on_changes(self, changes: Changes, origin: object) -> None:
        """A visit written, deleted or restored, a place or a tour renamed: read again (now if shown)."""
        if not (changes.visits or changes.sites or changes.tours or changes.attachments):
            return
        if self.isVisible():
            self._changed.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._stale:
            self.refresh()
        super().showEvent(event)
