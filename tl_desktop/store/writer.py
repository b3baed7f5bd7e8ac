"""The one writer: a thread with its own connection that runs every write of the app, in order.

SQLite lets one connection write at a time; two writers in one app only wait for each
other's lock (the notebook's autosave behind an import: seconds). Here every write is a
function ``op(store)`` handed to ``submit``: the writer runs them one after the other on its
own ``Store`` and hands back a ``concurrent.futures.Future``. Long jobs split their writes
into short operations (``store.imports``), so an autosave never waits more than one of them.

No Qt here: the GUI wraps this in ``ui/operations.py``; tests and benchmarks use it as is.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sqlite3
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Callable, TypeVar

from tl_desktop.store.database import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
_STOP = object()
# The WAL is copied back into the catalog file by a thread of its own, this often, never by
# a commit: otherwise the autosave that follows an import's chunk pays for moving the chunk.
CHECKPOINT_EVERY_S = 0.5


def _open_and_recover(path: Path) -> Store:
    store = Store(path, create=False)
    if not store.read_only:
        store.imports.recover()   # an import interrupted by a crash: finished or discarded
    return store


class Writer:
    """Runs write operations on one thread and one connection, first come, first served."""

    def __init__(self, path: str | Path, *, open_store: Callable[[Path], Store] | None = None):
        """Start the thread and open the catalog in it; raise what opening raises (TlError)."""
        self.path = Path(path)
        self._open_store = open_store or _open_and_recover
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._seq = itertools.count()
        self._opened: Future = Future()
        self._closed = False
        self._stopping = threading.Event()
        self._checkpointer: threading.Thread | None = None
        self._thread = threading.Thread(target=self._run, name="tl-writer", daemon=True)
        self._thread.start()
        self._opened.result()        # re-raises an opening failure here, in the caller's thread

    def submit(self, op: Callable[[Store], T], *, bulk: bool = False) -> "Future[T]":
        """Queue ``op`` to run on the writer's store; its result (or error) comes in the Future.

        A ``bulk`` operation (a chunk of an import) waits behind every other queued one: what
        the agent does (an autosave, a click) goes first. Operations of one kind keep their order.
        """
        future: Future = Future()
        if self._closed:
            future.set_exception(RuntimeError("writer closed"))
            return future
        self._queue.put((1 if bulk else 0, next(self._seq), op, future))
        return future

    def call(self, op: Callable[[Store], T], timeout: float | None = None, *, bulk: bool = False) -> T:
        """Run ``op`` on the writer and wait for its result; raise what it raised."""
        if threading.current_thread() is self._thread:
            return op(self._store)      # an operation calling another: run it in place
        return self.submit(op, bulk=bulk).result(timeout)

    def bulk(self, op: Callable[[Store], T]) -> T:
        """``call`` for long jobs' chunks (the ``write`` function they are given)."""
        return self.call(op, bulk=True)

    def close(self, timeout: float | None = 30) -> None:
        """Run what is queued, then close the connection and stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put((2, next(self._seq), _STOP, None))
        self._thread.join(timeout)
        self._stopping.set()
        if self._checkpointer is not None:
            self._checkpointer.join(timeout)

    def _run(self) -> None:
        try:
            self._store = self._open_store(self.path)
        except BaseException as exc:  # noqa: BLE001 — handed to the constructor's caller
            self._opened.set_exception(exc)
            return
        if not self._store.read_only:
            self._store.serve_the_app()
            self._checkpointer = threading.Thread(target=self._checkpoint_loop, name="tl-checkpoint", daemon=True)
            self._checkpointer.start()
        self._opened.set_result(None)
        try:
            while True:
                _, _, op, future = self._queue.get()
                if op is _STOP:
                    break
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    result = op(self._store)
                except BaseException as exc:  # noqa: BLE001 — handed to whoever waits on the future
                    future.set_exception(exc)
                else:
                    future.set_result(result)
        finally:
            self._store.close()

    def _checkpoint_loop(self) -> None:
        """Move what the WAL holds into the catalog file, passively (never waiting for, nor blocking, a write)."""
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=0.1)
        except sqlite3.Error:
            return
        try:
            while not self._stopping.wait(CHECKPOINT_EVERY_S):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error as exc:   # busy, disk full…: the next round tries again
                    log.debug("checkpoint: %s", exc)
        finally:
            conn.close()
