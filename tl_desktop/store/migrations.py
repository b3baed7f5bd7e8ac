"""Named schema migrations, applied in order, each in its own transaction with its own record.

A migration that fails is rolled back and stays pending; the database is left as it was.
Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable

from tl_desktop.base.errors import MigrationError, StorageError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.domain import utc_now
from tl_desktop.store.sqlite_backend import sqlite_utils

MIGRATIONS_TABLE = "_migrations"


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Execute each statement of ``script`` inside the current transaction.

    ``sqlite3.executescript`` would COMMIT the migration's transaction first.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


# Frozen: used by shipped migrations (0001, 0003). A change of the index is a new migration.
_FTS_TRIGGERS = """
    -- Triggers keep the index in step with every write path; deleted sites leave the index.
    -- Folded name and commune are indexed: unicode61 does not fold « œ » into « oe ».
    CREATE TRIGGER sites_fts_insert AFTER INSERT ON sites WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO sites_fts(rowid, name, place, details) VALUES (
            new.seq, new.sort_name,
            new.sort_commune || ' ' || new.postcode || ' ' || new.address || ' ' || new.insee_code,
            new.search_extra || ' ' || new.description);
    END;
    CREATE TRIGGER sites_fts_delete AFTER DELETE ON sites BEGIN
        DELETE FROM sites_fts WHERE rowid = old.seq;
    END;
    CREATE TRIGGER sites_fts_update AFTER UPDATE ON sites BEGIN
        DELETE FROM sites_fts WHERE rowid = old.seq;
        INSERT INTO sites_fts(rowid, name, place, details)
        SELECT new.seq, new.sort_name,
            new.sort_commune || ' ' || new.postcode || ' ' || new.address || ' ' || new.insee_code,
            new.search_extra || ' ' || new.description
        WHERE new.deleted_at IS NULL;
    END;
