"""Slow reads off the GUI thread: one thread with its own read-only Store, reads run in order.

A view hands ``submit(read, on_done)`` a function of the store; it runs in the thread and
``on_done(result)`` is called back on the GUI thread, in the order the reads were submitted.
The map's data at 50,000 sites (0.5 s of SQLite and JSON) goes this way; WAL lets this
connection read while the writer writes, and it sees each commit as soon as it is made.
"""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from tl_desktop.base.errors import TlError
from tl_desktop.store import Store

log = logging.getLogger(__name__)

Read = Callable[[Store], Any]


class ReadWorker(QObject):
    """A reading thread for one catalog file; ``stop()`` ends it (also when the object goes)."""

    _finished = Signal(object, object, object)   # callback, result, error: crosses to the GUI thread

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._path = Path(path)
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._finished.connect(self._on_finished)
        # Deleted with its parent (a closed window) without stop(): the thread still ends.
        pending = self._queue
        self.destroyed.connect(lambda *_: pending.put(None))

    def submit(self, read: Read, on_done: Callable[[Any], None],
               on_failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``read(store)`` in the thread; then ``on_done(result)`` (or ``on_failed``) here."""
        if self._stopped:
            return
        if self._thread is None:
            # A daemon: a thread blocked in a long read never keeps the app from quitting.
            self._thread = threading.Thread(target=self._run, name="tl-read", daemon=True)
            self._thread.start()
        self._queue.put((read, on_done, on_failed))

    def stop(self, timeout: float = 5.0) -> None:
        """Let the current read end, drop the others, close the store; no callback after this."""
        if self._stopped:
            return
        self._stopped = True
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)

    def _run(self) -> None:
        store: Store | None = None
        try:
            while True:
                item = self._queue.get()
                if item is None or self._stopped:
                    return
                read, on_done, on_failed = item
                try:
                    if store is None:
                        store = Store(self._path, create=False, read_only=True)
                    result = read(store)
                except BaseException as exc:  # noqa: BLE001 — handed to the GUI thread
                    self._emit(on_failed, None, exc)
                else:
                    self._emit(on_done, result, None)
        finally:
            if store is not None:
                store.close()

    def _emit(self, callback, result, error) -> None:
        if self._stopped:
            return
        try:
            self._finished.emit(callback, result, error)
        except RuntimeError:
            pass   # the QObject is gone (the window closed while reading)

    def _on_finished(self, callback, result, error) -> None:
        if self._stopped:
            return
        if error is None:
            callback(result)
        elif callback is not None:
            callback(error)
        elif isinstance(error, TlError):
            log.warning("Lecture en arrière-plan : %s", error)
        else:
            log.error("Lecture en arrière-plan", exc_info=(type(error), error, error.__traceback__))
