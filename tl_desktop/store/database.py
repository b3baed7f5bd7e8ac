"""The catalog of one data folder: a connection and its sub-APIs, reached only through here.

One ``Store`` per thread (SQLite connections are not shared across threads). The sub-APIs
(``sites``, ``tours``, ``visits``, ``people``, ``attachments``, ``rooms``, ``studies``, ``imports``,
``merges``) share the connection and use each other through their public methods only; every
mutation returns a ``Changes``.
"""

from __future__ import annotations

from pathlib import Path

from tl_desktop.base.errors import DamagedDatabaseError
from tl_desktop.domain import KINDS, LEGAL_FORMS, PROGRAMMES
from tl_desktop.media import MediaLibrary
from tl_desktop.store.attachments import Attachments
from tl_desktop.store.connection import Connection
from tl_desktop.store.imports import Imports
from tl_desktop.store.merges import Merges
from tl_desktop.store.migrations import MIGRATIONS, Migration
from tl_desktop.store.people import People
from tl_desktop.store.rooms import Rooms
from tl_desktop.store.sites import Sites, decode_list
from tl_desktop.store.studies import Studies
from tl_desktop.store.tours import Tours
from tl_desktop.store.visits import Visits

DAMAGE_ADVICE = ("Le fichier du catalogue est endommagé. Ne le modifiez plus ; restaurez la dernière sauvegarde "
                 "(dossier « sauvegardes » du dossier des données), ou récupérez ce qui peut être lu avec "
                 "« tl-desktop recover -o NOUVEAU.tldb », puis ouvrez ce nouveau catalogue.")


class Store:
    """The catalog database of one data folder."""

    def __init__(self, path: str | Path, *, create: bool = True, migrations: list[Migration] = MIGRATIONS,
                 timeout: float = 5.0, read_only: bool | None = None):
        """Open (creating if allowed) the database at ``path``, read-only if it cannot be written.

        Raise NotADatabaseError, NewerDatabaseError, NotFoundError, StorageError.
        """
        self.path = Path(path)
        self._conn = Connection(self.path, create=create, migrations=migrations, timeout=timeout,
                                read_only=read_only)
        self.db = self._conn.db
        self.read_only = self._conn.read_only
        self.disk_full = self._conn.disk_full      # read-only because the disk was full at opening
        self.media = MediaLibrary(self.path.parent)
        self.sites = Sites(self._conn)
        self.people = People(self._conn)
        self.tours = Tours(self._conn, self.sites, self.people)
        self.visits = Visits(self._conn, self.sites, self.people)
        self.attachments = Attachments(self._conn, self.visits, self.media)
        self.imports = Imports(self._conn)
        self.rooms = Rooms(self._conn, self.sites)
        self.studies = Studies(self._conn)
        self.merges = Merges(self._conn, self.sites)

    @property
    def interactive(self) -> bool:
        """True on the app's writer: other operations (an autosave) may be waiting between two steps."""
        return self._conn.interactive

    def serve_the_app(self) -> None:
        """Make this the app's writing connection: no checkpoint at commit, every step synced (store.writer)."""
        self._conn.interactive = True
        self.db.execute("PRAGMA wal_autocheckpoint = 0")

    def atomic(self):
        """A transaction around several sub-API calls (a savepoint when nested)."""
        return self._conn.atomic()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------- checks

    def check(self) -> list[str]:
        """Run SQLite's integrity_check and the app's consistency checks; return problems in French."""
        try:
            return self._check()
        except DamagedDatabaseError as exc:
            return [f"SQLite : {exc.details or 'fichier endommagé'}", DAMAGE_ADVICE]

    def damage(self) -> list[str]:
        """Read the whole file as SQLite's quick_check does; return its reports of damage (empty: sound).

        Through the catalog's own connection: a read-only medium or a full disk, where a new
        connection could not open, are not taken for damage (their writes say what they are).
        """
        try:
            return [msg for (msg,) in self.db.execute("PRAGMA quick_check") if msg != "ok"]
        except DamagedDatabaseError as exc:
            return [exc.details or "fichier endommagé"]

    def _check(self) -> list[str]:
        problems: list[str] = []
        for (msg,) in self.db.execute("PRAGMA integrity_check"):
            if msg != "ok":
                problems.append(f"SQLite : {msg}")
        if problems:
            return problems + [DAMAGE_ADVICE]
        for row in self.db.execute("PRAGMA foreign_key_check"):
            problems.append(f"Clé étrangère cassée : table {row[0]}, ligne {row[1]}")
        live = self.sites.count()
        indexed = self.db.execute("SELECT count(*) FROM sites_fts").fetchone()[0]
        if live != indexed:
            problems.append(f"Index de recherche désynchronisé : {indexed} entrées pour {live} lieux")
        checks = [("kinds", KINDS), ("programmes", PROGRAMMES)]
        for site_id, name, kinds, programmes, services, legal, lat, lon in self.db.execute(
                "SELECT id, name, kinds, programmes, public_services, legal_form, latitude, longitude "
                "FROM sites WHERE deleted_at IS NULL"):
            for (column, choices), raw in zip(checks, (kinds, programmes)):
                for code in decode_list(raw):
                    if code not in choices:
                        problems.append(f"Lieu « {name} » ({site_id}) : code inconnu « {code} » dans {column}")
            if legal and legal not in LEGAL_FORMS:
                problems.append(f"Lieu « {name} » ({site_id}) : forme juridique inconnue « {legal} »")
            if (lat is None) != (lon is None):
                problems.append(f"Lieu « {name} » ({site_id}) : latitude sans longitude (ou l'inverse)")
        for filename, sha, ext, size, visit_id in self.db.execute(
                "SELECT filename, sha256, extension, size, visit_id FROM attachments"):
            path = self.media.path_of(sha, ext)
            try:
                stored = path.stat().st_size
            except OSError:
                problems.append(f"Pièce jointe « {filename} » (visite {visit_id}) : fichier absent ({path})")
                continue
            if stored != size:
                problems.append(f"Pièce jointe « {filename} » (visite {visit_id}) : fichier de taille "
                                f"inattendue ({stored} octets au lieu de {size})")
        return problems

    def unreferenced_media(self) -> list[Path]:
        """Files of the media folder that no attachment names any more (added over an hour ago)."""
        return self.media.unreferenced(self.attachments.referenced_hashes())

    def repair_media(self) -> tuple[int, int]:
        """Delete the media files no attachment names (never a referenced one); return (files, bytes)."""
        # A file copied but not yet recorded (an attach in progress) is younger than the grace delay.
        return self.media.remove_unreferenced(self.attachments.referenced_hashes())