"""


def m0001_catalog(db: sqlite_utils.Database) -> None:
    # seq is an explicit INTEGER PRIMARY KEY so the FTS rowids stay valid after VACUUM;
    # id is the UUID that other records and other laptops refer to.
    run_script(db, """
    CREATE TABLE sites (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        kinds TEXT NOT NULL DEFAULT '[]',
        programmes TEXT NOT NULL DEFAULT '[]',
        public_services TEXT NOT NULL DEFAULT '[]',
        legal_form TEXT,
        address TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        commune TEXT NOT NULL DEFAULT '',
        sort_commune TEXT NOT NULL DEFAULT '',
        insee_code TEXT NOT NULL DEFAULT '',
        departement TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
        longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
        location_precision TEXT,
        website TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        search_extra TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX sites_by_sort_name ON sites(sort_name);
    CREATE INDEX sites_by_departement ON sites(departement);

    CREATE VIRTUAL TABLE sites_fts USING fts5(
        name, place, details, tokenize = 'unicode61 remove_diacritics 2'
    );
    """ + _FTS_TRIGGERS)


def m0002_live_indexes(db: sqlite_utils.Database) -> None:
    # The catalog lists live (not deleted) sites by name: a partial covering index answers
    # that from the index alone (50,000 sites: 98 ms → 14 ms), and the département filter's
    # list likewise (61 ms → 3 ms).
    run_script(db, """
    CREATE INDEX sites_live_by_name ON sites(sort_name, id) WHERE deleted_at IS NULL;
    CREATE INDEX sites_live_by_departement ON sites(departement) WHERE deleted_at IS NULL;
    DROP INDEX sites_by_sort_name;
    """)


def m0003_fts_prefix_index(db: sqlite_utils.Database) -> None:
    # Search as you type queries 1 to 3 letter prefixes: FTS5's prefix index answers them
    # without scanning the term list (50,000 sites: « a » 31 -> 18 ms, « tiers l » 16 -> 5 ms).
    run_script(db, """
    DROP TRIGGER sites_fts_insert;
    DROP TRIGGER sites_fts_delete;
    DROP TRIGGER sites_fts_update;
    DROP TABLE sites_fts;
    CREATE VIRTUAL TABLE sites_fts USING fts5(
        name, place, details, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    );
    INSERT INTO sites_fts(rowid, name, place, details)
    SELECT seq, sort_name, sort_commune || ' ' || postcode || ' ' || address || ' ' || insee_code,
           search_extra || ' ' || description
    FROM sites WHERE deleted_at IS NULL;
    """ + _FTS_TRIGGERS)


def m0004_tours_and_visits(db: sqlite_utils.Database) -> None:
    # Personal data (participants, people met) sits in persons only: deleting a person
    # cascades to every tour and visit that names them.
    run_script(db, """
    CREATE TABLE persons (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        service TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE tours (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        organiser TEXT NOT NULL DEFAULT '',
        service TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL DEFAULT '',
        end_date TEXT NOT NULL DEFAULT '',
        objectives TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE tour_participants (
        tour_id TEXT NOT NULL REFERENCES tours(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (tour_id, person_id)
    );
    CREATE TABLE stops (
        id TEXT PRIMARY KEY,
        tour_id TEXT NOT NULL REFERENCES tours(id) ON DELETE CASCADE,
        site_id TEXT NOT NULL REFERENCES sites(id),
        day TEXT NOT NULL,
        position INTEGER NOT NULL,
        planned_time TEXT NOT NULL DEFAULT '',
        duration_min INTEGER CHECK (duration_min IS NULL OR duration_min > 0),
        host TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX stops_by_tour ON stops(tour_id, day, position);
    CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id),
        stop_id TEXT REFERENCES stops(id) ON DELETE SET NULL,
        visit_date TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        grid_version INTEGER NOT NULL,
        answers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX visits_by_site ON visits(site_id);
    CREATE INDEX visits_by_stop ON visits(stop_id);
    CREATE TABLE visit_people (
        visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (visit_id, person_id)
    );
    """)


def m0005_attachments(db: sqlite_utils.Database) -> None:
    # Photos and other files of a visit. Only metadata lives here: the bytes are in the data
    # folder's media/ directory, named by their SHA-256 (one file for the same photo attached
    # twice). Deleting a visit deletes its records; the files go at `check --repair`.
    run_script(db, """
    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'file')),
        filename TEXT NOT NULL,
        extension TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL CHECK (size > 0),
        caption TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        taken_at TEXT,
        latitude REAL,
        longitude REAL,
        width INTEGER,
        height INTEGER,
        orientation INTEGER,
        created_at TEXT NOT NULL,
        UNIQUE (visit_id, sha256)
    );
    CREATE INDEX attachments_by_visit ON attachments(visit_id, position);
    CREATE INDEX attachments_by_sha ON attachments(sha256);
    CREATE TABLE site_covers (
        site_id TEXT PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
        attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE
    );
    CREATE INDEX site_covers_by_attachment ON site_covers(attachment_id);
    """)


def m0006_bins_sources_and_staging(db: sqlite_utils.Database) -> None:
    # - A deleted visit goes to a bin (deleted_at), like a site: undoable, purged later.
    # - A site may come from several lists (after a merge, or found again in another list):
    #   site_sources keeps each list's label and the record's identifier there, which is the
    #   strongest evidence that two records are the same place.
    # - site_merges records which site went into which (the merged one stays in the bin).
    # - An import is staged, then published, in short transactions, so that the notebook's
    #   autosave never waits behind it; import_batches makes that all-or-nothing across a
    #   crash (a batch still "staging" is discarded at the next start, a "committed" one is
    #   finished), and import_batch marks the staged sites, invisible until published.
    run_script(db, """
    ALTER TABLE visits ADD COLUMN deleted_at TEXT;
    CREATE TABLE site_sources (
        site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        source_id TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        PRIMARY KEY (site_id, source, source_id)
    );
    CREATE INDEX site_sources_by_ref ON site_sources(source, source_id) WHERE source_id != '';
    INSERT INTO site_sources (site_id, source, source_id, added_at)
        SELECT id, source, '', created_at FROM sites WHERE source != '';
    CREATE TABLE site_merges (
        merged_id TEXT PRIMARY KEY REFERENCES sites(id),
        into_id TEXT NOT NULL REFERENCES sites(id),
        merged_at TEXT NOT NULL,
        record TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(record))
    );
    CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('staging', 'committed')),
        created_at TEXT NOT NULL
    );
    ALTER TABLE sites ADD COLUMN import_batch TEXT REFERENCES import_batches(id);
    CREATE INDEX sites_by_import_batch ON sites(import_batch) WHERE import_batch IS NOT NULL;
    CREATE TABLE staged_updates (
        batch_id TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        site_id TEXT NOT NULL REFERENCES sites(id),
        row TEXT NOT NULL CHECK (json_valid(row)),
        PRIMARY KEY (batch_id, site_id)
    );
    """)


def m0009_rooms_and_studies(db: sqlite_utils.Database) -> None:
    # Meeting rooms of a site (« peut accueillir une réunion de N personnes »): capacity,
    # accessibility for people with reduced mobility, equipment codes (ROOM_EQUIPMENT, JSON).
    # Saved territorial studies: a name, the territory and criteria as JSON (read by
    # tl_desktop.study), the sites compared; figures are never stored, always recomputed.
    run_script(db, """
    CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        accessible INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
        equipment TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(equipment)),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX rooms_by_site ON rooms(site_id, position);
    CREATE TABLE studies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        territory TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(territory)),
        criteria TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(criteria)),
        compared TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(compared)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """)


def m0010_sort_keys(db: sqlite_utils.Database) -> None:
    # The table sorts label columns by what it shows: keys computed in Python on every refresh
    # cost 235-460 ms at 50,000 sites. Stored and indexed, SQLite reads the rows in display
    # order (blanks are NULL, read last by a second scan). Commune gets its index too. Most
    # sites have no programme and host no service: those two indexes hold only the sites that
    # do (each index entry costs an import ~20 µs a row; Sites._sorted_parts reads the blanks).
    from tl_desktop.store.sort_keys import keys_of_stored_row

    run_script(db, """
    ALTER TABLE sites ADD COLUMN sort_kinds TEXT;
    ALTER TABLE sites ADD COLUMN sort_programmes TEXT;
    ALTER TABLE sites ADD COLUMN sort_services TEXT;
    ALTER TABLE sites ADD COLUMN sort_departement TEXT;
    """)
    cached: dict[tuple, tuple] = {}   # many sites share the same kinds, programmes and département
    updates = []
    for seq, *values in db.execute("SELECT seq, kinds, programmes, public_services, departement FROM sites"):
        key = tuple(values)
        if key not in cached:
            cached[key] = tuple(keys_of_stored_row(*values).values())
        updates.append(cached[key] + (seq,))
    db.conn.executemany("UPDATE sites SET sort_kinds = ?, sort_programmes = ?, sort_services = ?, "
                        "sort_departement = ? WHERE seq = ?", updates)
    run_script(db, """
    CREATE INDEX sites_live_by_kinds ON sites(sort_kinds, sort_name, id) WHERE deleted_at IS NULL;
    CREATE INDEX sites_live_by_programmes ON sites(sort_programmes, sort_name, id)
        WHERE deleted_at IS NULL AND sort_programmes IS NOT NULL;
    CREATE INDEX sites_live_by_services ON sites(sort_services, sort_name, id)
        WHERE deleted_at IS NULL AND sort_services IS NOT NULL;
    CREATE INDEX sites_live_by_departement_key ON sites(sort_departement, sort_name, id)
        WHERE deleted_at IS NULL;
    CREATE INDEX sites_live_by_commune ON sites(sort_commune, sort_name, id) WHERE deleted_at IS NULL;
    """)


def m0011_stop_details(db: sqlite_utils.Database) -> None:
    # What a programme sheet needs of a stop beyond its time and host: how to reach the host
    # on the day, where the group meets, and the travel time to the next stop when the agent
    # knows better than the offline estimate (NULL: estimated from the distance).
    run_script(db, """
    ALTER TABLE stops ADD COLUMN host_phone TEXT NOT NULL DEFAULT '';
    ALTER TABLE stops ADD COLUMN meeting_point TEXT NOT NULL DEFAULT '';
    ALTER TABLE stops ADD COLUMN travel_min INTEGER CHECK (travel_min IS NULL OR travel_min >= 0);
    """)


def m0012_distinct_sites(db: sqlite_utils.Database) -> None:
    # Two records the duplicate search pairs but the agent knows are two places (two cafés
    # « Le Relais » in one village): said once, never offered again. One row per pair, the
    # smaller id first; the rows stay when either site goes to the bin or is merged (undoable).
    run_script(db, """
    CREATE TABLE distinct_sites (
        first_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        second_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (first_id, second_id),
        CHECK (first_id < second_id)
    );
    CREATE INDEX distinct_sites_by_second ON distinct_sites(second_id);
    """)


MIGRATIONS: list[Migration] = [
    Migration("0001_catalog", m0001_catalog),
    Migration("0002_live_indexes", m0002_live_indexes),
    Migration("0003_fts_prefix_index", m0003_fts_prefix_index),
    Migration("0004_tours_and_visits", m0004_tours_and_visits),
    Migration("0005_attachments", m0005_attachments),
    Migration("0006_bins_sources_and_staging", m0006_bins_sources_and_staging),
    # 0007 and 0008 come from other branches; the lead orders them on merge.
    Migration("0009_rooms_and_studies", m0009_rooms_and_studies),
    Migration("0010_sort_keys", m0010_sort_keys),
    Migration("0011_stop_details", m0011_stop_details),
    Migration("0012_distinct_sites", m0012_distinct_sites),
]


def applied_names(db: sqlite_utils.Database) -> list[str]:
    """Return the names of the migrations recorded in ``db``."""
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    return [row["name"] for row in db.query(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY applied_at, name")]


def pending(db: sqlite_utils.Database, migrations: list[Migration] = MIGRATIONS) -> list[Migration]:
    """Return the migrations not yet applied to ``db``, in order."""
    done = set(applied_names(db))
    return [m for m in migrations if m.name not in done]


def apply_pending(db: sqlite_utils.Database, migrations: list[Migration] = MIGRATIONS) -> list[str]:
    """Apply pending migrations one transaction each; return their names; raise MigrationError."""
    if MIGRATIONS_TABLE not in db.table_names():
        db.execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = []
    for migration in pending(db, migrations):
        try:
            with db.atomic():
                migration.apply(db)
                db.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                           [migration.name, utc_now()])
        except StorageError:
            raise   # disk full, read-only, locked: its own message says what to do
        except Exception as exc:
            raise MigrationError(
                QT_TRANSLATE_NOOP("tl_desktop", "La mise à jour « {name} » de la base a échoué ; "
                                  "la base est restée dans son état précédent."),
                name=migration.name, details=repr(exc)) from exc
        done.append(migration.name)
    return done
