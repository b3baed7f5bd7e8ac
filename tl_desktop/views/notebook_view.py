"""The visit notebook: the observation grid and free notes, saved as the agent types.

Nothing typed is lost: each change is written within a second of being typed, at
every focus change, when another visit is opened and when the window closes. There is no
Save button to forget (Ctrl+S still forces the write). Writes go through the operation
runner to the one writer, so they never wait behind an import.

The notebook reopens where the agent left each visit (tab, scroll position, the field with
the cursor: QSettings, per visit), and a full-window writing mode (the window's F11 /
Ctrl+Maj+F, or the button) shows the same widgets on the whole screen: nothing is moved or
copied, so nothing typed can be lost in the switch.

A change stays **pending** until the store has it. If a write fails (disk full, read-only
catalog, I/O error…), the text stays on screen, the problem is said in French, the write
is retried every few seconds, and closing the window asks before anything is dropped (with
an offer to save a copy of the unsaved text elsewhere).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import StorageError, TlError, ValidationError
from tl_desktop.domain import KINDS, PROGRAMMES, Changes
from tl_desktop.domain.grid import COMMENT, load_grid
from tl_desktop.store import Store
from tl_desktop.ui.errors import error_text
from tl_desktop.ui.grid_widgets import QuestionEditor, make_editor
from tl_desktop.ui.language import interface_language, long_date
from tl_desktop.ui.notebook_positions import forget_position, remember_position, saved_position
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.people_widget import PeopleWidget
from tl_desktop.ui.photos_widget import PhotosPanel
from tl_desktop.ui.read_only import show_read_only
from tl_desktop.ui.undo import DoneCommand

# Written at most this long after the first unsaved keystroke (the issue allows one second).
AUTOSAVE_DELAY_MS = 600
# After a failed write (disk full…), tried again this often until it succeeds.
RETRY_DELAY_MS = 5000
NOTES = ("", "notes")
WRITING_COLUMN = 860     # in the writing mode, the text stays a readable column, not 1,900 px lines


class AnswerCommand(DoneCommand):
    """A grid choice changed (combo, boxes): undo puts the previous answer back, and saves it."""

    def __init__(self, view: "NotebookView", key: tuple[str, str], before: object, after: object):
        super().__init__(QCoreApplication.translate("NotebookView", "Réponse modifiée"))
        self._view, self._key, self._before, self._after = view, key, before, after

    def do_again(self) -> None:
        self._view._restore(self._key, self._after)

    def undo(self) -> None:
        self._view._restore(self._key, self._before)


class _Rows(QVBoxLayout):
    """A theme's questions: each label above its field; a label given as text is made a wrapping QLabel."""

    def addRow(self, label, field: QWidget) -> None:  # noqa: N802 (QFormLayout's name)
        if isinstance(label, str):
            label = QLabel(label, field.parentWidget())
            label.setWordWrap(True)
            label.setBuddy(field)
        if self.count():
            self.addSpacing(6)
        self.addWidget(label)
        self.addWidget(field)


