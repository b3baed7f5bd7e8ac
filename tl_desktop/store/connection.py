"""One SQLite connection of the catalog: opening, identity, transactions and typed storage errors.

Every statement goes through ``CatalogDatabase.execute``, which turns SQLite's storage
failures (disk full, read-only, locked, I/O error, damaged file) into the typed errors of
``tl_desktop.base.errors``, each with a French sentence saying what happened and what to do.
Constraint errors (``IntegrityError``) are left as they are: they are the caller's business.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tl_desktop.base.errors import (
    BusyError,
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    NotFoundError,
    ReadOnlyError,
    StorageError,
    StorageIOError,
    TlError,
    describe_os_error,
)
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.store.migrations import MIGRATIONS, Migration, applied_names, apply_pending
from tl_desktop.store.sqlite_backend import sqlite_utils

# "TLD1": written in the file header, so a foreign SQLite file is recognised and left alone.
APPLICATION_ID = 0x544C4431

# Primary result codes (https://sqlite.org/rescode.html).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def storage_error(exc: BaseException, path: str | os.PathLike = "") -> TlError | None:
    """Return the typed error for a storage failure reported by SQLite, or None for anything else."""
    if isinstance(exc, TlError):
        return exc
    if not isinstance(exc, sqlite3.Error) or isinstance(exc, sqlite3.IntegrityError):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    details = f"{getattr(exc, 'sqlite_errorname', '')} {exc}".strip()
    if primary == _SQLITE_FULL or "disk is full" in text:
        return DiskFullError(details=details)
    if primary == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return ReadOnlyError(details=details)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return BusyError(details=details)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return DamagedDatabaseError(path=str(path), details=details)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o" in text:
        return StorageIOError(details=details)
    return None


class _Cursor:
    """A cursor whose row fetching also reports storage failures as typed errors (damage shows there)."""

    __slots__ = ("_cursor", "_path")

    def __init__(self, cursor: sqlite3.Cursor, path: Path):
        self._cursor = cursor
        self._path = path

    def __iter__(self):
        try:
            yield from self._cursor
        except sqlite3.Error as exc:
            _raise_typed(exc, self._path)

    def fetchone(self):
        try:
            return self._cursor.fetchone()
        except sqlite3.Error as exc:
            _raise_typed(exc, self._path)

    def fetchall(self):
        try:
            return self._cursor.fetchall()
        except sqlite3.Error as exc:
            _raise_typed(exc, self._path)

    def fetchmany(self, size: int = 1):
        try:
            return self._cursor.fetchmany(size)
        except sqlite3.Error as exc:
            _raise_typed(exc, self._path)

    def __getattr__(self, name: str):
        return getattr(self._cursor, name)


def _raise_typed(exc: sqlite3.Error, path: Path):
    typed = storage_error(exc, path)
    if typed is None:
        raise exc
    raise typed from exc


class CatalogDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose every statement reports storage failures as typed errors."""

    path: Path = Path()

    def execute(self, sql, parameters=None):  # noqa: D102 (sqlite-utils' API)
        try:
            return _Cursor(super().execute(sql, parameters), self.path)
        except sqlite3.Error as exc:
            _raise_typed(exc, self.path)

    def query(self, sql, params=None):  # noqa: D102
        try:
            yield from super().query(sql, params)
        except sqlite3.Error as exc:
            _raise_typed(exc, self.path)


