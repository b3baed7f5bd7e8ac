"""The territorial study on the real demo catalog: territory, criteria, figures, comparison, saved studies."""

from __future__ import annotations

import pytest

from tl_desktop.base.errors import ValidationError
from tl_desktop.domain import Room, Study
from tl_desktop.study import (
    Criteria,
    StudyData,
    Territory,
    comparison,
    compute_figures,
    group_phrases,
    in_polygon,
    phrase_key,
    select,
    study_of,
)


def test_a_departement_selects_its_places_only(demo_store):
    data = StudyData.load(demo_store)
    places = select(data, Territory("departement", ("13",)), Criteria())
    assert places and all(p.departement == "13" for p in places)
    expected = demo_store.db.execute(
        "SELECT count(*) FROM sites WHERE departement = '13' AND deleted_at IS NULL").fetchone()[0]
    assert len(places) == expected


def test_region_commune_list_and_drawn_area(demo_store):
    data = StudyData.load(demo_store)
    region = select(data, Territory("region", ("Bretagne",)), Criteria())
    assert region and {p.region for p in region} == {"Bretagne"}
    # Marseille (its places are imported by arrondissement, 13201–13216) and Aix-en-Provence.
    communes = select(data, Territory("communes", ("13055", "13001")), Criteria())
    codes = {p.insee_code for p in communes}
    assert "13001" in codes and codes - {"13001"} and all(c == "13055" or 13201 <= int(c) <= 13216
                                                           for c in codes - {"13001"})
    assert len(communes) == sum(p.insee_code == "13001" or p.insee_code == "13055" or 13201 <= int(p.insee_code or 0)
                                <= 13216 for p in data.places if p.insee_code.isdigit())
    # A box around Marseille drawn on the map: places of Marseille in, Aix-en-Provence out.
    box = Territory("area", polygon=((43.2, 5.3), (43.2, 5.5), (43.4, 5.5), (43.4, 5.3)))
    inside = select(data, box, Criteria())
    assert inside and all(43.2 <= p.latitude <= 43.4 and 5.3 <= p.longitude <= 5.5 for p in inside)
    assert any(p.commune.startswith("Marseille") for p in inside)
    assert not any(p.commune == "Aix-en-Provence" for p in inside)
    assert in_polygon(43.3, 5.4, box.polygon) and not in_polygon(43.53, 5.45, box.polygon)


def test_criteria_kinds_programmes_services_network(demo_store):
    data = StudyData.load(demo_store)
    everything = select(data, Territory(), Criteria())
    fabriques = select(data, Territory(), Criteria(programmes=("fabrique_territoire",)))
    assert 0 < len(fabriques) < len(everything)
    assert all("fabrique_territoire" in p.programmes for p in fabriques)
    hosting = select(data, Territory(), Criteria(hosts_public_service=True))
    assert all(p.services for p in hosting)
    network = select(data, Territory(), Criteria(networks=("Normandie",)))
    assert network and {p.network for p in network} == {"Tilino"}


def test_visited_tour_dates_and_meeting_criteria(study_store):
    data = StudyData.load(study_store)
    fixture = study_store.fixture
    visited = select(data, Territory(), Criteria(visited=True))
    assert {p.id for p in visited} == set(fixture["visited"])
    never = select(data, Territory("departement", ("13",)), Criteria(visited=False))
    assert not set(fixture["visited"]) & {p.id for p in never}
    during_tour = select(data, Territory(), Criteria(tour_id=fixture["tour"].id))
    assert {p.id for p in during_tour} == set(fixture["visited"])
    on_the_12th = select(data, Territory(), Criteria(date_from="2025-02-12", date_to="2025-02-12"))
    assert len(on_the_12th) == 2
    thirty = select(data, Territory(), Criteria(meeting_capacity=30))
    assert {p.id for p in thirty} == set(fixture["visited"][:2])
    thirty_pmr = select(data, Territory(), Criteria(meeting_capacity=30, meeting_accessible=True))
    assert [p.id for p in thirty_pmr] == fixture["visited"][:1]
    with_visio = select(data, Territory(), Criteria(meeting_capacity=10, meeting_equipment=("visio",)))
    assert [p.id for p in with_visio] == fixture["visited"][:1]


def test_figures_of_a_real_study(study_store):
    data = StudyData.load(study_store)
    places = select(data, Territory("departement", ("13",)), Criteria(meeting_capacity=30))
    assert len(places) == 2
    places = select(data, Territory("departement", ("13",)), Criteria())
    figures = compute_figures(places, Criteria(group_by="commune"))
    assert figures.total == len(places) and figures.visited == 4
    kinds = dict((r.label, r.value) for r in figures.get("kinds").rows)
    assert kinds["France Services"] == sum("france_services" in p.kinds for p in places)
    assert figures.hosting == sum(bool(p.services) for p in places)
    groups = dict((r.label, r.value) for r in figures.get("groups").rows)
    assert groups["Aix-en-Provence"] == sum(p.commune == "Aix-en-Provence" for p in places)
    financing = dict((r.label, r.value) for r in figures.get("self_financing").rows)
    assert financing == {"Moins de 25 %": 1, "De 25 à 49 %": 1, "De 50 à 74 %": 2}
    land = dict((r.label, r.value) for r in figures.get("land").rows)
    assert land["Occupation temporaire"] == 1 and land["Propriétaire"] == 1
    impacts = dict((r.label, r.value) for r in figures.get("impacts").rows)
    assert impacts["Lien social, rupture de l'isolement"] == pytest.approx(17 / 4)
    # The same fragility in other words (case, accents, plural, punctuation) is one line, counted by place.
    fragilities = [(r.label, r.value) for r in figures.get("fragilities").rows]
    assert fragilities[0] == ("Dépendance aux subventions", 3)
    strengths = dict((r.label, r.value) for r in figures.get("strengths").rows)
    assert strengths["Ancrage fort dans le quartier"] == 2 and strengths["Bénévoles très impliqués"] == 2
    needs = dict((r.label, r.value) for r in figures.get("needs").rows)
    assert needs["Locaux plus grands"] == 2
    # Each figure is also a table of text (screen readers, copying).
    assert ("Dépendance aux subventions", "3 (75\u00a0%)") in figures.get("fragilities").table()


