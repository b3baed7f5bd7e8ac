"""Merging two records of one place: nothing of either is lost, and undo gives both back exactly."""

from __future__ import annotations

import json

import pytest

from tests.factories.photos import make_photo
from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.domain import PublicService, Room, Site, SiteFilter, Stop, Tour

FS = "France Services — liste ANCT du 1er août 2024"


def dump(store) -> dict[str, list]:
    """Every row of the tables a merge touches, in a fixed order (the FTS index through searches)."""
    tables = {"sites": "seq", "visits": "id", "stops": "id", "site_sources": "site_id, source, source_id",
              "site_covers": "site_id", "attachments": "id", "site_merges": "merged_id"}
    return {t: [tuple(r) for r in store.db.execute(f"SELECT * FROM {t} ORDER BY {order}")]
            for t, order in tables.items()}


@pytest.fixture
def two_records(store, tmp_path):
    """Case-Pilote as the France Services list has it twice, each with visits, photos, stops and sources."""
    first, _ = store.sites.save(Site(
        name="France services de Case-Pilote", address="place Gaston Monnerville, Bourg", postcode="97222",
        commune="Case-Pilote", insee_code="97205", departement="972", region="Martinique",
        latitude=14.642812, longitude=-61.138635, location_precision="adresse", kinds=["france_services"],
        public_services=[PublicService("france_services")], email="franceservices@mairiecasepilote.fr",
        source=FS))
    second, _ = store.sites.save(Site(
        name="France services de Case-Pilote", address="Place Gaston Monnerville", postcode="97222",
        commune="Case-Pilote", insee_code="97205", departement="972", region="Martinique",
        latitude=14.6430354270814, longitude=-61.1388944607416, location_precision="adresse",
        kinds=["france_services", "mediation_numerique"], phone="05 96 78 45 55", source="saisie manuelle",
        description="Horaires du lundi : 07:30 - 17:00"))
    store.db.execute("UPDATE site_sources SET source_id = '2287' WHERE site_id = ?", [first.id])
    store.db.execute("INSERT INTO site_sources VALUES (?, ?, '3240', '2026-01-01T00:00:00Z')", [second.id, FS])
    tour, _ = store.tours.save(Tour(title="Visite apprenante Martinique", start_date="2025-03-10"))
    stop_first, _ = store.tours.add_stop(Stop(tour_id=tour.id, site_id=first.id, day="2025-03-10"))
    stop_second, _ = store.tours.add_stop(Stop(tour_id=tour.id, site_id=second.id, day="2025-03-11"))
    visit_first, _ = store.visits.create(first.id, stop_id=stop_first.id, visit_date="2025-03-10")
    visit_second, _ = store.visits.create(second.id, stop_id=stop_second.id, visit_date="2025-03-11")
    store.visits.set_notes(visit_second.id, "Accueil par la médiatrice numérique.")
    photo_first = store.attachments.attach_files(visit_first.id, [make_photo(tmp_path / "a.jpg")]).added[0]
    photo_second = store.attachments.attach_files(visit_second.id, [make_photo(tmp_path / "b.jpg", (640, 480))]).added[0]
    store.attachments.set_cover(second.id, photo_second.id)
    return {"first": first, "second": second, "visits": [visit_first.id, visit_second.id],
            "stops": [stop_first.id, stop_second.id], "photos": [photo_first.id, photo_second.id],
            "tour": tour.id}


def test_merge_keeps_every_visit_photo_stop_source_and_the_cover(store, two_records):
    first, second = two_records["first"], two_records["second"]
    chosen = first.replace(phone=second.phone, kinds=["france_services", "mediation_numerique"],
                           description=second.description)
    changes = store.merges.merge(first.id, second.id, chosen)

    merged = store.sites.get(first.id)
    assert (merged.phone, merged.email, merged.kinds, merged.description) == (
        "05 96 78 45 55", "franceservices@mairiecasepilote.fr", ["france_services", "mediation_numerique"],
        "Horaires du lundi : 07:30 - 17:00")
    assert merged.created_at == first.created_at and merged.updated_at > first.updated_at
    with pytest.raises(NotFoundError):
        store.sites.get(second.id)          # in the bin
    assert store.sites.count() == 1
    assert {v.id for v in store.visits.of_site(first.id)} == set(two_records["visits"])
    assert [p.id for v in two_records["visits"] for p in store.attachments.of_visit(v)] == two_records["photos"]
    assert {s.site_id for s in store.tours.stops(two_records["tour"])} == {first.id}
    assert sorted(store.sites.sources(first.id)) == [(FS, "2287"), (FS, "3240"), ("saisie manuelle", "")]
    assert store.attachments.cover_id(first.id) == two_records["photos"][1]    # the only cover there was
    # The merge is recorded: which went into which.
    assert store.merges.merge_of(second.id) == first.id
    assert [m for m, _ in store.merges.merged_into(first.id)] == [second.id]
    assert changes.sites == {first.id, second.id}
    assert changes.visits == {two_records["visits"][1]} and changes.stops == {two_records["stops"][1]}
    # The search finds the merged place once, with its new words.
    assert store.sites.query_ids(SiteFilter(text="case pilote")) == [first.id]
    assert store.sites.query_ids(SiteFilter(text="horaires lundi")) == [first.id]
    assert store.check() == []


