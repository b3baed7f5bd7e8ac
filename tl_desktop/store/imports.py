"""Many sites written at once, all or nothing, in short transactions: ``store.imports``.

A 200,000-row import written in one transaction would hold the write lock for seconds, and
the notebook's autosave would wait behind it. Instead an import is **staged** and then
**published**, each step one short transaction on the writer, so other writes slip in
between:

1. ``begin`` records a batch (state "staging");
2. ``stage_new`` inserts new sites hidden (``deleted_at = 'staged'``, ``import_batch`` set:
   no query sees them, the search index skips them) and ``stage_updates`` keeps the new
   version of existing sites aside; cancelling now ``discard``-s the batch step by step;
3. ``commit`` marks the batch "committed": from here on it will be finished even after a
   crash;
4. ``publish_step`` makes a chunk of the batch live, until nothing is left.

``recover`` (run when the writer opens the catalog) discards the batches left "staging"
by a crash and finishes the "committed" ones. ``write_import`` drives the whole protocol
through a ``write`` function that runs one short operation on the writer.
"""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from typing import Callable, Sequence, TypeVar

from tl_desktop.base.errors import Cancelled
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.domain import Changes, Site, new_id, utc_now
from tl_desktop.store.connection import Connection
from tl_desktop.store.sites import row_of_site, validate_site

T = TypeVar("T")
# One chunk: about 30–60 ms of writing on a laptop, so an autosave waits at most that long.
CHUNK = 1000
STAGED = "staged"
# Rows prepared between two offers of the GIL to the other threads (about half a millisecond).
YIELD_EVERY = 32
# In a staged update's row: the list (and identifier there) the site is found in, recorded at publishing.
_SOURCE_KEY = "__source__"


def prepare_new(sites: Sequence[Site], source_ids: Sequence[str] | None = None) -> tuple[list[dict], list[tuple]]:
    """Check and turn new sites into table rows (and their source rows), off the writer; raise ValidationError."""
    now = utc_now()
    rows, sources = [], []
    for i, site in enumerate(sites):
        if i % YIELD_EVERY == YIELD_EVERY - 1:
            time.sleep(0)     # let the writer and the GUI thread take the GIL: an autosave is waiting
        validate_site(site)
        row = row_of_site(site, created_at=site.created_at or now, updated_at=now)
        rows.append(row)
        if row["source"]:
            sources.append((row["id"], row["source"], (source_ids[i] if source_ids else "") or "", now))
    return rows, sources


