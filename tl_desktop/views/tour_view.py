"""The learning tour (visite apprenante): its details and its stops, day by day.

Stops are ordered within each day; the agent reorders them with Alt+↑/↓ (or the buttons)
and moves one to the previous or next day with Alt+←/→. Every change is written at once.
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
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.base.text import long_date
from tl_desktop.domain import Changes, Stop, Tour
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.messages import ask
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.people_widget import PeopleWidget

STOP_ROLE = Qt.UserRole + 1
DAY_ROLE = Qt.UserRole + 2


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
        self.new_button = QPushButton(self.tr("Nouvelle…"), self)
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
        self.tree.setHeaderLabels([self.tr("Étape"), self.tr("Heure"), self.tr("Durée"), self.tr("Accueil")])
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setColumnWidth(0, 260)
        self.day_combo = QComboBox(self)
        self.add_button = QPushButton(self.tr("Ajouter le lieu sélectionné"), self)
        self.up_button, self.down_button = QPushButton(self.tr("Monter"), self), QPushButton(self.tr("Descendre"), self)
        self.prev_day_button = QPushButton(self.tr("Jour précédent"), self)
        self.next_day_button = QPushButton(self.tr("Jour suivant"), self)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.notebook_button = QPushButton(self.tr("Carnet de cette étape"), self)
        self.time_edit, self.host_edit = QLineEdit(self), QLineEdit(self)
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.time_edit.setInputMask("99:99;_")
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 600)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("—"))
        self._layout()
        self._connect()
        self.reload_tours()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.tour_combo, 1)
        top.addWidget(self.new_button)
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
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.prev_day_button, self.next_day_button,
                       self.remove_button):
            moves.addWidget(button)
        stop = QFormLayout()
        stop.addRow(self.tr("Heure prévue"), self.time_edit)
        stop.addRow(self.tr("Durée"), self.duration_spin)
        stop.addRow(self.tr("Accueilli par"), self.host_edit)
        stop.addRow("", self.notebook_button)
        column = QVBoxLayout(steps)
        column.addLayout(adding)
        column.addWidget(self.tree, 1)
        column.addLayout(moves)
        column.addLayout(stop)
        details = QWidget(self)
        form = QFormLayout(details)
        form.addRow(self.tr("Titre"), self.title_edit)
        form.addRow(self.tr("Organisateur (collectivité)"), self.organiser_edit)
        form.addRow(self.tr("Service"), self.service_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(self.end_edit)
        form.addRow(self.tr("Du … au …"), dates)
        form.addRow(self.tr("Objectifs"), self.objectives_edit)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(steps, self.tr("Étapes"))
        self.tabs.addTab(details, self.tr("Présentation"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(exports)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.tour_combo.activated.connect(lambda _: (self.open_tour(self.tour_combo.currentData()),
                                                     self.changed.emit()))
        self.new_button.clicked.connect(self.new_tour)
        self.delete_button.clicked.connect(self.delete_tour)
        self.programme_button.clicked.connect(lambda: self._tour and self.export_requested.emit(self._tour.id, "programme"))
        self.booklet_button.clicked.connect(lambda: self._tour and self.export_requested.emit(self._tour.id, "tour"))
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
        self.time_edit.editingFinished.connect(self.save_stop)
        self.host_edit.editingFinished.connect(self.save_stop)
        self.duration_spin.editingFinished.connect(self.save_stop)

    # ---- tours

    def reload_tours(self, select: str | None = None) -> None:
        self.tour_combo.clear()
        for tour in self._store.tours.list():
            self.tour_combo.addItem(tour.title, tour.id)
        wanted = select or (self._tour.id if self._tour else None)
        index = self.tour_combo.findData(wanted) if wanted else (0 if self.tour_combo.count() else -1)
        self.tour_combo.setCurrentIndex(index)
        self.open_tour(self.tour_combo.currentData())

    def new_tour(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Nouvelle visite apprenante"), self.tr("Titre :"))
        if ok and title.strip():
            self.create_tour(title.strip())

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

    def _write(self, op):
        """Run ``op(store)`` through the operation runner; return its result, or None if refused (said)."""
        try:
            return self._ops.call(op, origin=self)
        except TlError as exc:
            show_error(self, exc)
            return None

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Follow what other views changed: a site renamed or deleted, a notebook started, a tour deleted."""
        if origin is self:
            return
        if changes.tours:
            self.reload_tours()
        elif changes.sites or changes.stops or changes.visits:
            self.reload_stops(keep=True)

    def open_tour(self, tour_id: str | None) -> None:
        self._tour = self._store.tours.get(tour_id) if tour_id else None
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
        if self._tour is not None:
            self.participants.set_visit(self._tour.id)
        for widget in (self.title_edit, self.tree, self.add_button, self.programme_button, self.booklet_button,
                       self.participants, self.delete_button):
            widget.setEnabled(self._tour is not None)
        self.reload_stops()

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
            return
        stops = self._store.tours.stops(self._tour.id)
        names = {s.site_id: self._site_label(s.site_id) for s in stops}
        for day in tour_days(self._tour, stops):
            self.day_combo.addItem(long_date(day), day)
            day_item = QTreeWidgetItem(self.tree, [long_date(day)])
            day_item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsDropEnabled)   # a day takes stops, is not dragged
            day_item.setData(0, DAY_ROLE, day)
            for number, stop in enumerate((s for s in stops if s.day == day), start=1):
                item = QTreeWidgetItem(day_item, [f"{number}. {names[stop.site_id]}", stop.planned_time,
                                                  f"{stop.duration_min} min" if stop.duration_min else "", stop.host])
                item.setData(0, STOP_ROLE, stop)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)   # no stop inside a stop
                if stop.id == current:
                    self.tree.setCurrentItem(item)
            day_item.setExpanded(True)
        self.day_combo.setCurrentIndex(max(0, self.day_combo.findData(chosen_day)))
        self._show_stop()

    def tour_title(self) -> str:
        """Return the open tour's title ("" when none is open)."""
        return self._tour.title if self._tour is not None else ""

    def itinerary(self) -> list[list[str]]:
        """Return the open tour's site ids, day by day, in visiting order."""
        if self._tour is None:
            return []
        stops = self._store.tours.stops(self._tour.id)
        return [[s.site_id for s in stops if s.day == day] for day in sorted({s.day for s in stops})]

    def _site_label(self, site_id: str) -> str:
        try:
            site = self._store.sites.get(site_id)
        except TlError:
            return self.tr("(lieu supprimé)")
        return f"{site.name} ({site.commune})" if site.commune else site.name

    def _current_stop(self) -> Stop | None:
        item = self.tree.currentItem()
        return item.data(0, STOP_ROLE) if item is not None else None

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
        stop = self._current_stop()
        for widget in (self.time_edit, self.duration_spin, self.host_edit, self.notebook_button, self.up_button,
                       self.down_button, self.prev_day_button, self.next_day_button, self.remove_button):
            widget.setEnabled(stop is not None)
        self._loading = True
        try:
            self.time_edit.setText(stop.planned_time if stop else "")
            self.duration_spin.setValue(stop.duration_min or 0 if stop else 0)
            self.host_edit.setText(stop.host if stop else "")
        finally:
            self._loading = False

    def save_stop(self) -> None:
        stop = self._current_stop()
        if self._loading or stop is None:
            return
        time_text = self.time_edit.text() if self.time_edit.hasAcceptableInput() else ""
        changed = Stop(**{**stop.__dict__, "planned_time": time_text, "host": self.host_edit.text().strip(),
                          "duration_min": self.duration_spin.value() or None})
        if changed != stop:
            self._write(lambda store: store.tours.update_stop(changed))
            self.reload_stops(select=stop.id)
            self.changed.emit()

    def _on_notebook_clicked(self) -> None:
        stop = self._current_stop()
        if stop is not None:
            self.stop_notebook_requested.emit(stop.id)
