"""Migrations: empty database, a failing migration rolled back, an older file whose data survives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tl_desktop.base.errors import MigrationError
from tl_desktop.domain import Site, SiteFilter
from tl_desktop.store import Store
from tl_desktop.store.migrations import MIGRATIONS, Migration, applied_names


def test_empty_database_gets_every_migration(tmp_path):
    with Store(tmp_path / "c.tldb") as store:
        assert applied_names(store.db) == [m.name for m in MIGRATIONS]
        assert {"sites", "sites_fts"} <= set(store.db.table_names())


def test_a_failing_migration_rolls_back_and_stays_pending(tmp_path):
    path = tmp_path / "c.tldb"
    with Store(path) as store:
        store.sites.save(Site(name="Lieu conservé"))

    def broken(db):
        db.execute("ALTER TABLE sites ADD COLUMN half_done TEXT")
        db.execute("CREATE TABLE new_things (id TEXT)")
        raise RuntimeError("boom")

    with pytest.raises(MigrationError) as info:
        Store(path, migrations=MIGRATIONS + [Migration("0002_broken", broken)])
    assert "0002_broken" in str(info.value)
    with Store(path) as store:
        assert "0002_broken" not in applied_names(store.db)
        assert "new_things" not in store.db.table_names()
        assert "half_done" not in store.db["sites"].columns_dict
        assert store.sites.count() == 1


def test_an_older_database_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "c.tldb"
    with Store(path) as store:
        site, _ = store.sites.save(Site(name="Café de la Gare", commune="Die"))

    def add_notes(db):
        db.execute("CREATE TABLE site_notes (site_id TEXT REFERENCES sites(id), body TEXT)")

    with Store(path, migrations=MIGRATIONS + [Migration("0002_notes", add_notes)]) as store:
        assert applied_names(store.db)[-1] == "0002_notes"
        assert store.sites.get(site.id).name == "Café de la Gare"
        assert "site_notes" in store.db.table_names()


OLD_CATALOGS = sorted((Path(__file__).resolve().parents[1] / "data" / "old-catalogs").glob("catalogue-v*.tldb"))


def test_a_catalog_of_every_earlier_schema_is_stored():
    stored = {int(p.stem.rsplit("v", 1)[1]) for p in OLD_CATALOGS}
    assert stored == set(range(1, max(stored) + 1)) and max(stored) >= 5


@pytest.mark.parametrize("old", OLD_CATALOGS, ids=lambda p: p.stem)
def test_each_earlier_catalog_opens_upgraded_with_its_data(tmp_path, old):
    path = tmp_path / "catalogue.tldb"
    shutil.copyfile(old, path)
    version = int(old.stem.rsplit("v", 1)[1])
    media = tmp_path / "media" / "ab" / ("ab" * 32 + ".jpg")
    media.parent.mkdir(parents=True)
    media.write_bytes(b"x" * 1234)
    with Store(path) as store:
        assert applied_names(store.db) == [m.name for m in MIGRATIONS]
        assert store.check() == []
        assert {store.sites.get(i).name for i in store.sites.query_ids()} == {
            "Café de la Rivière", "Friche la Belle de Mai", "Œil du Monde"}
        assert store.sites.query_ids(SiteFilter(text="oeil")) and store.sites.query_ids(SiteFilter(text="riviere"))
        assert len(store.sites.query_ids(SiteFilter(text="c"))) == 1        # prefix index (0003) on old data
        assert "liste test" in {source for source, _ in store.sites.sources(store.sites.query_ids(SiteFilter(text="oeil"))[0])}
        if version >= 4:
            visit = store.visits.get("v1")
            assert visit.notes == "Notes « vivantes » & précises"
            assert visit.answers["forces_fragilites"]["forces"] == ["Réseau", "Bénévoles"]
            assert [a.person.name for a in store.tours.participants("t1")] == ["Awa Diallo"]
            assert store.tours.stops("t1")[0].duration_min == 90
            stop = store.tours.stops("t1")[0]                       # 0011: details empty, travel estimated
            if version < 9:
                assert (stop.host_phone, stop.meeting_point, stop.travel_min) == ("", "", None)
        if version >= 5:
            assert store.attachments.of_visit("v1")[0].caption == "La façade"
        if version >= 6:
            assert ("liste test", "LT-42") in store.sites.sources(store.sites.query_ids(SiteFilter(text="oeil"))[0])
            store.visits.restore("v2")                     # the bin's visit came through
            assert store.visits.get("v2").notes == "à la corbeille"
        if version >= 7:
            [room] = store.rooms.of_site("00000000-0000-4000-8000-000000000001")
            assert (room.capacity, room.accessible, room.equipment) == (30, True, ["visio"])
            assert store.studies.by_name("Drôme et Marseille").territory["codes"] == ["26", "13"]
        if version >= 9:
            stop = store.tours.stops("t1")[0]
            assert (stop.host_phone, stop.meeting_point, stop.travel_min) == ("04 75 00 00 00", "devant la mairie", 20)
        by_kind = store.sites.query_ids(order_by="kinds")            # sort keys (0010) filled for old rows
        assert len(by_kind) == 3 and store.sites.get(by_kind[0]).name == "Café de la Rivière"


def test_a_catalog_from_before_rooms_and_studies_gets_them_and_keeps_its_sites(tmp_path):
    from tl_desktop.domain import Room

    path = tmp_path / "catalogue.tldb"
    shutil.copyfile(next(p for p in OLD_CATALOGS if p.stem == "catalogue-v5"), path)   # before 0009
    with Store(path) as store:
        assert "0009_rooms_and_studies" in applied_names(store.db)
        site_id = store.sites.query_ids(SiteFilter(text="belle de mai"))[0]
        store.rooms.set_for_site(site_id, [Room(site_id=site_id, capacity=200, accessible=True)])
        assert store.rooms.summary_by_site()[site_id][0] == 200
        assert store.studies.list() == [] and not [p for p in store.check() if 'rooms' in p or 'studies' in p]


def insert_old(store: Store, site: Site) -> Site:
    """Insert ``site`` with only the columns the older schema of ``store`` has."""
    from tl_desktop.store.sites import row_of_site

    site = site.replace(created_at="2024-01-01T00:00:00Z", updated_at="2024-01-01T00:00:00Z")
    columns = store.db["sites"].columns_dict
    store.db["sites"].insert({k: v for k, v in row_of_site(site).items() if k in columns})
    return site


def test_a_catalog_from_before_the_sort_keys_sorts_by_labels(tmp_path):
    # 0010_sort_keys computes the keys of the rows already there, deleted ones included.
    from tl_desktop.domain import PublicService

    path = tmp_path / "c.tldb"
    names = [m.name for m in MIGRATIONS]
    before = MIGRATIONS[:names.index("0010_sort_keys")]
    with Store(path, migrations=before) as old:
        a = insert_old(old, Site(name="A", kinds=["tiers_lieu_nourricier"], departement="21"))
        b = insert_old(old, Site(name="B", kinds=["fablab", "coworking"], departement="2A",
                                 public_services=[PublicService("france_services")]))
        c = insert_old(old, Site(name="C"))
        d = insert_old(old, Site(name="D", kinds=["coworking"], departement="19"))
        gone = insert_old(old, Site(name="E", kinds=["fablab"], departement="01"))
        old.db.execute("UPDATE sites SET deleted_at = '2024-02-01T00:00:00Z' WHERE id = ?", [gone.id])
    with Store(path) as store:
        assert store.sites.query_ids(order_by="kinds") == [d.id, b.id, a.id, c.id]
        assert store.sites.query_ids(order_by="kinds", descending=True) == [a.id, b.id, d.id, c.id]
        assert store.sites.query_ids(order_by="departement") == [d.id, b.id, a.id, c.id]
        assert store.sites.query_ids(order_by="public_services")[0] == b.id
        store.sites.restore(gone.id)
        assert store.sites.query_ids(order_by="departement")[0] == gone.id
        assert store.check() == []
