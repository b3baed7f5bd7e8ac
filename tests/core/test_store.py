"""The catalog store: saving, searching as the user types, filters, deletion and its undo."""

from __future__ import annotations

import sqlite3

import pytest

from tl_desktop.base.errors import NewerDatabaseError, NotADatabaseError, NotFoundError, ValidationError
from tl_desktop.domain import PublicService, Site, SiteFilter
from tl_desktop.store import Store, fts_query


def make_site(name, **kw):
    defaults = dict(kinds=["coworking"], commune="Marseille", departement="13", latitude=43.3, longitude=5.37)
    defaults.update(kw)
    return Site(name=name, **defaults)


def test_saved_site_comes_back_identical(store):
    site = make_site("Friche la Belle de Mai", kinds=["friche_culturelle", "cafe_associatif"],
                     programmes=["fabrique_territoire"], legal_form="scic",
                     public_services=[PublicService("mission_locale", "le jeudi")],
                     description="Lignes\net « guillemets » & <balises>")
    stored, changes = store.sites.save(site)
    assert changes.sites == {site.id}
    again = store.sites.get(site.id)
    assert again == stored
    assert again.public_services == [PublicService("mission_locale", "le jeudi")]
    assert again.created_at and again.updated_at


def test_update_keeps_creation_date_and_reindexes(store):
    stored, _ = store.sites.save(make_site("Atelier du Vélo"))
    store.sites.save(stored.replace(name="Garage solidaire Rivière"))
    assert store.sites.get(stored.id).created_at == stored.created_at
    assert store.sites.query_ids(SiteFilter(text="velo")) == []
    assert store.sites.query_ids(SiteFilter(text="riviere")) == [stored.id]


@pytest.mark.parametrize("typed", ["cafe", "CAFÉ", "café asso", "Cafe Associ", "marseil", "caf"])
def test_search_ignores_accents_and_case_and_matches_prefixes(store, typed):
    site, _ = store.sites.save(make_site("Café associatif La Plaine"))
    store.sites.save(make_site("Coworking du Port", commune="Toulon", departement="83"))
    assert store.sites.query_ids(SiteFilter(text=typed)) == [site.id]


def test_search_finds_kind_labels_and_departement_names(store):
    site, _ = store.sites.save(make_site("La Ruche", kinds=["fablab"]))
    assert store.sites.query_ids(SiteFilter(text="atelier partage")) == [site.id]
    assert store.sites.query_ids(SiteFilter(text="bouches-du-rhone")) == [site.id]


@pytest.mark.parametrize("hostile", ['"', "a OR b", "NEAR(", "*", "col:x", "'); DROP TABLE sites; --", "^"])
def test_fts_syntax_in_user_text_is_harmless(store, hostile):
    site, _ = store.sites.save(make_site("Tiers-lieu du Port"))
    other, _ = store.sites.save(make_site("Bibliothèque"))
    found = store.sites.query_ids(SiteFilter(text=hostile))          # must not raise
    assert set(found) <= {site.id, other.id}
    assert store.sites.query_ids(SiteFilter(text=hostile + " port")) in ([], [site.id])
    assert store.sites.count() == 2                                  # nothing dropped
    assert store.sites.query_ids(SiteFilter(text="port")) == [site.id]


def test_fts_operators_typed_by_the_user_are_words_not_operators(store):
    store.sites.save(make_site("Tiers-lieu du Port"))
    store.sites.save(make_site("Bibliothèque"))
    # Obeyed, OR would return both sites; as words, no site has « port », « or » and « bibliotheque ».
    assert store.sites.query_ids(SiteFilter(text="port OR bibliotheque")) == []


def test_fts_query_keeps_only_words():
    assert fts_query("  ") is None
    assert fts_query('Café "du" port* ') == '"cafe" "du" "port"'
    assert fts_query('Café "du" po') == '"cafe" "du" "po"*'


def test_finished_words_match_whole_and_only_the_last_is_a_prefix(store):
    friche, _ = store.sites.save(make_site("Friche la Belle de Mai"))
    store.sites.save(make_site("France services de Bellevigne", description="Accueil en mairies"))
    assert store.sites.query_ids(SiteFilter(text="belle de mai")) == [friche.id]
    assert store.sites.query_ids(SiteFilter(text="belle de ma")) == [friche.id]
    assert len(store.sites.query_ids(SiteFilter(text="belle"))) == 2   # still typing: prefix


