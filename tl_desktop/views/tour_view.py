"""The learning tour (visite apprenante): its details and its stops, day by day.

Stops are ordered within each day; the agent reorders them with Alt+↑/↓ (or the buttons)
and moves one to the previous or next day with Alt+←/→. Every change is written at once.
With no tour yet, the view says what a learning tour is and offers to prepare one.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Changes, Stop, Tour
from tl_desktop.store import PlannedStop, Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import long_date
from tl_desktop.ui.messages import ask
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.people_widget import PeopleWidget
from tl_desktop.ui.read_only import show_read_only
from tl_desktop.ui.stop_editor import StopEditor, travel_text
from tl_desktop.ui.tour_dialog import TourDialog

STOP_ROLE = Qt.UserRole + 1
DAY_ROLE = Qt.UserRole + 2
PLANNED_ROLE = Qt.UserRole + 3


class StopTree(QTreeWidget):
    """The days and their stops; a stop dragged under a day (or among its stops) moves there."""

    stop_dropped = Signal(str, str, int)     # stop id, day, position in that day

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.invisibleRootItem().setFlags(Qt.ItemIsEnabled)    # nothing dropped at top level

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        item = self.currentItem()
        super().dropEvent(event)
        if item is not None:
            self.report_place(item)

    def report_place(self, item: QTreeWidgetItem) -> None:
        """Tell where a stop item now stands (after Qt moved it)."""
        parent = item.parent()
        stop = item.data(0, STOP_ROLE)
        if parent is not None and stop is not None:
            self.stop_dropped.emit(stop.id, parent.data(0, DAY_ROLE), parent.indexOfChild(item))


def tour_days(tour: Tour, stops: list[Stop]) -> list[str]:
    """Return the tour's days: every day from start to end, plus any day a stop is on."""
    days = {s.day for s in stops}
    try:
        first, last = date.fromisoformat(tour.start_date), date.fromisoformat(tour.end_date or tour.start_date)
        while first <= last and len(days) < 60:
            days.add(first.isoformat())
            first += timedelta(days=1)
    except ValueError:
        pass
    return sorted(days) or [date.today().isoformat()]


