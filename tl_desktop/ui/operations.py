"""The one way the GUI changes data: an operation runs on the writer, then what changed is broadcast.

An operation is a function ``op(store)`` calling the core (``store.sites.save(site)``…); it
returns a ``Changes``, or a tuple ending with one (``(site, changes)``), or an object with a
``changes`` attribute. The runner hands it to the writer thread (``tl_desktop.store.writer``),
then, back on the GUI thread, emits ``executed(changes, origin)``; the main window passes that
to every view's ``on_changes``, and each view refreshes what concerns it (cf. Anki's
``CollectionOp`` and ``operation_did_execute``). ``origin`` is the view that asked, so it
can skip refreshing what it already shows.

- ``run`` does not wait: the result and the error come back on the GUI thread (autosave).
- ``call`` waits for the writer and returns the result or raises its TlError (a click that
  needs the new record at once). The writer runs only short operations, so it waits at most
  one of them.
- ``write`` is for worker threads (imports, photo batches): it waits on the writer from the
  worker's thread, and the job hands its Changes back when it ends.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from tl_desktop.domain import Changes
from tl_desktop.store import Writer
from tl_desktop.ui.errors import show_error

log = logging.getLogger(__name__)

Operation = Callable[[Any], Any]


def changes_of(result: object) -> Changes:
    """Return the Changes an operation's result carries (none if it carries none)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else Changes()


class Operations(QObject):
    """Runs operations on the writer and broadcasts their Changes on the GUI thread."""

    executed = Signal(object, object)        # Changes, origin (the view that asked, or None)
    _finished = Signal(object, object, object, object)   # future, origin, on_done, on_failed (from the writer)

    def __init__(self, writer: Writer, parent: QObject | None = None):
        super().__init__(parent)
        self.writer = writer
        self.read_only = False
        self._finished.connect(self._on_finished)

    def run(self, op: Operation, *, origin: object = None, on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[BaseException], None] | None = None) -> Future:
        """Queue ``op`` on the writer; call ``on_done(result)`` or ``on_failed(exc)`` on the GUI thread."""
        future = self.writer.submit(op)
        future.add_done_callback(lambda f: self._finished.emit(f, origin, on_done, on_failed))
        return future

    def call(self, op: Operation, *, origin: object = None) -> Any:
        """Run ``op`` on the writer, wait, broadcast its Changes and return its result; raise its error."""
        result = self.writer.call(op)
        self.broadcast(changes_of(result), origin)
        return result

    def write(self, op: Operation) -> Any:
        """From a worker thread: run ``op`` on the writer and return its result (no broadcast).

        Long jobs hand their chunks here: they wait behind what the agent does (bulk priority).
        """
        return self.writer.bulk(op)

    def broadcast(self, changes: Changes, origin: object = None) -> None:
        """Tell every view what changed (also used by jobs when they end)."""
        if changes:
            self.executed.emit(changes, origin)

    def close(self) -> None:
        """Finish what is queued and close the writer's connection."""
        self.writer.close()

    def _on_finished(self, future: Future, origin, on_done, on_failed) -> None:
        exc = future.exception()
        if exc is not None:
            if on_failed is not None:
                on_failed(exc)
            else:
                show_error(None, exc)
            return
        result = future.result()
        self.broadcast(changes_of(result), origin)
        if on_done is not None:
            on_done(result)
