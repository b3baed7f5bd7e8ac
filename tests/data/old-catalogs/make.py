"""Write one catalog file per earlier schema version (after migrations 0001…000N), with data.

These files are stored in the repository: each is what a user of that version has on disk.
tests/core/test_migrations.py opens each, upgrades it and checks that nothing was lost. Run
again only to add the file of a schema that has just shipped:
    .venv/bin/python tests/data/old-catalogs/make.py 10
Never regenerate the files of a schema already stored: they must stay what that version wrote.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tl_desktop.store.connection import APPLICATION_ID  # noqa: E402
from tl_desktop.store.migrations import MIGRATIONS, apply_pending  # noqa: E402
from tl_desktop.store.sqlite_backend import sqlite_utils  # noqa: E402

NOW = "2025-02-11T09:00:00.000000Z"
SITES = [
    # id, name, sort_name, kinds, commune, sort_commune, insee, dep, lat, lon, precision, source, deleted
    ("00000000-0000-4000-8000-000000000001", "Café de la Rivière", "cafe de la riviere", '["cafe_associatif"]',
     "Die", "die", "26113", "26", 44.7536, 5.3703, "adresse", "saisie manuelle", None),
    ("00000000-0000-4000-8000-000000000002", "Friche la Belle de Mai", "friche la belle de mai",
     '["friche_culturelle"]', "Marseille", "marseille", "13055", "13", 43.3103, 5.3906, "adresse",
     "saisie manuelle", None),
    ("00000000-0000-4000-8000-000000000003", "Œil du Monde", "oeil du monde", '["coworking","fablab"]',
     "Lyon", "lyon", "69123", "69", None, None, None, "liste test", None),
    ("00000000-0000-4000-8000-000000000004", "Lieu fermé", "lieu ferme", '["autre"]', "Die", "die", "26113",
     "26", 44.75, 5.37, "commune", "saisie manuelle", NOW),
]


def make(version: int) -> Path:
    path = HERE / f"catalogue-v{version}.tldb"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    apply_pending(db, MIGRATIONS[:version])
    for (id_, name, sort_name, kinds, commune, sort_commune, insee, dep, lat, lon, precision, source,
         deleted) in SITES:
        conn.execute(
            "INSERT INTO sites (id, name, sort_name, kinds, commune, sort_commune, insee_code, departement, "
            "latitude, longitude, location_precision, source, search_extra, created_at, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)",
            [id_, name, sort_name, kinds, commune, sort_commune, insee, dep, lat, lon, precision, source, NOW, NOW,
             deleted])
    if version >= 4:
        conn.execute("INSERT INTO persons VALUES ('p1', 'Awa Diallo', 'Ville de Die', '', ?, ?)", [NOW, NOW])
        conn.execute("INSERT INTO tours VALUES ('t1', 'Visite apprenante Drôme', 'Ville de Die', 'Culture', "
                     "'2025-02-11', '2025-02-12', 'Comprendre', ?, ?)", [NOW, NOW])
        conn.execute("INSERT INTO tour_participants VALUES ('t1', 'p1', 'élue')")
        conn.execute("INSERT INTO stops VALUES ('s1', 't1', ?, '2025-02-11', 0, '09:30', 90, 'Jeanne')",
                     [SITES[0][0]])
        conn.execute("INSERT INTO visits VALUES ('v1', ?, 's1', '2025-02-11', 'Awa', 1, ?, ?, ?, ?)",
                     [SITES[0][0], '{"forces_fragilites": {"forces": ["Réseau", "Bénévoles"]}}',
                      "Notes « vivantes » & précises", NOW, NOW])
        conn.execute("INSERT INTO visit_people VALUES ('v1', 'p1', 'accueil')")
    if version >= 5:
        conn.execute("INSERT INTO attachments VALUES ('a1', 'v1', ?, 'photo', 'facade.jpg', '.jpg', 1234, "
                     "'La façade', 0, '2025-02-11T10:00:00', 44.75, 5.37, 800, 600, 1, ?)", ["ab" * 32, NOW])
        conn.execute("INSERT INTO site_covers VALUES (?, 'a1')", [SITES[0][0]])
    conn.execute("PRAGMA journal_mode = DELETE")   # one self-contained file in the repository
    conn.close()
    return path


def make_grown(version: int) -> Path:
    """A catalog that lived through the migrations one by one, data added as each new table came.

    For the schemas from 6 on: closer to a user's file than data written after every migration
    (a migration that computes columns, as 0010's sort keys, sees rows that were there before it).
    """
    names = [m.name for m in MIGRATIONS[:version]]
    path = HERE / f"catalogue-v{version}.tldb"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def upto(name: str) -> bool:
        if name not in names:
            return False
        apply_pending(db, MIGRATIONS[:names.index(name) + 1])
        return True

    upto("0005_attachments")
    for (id_, name, sort_name, kinds, commune, sort_commune, insee, dep, lat, lon, precision, source,
         deleted) in SITES:
        conn.execute(
            "INSERT INTO sites (id, name, sort_name, kinds, commune, sort_commune, insee_code, departement, "
            "latitude, longitude, location_precision, source, search_extra, created_at, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)",
            [id_, name, sort_name, kinds, commune, sort_commune, insee, dep, lat, lon, precision, source, NOW, NOW,
             deleted])
    conn.execute("INSERT INTO persons VALUES ('p1', 'Awa Diallo', 'Ville de Die', '', ?, ?)", [NOW, NOW])
    conn.execute("INSERT INTO tours VALUES ('t1', 'Visite apprenante Drôme', 'Ville de Die', 'Culture', "
                 "'2025-02-11', '2025-02-12', 'Comprendre', ?, ?)", [NOW, NOW])
    conn.execute("INSERT INTO tour_participants VALUES ('t1', 'p1', 'élue')")
    conn.execute("INSERT INTO stops VALUES ('s1', 't1', ?, '2025-02-11', 0, '09:30', 90, 'Jeanne')", [SITES[0][0]])
    conn.execute("INSERT INTO visits VALUES ('v1', ?, 's1', '2025-02-11', 'Awa', 1, ?, ?, ?, ?)",
                 [SITES[0][0], '{"forces_fragilites": {"forces": ["Réseau", "Bénévoles"]}}',
                  "Notes « vivantes » & précises", NOW, NOW])
    conn.execute("INSERT INTO visit_people VALUES ('v1', 'p1', 'accueil')")
    conn.execute("INSERT INTO attachments VALUES ('a1', 'v1', ?, 'photo', 'facade.jpg', '.jpg', 1234, "
                 "'La façade', 0, '2025-02-11T10:00:00', 44.75, 5.37, 800, 600, 1, ?)", ["ab" * 32, NOW])
    conn.execute("INSERT INTO site_covers VALUES (?, 'a1')", [SITES[0][0]])
    if upto("0006_bins_sources_and_staging"):
        conn.execute("INSERT OR REPLACE INTO site_sources VALUES (?, 'liste test', 'LT-42', ?)", [SITES[2][0], NOW])
        conn.execute("INSERT INTO visits (id, site_id, visit_date, author, grid_version, answers, notes, created_at, "
                     "updated_at, deleted_at) VALUES ('v2', ?, '2025-02-12', 'Awa', 1, '{}', 'à la corbeille', ?, ?, ?)",
                     [SITES[1][0], NOW, NOW, NOW])
    if upto("0009_rooms_and_studies"):
        conn.execute("INSERT INTO rooms VALUES ('r1', ?, 'Grande salle', 30, 1, '[\"visio\"]', 0, ?, ?)",
                     [SITES[0][0], NOW, NOW])
        conn.execute("INSERT INTO studies VALUES ('e1', 'Drôme et Marseille', "
                     "'{\"kind\": \"departement\", \"codes\": [\"26\", \"13\"]}', '{}', '[]', ?, ?)", [NOW, NOW])
    upto("0010_sort_keys")
    if upto("0011_stop_details"):
        conn.execute("UPDATE stops SET host_phone = '04 75 00 00 00', meeting_point = 'devant la mairie', "
                     "travel_min = 20 WHERE id = 's1'")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


if __name__ == "__main__":
    for v in map(int, sys.argv[1:]):
        print(make(v) if v <= 5 else make_grown(v))
