"""The visit notebook: the observation grid and free notes, saved as the agent types.

Nothing typed is lost: each change is written within a second of being typed, at
every focus change, when another visit is opened and when the window closes. There is no
Save button to forget (Ctrl+S still forces the write). Each write is one small UPDATE
(store.visits.set_answer / set_notes).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.base.text import long_date
from tl_desktop.domain import KINDS, PROGRAMMES
from tl_desktop.domain.grid import COMMENT, load_grid
from tl_desktop.store import Store
from tl_desktop.ui.errors import error_text
from tl_desktop.ui.grid_widgets import QuestionEditor, make_editor
from tl_desktop.ui.people_widget import PeopleWidget
from tl_desktop.ui.photos_widget import PhotosPanel

# Written at most this long after the first unsaved keystroke (the issue allows one second).
AUTOSAVE_DELAY_MS = 600
NOTES = ("", "notes")


class AnswerCommand(QUndoCommand):
    """A grid choice changed (combo, boxes): undo puts the previous answer back, and saves it."""

    def __init__(self, view: "NotebookView", key: tuple[str, str], before: object, after: object):
        super().__init__(QCoreApplication.translate("NotebookView", "Réponse modifiée"))
        self._view, self._key, self._before, self._after = view, key, before, after
        self._done = True   # pushed after the change: the first redo() has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._view._restore(self._key, self._after)

    def undo(self) -> None:
        self._view._restore(self._key, self._before)


class NotebookView(QWidget):
    """Fill in one visit; emits ``saved`` with the time of each write, ``problem`` for a refused value."""

    saved = Signal(str)       # "14:32"
    problem = Signal(str)     # a French sentence
    message = Signal(str)     # news for the status bar (photos attached...)
    sites_changed = Signal(object)   # Changes: a site placed from a photo's GPS

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._visit_id: str | None = None
        self._pending: set[tuple[str, str]] = set()
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
        self.tabs = QTabWidget(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("Notes libres : ce que vous voyez, entendez, retenez…"))
        self.notes_edit.setAccessibleName(self.tr("Notes libres"))
        self.notes_edit.textChanged.connect(lambda: self._on_edited(NOTES))
        self._grid_page = QScrollArea(self)
        self._grid_page.setWidgetResizable(True)
        # Short labels: the four tabs fit a side dock without scroll arrows; tooltips say more.
        self.tabs.addTab(self._grid_page, self.tr("Grille"))
        self.tabs.setTabToolTip(0, self.tr("Grille d'observation"))
        self.tabs.addTab(self.notes_edit, self.tr("Notes"))
        self.tabs.setTabToolTip(1, self.tr("Notes libres"))
        self.people = PeopleWidget(store, self)
        self.people.changed.connect(lambda: self.saved.emit(datetime.now().strftime("%H:%M")))
        self.tabs.addTab(self.people, self.tr("Personnes"))
        self.tabs.setTabToolTip(2, self.tr("Personnes rencontrées"))
        self.photos = PhotosPanel(store, self.undo_stack, self)
        self.photos.status.connect(self.message)
        self.photos.changed.connect(self.sites_changed)
        self.photos.visit_dated.connect(lambda _day: self._show_header())
        self.photos.count_changed.connect(self._on_photo_count)
        self.tabs.addTab(self.photos, self.tr("Photos"))
        self.tabs.setTabToolTip(3, self.tr("Photos et documents joints à la visite"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.identity)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.setEnabled(False)

    # ---- opening

    def visit_id(self) -> str | None:
        return self._visit_id

    def open_visit(self, visit_id: str) -> None:
        """Show a visit (writing what the previous one still had pending); raise TlError."""
        self.flush()
        visit = self._store.visits.get(visit_id)
        site = self._store.sites.get(visit.site_id)
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
        self.identity.setText(" · ".join(t for t in (identity, labels) if t))

    def _on_photo_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.photos)
        label = self.tr("Photos")
        self.tabs.setTabText(index, f"{label} ({count})" if count else label)

    def _build_grid(self, version: int, answers: dict) -> None:
        grid = load_grid(version)   # the visit's own version: old visits stay readable
        page = QWidget()
        column = QVBoxLayout(page)
        self._editors = {NOTES: self.notes_edit}
        self._values = {}
        for theme in grid.themes:
            box = QGroupBox(QCoreApplication.translate("grid", theme.label), page)
            form = QFormLayout(box)
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

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write every pending change now; return False if a value was refused (it stays on screen)."""
        self._timer.stop()
        if not self._pending or self._visit_id is None:
            return True
        pending, self._pending = self._pending, set()
        refused = []
        for key in sorted(pending):
            editor = self._editors.get(key)
            if editor is None:
                continue
            try:
                if key == NOTES:
                    self._store.visits.set_notes(self._visit_id, editor.toPlainText())
                else:
                    value = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.value()
                    self._store.visits.set_answer(self._visit_id, key[0], key[1], value)
                editor.setStyleSheet("")
                editor.setToolTip("")
            except TlError as exc:
                # Keep the text on screen, marked, and try again at the next change.
                refused.append(error_text(exc))
                editor.setStyleSheet("border: 1px solid #c0392b;")
                editor.setToolTip(error_text(exc))
                self._pending.add(key)
        if len(refused) < len(pending):
            self.saved.emit(datetime.now().strftime("%H:%M"))
        if refused:
            self.problem.emit(refused[0])
        return not refused
