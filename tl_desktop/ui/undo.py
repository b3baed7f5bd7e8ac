"""Undo steps for changes already made: the base of the app's QUndoCommands."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class DoneCommand(QUndoCommand):
    """A step pushed once its change has succeeded: ``QUndoStack.push`` calls ``redo()`` at once,
    which must then do nothing; later redos (Ctrl+Maj+Z) call ``do_again()``."""

    def __init__(self, text: str):
        super().__init__(text)
        self._just_pushed = True

    def redo(self) -> None:
        if self._just_pushed:
            self._just_pushed = False
            return
        self.do_again()

    def do_again(self) -> None:
        raise NotImplementedError
