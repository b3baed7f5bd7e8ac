"""Bad luck with the disk: full, read-only, damaged. A typed French message, and nothing saved is lost."""

from __future__ import annotations

import hashlib

import pytest

from tests.storage import small_disk
from tl_desktop.base.errors import DamagedDatabaseError, DiskFullError, ReadOnlyError, StorageError
from tl_desktop.domain import Site, SiteFilter
from tl_desktop.store import Store, write_import
from tl_desktop.store.maintenance import backup, quick_check, recover


def test_a_write_on_a_full_disk_is_a_typed_error_and_loses_nothing_saved(tmp_path):
    with small_disk(tmp_path / "disque", 2048) as disk:
        path = disk.folder / "catalogue.tldb"
        with Store(path) as store:
            site, _ = store.sites.save(Site(name="Foresta", commune="Marseille"))
            visit, _ = store.visits.create(site.id)
            store.visits.set_notes(visit.id, "début")
            disk.fill()
            with pytest.raises(DiskFullError) as raised:
                for i in range(100):     # the notes of a long visit: they no longer fit
                    store.visits.set_notes(visit.id, "x" * 20_000 * (i + 1))
            assert "disque" in str(raised.value) and "plein" in str(raised.value)
            assert store.visits.get(visit.id).notes == "début"          # the last write that made it
            disk.free()
            store.visits.set_notes(visit.id, "tout ce qui était à l'écran")   # the retry succeeds
        with Store(path) as store:
            assert store.visits.get(visit.id).notes == "tout ce qui était à l'écran"
            assert store.check() == []


def test_an_import_on_a_full_disk_leaves_the_catalog_as_it_was(tmp_path):
    with small_disk(tmp_path / "disque", 8192) as disk:
        path = disk.folder / "catalogue.tldb"
        with Store(path) as store:
            store.sites.save(Site(name="Déjà là", commune="Die"))
            disk.fill()
            many = [Site(name=f"Lieu {i} " + "d" * 200, commune="Die", description="x" * 500) for i in range(5000)]
            with pytest.raises(StorageError):
                write_import(lambda op: op(store), many, source="liste trop grande")
            assert store.sites.count() == 1
            disk.free()
            store.imports.recover()
            assert store.sites.count() == 1 and store.check() == []


def test_a_catalog_on_a_read_only_medium_is_read_and_never_written(tmp_path):
    with small_disk(tmp_path / "cle", 2048) as disk:
        path = disk.folder / "catalogue.tldb"
        with Store(path) as store:
            store.sites.save(Site(name="Café de la Rivière", commune="Die"))
        disk.read_only()
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        with Store(path) as store:
            assert store.read_only
            assert store.sites.query_ids(SiteFilter(text="riviere"))
            with pytest.raises(ReadOnlyError) as raised:
                store.sites.save(Site(name="Nouveau"))
            assert "lecture seule" in str(raised.value)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_what_a_full_disk_left_in_the_wal_is_read_from_a_read_only_medium(tmp_path):
    with small_disk(tmp_path / "disque", 2048) as disk:
        path = disk.folder / "catalogue.tldb"
        with Store(path) as store:
            store.sites.save(Site(name="Écrit avant", commune="Die"))
            disk.fill()                         # no checkpoint can move it into the main file
        disk.free()
        disk.read_only()
        with Store(path) as store:
            assert store.read_only and store.sites.count() == 1


