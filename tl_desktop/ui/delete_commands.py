"""Deleting a site or a visit, undoable: the steps the main window pushes once the deletion is done.

Both go to a bin, not away: Ctrl+Z restores them for as long as the application stays open.
``apply(op)`` runs an operation through the operation runner and returns None when it was refused
(and said so), like ``MainWindow.apply_changes``.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from tl_desktop.ui.undo import DoneCommand


class DeleteSiteCommand(DoneCommand):
    """Deleting a site, undoable for the whole session (the site goes to the bin, not away)."""

    def __init__(self, apply: Callable, site_id: str, name: str):
        super().__init__(QCoreApplication.translate("MainWindow", "Suppression de « {name} »").format(name=name))
        self._apply, self._site_id = apply, site_id

    def do_again(self) -> None:
        self._apply(lambda store: store.sites.delete(self._site_id))

    def undo(self) -> None:
        self._apply(lambda store: store.sites.restore(self._site_id))


class DeleteVisitCommand(DoneCommand):
    """Deleting a visit (notes, people, photos), undoable until the app closes (the visit goes to a bin).

    ``reopen(visit_id)`` shows the visit again once it is restored.
    """

    def __init__(self, apply: Callable, visit_id: str, label: str, reopen: Callable[[str], None]):
        super().__init__(QCoreApplication.translate("MainWindow", "Suppression de la visite « {label} »").format(
            label=label))
        self._apply, self._visit_id, self._reopen = apply, visit_id, reopen

    def do_again(self) -> None:
        self._apply(lambda store: store.visits.delete(self._visit_id))

    def undo(self) -> None:
        if self._apply(lambda store: store.visits.restore(self._visit_id)) is not None:
            self._reopen(self._visit_id)