class Connection:
    """An open catalog file: the database handle, transactions, and what changed since a read."""

    def __init__(self, path: Path, *, create: bool, migrations: list[Migration] = MIGRATIONS,
                 timeout: float = 5.0, read_only: bool | None = None):
        """Open (creating if allowed) the catalog; read-only when the file or folder cannot be written.

        Raise NotFoundError, NotADatabaseError, NewerDatabaseError, StorageError.
        """
        self.path = Path(path)
        self._writes = 0
        # The app's one writer: its commits never checkpoint (a thread of the writer does), and
        # every transaction syncs, so that an autosave never waits for another step's pages.
        self.interactive = False
        existed = self.path.exists() and self.path.stat().st_size > 0
        if not existed and not create:
            raise NotFoundError(QT_TRANSLATE_NOOP("tl_desktop", "Aucun catalogue dans « {folder} »."),
                                folder=str(self.path.parent))
        if read_only is None:
            read_only = existed and not _writable(self.path)
        self.read_only = read_only
        if not existed:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise NotADatabaseError(QT_TRANSLATE_NOOP(
                    "tl_desktop", "Impossible de créer le dossier « {folder} » : {reason}."),
                    folder=str(self.path.parent), reason=describe_os_error(exc)) from exc
        self.disk_full = False          # opened read-only because the disk was full
        try:
            self._open(existed, migrations, timeout)
        except StorageError as exc:
            if not (existed and not self.read_only and _disk_full(exc, self.path)):
                raise
            # A read needs SQLite's 32 KB wal-index (-shm) beside the file: a full disk cannot
            # give it. The catalog is read as it is; every write says the disk is full.
            self.read_only = self.disk_full = True
            self._open(existed, migrations, timeout)

    def _open(self, existed: bool, migrations: list[Migration], timeout: float) -> None:
        conn = self._connect(timeout)
        self.db = CatalogDatabase(conn, execute_plugins=False)  # no plugins: ~27 ms per open
        self.db.path = self.path
        try:
            self._check_identity(existed)
            self.db.execute("PRAGMA foreign_keys = ON")
            if not self.read_only:
                if self.db.journal_mode != "wal":
                    self.db.enable_wal()
                if not existed:
                    self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                apply_pending(self.db, migrations)
            else:
                self._check_read_only_schema(migrations)
        except BaseException:
            conn.close()
            raise

    def _connect(self, timeout: float) -> sqlite3.Connection:
        try:
            if self.read_only:
                return self._connect_read_only(timeout)
            return sqlite3.connect(str(self.path), isolation_level=None, timeout=timeout)
        except sqlite3.Error as exc:
            typed = storage_error(exc, self.path)
            if isinstance(typed, StorageError) and not isinstance(typed, DamagedDatabaseError):
                raise typed from exc
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP("tl_desktop", "Impossible d'ouvrir « {path} » : {reason}"),
                path=str(self.path), reason=str(exc)) from exc

    def _connect_read_only(self, timeout: float) -> sqlite3.Connection:
        """Read a catalog that cannot be written (read-only folder or medium), changing nothing there.

        SQLite reads a WAL database read-only when its -shm and -wal files exist; without a
        -wal (or an empty one), the file alone is the whole catalog and is read as immutable.
        Otherwise (a -wal holding data, no -shm that can be made), the three files are copied
        aside and read there: the data of the -wal, which a checkpoint never moved into the
        main file (a disk that was full), must not be ignored.
        """
        base = self.path.resolve().as_uri()
        try:
            conn = sqlite3.connect(base + "?mode=ro", uri=True, isolation_level=None, timeout=timeout)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error:
            pass
        wal = self.path.with_name(self.path.name + "-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            return sqlite3.connect(base + "?mode=ro&immutable=1", uri=True, isolation_level=None, timeout=timeout)
        snapshot = Path(tempfile.mkdtemp(prefix="tl-desktop-lecture-")) / self.path.name
        for suffix in ("", "-wal"):
            shutil.copyfile(self.path.with_name(self.path.name + suffix), snapshot.with_name(snapshot.name + suffix))
        return sqlite3.connect(str(snapshot), isolation_level=None, timeout=timeout)

    def _check_identity(self, existed: bool) -> None:
        """Refuse, before writing anything, a file that is not ours or comes from a newer version."""
        not_ours = QT_TRANSLATE_NOOP(
            "tl_desktop", "« {path} » n'est pas une base Tiers-Lieux Desktop. Le fichier n'a pas été modifié.")
        try:
            app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
            tables = self.db.table_names()
        except DamagedDatabaseError as exc:
            header = _header(self.path)
            if header and not header.startswith(b"SQLite format 3\x00"):
                raise NotADatabaseError(not_ours, path=str(self.path), details=exc.details) from exc
            raise DamagedDatabaseError(path=str(self.path), details=exc.details) from exc
        except sqlite3.DatabaseError as exc:
            raise NotADatabaseError(not_ours, path=str(self.path), details=str(exc)) from exc
        if not existed:
            return
        if app_id != APPLICATION_ID:
            if app_id == 0 and not tables:
                return  # an empty SQLite file: ours to initialise
            raise NotADatabaseError(not_ours, path=str(self.path))
        self._check_version(applied_names(self.db))

    def _check_version(self, applied: list[str], migrations: list[Migration] = MIGRATIONS) -> None:
        known = {m.name for m in migrations}
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise NewerDatabaseError(
                QT_TRANSLATE_NOOP("tl_desktop", "« {path} » a été créée par une version plus récente de "
                                  "Tiers-Lieux Desktop. Mettez l'application à jour pour l'ouvrir ; "
                                  "le fichier n'a pas été modifié."),
                path=str(self.path), details=", ".join(unknown))

    def _check_read_only_schema(self, migrations: list[Migration]) -> None:
        """A read-only catalog cannot be upgraded: it must already be at this version's schema."""
        missing = [m.name for m in migrations if m.name not in set(applied_names(self.db))]
        if missing:
            raise ReadOnlyError(QT_TRANSLATE_NOOP(
                "tl_desktop", "Le catalogue « {path} » est en lecture seule et a été créé par une version plus "
                "ancienne de l'application : il doit être mis à jour avant d'être lu, ce qui est impossible "
                "ici. Copiez le dossier des données dans un dossier où vous pouvez écrire."),
                path=str(self.path), details=", ".join(missing))

    # ---- transactions

    @contextmanager
    def atomic(self) -> Iterator[CatalogDatabase]:
        """Run a block in one transaction (a savepoint when nested); roll back on any error."""
        if self.read_only:
            if self.disk_full:
                raise DiskFullError(QT_TRANSLATE_NOOP(
                    "tl_desktop", "Le disque du catalogue était plein à l'ouverture : le catalogue ne peut être que "
                    "consulté, rien n'y est enregistré. Libérez de la place sur ce disque, puis rouvrez "
                    "l'application (ou relancez la commande)."), path=str(self.path))
            raise ReadOnlyError(path=str(self.path))
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            typed = storage_error(exc, self.path)
            if typed is None:
                raise
            raise typed from exc
        finally:
            self._writes += 1   # whatever happened, cached reads must be redone

    def data_version(self) -> tuple[int, int]:
        """A value that changes whenever any connection commits (cached reads compare it)."""
        # data_version moves when another connection (the writer) commits; _writes when we do.
        return self.db.execute("PRAGMA data_version").fetchone()[0], self._writes

    def close(self) -> None:
        self.db.close()


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


# Less free space than this, and a failed opening is the disk's being full (SQLite's -shm
# alone takes 32 KB; the -wal grows by pages of 4 KB).
FULL_DISK_BYTES = 1 << 20


def _disk_full(exc: StorageError, path: Path) -> bool:
    """True when ``exc``, raised while opening ``path``, comes from a full disk (not a damaged or busy file)."""
    if isinstance(exc, (DamagedDatabaseError, BusyError, ReadOnlyError)):
        return False
    try:
        return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
    except OSError:
        return False


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(16)
    except OSError:
        return b""
