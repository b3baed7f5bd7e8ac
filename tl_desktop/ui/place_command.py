"""Placing a site by hand on the map, undoable: the position and its precision, nothing else."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

Position = tuple[float | None, float | None, str | None]   # latitude, longitude, precision


class PlaceSiteCommand(QUndoCommand):
    """A site moved on the map (a click, or its pin dragged); Ctrl+Z puts it back where it was.

    ``apply(op)`` runs an operation through the operation runner and returns None when it was
    refused (and said so). Pushed once the move has succeeded: the first redo() does nothing.
    """

    def __init__(self, apply: Callable, site_id: str, name: str, before: Position, after: Position):
        super().__init__(QCoreApplication.translate("MainWindow", "Position de « {name} » sur la carte").format(
            name=name))
        self._apply, self._site_id = apply, site_id
        self._before, self._after = before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(lambda store: store.sites.set_position(self._site_id, *self._after))

    def undo(self) -> None:
        self._apply(lambda store: store.sites.set_position(self._site_id, *self._before))
