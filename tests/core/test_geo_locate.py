"""geo.locate() on real places: France Services rows, arrondissements, merged communes, overseas."""

import csv
import subprocess
import sys
import threading

import pytest

from tl_desktop import geo
from tl_desktop.base.resources import resource
from tl_desktop.geo.names import arrondissement_of, name_key, normalize_insee, normalize_postcode


def kinds(placement):
    return [n.kind for n in placement.notes]


@pytest.fixture(scope="module")
def fs_rows():
    # The national France Services list (ANCT, Licence Ouverte), shipped as demo data.
    with open(resource("demo", "liste-fs-20240801.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------- Paris, Lyon, Marseille

@pytest.mark.parametrize("postcode, name, insee, commune", [
    ("13003", "Marseille", "13203", "Marseille 3e Arrondissement"),
    ("13003", "MARSEILLE CEDEX 03", "13203", "Marseille 3e Arrondissement"),
    ("13016", "Marseille", "13216", "Marseille 16e Arrondissement"),
    ("75013", "Paris", "75113", "Paris 13e Arrondissement"),
    ("75116", "PARIS", "75116", "Paris 16e Arrondissement"),
    ("69001", "Lyon", "69381", "Lyon 1er Arrondissement"),
    ("69009", "Lyon 9e", "69389", "Lyon 9e Arrondissement"),
])
def test_postcode_gives_the_arrondissement_and_its_centre(postcode, name, insee, commune):
    p = geo.locate(postcode=postcode, commune=name)
    assert (p.insee_code, p.commune) == (insee, commune)
    assert p.city_insee in ("13055", "75056", "69123") and p.departement == insee[:2]
    city = geo.locate(insee=p.city_insee)
    # its own centre, not the city's single point
    assert geo.distance_km(p.latitude, p.longitude, city.latitude, city.longitude) > 0.5
    assert p.location_precision == "commune" and p.has("centre_position")


def test_marseille_third_arrondissement_is_placed_in_the_third():
    p = geo.locate(postcode="13003", commune="Marseille")
    # La Friche la Belle de Mai, 41 rue Jobin, is in the 3e: its centre is within 2 km.
    assert geo.distance_km(p.latitude, p.longitude, 43.3103, 5.3905) < 2.0


def test_city_insee_code_with_a_postcode_becomes_the_arrondissement():
    p = geo.locate(insee="13055", postcode="13003")
    assert p.insee_code == "13203" and p.has("arrondissement_from_postcode")


def test_city_insee_code_alone_stays_the_city():
    p = geo.locate(insee="13055")
    assert (p.insee_code, p.commune, p.departement) == ("13055", "Marseille", "13")


def test_named_arrondissement_without_postcode():
    assert geo.locate(commune="Marseille 3e").insee_code == "13203"
    assert geo.locate(commune="Paris 13e arrondissement").insee_code == "75113"


def test_a_point_in_marseille_gets_an_arrondissement_said_approximate():
    # Mairie des 2e et 3e arrondissements, 2 place de la Major (in the 2e)
    p = geo.locate(latitude=43.2990, longitude=5.3660)
    assert p.city_insee == "13055" and p.insee_code.startswith("132")
    assert p.has("arrondissement_nearest") and p.location_precision == "adresse"


# ---------------------------------------------------------------- INSEE codes, merged communes

def test_former_insee_code_is_replaced_by_the_current_commune():
    # 14067 Boissey merged into Saint-Pierre-en-Auge (14654) in 2017
    p = geo.locate(insee="14067")
    assert p.insee_code == "14654" and p.commune == "Saint-Pierre-en-Auge"
    assert p.has("insee_replaced") and "14067" in p.messages[0] and "14654" in p.messages[0]


def test_old_name_of_a_delegated_commune_with_its_postcode():
    p = geo.locate(postcode="14170", commune="Saint-Pierre-sur-Dives")
    assert p.insee_code == "14654"
    assert any("commune déléguée" in m for m in p.messages)


def test_name_of_a_commune_renamed_since(fs_rows):
    # The France Services list still says « Verdun-sur-le-Doubs »; the commune is Verdun-Ciel since 2026.
    row = next(r for r in fs_rows if r["lib_com"] == "Verdun-sur-le-Doubs")
    p = geo.locate(postcode=row["code_postal"], commune=row["lib_com"])
    assert p.insee_code == row["insee_com"] == "71566" and p.commune == "Verdun-Ciel"


def test_excel_stripped_codes_are_read():
    p = geo.locate(insee="1053", postcode="1000")
    assert p.insee_code == "01053" and p.postcode == "01000" and p.has("insee_fixed")
    assert geo.locate(insee="2a004").insee_code == "2A004"


def test_unknown_insee_code_falls_back_on_postcode_and_name():
    p = geo.locate(insee="99999", postcode="33000", commune="Bordeaux")
    assert p.insee_code == "33063" and p.has("unknown_insee")


def test_postcode_of_another_commune_is_reported():
    p = geo.locate(insee="33063", postcode="13003")
    assert p.insee_code == "33063" and p.has("postcode_mismatch")


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("postcode, name, insee", [
    ("93484", "St-Ouen-sur-Seine Cedex", "93070"),        # a Cedex postcode and « St »
    ("93400", "SAINT OUEN SUR SEINE", "93070"),
    ("84800", "L'Isle-sur-la-Sorgue", "84054"),
    ("84800", "Isle sur la Sorgue", "84054"),              # without its article
    ("72000", "Mans (Le)", "72181"),                       # the older INSEE spelling
    ("72000", "LE MANS CEDEX 9", "72181"),
    ("01000", "bourg en bresse", "01053"),
    ("62200", "Boulogne s/ Mer", "62160"),
    ("97139", "Abymes", "97101"),                          # Guadeloupe
    ("97600", "Mamoudzou", "97611"),                       # Mayotte
    ("97400", "Saint-Denis", "97411"),                     # La Réunion
    ("98714", "Papeete", "98735"),                         # Polynésie française
    ("98800", "Nouméa", "98818"),                          # Nouvelle-Calédonie
    ("97500", "Saint-Pierre", "97502"),                    # Saint-Pierre-et-Miquelon
])
def test_postcode_and_name_as_lists_write_them(postcode, name, insee):
    assert geo.locate(postcode=postcode, commune=name).insee_code == insee


def test_overseas_departements_and_collectivites_have_a_region():
    assert geo.locate(postcode="97122", commune="Baie-Mahault").region == "Guadeloupe"
    p = geo.locate(postcode="98714", commune="Papeete")
    assert (p.departement, p.region) == ("987", "Polynésie française") and p.placed


def test_ambiguous_name_without_postcode_is_not_guessed():
    p = geo.locate(commune="Saint-Denis")
    assert not p.found and p.has("ambiguous_name")


def test_unique_name_without_postcode_is_found():
    assert geo.locate(commune="Ajaccio").insee_code == "2A004"


def test_nothing_known_says_so():
    p = geo.locate(postcode="99999", commune="Nulle-Part-sur-Rien")
    assert not p.found and not p.placed and p.has("commune_not_found")


def test_name_keys_tolerate_what_lists_do():
    same = ["Saint-Étienne-du-Rouvray", "ST ETIENNE DU ROUVRAY", "St Étienne du Rouvray Cedex 2", "saint etienne-du-rouvray"]
    assert len({name_key(n) for n in same}) == 1
    assert arrondissement_of("MARSEILLE 03") == ("13055", 3)
    assert arrondissement_of("Lyon 1er") == ("69123", 1)
    assert arrondissement_of("Marseillette") is None
    assert normalize_postcode(" 13 003 ") == "13003" and normalize_postcode(1000.0) == "01000"
    assert normalize_postcode("130") == "" and normalize_insee("ABCDE") == ""


# ---------------------------------------------------------------- coordinates

def test_commune_without_coordinates_is_placed_at_its_centre_and_said_approximate():
    p = geo.locate(postcode="33000", commune="Bordeaux")
    assert p.placed and p.location_precision == "commune"
    assert "approximative" in p.messages[-1]


def test_given_coordinates_are_kept_as_an_address():
    p = geo.locate(postcode="33000", commune="Bordeaux", latitude="44,8412", longitude="-0,5800")
    assert (p.latitude, p.longitude, p.location_precision) == (44.8412, -0.58, "adresse")
    assert p.notes == ()


def test_swapped_coordinates_are_corrected_and_reported(fs_rows):
    row = next(r for r in fs_rows if r["lib_com"] == "Bordeaux")
    p = geo.locate(latitude=row["longitude"], longitude=row["latitude"])
    assert p.has("swapped") and p.insee_code == "33063"
    assert p.latitude == pytest.approx(float(row["latitude"]))


def test_coordinates_outside_france_are_reported_and_kept():
    p = geo.locate(latitude=40.7128, longitude=-74.0060)       # New York
    assert p.has("outside_france") and not p.found and p.latitude == 40.7128


def test_coordinates_alone_give_the_commune_whose_outline_contains_them():
    p = geo.locate(latitude=44.8378, longitude=-0.5792)        # Bordeaux, place de la Comédie
    assert p.insee_code == "33063" and p.has("commune_from_point") and p.region == "Nouvelle-Aquitaine"
    assert geo.locate(latitude=-20.8789, longitude=55.4481).insee_code == "97411"   # Saint-Denis, La Réunion


def test_point_in_the_sea_far_from_any_commune():
    p = geo.locate(latitude=46.0, longitude=-2.9)
    assert not p.found and p.has("commune_not_found")


def test_point_without_outline_takes_the_nearest_centre_and_says_so():
    p = geo.locate(latitude=17.8962, longitude=-62.8498)       # Saint-Barthélemy: no outline shipped
    assert p.insee_code == "97701" and p.has("nearest_centre")


def test_point_far_from_the_commune_given_is_reported():
    # 30 km from Marseille's centre, in Aix-en-Provence (same département): kept, said.
    p = geo.locate(insee="13055", latitude=43.5297, longitude=5.4474)
    assert p.insee_code == "13055" and p.has("far_from_commune") and "Aix-en-Provence" in p.messages[-1]
    assert (p.latitude, p.longitude, p.location_precision) == (43.5297, 5.4474, "adresse")


def test_point_in_another_region_is_said_and_the_commune_centre_used():
    # A geocoder's wrong answer: Marseille's code with a point in Paris. The list names the
    # commune; the point is said and left, the place put at the centre, marked approximate.
    p = geo.locate(insee="13055", latitude=48.8566, longitude=2.3522)
    assert p.insee_code == "13055" and p.has("far_from_commune") and p.has("centre_position")
    assert any("Paris" in m for m in p.messages)
    marseille = geo.locate(insee="13055")
    assert (p.latitude, p.longitude, p.location_precision) == (marseille.latitude, marseille.longitude, "commune")


@pytest.mark.parametrize("lat, lon, kind", [
    ("abc", "5.3", "unreadable_coordinates"), ("6543210", "712345", "out_of_range"),
    ("0", "0", "null_island"), ("43.3", "", "missing_coordinate")])
def test_unusable_coordinates_are_dropped_and_the_centre_used(lat, lon, kind):
    p = geo.locate(postcode="13003", commune="Marseille", latitude=lat, longitude=lon)
    assert p.has(kind) and p.insee_code == "13203" and p.location_precision == "commune"


# ---------------------------------------------------------------- the whole France Services list

def test_every_france_services_row_is_found_from_postcode_and_name_alone(fs_rows):
    misses = []
    for r in fs_rows:
        p = geo.locate(postcode=r["code_postal"], commune=r["lib_com"])
        # the list's code, or the current code of a commune merged since (49069 → Orée d'Anjou 49126)
        expected = geo.locate(insee=r["insee_com"]).insee_code
        if expected not in (p.insee_code, p.city_insee):
            misses.append((r["code_postal"], r["lib_com"], r["insee_com"], p.insee_code, p.messages))
    assert misses == []


def test_france_services_points_fall_in_their_commune(fs_rows):
    outside_plm = [r for r in fs_rows if r["insee_com"][:3] not in ("751", "132", "693")]
    agree = sum(geo.locate(latitude=r["latitude"], longitude=r["longitude"]).insee_code
                == geo.locate(insee=r["insee_com"]).insee_code for r in outside_plm)
    assert agree / len(outside_plm) > 0.995


def test_locate_from_several_threads(fs_rows):
    results, errors = {}, []

    def work(k):
        try:
            results[k] = [geo.locate(latitude=r["latitude"], longitude=r["longitude"]).insee_code
                          for r in fs_rows[k::4][:200]]
        except Exception as exc:   # noqa: BLE001 (reported by the assertion)
            errors.append(exc)
    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and all(len(v) == 200 for v in results.values())


def test_reference_data_is_not_loaded_by_importing_the_app():
    code = ("import tl_desktop.geo, tl_desktop.store, tl_desktop.io, tl_desktop.views.site_form;"
            "from tl_desktop.geo import reference, outlines;"
            "print(reference._load.cache_info().currsize, getattr(outlines._local, 'db', None))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ})
    assert out.stdout.split() == ["0", "None"]


def test_a_close_spelling_within_the_postcode_is_read_and_said():
    p = geo.locate(postcode="73250", commune="Saint Pierre d'Albigni")
    assert p.insee_code == "73270" and "orthographe proche" in p.messages[0]
    assert not geo.locate(postcode="13100", commune="Marseile").found       # not near any 13100 commune


def test_a_postcode_of_several_communes_without_a_name_is_not_guessed():
    p = geo.locate(postcode="13100")
    assert not p.found and p.has("ambiguous_postcode") and "13100" in p.messages[0]


def test_a_commune_named_by_part_of_its_name_is_the_one_the_point_is_in():
    # La Creuse's list: « Chatain » (a commune of Vienne, 154 km away) for a place in Arfeuille-Châtain.
    p = geo.locate(postcode="23700", commune="Châtain", latitude=46.056271, longitude=2.432648)   # as the list has it
    assert (p.insee_code, p.commune) == ("23005", "Arfeuille-Châtain") and p.location_precision == "adresse"