def test_filters_combine(store):
    a, _ = store.sites.save(make_site("A", kinds=["fablab"], programmes=["fabrique_territoire"]))
    b, _ = store.sites.save(make_site("B", kinds=["fablab"], departement="83",
                                     public_services=[PublicService("france_services")]))
    store.sites.save(make_site("C", kinds=["coworking"]))
    assert set(store.sites.query_ids(SiteFilter(kind="fablab"))) == {a.id, b.id}
    assert store.sites.query_ids(SiteFilter(kind="fablab", departement="83")) == [b.id]
    assert store.sites.query_ids(SiteFilter(programme="fabrique_territoire")) == [a.id]
    assert store.sites.query_ids(SiteFilter(hosts_public_service=True)) == [b.id]


def test_sort_by_name_ignores_accents_and_case(store):
    for name in ("zèbre", "École", "abeille", "Étoile", "eau"):
        store.sites.save(make_site(name))
    names = [store.sites.get(i).name for i in store.sites.query_ids(order_by="name")]
    assert names == ["abeille", "eau", "École", "Étoile", "zèbre"]
    names = [store.sites.get(i).name for i in store.sites.query_ids(order_by="name", descending=True)]
    assert names[0] == "zèbre"


def test_delete_hides_everywhere_and_restore_brings_back(store):
    site, _ = store.sites.save(make_site("Le Tiers-Lieu"))
    store.sites.delete(site.id)
    assert store.sites.query_ids() == []
    assert store.sites.query_ids(SiteFilter(text="tiers")) == []
    assert store.sites.map_points() == []
    with pytest.raises(NotFoundError):
        store.sites.get(site.id)
    store.sites.restore(site.id)
    assert store.sites.query_ids(SiteFilter(text="tiers")) == [site.id]
    assert store.check() == []


@pytest.mark.parametrize("bad", [
    dict(name="  "), dict(latitude=123.0), dict(longitude=None), dict(kinds=["piscine"]),
    dict(legal_form="gie"),
])
def test_invalid_sites_are_refused_and_nothing_is_written(store, bad):
    with pytest.raises(ValidationError) as info:
        store.sites.save(make_site("Lieu").replace(**bad))
    assert str(info.value)  # a French sentence for the user
    assert store.sites.count() == 0


def test_a_failing_bulk_insert_leaves_the_catalog_as_it_was(store):
    store.sites.save(make_site("Déjà là"))
    sites = [make_site(f"Lieu {i}") for i in range(1500)] + [make_site("Faux", latitude=500.0)]
    with pytest.raises(ValidationError):
        store.sites.add_many(sites)
    assert store.sites.count() == 1


def test_catalog_rows_carry_codes_for_the_gui_to_label(store):
    site, _ = store.sites.save(make_site("X", kinds=["garage_solidaire"], programmes=["france_services"],
                                        public_services=[PublicService("autre", "CCAS")]))
    row = store.sites.catalog_rows([site.id])[site.id]
    assert (row.kinds, row.departement, row.programmes, row.public_services) == \
        (("garage_solidaire",), "13", ("france_services",), (PublicService("autre", "CCAS"),))


def test_map_points_only_for_located_sites(store):
    located, _ = store.sites.save(make_site("Ici", location_precision="commune"))
    store.sites.save(make_site("Nulle part", latitude=None, longitude=None))
    points = store.sites.map_points()
    assert [p.id for p in points] == [located.id]
    assert points[0].approximate


def test_map_points_of_some_sites_leave_out_deleted_and_unlocated_ones(store):
    # What the map reads after a save or a delete: only the changed sites, off the GUI thread.
    kept, _ = store.sites.save(make_site("Gardé", kinds=["fablab", "coworking"]))
    gone, _ = store.sites.save(make_site("Supprimé"))
    nowhere, _ = store.sites.save(make_site("Sans position", latitude=None, longitude=None))
    other, _ = store.sites.save(make_site("Autre"))
    store.sites.delete(gone.id)
    points = store.sites.map_points([kept.id, gone.id, nowhere.id, "inconnu", kept.id])
    assert [(p.id, p.kinds) for p in points] == [(kept.id, ("fablab", "coworking"))]
    assert {p.id for p in store.sites.map_points()} == {kept.id, other.id}
    many = [make_site(f"Lieu {i}") for i in range(1200)]   # more ids than one IN (...) holds
    store.sites.add_many(many)
    assert len(store.sites.map_points([s.id for s in many])) == 1200