@pytest.fixture
def damaged_catalog(tmp_path):
    path = tmp_path / "catalogue.tldb"
    with Store(path) as store:
        store.sites.add_many([Site(name=f"Lieu {i}", commune="Die", description="texte " * 40)
                              for i in range(3000)])
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    # Three pages of garbage from the page holding a site's row (the table's leaves: the middle
    # of the file may fall on index pages only, and then no site is lost).
    middle = (data.index(b"Lieu 1500") // page) * page
    data[middle:middle + 3 * page] = b"\xde\xad\xbe\xef" * (3 * page // 4)   # three pages of garbage
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_catalog_is_reported_in_french_with_what_to_do(damaged_catalog):
    problems = quick_check(damaged_catalog)
    assert problems
    with Store(damaged_catalog) as store:
        report = store.check()
    assert report and any("sauvegarde" in line and "recover" in line for line in report)


def test_the_readable_rows_of_a_damaged_catalog_are_recovered(damaged_catalog, tmp_path):
    target = tmp_path / "recupere.tldb"
    report = recover(damaged_catalog, target)
    assert 0 < report.kept["sites"] < 3000 and report.kept["sites"] + report.lost.get("sites", 0) <= 3000
    assert report.kept["sites"] > 2500
    with Store(target) as store:
        assert store.check() == []
        assert store.sites.count() == report.kept["sites"]
        assert store.sites.query_ids(SiteFilter(text="lieu"))


def test_a_daily_backup_is_a_sound_copy_and_only_the_last_ones_are_kept(store, tmp_path):
    from datetime import date

    store.sites.save(Site(name="Sauvé", commune="Die"))
    folder = tmp_path / "sauvegardes"
    for day in range(1, 10):
        assert backup(store, folder, keep=3, today=date(2026, 11, day)) is not None
    assert backup(store, folder, keep=3, today=date(2026, 11, 9)) is None        # once a day
    copies = sorted(p.name for p in folder.iterdir())
    assert copies == ["catalogue-2026-11-07.tldb", "catalogue-2026-11-08.tldb", "catalogue-2026-11-09.tldb"]
    with Store(folder / copies[-1]) as copy:
        assert copy.sites.count() == 1 and copy.check() == []


def test_reads_of_damaged_pages_raise_the_typed_error(damaged_catalog):
    with Store(damaged_catalog) as store:
        with pytest.raises(DamagedDatabaseError):
            for site_id in store.sites.query_ids():
                store.sites.get(site_id)
            store.sites.map_points()
            list(store.db.execute("SELECT * FROM sites"))
            store.db.execute("SELECT count(*) FROM sites WHERE description LIKE '%zzz%'").fetchone()


def test_the_command_line_checks_and_recovers_a_damaged_catalog(damaged_catalog, tmp_path, capsys):
    from tl_desktop.cli import main

    folder = damaged_catalog.parent
    assert main(["check", "--data-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "endommagé" in err and "tl-desktop recover" in err and "Traceback" not in err
    target = tmp_path / "recupere" / "catalogue.tldb"
    target.parent.mkdir()
    assert main(["recover", "--data-dir", str(folder), "-o", str(target)]) == 0
    assert "Catalogue récupéré" in capsys.readouterr().out
    assert main(["check", "--data-dir", str(target.parent)]) == 0


def test_a_catalog_whose_disk_is_full_at_opening_is_read_and_says_why_it_cannot_be_written(tmp_path):
    # The app closed cleanly (no -wal, no -shm), then the disk filled up: SQLite cannot make
    # the 32 KB wal-index a read needs. The catalog must still be read, and a write must say
    # the disk is full, not « support retiré ou défaillant » nor « lecture seule (clé USB) ».
    with small_disk(tmp_path / "disque", 2048) as disk:
        path = disk.folder / "catalogue.tldb"
        with Store(path) as store:
            store.sites.save(Site(name="Café de la Rivière", commune="Die"))
        disk.fill()
        with Store(path) as store:
            assert store.read_only
            assert store.sites.query_ids(SiteFilter(text="riviere"))
            with pytest.raises(DiskFullError) as raised:
                store.sites.save(Site(name="Nouveau"))
            assert "plein" in str(raised.value) and "lecture seule" not in str(raised.value)
        disk.free()
        with Store(path) as store:           # space is back: written again
            assert not store.read_only
            store.sites.save(Site(name="Nouveau", commune="Die"))
            assert store.sites.count() == 2 and store.check() == []


def test_recover_keeps_the_studies_meeting_rooms_and_pairs_said_not_duplicates(tmp_path):
    from tl_desktop.domain import Room, Study

    path = tmp_path / "catalogue.tldb"
    with Store(path) as store:
        store.sites.add_many([Site(name=f"Lieu {i}", commune="Die", description="texte " * 40) for i in range(3000)])
        kept, other = store.sites.query_ids()[-1], store.sites.query_ids()[-2]
        store.rooms.set_for_site(kept, [Room(site_id=kept, name="Grande salle", capacity=40, equipment=["visio"])])
        store.studies.save(Study(name="Étude du Diois", compared=[kept]))
        store.merges.set_distinct(kept, other)                     # « Pas un doublon »
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 3 * 4096] = b"\xde\xad\xbe\xef" * 3072
    path.write_bytes(bytes(data))
    report = recover(path, tmp_path / "recupere.tldb")
    assert report.kept["studies"] == 1 and report.kept["rooms"] == 1 and report.kept["distinct_sites"] == 1
    with Store(tmp_path / "recupere.tldb") as store:
        [study] = store.studies.list()
        assert study.name == "Étude du Diois" and study.compared == [kept]
        [room] = store.rooms.of_site(kept)
        assert (room.name, room.capacity, room.equipment) == ("Grande salle", 40, ["visio"])
        assert store.merges.distinct_pairs() == {tuple(sorted((kept, other)))}
        assert store.check() == []


def test_recover_knows_every_table_of_the_schema(store):
    from tl_desktop.store.maintenance import NOT_RECOVERED, TABLES

    tables = {r[0] for r in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sites_fts%' "
        "AND name NOT LIKE 'sqlite_%' AND name != '_migrations'")}
    assert tables - set(NOT_RECOVERED) == set(TABLES), "a new table must be recovered (or said not to be)"


def test_a_backup_folder_name_taken_by_a_file_is_said_in_french(store):
    from tl_desktop.base.errors import TlError

    store.sites.save(Site(name="Sauvé", commune="Die"))
    (store.path.parent / "sauvegardes").write_text("un fichier, pas un dossier")
    with pytest.raises(TlError) as raised:
        backup(store)
    assert "sauvegarde" in str(raised.value) and "Errno" not in str(raised.value)


def test_a_summary_made_from_a_write_protected_catalog_prints_its_photos(tmp_path):
    # The print copies are rebuildable images kept in the data folder's cache: on a protected
    # key they cannot be written there, and the PDF came out with « [Photo illisible] ».
    import shutil

    from tests.factories.photos import make_photo
    from tl_desktop.reports.visit import build_visit_summary

    with small_disk(tmp_path / "cle", 4096) as disk:
        path = disk.folder / "catalogue.tldb"
        with Store(path) as store:
            site = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))[0]
            visit = store.visits.create(site.id, visit_date="2025-02-11")[0]
            store.attachments.attach_files(visit.id, [make_photo(tmp_path / "IMG_0001.jpg", (1600, 1200))])
        shutil.rmtree(disk.folder / "cache")          # as a catalog copied without its cache
        disk.read_only()
        try:
            with Store(path) as store:
                out = build_visit_summary(store, visit.id, tmp_path / "synthese.pdf")
        finally:
            disk.read_only(False)
    assert b"/Subtype /Image" in out.read_bytes()