class TourView(QWidget):
    """Plan a tour; asks the shell for the selected site and to open a stop's notebook."""

    stop_notebook_requested = Signal(str)    # stop id
    export_requested = Signal(str, str)      # tour id, "programme" or "tour" (the booklet)
    changed = Signal()
    tour_opened = Signal(object)             # the open tour's id, or None: the window's actions follow

    def __init__(self, store: Store, ops: Operations, selected_site, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._ops = ops
        ops.executed.connect(self.on_changes)
        self._selected_site = selected_site      # () -> site id or None (the catalog's selection)
        self._tour: Tour | None = None
        self._loading = False

        self.tour_combo = QComboBox(self)
        self.tour_combo.setAccessibleName(self.tr("Visite apprenante"))
        self.tour_combo.setPlaceholderText(self.tr("Aucune visite apprenante"))
        self.tour_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.tour_combo.setMinimumContentsLength(14)     # a long title does not widen the panel
        self.new_button = QPushButton(self.tr("Nouvelle…"), self)
        self.new_button.setToolTip(self.tr("Préparer une nouvelle visite apprenante"))
        self.duplicate_button = QPushButton(self.tr("Dupliquer…"), self)
        self.duplicate_button.setToolTip(self.tr("Copier cette visite apprenante à de nouvelles dates : participants "
                                                 "et étapes, sans les notes des visites"))
        self.delete_button = QPushButton(self.tr("Supprimer…"), self)
        self.delete_button.setToolTip(self.tr("Supprimer cette visite apprenante et ses étapes (les carnets de "
                                              "visite restent, détachés)"))
        self.programme_button = QPushButton(self.tr("Feuille de route (PDF)…"), self)
        self.booklet_button = QPushButton(self.tr("Livret (PDF)…"), self)
        self.title_edit, self.organiser_edit, self.service_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.participants = PeopleWidget(store, ops, self, kind="tour")
        self.objectives_edit = QPlainTextEdit(self)
        self.objectives_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.objectives_edit.setTabChangesFocus(True)
        self.tree = StopTree(self)
        # The host is in the stop's form below: the tree keeps its width for the places' names.
        self.tree.setHeaderLabels([self.tr("Étape"), self.tr("Horaire"), self.tr("Trajet ensuite"), self.tr("Carnet")])
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column in (1, 2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.day_combo = QComboBox(self)
        self.add_button = QPushButton(self.tr("Ajouter le lieu sélectionné"), self)
        self.up_button, self.down_button = QPushButton(self.tr("Monter"), self), QPushButton(self.tr("Descendre"), self)
        self.up_button.setToolTip(self.tr("Alt+↑"))
        self.down_button.setToolTip(self.tr("Alt+↓"))
        self.prev_day_button = QPushButton(self.tr("Jour précédent"), self)
        self.next_day_button = QPushButton(self.tr("Jour suivant"), self)
        self.prev_day_button.setToolTip(self.tr("Alt+←"))
        self.next_day_button.setToolTip(self.tr("Alt+→"))
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.stop_editor = StopEditor(self)
        # The names the tests and the wheel guard know the stop's fields by.
        self.time_edit, self.duration_spin = self.stop_editor.time_edit, self.stop_editor.duration_spin
        self.host_edit = self.stop_editor.host_edit
        self.notebook_button = QPushButton(self.tr("Carnet de cette étape"), self)
        self.empty_title = QLabel(self.tr("Préparer une visite apprenante"), self)
        self.empty_title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.empty_text = QLabel(self.tr(
            "Une visite apprenante emmène élus et agents découvrir plusieurs tiers-lieux, sur une ou plusieurs "
            "journées, pour apprendre de ce qui s'y fait.\n\nPréparez-la ici : les lieux à voir jour par jour "
            "(choisis dans le catalogue ou sur la carte), les horaires et l'accueil, les participants. Imprimez "
            "la feuille de route pour le jour J ; après les visites, le livret rassemble les carnets et compare "
            "les lieux."), self)
        self.empty_text.setWordWrap(True)
        self.empty_text.setTextFormat(Qt.PlainText)
        self.empty_new_button = QPushButton(self.tr("Nouvelle visite apprenante…"), self)
        self.empty_new_button.setDefault(True)
        self._layout()
        self._connect()
        self.reload_tours()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.tour_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.duplicate_button)
        top.addWidget(self.delete_button)
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.programme_button)
        exports.addWidget(self.booklet_button)
        # The stops come first: planning the days is what the agent does most.
        steps = QWidget(self)
        adding = QHBoxLayout()
        adding.addWidget(self.day_combo, 1)
        adding.addWidget(self.add_button)
        # Two rows, so the panel fits beside the catalog and the map at 1366 px.
        moves = QGridLayout()
        moves.addWidget(self.up_button, 0, 0)
        moves.addWidget(self.down_button, 0, 1)
        moves.addWidget(self.remove_button, 0, 2)
        moves.addWidget(self.prev_day_button, 1, 0)
        moves.addWidget(self.next_day_button, 1, 1)
        notebook = QHBoxLayout()
        notebook.addStretch(1)
        notebook.addWidget(self.notebook_button)
        column = QVBoxLayout(steps)
        column.addLayout(adding)
        column.addWidget(self.tree, 1)
        column.addLayout(moves)
        column.addWidget(self.stop_editor)
        column.addLayout(notebook)
        QWidget.setTabOrder(self.stop_editor.last_field(), self.notebook_button)
        details = QWidget(self)
        form = QFormLayout()
        column = QVBoxLayout(details)         # the rows at the top, not spread over the whole tab
        column.addLayout(form)
        column.addStretch(1)
        form.addRow(self.tr("Titre"), self.title_edit)
        form.addRow(self.tr("Organisateur (collectivité)"), self.organiser_edit)
        form.addRow(self.tr("Service"), self.service_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("au"), self))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form.addRow(self.tr("Du"), dates)
        form.addRow(self.tr("Objectifs"), self.objectives_edit)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(steps, self.tr("Étapes"))
        self.tabs.addTab(details, self.tr("Présentation"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        empty = QWidget(self)
        welcome = QVBoxLayout(empty)
        welcome.addStretch(1)
        welcome.addWidget(self.empty_title)
        welcome.addWidget(self.empty_text)
        welcome.addSpacing(12)
        welcome.addWidget(self.empty_new_button, 0, Qt.AlignLeft)
        welcome.addStretch(2)
        self.stack = QStackedWidget(self)
        self.empty_page, self.tour_page = empty, self.tabs
        self.stack.addWidget(empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(exports)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.tour_combo.activated.connect(lambda _: (self.open_tour(self.tour_combo.currentData()),
                                                     self.changed.emit()))
        self.new_button.clicked.connect(self.new_tour)
        self.empty_new_button.clicked.connect(self.new_tour)
        self.duplicate_button.clicked.connect(self.duplicate_tour)
        self.delete_button.clicked.connect(self.delete_tour)
        self.programme_button.clicked.connect(self.export_programme)
        self.booklet_button.clicked.connect(self.export_booklet)
        for edit in (self.title_edit, self.organiser_edit, self.service_edit):
            edit.editingFinished.connect(self.save_details)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _: self.save_details())
        self.objectives_edit.textChanged.connect(self.save_details)
        self.add_button.clicked.connect(self.add_selected_site)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.prev_day_button.clicked.connect(lambda: self.move_current_day(-1))
        self.next_day_button.clicked.connect(lambda: self.move_current_day(+1))
        self.remove_button.clicked.connect(self.remove_current)
        self.notebook_button.clicked.connect(self._on_notebook_clicked)
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)), ("Alt+Down", lambda: self.move_current(+1)),
                           ("Alt+Left", lambda: self.move_current_day(-1)),
                           ("Alt+Right", lambda: self.move_current_day(+1))):
            QShortcut(QKeySequence(keys), self.tree, slot, context=Qt.WidgetShortcut)
        self.tree.currentItemChanged.connect(lambda *_: self._show_stop())
        self.tree.stop_dropped.connect(self._on_stop_dropped)
        self.stop_editor.edited.connect(self.save_stop)

    # ---- tours

    def current_tour(self) -> Tour | None:
        return self._tour

    def reload_tours(self, select: str | None = None) -> None:
        self.tour_combo.clear()
        for tour in self._store.tours.list():
            self.tour_combo.addItem(tour.title, tour.id)
        wanted = select or (self._tour.id if self._tour else None)
        index = self.tour_combo.findData(wanted) if wanted else (0 if self.tour_combo.count() else -1)
        if index < 0 and self.tour_combo.count():
            index = 0                     # the open tour was deleted elsewhere: the next one
        self.tour_combo.setCurrentIndex(index)
        self.open_tour(self.tour_combo.currentData())

    def new_tour(self) -> Tour | None:
        """Ask for the new tour's title, dates, organiser and service; open it once created."""
        dialog = TourDialog(self._store, self._ops, self)
        if dialog.exec() != TourDialog.Accepted or dialog.tour is None:
            return None
        self.reload_tours(select=dialog.tour.id)
        self.tabs.setCurrentIndex(0)
        self.changed.emit()
        return dialog.tour

    def duplicate_tour(self) -> Tour | None:
        """Copy the open tour to new dates (participants and stops, not the notes), and open the copy."""
        if self._tour is None:
            return None
        dialog = TourDialog(self._store, self._ops, self, source=self._tour)
        if dialog.exec() != TourDialog.Accepted or dialog.tour is None:
            return None
        self.reload_tours(select=dialog.tour.id)
        if dialog.skipped:
            ask(self, self.tr("Visite apprenante dupliquée"),
                self.tr("Ces lieux, supprimés du catalogue depuis, n'ont pas été repris :\n{names}").format(
                    names="\n".join(f"• {name}" for name in dialog.skipped)), QMessageBox.Ok,
                icon=QMessageBox.Information)
        self.changed.emit()
        return dialog.tour

    def create_tour(self, title: str) -> Tour | None:
        today = date.today().isoformat()
        new = Tour(title=title, start_date=today, end_date=today)
        result = self._write(lambda store: store.tours.save(new))
        if result is None:
            return None
        tour = result[0]
        self.reload_tours(select=tour.id)
        self.changed.emit()
        return tour

    def delete_tour(self) -> None:
        """Delete the open tour and its stops, after confirmation; its visits' notebooks stay."""
        if self._tour is None:
            return
        tour = self._tour
        visits = len(self._store.visits.of_tour(tour.id))
        text = self.tr("Supprimer la visite apprenante « {title} » et toutes ses étapes ?").format(title=tour.title)
        if visits:
            text += "\n" + self.tr("Ses {n} carnet(s) de visite sont gardés, rattachés à leur lieu.").format(n=visits)
        if ask(self, self.tr("Supprimer la visite apprenante"), text, QMessageBox.Yes | QMessageBox.No,
               QMessageBox.No) != QMessageBox.Yes:
            return
        if self._write(lambda store: store.tours.delete(tour.id)) is not None:
            self._tour = None
            self.reload_tours()
            self.changed.emit()

    def export_programme(self) -> None:
        if self._tour is not None:
            self.export_requested.emit(self._tour.id, "programme")

    def export_booklet(self) -> None:
        if self._tour is not None:
            self.export_requested.emit(self._tour.id, "tour")

    def _write(self, op):
        """Run ``op(store)`` through the operation runner; return its result, or None if refused (said)."""
        try:
            return self._ops.call(op, origin=self)
        except TlError as exc:
            show_error(self, exc)
            return None

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Follow what other views changed: a site renamed or deleted, a notebook started, a tour deleted."""
        if origin is self or origin is self.participants:
            return
        if changes.tours:
            self.reload_tours()
        elif changes.sites or changes.stops or changes.visits:
            self.reload_stops(keep=True)

    def open_tour(self, tour_id: str | None) -> None:
        try:
            self._tour = self._store.tours.get(tour_id) if tour_id else None
        except TlError:
            self._tour = None
        self._loading = True
        try:
            t = self._tour or Tour(title="")
            self.title_edit.setText(t.title)
            self.organiser_edit.setText(t.organiser)
            self.service_edit.setText(t.service)
            for edit, value in ((self.start_edit, t.start_date), (self.end_edit, t.end_date)):
                edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate())
            self.objectives_edit.setPlainText(t.objectives)
        finally:
            self._loading = False
        self.setEnabled(True)
        self.participants.set_visit(self._tour.id if self._tour is not None else None)
        has_tour = self._tour is not None
        for widget in (self.tour_combo, self.title_edit, self.tree, self.add_button, self.programme_button,
                       self.booklet_button, self.participants, self.delete_button, self.duplicate_button):
            widget.setEnabled(has_tour)
        self.stack.setCurrentWidget(self.tour_page if has_tour else self.empty_page)
        self.reload_stops()
        self._read_only_if_needed()
        self.tour_opened.emit(self._tour.id if has_tour else None)

    def _read_only_if_needed(self) -> None:
        """A catalog that cannot be written: the tour reads whole; choosing a tour, a stop, its notebook
        and exporting the PDFs still work, nothing else (no typing that could not be saved)."""
        if self._store.read_only:
            show_read_only(self, keep=[self.tour_combo, self.programme_button, self.booklet_button,
                                       self.notebook_button, self.tabs.tabBar(), self.tree,
                                       self.participants.export_button])

    def save_details(self) -> None:
        if self._loading or self._tour is None:
            return
        start = self.start_edit.date().toString("yyyy-MM-dd")
        end = max(start, self.end_edit.date().toString("yyyy-MM-dd"))
        tour = Tour(**{**self._tour.__dict__, "title": self.title_edit.text().strip() or self._tour.title,
                       "organiser": self.organiser_edit.text().strip(), "service": self.service_edit.text().strip(),
                       "start_date": start, "end_date": end, "objectives": self.objectives_edit.toPlainText()})
        result = self._write(lambda store: store.tours.save(tour))
        if result is None:
            return
        self._tour = result[0]
        self.tour_combo.setItemText(self.tour_combo.currentIndex(), self._tour.title)
        self.reload_stops(keep=True)

    # ---- stops

    def reload_stops(self, keep: bool = False, select: str | None = None) -> None:
        current = select or (self._current_stop().id if keep and self._current_stop() else None)
        chosen_day = self.day_combo.currentData()      # the day stops are being added to stays chosen
        self.tree.clear()
        self.day_combo.clear()
        if self._tour is None:
            self._show_stop()
            return
        planned = self._store.tours.schedule(self._tour.id)
        stops = [p.stop for p in planned]
        for day in tour_days(self._tour, stops):
            self.day_combo.addItem(long_date(day), day)
            day_item = QTreeWidgetItem(self.tree, [long_date(day)])
            day_item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsDropEnabled)   # a day takes stops, is not dragged
            day_item.setData(0, DAY_ROLE, day)
            day_item.setFirstColumnSpanned(True)
            for p in (p for p in planned if p.stop.day == day):
                item = QTreeWidgetItem(day_item, self._stop_columns(p))
                item.setData(0, STOP_ROLE, p.stop)
                item.setData(0, PLANNED_ROLE, p)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)   # no stop inside a stop
                item.setToolTip(0, item.text(0))          # the name whole, when the column cuts it
                if p.travel_estimated:
                    item.setToolTip(2, travel_text(p.travel_min, p.travel, estimated=True) + "\n" + self.tr(
                        "Estimé d'après la distance ; tapez la durée réelle si vous la connaissez."))
                if p.visits:
                    item.setToolTip(3, self.tr("{n} carnet(s) de visite").format(n=p.visits))
                if p.stop.id == current:
                    self.tree.setCurrentItem(item)
            day_item.setExpanded(True)
        self.day_combo.setCurrentIndex(max(0, self.day_combo.findData(chosen_day)))
        self._show_stop()

    def tour_title(self) -> str:
        """Return the open tour's title ("" when none is open)."""
        return self._tour.title if self._tour is not None else ""

    def _stop_columns(self, p: PlannedStop) -> list[str]:
        name = self._site_label(p.site) if p.site is not None else self.tr("(lieu supprimé)")
        hours = f"{p.stop.planned_time}–{p.end_time}" if p.end_time else (
            p.stop.planned_time or (self.tr("{n} min").format(n=p.stop.duration_min) if p.stop.duration_min else ""))
        travel = travel_text(p.travel_min, p.travel, estimated=p.travel_estimated, short=True)
        notebooks = self.tr("✓") if p.visits else ""
        return [f"{p.number}. {name}", hours, travel, notebooks]

    def itinerary(self) -> list[list[str]]:
        """Return the open tour's site ids, day by day, in visiting order."""
        if self._tour is None:
            return []
        stops = self._store.tours.stops(self._tour.id)
        return [[s.site_id for s in stops if s.day == day] for day in sorted({s.day for s in stops})]

    def _site_label(self, site) -> str:
        return f"{site.name} ({site.commune})" if site.commune else site.name

    def _current_stop(self) -> Stop | None:
        item = self.tree.currentItem()
        return item.data(0, STOP_ROLE) if item is not None else None

    def _current_planned(self) -> PlannedStop | None:
        item = self.tree.currentItem()
        return item.data(0, PLANNED_ROLE) if item is not None else None

    def add_selected_site(self) -> None:
        site_id = self._selected_site()
        if not site_id or self._tour is None:
            return
        day = self.day_combo.currentData() or tour_days(self._tour, [])[0]
        new = Stop(self._tour.id, site_id, day)
        result = self._write(lambda store: store.tours.add_stop(new))
        if result is None:
            return
        self.reload_stops(select=result[0].id)
        self.changed.emit()

    def move_current(self, step: int) -> None:
        stop = self._current_stop()
        if stop is None:
            return
        self._write(lambda store: store.tours.move_stop(stop.id, stop.day, max(0, stop.position + step)))
        self.reload_stops(select=stop.id)
        self.changed.emit()

    def move_current_day(self, step: int) -> None:
        stop = self._current_stop()
        if stop is None or self._tour is None:
            return
        days = tour_days(self._tour, self._store.tours.stops(self._tour.id))
        index = days.index(stop.day) + step
        if 0 <= index < len(days):
            self._write(lambda store: store.tours.move_stop(stop.id, days[index], 10_000))   # at the day's end
            self.reload_stops(select=stop.id)
            self.changed.emit()

    def _on_stop_dropped(self, stop_id: str, day: str, position: int) -> None:
        self._write(lambda store: store.tours.move_stop(stop_id, day, position))
        self.reload_stops(select=stop_id)
        self.changed.emit()

    def remove_current(self) -> None:
        stop = self._current_stop()
        if stop is not None:
            self._write(lambda store: store.tours.remove_stop(stop.id))
            self.reload_stops()
            self.changed.emit()

    def _show_stop(self) -> None:
        planned = self._current_planned()
        for widget in (self.notebook_button, self.up_button, self.down_button, self.prev_day_button,
                       self.next_day_button, self.remove_button):
            widget.setEnabled(planned is not None)
        self._loading = True
        try:
            self.stop_editor.set_planned(planned)
        finally:
            self._loading = False
        self._read_only_if_needed()

    def save_stop(self) -> None:
        stop = self._current_stop()
        changed = self.stop_editor.stop()
        if self._loading or stop is None or changed is None:
            return
        if changed != stop:
            self._write(lambda store: store.tours.update_stop(changed))
            self.reload_stops(select=stop.id)
            self.changed.emit()

    def _on_notebook_clicked(self) -> None:
        stop = self._current_stop()
        if stop is not None:
            self.stop_notebook_requested.emit(stop.id)