def test_phrases_are_grouped_by_case_accents_and_plural_only():
    assert phrase_key("Locaux trop petits !") == phrase_key("local petit")
    assert phrase_key("Dépendance aux Subventions") == phrase_key("dependance aux subvention.")
    assert phrase_key("Bail précaire") != phrase_key("Loyer élevé")
    grouped = group_phrases([("a", "Bail précaire"), ("b", "bail precaire"), ("a", "BAIL PRÉCAIRE"),
                             ("c", "Loyer élevé")])
    assert grouped == [("Bail précaire", 2), ("Loyer élevé", 1)]


def test_comparison_of_2_to_15_places(study_store):
    data = StudyData.load(study_store)
    places = [data.by_id[i] for i in study_store.fixture["visited"]]
    table = comparison(places)
    assert [p.id for p in table.places] == study_store.fixture["visited"]
    rows = dict(table.rows)
    assert "Forces et fragilités" in rows and "Bail précaire" in rows["Forces et fragilités"][0]
    assert rows["Plus grande salle de réunion"][0] == "40 personnes (accessible PMR)"
    with pytest.raises(ValidationError):
        comparison(places[:1])
    with pytest.raises(ValidationError):
        comparison(data.places[:16])


def test_a_saved_study_reopens_and_is_recomputed_from_current_data(study_store):
    saved, question = study_of(study_store, "tiers-lieux MARSEILLAIS")
    assert question.territory == Territory("departement", ("13",))
    before = len(select(StudyData.load(study_store), question.territory, question.criteria))
    site_id = study_store.fixture["marseille"][5]
    study_store.sites.delete(site_id)
    after = select(StudyData.load(study_store), question.territory, question.criteria)
    assert len(after) == before - 1 and site_id not in {p.id for p in after}
    with pytest.raises(ValidationError):
        study_store.studies.save(Study(name="Tiers-lieux  marseillais"))   # another study, same name
    renamed, changes = study_store.studies.save(Study(id=saved.id, name="Marseille 2025",
                                                      territory=saved.territory, criteria=saved.criteria))
    assert changes.studies == {saved.id} and study_store.studies.by_name("marseille 2025").id == saved.id


def test_criteria_survive_their_dict_form():
    criteria = Criteria(kinds=("coworking",), visited=True, meeting_capacity=30, meeting_accessible=True,
                        date_from="2025-01-01", group_by="network")
    assert Criteria.from_dict(criteria.to_dict()) == criteria
    assert Criteria.from_dict({"group_by": "nonsense", "meeting_capacity": "-4"}) == Criteria()
    territory = Territory("area", polygon=((43.2, 5.3), (43.2, 5.5), (43.4, 5.5)))
    assert Territory.from_dict(territory.to_dict()) == territory
    assert "Réunion de 30 personnes" in " ".join(criteria.describe()).replace("réunion", "Réunion")


def test_rooms_are_checked_and_deleted_with_their_site(store):
    from tl_desktop.domain import Site

    site, _ = store.sites.save(Site(name="La Fabulerie", commune="Marseille"))
    with pytest.raises(ValidationError):
        store.rooms.set_for_site(site.id, [Room(site_id=site.id, capacity=0)])
    with pytest.raises(ValidationError):
        store.rooms.set_for_site(site.id, [Room(site_id=site.id, capacity=20, equipment=["téléporteur"])])
    assert store.rooms.of_site(site.id) == []
    store.rooms.set_for_site(site.id, [Room(site_id=site.id, name="Atelier", capacity=20, equipment=["wifi"]),
                                       Room(site_id=site.id, name="Salle", capacity=60, accessible=True)])
    assert [r.name for r in store.rooms.of_site(site.id)] == ["Atelier", "Salle"]
    assert store.rooms.summary_by_site()[site.id] == (60, 60, frozenset({"wifi"}))
    store.db.execute("DELETE FROM sites WHERE id = ?", [site.id])   # a purge, not the bin
    assert store.rooms.of_site(site.id) == []


def test_study_names_ignore_case_and_accents(store):
    store.studies.save(Study(name="Étude Bouches-du-Rhône"))
    assert store.studies.by_name("etude bouches-du-rhone").name == "Étude Bouches-du-Rhône"
    with pytest.raises(ValidationError):
        store.studies.save(Study(name="ÉTUDE bouches-du-Rhône"))