def test_undo_gives_both_records_back_exactly(store, two_records):
    first, second = two_records["first"], two_records["second"]
    before = dump(store)
    store.merges.merge(first.id, second.id, second.replace(name="France services Case-Pilote"),
                       cover_from=second.id)
    assert dump(store) != before
    changes = store.merges.unmerge(second.id)
    assert dump(store) == before
    assert store.sites.get(second.id) == second and store.sites.get(first.id) == first
    assert sorted(store.sites.query_ids(SiteFilter(text="case pilote"))) == sorted([first.id, second.id])
    assert changes.sites == {first.id, second.id} and changes.visits == {two_records["visits"][1]}
    assert store.merges.merge_of(second.id) is None
    assert store.check() == []


def test_summary_counts_what_a_merge_carries_over(store, two_records):
    assert store.merges.summary(two_records["second"].id) == {"visits": 1, "attachments": 1, "stops": 1,
                                                              "sources": 2}


def test_merge_then_undo_then_redo(store, two_records):
    first, second = two_records["first"], two_records["second"]
    store.merges.merge(first.id, second.id, first)
    store.merges.unmerge(second.id)
    store.merges.merge(first.id, second.id, first)
    assert len(store.visits.of_site(first.id)) == 2 and store.sites.count() == 1


def test_cover_of_the_kept_site_unless_the_agent_picks_the_others(store, two_records, tmp_path):
    first, second = two_records["first"], two_records["second"]
    store.attachments.set_cover(first.id, two_records["photos"][0])
    store.merges.merge(first.id, second.id, first)
    assert store.attachments.cover_id(first.id) == two_records["photos"][0]
    store.merges.unmerge(second.id)
    store.merges.merge(first.id, second.id, first, cover_from=second.id)
    assert store.attachments.cover_id(first.id) == two_records["photos"][1]
    store.merges.unmerge(second.id)
    assert store.attachments.cover_id(first.id) == two_records["photos"][0]
    assert store.attachments.cover_id(second.id) == two_records["photos"][1]


def test_what_a_merge_moves_is_recorded_to_undo_it(store, two_records):
    first, second = two_records["first"], two_records["second"]
    store.merges.merge(first.id, second.id, first)
    record = json.loads(store.db.execute("SELECT record FROM site_merges").fetchone()[0])
    assert record["keep"]["name"] == first.name and record["other"]["phone"] == second.phone
    moved = {table: [k[0] for k in keys] for table, column, pk, keys in record["moved"]}
    assert moved == {"stops": [two_records["stops"][1]], "visits": [two_records["visits"][1]]}
    assert record["sources"] == [[FS, "3240"], ["saisie manuelle", ""]]


def test_a_table_added_later_that_refers_to_sites_is_merged_too(store, two_records):
    # A future table (a territorial study's list of places, say) is found through its foreign key.
    first, second = two_records["first"], two_records["second"]
    store.db.execute("CREATE TABLE study_sites (study_id TEXT, site_id TEXT REFERENCES sites(id), "
                     "PRIMARY KEY (study_id, site_id))")
    store.db.execute("INSERT INTO study_sites VALUES ('s1', ?), ('s1', ?), ('s2', ?)", [first.id, second.id, second.id])
    store.merges._links = None
    store.merges.merge(first.id, second.id, first)
    rows = sorted(store.db.execute("SELECT study_id, site_id FROM study_sites"))
    # s1 already had the kept site: its row of the other stays (in the bin with it); s2 moves.
    assert rows == sorted([("s1", first.id), ("s1", second.id), ("s2", first.id)])
    store.merges.unmerge(second.id)
    assert sorted(store.db.execute("SELECT study_id, site_id FROM study_sites")) == sorted(
        [("s1", first.id), ("s1", second.id), ("s2", second.id)])


def test_meeting_rooms_follow_the_merge_and_come_back_on_undo(store, two_records):
    first, second = two_records["first"], two_records["second"]
    store.rooms.set_for_site(second.id, [Room(site_id=second.id, capacity=30, name="Salle du conseil")])
    store.merges.merge(first.id, second.id, first)
    assert [r.name for r in store.rooms.of_site(first.id)] == ["Salle du conseil"]
    store.merges.unmerge(second.id)
    assert store.rooms.of_site(first.id) == [] and [r.capacity for r in store.rooms.of_site(second.id)] == [30]


