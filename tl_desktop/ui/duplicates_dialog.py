"""The probable duplicates of the whole catalog, pair by pair with the evidence; each can be merged.

Detection runs off the GUI thread on its own connection (``io.duplicates.catalog_duplicates``,
about 2 s at 50,000 sites), with progress and cancel. A pair that is two places (« Pas un
doublon ») is said once and never offered again (``store.merges.set_distinct``); Ctrl+Z takes
that back and the pair returns to the list.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TR_CONTEXT, TlError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.io.duplicates import Match, Strength, catalog_duplicates
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.merge_dialog import Merge, MergeChoice, MergeDialog
from tl_desktop.ui.undo import DoneCommand
from tl_desktop.ui.workers import run_job

STRENGTH_LABELS = {
    Strength.CERTAIN: QT_TRANSLATE_NOOP("DuplicatesDialog", "même identifiant"),
    Strength.PROBABLE: QT_TRANSLATE_NOOP("DuplicatesDialog", "probable"),
    Strength.POSSIBLE: QT_TRANSLATE_NOOP("DuplicatesDialog", "à vérifier"),
}


def _pair(match: Match) -> tuple[str, str]:
    return (min(match.first, match.second), max(match.first, match.second))


def _number(n: int) -> str:
    """3339 → « 3 339 », as French writes it (a no-break space between thousands)."""
    return f"{n:,}".replace(",", "\u00a0")


class DuplicatesDialog(QDialog):
    """The pairs of sites that seem to be one place; « Comparer et fusionner… » opens the merge dialog."""

    site_open_requested = Signal(str)
    searched = Signal(int)          # the search ended: how many pairs were found

    def __init__(self, store: Store, merge: Merge, track: Callable | None = None, parent: QWidget | None = None,
                 actions: tuple = (), *, apply: Callable, undo_stack: QUndoStack):
        """``merge(choice)`` writes a merge (and makes it undoable); ``track(runner)`` follows the worker.

        ``apply(mutation)`` runs a change through the window's operations (None: refused, and
        said), ``undo_stack`` takes the « Pas un doublon » steps; ``actions`` (the window's
        Annuler / Rétablir) also work while this dialog has the focus.
        """
        super().__init__(parent)
        self.addActions(list(actions))
        self.setWindowTitle(self.tr("Doublons probables du catalogue"))
        self._store = store
        self._merge = merge
        self._track = track or (lambda runner: runner)
        self._apply = apply
        self._undo_stack = undo_stack
        self._names: dict[str, tuple[str, str]] = {}
        self._found: list[Match] = []             # what the last search found, best first
        self._set_aside: set[tuple[str, str]] = set()   # said « pas un doublon » since then
        self._gone: set[str] = set()              # sites merged or deleted since then
        self._compared = 0
        self.matches: list[Match] = []
        self.runner = None

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Lieu"), self.tr("Commune"), self.tr("Semble être"), self.tr("Commune"),
                                   self.tr("Certitude"), self.tr("Pourquoi")])
        self.tree.setAccessibleName(self.tr("Paires de fiches qui semblent décrire le même lieu"))
        header = self.tree.header()
        for column, mode in enumerate((QHeaderView.Interactive, QHeaderView.ResizeToContents, QHeaderView.Interactive,
                                       QHeaderView.ResizeToContents, QHeaderView.ResizeToContents,
                                       QHeaderView.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(0, 260)
        header.resizeSection(2, 260)
        self.tree.itemActivated.connect(lambda item, column: self.compare_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.merge_button = QPushButton(self.tr("Comparer et fusionner…"), self)
        self.distinct_button = QPushButton(self.tr("Pas un doublon"), self)
        self.distinct_button.setToolTip(self.tr("Ces deux fiches décrivent deux lieux différents : ne plus proposer "
                                                "cette paire (Ctrl+Z pour revenir en arrière)"))
        self.open_button = QPushButton(self.tr("Ouvrir la fiche"), self)
        self.refresh_button = QPushButton(self.tr("Chercher à nouveau"), self)
        for button in (self.merge_button, self.distinct_button, self.open_button):
            self.buttons.addButton(button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ResetRole)
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.compare_selected)
        self.distinct_button.clicked.connect(self.set_selected_distinct)
        self.open_button.clicked.connect(self._open_selected)
        self.refresh_button.clicked.connect(self.search)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        geometry = QSettings().value("duplicates_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 620)
        self._update_buttons()

    # ---- searching

    def search(self):
        """Look for duplicates across the catalog in a worker; the list fills when it ends."""
        if self.runner is not None:
            return self.runner
        self.summary.setText(self.tr("Recherche des doublons probables…"))
        self.tree.clear()
        self._update_buttons()
        path = self._store.path

        def job(progress, cancel):
            with Store(path, create=False) as store:
                matches = catalog_duplicates(store, progress=progress, cancel=cancel)
                ids = {i for m in matches for i in (m.first, m.second)}
                names = {p.id: (p.name, p.commune) for p in store.sites.places() if p.id in ids}
                return matches, names, store.sites.count()

        def done(result) -> None:
            self.runner = None
            self.show_matches(*result)

        def failed(exc: BaseException) -> None:
            self.runner = None
            self.summary.setText(self.tr("La recherche n'a pas abouti."))
            show_error(self, exc)

        self.runner = self._track(run_job(self, self.tr("Recherche des doublons probables…"), job, done, failed))
        self.runner.finished.connect(self._on_runner_finished)
        return self.runner

    def _on_runner_finished(self) -> None:
        if self.runner is not None and self.runner.cancel_flag.is_set():
            self.runner = None
            self.summary.setText(self.tr("Recherche annulée."))

    def show_matches(self, matches: list[Match], names: dict[str, tuple[str, str]], compared: int) -> None:
        """Fill the list with ``matches`` (best first) of a catalog of ``compared`` sites."""
        self._found, self._names = list(matches), dict(names)
        self._set_aside, self._gone = set(), set()
        self._compared = compared
        self._fill()
        self.searched.emit(len(self.matches))

    def _fill(self, current: Match | None = None) -> None:
        """The list as found, less the pairs set aside and those naming a site gone since."""
        self.matches = [m for m in self._found if _pair(m) not in self._set_aside
                        and m.first not in self._gone and m.second not in self._gone]
        self.tree.clear()
        translate = lambda t: QCoreApplication.translate(TR_CONTEXT, t)  # noqa: E731
        selected = None
        for match in self.matches:
            first, second = self._names.get(match.first, ("", "")), self._names.get(match.second, ("", ""))
            why = match.evidence.text(translate)
            item = QTreeWidgetItem([first[0], first[1], second[0], second[1],
                                    self.tr(STRENGTH_LABELS[match.evidence.strength]), why])
            for column, text in ((0, first[0]), (2, second[0]), (5, why)):
                item.setToolTip(column, text)
            item.setData(0, Qt.UserRole, match)
            self.tree.addTopLevelItem(item)
            if current is not None and _pair(match) == _pair(current):
                selected = item
        if self.matches:
            self.tree.setCurrentItem(selected or self.tree.topLevelItem(0))
            text = self.tr(
                "{n} paire(s) de fiches semblent décrire le même lieu, parmi {total} lieux. « À vérifier » : même "
                "nom dans la même commune, sans adresse ni position précise pour trancher.").format(
                n=len(self.matches), total=_number(self._compared))
        else:
            text = self.tr("Aucun doublon probable parmi les {total} lieux du catalogue.").format(
                total=_number(self._compared))
        distinct = self._store.merges.distinct_count()
        if distinct:
            text += " " + self.tr("{n} paire(s) dite(s) « pas un doublon » ne sont plus proposées.").format(n=distinct)
        self.summary.setText(text)
        self._update_buttons()

    # ---- acting on a pair

    def current_match(self) -> Match | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.UserRole) if item is not None else None

    def compare_selected(self) -> MergeDialog | None:
        """Open the merge dialog on the selected pair (modal); return it (already closed)."""
        match = self.current_match()
        if match is None or self._store.read_only:
            return None
        try:
            dialog = MergeDialog(self._store, match.first, match.second, self._merge_and_forget, match.evidence, self)
        except TlError as exc:
            show_error(self, exc)   # one of them was deleted or merged since: the list is stale
            self._forget({match.first, match.second} - {s.id for s in self._store.sites.places()})
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _merge_and_forget(self, choice: MergeChoice) -> bool:
        if not self._merge(choice):
            return False
        self._forget({choice.other_id})
        return True

    def _forget(self, gone: set[str]) -> None:
        """Drop the pairs naming a site that is no longer live."""
        self._gone |= gone
        self._fill(self.current_match())

    def set_selected_distinct(self) -> bool:
        """The selected pair is two places: record it (undoable), take it off the list. False if refused."""
        match = self.current_match()
        if match is None or self._store.read_only:
            return False
        if self._apply(lambda store: store.merges.set_distinct(match.first, match.second)) is None:
            return False
        names = (self._names.get(match.first, ("", ""))[0], self._names.get(match.second, ("", ""))[0])
        self._undo_stack.push(DistinctCommand(self, match, names))
        self.set_aside(match)
        return True

    def set_aside(self, match: Match, aside: bool = True) -> None:
        """Take ``match`` off the list (``aside``) or put it back where it was found (an undo)."""
        if aside:
            self._set_aside.add(_pair(match))
            self._fill(self._next_after(match))
        else:
            self._set_aside.discard(_pair(match))
            if all(_pair(m) != _pair(match) for m in self._found):     # set aside before this search
                try:
                    for site_id in (match.first, match.second):
                        if site_id not in self._names:
                            site = self._store.sites.get(site_id)
                            self._names[site_id] = (site.name, site.commune)
                except TlError:        # deleted since: nothing to put back
                    self._fill(self.current_match())
                    return
                self._found.append(match)
                self._found.sort(key=lambda m: (m.evidence.sort_key(), m.first_index, m.second_index))
            self._fill(match)

    def _next_after(self, match: Match) -> Match | None:
        """The pair below ``match`` in the list (else the one above): where the agent goes on."""
        index = next((i for i, m in enumerate(self.matches) if _pair(m) == _pair(match)), None)
        if index is None:
            return self.current_match()
        rest = self.matches[index + 1:] or self.matches[:index][-1:]
        return rest[0] if rest else None

    def _open_selected(self) -> None:
        match = self.current_match()
        if match is not None:
            self.site_open_requested.emit(match.first)

    def _update_buttons(self) -> None:
        selected = self.current_match() is not None
        writable = not self._store.read_only     # a catalog that cannot be written: the pairs are listed only
        self.merge_button.setEnabled(selected and writable)
        self.distinct_button.setEnabled(selected and writable)
        self.open_button.setEnabled(selected)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.runner is not None:
            self.runner.cancel()
        QSettings().setValue("duplicates_dialog/geometry", self.saveGeometry())
        super().closeEvent(event)


class DistinctCommand(DoneCommand):
    """« Pas un doublon » on a pair, undoable until the app closes: the pair comes back to the list."""

    def __init__(self, dialog: DuplicatesDialog, match: Match, names: tuple[str, str]):
        super().__init__(QCoreApplication.translate("DuplicatesDialog", "« {first} » et « {second} » : pas un "
                                                    "doublon").format(first=names[0], second=names[1]))
        self._dialog, self._match = dialog, match

    def do_again(self) -> None:
        m = self._match
        if self._dialog._apply(lambda store: store.merges.set_distinct(m.first, m.second)) is not None:
            self._dialog.set_aside(m)

    def undo(self) -> None:
        m = self._match
        if self._dialog._apply(lambda store: store.merges.set_distinct(m.first, m.second, False)) is not None:
            self._dialog.set_aside(m, aside=False)
