"""Disk and process bad luck: full disk, read-only medium, damaged file, locked file, kill -9.

The full and read-only disks are real: a small tmpfs mounted for the case (root only; the
case is skipped, saying so, elsewhere). kill -9 hits a real process of the command line (or of
the core API for photo batches), then the catalog is reopened as the app would reopen it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench import REPO_DIR
from bench.hostile_cases.lab import LOST, WRONG, case, sha256, short
from bench.hostile_cases.samples import france_services_csv

F = "disk"


def _integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    finally:
        conn.close()


def _count(lab) -> int:
    from tl_desktop.store import Store

    with Store(lab.db_path, create=False) as store:
        if not store.read_only:
            store.imports.recover()     # what the next start does first
        return store.sites.count()


def _full_catalog(lab, size_kb=4096, places=5, *, closed=False):
    """A catalog with real places on a small disk, then the disk filled up (the catalog open or ``closed``)."""
    disk = lab.disk(size_kb)
    store = lab.places(places)
    visit, _ = store.visits.create(store.sites.query_ids()[0], visit_date="2025-02-11")
    store.visits.set_notes(visit.id, "Notes enregistrées avant.")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if closed:
        store.close()          # as the app leaves it: no -wal, no -shm
    disk.fill()
    return disk, store, visit.id


# ---- full disk

@case(F, "full_site_save", "saving a site on a full disk")
def _(lab):
    from tl_desktop.base.errors import StorageError
    from tl_desktop.domain import Site

    disk, store, _ = _full_catalog(lab)
    try:
        for i in range(200):
            store.sites.save(Site(name=f"Nouveau lieu {i}", description="d" * 20_000))
        lab.fail(WRONG, "200 sites of 20 KB fitted on a full disk")
    except StorageError as exc:
        lab.french(str(exc), "plein")
    lab.expect(store.sites.count() >= 5, LOST, "places saved before are gone")
    disk.free()
    store.sites.save(Site(name="Après", commune="Die"))
    lab.expect(not _integrity(lab.db_path), LOST, "the catalog is damaged")


@case(F, "full_notes", "the notebook's notes written on a full disk, then space freed")
def _(lab):
    from tl_desktop.base.errors import DiskFullError

    disk, store, visit = _full_catalog(lab)
    text = "Ce que dit l'équipe : " + "bénévoles, atelier ; " * 3000
    try:
        for i in range(30):
            store.visits.set_notes(visit, text * (i + 1))
        lab.fail(WRONG, "notes of 2 MB fitted on a full disk")
    except DiskFullError as exc:
        lab.french(str(exc), "plein")
    lab.expect(store.visits.get(visit).notes == "Notes enregistrées avant.", LOST, "the saved notes changed")
    disk.free()
    store.visits.set_notes(visit, text)
    lab.expect(store.visits.get(visit).notes == text, LOST, "the retry did not write the notes")


@case(F, "full_import_cli", "tl-desktop import of the real France Services list on a full disk")
def _(lab):
    disk, store, _ = _full_catalog(lab, size_kb=32768, closed=True)
    path = lab.file("fs.csv", france_services_csv(2845))
    lab.refused(lab.cli("import", path), "plein")
    disk.free()
    lab.expect(_count(lab) == 5, LOST if _count(lab) < 5 else WRONG, f"{_count(lab)} places after the failed import")
    lab.expect(not _integrity(lab.db_path), LOST, "the catalog is damaged")
    lab.succeeded(lab.cli("import", path), "importé")


@case(F, "full_demo_cli", "tl-desktop demo on a full disk")
def _(lab):
    disk, store, _ = _full_catalog(lab, size_kb=3072, closed=True)
    lab.refused(lab.cli("demo"), "plein")
    disk.free()
    lab.expect(_count(lab) == 5, WRONG, f"{_count(lab)} places after a demo that failed")


@case(F, "full_photo_attach", "attaching a photo on a full disk")
def _(lab):
    from tests.factories.photos import make_photo

    disk, store, visit = _full_catalog(lab)
    photo = make_photo(lab.root / "p.jpg", (1600, 1200), texture=True)
    report = store.attachments.attach_files(visit, [photo])
    lab.expect(report.refused, WRONG, "attached on a full disk")
    lab.french(report.refused[0][1], "plein")
    lab.expect(not store.attachments.of_visit(visit), WRONG, "recorded without its file")
    disk.free()
    lab.expect(store.attachments.attach_files(visit, [photo]).added, WRONG, "not attached once space is back")


@case(F, "full_pdf_over_existing", "a visit summary written over an existing one on a full disk")
def _(lab):
    disk, store, visit = _full_catalog(lab, closed=True)
    disk.free()
    out = disk.folder / "synthese.pdf"
    lab.succeeded(lab.cli("report", "visit", visit, "-o", out))
    before = sha256(out)
    disk.fill()
    lab.refused(lab.cli("report", "visit", visit, "-o", out), "plein")
    lab.expect(sha256(out) == before, LOST, "the existing PDF was changed")
    leftovers = [p.name for p in disk.folder.glob(".*tmp")]
    lab.expect(not leftovers, WRONG, f"temporary files left: {leftovers}")


@case(F, "full_read_catalog", "list and search on a catalog whose disk is full")
def _(lab):
    _full_catalog(lab, closed=True)
    lab.succeeded(lab.cli("list"), "France services")
    lab.succeeded(lab.cli("search", "valserhone"), "Valserhône")


@case(F, "full_export_csv", "tl-desktop export csv onto a full disk")
def _(lab):
    disk, store, _ = _full_catalog(lab, closed=True)
    lab.refused(lab.cli("export", "csv", "-o", disk.folder / "lieux.csv"), "plein")
    lab.expect(not (disk.folder / "lieux.csv").exists(), WRONG, "a truncated CSV was left")


@case(F, "full_export_visit", "tl-desktop export-visit onto a full disk")
def _(lab):
    disk, store, visit = _full_catalog(lab, closed=True)
    lab.refused(lab.cli("export-visit", visit, "-o", disk.folder / "visite.zip"), "plein")


@case(F, "full_backup", "the daily backup on a full disk")
def _(lab):
    from tl_desktop.base.errors import StorageError
    from tl_desktop.store import backup

    disk, store, _ = _full_catalog(lab, size_kb=8192, places=2000)
    try:
        backup(store)
        lab.fail(WRONG, "a backup fitted on a full disk")
    except StorageError as exc:
        lab.french(str(exc), "plein")
    left = list((lab.data / "sauvegardes").glob("*")) if (lab.data / "sauvegardes").exists() else []
    lab.expect(not left, WRONG, f"a partial backup was left: {[p.name for p in left]}")


# ---- read-only medium

def _read_only_catalog(lab, *, wal_data=False):
    disk = lab.disk(4096, "cle")
    store = lab.places(5)
    if not wal_data:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
    else:
        disk.fill()                # no checkpoint: the last places stay in the -wal
        from tl_desktop.domain import Site
        store.close()
        disk.free()
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    return disk


@case(F, "ro_list_search", "list and search a catalog on a write-protected USB key")
def _(lab):
    _read_only_catalog(lab)
    before = sha256(lab.db_path)
    lab.succeeded(lab.cli("list"), "France services de Valserhône")
    lab.succeeded(lab.cli("search", "valserhone"), "Valserhône")
    lab.succeeded(lab.cli("check"))
    lab.expect(sha256(lab.db_path) == before, WRONG, "the read-only file changed")


@case(F, "ro_import", "tl-desktop import into a read-only catalog")
def _(lab):
    _read_only_catalog(lab)
    lab.refused(lab.cli("import", lab.file("fs.csv", france_services_csv(3, start=10))), "lecture seule")


@case(F, "ro_demo_repair", "demo and check --repair on a read-only catalog")
def _(lab):
    _read_only_catalog(lab)
    lab.refused(lab.cli("demo"), "lecture seule")
    result = lab.cli("check", "--repair")
    if result.status == 0:
        lab.expect("lecture seule" in result.out + result.err or "0 fichier" in result.out, WRONG,
                   f"says nothing of the read-only catalog: {short(result.out)}")
    else:
        lab.refused(result, "lecture seule")


@case(F, "ro_pdf_into_key", "a PDF written onto the read-only key")
def _(lab):
    disk = lab.disk(4096, "cle")
    store = lab.places(2)
    visit, _ = store.visits.create(store.sites.query_ids()[0])
    store.close()
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    lab.refused(lab.cli("report", "visit", visit.id, "-o", disk.folder / "s.pdf"), "lecture seule")


@case(F, "ro_wal_data", "a read-only catalog whose last places are still in its -wal")
def _(lab):
    disk = lab.disk(4096, "cle")
    store = lab.places(3)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from tl_desktop.domain import Site

    store.sites.save(Site(name="Écrit en dernier", commune="Die"))
    # Keep the -wal: copy the three files as the app left them, as if the app had been killed.
    snapshot = {n: (lab.data / n).read_bytes() for n in ("catalogue.tldb", "catalogue.tldb-wal")}
    store.close()
    for name, data in snapshot.items():
        (lab.data / name).write_bytes(data)
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    lab.succeeded(lab.cli("search", "dernier"), "Écrit en dernier")


@case(F, "ro_old_schema", "a catalog of an older version on a read-only key")
def _(lab):
    old = sorted((REPO_DIR / "tests" / "data" / "old-catalogs").glob("*.tldb"))
    if not old:
        lab.skip("no old catalog stored")
    disk = lab.disk(8192, "cle")
    lab.data.mkdir(parents=True)
    (lab.data / "catalogue.tldb").write_bytes(old[0].read_bytes())
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    lab.refused(lab.cli("list"), "lecture seule")


# ---- damaged files

def _damaged(lab, *, studies=False):
    from tl_desktop.domain import Room, Site, Study

    store = lab.store()
    store.sites.add_many([Site(name=f"Lieu {i}", commune="Die", description="texte " * 40) for i in range(3000)])
    if studies:
        site = store.sites.query_ids()[0]
        store.rooms.set_for_site(site, [Room(site_id=site, name="Grande salle", capacity=40)])
        store.studies.save(Study(name="Étude du Diois"))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(lab.db_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 3 * 4096] = b"\xde\xad\xbe\xef" * 3072
    lab.db_path.write_bytes(bytes(data))


@case(F, "damaged_check", "tl-desktop check on a catalog with damaged pages")
def _(lab):
    _damaged(lab)
    lab.refused(lab.cli("check"), "endommagé", "recover")


@case(F, "damaged_list", "tl-desktop list on a catalog with damaged pages")
def _(lab):
    _damaged(lab)
    result = lab.cli("list")
    lab.refused(result, "endommagé")


@case(F, "damaged_search", "tl-desktop search on a catalog with damaged pages")
def _(lab):
    _damaged(lab)
    result = lab.cli("search", "lieu")
    if result.status == 0:
        lab.fail(WRONG, f"answered {result.out.count(chr(10))} places as if the catalog were sound")
    lab.refused(result, "endommagé")


@case(F, "damaged_import", "tl-desktop import into a catalog with damaged pages")
def _(lab):
    _damaged(lab)
    lab.refused(lab.cli("import", lab.file("fs.csv", france_services_csv(3))), "endommagé")


@case(F, "damaged_recover", "tl-desktop recover of a damaged catalog with a study and meeting rooms")
def _(lab):
    _damaged(lab, studies=True)
    target = lab.root / "recupere" / "catalogue.tldb"
    target.parent.mkdir()
    lab.succeeded(lab.cli("recover", "-o", target), "récupéré")
    lab.succeeded(lab.cli("check", data=False, *()) if False else lab.cli("check", "--data-dir", target.parent, data=False))
    from tl_desktop.store import Store

    with Store(target) as store:
        lab.expect(store.sites.count() > 2500, LOST, f"only {store.sites.count()} places recovered")
        lab.expect(store.studies.list(), LOST, "the study was not recovered")
        rooms = store.db.execute("SELECT count(*) FROM rooms").fetchone()[0]
        lab.expect(rooms == 1, LOST, "the meeting room was not recovered")


@case(F, "recover_onto_itself", "tl-desktop recover -o the damaged catalog itself")
def _(lab):
    _damaged(lab)
    before = sha256(lab.db_path)
    lab.refused(lab.cli("recover", "-o", lab.db_path), "existe déjà")
    lab.expect(sha256(lab.db_path) == before, LOST, "the damaged catalog was overwritten")


@case(F, "damaged_header", "a catalog whose first page is garbage")
def _(lab):
    lab.places(3).close()
    data = bytearray(lab.db_path.read_bytes())
    data[:100] = b"\x00\xff" * 50
    lab.db_path.write_bytes(bytes(data))
    lab.refused(lab.cli("list"))


@case(F, "truncated_catalog", "a catalog cut to half its size (a copy interrupted)")
def _(lab):
    _damaged(lab)
    data = lab.db_path.read_bytes()
    lab.db_path.write_bytes(data[: len(data) // 2])
    lab.refused(lab.cli("check"), "endommagé")


@case(F, "zero_byte_catalog", "a catalog file of 0 bytes")
def _(lab):
    lab.data.mkdir(parents=True)
    lab.db_path.write_bytes(b"")
    lab.refused(lab.cli("list"), "catalogue")
    lab.succeeded(lab.cli("import", lab.file("fs.csv", france_services_csv(2))), "importé")


@case(F, "catalog_is_folder", "catalogue.tldb is a folder")
def _(lab):
    lab.db_path.mkdir(parents=True)
    lab.refused(lab.cli("list"))
    lab.refused(lab.cli("import", lab.file("fs.csv", france_services_csv(2))))


@case(F, "foreign_sqlite", "another application's SQLite file named catalogue.tldb")
def _(lab):
    lab.data.mkdir(parents=True)
    conn = sqlite3.connect(str(lab.db_path))
    conn.execute("CREATE TABLE contacts (nom TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Camille')")
    conn.commit()
    conn.close()
    before = sha256(lab.db_path)
    lab.refused(lab.cli("import", lab.file("fs.csv", france_services_csv(2))), "Tiers-Lieux Desktop")
    lab.expect(sha256(lab.db_path) == before, LOST, "the other application's file was changed")


@case(F, "newer_version", "a catalog written by a newer version of the app")
def _(lab):
    lab.places(2).close()
    conn = sqlite3.connect(str(lab.db_path))
    conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('m0099_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = sha256(lab.db_path)
    lab.refused(lab.cli("import", lab.file("fs.csv", france_services_csv(2))), "version plus récente")
    lab.expect(sha256(lab.db_path) == before, LOST, "the newer catalog was changed")


@case(F, "locked_catalog", "an import while another program holds the catalog's write lock")
def _(lab):
    lab.places(2).close()
    holder = sqlite3.connect(str(lab.db_path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO sites (id, name) VALUES ('x', 'verrou')") if False else None
    lab.later(holder.close)
    result = lab.cli("import", lab.file("fs.csv", france_services_csv(3, start=10)))
    holder.rollback()
    lab.refused(result, "occupé")


@case(F, "data_dir_is_file", "--data-dir naming a file")
def _(lab):
    path = lab.file("pas-un-dossier", "x")
    result = lab.cli("import", lab.file("fs.csv", france_services_csv(2)), "--data-dir", path, data=False)
    lab.refused(result)
    lab.expect(path.read_text() == "x", LOST, "the file given as data folder was changed")


@case(F, "data_dir_missing", "list on a data folder that does not exist")
def _(lab):
    lab.refused(lab.cli("list", "--data-dir", lab.root / "absent", data=False), "Aucun catalogue")
    lab.expect(not (lab.root / "absent").exists(), WRONG, "an empty catalog was created for a listing")


@case(F, "backup_folder_is_file", "the backups folder name taken by a file")
def _(lab):
    from tl_desktop.base.errors import TlError
    from tl_desktop.store import backup

    store = lab.places(2)
    (lab.data / "sauvegardes").write_text("fichier")
    try:
        backup(store)
        lab.fail(WRONG, "backed up into a file")
    except TlError as exc:
        lab.french(str(exc))


@case(F, "ro_pdf_with_photos", "a visit summary with photos made from a write-protected key (no cache copied)")
def _(lab):
    import shutil

    from tests.factories.photos import make_photo

    disk = lab.disk(8192, "cle")
    store = lab.places(1)
    visit, _ = store.visits.create(store.sites.query_ids()[0], visit_date="2025-02-11")
    store.attachments.attach_files(visit.id, [make_photo(lab.root / "IMG_0001.jpg", (1600, 1200))])
    store.close()
    shutil.rmtree(lab.data / "cache")
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    out = lab.root / "synthese.pdf"
    lab.succeeded(lab.cli("report", "visit", visit.id, "-o", out), "Document écrit")
    lab.expect(b"/Subtype /Image" in out.read_bytes(), WRONG, "the PDF was written without its photo")