def prepare_updates(sites: Sequence[Site], source: str = "",
                    source_ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """Check and turn the new versions of existing sites into (id, JSON row), off the writer.

    With ``source``, each site also records that list (and its identifier there) when published.
    """
    now = utc_now()
    rows = []
    for i, site in enumerate(sites):
        validate_site(site)
        row = row_of_site(site, updated_at=now)
        if source:
            row[_SOURCE_KEY] = [source, (source_ids[i] if source_ids else "") or ""]
        rows.append((site.id, json.dumps(row, ensure_ascii=False)))
    return rows


@contextmanager
def _relaxed(conn: Connection):
    """Don't wait for the disk at each staging or publishing step: only ``commit`` must survive a power cut.

    A staged batch lost in a power cut is discarded at the next start anyway, and a committed
    one is published again by ``recover``; with synchronous=FULL each of those steps waited for
    the disk. A connection's settings, restored after the step.

    Not on the app's writer (``conn.interactive``): there the next commit is an autosave, whose
    own sync would then have to flush the step's unsynced pages too (measured: its p95 went
    from 6 to 14 ms during an import); each step syncs its own data instead.
    """
    db = conn.db
    if conn.interactive or db.conn.in_transaction:
        yield
        return
    previous = db.execute("PRAGMA synchronous").fetchone()[0]
    checkpoint = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute("PRAGMA synchronous = NORMAL")
    # No checkpoint after each step (each one syncs the database file): the WAL grows by the
    # batch, and the next ordinary commit checkpoints it once.
    db.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        db.execute(f"PRAGMA synchronous = {int(previous)}")
        db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")


class Imports:
    """The staging area of imports."""

    def __init__(self, conn: Connection):
        self._conn = conn
        self._db = conn.db

    def begin(self, source: str = "") -> str:
        """Open a batch; return its id."""
        batch_id = new_id()
        with self._conn.atomic():
            self._db.execute("INSERT INTO import_batches (id, source, state, created_at) VALUES (?, ?, 'staging', ?)",
                             [batch_id, source, utc_now()])
        return batch_id

    def stage_new(self, batch_id: str, sites: Sequence[Site], source_ids: Sequence[str] | None = None) -> None:
        """Insert new sites, invisible until the batch is published; raise ValidationError."""
        self.stage_rows(batch_id, *prepare_new(sites, source_ids))

    def stage_rows(self, batch_id: str, rows: Sequence[dict], sources: Sequence[tuple]) -> None:
        """Insert prepared rows (``prepare_new``): only SQL here, so the writer is busy for little time."""
        if not rows:
            return
        columns = list(rows[0]) + ["deleted_at", "import_batch"]
        sql = f"INSERT INTO sites ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        with _relaxed(self._conn), self._conn.atomic():
            self._check_state(batch_id, "staging")
            self._db.conn.executemany(sql, [(*row.values(), STAGED, batch_id) for row in rows])
            if sources:
                self._db.conn.executemany(
                    "INSERT OR IGNORE INTO site_sources (site_id, source, source_id, added_at) VALUES (?, ?, ?, ?)",
                    sources)

    def stage_updates(self, batch_id: str, sites: Sequence[Site], source: str = "",
                      source_ids: Sequence[str] | None = None) -> None:
        """Keep the new version of existing sites aside until the batch is published (see prepare_updates)."""
        rows = prepare_updates(sites, source, source_ids)
        with _relaxed(self._conn), self._conn.atomic():
            self._check_state(batch_id, "staging")
            self._db.conn.executemany(
                "INSERT OR REPLACE INTO staged_updates (batch_id, site_id, row) VALUES (?, ?, ?)",
                [(batch_id, site_id, row) for site_id, row in rows])

    def commit(self, batch_id: str) -> None:
        """Decide the batch: from now on it is published, even if the app stops midway."""
        with self._conn.atomic():
            self._check_state(batch_id, "staging")
            self._db.execute("UPDATE import_batches SET state = 'committed' WHERE id = ?", [batch_id])

    def publish_step(self, batch_id: str, limit: int = CHUNK) -> tuple[bool, list[str]]:
        """Make up to ``limit`` sites of a committed batch live; return (finished, their ids)."""
        with _relaxed(self._conn), self._conn.atomic():
            self._check_state(batch_id, "committed")
            ids = [r[0] for r in self._db.execute(
                "SELECT id FROM sites WHERE import_batch = ? LIMIT ?", [batch_id, limit])]
            if ids:
                marks = ",".join("?" * len(ids))
                self._db.execute(f"UPDATE sites SET deleted_at = NULL, import_batch = NULL WHERE id IN ({marks})", ids)
            room = limit - len(ids)
            if room > 0:
                updates = self._db.execute("SELECT site_id, row FROM staged_updates WHERE batch_id = ? LIMIT ?",
                                           [batch_id, room]).fetchall()
                for site_id, raw in updates:
                    row = json.loads(raw)
                    row.pop("created_at", None)
                    ref = row.pop(_SOURCE_KEY, None)
                    if ref:
                        self._db.execute("INSERT OR IGNORE INTO site_sources (site_id, source, source_id, added_at) "
                                         "VALUES (?, ?, ?, ?)", [site_id, ref[0], ref[1], utc_now()])
                    assignments = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                    self._db.execute(f"UPDATE sites SET {assignments} WHERE id = :id", {**row, "id": site_id})
                    self._db.execute("DELETE FROM staged_updates WHERE batch_id = ? AND site_id = ?",
                                     [batch_id, site_id])
                ids += [u[0] for u in updates]
            finished = not ids or self._db.execute(
                "SELECT NOT EXISTS (SELECT 1 FROM sites WHERE import_batch = ?) "
                "AND NOT EXISTS (SELECT 1 FROM staged_updates WHERE batch_id = ?)", [batch_id, batch_id]).fetchone()[0]
            if finished:
                self._db.execute("DELETE FROM import_batches WHERE id = ?", [batch_id])
        return bool(finished), ids

    def discard_step(self, batch_id: str, limit: int = CHUNK) -> bool:
        """Delete up to ``limit`` staged sites of an abandoned batch; return True once it is gone."""
        with _relaxed(self._conn), self._conn.atomic():
            ids = [r[0] for r in self._db.execute("SELECT id FROM sites WHERE import_batch = ? LIMIT ?",
                                                  [batch_id, limit])]
            if ids:
                marks = ",".join("?" * len(ids))
                self._db.execute(f"DELETE FROM sites WHERE id IN ({marks})", ids)
                return False
            self._db.execute("DELETE FROM staged_updates WHERE batch_id = ?", [batch_id])
            self._db.execute("DELETE FROM import_batches WHERE id = ?", [batch_id])
        return True

    def pending(self) -> list[tuple[str, str]]:
        """The batches left by an interrupted import: (id, state)."""
        return [tuple(r) for r in self._db.execute("SELECT id, state FROM import_batches ORDER BY created_at")]

    def recover(self) -> Changes:
        """Finish the committed batches and discard the others (after a crash); return what became live."""
        published: list[str] = []
        for batch_id, state in self.pending():
            if state == "committed":
                finished = False
                while not finished:
                    finished, ids = self.publish_step(batch_id)
                    published += ids
            else:
                while not self.discard_step(batch_id):
                    pass
        return Changes.of(sites=published)

    def _check_state(self, batch_id: str, state: str) -> None:
        row = self._db.execute("SELECT state FROM import_batches WHERE id = ?", [batch_id]).fetchone()
        if row is None or row[0] != state:
            raise RuntimeError(f"import batch {batch_id} is {row[0] if row else 'gone'}, not {state}")


Write = Callable[[Callable[["object"], T]], T]


class _Pace:
    """Sizes the chunks so that each transaction takes about ``target_s`` on this machine."""

    def __init__(self, first: int, target_s: float = 0.005, smallest: int = 50, largest: int = 5000):
        self.size, self.target_s, self.smallest, self.largest = first, target_s, smallest, largest

    def timed(self, write: Write, op):
        def measured(store):
            start = time.perf_counter()
            result = op(store)
            return result, time.perf_counter() - start
        result, seconds = write(measured)
        if seconds > 0:
            wanted = self.size * self.target_s / seconds
            self.size = int(max(self.smallest, min(self.largest, (self.size + wanted) / 2)))
        return result


def write_import(write: Write, new: Sequence[Site], updates: Sequence[Site] = (), *, source: str = "",
                 source_ids: Sequence[str] | None = None, update_source_ids: Sequence[str] | None = None,
                 progress: Progress = no_progress, cancel: CancelFlag | None = None,
                 chunk: int = CHUNK) -> Changes:
    """Write ``new`` and ``updates`` all or nothing, one short transaction at a time; return what changed.

    ``write(op)`` runs ``op(store)`` on the writer and returns its result (the command line
    passes ``lambda op: op(store)``). The rows are prepared here, in the caller's thread; the
    writer only runs the SQL, in chunks sized to take about 5 ms each, so the notebook's
    autosave, queued between two of them, waits that long at most. Raise Cancelled (nothing
    kept) if cancelled before the batch is committed; after that, the batch is finished
    whatever happens. Raise ValidationError (nothing kept) for a site that cannot be stored.
    ``source_ids`` / ``update_source_ids``: each site's identifier in the ``source`` list,
    recorded in ``site_sources`` (updated sites record the source too).
    """
    total = len(new) + len(updates)
    # On the app's writer, steps of ~5 ms so that an autosave slips in quickly; with no one
    # waiting (the command line), a few large transactions: each commit costs its own sync.
    interactive = write(lambda store: store.interactive)
    pace = _Pace(min(chunk, 200)) if interactive else _Pace(chunk, target_s=0.25, largest=20_000)
    batch = write(lambda store: store.imports.begin(source))
    try:
        done = 0
        start = 0
        while start < len(new):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            part = new[start:start + pace.size]
            rows, sources = prepare_new(part, source_ids[start:start + len(part)] if source_ids else None)
            pace.timed(write, lambda store, rows=rows, sources=sources: store.imports.stage_rows(batch, rows, sources))
            start += len(part)
            done += len(part)
            progress(done // 2, total, "")
        start = 0
        while start < len(updates):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            part = list(updates[start:start + pace.size])
            refs = list(update_source_ids[start:start + len(part)]) if update_source_ids else None
            pace.timed(write, lambda store, part=part, refs=refs: store.imports.stage_updates(batch, part, source,
                                                                                              refs))
            start += len(part)
            done += len(part)
            progress(done // 2, total, "")
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        write(lambda store: store.imports.commit(batch))
    except BaseException:
        try:
            while not write(lambda store: store.imports.discard_step(batch, chunk)):
                pass
        except Exception:   # noqa: BLE001 — the first failure is the one to report
            pass            # the batch stays "staging": recover() discards it at the next start
        raise
    changed: list[str] = []
    finished = False
    pace.size = max(pace.smallest, pace.size // 2)     # publishing re-indexes each row: slower per row
    while not finished:
        finished, ids = pace.timed(write, lambda store: store.imports.publish_step(batch, pace.size))
        changed += ids
        progress(total // 2 + len(changed) // 2, total, "")
    progress(total, total, "")
    return Changes.of(sites=changed)
