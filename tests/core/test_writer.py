"""The one writer and staged imports: writes in order, short transactions, all or nothing."""

from __future__ import annotations

import threading

import pytest

from tl_desktop.base.errors import Cancelled, NotFoundError, ValidationError
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.domain import Site, SiteFilter
from tl_desktop.store import Store, write_import
from tl_desktop.store.writer import Writer


def sites(n: int, prefix: str = "Lieu") -> list[Site]:
    return [Site(name=f"{prefix} {i}", commune="Die", departement="26", latitude=44.75, longitude=5.37,
                 source="liste test") for i in range(n)]


@pytest.fixture
def writer(tmp_path):
    Store(tmp_path / "catalogue.tldb").close()
    w = Writer(tmp_path / "catalogue.tldb")
    yield w
    w.close()


def test_operations_run_in_order_and_return_results_and_errors(writer, tmp_path):
    futures = [writer.submit(lambda s, i=i: s.sites.save(Site(name=f"Café {i}"))[0].name) for i in range(20)]
    assert [f.result() for f in futures] == [f"Café {i}" for i in range(20)]
    with pytest.raises(ValidationError):
        writer.call(lambda s: s.sites.save(Site(name="  ")))
    with pytest.raises(NotFoundError):
        writer.call(lambda s: s.sites.delete("inconnu"))
    with Store(tmp_path / "catalogue.tldb") as reader:   # another connection sees every commit
        assert reader.sites.count() == 20


def test_an_autosave_slips_in_between_the_chunks_of_an_import(writer, tmp_path):
    site = writer.call(lambda s: s.sites.save(Site(name="Foresta", commune="Marseille"))[0])
    visit = writer.call(lambda s: s.visits.create(site.id)[0])
    autosave = []

    def progress(done, total, label):
        if not autosave:          # after the first chunk: the agent types
            autosave.append(writer.submit(lambda s: s.visits.set_notes(visit.id, "noté pendant l'import")))
        else:
            assert autosave[0].done(), "the autosave waited behind the whole import"

    write_import(writer.bulk, sites(5000), source="liste test", progress=progress, chunk=500)
    assert autosave and autosave[0].result()
    with Store(tmp_path / "catalogue.tldb") as reader:
        assert reader.sites.count() == 5001
        assert reader.visits.get(visit.id).notes == "noté pendant l'import"


def test_staged_sites_stay_invisible_until_published(store):
    batch = store.imports.begin("liste test")
    store.imports.stage_new(batch, sites(3, "Atelier"))
    assert store.sites.count() == 0
    assert store.sites.query_ids(SiteFilter(text="atelier")) == []
    assert store.sites.map_points() == []
    store.imports.commit(batch)
    finished, ids = store.imports.publish_step(batch, limit=2)
    assert not finished and len(ids) == 2
    finished, ids = store.imports.publish_step(batch, limit=2)
    assert finished and len(ids) == 1
    assert len(store.sites.query_ids(SiteFilter(text="atelier"))) == 3
    assert store.imports.pending() == [] and store.check() == []


def test_a_cancelled_or_failed_import_leaves_nothing(store):
    direct = lambda op: op(store)   # noqa: E731 — the command line's write function
    cancel = CancelFlag()

    def cancel_after_first_chunk(done, total, label):
        cancel.set()

    with pytest.raises(Cancelled):
        write_import(direct, sites(50), progress=cancel_after_first_chunk, cancel=cancel, chunk=10)
    bad = sites(30) + [Site(name="Mauvais", latitude=123.0, longitude=5.0)]
    with pytest.raises(ValidationError):
        write_import(direct, bad, chunk=10)
    assert store.sites.count() == 0
    assert store.db.execute("SELECT count(*) FROM sites").fetchone()[0] == 0
    assert store.imports.pending() == []


def test_an_import_interrupted_by_a_crash_is_finished_or_discarded_at_the_next_start(tmp_path):
    path = tmp_path / "catalogue.tldb"
    with Store(path) as store:
        decided = store.imports.begin("décidé")
        store.imports.stage_new(decided, sites(5, "Décidé"))
        store.imports.commit(decided)
        store.imports.publish_step(decided, limit=2)        # the app stops here
        undecided = store.imports.begin("en cours")
        store.imports.stage_new(undecided, sites(5, "En cours"))
    w = Writer(path)                                         # the next start
    w.close()
    with Store(path) as store:
        assert len(store.sites.query_ids(SiteFilter(text="decide"))) == 5
        assert store.sites.query_ids(SiteFilter(text="en cours")) == []
        assert store.imports.pending() == [] and store.check() == []


def test_updates_are_published_with_the_batch(store):
    site, _ = store.sites.save(Site(name="Tiers-lieu", commune="Die"))
    changes = write_import(lambda op: op(store), sites(2), [site.replace(name="Tiers-lieu de Die")], chunk=1)
    assert store.sites.get(site.id).name == "Tiers-lieu de Die"
    assert site.id in changes.sites and len(changes.sites) == 3


def test_operations_of_other_threads_wait_for_their_turn(writer):
    results = []
    threads = [threading.Thread(target=lambda i=i: results.append(
        writer.call(lambda s: s.sites.save(Site(name=f"T{i}"))[0].name))) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == sorted(f"T{i}" for i in range(8))


def test_the_wal_is_moved_back_by_its_own_thread_never_by_a_commit(writer, tmp_path):
    import sqlite3
    import time

    assert writer.call(lambda s: s.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]) == 0
    write_import(writer.bulk, sites(3000), source="liste test")
    main_file = (tmp_path / "catalogue.tldb").resolve().as_uri() + "?mode=ro&immutable=1"   # the file alone

    def in_main_file() -> int:
        # immutable: read without locks, so a read racing the checkpointer's writes may see a torn file.
        try:
            with sqlite3.connect(main_file, uri=True) as probe:
                return probe.execute("SELECT count(*) FROM sites WHERE deleted_at IS NULL").fetchone()[0]
        except sqlite3.DatabaseError:
            return -1
    deadline = time.monotonic() + 10
    while in_main_file() < 3000 and time.monotonic() < deadline:
        time.sleep(0.2)            # the checkpointer runs every half second
    assert in_main_file() == 3000


def test_an_imported_site_keeps_its_identifier_in_its_list(store):
    new = [s.replace(source="liste test") for s in sites(3)]
    changes = write_import(lambda op: op(store), new, source="liste test", source_ids=["A1", "", "A3"])
    assert {new[0].id: [("liste test", "A1")], new[2].id: [("liste test", "A3")]} == store.sites.refs()
    assert store.db.execute("SELECT count(*) FROM site_sources").fetchone()[0] == 3 == len(changes.sites)
