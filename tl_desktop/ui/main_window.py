"""The main window: assembles the views and their docks, wires the actions to its slots, and follows changes.

All writes go through ``self.ops`` (ui/operations.py), which runs them on the one writer and
emits ``executed(changes, origin)``; every view follows it on its own (``on_changes``), the window
for the map. Parts of the window live beside it: the actions, menus and toolbar (actions.py), the
PDF documents (document_exports.py: ``window.documents``), the writing mode (writing_mode.py:
``window.writing_mode``), the checks after start-up (startup_checks.py: ``window.checks``), the
closing guard of the notebook's unsaved text (close_guard.py), the undoable deletions
(delete_commands.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Changes, Site
from tl_desktop.store import Store, Writer
from tl_desktop.ui import file_dialogs
from tl_desktop.ui.actions import build_actions, build_menus
from tl_desktop.ui.close_guard import CloseGuard
from tl_desktop.ui.delete_commands import DeleteSiteCommand, DeleteVisitCommand
from tl_desktop.ui.document_exports import DocumentExports
from tl_desktop.ui.document_notice import DocumentNotice
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import long_date
from tl_desktop.ui.messages import ask
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.startup_checks import StartupChecks
from tl_desktop.ui.workers import run_job
from tl_desktop.ui.writing_mode import WritingMode
from tl_desktop.views.catalog_view import CatalogView

if TYPE_CHECKING:
    from tl_desktop.ui.duplicates_dialog import DuplicatesDialog
    from tl_desktop.ui.import_wizard import ImportWizard
    from tl_desktop.ui.merge_dialog import MergeChoice
    from tl_desktop.ui.preferences_dialog import PreferencesDialog
    from tl_desktop.views.site_form import SiteForm

# Between the steps of the map's start: a 1 ms timer, not a queued call, so that waiting events
# (a key, a paint) run in between (the same as ui.map_page.TURN_MS, not imported: QtWebEngine).
MAP_TURN_MS = 1

# Widths that keep the catalog, the map and a right-hand panel usable side by side (looked at
# 1366×768 and 1600×1000): the panel takes about a third of the window, within these bounds.
MAP_MIN_WIDTH = 320
DOCK_MIN_WIDTH = 400
DOCK_MAX_WIDTH = 720
DOCK_SHARE = 0.36
CATALOG_SHARE = 0.45     # of what the panel leaves: the rest is the map's
CATALOG_MIN_USABLE = 380  # the name and type columns of the catalog, whole


class MainWindow(QMainWindow):
    """Catalog and map side by side, the site form in a dock."""

    def __init__(self, store: Store, data_folder: Path, ops: Operations | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.data_folder = data_folder
        # The one writer (its own connection, its own thread): made here when the start-up did not.
        self._own_ops = ops is None
        self.ops = ops or Operations(Writer(store.path), self)
        self.ops.executed.connect(self._on_executed)
        self._current_site_id: str | None = None   # the site the agent last picked, wherever
        self._closed = False
        self.map_view = None           # created after the window is usable (QtWebEngine is slow to start)
        self.import_wizard = None
        self.duplicates_dialog = None
        self._jobs: set = set()
        self._selecting_from_map = False      # running JobRunners: cancelled and waited for on close
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Tiers-Lieux Desktop") + "[*]")

        self.catalog = CatalogView(store, self.ops, self)
        self._form: "SiteForm | None" = None    # built when first shown or used (~9 ms of every start)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(self.catalog)
        self._map_placeholder = QLabel(self.tr("Chargement de la carte…"), self)
        self._map_placeholder.setAlignment(Qt.AlignCenter)
        self._map_placeholder.setMinimumWidth(MAP_MIN_WIDTH)
        self.splitter.addWidget(self._map_placeholder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.form_dock = QDockWidget(self.tr("Fiche du lieu"), self)
        self.form_dock.setObjectName("form_dock")
        self.addDockWidget(Qt.RightDockWidgetArea, self.form_dock)
        self.form_dock.hide()
        self._dock_fitted = False
        self.form_dock.visibilityChanged.connect(lambda visible: visible and self._fit_dock(self.form_dock))
        # The notebook and the tour view are built when first used: not at every start.
        self._notebook = None
        self._tour_view = None
        self._visits_view = None
        self.notebook_dock = self.tour_dock = self.visits_dock = None
        self._study_view = None

        self.actions = build_actions(self)
        self.writing_mode = WritingMode(self)
        self.documents = DocumentExports(self)
        self.checks = StartupChecks(self)
        self.close_guard = CloseGuard(self)
        # One Ctrl+Z for the window: the notebook's answers when the focus is in it, else the catalog's.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts(QKeySequence.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts(QKeySequence.Redo)   # Ctrl+Maj+Z, and Ctrl+Y on Windows
        build_menus(self, self.actions, self.undo_action, self.redo_action)
        self._connect()
        self._restore_geometry()
        if not self.form_dock.isHidden():
            self.form   # left open at the last session: it shows with the window
        self._unsaved_label = QLabel(self)
        self._unsaved_label.setTextFormat(Qt.PlainText)
        self._unsaved_label.setStyleSheet("color: #a61b1b; font-weight: 600;")
        self._unsaved_label.hide()
        self.statusBar().addPermanentWidget(self._unsaved_label)
        if store.read_only:
            # Nothing that would write: what cannot be saved is not offered (consulting and
            # exporting documents still are).
            for action in (self.actions.import_file, self.actions.load_demo, self.actions.new_site,
                           self.actions.save_site, self.actions.delete_site, self.actions.new_visit,
                           self.actions.new_tour, self.actions.duplicate_tour):
                action.setEnabled(False)
            read_only = QLabel(self.tr("Disque plein : lecture seule") if store.disk_full else self.tr("Lecture seule"),
                               self)
            read_only.setToolTip(self.tr("Le disque du catalogue était plein à l'ouverture : il se consulte, mais "
                                         "aucune modification ne peut y être enregistrée. Libérez de la place, puis "
                                         "rouvrez l'application.") if store.disk_full else
                                 self.tr("Ce catalogue est dans un dossier où l'on ne peut pas écrire : il se "
                                         "consulte, mais aucune modification ne peut y être enregistrée."))
            read_only.setStyleSheet("color: #8a5a00; font-weight: 600;")
            self.statusBar().addPermanentWidget(read_only)
        self.document_notice = DocumentNotice(self)
        self.document_notice.problem.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.statusBar().addPermanentWidget(self.document_notice)
        self._update_tour_actions()
        self.statusBar().showMessage(self.tr("Catalogue : {path}").format(path=store.path), 5000)

    # ---- building

    @property
    def form(self) -> "SiteForm":
        """The site form (in its dock), created on first use."""
        if self._form is None:
            from tl_desktop.views.site_form import SiteForm

            a = self.actions
            form = self._form = SiteForm(self.store, self.ops, self)
            self.form_dock.setWidget(form)
            form.dirty_changed.connect(a.save_site.setEnabled)
            form.dirty_changed.connect(lambda dirty: self.setWindowModified(dirty))
            form.site_saved.connect(self._on_form_site_saved)
            form.visit_open_requested.connect(self.open_visit)
            form.visit_delete_requested.connect(self.delete_visit)
            form.site_open_requested.connect(self.show_site)   # the existing one rather than a duplicate
        return self._form

    def _on_form_dock_visibility(self, visible: bool) -> None:
        if visible:
            self.form   # « Affichage › Fiche du lieu » on a form not built yet

    def _form_site_id(self) -> str | None:
        """The site shown in the form; None if none (or the form not built yet)."""
        return self._form.site_id() if self._form is not None else None

    def _form_dirty(self) -> bool:
        return self._form is not None and self._form.is_dirty()

    def _form_released(self) -> bool:
        """The form's changes saved or dropped as the agent chose (True without a form); False to stay."""
        return self._form is None or self._form.maybe_save()

    @property
    def notebook(self):
        """The visit notebook dock's view, created on first use."""
        if self._notebook is None:
            from tl_desktop.views.notebook_view import NotebookView

            self._notebook = NotebookView(self.store, self.ops, self)
            self.notebook_dock = self._dock(self._notebook, self.tr("Carnet de visite"), "notebook_dock")
            self.undo_group.addStack(self._notebook.undo_stack)
            self._notebook.saved.connect(
                lambda at: self.statusBar().showMessage(self.tr("Enregistré à {time}").format(time=at)))
            self._notebook.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._notebook.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._notebook.unsaved_changed.connect(self._on_notebook_unsaved)
            self._notebook.delete_requested.connect(self.delete_visit)
            self._notebook.photos.job_started.connect(self.track)
            self._notebook.writing_mode_requested.connect(self.actions.writing_mode.setChecked)
            # Closing the notebook's panel in the writing mode leaves the mode (no empty full screen).
            self.notebook_dock.visibilityChanged.connect(
                lambda visible: not visible and self.writing_mode.is_on() and not self.writing_mode.switching
                and self.actions.writing_mode.setChecked(False))
        return self._notebook

    def notebook_if_built(self):
        """The visit notebook's view if it was built, else None (never builds it)."""
        return self._notebook

    @property
    def tour_view(self):
        """The learning tours dock's view, created on first use."""
        if self._tour_view is None:
            from tl_desktop.views.tour_view import TourView

            self._tour_view = TourView(self.store, self.ops, self.catalog.current_site_id, self)
            self.tour_dock = self._dock(self._tour_view, self.tr("Visites apprenantes"), "tour_dock")
            self._tour_view.stop_notebook_requested.connect(self.open_stop_notebook)
            self._tour_view.export_requested.connect(self.documents.export_tour)
            self._tour_view.changed.connect(self._show_itinerary)
            self._tour_view.tree.currentItemChanged.connect(self._on_tour_stop_selected)
            self._tour_view.tour_opened.connect(self._update_tour_actions)
            self._tour_view.participants.document_written.connect(self.document_notice.show_document)
            self.tour_dock.visibilityChanged.connect(lambda visible: self._show_itinerary())
            self._update_tour_actions()
        return self._tour_view

    @property
    def visits_view(self):
        """« Toutes les visites », created on first use."""
        if self._visits_view is None:
            from tl_desktop.views.visits_view import VisitsView

            self._visits_view = VisitsView(self.store, self.ops, self)
            self.visits_dock = self._dock(self._visits_view, self.tr("Toutes les visites"), "visits_dock")
            self._visits_view.visit_open_requested.connect(self._open_visit_from_list)
        return self._visits_view

    def _dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.form_dock, dock)
        dock.hide()
        dock.visibilityChanged.connect(lambda visible, d=dock: visible and self._fit_dock(d))
        return dock

    def _fit_dock(self, dock: QDockWidget) -> None:
        """The first time a right-hand panel shows, give it its share of the window, not its size hint.

        A panel's size hint (the notebook's grid, the tour's tree) would take 550 px and leave
        the map 250 px at 1366 px; the share leaves the catalog and the map usable beside it.
        The width the agent gives it is remembered for the next session.
        """
        if self._dock_fitted or self.writing_mode.is_on() or dock.isFloating():
            return
        self._dock_fitted = True
        room = self.width() - self.catalog.minimumSizeHint().width() - MAP_MIN_WIDTH - 24
        wanted = QSettings().value("main_window/dock_width", 0, type=int) or int(self.width() * DOCK_SHARE)
        width = max(DOCK_MIN_WIDTH, min(wanted, room, DOCK_MAX_WIDTH))

        def fit() -> None:
            self.resizeDocks([dock], [width], Qt.Horizontal)
            if not self._splitter_restored:       # the agent's own split is kept; else share what is left
                total = sum(self.splitter.sizes())
                self.splitter.setSizes([int(total * CATALOG_SHARE), total - int(total * CATALOG_SHARE)])
        QTimer.singleShot(0, fit)

    def _connect(self) -> None:
        a = self.actions
        a.import_file.triggered.connect(self.import_file)
        a.load_demo.triggered.connect(self.offer_demo)
        a.quit.triggered.connect(self.close)
        a.new_site.triggered.connect(self.new_site)
        a.open_site.triggered.connect(lambda: self.open_site(self.catalog.current_site_id()))
        a.save_site.triggered.connect(self._save_all)
        a.new_visit.triggered.connect(self.new_visit)
        a.export_visit.triggered.connect(self.documents.export_visit)
        a.show_tours.triggered.connect(self.show_tours)
        a.new_tour.triggered.connect(self.new_tour)
        a.duplicate_tour.triggered.connect(self.duplicate_tour)
        a.export_programme.triggered.connect(lambda: self.documents.export_open_tour("programme"))
        a.export_booklet.triggered.connect(lambda: self.documents.export_open_tour("tour"))
        a.show_visits.triggered.connect(self.show_visits)
        a.writing_mode.toggled.connect(self.writing_mode.set_on)
        a.show_study.triggered.connect(self.show_study)
        a.delete_site.triggered.connect(self.delete_current_site)
        a.find_duplicates.triggered.connect(self.show_duplicates)
        a.find.triggered.connect(self.catalog.focus_search)
        a.about.triggered.connect(self.show_about)
        a.preferences.triggered.connect(self.show_preferences)
        a.show_form.toggled.connect(self.form_dock.setVisible)
        self.form_dock.visibilityChanged.connect(a.show_form.setChecked)
        # « Enregistrer la fiche » is for the form's changes only; Ctrl+S still writes the notebook
        # at once. A disabled action's shortcut does nothing, so this one stands in meanwhile.
        a.save_site.setEnabled(False)
        self._save_shortcut = QShortcut(QKeySequence.Save, self, self._save_all)
        a.save_site.enabledChanged.connect(lambda enabled: self._save_shortcut.setEnabled(not enabled))
        self.form_dock.visibilityChanged.connect(self._on_form_dock_visibility)
        self.catalog.site_activated.connect(self.open_site)
        self.catalog.site_selected.connect(self._on_catalog_site_selected)
        self.catalog.model.filter_changed.connect(self._on_catalog_filter_changed)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("main_window/splitter")
        self._splitter_restored = isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)

    def start_deferred(self) -> None:
        """Work done once the window is on screen: the map, the last notebook, the checks, the demo offer.

        The map comes in turns of the event loop, none holding the GUI thread long: QtWebEngine's
        libraries (20-40 ms) after this turn's work, the map view at the next turn, then Chromium
        and the page (MapPageHost).
        """
        QTimer.singleShot(MAP_TURN_MS, self, self._load_map_engine)
        self._reopen_last_visit()
        # The whole-file check (and the day's backup) once the map shows its sites, at the latest
        # after a few seconds: not while Chromium starts, which it would slow on two cores.
        self.checks.schedule()
        if self.store.disk_full:
            ask(self, self.tr("Disque plein"),
                self.tr("Le disque du catalogue « {path} » est plein : le catalogue s'ouvre en consultation, et rien "
                        "ne peut y être enregistré. Libérez de la place sur ce disque (fichiers volumineux, "
                        "corbeille), puis rouvrez l'application.").format(path=self.store.path), QMessageBox.Ok,
                icon=QMessageBox.Warning)
        elif self.store.read_only:
            ask(self, self.tr("Catalogue en lecture seule"),
                self.tr("Le catalogue « {path} » est dans un dossier où l'on ne peut pas écrire (clé USB protégée, "
                        "dossier partagé, droits insuffisants, ou disque plein au démarrage). Vous pouvez le "
                        "consulter et exporter des documents ; rien ne peut y être modifié.").format(
                    path=self.store.path), QMessageBox.Ok, icon=QMessageBox.Information)
        elif self.store.sites.count() == 0 and not QSettings().value(self._demo_offered_key(), False, type=bool):
            QTimer.singleShot(0, self.offer_demo)

    def _catalog_key(self, name: str) -> str:
        return name + "/" + str(self.store.path.resolve()).replace("/", "|").replace("\\", "|")

    def _reopen_last_visit(self) -> None:
        visit_id = QSettings().value(self._catalog_key("last_visit"), "", type=str)
        if not visit_id:
            return
        try:
            self.open_visit(visit_id)
        except TlError:
            return   # deleted since: nothing to reopen
        self.statusBar().showMessage(self.tr("Carnet de visite rouvert là où vous l'aviez laissé."), 8000)

    def _demo_offered_key(self) -> str:
        # Per catalog: a new, empty data folder is offered the demo again.
        return self._catalog_key("demo_offered")

    # ---- the map

    def _load_map_engine(self) -> None:
        import PySide6.QtWebEngineWidgets  # noqa: F401  (with QtWebEngineCore: the libraries, in a turn of their own)

        QTimer.singleShot(MAP_TURN_MS, self, self.load_map)

    def load_map(self) -> None:
        """Create the map view (QtWebEngine) in place of its placeholder and show the sites."""
        from tl_desktop.views.map_view import MapView  # QtWebEngine loads only now, after start-up

        if self.map_view is None:
            self.map_view = MapView(self, store=self.store, data_folder=self.data_folder)
            self.map_view.site_activated.connect(self._on_map_site_activated)
            self.map_view.site_selected.connect(self._on_map_site_activated)
            self.map_view.site_placed.connect(self._on_map_site_placed)
            self.map_view.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self._map_status = QLabel(self)
            self.statusBar().addPermanentWidget(self._map_status)
            self.map_view.status_changed.connect(self._map_status.setText)
            self.map_view.sites_shown.connect(self.checks.check_once)
            self.map_view.setMinimumWidth(max(MAP_MIN_WIDTH, self.map_view.minimumWidth()))
            if self._current_site_id:
                self._pick_site(self._current_site_id)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, self.map_view)
            self._map_placeholder.deleteLater()
            if not self._splitter_restored:
                total = sum(sizes) or self.width()
                sizes = [int(total * CATALOG_SHARE), total - int(total * CATALOG_SHARE)]
            self.splitter.setSizes(sizes)
        self.refresh_map()

    def refresh_map(self) -> None:
        """Give the map every site again (read off the GUI thread), with the catalog's filter."""
        if self.map_view is None:
            return
        self.map_view.set_filter(self.catalog.model.current_filter())
        self.map_view.load_sites()
        self._show_itinerary()

    def _update_map(self, changes: Changes) -> None:
        """Send the map the changed sites only: it reads them off the GUI thread, in place."""
        if self.map_view is not None and changes.sites:
            self.map_view.on_sites_changed(changes.sites)

    # ---- changes

    def apply_changes(self, mutation):
        """Run ``mutation(store)`` through the operation runner; return its result, or None if refused (said)."""
        try:
            return self.ops.call(mutation)
        except TlError as exc:
            show_error(self, exc)
            return None

    def _on_executed(self, changes: Changes, origin: object) -> None:
        """What the window itself follows; every view follows ``ops.executed`` on its own (on_changes)."""
        if changes.sites:
            self._update_map(changes)     # the changed sites only, read off the GUI thread
        elif (changes.tours or changes.stops) and self._tour_view is not None:
            self._show_itinerary()

    # ---- site actions

    def open_site(self, site_id: str | None) -> None:
        """Show ``site_id`` in the form, asking first about unsaved changes."""
        if not site_id or site_id == self.form.site_id():
            self.form_dock.show()
            return
        if not self.form.maybe_save():
            return
        site = self._site_or_error(site_id)
        if site is None:
            return
        self.form.load_site(site)
        self.form_dock.show()
        self.form_dock.raise_()

    def _site_or_error(self, site_id: str) -> Site | None:
        """Return the stored site, or show why it cannot be read and return None."""
        try:
            return self.store.sites.get(site_id)
        except TlError as exc:
            show_error(self, exc)
            return None

    def new_site(self) -> None:
        if not self.form.maybe_save():
            return
        self.form.new_site()
        self.form_dock.show()
        self.form_dock.raise_()       # in front of the notebook or tour tab, its name field focused
        self.form.edits["name"].setFocus(Qt.OtherFocusReason)

    def delete_current_site(self) -> None:
        site_id = self.catalog.current_site_id() if self.catalog.table.hasFocus() or not self._form_site_id() \
            else self._form_site_id()
        site = self._site_or_error(site_id) if site_id else None
        if site is None:
            return
        answer = ask(
            self, self.tr("Supprimer le lieu"),
            self.tr("Supprimer « {name} » ({commune}) du catalogue ?\n"
                    "Vous pourrez annuler avec Ctrl+Z.").format(name=site.name, commune=site.commune or "—"))
        if answer != QMessageBox.Yes:
            return
        if self.apply_changes(lambda store: store.sites.delete(site_id)) is None:
            return   # refused (shown to the user): nothing to undo
        if self._form_site_id() == site_id:
            self.form.load_site(None)
        self.undo_stack.push(DeleteSiteCommand(self.apply_changes, site_id, site.name))
        self.statusBar().showMessage(self.tr("« {name} » supprimé. Ctrl+Z pour annuler.").format(name=site.name), 8000)

    def show_duplicates(self) -> "DuplicatesDialog":
        """Show the probable duplicates of the catalog (searched anew each time), to merge them."""
        if self.duplicates_dialog is None:
            from tl_desktop.ui.duplicates_dialog import DuplicatesDialog  # rapidfuzz: when used, not at start

            self.duplicates_dialog = DuplicatesDialog(self.store, self.merge_sites, self.track, self,
                                                      actions=(self.undo_action, self.redo_action),
                                                      apply=self.apply_changes, undo_stack=self.undo_stack)
            self.duplicates_dialog.site_open_requested.connect(self.show_site)
        self.duplicates_dialog.show()
        self.duplicates_dialog.raise_()
        self.duplicates_dialog.search()
        return self.duplicates_dialog

    def show_site(self, site_id: str) -> None:
        """Select a site in the catalog (clearing filters that hide it) and open its form."""
        if site_id != self._form_site_id() and not self._form_released():
            return
        if not self.catalog.select_site(site_id):
            self.catalog.clear_filters()
            self.catalog.select_site(site_id)
        self.open_site(site_id)

    def merge_sites(self, choice: "MergeChoice") -> bool:
        """Merge two sites as chosen in the merge dialog, undoable with Ctrl+Z; False if refused (said)."""
        if self._form_site_id() in (choice.keep_id, choice.other_id) and not self._form_released():
            return False
        if self.apply_changes(lambda store: store.merges.merge(
                choice.keep_id, choice.other_id, choice.site, cover_from=choice.cover_from)) is None:
            return False
        from tl_desktop.ui.merge_dialog import MergeCommand

        self.undo_stack.push(MergeCommand(self.apply_changes, choice))
        self.statusBar().showMessage(self.tr("« {name} » fusionné dans « {kept} ». Ctrl+Z pour annuler.").format(
            name=choice.other_name, kept=choice.site.name), 8000)
        return True

    # ---- visits

    def current_site_id(self) -> str | None:
        """The site the agent last picked: in the catalog, on the map, in the tour, or opened in the form."""
        return self._current_site_id or self.catalog.current_site_id()

    def _pick_site(self, site_id: str | None) -> None:
        if site_id:
            self._current_site_id = site_id
            if self.map_view is not None:   # the map lets the agent place it by hand
                try:
                    self.map_view.set_placeable(site_id, self.store.sites.get(site_id).name)
                except TlError:
                    self.map_view.set_placeable(None)

    def _on_map_site_placed(self, site_id: str, latitude: float, longitude: float) -> None:
        """The agent placed a site on the map (a click, or its pin dragged): saved, undoable."""
        from tl_desktop.domain import PRECISION_MAP
        from tl_desktop.ui.place_command import PlaceSiteCommand

        try:
            site = self.store.sites.get(site_id)
        except TlError as exc:
            show_error(self, exc)
            return
        if self._form_site_id() == site_id and self._form_dirty():
            # The form's own position would overwrite this one at its next save: say so instead.
            self.statusBar().showMessage(self.tr("Enregistrez ou annulez d'abord les modifications de la fiche "
                                                 "de « {name} », puis placez-le.").format(name=site.name), 10000)
            self.map_view.on_sites_changed([site_id])     # its marker goes back where it is stored
            return
        before = (site.latitude, site.longitude, site.location_precision)
        after = (round(latitude, 6), round(longitude, 6), PRECISION_MAP)
        if self.apply_changes(lambda store: store.sites.set_position(site_id, *after)) is None:
            self.map_view.on_sites_changed([site_id])
            return
        self.undo_stack.push(PlaceSiteCommand(self.apply_changes, site_id, site.name, before, after))
        self.statusBar().showMessage(self.tr("« {name} » placé sur la carte. Ctrl+Z pour annuler.").format(
            name=site.name), 8000)

    def new_visit(self) -> None:
        """Start a visit of the site the agent last picked and open its notebook."""
        site_id = self.current_site_id()
        if not site_id:
            self.statusBar().showMessage(self.tr("Choisissez d'abord un lieu dans le catalogue."), 5000)
            return
        today = date.today().isoformat()
        result = self.apply_changes(lambda store: store.visits.create(site_id, visit_date=today))
        if result is not None:
            self.open_visit(result[0].id)

    def open_visit(self, visit_id: str) -> None:
        """Show a visit in the notebook dock; raise TlError if it no longer exists."""
        if not self.notebook.open_visit(visit_id):
            self.statusBar().showMessage(self.tr("Le carnet ouvert n'a pas pu être enregistré : il reste affiché."),
                                         8000)
            self.notebook_dock.show()
            return
        QSettings().setValue(self._catalog_key("last_visit"), visit_id)
        self.notebook_dock.show()
        self.notebook_dock.raise_()

    def delete_visit(self, visit_id: str) -> None:
        """Delete a visit after confirmation; Ctrl+Z brings it back (notes, people, photos) until the app closes."""
        try:
            visit = self.store.visits.get(visit_id)
            site = self.store.sites.get(visit.site_id)
        except TlError as exc:
            show_error(self, exc)
            return
        when = long_date(visit.visit_date) if visit.visit_date else self.tr("date à préciser")
        label = f"{site.name} — {when}"
        photos = len(self.store.attachments.of_visit(visit_id))
        text = self.tr("Supprimer la visite « {label} », ses notes, ses réponses et ses {n} photo(s) ou "
                       "document(s) ?\nVous pourrez annuler avec Ctrl+Z tant que l'application reste ouverte.").format(
            label=label, n=photos)
        if ask(self, self.tr("Supprimer la visite"), text, QMessageBox.Yes | QMessageBox.No,
               QMessageBox.No) != QMessageBox.Yes:
            return
        if self._notebook is not None and self._notebook.visit_id() == visit_id:
            self._notebook.flush()
        if self.apply_changes(lambda store: store.visits.delete(visit_id)) is None:
            return
        self.undo_stack.push(DeleteVisitCommand(self.apply_changes, visit_id, label, self.open_visit))
        self.statusBar().showMessage(self.tr("Visite supprimée. Ctrl+Z pour annuler."), 8000)
    def show_study(self):
        """Open the territorial study in its own window (created on first use); return the view."""
        if self._study_view is None:
            from tl_desktop.views.study_view import StudyView

            self._study_view = StudyView(self.store, self.ops, self.data_folder, self)
            self._study_view.setWindowFlag(Qt.Window)
            self._study_view.setWindowTitle(self.tr("Étude territoriale — Tiers-Lieux Desktop"))
            self._study_view.resize(1366, 768)
            self._study_view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._study_view.load()
        self._study_view.show()
        self._study_view.raise_()
        return self._study_view

    def show_preferences(self) -> "PreferencesDialog":
        """The preferences (the interface's language); a new language is said to apply at the next start."""
        from tl_desktop.ui.preferences_dialog import PreferencesDialog  # when asked, not at start

        dialog = PreferencesDialog(self)
        dialog.accepted.connect(lambda: dialog.takes_effect_later() and self.statusBar().showMessage(
            self.tr("La langue choisie s'appliquera au prochain démarrage de l'application."), 10000))
        dialog.open()
        return dialog

    def show_tours(self) -> None:
        self.tour_view   # noqa: B018 — creates the dock on first use
        self.tour_dock.show()
        self.tour_dock.raise_()

    def new_tour(self) -> None:
        self.show_tours()
        self.tour_view.new_tour()

    def duplicate_tour(self) -> None:
        self.show_tours()
        self.tour_view.duplicate_tour()

    def _update_tour_actions(self, *_) -> None:
        """What needs a tour is enabled once one exists (open in the tour view, once it is built)."""
        has_tour = (self._tour_view.current_tour() is not None if self._tour_view is not None
                    else bool(self.store.tours.list()))
        for action in (self.actions.duplicate_tour, self.actions.export_programme, self.actions.export_booklet):
            action.setEnabled(has_tour)

    def show_visits(self) -> None:
        self.visits_view   # noqa: B018 — creates the dock on first use
        self.visits_dock.show()
        self.visits_dock.raise_()
        self._visits_view.search_edit.setFocus()

    def _open_visit_from_list(self, visit_id: str) -> None:
        try:
            self.open_visit(visit_id)
        except TlError as exc:
            show_error(self, exc)

    def _show_itinerary(self) -> None:
        """The map draws the open tour's itinerary while the tour view is shown."""
        if self.map_view is not None and self._tour_view is not None:
            self.map_view.show_itinerary(self._tour_view.itinerary() if self.tour_dock.isVisible() else [],
                                         label=self._tour_view.tour_title())

    def open_stop_notebook(self, stop_id: str) -> None:
        """Open the notebook of a tour stop: its visit, started on the stop's day if there is none."""
        try:
            stop = self.store.tours.get_stop(stop_id)
            visits = self.store.visits.of_stop(stop_id)
            visit = visits[-1] if visits else self.ops.call(lambda store: store.visits.create(
                stop.site_id, stop_id=stop_id, visit_date=stop.day))[0]
            self.open_visit(visit.id)
        except TlError as exc:
            show_error(self, exc)

    def show_about(self) -> None:
        from tl_desktop.ui.about_dialog import AboutDialog  # html and the versions: when asked, not at start

        AboutDialog(self).exec()

    def _save_all(self) -> None:
        """Ctrl+S: write the notebook now and save the form if it has changes."""
        if self._notebook is not None:
            self._notebook.flush()
        if self._form_dirty():
            self.form.save()

    # ---- long jobs

    def import_file(self) -> None:
        path = file_dialogs.open_path(self, file_dialogs.IMPORT_PLACES, self.tr("Importer une liste de lieux"),
                                      self.tr("Listes de lieux (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.geojson *.json);;Tous les fichiers (*)"))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> "ImportWizard":
        """Open the import wizard on ``path`` (it reads the file first, in a worker)."""
        from tl_desktop.ui.import_wizard import ImportWizard  # the importers: when used, not at start

        self.import_wizard = ImportWizard(path, self.store.path, self.data_folder, self.ops.write, self)
        self.import_wizard.setAttribute(Qt.WA_DeleteOnClose)
        self.import_wizard.imported.connect(self._on_list_imported)
        self.import_wizard.start()
        return self.import_wizard

    def _on_list_imported(self, changes: Changes, plan) -> None:
        self.ops.broadcast(changes)
        self.statusBar().showMessage(self.tr(
            "« {name} » importé : {changed} lieu(x) créé(s) ou complété(s), {rejected} ligne(s) rejetée(s).").format(
            name=plan.filename, changed=len(changes.sites), rejected=len(plan.rejected)), 15000)

    def offer_demo(self) -> None:
        QSettings().setValue(self._demo_offered_key(), True)
        answer = ask(
            self, self.tr("Catalogue de démonstration"),
            self.tr("Charger le catalogue de démonstration ?\n\nIl contient des données publiques réelles : "
                    "les espaces France Services, les Fabriques de territoire et les Manufactures de "
                    "proximité (ANCT, Licence Ouverte). Vous pourrez modifier ou supprimer ces lieux."))
        if answer == QMessageBox.Yes:
            self.load_demo()

    def load_demo(self):
        from tl_desktop.io.demo import load_demo  # not at every start

        db_path, write = self.store.path, self.ops.write

        def job(progress, cancel):
            with Store(db_path, create=False) as store:
                return load_demo(store, progress=progress, cancel=cancel, write=write)

        def done(result) -> None:
            reports, changes = result
            self.ops.broadcast(changes)
            self.statusBar().showMessage(self.tr("Catalogue de démonstration chargé : {n} lieux.").format(
                n=sum(r.imported for r in reports)), 8000)

        return self.track(run_job(self, self.tr("Chargement du catalogue de démonstration…"), job, done))

    def track(self, runner):
        """Keep a running job runner, to cancel and wait for it when the window closes; return it."""
        self._jobs.add(runner)
        runner.finished.connect(lambda: self._jobs.discard(runner))
        return runner

    # ---- slots

    def _on_form_site_saved(self, changes: Changes) -> None:
        if changes.sites:
            self.catalog.select_site(next(iter(changes.sites)))
        self.statusBar().showMessage(self.tr("Fiche enregistrée."), 4000)

    def _on_focus_changed(self, old, new) -> None:
        in_notebook = self._notebook is not None and new is not None and self._notebook.isAncestorOf(new)
        self.undo_group.setActiveStack(self._notebook.undo_stack if in_notebook else self.undo_stack)

    def _on_tour_stop_selected(self, *_) -> None:
        stop = self._tour_view._current_stop() if self._tour_view is not None else None
        if stop is not None:
            self._pick_site(stop.site_id)

    def _on_notebook_unsaved(self, unsaved: bool) -> None:
        """A notebook write failed (disk full…): say it for as long as it lasts, in the status bar."""
        if unsaved:
            self._unsaved_label.setText(self.tr("⚠ Carnet non enregistré : {reason}").format(
                reason=self._notebook.storage_problem() or ""))
            self._unsaved_label.setToolTip(self._unsaved_label.text())
            self._unsaved_label.show()
        else:
            self._unsaved_label.hide()
            self.statusBar().showMessage(self.tr("Carnet enregistré : tout ce qui était en attente est écrit."), 8000)
        self.setWindowModified(unsaved or self._form_dirty())

    def _on_catalog_site_selected(self, site_id: str) -> None:
        self._pick_site(site_id)
        if self.map_view is not None and not self._selecting_from_map:
            self.map_view.focus_site(site_id)

    def _on_catalog_filter_changed(self, flt) -> None:
        # Before the catalog's own query: the map's worker reads the filter's sites (by row
        # number, without the GIL) while the GUI thread reads the catalog's.
        if self.map_view is not None:
            self.map_view.set_filter(flt)

    def _on_map_site_activated(self, site_id: str) -> None:
        """A marker or its « Ouvrir la fiche » was clicked: select the site and open its form."""
        self._pick_site(site_id)
        if site_id != self._form_site_id() and not self._form_released():
            return   # before touching the filters: « Annuler » leaves everything as it was
        self._selecting_from_map = True   # the map already shows it: no focus (and zoom) back
        try:
            if not self.catalog.select_site(site_id):
                self.catalog.clear_filters()
                self.catalog.select_site(site_id)
        finally:
            self._selecting_from_map = False
        self.open_site(site_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._closed:
            event.accept()   # closed once already (everything written, the writer stopped)
            return
        if not self.close_guard.notebook_released():
            event.ignore()
            return
        if not self._form_released():
            event.ignore()
            return
        # A job still writing would be killed with its thread: cancel it (it rolls back, so the
        # catalog stays as it was) and wait, a chunk's time at most.
        for runner in list(self._jobs):
            runner.cancel()
            runner.wait()
        if self._notebook is not None:
            self._notebook.save_position()
            self._notebook.photos.shutdown()
        if self.map_view is not None:
            self.map_view.shutdown()
        if self.writing_mode.is_on():
            self.writing_mode.set_on(False)   # the layout saved is the usual one, not the full screen
        if self._study_view is not None:
            self._study_view.shutdown()
        if self._own_ops:
            self.ops.close()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        shown = [d for d in (self.form_dock, self.notebook_dock, self.tour_dock, self.visits_dock)
                 if d is not None and d.isVisible() and not d.isFloating()]
        if shown:
            settings.setValue("main_window/dock_width", shown[0].width())
        self._closed = True
        event.accept()
