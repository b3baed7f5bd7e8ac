"""The territorial study: territory and criteria, map + places + figures kept in sync, comparison, exports.

The core does the work (``tl_desktop.study``): the catalog is read once in a worker
(``StudyData.load``), then each change of criteria re-selects and recomputes the figures, on the
GUI thread while that stays under 50 ms (10,000 places: ~20 ms measured, bench/study.py), in a
worker otherwise. Exports and documents run in workers with progress and cancel.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QSignalBlocker, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tl_desktop import geo
from tl_desktop.base.errors import TlError
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES, ROOM_EQUIPMENT, Changes, MapPoint, Study
from tl_desktop.store import Store
from tl_desktop.study import (
    GROUPINGS,
    TERRITORY_KINDS,
    Criteria,
    StudyData,
    StudyQuestion,
    Territory,
    area_of_view,
    comparison,
    compute_figures,
    select,
)
from tl_desktop.ui.errors import error_text, show_error
from tl_desktop.ui.export_options import document_language_combo
from tl_desktop.ui.figure_widget import FigureWidget
from tl_desktop.ui.language import interface_translator
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.study_models import ID_ROLE, SORT_ROLE, StudyPlacesModel
from tl_desktop.ui.workers import run_job

SYNC_LIMIT = 0.05      # above this, a recomputation goes to a worker


def _checklist(parent: QWidget, items: list[tuple[str, str]], name: str, rows: int = 5) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    for code, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(widget.fontMetrics().lineSpacing() * rows + 16)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(i).data(Qt.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.Checked)


def _set_checked(widget: QListWidget, codes) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in codes else Qt.Unchecked)


class StudyView(QWidget):
    """Choose a territory and criteria, see the places and figures, compare, save, export."""

    figures_updated = Signal()            # after the places, map and figures show the current question
    message = Signal(str)                 # for the status bar
    def __init__(self, store: Store, ops: Operations, data_folder: Path, parent: QWidget | None = None, *,
                 with_map: bool = True):
        super().__init__(parent)
        self._store = store
        self._ops = ops
        ops.executed.connect(self.on_changes)
        self._data_folder = data_folder
        self._data: StudyData | None = None
        self._study_id: str | None = None
        self._generation = 0
        self._last_compute = 0.0
        self._jobs: set = set()
        self.places: list = []
        self.figures = None
        self._polygon: tuple = ()
        self.last_export = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.recompute)

        self._build_study_bar()
        self._build_criteria()
        self.model = StudyPlacesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 220)
        self.table.setAccessibleName(self.tr("Lieux de l'étude"))
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.map_view = None
        if with_map:
            from tl_desktop.views.map_view import MapView

            self.map_view = MapView(self)
            self.map_view.site_selected.connect(self._on_map_site_selected)
            self.map_view.site_activated.connect(self._on_map_site_selected)
        self.headline = QLabel(self)
        self.headline.setTextFormat(Qt.PlainText)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.figures_box = QWidget(self)
        self.figures_layout = QVBoxLayout(self.figures_box)
        self.figures_layout.addStretch(1)
        figures_scroll = QScrollArea(self)
        figures_scroll.setWidgetResizable(True)
        figures_scroll.setWidget(self.figures_box)
        figures_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.compare_button = QPushButton(self.tr("Comparer les lieux cochés"), self)
        self.compare_button.clicked.connect(self.show_comparison)
        self.compare_info = QLabel(self.tr("Cochez de 2 à 15 lieux dans la colonne « Comparer »."), self)
        self.compare_info.setTextFormat(Qt.PlainText)
        self.compare_info.setWordWrap(True)
        self.comparison_table = QTableWidget(self)
        self.comparison_table.setAccessibleName(self.tr("Comparaison des lieux"))
        self.comparison_table.setWordWrap(True)
        self.comparison_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.comparison_table.horizontalHeader().setDefaultSectionSize(190)
        self.comparison_table.verticalHeader().setMaximumWidth(150)
        compare_page = QWidget(self)
        compare_layout = QVBoxLayout(compare_page)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.compare_info, 1)
        compare_layout.addLayout(row)
        compare_layout.addWidget(self.comparison_table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(figures_scroll, self.tr("Chiffres"))
        self.tabs.addTab(compare_page, self.tr("Comparaison"))
        self._build_layout()
        self._connect_criteria()
        self.reload_studies()

    # ---------------------------------------------------------------- building

    def _build_study_bar(self) -> None:
        self.studies_combo = QComboBox(self)
        self.studies_combo.setAccessibleName(self.tr("Études enregistrées"))
        self.studies_combo.activated.connect(self._on_study_chosen)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Nom de l'étude"))
        self.name_edit.setAccessibleName(self.tr("Nom de l'étude"))
        self.save_button = QPushButton(self.tr("Enregistrer l'étude"), self)
        self.save_button.clicked.connect(self.save_study)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_button.clicked.connect(self.delete_study)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Exporter…"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.export_button)
        for text, kind in ((self.tr("Document PDF…"), "pdf"), (self.tr("Document modifiable (DOCX)…"), "docx"),
                           (self.tr("Tableur XLSX (lieux, visites, forces et fragilités)…"), "xlsx"),
                           (self.tr("CSV…"), "csv"), (self.tr("CSV pour Excel en français (;)…"), "csv;"),
                           (self.tr("GeoJSON…"), "geojson"),
                           (self.tr("Lieux de médiation numérique (schéma national)…"), "mednum")):
            menu.addAction(text).triggered.connect(lambda checked=False, kind=kind: self.ask_export(kind))
        self.export_button.setMenu(menu)
        # The documents' language, the agent's choice (partners abroad); the interface's by default.
        self.document_language_combo = document_language_combo(self)
        self.document_language_combo.setToolTip(self.tr("Langue des documents et des exports de l'étude"))

    def _build_criteria(self) -> None:
        self.territory_combo = QComboBox(self)
        self.territory_combo.setAccessibleName(self.tr("Territoire"))
        for code, label in TERRITORY_KINDS.items():
            self.territory_combo.addItem(QCoreApplication.translate("study", label), code)
        self.region_combo = QComboBox(self)
        self.region_combo.setAccessibleName(self.tr("Région"))
        for region in sorted({d.region for d in geo.departements().values()}):
            self.region_combo.addItem(region, region)
        self.departement_combo = QComboBox(self)
        self.departement_combo.setAccessibleName(self.tr("Département"))
        for code, name in geo.departement_names().items():
            self.departement_combo.addItem(f"{code} · {name}", code)
        self.communes_edit = QLineEdit(self)
        self.communes_edit.setPlaceholderText(self.tr("Marseille, Aubagne… ou codes INSEE"))
        self.communes_edit.setAccessibleName(self.tr("Communes"))
        self.communes_info = QLabel(self)
        self.communes_info.setTextFormat(Qt.PlainText)
        self.communes_info.setWordWrap(True)
        communes = QWidget(self)
        box = QVBoxLayout(communes)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.communes_edit)
        box.addWidget(self.communes_info)
        self.area_button = QPushButton(self.tr("Prendre la zone affichée sur la carte"), self)
        self.area_button.setToolTip(self.tr("Cadrez la carte sur le territoire voulu, puis cliquez."))
        self.area_button.clicked.connect(self.take_map_area)
        self.area_info = QLabel(self.tr("Aucune zone prise."), self)
        self.area_info.setTextFormat(Qt.PlainText)
        area = QWidget(self)
        box = QVBoxLayout(area)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.area_button)
        box.addWidget(self.area_info)
        self.territory_stack = QStackedWidget(self)
        for widget in (QWidget(self), self.region_combo, self.departement_combo, communes, area):
            self.territory_stack.addWidget(widget)

        tr_domain = lambda text: QCoreApplication.translate("domain", text)  # noqa: E731
        self.kinds_list = _checklist(self, [(c.code, tr_domain(c.label)) for c in KINDS], self.tr("Types de lieu"))
        self.programmes_list = _checklist(self, [(c.code, tr_domain(c.label)) for c in PROGRAMMES],
                                          self.tr("Programmes"))
        self.services_list = _checklist(self, [(c.code, tr_domain(c.label)) for c in PUBLIC_SERVICES],
                                        self.tr("Services publics accueillis"), rows=4)
        self.any_service_check = QCheckBox(self.tr("Accueille au moins un service public"), self)
        networks = [(region, f"{n.name} ({region})") for region, n in geo.regional_networks().items() if n.name]
        self.networks_list = _checklist(self, networks, self.tr("Réseau régional"), rows=4)
        self.visited_combo = QComboBox(self)
        self.visited_combo.setAccessibleName(self.tr("Visites"))
        for text, value in ((self.tr("Visités ou non"), None), (self.tr("Visités"), True),
                            (self.tr("Jamais visités"), False)):
            self.visited_combo.addItem(text, value)
        self.tour_combo = QComboBox(self)
        self.tour_combo.setAccessibleName(self.tr("Visite apprenante"))
        self.dates_check = QCheckBox(self.tr("Visite entre le"), self)
        self.date_from = QDateEdit(QDate.currentDate().addYears(-1), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for edit, name in ((self.date_from, self.tr("Début de période")), (self.date_to, self.tr("Fin de période"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(0, 5000)
        self.capacity_spin.setSpecialValueText(self.tr("indifférent"))
        self.capacity_spin.setSuffix(self.tr(" personnes"))
        self.capacity_spin.setAccessibleName(self.tr("Peut accueillir une réunion de"))
        self.pmr_check = QCheckBox(self.tr("Salle accessible (PMR)"), self)
        self.equipment_list = _checklist(self, [(c.code, tr_domain(c.label)) for c in ROOM_EQUIPMENT],
                                         self.tr("Équipement de la salle"), rows=3)
        self.group_combo = QComboBox(self)
        self.group_combo.setAccessibleName(self.tr("Regrouper les chiffres par"))
        for code, label in GROUPINGS.items():
            self.group_combo.addItem(QCoreApplication.translate("study", label), code)
        self.reset_button = QPushButton(self.tr("Tout effacer"), self)
        self.reset_button.clicked.connect(lambda: self.set_question(StudyQuestion()))

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Territoire"), self.territory_combo)
        form.addRow("", self.territory_stack)
        criteria = QWidget(self)
        column = QVBoxLayout(criteria)
        column.addLayout(form)
        for title, widget in ((self.tr("Types de lieu"), self.kinds_list),
                              (self.tr("Programmes et labels"), self.programmes_list),
                              (self.tr("Services publics accueillis"), self.services_list)):
            group = QGroupBox(title, self)
            QVBoxLayout(group).addWidget(widget)
            column.addWidget(group)
            if widget is self.services_list:
                group.layout().addWidget(self.any_service_check)
        group = QGroupBox(self.tr("Réseau régional"), self)
        QVBoxLayout(group).addWidget(self.networks_list)
        column.addWidget(group)
        visits = QGroupBox(self.tr("Visites"), self)
        v = QFormLayout(visits)
        v.addRow(self.visited_combo)
        v.addRow(self.tr("Pendant"), self.tour_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("et le"), self))
        dates.addWidget(self.date_to)
        v.addRow(self.dates_check, dates)
        column.addWidget(visits)
        meeting = QGroupBox(self.tr("Peut accueillir une réunion de"), self)
        m = QVBoxLayout(meeting)
        m.addWidget(self.capacity_spin)
        m.addWidget(self.pmr_check)
        m.addWidget(self.equipment_list)
        column.addWidget(meeting)
        grouping = QFormLayout()
        grouping.addRow(self.tr("Regrouper par"), self.group_combo)
        column.addLayout(grouping)
        column.addWidget(self.reset_button)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(criteria)
        scroll.setMinimumWidth(300)

        middle = QSplitter(Qt.Vertical, self)
        if self.map_view is not None:
            middle.addWidget(self.map_view)
        middle.addWidget(self.table)
        middle.setSizes([420, 300])
        right = QWidget(self)
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(self.headline)
        r.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setSizes([280, 500, 586])
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Étude :"), self))
        bar.addWidget(self.studies_combo, 1)
        bar.addWidget(self.name_edit, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        language_label = QLabel(self.tr("&Langue des documents :"), self)
        language_label.setBuddy(self.document_language_combo)
        bar.addWidget(language_label)
        bar.addWidget(self.document_language_combo)
        bar.addWidget(self.export_button)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addWidget(self.splitter, 1)

    def _connect_criteria(self) -> None:
        self.territory_combo.currentIndexChanged.connect(self._on_territory_kind_changed)
        for combo in (self.region_combo, self.departement_combo, self.visited_combo, self.tour_combo,
                      self.group_combo):
            combo.currentIndexChanged.connect(self._schedule)
        self.communes_edit.editingFinished.connect(self._schedule)
        for widget in (self.kinds_list, self.programmes_list, self.services_list, self.networks_list,
                       self.equipment_list):
            widget.itemChanged.connect(self._schedule)
        for check in (self.any_service_check, self.pmr_check):
            check.toggled.connect(self._schedule)
        self.dates_check.toggled.connect(self._on_dates_toggled)
        self.date_from.dateChanged.connect(self._schedule)
        self.date_to.dateChanged.connect(self._schedule)
        self.capacity_spin.valueChanged.connect(self._schedule)

    # ---------------------------------------------------------------- the question

    def question(self) -> StudyQuestion:
        """The territory and criteria as the widgets show them."""
        kind = self.territory_combo.currentData()
        codes: tuple[str, ...] = ()
        polygon: tuple = ()
        if kind == "region":
            codes = (self.region_combo.currentData(),)
        elif kind == "departement":
            codes = (self.departement_combo.currentData(),)
        elif kind == "communes":
            codes = self._communes_codes()
        elif kind == "area":
            polygon = self._polygon
        criteria = Criteria(
            kinds=_checked(self.kinds_list), programmes=_checked(self.programmes_list),
            public_services=_checked(self.services_list), hosts_public_service=self.any_service_check.isChecked(),
            networks=_checked(self.networks_list), visited=self.visited_combo.currentData(),
            tour_id=self.tour_combo.currentData() or "",
            date_from=self.date_from.date().toString("yyyy-MM-dd") if self.dates_check.isChecked() else "",
            date_to=self.date_to.date().toString("yyyy-MM-dd") if self.dates_check.isChecked() else "",
            meeting_capacity=self.capacity_spin.value(), meeting_accessible=self.pmr_check.isChecked(),
            meeting_equipment=_checked(self.equipment_list), group_by=self.group_combo.currentData())
        return StudyQuestion(Territory(kind, codes, polygon), criteria)

    def _communes_codes(self) -> tuple[str, ...]:
        codes, unknown = [], []
        index = geo.communes()
        for token in (t.strip() for t in self.communes_edit.text().replace(";", ",").split(",")):
            if not token:
                continue
            commune = index.by_insee.get(token.upper()) or index.find(name=token)
            (codes.append(commune.insee) if commune else unknown.append(token))
        names = [index.by_insee[c].name for c in codes]
        text = ", ".join(names)
        if unknown:
            text += ("\n" if text else "") + self.tr("Introuvable : {names}").format(names=", ".join(unknown))
        self.communes_info.setText(text)
        return tuple(dict.fromkeys(codes))

    def set_question(self, question: StudyQuestion) -> None:
        """Show a territory and criteria in the widgets, then recompute."""
        t, c = question.territory, question.criteria
        blockers = [QSignalBlocker(w) for w in (
            self.territory_combo, self.region_combo, self.departement_combo, self.communes_edit, self.kinds_list,
            self.programmes_list, self.services_list, self.networks_list, self.equipment_list, self.any_service_check,
            self.pmr_check, self.visited_combo, self.tour_combo, self.dates_check, self.date_from, self.date_to,
            self.capacity_spin, self.group_combo)]
        self.territory_combo.setCurrentIndex(max(0, self.territory_combo.findData(t.kind)))
        self.territory_stack.setCurrentIndex(self.territory_combo.currentIndex())
        if t.kind == "region" and t.codes:
            self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(t.codes[0])))
        if t.kind == "departement" and t.codes:
            self.departement_combo.setCurrentIndex(max(0, self.departement_combo.findData(t.codes[0])))
        self.communes_edit.setText(", ".join(t.codes) if t.kind == "communes" else "")
        self._polygon = t.polygon
        self.area_info.setText(self.tr("Zone prise.") if t.polygon else self.tr("Aucune zone prise."))
        _set_checked(self.kinds_list, c.kinds)
        _set_checked(self.programmes_list, c.programmes)
        _set_checked(self.services_list, c.public_services)
        _set_checked(self.networks_list, c.networks)
        _set_checked(self.equipment_list, c.meeting_equipment)
        self.any_service_check.setChecked(c.hosts_public_service)
        self.visited_combo.setCurrentIndex(max(0, self.visited_combo.findData(c.visited)))
        self.tour_combo.setCurrentIndex(max(0, self.tour_combo.findData(c.tour_id or None)))
        self.dates_check.setChecked(bool(c.date_from or c.date_to))
        self.date_from.setEnabled(self.dates_check.isChecked())
        self.date_to.setEnabled(self.dates_check.isChecked())
        if c.date_from:
            self.date_from.setDate(QDate.fromString(c.date_from, "yyyy-MM-dd"))
        if c.date_to:
            self.date_to.setDate(QDate.fromString(c.date_to, "yyyy-MM-dd"))
        self.capacity_spin.setValue(c.meeting_capacity)
        self.pmr_check.setChecked(c.meeting_accessible)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(c.group_by)))
        del blockers
        if t.kind == "communes":
            self._communes_codes()
        self._schedule()

    # ---------------------------------------------------------------- data and recomputation

    def load(self) -> None:
        """Read the catalog for the study in a worker, then show the current question."""
        db_path = self._store.path

        def job(progress, cancel):
            with Store(db_path) as store:
                return StudyData.load(store, cancel), [(t.id, t.title) for t in store.tours.list()]

        def done(result) -> None:
            self._data, tours = result
            current = self.tour_combo.currentData()
            with QSignalBlocker(self.tour_combo):
                self.tour_combo.clear()
                self.tour_combo.addItem(self.tr("n'importe quelle visite"), None)
                for tour_id, title in tours:
                    self.tour_combo.addItem(title, tour_id)
                self.tour_combo.setCurrentIndex(max(0, self.tour_combo.findData(current)))
            self._show_all_points()
            self.recompute()

        self._track(run_job(self, self.tr("Lecture du catalogue pour l'étude…"), job, done, show_dialog=False))

    def _show_all_points(self) -> None:
        if self.map_view is None or self._data is None:
            return
        points = [MapPoint(p.id, p.name, p.commune, p.latitude, p.longitude, p.kinds, p.approximate)
                  for p in self._data.places if p.latitude is not None and p.longitude is not None]
        self.map_view.set_points(points)

    def _schedule(self, *args) -> None:
        self._timer.start()

    def recompute(self) -> None:
        """Select the places and compute the figures of the current question (a worker when slow)."""
        if self._data is None:
            return
        question = self.question()
        data, tr = self._data, interface_translator()
        self._generation += 1
        generation = self._generation

        def work():
            started = time.perf_counter()
            places = select(data, question.territory, question.criteria)
            return places, compute_figures(places, question.criteria, tr), time.perf_counter() - started

        if self._last_compute < SYNC_LIMIT:
            self._show(*work())
            return

        def done(result) -> None:
            if generation == self._generation:   # a newer question was asked meanwhile
                self._show(*result)

        self._track(run_job(self, self.tr("Calcul des chiffres…"), lambda progress, cancel: work(), done,
                            show_dialog=False))

    def _show(self, places, figures, elapsed: float) -> None:
        self._last_compute = elapsed
        self.places, self.figures = places, figures
        compared = [i for i in self.model.compared if any(p.id == i for p in places)]
        self.model.set_places(places)
        self.model.set_compared(compared)
        if self.map_view is not None:
            self.map_view.set_visible_ids([p.id for p in places])
            if places:
                self.map_view.fit_visible()
        self.headline.setText("   ".join(self.tr("{label} : {value}").format(label=label, value=value)
                                          for label, value in figures.headline()))
        while self.figures_layout.count() > 1:
            item = self.figures_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for dist in figures.distributions:
            if not dist.is_empty():
                self.figures_layout.insertWidget(self.figures_layout.count() - 1, FigureWidget(dist, self.figures_box))
        if figures.visited == 0 and figures.total:
            note = QLabel(self.tr("Aucun de ces lieux n'a encore été visité : le modèle économique, le foncier, "
                                  "les impacts, les forces et les fragilités viendront des visites."), self.figures_box)
            note.setWordWrap(True)
            self.figures_layout.insertWidget(self.figures_layout.count() - 1, note)
        self.figures_updated.emit()

    def figure_widgets(self) -> list[FigureWidget]:
        return [self.figures_layout.itemAt(i).widget() for i in range(self.figures_layout.count())
                if isinstance(self.figures_layout.itemAt(i).widget(), FigureWidget)]

    def on_changes(self, changes: Changes, origin=None) -> None:
        """Data changed somewhere: read again (figures are never kept), refresh the saved studies."""
        if origin is self:
            return
        if changes.studies:
            self.reload_studies()
        if changes.sites or changes.visits or changes.tours or changes.stops:
            self.load()

    # ---------------------------------------------------------------- sync between map and table

    def _on_table_row_changed(self, current, previous) -> None:
        if current.isValid() and self.map_view is not None:
            self.map_view.focus_site(current.data(ID_ROLE))

    def _on_map_site_selected(self, site_id: str) -> None:
        row = self.model.row_of(site_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 1))
            with QSignalBlocker(self.table.selectionModel()):
                self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def select_place(self, site_id: str) -> bool:
        """Select a place's row (and centre the map on it); False if it is not in the study."""
        row = self.model.row_of(site_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 1)))
        return True

    def take_map_area(self) -> None:
        """Use the part of France the map shows as the study's territory."""
        view = self.map_view.view() if self.map_view is not None else None
        if view is None:
            self.area_info.setText(self.tr("La carte n'est pas encore prête."))
            return
        web = self.map_view.size()
        self._polygon = area_of_view(view[0], view[1], view[2], web.width(), web.height())
        (south, west), _, (north, east), _ = self._polygon
        self.area_info.setText(self.tr("Zone prise : latitude {s:.2f} à {n:.2f}, longitude {w:.2f} à {e:.2f}.").format(
            s=south, n=north, w=west, e=east))
        self._schedule()

    def _on_territory_kind_changed(self, index: int) -> None:
        self.territory_stack.setCurrentIndex(index)
        self._schedule()

    def _on_dates_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(checked)
        self.date_to.setEnabled(checked)
        self._schedule()

    # ---------------------------------------------------------------- comparison

    def show_comparison(self) -> bool:
        """Fill the comparison tab with the places ticked (2 to 15); False with a message otherwise."""
        by_id = {p.id: p for p in self.places}
        chosen = [by_id[i] for i in self.model.compared if i in by_id]
        try:
            table = comparison(chosen, interface_translator())
        except TlError as exc:
            self.compare_info.setText(error_text(exc))
            return False
        self.compare_info.setText(self.tr("{n} lieux comparés, d'après leur dernière visite.").format(n=len(chosen)))
        self.comparison_table.clear()
        self.comparison_table.setColumnCount(len(table.places))
        self.comparison_table.setRowCount(len(table.rows))
        self.comparison_table.setHorizontalHeaderLabels([p.name for p in table.places])
        self.comparison_table.setVerticalHeaderLabels([label for label, _ in table.rows])
        for row, (_, texts) in enumerate(table.rows):
            for column, text in enumerate(texts):
                self.comparison_table.setItem(row, column, QTableWidgetItem(text))
        self.comparison_table.resizeRowsToContents()
        self.tabs.setCurrentIndex(1)
        return True

    # ---------------------------------------------------------------- saved studies

    def reload_studies(self) -> None:
        with QSignalBlocker(self.studies_combo):
            self.studies_combo.clear()
            self.studies_combo.addItem(self.tr("Nouvelle étude"), None)
            for study in self._store.studies.list():
                self.studies_combo.addItem(study.name, study.id)
            self.studies_combo.setCurrentIndex(max(0, self.studies_combo.findData(self._study_id)))

    def _on_study_chosen(self, index: int) -> None:
        study_id = self.studies_combo.itemData(index)
        if study_id is None:
            self._study_id = None
            self.name_edit.clear()
            self.model.set_compared([])
            self.set_question(StudyQuestion())
            return
        self.open_study(study_id)

    def open_study(self, study_id: str) -> None:
        """Show a saved study (its figures recomputed from current data)."""
        try:
            study = self._store.studies.get(study_id)
        except TlError as exc:
            show_error(self, exc)
            return
        self._study_id = study.id
        self.name_edit.setText(study.name)
        self.model.set_compared(study.compared)
        with QSignalBlocker(self.studies_combo):
            self.studies_combo.setCurrentIndex(max(0, self.studies_combo.findData(study.id)))
        self.set_question(StudyQuestion(Territory.from_dict(study.territory), Criteria.from_dict(study.criteria)))

    def save_study(self) -> bool:
        """Save the study (name, territory, criteria, places compared); False if refused (shown)."""
        question = self.question()
        study = Study(name=self.name_edit.text(), territory=question.territory.to_dict(),
                      criteria=question.criteria.to_dict(), compared=list(self.model.compared))
        if self._study_id:
            study.id = self._study_id
        try:
            stored, changes = self._ops.call(lambda store: store.studies.save(study), origin=self)
        except TlError as exc:
            show_error(self, exc, self.tr("Enregistrement impossible"))
            return False
        self._study_id = stored.id
        self.reload_studies()
        self.message.emit(self.tr("Étude « {name} » enregistrée.").format(name=stored.name))
        return True

    def delete_study(self) -> None:
        if not self._study_id:
            return
        study_id = self._study_id
        try:
            self._ops.call(lambda store: store.studies.delete(study_id), origin=self)
        except TlError as exc:
            show_error(self, exc)
            return
        self._study_id = None
        self.name_edit.clear()
        self.reload_studies()

    # ---------------------------------------------------------------- exports

    def ask_export(self, kind: str) -> None:
        filters = {"pdf": self.tr("Document PDF (*.pdf)"), "docx": self.tr("Document Word (*.docx)"),
                   "xlsx": self.tr("Classeur Excel (*.xlsx)"), "csv": self.tr("CSV (*.csv)"),
                   "csv;": self.tr("CSV (*.csv)"), "geojson": self.tr("GeoJSON (*.geojson)"),
                   "mednum": self.tr("CSV (*.csv)")}
        suffix = {"csv;": "csv", "mednum": "csv"}.get(kind, kind)
        name = (self.name_edit.text().strip() or self.tr("etude")).replace("/", "-")
        settings = QSettings()
        start = Path(settings.value("study/export_dir", str(Path.home()))) / f"{name}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter l'étude"), str(start), filters[kind])
        if path:
            settings.setValue("study/export_dir", str(Path(path).parent))
            self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path, language: str | None = None):
        """Write the current study's places or document to ``path`` in ``language`` (None: the one chosen
        beside « Exporter… ») in a worker; return the job runner."""
        question = self.question()
        compared = list(self.model.compared)
        name = self.name_edit.text().strip() or self.tr("Étude sans nom")
        db_path = self._store.path
        language = language or self.document_language_combo.currentData()

        def job(progress, cancel):
            from tl_desktop.io.mednum import export_mednum
            from tl_desktop.io.places_export import export_csv, export_geojson, export_xlsx

            with Store(db_path) as store:
                if kind == "pdf":
                    from tl_desktop.reports.study import build_study_pdf
                    return build_study_pdf(store, name, path, question=question, compared=compared,
                                           progress=progress, cancel=cancel, language=language)
                if kind == "docx":
                    from tl_desktop.reports.study_docx import build_study_docx
                    return build_study_docx(store, name, path, question=question, compared=compared,
                                            progress=progress, cancel=cancel, language=language)
                places = select(StudyData.load(store, cancel), question.territory, question.criteria)
                if kind == "xlsx":
                    return export_xlsx(store, places, path, progress=progress, cancel=cancel, language=language).path
                if kind == "geojson":
                    return export_geojson(places, path, progress=progress, cancel=cancel, language=language).path
                if kind == "mednum":      # the national schema: French whatever the language
                    return export_mednum(places, path, progress=progress, cancel=cancel)
                return export_csv(places, path, semicolon=kind == "csv;", progress=progress, cancel=cancel,
                                  language=language).path

        def done(result) -> None:
            if hasattr(result, "skipped"):
                text = result.summary(interface_translator())
            else:
                text = self.tr("Écrit : {path}").format(path=result)
            self.message.emit(text)
            self.last_export = result

        return self._track(run_job(self, self.tr("Export de l'étude…"), job, done))

    def _track(self, runner):
        self._jobs.add(runner)
        runner.finished.connect(lambda: self._jobs.discard(runner))
        return runner

    def shutdown(self) -> None:
        """Cancel and wait for running jobs (the window closes)."""
        for runner in list(self._jobs):
            runner.cancel()
            runner.wait()
