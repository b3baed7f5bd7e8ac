"""Probable duplicates: real evidence only (name AND address or position, or the same identifier)."""

from __future__ import annotations

import csv
import json
import re

import pytest

from tl_desktop.base.errors import Cancelled
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.base.resources import resource
from tl_desktop.base.text import fold
from tl_desktop.domain import Site
from tl_desktop.io.duplicates import (
    DuplicateIndex,
    Strength,
    catalog_duplicates,
    catalog_matches,
    commune_keys,
    compare,
    duplicates_within,
    name_core,
    name_score,
    street_of,
)

FS_SOURCE = "France Services — liste ANCT du 1er août 2024"


def france_services() -> tuple[list[Site], dict[str, list[tuple[str, str]]]]:
    """The real France Services list (resources/demo), as sites and their id_fs identifiers."""
    sites, refs = [], {}
    with open(resource("demo", "liste-fs-20240801.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            address = ", ".join(p for p in (row["adresse"], row["complement_adresse"]) if p)
            site = Site(name=row["lib_fs"], address=address, postcode=row["code_postal"], commune=row["lib_com"],
                        insee_code=row["insee_com"], latitude=float(row["latitude"]),
                        longitude=float(row["longitude"]), location_precision="adresse", source=FS_SOURCE)
            sites.append(site)
            refs[site.id] = [(FS_SOURCE, row["id_fs"])]
    return sites, refs


def anct_lists() -> list[Site]:
    """The real Fabriques de territoire and Manufactures de proximité: commune centres, no address."""
    sites = []
    for filename in ("fabt_geom.geojson", "manuprox_geom.geojson"):
        with open(resource("demo", filename), encoding="utf-8") as f:
            features = json.load(f)["features"]
        for feature in features:
            props, geometry = feature["properties"], feature.get("geometry") or {}
            lon, lat = (geometry.get("coordinates") or [None, None])[:2]
            for name in props["lib_territoire"].split("; "):
                sites.append(Site(name=name.strip(), commune=props["lib_geo"], insee_code=props["id_geo"],
                                  latitude=lat, longitude=lon,
                                  location_precision="commune" if lat is not None else None))
    return sites


def names_of(matches, sites) -> set[tuple[str, str, str]]:
    by_id = {s.id: s for s in sites}
    return {(by_id[m.first].name, by_id[m.second].name, by_id[m.first].commune) for m in matches}


# ---------------------------------------------------------------- the cases of the issue


def test_friche_la_belle_de_mai_is_the_scic_of_the_same_name_in_marseille():
    catalog = [Site(name="SCIC FRICHE LA BELLE DE MAI", commune="Marseille", insee_code="13055",
                    latitude=43.292622, longitude=5.422412, location_precision="commune")]
    typed = Site(name="Friche la Belle de Mai", address="41 rue Jobin", postcode="13003", commune="Marseille")
    found = DuplicateIndex(catalog).matches(typed)
    assert [site_id for site_id, _ in found] == [catalog[0].id]
    evidence = found[0][1]
    assert evidence.name_score == 100 and evidence.same_commune
    assert evidence.strength is Strength.POSSIBLE   # nothing but the commune to compare: to check
    assert evidence.why == ("Même nom, même commune (Marseille), sans adresse ni position précise à comparer.")


def test_a_second_foresta_in_marseille_is_flagged_not_one_in_lyon():
    foresta = Site(name="Foresta", commune="Marseille", insee_code="13055", latitude=43.292622,
                   longitude=5.422412, location_precision="commune")
    index = DuplicateIndex([foresta, Site(name="URBAN PROD", commune="Marseille", insee_code="13055")])
    # Typed in the 15e arrondissement, by its INSEE code: the same commune.
    assert [i for i, _ in index.matches(Site(name="FORESTA", commune="Marseille 15e", insee_code="13215"))] \
        == [foresta.id]
    assert index.matches(Site(name="Foresta", commune="Lyon", insee_code="69123")) == []


def test_a_name_alone_never_makes_a_duplicate():
    # Rows without commune nor address (a list whose columns were not recognised): never merged.
    library = [Site(name="Bibliothèque"), Site(name="Bibliothèque")]
    assert duplicates_within(library) == []
    # With positions, the position is the evidence.
    near = [Site(name="Bibliothèque", latitude=45.0, longitude=4.0, location_precision="adresse"),
            Site(name="Bibliothèque", latitude=45.0009, longitude=4.0, location_precision="adresse")]
    (match,) = duplicates_within(near)
    assert match.evidence.strength is Strength.PROBABLE and 95 < match.evidence.distance_m < 105
    far = [near[0], Site(name="Bibliothèque", latitude=45.02, longitude=4.0, location_precision="adresse")]
    assert duplicates_within(far) == []


def test_the_same_identifier_in_the_same_source_is_certain_whatever_the_name():
    a, b = Site(name="Espace Bellevue"), Site(name="France services de Valserhône", commune="Valserhône")
    found = DuplicateIndex([a], {a.id: [("FS", "1")]}).matches(b, [("FS", "1")])
    assert found[0][0] == a.id and found[0][1].strength is Strength.CERTAIN and found[0][1].same_identifier
    assert found[0][1].why.startswith("Même identifiant « 1 » dans « FS », nom différent (")
    # The same number in another list is another record.
    assert DuplicateIndex([a], {a.id: [("FS", "1")]}).matches(b, [("Fabriques", "1")]) == []


def test_commune_centres_are_not_positions():
    # Every Fabrique of a commune sits on its centre: being at 0 m says nothing.
    a = Site(name="La Fabrique du Lac", commune="Annecy", latitude=45.9, longitude=6.12, location_precision="commune")
    b = Site(name="La Fabrique du Lac", commune="Annecy", latitude=45.9, longitude=6.12, location_precision="commune")
    evidence = compare(a, b)
    assert evidence.distance_m is None and evidence.strength is Strength.POSSIBLE


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("a, b", [
    ("Friche la Belle de Mai", "SCIC FRICHE LA BELLE DE MAI"),
    ("L'Éprouvette", "SCIC L'Eprouvette"),
    ("Les Amis du Zinc", "Association les amis du zinc (loi 1901)"),
    ("Tiers-lieu Saint-Jean", "Tiers lieu St Jean"),
    ("France services de Mortain Bocage", "France services Mortain-Bocage"),
])
def test_legal_forms_articles_accents_and_case_do_not_count(a, b):
    assert name_score(a, b) == 100


@pytest.mark.parametrize("a, b", [
    ("France services Marseille 3ème", "France services Marseille 13ème"),        # numbers differ
    ("Bus France services de Vouziers", "France services Vouziers"),              # a bus, not the site
    ("France services Ebreuil", "France services Ebreuil - Antenne itinérante"),  # an antenna
    ("Bus France services Pimms Médiation Grenoble - QPV", "Bus France services Pimms Médiation Grenoble - ZR"),
    ("Fablab de Lyon", "Coworking de Lyon"),
])
def test_names_that_say_two_places_are_not_alike(a, b):
    assert name_score(a, b) < 80


def test_real_names_with_a_legal_form_match_the_name_typed_without_it():
    # The Fabriques and Manufactures name their holders « Association X », « SCIC X »…: an agent
    # types « x », lower case, without accents.
    real = [s.name for s in anct_lists() if re.match(r"(?i)(association|scic|scop|sas) ", s.name)]
    assert len(real) >= 40
    for name in real:
        typed = fold(re.sub(r"(?i)^(association|scic|scop|sas) ", "", name))
        assert name_score(name, typed) == 100, name


def test_a_name_inside_the_other_scores_ninety():
    assert name_score("Le Bistrot", "Café associatif Le Bistrot") == 90


def test_name_core_keeps_a_name_made_only_of_small_words():
    assert name_core("SCIC SA TRI Rhône-Alpes") == ["tri", "rhone", "alpes"]
    assert name_core("La SCIC") == ["la", "scic"]


# ---------------------------------------------------------------- addresses and communes


def test_street_of_writes_abbreviations_out_and_skips_the_complement():
    assert street_of("Bâtiment B, 12 bis av. Jean-Jaurès") == ("avenue jean jaures", ("12",), "12 bis av. Jean-Jaurès")
    assert street_of("place Gaston Monnerville, Bourg")[:2] == ("place gaston monnerville", ())
    assert street_of("11 - 13 Rue Caisserie")[1] == ("11", "13")


def test_commune_keys_fold_arrondissements_and_cedex():
    assert commune_keys("13203", "Marseille 3e", "13003") == ("13055", "marseille", "13003")
    assert commune_keys("", "PARIS CEDEX 11", "")[1] == "paris"
    assert commune_keys("", "St-Étienne", "")[1] == "saint etienne"


def test_the_same_address_written_two_ways_is_the_same_address():
    a = Site(name="Pimms Médiation Rennes", address="Le Quadri - 47 avenue des Pays-Bas", commune="Rennes")
    b = Site(name="PIMMS MEDIATION RENNES", address="47 av. des Pays Bas, Le Quadri", commune="Rennes")
    evidence = compare(a, b)
    assert evidence.same_address and evidence.strength is Strength.PROBABLE
    # In another commune, the same street is another address.
    assert compare(a, b.replace(commune="Brest")) is None


def test_two_addresses_outweigh_a_shared_geocoded_point():
    # Real case (Agde): both rows geocoded on one point, at two different addresses.
    a = Site(name="France services Hérault Méditerranée - Agde", address="2 rue de la citrine", commune="Agde",
             latitude=43.31, longitude=3.47, location_precision="adresse")
    b = a.replace(id="b", name="France services Hérault Méditerranée - Agde QPV",
                  address="36 rue Jean-Jacques Rousseau, ZI Le Causse")
    assert compare(a, b) is None
    assert compare(a, b.replace(address="")).strength is Strength.PROBABLE   # nothing against the point


# ---------------------------------------------------------------- real lists


def test_france_services_list_has_its_real_duplicates_and_no_false_ones():
    sites, refs = france_services()
    matches = duplicates_within(sites, refs)
    assert names_of(matches, sites) == {
        # The duplicate the README names: one place, two rows (ids 2287 and 3240).
        ("France services de Case-Pilote", "France services de Case-Pilote", "Case-Pilote"),
        # The same address written with and without the commune, ids 671 and 1865.
        ("France services de Mortain Bocage", "France services Mortain-Bocage", "Mortain-Bocage"),
        # One bus, listed twice.
        ("Bus France services Pimms Médiation Portes de Provence",
         "Bus France services Pimms Médiation Portes de Provence - Drôme Nord", "Donzère"),
    }
    case_pilote = next(m for m in matches if sites[m.first_index].commune == "Case-Pilote")
    assert case_pilote.evidence.same_address and case_pilote.evidence.distance_m < 50
    assert case_pilote.evidence.strength is Strength.PROBABLE   # two ids: not the same identifier


def test_france_services_list_compares_nearby_records_only():
    sites, refs = france_services()
    index = DuplicateIndex(sites, refs)
    for site in sites:
        index.matches(site, refs[site.id])
    assert index.compared < 3 * len(sites)     # all pairs would be 4 million


def test_fabriques_and_manufactures_found_twice_across_the_anct_lists():
    sites = anct_lists()
    assert names_of(duplicates_within(sites), sites) == {
        ("Luz'In", "LUZ'IN", "La Tour-du-Pin"),                               # a Fabrique and a Manufacture
        ("Le Battement d'ailes & Co.", "Battement d'ailes & Co.", "Cornil"),   # twice among the Manufactures
    }


# ---------------------------------------------------------------- API


def test_matches_skip_the_record_itself_and_come_best_first():
    a = Site(name="Le Hangar", address="3 quai de la Loire", commune="Nantes", insee_code="44109",
             latitude=47.21, longitude=-1.55, location_precision="adresse")
    b = a.replace(id="b", name="Hangar", latitude=47.2101)
    c = a.replace(id="c", name="Le Hangar", address="", latitude=None, longitude=None)
    index = DuplicateIndex([a, b, c])
    assert [i for i, _ in index.matches(a)] == ["b", "c"]     # probable, then possible
    assert [i for i, _ in index.matches(a, minimum=Strength.PROBABLE)] == ["b"]


def test_records_of_another_shape_need_only_an_id_and_a_name():
    from collections import namedtuple

    Known = namedtuple("Known", "id name insee_code commune address latitude longitude")
    catalog = [Known("k1", "Le Hangar", "44109", "Nantes", "3 quai de la Loire", 47.21, -1.55)]
    found = DuplicateIndex(catalog).matches(Known("new", "LE HANGAR", "", "Nantes", "3 quai de la Loire", None, None))
    assert [i for i, _ in found] == ["k1"] and found[0][1].same_address


def test_evidence_text_is_translated_part_by_part():
    a = Site(name="Le Hangar", address="3 quai de la Loire", commune="Nantes")
    evidence = compare(a, a.replace(id="x"))
    assert evidence.text() == "Même nom, même adresse (3 quai de la Loire)."
    english = {"même nom": "same name", "même adresse ({street})": "same address ({street})"}
    assert evidence.text(english.get) == "Same name, same address (3 quai de la Loire)."


def test_duplicates_within_can_be_cancelled():
    cancel = CancelFlag()
    cancel.set()
    with pytest.raises(Cancelled):
        duplicates_within(france_services()[0], cancel=cancel)


# ---------------------------------------------------------------- the catalog


def test_catalog_duplicates_find_case_pilote_among_the_whole_list(store):
    sites, refs = france_services()
    store.sites.add_many(sites)
    matches = catalog_duplicates(store)
    by_id = {s.id: s for s in sites}
    assert ("France services de Case-Pilote", "Case-Pilote") in {
        (by_id[m.first].name, by_id[m.first].commune) for m in matches}
    assert len(matches) == 3


def test_catalog_matches_read_only_the_sites_around(store):
    foresta = store.sites.save(Site(name="Foresta", commune="Marseille", insee_code="13055", latitude=43.292622,
                                    longitude=5.422412, location_precision="commune"))[0]
    belle = store.sites.save(Site(name="SCIC FRICHE LA BELLE DE MAI", commune="Marseille", insee_code="13055"))[0]
    hangar = store.sites.save(Site(name="Le Hangar", address="3 quai de la Loire", commune="Nantes",
                                   latitude=47.21, longitude=-1.55, location_precision="adresse"))[0]
    # Typed by hand: commune only, or the arrondissement's INSEE code, or a position and no commune.
    assert [i for i, _ in catalog_matches(store, Site(name="foresta", commune="Marseille"))] == [foresta.id]
    assert [i for i, _ in catalog_matches(store, Site(name="Friche la Belle de Mai", insee_code="13203",
                                                      address="41 rue Jobin"))] == [belle.id]
    assert [i for i, _ in catalog_matches(store, Site(name="Hangar", latitude=47.2102, longitude=-1.5501,
                                                      location_precision="photo"))] == [hangar.id]
    assert catalog_matches(store, Site(name="Foresta", commune="Saint-Denis")) == []
    # A site being edited is not its own duplicate.
    assert catalog_matches(store, foresta) == []
