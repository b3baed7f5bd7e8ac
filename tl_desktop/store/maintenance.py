"""Keeping the catalog safe: quick checks, daily backups, and recovering what a damaged file still holds.

- ``quick_check`` reads the whole file the way SQLite's ``PRAGMA quick_check`` does and
  says, in French, whether pages are damaged (run off the GUI thread after the window shows).
- ``backup`` copies a sound catalog into ``<data>/sauvegardes/`` once a day with SQLite's
  online backup (a consistent copy even while the app writes), keeping the last few.
- ``recover`` copies every row that can still be read from a damaged catalog into a new
  one, table by table, skipping only the unreadable rows, and says what was lost.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tl_desktop.base.errors import DamagedDatabaseError, NotADatabaseError, TlError, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.store.connection import storage_error
from tl_desktop.store.database import Store

BACKUP_FOLDER = "sauvegardes"
BACKUPS_KEPT = 7
# Parents before children, so that rows referring to others find them. Every table of the
# schema but the search index (rebuilt from sites) and the staging of imports in progress.
TABLES = ("sites", "persons", "tours", "tour_participants", "stops", "visits", "visit_people", "attachments",
          "site_covers", "site_sources", "site_merges", "distinct_sites", "rooms", "studies")
NOT_RECOVERED = ("import_batches", "staged_updates")


def quick_check(path: Path) -> list[str]:
    """Read the catalog through; return SQLite's reports of damage (empty when the file is sound)."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def backup(store: Store, folder: Path | None = None, *, keep: int = BACKUPS_KEPT, today: date | None = None) -> Path | None:
    """Copy the catalog to ``sauvegardes/catalogue-AAAA-MM-JJ.tldb`` unless today's copy exists; return it.

    Keeps the ``keep`` newest copies. Raise StorageError (disk full…) with nothing half-written left.
    """
    folder = folder or store.path.parent / BACKUP_FOLDER
    name = f"{store.path.stem}-{(today or date.today()).isoformat()}{store.path.suffix}"
    target = folder / name
    if target.exists():
        return None
    partial = target.with_name(target.name + ".partiel")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            store.db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")   # one self-contained file
        finally:
            dest.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):      # « sauvegardes » may be a file: no partial inside it
            partial.unlink(missing_ok=True)
        typed = storage_error(exc) if isinstance(exc, sqlite3.Error) else None
        raise typed or TlError(QT_TRANSLATE_NOOP("tl_desktop", "La sauvegarde du catalogue n'a pas pu être "
                                                 "écrite dans « {folder} » : {reason}."),
                               folder=str(folder), reason=describe_os_error(exc)
                               if isinstance(exc, OSError) else str(exc)) from exc
    copies = sorted(folder.glob(f"{store.path.stem}-????-??-??{store.path.suffix}"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


@dataclass
class RecoverReport:
    """What ``recover`` kept and lost, table by table."""

    kept: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = []
        for table in TABLES:
            if table in self.kept or table in self.lost:
                lost = self.lost.get(table, 0)
                lines.append(f"{table} : {self.kept.get(table, 0)} ligne(s) récupérée(s)"
                             + (f", {lost} perdue(s)" if lost else ""))
        return "\n".join(lines)


def recover(source: Path, target: Path, *, progress: Progress = no_progress,
            cancel: CancelFlag | None = None) -> RecoverReport:
    """Copy every readable row of a damaged catalog into a new catalog at ``target``; return what was kept.

    The damaged file is only read. Rows that refer to a lost row (a visit of a lost site)
    are dropped too, and counted as lost. Raise TlError if ``target`` exists or nothing can be read.
    """
    if target.exists():
        raise TlError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » existe déjà : choisissez un nouveau fichier."),
                      path=str(target))
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        tables = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(QT_TRANSLATE_NOOP(
            "tl_desktop", "« {path} » est trop endommagé : même la liste de ses tables est illisible."),
            path=str(source), details=str(exc)) from exc
    report = RecoverReport()
    with Store(target) as out:
        out.db.execute("PRAGMA foreign_keys = OFF")
        columns = {t: [c.name for c in out.db[t].columns] for t in TABLES}
        for number, table in enumerate(t for t in TABLES if t in tables):
            if cancel is not None and cancel.is_set():
                break
            progress(number, len(TABLES), table)
            wanted = [c for c in columns[table] if c in _columns(src, table)]
            rows, lost = _readable_rows(src, table, wanted)
            with out.atomic():
                out.db[table].insert_all((dict(zip(wanted, r)) for r in rows), ignore=True)
            report.kept[table], report.lost[table] = len(rows), lost
        _drop_orphans(out, report)
        out.db.execute("PRAGMA foreign_keys = ON")
        progress(len(TABLES), len(TABLES), "")
    src.close()
    return report


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return []


def _readable_rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], int]:
    """Read the table by rowid ranges; a range that fails is split until the bad rows are isolated."""
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE rowid BETWEEN ? AND ?"
    try:
        low, high = conn.execute(f"SELECT min(rowid), max(rowid) FROM {table}").fetchone()
    except sqlite3.DatabaseError:
        return [], 0
    if low is None:
        return [], 0
    rows: list[tuple] = []
    lost = 0
    pending = [(low, high)]
    while pending:
        a, b = pending.pop()
        try:
            rows += conn.execute(select, [a, b]).fetchall()
        except sqlite3.DatabaseError:
            if a == b:
                lost += 1
            else:
                middle = (a + b) // 2
                pending += [(middle + 1, b), (a, middle)]
    return rows, lost


def _drop_orphans(out: Store, report: RecoverReport) -> None:
    while True:
        orphans = out.db.execute("PRAGMA foreign_key_check").fetchall()
        if not orphans:
            return
        for table, rowid, _parent, _fk in orphans:
            out.db.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])
            report.kept[table] = report.kept.get(table, 1) - 1
            report.lost[table] = report.lost.get(table, 0) + 1


def damaged(path: Path, problems: list[str]) -> DamagedDatabaseError:
    """The typed error saying the catalog is damaged and what to do."""
    return DamagedDatabaseError(path=str(path), details="\n".join(problems[:20]))