def test_refusals_change_nothing(store, two_records):
    first, second = two_records["first"], two_records["second"]
    before = dump(store)
    with pytest.raises(ValidationError):
        store.merges.merge(first.id, first.id, first)
    with pytest.raises(ValidationError):
        store.merges.merge(first.id, second.id, first.replace(latitude=123.0))
    with pytest.raises(NotFoundError):
        store.merges.merge(first.id, "inconnu", first)
    with pytest.raises(NotFoundError):
        store.merges.unmerge(second.id)
    assert dump(store) == before


def test_undo_is_refused_once_the_kept_site_went_on_into_another(store, two_records):
    first, second = two_records["first"], two_records["second"]
    third, _ = store.sites.save(Site(name="Case-Pilote, France services", commune="Case-Pilote"))
    store.merges.merge(first.id, second.id, first)
    store.merges.merge(third.id, first.id, third)
    with pytest.raises(ValidationError, match="annulez d'abord"):
        store.merges.unmerge(second.id)
    # A reference kept outside foreign keys (a saved study's list of ids) finds the live site.
    assert store.merges.resolve(second.id) == third.id and store.merges.resolve(third.id) == third.id
    store.merges.unmerge(first.id)
    store.merges.unmerge(second.id)
    assert store.sites.count() == 3 and len(store.visits.of_site(second.id)) == 1


def test_places_and_refs_read_what_duplicate_detection_needs(store, two_records):
    first, second = two_records["first"], two_records["second"]
    places = {p.id: p for p in store.sites.places()}
    assert places[first.id].address == "place Gaston Monnerville, Bourg" and places[second.id].insee_code == "97205"
    assert store.sites.refs() == {first.id: [(FS, "2287")], second.id: [(FS, "3240")]}
    assert store.sites.refs([second.id]) == {second.id: [(FS, "3240")]}
    around = store.sites.places_around(communes=["Case-Pilote"])
    assert {p.id for p in around} == {first.id, second.id}
    assert {p.id for p in store.sites.places_around(insee_codes=["97205"], postcodes=["97222"])} == {first.id, second.id}
    assert store.sites.places_around(communes=["Pilote Case"]) == []          # word for word
    assert {p.id for p in store.sites.places_around(refs=[(FS, "3240")])} == {second.id}
    assert store.sites.places_around(box=(14.0, -61.0, 14.5, -60.0)) == []
    assert store.sites.places_around(communes=['"', "*", "OR"]) == []       # user text is never FTS syntax


# ---------------------------------------------------------------- « pas un doublon »


def test_a_pair_said_to_be_two_places_is_never_offered_again_until_taken_back(store, two_records, tmp_path):
    from tl_desktop.io.duplicates import catalog_duplicates
    from tl_desktop.store import Store

    first, second = two_records["first"].id, two_records["second"].id
    assert [(m.first, m.second) for m in catalog_duplicates(store)] == [(first, second)]
    changes = store.merges.set_distinct(second, first)          # either order
    assert changes.sites == {first, second}
    assert catalog_duplicates(store) == []
    path = store.path
    store.close()
    with Store(path) as again:                                   # said once, kept in the catalog
        assert catalog_duplicates(again) == [] and again.merges.distinct_count() == 1
        again.merges.set_distinct(first, second, False)
        assert [(m.first, m.second) for m in catalog_duplicates(again)] == [(first, second)]


def test_what_a_record_was_said_to_differ_from_its_merge_differs_from_too(store, two_records):
    first, second = two_records["first"], two_records["second"]
    third, _ = store.sites.save(Site(name="France services de Case-Pilote (bus)", commune="Case-Pilote",
                                     insee_code="97205"))
    store.merges.set_distinct(second.id, third.id)
    store.merges.merge(first.id, second.id, first)
    assert tuple(sorted((first.id, third.id))) in store.merges.distinct_pairs()
    store.merges.unmerge(second.id)
    assert tuple(sorted((first.id, third.id))) not in store.merges.distinct_pairs()
    assert tuple(sorted((second.id, third.id))) in store.merges.distinct_pairs()


def test_saying_two_places_differ_is_refused_for_one_place_or_a_deleted_one(store, two_records):
    first, second = two_records["first"].id, two_records["second"].id
    with pytest.raises(ValidationError):
        store.merges.set_distinct(first, first)
    store.sites.delete(second)
    with pytest.raises(NotFoundError):
        store.merges.set_distinct(first, second)
    assert store.merges.distinct_count() == 0
