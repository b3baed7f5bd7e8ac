"""Import of real published lists (tests/data/lists, see SOURCES.md there): what an agent relies on.

Each test imports one list as a new user would (no mapping given, unless the list needs the
agent's word on its codes), then checks the catalog: every place in, communes, INSEE codes and
départements filled, kinds mapped, positions kept, nothing lost without a line saying why.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tl_desktop.domain import KINDS
from tl_desktop.io.importing import import_file, prepare
from tl_desktop.io.mapping import Mapping
from tl_desktop.io.plan import DUPLICATE

LISTS = Path(__file__).resolve().parents[1] / "data" / "lists"


def sites_of(store):
    return [store.sites.get(i) for i in store.sites.query_ids()]


def accounted_for(report) -> bool:
    """Every row read is a place written, a duplicate said, or a rejection with its line."""
    return len(report.plan.rows) + len(report.rejected) >= report.rows_read


def test_france_services_2024_csv(store):
    report = import_file(store, LISTS / "france-services-2024.csv")
    assert report.rows_read == 53 and not report.rejected
    assert [(d.line, d.site.name) for d in report.plan.of(DUPLICATE)] == [(57, "France services de Case-Pilote")]
    sites = sites_of(store)
    assert len(sites) == 52
    assert all(s.kinds == ["france_services"] and "france_services" in s.programmes for s in sites)
    assert all(s.insee_code and s.departement and s.region and s.latitude for s in sites)
    by_name = {s.name: s for s in sites}
    marseille = by_name["France services Marseille 2ème - Panier"]
    assert (marseille.insee_code, marseille.departement) == ("13202", "13")    # the arrondissement is kept
    assert "Horaires : h_lundi" in by_name["France services de Valserhône"].description
    assert store.sites.sources(by_name["France services de Valserhône"].id) == [("france-services-2024.csv", "1")]


def test_france_services_2024_without_its_header_row(store):
    prepared = prepare(LISTS / "france-services-2024-sans-entete.csv")
    assert not prepared.table.has_header
    columns = prepared.mapping.columns
    assert columns["Colonne 3"] == "name" and columns["Colonne 6"] == "insee_code"
    assert columns["Colonne 9"] == "latitude" and columns["Colonne 10"] == "longitude"
    report = import_file(store, LISTS / "france-services-2024-sans-entete.csv")
    assert report.imported == 52 and not report.rejected
    assert all(s.insee_code and s.latitude for s in sites_of(store))


def test_france_services_2021_geojson_with_upper_case_headers(store):
    report = import_file(store, LISTS / "france-services-2021.geojson")
    assert report.imported == 32 and not report.rejected
    sites = sites_of(store)
    assert all(s.kinds == ["france_services"] for s in sites)
    assert all(s.address and s.postcode and s.insee_code and s.departement for s in sites)
    features = json.loads((LISTS / "france-services-2021.geojson").read_text(encoding="utf-8"))["features"]
    with_phone = sum(1 for f in features if f["properties"].get("TELEPHONE"))
    assert sum(1 for s in sites if s.phone) == with_phone > 20         # « TELEPHONE »


def test_anct_superposeur_france_services_by_commune(store):
    report = import_file(store, LISTS / "france-services-communes-anct.geojson")
    assert report.rows_read == 30 and accounted_for(report)
    sites = sites_of(store)
    assert len(sites) == report.imported > 30           # several places joined in one commune's point
    assert all(s.kinds == ["france_services"] and s.insee_code and s.location_precision == "commune"
               for s in sites)
    assert any(s.departement == "972" for s in sites)   # Martinique


def test_fabriques_de_territoire_geojson(store):
    report = import_file(store, LISTS / "fabriques-territoire.geojson")
    sites = sites_of(store)
    assert len(sites) == 34 and accounted_for(report)
    assert all("fabrique_territoire" in s.programmes for s in sites)
    assert all(s.departement and s.location_precision == "commune" for s in sites)   # points of communes
    anis = next(s for s in sites if s.name == "ANIS")      # no geometry: Saint-Martin's centre, said so
    assert anis.departement == "978" and any(w.name == "ANIS" and "centre" in w.message for w in report.warnings)
    refs = {ref for s in sites for _, ref in store.sites.sources(s.id)}
    assert len(refs) == 34 and "fabt-59" in refs       # each project keeps its ANCT identifier


def test_fabriques_exported_by_an_open_data_portal_geo_point_2d(store):
    prepared = prepare(LISTS / "fabriques-territoire-opendatasoft.csv")
    assert prepared.mapping.columns["Geo Point"] == "latlon"
    report = import_file(store, LISTS / "fabriques-territoire-opendatasoft.csv")
    assert report.imported == 34
    assert all(s.latitude is not None and s.location_precision == "commune" for s in sites_of(store))


def test_manufactures_de_proximite(store):
    report = import_file(store, LISTS / "manufactures-proximite.geojson")
    sites = sites_of(store)
    assert len(sites) == report.imported == 17
    assert all(s.kinds == ["manufacture_proximite"] and s.insee_code for s in sites)


def test_mednum_bfc_regional_mediation_list(store):
    report = import_file(store, LISTS / "mednum-bfc.csv")
    assert report.imported == 54 and not report.rejected
    # Listed twice: « Espace numérique de Côte-d'Or - Centre social d'Arnay-le-Duc » and « MFS
    # Arnay-le-Duc - Espace Numérique Côte d'Or », same address and point.
    assert [(d.line, d.target) for d in report.plan.of(DUPLICATE)] == [(56, "4")]
    sites = sites_of(store)
    assert all(s.insee_code and s.departement in {"21", "25", "39", "58", "70", "71", "89", "90"} for s in sites)
    kinds = Counter(k for s in sites for k in s.kinds)
    assert kinds["france_services"] == 5 and kinds["tiers_lieu"] >= 10    # « MSAP », « F-TL » (one MSAP listed twice)
    assert all("Horaires" in s.description for s in sites if s.name == "Onlineformapro Dijon")


def test_mednum_bfc_with_the_agents_saved_mapping(store):
    mapping = Mapping.load(LISTS / "mednum-bfc.mapping.json")
    report = import_file(store, LISTS / "mednum-bfc.csv", mapping=mapping)
    sites = sites_of(store)
    kinds = Counter(k for s in sites for k in s.kinds)
    assert kinds["autre"] < 20                     # was 34 of 55 without the agent's value table
    assert kinds["mediation_numerique"] and kinds["fablab"] and kinds["coworking"]
    assert {src for s in sites for src, _ in store.sites.sources(s.id)} == {mapping.source}
    assert report.imported == 54


@pytest.mark.parametrize("name", ["mednum-bfc.xlsx", "mednum-bfc.ods"])
def test_mednum_bfc_as_a_workbook(store, name):
    prepared = prepare(LISTS / name)
    assert prepared.table.sheet == "Lieux"
    report = import_file(store, LISTS / name)
    assert report.imported == 54 and not report.rejected
    sites = sites_of(store)
    assert all(len(s.postcode) == 5 and s.insee_code for s in sites)
    dijon = next(s for s in sites if s.name == "Onlineformapro Dijon")
    assert (dijon.latitude, dijon.longitude) == (47.364205, 5.049559)


def test_mayotte_map_website_json_export(store):
    prepared = prepare(LISTS / "tiers-lieux-mayotte.json")
    assert prepared.mapping.columns["Espace numérique"] == "name"        # not « Nom animateur »
    assert prepared.mapping.columns["Nom animateur"] == "extra"
    report = import_file(store, LISTS / "tiers-lieux-mayotte.json")
    assert report.imported == 14
    sites = sites_of(store)
    assert all(s.latitude and -13.1 < s.latitude < -12.5 for s in sites)   # Mayotte, not swapped
    assert "Cité des métiers" in {s.name for s in sites}


def test_mayotte_saved_by_excel_as_unicode_text_utf16(store):
    prepared = prepare(LISTS / "tiers-lieux-mayotte-texte-unicode.txt")
    assert (prepared.table.encoding, prepared.table.delimiter) == ("utf-16", "\t")
    report = import_file(store, LISTS / "tiers-lieux-mayotte-texte-unicode.txt")
    assert report.imported == 14
    assert all(s.latitude and -13.1 < s.latitude < -12.5 for s in sites_of(store))


def test_conseillers_numeriques_json_array(store):
    prepared = prepare(LISTS / "conseillers-numeriques.json")
    columns = prepared.mapping.columns
    assert columns["commune_insee"] == "commune"            # holds « Oyonnax », not a code
    assert columns["france_services"] == "flag"
    assert columns["result_label"] == "extra"               # a geocoder's column, not a label
    report = import_file(store, LISTS / "conseillers-numeriques.json")
    assert report.imported == 32
    assert [(r.line, r.message) for r in report.rejected] == [(7, "nom vide")]     # « raison_sociale »: 0
    sites = sites_of(store)
    assert all(s.insee_code and s.departement for s in sites)
    assert all(len(s.postcode) == 5 for s in sites)        # 1100 → 01100
    assert all("conseiller_numerique" in s.programmes for s in sites)
    assert sum("france_services" in s.kinds for s in sites) == 6


def test_conseillers_numeriques_saved_by_french_excel_cp1252(store):
    prepared = prepare(LISTS / "conseillers-numeriques-excel.csv")
    assert (prepared.table.encoding, prepared.table.delimiter) == ("cp1252", ";")
    report = import_file(store, LISTS / "conseillers-numeriques-excel.csv")
    assert report.imported == 32 and [r.line for r in report.rejected] == [14]   # addresses span two lines
    sites = sites_of(store)
    assert all(s.latitude for s in sites)                  # decimal commas
    assert "Saint-Étienne-du-Bois" in {s.commune for s in sites}
    assert not any("\ufffd" in s.name + s.commune + s.address for s in sites)


def test_france_services_in_lambert_93_and_iso_8859_15(store):
    report = import_file(store, LISTS / "france-services-lambert93-iso-8859-15.csv")
    assert report.plan.crs == "EPSG:2154"
    assert report.imported == 38 and not report.rejected
    sites = {s.name: s for s in sites_of(store)}
    valserhone = sites["France services de Valserhône"]
    assert valserhone.latitude == pytest.approx(46.106071, abs=1e-5)     # the published WGS84 point
    assert valserhone.longitude == pytest.approx(5.826008, abs=1e-5)
    assert "France services Rieumes - CC Cœur de Garonne" in sites


def test_the_national_mediation_schema_example(store):
    report = import_file(store, LISTS / "mediation-numerique-exemple-schema.csv")
    site = sites_of(store)[0]
    assert site.kinds == ["tiers_lieu"] and "conseiller_numerique" in site.programmes
    assert site.insee_code == "51454" and site.website.startswith("https://")
    assert any("km du centre de Reims" in w.message for w in report.warnings)   # the example's point is in Provence


def test_no_real_list_leaves_most_places_as_autre(store):
    """The issue: « 80 % of places become Autre ». Lists that say what their places are must map it."""
    for name in ("france-services-2024.csv", "france-services-2021.geojson", "mednum-bfc.csv",
                 "manufactures-proximite.geojson", "france-services-communes-anct.geojson"):
        report = import_file(store, LISTS / name, dry_run=True)
        kinds = Counter(k for s in report.sites for k in s.kinds)
        assert kinds["autre"] <= 0.65 * len(report.sites), name
        assert set(kinds) <= set(KINDS.codes())


# ---------------------------------------------------------------- lists found after the first round
# Ten more published lists, tried as a new user would: each one below imported badly before
# (nothing, no coordinates, wrong communes, lost columns, « Autre » everywhere).


def test_a_database_export_whose_columns_all_start_with_c(store):
    # Hub Lo (Centre-Val de Loire): « c_nom », « c_city », « c_lat_coor1 », « c_long_coor1 », and
    # flag columns « c_coworking » = True per activity. Before: every row rejected (no longitude).
    prepared = prepare(LISTS / "hub-lo-centre-val-de-loire.json")
    columns = prepared.mapping.columns
    assert (columns["c_nom"], columns["c_city"], columns["c_postcode"]) == ("name", "commune", "postcode")
    assert (columns["c_lat_coor1"], columns["c_long_coor1"]) == ("latitude", "longitude")
    assert columns["c_coworking"] == "flag" and columns["c_b_sans_categorie"] != "kinds"   # 0 / 1 is no kind
    report = import_file(store, LISTS / "hub-lo-centre-val-de-loire.json")
    assert report.imported == 30 and not report.rejected
    sites = sites_of(store)
    assert all(s.insee_code and s.location_precision == "adresse" for s in sites)
    assert {s.departement for s in sites} <= {"18", "28", "36", "37", "41", "45"}      # Centre-Val de Loire
    kinds = Counter(k for s in sites for k in s.kinds)
    assert kinds["coworking"] >= 5 and kinds["fablab"] >= 4 and kinds["autre"] <= 10


def test_x_and_y_columns_holding_degrees_the_other_way_round(store):
    # Gironde: « Coord. X » holds the latitude (44.8), « Coord. Y » the longitude (-0.58), and
    # the communes have homonyms (three Mérignac). Before: every place at a commune centre.
    assert prepare(LISTS / "gironde-inclusion-numerique.json").mapping.columns["Coord. X"] == "latitude"
    report = import_file(store, LISTS / "gironde-inclusion-numerique.json")
    assert report.imported == 30 and not report.rejected and not report.plan.warnings
    sites = sites_of(store)
    assert all(s.departement == "33" and s.location_precision == "adresse" for s in sites)
    assert {s.insee_code for s in sites if s.commune == "Mérignac"} == {"33281"}


def test_a_point_in_one_column_and_no_website_made_of_yes_or_no(store):
    # Mulhouse: « geom » = « 47.7698,7.32193 »; « acces_equipement_numerique_et_internet »
    # (« Oui, en libre accès ») is not the website.
    report = import_file(store, LISTS / "mulhouse-inclusion-numerique.json")
    assert report.imported == 25 and not report.rejected
    sites = sites_of(store)
    assert all(s.location_precision == "adresse" and s.insee_code == "68224" for s in sites)
    assert sum(1 for s in sites if s.website) >= 20
    assert not any(s.website.startswith(("Oui", "Non")) for s in sites)


def test_a_geocoders_commune_code_does_not_move_a_place_to_another_region(store):
    # La Réunion: « result_citycode » (the address service's answer) said Brest for the CCAS of
    # Saint-André (97440) and L'Isle-Jourdain for another; the list's commune and postcode win,
    # the stray point is said and the place put at its commune's centre.
    report = import_file(store, LISTS / "ultra-num-la-reunion.json")
    assert report.imported == 22 and not report.rejected
    sites = sites_of(store)
    assert {s.departement for s in sites} == {"974"}
    ccas = next(s for s in sites if s.name == "CCAS Saint André")
    assert (ccas.insee_code, ccas.location_precision) == ("97409", "commune") and ccas.latitude < -20
    assert any(w.name == "CCAS Saint André" and w.args.get("there") == "Brest" for w in report.plan.warnings)


def test_a_broken_latitude_is_read_from_the_lists_other_point_column(store):
    # Corse: « lat » = « 41.93414,8 » for A Prova, whose « pointgeo » is « 41.93414, 8.75550 ».
    report = import_file(store, LISTS / "corse-inclusion-numerique.json")
    assert report.imported == 21 and not report.rejected
    a_prova = next(s for s in sites_of(store) if s.name == "A Prova")
    assert (a_prova.latitude, a_prova.longitude, a_prova.insee_code) == (41.93414, 8.7555, "2A004")


def test_headers_written_without_separators(store):
    # Fibre 64: « Nomdelastructure », « Adressenumeronomdelavoie », « Adressemail », « SiteWeb ».
    report = import_file(store, LISTS / "fibre-64-pyrenees-atlantiques.json")
    assert accounted_for(report) and not report.rejected
    sites = sites_of(store)
    assert len(sites) == 19 and all(s.address and "@" in s.email and s.departement == "64" for s in sites)
    assert next(s for s in sites if s.commune == "Pau").address == "18 AVENUE LEON BLUM"
    assert sum(1 for s in sites if s.website) >= 10


def test_street_number_column_sub_categories_and_lambert_with_decimal_commas(store):
    # Maine-et-Loire: « N° » 20 + « ADRESSE » rue Armand Quenard; « CATEGORIE » holds codes 1-9,
    # « SS_CAT » the words; x / y in Lambert 93 written « 475198,12 ».
    columns = prepare(LISTS / "maine-et-loire-lieux-mediation.json").mapping.columns
    assert columns["CATEGORIE"] == "extra" and columns["SS_CAT"] == "kinds" and columns["ID_LieuMed"] == "source_id"
    report = import_file(store, LISTS / "maine-et-loire-lieux-mediation.json")
    assert report.imported == 29 and [r.line for r in report.rejected] == [30]      # a row with no name at all
    sites = sites_of(store)
    assert next(s for s in sites if s.commune == "Allonnes").address == "20 rue Armand Quenard"
    assert all(s.departement == "49" and s.location_precision == "adresse" for s in sites)
    kinds = Counter(k for s in sites for k in s.kinds)
    assert kinds["bibliotheque"] and kinds["france_services"] and kinds["centre_social"]


def test_a_second_name_column_holding_kinds_is_the_kind(store):
    # #MapLabBZH: « structure » = fablabMIT, fablab, makerspace… was read as a name.
    assert prepare(LISTS / "bretagne-fablabs.geojson").mapping.columns["structure"] == "kinds"
    report = import_file(store, LISTS / "bretagne-fablabs.geojson")
    assert report.imported == 25
    sites = sites_of(store)
    assert sum(1 for s in sites if "fablab" in s.kinds) >= 10
    assert not any(s.name in ("fablabMIT", "fablab", "usages", "cantine") for s in sites)
    assert not any("<br" in s.address.lower() for s in sites)


def test_fablabs_io_kind_name_and_address_1(store):
    report = import_file(store, LISTS / "fablabs-io.json")
    assert report.imported == 25
    sites = sites_of(store)
    assert sum(1 for s in sites if s.kinds == ["fablab"]) >= 24
    assert sum(1 for s in sites if s.address) >= 20


def test_accents_lost_upstream_and_a_region_column_beside_the_address(store):
    # Région Sud: the file itself holds « Biblioth\ufffdque / M\ufffddiath\ufffdque » and « SAINT-V\ufffdRAN »
    # (05350): without its lost letter the name is Saint-Vran, in Brittany. « adresse_region »
    # (« Région Sud ») is not an address line.
    report = import_file(store, LISTS / "region-sud-inclusion-numerique.csv")
    assert report.imported == 41 and not report.rejected
    sites = sites_of(store)
    assert not any("gion Sud" in s.address for s in sites)
    assert Counter(k for s in sites for k in s.kinds)["bibliotheque"] >= 20
    veran = next(s for s in sites if s.postcode == "05350")
    assert (veran.insee_code, veran.commune, veran.departement) == ("05157", "Saint-Véran", "05")
    assert {s.region for s in sites} == {"Provence-Alpes-Côte d'Azur"}