class NotebookView(QWidget):
    """Fill in one visit; emits ``saved`` with the time of each write, ``problem`` for a refused value."""

    saved = Signal(str)       # "14:32"
    problem = Signal(str)     # a French sentence: a refused value, or a write that failed
    message = Signal(str)     # news for the status bar (photos attached...)
    unsaved_changed = Signal(bool)   # True while a write has failed and is being retried
    delete_requested = Signal(str)   # the visit's id: the window confirms, deletes, offers Ctrl+Z
    writing_mode_requested = Signal(bool)   # the button: the window enters or leaves the writing mode

    def __init__(self, store: Store, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._ops = ops
        self._visit_id: str | None = None
        self._pending: set[tuple[str, str]] = set()      # changed on screen, not yet in the store
        self._in_flight: dict[int, set[tuple[str, str]]] = {}   # handed to the writer, not yet answered
        self._next_token = 0
        self._storage_problem: str | None = None         # the last failed write's reason, until one succeeds
        self._editors: dict[tuple[str, str], QuestionEditor | QPlainTextEdit] = {}
        self._loading = False
        self._values: dict[tuple[str, str], object] = {}   # last value of each choice editor, for undo
        self.undo_stack = QUndoStack(self)

        self.header = QLabel(self)
        self.header.setTextFormat(Qt.PlainText)       # the site's name, as typed
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.identity = QLabel(self)
        self.identity.setTextFormat(Qt.PlainText)
        self.identity.setWordWrap(True)
        self.identity.setStyleSheet("color: #444;")
        self.visit_button = QToolButton(self)
        self.visit_button.setText(self.tr("Visite"))
        self.visit_button.setToolTip(self.tr("Date, auteur et étape de la visite ; suppression"))
        self.visit_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.visit_button)
        self.edit_action = menu.addAction(self.tr("Modifier la date, l'auteur, l'étape…"), self.edit_details)
        self.delete_action = menu.addAction(self.tr("Supprimer la visite…"),
                                            lambda: self._visit_id and self.delete_requested.emit(self._visit_id))
        self.visit_button.setMenu(menu)
        self.writing_button = QToolButton(self)
        self.writing_button.setText(self.tr("Plein écran"))
        self.writing_button.setCheckable(True)
        self.writing_button.setToolTip(self.tr("Mode écriture : le carnet sur tout l'écran (F11 ou Ctrl+Maj+F ; "
                                               "Échap pour revenir)"))
        self.writing_button.toggled.connect(self.writing_mode_requested)
        self._writing = False
        self._last_field: tuple[str, str] | None = None     # the field the agent was last in
        self._pending_scroll: int | None = None              # restored once the grid is laid out
        self.tabs = QTabWidget(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("Notes libres : ce que vous voyez, entendez, retenez…"))
        self.notes_edit.setAccessibleName(self.tr("Notes libres"))
        self.notes_edit.textChanged.connect(lambda: self._on_edited(NOTES))
        self._grid_page = QScrollArea(self)
        self._grid_page.setWidgetResizable(True)
        self._grid_page.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self._grid_content: QWidget | None = None
        self._grid_page.verticalScrollBar().rangeChanged.connect(self._on_grid_range_changed)
        self._grid_page.verticalScrollBar().valueChanged.connect(lambda _: self._position_timer.start())
        self.notes_edit.verticalScrollBar().valueChanged.connect(lambda _: self._position_timer.start())
        # Short labels: the four tabs fit a side dock without scroll arrows; tooltips say more.
        self.tabs.addTab(self._grid_page, self.tr("Grille"))
        self.tabs.setTabToolTip(0, self.tr("Grille d'observation"))
        self.tabs.addTab(self.notes_edit, self.tr("Notes"))
        self.tabs.setTabToolTip(1, self.tr("Notes libres"))
        self.people = PeopleWidget(store, ops, self)
        self.people.changed.connect(lambda: self.saved.emit(datetime.now().strftime("%H:%M")))
        self.tabs.addTab(self.people, self.tr("Personnes"))
        self.tabs.setTabToolTip(2, self.tr("Personnes rencontrées"))
        self.photos = PhotosPanel(store, ops, self.undo_stack, self)
        self.photos.status.connect(self.message)
        self.photos.count_changed.connect(self._on_photo_count)
        self.tabs.addTab(self.photos, self.tr("Photos"))
        self.tabs.setTabToolTip(3, self.tr("Photos et documents joints à la visite"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.writing_button, 0, Qt.AlignTop)
        top.addWidget(self.visit_button, 0, Qt.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.identity)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.write_pending)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.write_pending)
        # Scrolling is remembered once it stops, not at every pixel.
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(400)
        self._position_timer.timeout.connect(self.save_position)
        self.tabs.currentChanged.connect(lambda _: self._position_timer.start())
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        ops.executed.connect(self.on_changes)
        self.setEnabled(False)

    # ---- opening

    def visit_id(self) -> str | None:
        return self._visit_id

    def open_visit(self, visit_id: str) -> bool:
        """Show a visit, having written what the previous one had pending; raise TlError.

        Return False (and stay on the current visit) if that write failed: its text would be lost.
        """
        if not self.flush():
            return False
        visit = self._store.visits.get(visit_id)
        site = self._store.sites.get(visit.site_id)
        self.save_position()             # where the previous visit was left
        self._loading = True
        try:
            self._visit_id = visit_id
            self._show_header(visit, site)
            self._build_grid(visit.grid_version, visit.answers)
            self.notes_edit.setPlainText(visit.notes)
            self.people.set_visit(visit_id)
            self.photos.set_visit(visit_id)
        finally:
            self._loading = False
        self._pending.clear()
        self.undo_stack.clear()
        self.setEnabled(True)
        if self._store.read_only:
            self._show_read_only()
        self.restore_position()
        return True

    def _show_read_only(self) -> None:
        """A catalog that cannot be written: the visit reads whole, nothing can be typed that would be lost."""
        self.notes_edit.setReadOnly(True)
        if self._grid_content is not None:
            show_read_only(self._grid_content)
        show_read_only(self.people, keep=[self.people.export_button])
        show_read_only(self.photos)
        self.edit_action.setEnabled(False)
        self.delete_action.setEnabled(False)

    def close_visit(self) -> None:
        """Empty the notebook (its visit was deleted): nothing of it is pending any more."""
        forget_position(self._visit_id)
        self._timer.stop()
        self._retry.stop()
        self._pending.clear()
        self._visit_id = None
        self.header.setText(self.tr("Aucune visite ouverte"))
        self.identity.clear()
        self.people.set_visit(None)
        self.photos.set_visit(None)
        self.undo_stack.clear()
        self.setEnabled(False)

    def edit_details(self) -> None:
        """Change the visit's date, author or stop (a dialog; written through the runner)."""
        if self._visit_id is None or not self.flush():
            return
        from tl_desktop.ui.visit_dialog import VisitDialog  # noqa: PLC0415 — opened rarely

        try:
            visit = self._store.visits.get(self._visit_id)
        except TlError:
            return
        VisitDialog(self._store, self._ops, visit, self).exec()

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Follow what other views changed: the site's name, the visit's date, its deletion."""
        if self._visit_id is None:
            return
        if self._visit_id in changes.visits and origin is not self:
            try:
                self._store.visits.get(self._visit_id)
            except TlError:
                self.close_visit()       # deleted (from the site form, the list of visits…)
                return
        if changes.visits or changes.sites:
            self._show_header()
        if changes.people:
            self.people.reload()
        if changes.attachments or (self._visit_id in changes.visits and origin is not self):
            self.photos.reload()

    def _show_header(self, visit=None, site=None) -> None:
        try:
            visit = visit or self._store.visits.get(self._visit_id)
            site = site or self._store.sites.get(visit.site_id)
        except TlError:
            return
        date = long_date(visit.visit_date) if visit.visit_date else self.tr("date à préciser")
        identity = ", ".join(QCoreApplication.translate("domain", KINDS.label(k)) for k in site.kinds)
        labels = ", ".join(QCoreApplication.translate("domain", PROGRAMMES.label(p)) for p in site.programmes)
        self.header.setText(f"{site.name} — {site.commune} — {date}".replace(" —  —", " —"))
        lines = [" · ".join(t for t in (identity, labels) if t)]
        if self._store.read_only:
            lines.append(self.tr("Lecture seule : ce catalogue ne peut pas être modifié ici (voir la barre d'état)."))
        self.identity.setText("\n".join(line for line in lines if line))

    def _on_photo_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.photos)
        label = self.tr("Photos")
        self.tabs.setTabText(index, f"{label} ({count})" if count else label)

    def _build_grid(self, version: int, answers: dict) -> None:
        # The visit's own version (old visits stay readable), in the interface's language.
        grid = load_grid(version, interface_language())
        page = QWidget()
        column = QVBoxLayout(page)
        self._editors = {NOTES: self.notes_edit}
        self._values = {}
        for theme in grid.themes:
            box = QGroupBox(QCoreApplication.translate("grid", theme.label), page)
            # Each label above its field, the dock's whole width, wrapping: « Place des habitants
            # et des usagers dans les décisions » is read whole. (A QFormLayout gives wrapped
            # labels too little height and cuts their last line.)
            form = _Rows(box)
            given = answers.get(theme.id) or {}
            for question in theme.questions:
                editor = make_editor(question, box)
                editor.set_value(given.get(question.id))
                key = (theme.id, question.id)
                if question.type in ("choice", "rating", "multi"):
                    # Text fields have Qt's own undo; choices get the notebook's.
                    self._values[key] = editor.value()
                    editor.edited.connect(lambda key=key: self._on_choice_edited(key))
                else:
                    editor.edited.connect(lambda key=key: self._on_edited(key))
                label = QLabel(QCoreApplication.translate("grid", question.label), box)
                label.setWordWrap(True)
                label.setBuddy(editor)
                form.addRow(label, editor)
                self._editors[(theme.id, question.id)] = editor
            comment = QPlainTextEdit(box)
            comment.setPlaceholderText(self.tr("Commentaire"))
            comment.setAccessibleName(self.tr("Commentaire : {theme}").format(theme=theme.label))
            comment.setTabChangesFocus(True)
            comment.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            comment.setPlainText(given.get(COMMENT) or "")
            comment.textChanged.connect(lambda key=(theme.id, COMMENT): self._on_edited(key))
            form.addRow(self.tr("Commentaire"), comment)
            self._editors[(theme.id, COMMENT)] = comment
            column.addWidget(box)
        column.addStretch(1)
        self._grid_page.setWidget(page)
        self._grid_content = page
        self._apply_writing_layout()

    # ---- saving

    def _on_edited(self, key: tuple[str, str]) -> None:
        if self._loading or self._visit_id is None:
            return
        self._pending.add(key)
        # Not restarted by each keystroke: an agent typing without a pause for an hour must
        # still be written every AUTOSAVE_DELAY_MS, so a crash loses less than a second.
        if not self._timer.isActive():
            self._timer.start()

    def _on_choice_edited(self, key: tuple[str, str]) -> None:
        before, after = self._values.get(key), self._editors[key].value()
        self._values[key] = after
        self.undo_stack.push(AnswerCommand(self, key, before, after))
        self._on_edited(key)

    def _restore(self, key: tuple[str, str], value: object) -> None:
        editor = self._editors[key]
        editor.set_value(value)
        self._values[key] = editor.value()
        self._on_edited(key)

    def _on_focus_changed(self, old, new) -> None:
        if self._pending:
            self.flush()
        key = self._field_of(new)
        if key is not None:
            self._last_field = key
            self._position_timer.start()

    # ---- where the agent was

    def _field_of(self, widget: QWidget | None) -> tuple[str, str] | None:
        if widget is None or self._visit_id is None or not self.isAncestorOf(widget):
            return None
        for key, editor in self._editors.items():
            if editor is widget or editor.isAncestorOf(widget):
                return key
        return None

    def position(self) -> dict:
        """Where the agent is in the open visit: tab, scroll positions, field and cursor."""
        key = self._last_field
        editor = self._editors.get(key) if key else None
        cursor = None
        if isinstance(editor, QPlainTextEdit):
            cursor = editor.textCursor().position()
        elif editor is not None and isinstance(getattr(editor, "edit", None), QPlainTextEdit):
            cursor = editor.edit.textCursor().position()
        elif editor is not None and isinstance(getattr(editor, "edit", None), QLineEdit):
            cursor = editor.edit.cursorPosition()
        return {"tab": self.tabs.currentIndex(), "scroll": self._grid_page.verticalScrollBar().value(),
                "notes_scroll": self.notes_edit.verticalScrollBar().value(),
                "field": "/".join(key) if key else None, "cursor": cursor}

    def save_position(self) -> None:
        """Remember where the open visit is (in QSettings, so a restart finds it)."""
        self._position_timer.stop()
        if self._visit_id is None or self._loading:
            return
        remember_position(self._visit_id, self.position())

    def restore_position(self) -> None:
        """Go back where the open visit was left: its tab, scroll positions and field (none: the top)."""
        saved = saved_position(self._visit_id)
        self._loading = True       # showing the saved place is not moving: nothing to remember yet
        try:
            tab = saved.get("tab", 0)
            self.tabs.setCurrentIndex(tab if isinstance(tab, int) and 0 <= tab < self.tabs.count() else 0)
            field = saved.get("field")
            key = tuple(field.split("/", 1)) if isinstance(field, str) and "/" in field else None
            self._last_field = key if key in self._editors else None
            scroll = saved.get("scroll")
            self._pending_scroll = scroll if isinstance(scroll, int) and scroll > 0 else None
            self._grid_page.verticalScrollBar().setValue(self._pending_scroll or 0)
            notes_scroll = saved.get("notes_scroll")
            if isinstance(notes_scroll, int):
                QTimer.singleShot(0, lambda v=notes_scroll: self.notes_edit.verticalScrollBar().setValue(v))
        finally:
            self._loading = False
        if self._last_field is not None:
            self._focus_field(self._last_field, saved.get("cursor"))

    def _on_grid_range_changed(self, _minimum: int, maximum: int) -> None:
        # The grid's height is known only once laid out (the dock shown): scroll then.
        if self._pending_scroll is not None and maximum >= self._pending_scroll:
            self._grid_page.verticalScrollBar().setValue(self._pending_scroll)
            self._pending_scroll = None

    def _focus_field(self, key: tuple[str, str], cursor: object) -> None:
        editor = self._editors.get(key)
        if editor is None:
            return
        target = editor if isinstance(editor, QPlainTextEdit) else (editor.focusProxy() or editor)
        target.setFocus(Qt.OtherFocusReason)
        if isinstance(cursor, int):
            if isinstance(target, QPlainTextEdit):
                text_cursor = target.textCursor()
                text_cursor.setPosition(min(cursor, len(target.toPlainText())))
                target.setTextCursor(text_cursor)
            elif isinstance(target, QLineEdit):
                target.setCursorPosition(cursor)

    def focused_field(self) -> tuple[str, str] | None:
        """The field the agent is in (or was last in) for the open visit."""
        return self._last_field

    # ---- the writing mode

    def set_writing_mode(self, on: bool) -> None:
        """Lay the notebook out for the whole screen (a centred text column), or back for the side dock."""
        self._writing = on
        blocked = self.writing_button.blockSignals(True)
        self.writing_button.setChecked(on)
        self.writing_button.blockSignals(blocked)
        self.writing_button.setText(self.tr("Quitter le plein écran") if on else self.tr("Plein écran"))
        self._apply_writing_layout()

    def is_writing_mode(self) -> bool:
        return self._writing

    def _apply_writing_layout(self) -> None:
        margin = max(0, (self.notes_edit.width() - WRITING_COLUMN) // 2) if self._writing else 0
        self.notes_edit.setViewportMargins(margin, 0, margin, 0)
        if self._grid_content is not None:
            self._grid_content.setMaximumWidth(WRITING_COLUMN if self._writing else 16_777_215)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._writing:
            self._apply_writing_layout()

    def has_pending(self) -> bool:
        """True while something on screen is not yet in the store."""
        return bool(self._pending or self._in_flight)

    def discard_pending(self) -> None:
        """Drop what is not stored (the agent chose « Fermer sans enregistrer »): no retry runs after."""
        self._timer.stop()
        self._retry.stop()
        self._pending.clear()
        self._in_flight.clear()

    def storage_problem(self) -> str | None:
        """Why the last write failed, while it is being retried (None when all is written)."""
        return self._storage_problem

    def _take_pending(self) -> dict[tuple[str, str], object]:
        values = {}
        for key in sorted(self._pending):
            editor = self._editors.get(key)
            if editor is None:
                continue
            values[key] = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.value()
        self._pending.clear()
        return values

    def _operation(self, visit_id: str, values: dict):
        """One transaction writing every pending value; a refused value does not stop the others."""
        def op(store: Store):
            refused: dict[tuple[str, str], ValidationError] = {}
            with store.atomic():
                for key, value in values.items():
                    try:
                        with store.atomic():
                            if key == NOTES:
                                store.visits.set_notes(visit_id, value)
                            else:
                                store.visits.set_answer(visit_id, key[0], key[1], value)
                    except ValidationError as exc:
                        refused[key] = exc
            return refused, Changes.of(visits=visit_id)
        return op

    def write_pending(self) -> None:
        """Hand what is pending to the writer without waiting (the autosave timer's path)."""
        self._timer.stop()
        if not self._pending or self._visit_id is None:
            return
        values = self._take_pending()
        token = self._next_token = self._next_token + 1
        self._in_flight[token] = set(values)
        self._ops.run(self._operation(self._visit_id, values), origin=self,
                      on_done=lambda result: self._on_written(token, values, result[0]),
                      on_failed=lambda exc: self._on_write_failed(token, values, exc))

    def flush(self) -> bool:
        """Write every pending change now and wait; return False if something is still not stored.

        A refused value stays on screen, marked, and pending; a failed write (disk full…) too,
        and it is retried every few seconds.
        """
        self._timer.stop()
        if self._visit_id is None:
            return True
        if not self._pending and not self._in_flight:
            return True
        values = self._take_pending()
        token = self._next_token = self._next_token + 1
        self._in_flight[token] = set(values)
        try:
            # Runs after the writes already handed over (one writer, in order): when it
            # returns, every earlier write has been answered too.
            refused, _ = self._ops.call(self._operation(self._visit_id, values), origin=self)
        except TlError as exc:
            self._on_write_failed(token, values, exc)
            return False
        self._on_written(token, values, refused)
        return not self._pending and not self._in_flight

    def _on_written(self, token: int, values: dict, refused: dict) -> None:
        if self._in_flight.pop(token, None) is None:
            return
        for key in values:
            editor = self._editors.get(key)
            if editor is None:
                continue
            if key in refused:
                # Keep the text on screen, marked, and try again at the next flush.
                message = error_text(refused[key])
                editor.setStyleSheet("border: 1px solid #c0392b;")
                editor.setToolTip(message)
                self._pending.add(key)
            else:
                editor.setStyleSheet("")
                editor.setToolTip("")
        if refused:
            self.problem.emit(error_text(next(iter(refused.values()))))
        if len(refused) < len(values):
            self.saved.emit(datetime.now().strftime("%H:%M"))
        if self._storage_problem is not None and not refused:
            self._storage_problem = None
            self.unsaved_changed.emit(False)

    def _on_write_failed(self, token: int, values: dict, exc: BaseException) -> None:
        if self._in_flight.pop(token, None) is None:
            return
        self._pending.update(values)       # nothing was written: all of it is still pending
        if not isinstance(exc, TlError):
            raise exc                      # a bug: the excepthook shows and logs it
        message = error_text(exc)
        first = self._storage_problem is None
        self._storage_problem = message
        self.problem.emit(message)
        if first:
            self.unsaved_changed.emit(True)
        if isinstance(exc, StorageError) and not self._retry.isActive():
            self._retry.start()

    def unsaved_text(self) -> str:
        """What is on screen and not yet stored, as plain text (to save a copy elsewhere)."""
        if self._visit_id is None:
            return ""
        lines = [self.header.text(), ""]
        keys = sorted(self._pending | {k for keys in self._in_flight.values() for k in keys})
        grid = None
        for key in keys:
            editor = self._editors.get(key)
            if editor is None:
                continue
            value = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.value()
            if key == NOTES:
                label = self.tr("Notes libres")
            else:
                grid = grid or load_grid(self._store.visits.get(self._visit_id).grid_version)
                theme = grid.theme(key[0])
                question = theme.question(key[1]) if theme else None
                label = " — ".join(QCoreApplication.translate("grid", t) for t in (
                    theme.label if theme else key[0], question.label if question else self.tr("Commentaire")))
            if isinstance(value, list):
                value = "\n".join(str(v) for v in value)
            lines += [label, "" if value is None else str(value), ""]
        return "\n".join(lines)
