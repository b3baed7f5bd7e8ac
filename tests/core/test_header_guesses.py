"""Columns guessed from headers and values on lists shaped like real ones: what must not be misread.

Each case is a way a common French open-data header was read wrong by a guessing rule (found
by a review of the rules added for real regional lists): a name taken for a longitude, a row
number glued to the address, another registry's id merging two places, a website dropped.
"""

from __future__ import annotations

import pytest

from tl_desktop import geo
from tl_desktop.io.importing import import_file, prepare, read_file
from tl_desktop.io.mapping import guess_targets

RENNES = ["Espace {i};{i} rue de la Gare;35000;Rennes".format(i=i) for i in range(1, 15)]


def write(tmp_path, header: str, rows: list[str], name: str = "liste.csv"):
    path = tmp_path / name
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def columns(path) -> dict[str, str]:
    return prepare(path).mapping.columns


def test_a_long_label_is_the_name_not_a_longitude(tmp_path):
    path = write(tmp_path, "code;libelle_long;adresse;code_postal;commune",
                 [f"{i};Espace public numérique {i};{i} rue X;35000;Rennes" for i in range(1, 15)])
    assert columns(path)["libelle_long"] == "name"
    assert len(read_file(path).plan.rows) == 14


@pytest.mark.parametrize("header, value", [("descriptif_long", "Un lieu ouvert à tous"), ("long", "12")])
def test_a_column_named_long_without_a_latitude_is_no_coordinate(tmp_path, header, value):
    path = write(tmp_path, f"nom;adresse;code_postal;commune;{header}", [r + f";{value}" for r in RENNES])
    assert columns(path)[header] != "longitude"
    report = read_file(path)
    assert len(report.plan.rows) == 14 and not report.plan.rejected


def test_a_column_numbering_the_rows_is_not_the_street_number(tmp_path):
    path = write(tmp_path, "N°;Nom;Adresse;CP;Ville", [f"{i};Espace {i};{10 + i} rue X;35000;Rennes" for i in range(1, 15)])
    sites = [r.site for r in read_file(path).plan.rows]
    assert sites[0].address == "11 rue X"


def test_a_street_number_column_is_joined_to_the_street(tmp_path):
    numbers = ["20", "3 bis", "20", "7", "1", "12", "5", "9", "2", "14", "8", "4", "6", "11"]
    path = write(tmp_path, "N°;Nom;Adresse;CP;Ville", [f"{n};Espace {i};rue X;35000;Rennes" for i, n in enumerate(numbers)])
    assert [r.site.address for r in read_file(path).plan.rows][:2] == ["20 rue X", "3 bis rue X"]


def test_another_registrys_identifier_never_merges_two_places(tmp_path, store):
    # Two places at one address share the address base's id: they are two places.
    path = write(tmp_path, "nom;adresse;code_postal;commune;id_ban", [
        "Médiathèque A;1 rue X;35000;Rennes;35238_1234_00001",
        "Fablab B;1 rue X;35000;Rennes;35238_1234_00001",
        "Café C;2 rue X;35000;Rennes;35238_1234_00002"])
    assert columns(path)["id_ban"] != "source_id"
    assert import_file(store, path).imported == 3


def test_a_website_column_where_most_places_have_none_stays_the_website(tmp_path):
    values = ["https://espace0.fr", "Non", "NC", "-", "www.espace4.fr", "Non", "-", "NC", "https://espace8.fr", "Non"]
    path = write(tmp_path, "nom;adresse;code_postal;commune;site_web",
                 [f"Espace {i};{i} rue X;35000;Rennes;{v}" for i, v in enumerate(values)])
    assert columns(path)["site_web"] == "website"
    sites = [r.site for r in read_file(path).plan.rows]
    assert [s.website for s in sites[:3]] == ["https://espace0.fr", "", ""]


def test_one_word_headers_are_read_by_the_words_they_hold(tmp_path):
    path = write(tmp_path, "Nomdelacommune;Nomdelastructure;Adressenumeronomdelavoie;Codepostal;Adresseweb;Urllogo",
                 [f"Rennes;Espace numérique {i};{i} rue de la Gare;35000;www.x{i}.fr;https://x.fr/logo{i}.png"
                  for i in range(14)])
    found = columns(path)
    assert (found["Nomdelacommune"], found["Nomdelastructure"]) == ("commune", "name")
    assert (found["Adresseweb"], found["Urllogo"]) == ("website", "extra")
    assert read_file(path).plan.rows[0].site.name == "Espace numérique 0"


def test_a_commune_code_given_is_never_traded_for_a_commune_under_the_point():
    # Saint-Denis of La Réunion by its code, the point in Saint-Denis (Seine-Saint-Denis).
    p = geo.locate(insee="97411", latitude=48.936, longitude=2.357)
    assert p.insee_code == "97411" and p.has("far_from_commune") and p.location_precision == "commune"


def test_a_commune_is_taken_from_the_point_only_when_the_postcode_agrees():
    # « Saint-Malo » 35400, the point in Saint-Malo-de-Guersac (Loire-Atlantique): a geocoder's error.
    p = geo.locate(postcode="35400", commune="Saint-Malo", latitude=47.29, longitude=-2.13)
    assert p.insee_code == "35288" and p.has("far_from_commune")


def test_a_lost_letter_is_one_letter_first():
    assert guess_targets("Caf\ufffd associatif") == ("kind:cafe_associatif",)
    assert geo.locate(commune="B\ufffdziers").insee_code == "34032"
    assert geo.locate(commune="M\ufffdrignac").has("ambiguous_name")


def test_postcode_and_town_in_one_column(tmp_path):
    path = write(tmp_path, "Nom;Adresse;CP Ville",
                 [f"Espace {i};{i} rue de Rivoli;7500{i % 9 + 1} Paris" for i in range(14)])
    assert columns(path)["CP Ville"] == "commune"
    site = read_file(path).plan.rows[0].site
    assert (site.postcode, site.insee_code) == ("75001", "75101")       # the arrondissement, from the postcode


def test_the_first_name_column_holding_kinds_is_the_kind(tmp_path):
    kinds = ["Centre social", "Médiathèque", "Espace France Services", "Fablab"]
    path = write(tmp_path, "Nom de la structure;Nom du lieu;Adresse;Code postal;Commune",
                 [f"Mairie de X{i};{kinds[i % 4]};{i} rue X;35000;Rennes" for i in range(14)])
    found = columns(path)
    assert (found["Nom du lieu"], found["Nom de la structure"]) == ("kinds", "name")
    sites = [r.site for r in read_file(path).plan.rows]
    assert sites[0].name == "Mairie de X0" and sites[0].kinds == ["centre_social"]


def test_names_that_repeat_a_kind_stay_names_when_no_other_column_names_the_places(tmp_path):
    # Région Sud's list: « nom » is « Bibliothèque » for half its rows; « structure_porteuse » mostly empty.
    rows = [f"Bibliothèque;;{i} rue X;35000;Rennes" if i % 7 else f"Espace {i};Ville de Rennes;{i} rue X;35000;Rennes"
            for i in range(14)]
    path = write(tmp_path, "nom;nom_structure;adresse;code_postal;commune", rows)
    assert columns(path)["nom"] == "name"
    assert all(r.site.name for r in read_file(path).plan.rows)


@pytest.mark.parametrize("value, kind", [("Maison de Service au Public (MSAP)", "kind:france_services"),
                                         ("Point d'accès (EPN)", "kind:mediation_numerique")])
def test_a_known_abbreviation_in_brackets_says_the_kind(value, kind):
    assert kind in guess_targets(value)
    assert guess_targets("Mairie (salle du conseil)") == ()
