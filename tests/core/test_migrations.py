"""Migrations: empty database, a failing migration rolled back, an older file whose data survives."""

from __future__ import annotations

import pytest

from tl_desktop.base.errors import MigrationError
from tl_desktop.domain import Site
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


def test_a_catalog_from_before_the_prefix_index_is_still_searchable(tmp_path):
    from tl_desktop.domain import SiteFilter

    path = tmp_path / "c.tldb"
    with Store(path, migrations=MIGRATIONS[:2]) as old:
        site, _ = old.sites.save(Site(name="Café de la Rivière", commune="Die"))
        gone, _ = old.sites.save(Site(name="Café fermé", commune="Die"))
        old.sites.delete(gone.id)
    with Store(path) as store:
        assert "0003_fts_prefix_index" in applied_names(store.db)
        assert store.sites.query_ids(SiteFilter(text="c")) == [site.id]
        assert store.sites.query_ids(SiteFilter(text="riviere")) == [site.id]
        assert store.check() == []


def test_a_catalog_from_before_rooms_and_studies_keeps_its_sites(tmp_path):
    from tl_desktop.domain import Room

    path = tmp_path / "c.tldb"
    with Store(path, migrations=[m for m in MIGRATIONS if m.name < "0006"]) as old:
        site, _ = old.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))
    with Store(path) as store:
        assert "0009_rooms_and_studies" in applied_names(store.db)
        assert store.sites.get(site.id).name == "Friche la Belle de Mai"
        store.rooms.set_for_site(site.id, [Room(site_id=site.id, capacity=200, accessible=True)])
        assert store.rooms.summary_by_site()[site.id][0] == 200
        assert store.studies.list() == [] and store.check() == []