def test_wal_and_foreign_keys_are_on(store):
    assert store.db.journal_mode == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError) as info:
        Store(path)
    assert "n'est pas une base Tiers-Lieux Desktop" in str(info.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "other.sqlite-wal").exists()


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.tldb"
    path.write_text("ceci n'est pas une base\n" * 100)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError):
        Store(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_unchanged(tmp_path):
    path = tmp_path / "catalogue.tldb"
    with Store(path) as s:
        s.db.execute("INSERT INTO _migrations (name, applied_at) VALUES ('0999_future', '2030-01-01')")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        Store(path)
    assert "version plus récente" in str(info.value)
    assert path.read_bytes() == before


def test_store_does_not_create_when_asked_not_to(tmp_path):
    with pytest.raises(NotFoundError):
        Store(tmp_path / "absent" / "catalogue.tldb", create=False)
    assert not (tmp_path / "absent").exists()


def test_large_and_small_result_sets_give_the_same_order(store):
    names = [f"Tiers-lieu {chr(97 + i % 26)}{i:04d} " + ("Rivière" if i % 3 else "Port") for i in range(1500)]
    store.sites.add_many([make_site(n) for n in names])
    many = store.sites.query_ids(SiteFilter(text="tiers"))            # above SMALL_MATCH: in memory
    assert len(many) == 1500
    assert many == store.sites.query_ids(SiteFilter(text="tiers", departement="13"))   # SQL path
    few = store.sites.query_ids(SiteFilter(text="tiers b00"))
    assert [store.sites.get(i).name for i in few] == sorted(
        (n for n in names if n.startswith("Tiers-lieu b00")), key=str.casefold)
    assert store.sites.query_ids(SiteFilter(text="tiers"), descending=True) == many[::-1]


def test_search_sees_writes_from_another_connection(store):
    store.sites.add_many([make_site(f"Lieu {i}") for i in range(600)])
    assert len(store.sites.query_ids(SiteFilter(text="lieu"))) == 600
    assert store.sites.count() == 600
    with Store(store.path) as other:          # a worker's connection (an import)
        other.sites.add_many([make_site(f"Lieu bis {i}") for i in range(10)])
        victim = other.sites.query_ids(SiteFilter(text="lieu"))[0]
        other.sites.delete(victim)
    found = store.sites.query_ids(SiteFilter(text="lieu"))
    assert len(found) == 609 and victim not in found
    assert store.sites.count() == 609


def test_label_columns_sort_by_what_the_table_shows_blanks_last(store):
    store.sites.save(make_site("A", kinds=["fablab"], departement="21"))
    store.sites.save(make_site("B", kinds=["mediation_numerique"], departement="2A"))
    store.sites.save(make_site("C", kinds=[], departement=""))
    store.sites.save(make_site("D", kinds=["cafe_associatif"], departement="19"))

    def order(column, descending=False):
        return [store.sites.get(i).name for i in store.sites.query_ids(order_by=column, descending=descending)]

    # « Café associatif » < « Espace de médiation numérique » < « Fablab… », though the codes
    # say fablab < mediation_numerique.
    assert order("kinds") == ["D", "B", "A", "C"]
    assert order("kinds", descending=True) == ["A", "B", "D", "C"]
    assert order("departement") == ["D", "B", "A", "C"]          # 19, 2A, 21, then none
    many = [make_site(f"Lieu {i}", kinds=["fablab"] if i % 2 else ["coworking"]) for i in range(600)]
    store.sites.add_many(many)                 # the in-memory path sorts the same way
    typed = store.sites.query_ids(SiteFilter(text="lieu"), order_by="kinds")
    assert store.sites.get(typed[0]).kinds == ["coworking"] and store.sites.get(typed[-1]).kinds == ["fablab"]


def test_a_write_while_another_connection_writes_says_so_and_changes_nothing(store):
    from tl_desktop.base.errors import BusyError

    site, _ = store.sites.save(make_site("Avant"))
    with Store(store.path) as importer:
        importer.db.execute("BEGIN IMMEDIATE")            # an import holding the write lock
        with Store(store.path, timeout=0.1) as gui:
            with pytest.raises(BusyError) as info:
                gui.sites.save(site.replace(name="Après"))
        importer.db.execute("ROLLBACK")
    assert "occupé" in str(info.value)
    assert store.sites.get(site.id).name == "Avant"


def test_a_site_finds_its_row_without_the_list_being_read_again(store):
    # The catalog places a changed site with one count (Sites.position): the same row as a
    # fresh query, for every column, both directions, blanks last, with and without a filter.
    import random

    from tl_desktop.domain import PublicService

    rnd = random.Random(3)
    kinds = [[], ["fablab"], ["coworking", "fablab"], ["cafe_associatif"], ["tiers_lieu_nourricier"]]
    for i in range(120):
        store.sites.save(make_site(
            rnd.choice(["Café", "Fablab", "L'Atelier", "Ruche", "Œil"]) + f" {rnd.randint(1, 30)}",
            kinds=rnd.choice(kinds), commune=rnd.choice(["Die", "Lyon", "", "Aix"]),
            departement=rnd.choice(["13", "2A", "26", ""]), programmes=rnd.choice([[], ["fabrique_territoire"]]),
            public_services=rnd.choice([[], [PublicService("france_services")]])))
    filters = [SiteFilter(), SiteFilter(text="fab"), SiteFilter(departement="26"), SiteFilter(text="c", kind="fablab")]
    for flt in filters:
        for column in ("name", "kinds", "commune", "departement", "programmes", "public_services"):
            for descending in (False, True):
                ids = store.sites.query_ids(flt, column, descending)
                for row in (0, len(ids) // 2, len(ids) - 1):
                    if ids:
                        assert store.sites.position(ids[row], flt, column, descending) == row, (flt, column)
    outside = store.sites.query_ids(SiteFilter(departement="13"))[0]
    assert store.sites.position(outside, SiteFilter(departement="26")) is None
    store.sites.delete(outside)
    assert store.sites.position(outside) is None


def test_a_site_placed_on_the_map_keeps_everything_else(store):
    from tl_desktop.base.errors import ValidationError
    from tl_desktop.domain import PRECISION_MAP

    site, _ = store.sites.save(make_site("Fablab des Étangs", latitude=None, longitude=None, phone="04 42 00 00 00"))
    changes = store.sites.set_position(site.id, 43.4053, 5.0475, PRECISION_MAP)
    placed = store.sites.get(site.id)
    assert changes.sites == {site.id}
    assert (placed.latitude, placed.longitude, placed.location_precision) == (43.4053, 5.0475, "carte")
    assert placed.replace(latitude=None, longitude=None, location_precision=None, updated_at=site.updated_at) == site
    assert [p.id for p in store.sites.map_points([site.id])] == [site.id]
    store.sites.set_position(site.id, None, None, None)          # undone: unplaced again
    assert store.sites.get(site.id).latitude is None and store.sites.map_points([site.id]) == []
    with pytest.raises(ValidationError):
        store.sites.set_position(site.id, 123.0, 5.0, PRECISION_MAP)


def test_the_first_list_read_ahead_is_taken_only_if_nothing_was_written(store):
    # The window's start-up reads its first list on a thread (Sites.prefetch_ids): the same
    # list as query_ids, taken once, and read anew when anything was written in between.
    for name, dep in (("Ruche", "26"), ("Atelier", ""), ("Café", "13")):
        store.sites.save(make_site(name, departement=dep))
    fresh = store.sites.query_ids(order_by="departement")
    store.sites.prefetch_ids(order_by="departement")      # blank-last: two scans, one snapshot
    assert store.sites._prefetch is not None
    assert store.sites.query_ids(order_by="departement") == fresh
    assert store.sites._prefetch is None                   # taken once

    store.sites.prefetch_ids()
    store.sites._prefetch.result()                         # read before the write
    added, _ = store.sites.save(make_site("Nouveau"))      # written by this connection
    assert added.id in store.sites.query_ids()

    store.sites.prefetch_ids()
    store.sites._prefetch.result()                         # read before the other write
    with Store(store.path) as writer:                      # the writer's connection
        other, _ = writer.sites.save(make_site("Ailleurs"))
    assert other.id in store.sites.query_ids()

    store.sites.prefetch_ids(SiteFilter(departement="26"))
    assert store.sites.query_ids() == store.sites.query_ids(SiteFilter())   # other arguments: not taken
    assert len(store.sites.query_ids()) == 5
