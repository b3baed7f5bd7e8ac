"""Import of real and hostile lists: encodings, separators, coordinates, one transaction."""

from __future__ import annotations

import json

import pytest

from tl_desktop.base.errors import Cancelled, ImportFileError
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.base.resources import resource
from tl_desktop.domain import SiteFilter
from tl_desktop.io.demo import load_demo
from tl_desktop.io.importing import import_file, read_file


def write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


def test_french_excel_csv_cp1252_semicolon_decimal_comma(tmp_path, store):
    path = write(tmp_path, "lieux.csv",
                 "Nom;Adresse;Code postal;Commune;Latitude;Longitude;Type\r\n"
                 "Café associatif L'Écume;3 rue de la Paix;13001;Marseille;43,2965;5,3698;café associatif\r\n"
                 "Fablab Œil;;;Lyon;45,75;4,85;FabLab\r\n", encoding="cp1252")
    report = import_file(store, path)
    assert report.imported == 2 and not report.rejected
    cafe = store.sites.get(store.sites.query_ids(SiteFilter(text="ecume"))[0])
    assert cafe.name == "Café associatif L'Écume"
    assert (cafe.latitude, cafe.longitude) == (43.2965, 5.3698)
    assert cafe.kinds == ["cafe_associatif"]
    assert (cafe.insee_code, cafe.departement, cafe.region) == ("13055", "13", "Provence-Alpes-Côte d'Azur")
    assert cafe.location_precision == "adresse"
    fablab = store.sites.get(store.sites.query_ids(SiteFilter(text="oeil"))[0])
    assert fablab.kinds == ["fablab"] and fablab.departement == "69"


def test_utf8_with_bom_and_comma_separator_and_short_headers(tmp_path, store):
    path = write(tmp_path, "l.csv", "\ufeffname,lat,lng,code_insee\n\"Tiers-lieu, le Quai\",48.85,2.35,75056\n")
    report = import_file(store, path)
    assert report.imported == 1
    site = store.sites.get(store.sites.query_ids()[0])
    assert site.name == "Tiers-lieu, le Quai" and site.commune == "Paris"


def test_each_bad_row_is_rejected_with_its_line_and_reason(tmp_path, store):
    path = write(tmp_path, "l.csv",
                 "nom;latitude;longitude\n"
                 "Bon;43.3;5.4\n"          # line 2
                 ";43.3;5.4\n"             # 3: no name
                 "Texte;abc;5.4\n"         # 4: not a number
                 "Lambert;6280000;890000\n"  # 5: projected coordinates
                 "Zéro;0;0\n"              # 6
                 "Moitié;43.2;\n"          # 7
                 "Trop;1;2;3\n"            # 8: one column too many
                 "Inversé;5.37;43.29\n")   # 9: swapped: corrected with a warning
    report = import_file(store, path)
    rejected = {issue.line: issue.message for issue in report.rejected}
    assert set(rejected) == {3, 4, 5, 6, 7, 8}
    assert "nom vide" in rejected[3]
    assert "illisibles" in rejected[4]
    assert "Lambert" in rejected[5]
    assert "colonnes" in rejected[8]
    assert report.imported == 2
    swapped = store.sites.get(store.sites.query_ids(SiteFilter(text="inverse"))[0])
    assert (swapped.latitude, swapped.longitude) == (43.29, 5.37)
    assert any(w.line == 9 and "inversées" in w.message for w in report.warnings)


def test_rows_without_coordinates_are_placed_at_the_commune_centre_and_flagged(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom,code_postal,commune\nLa Ruche,26150,Die\nPerdu,,\n")
    report = import_file(store, path)
    assert report.imported == 2
    die = store.sites.get(store.sites.query_ids(SiteFilter(text="ruche"))[0])
    assert die.location_precision == "commune" and die.latitude is not None
    assert len(report.warnings) == 2
    assert [p.name for p in store.sites.map_points()] == ["La Ruche"]


def test_markup_in_text_is_stored_as_typed(tmp_path, store):
    path = write(tmp_path, "l.csv", 'nom;description\n"<script>alert(1)</script> & Cie";"a < b & c"\n')
    import_file(store, path)
    site = store.sites.get(store.sites.query_ids()[0])
    assert site.name == "<script>alert(1)</script> & Cie"
    assert site.description == "a < b & c"


@pytest.mark.parametrize("content, expected", [
    (b"", "vide"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "pas un fichier texte"),
    ("adresse;ville\n1 rue;Die\n", "aucune colonne de nom"),
    ('nom\n"pas fermé\n', "guillemet ouvert n'est jamais fermé"),
    ("{\"type\": \"FeatureCollection\", \"features\": ", "GeoJSON valide"),
])
def test_unreadable_files_give_a_french_message_and_change_nothing(tmp_path, store, content, expected):
    store.sites.add_many([])
    import_file(store, write(tmp_path, "ok.csv", "nom\nDéjà là\n"))
    path = write(tmp_path, "bad.geojson" if str(content).startswith("{") else "bad.csv", content)
    with pytest.raises(ImportFileError) as info:
        import_file(store, path)
    assert expected in str(info.value)
    assert store.sites.count() == 1


def test_reimporting_the_same_file_adds_nothing(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;commune\nA;Die\nB;Die\n")
    assert import_file(store, path).imported == 2
    again = import_file(store, path)
    assert (again.imported, again.duplicates) == (0, 2)
    assert store.sites.count() == 2


def test_cancelled_import_writes_nothing(tmp_path, store):
    rows = "\n".join(f"Lieu {i};43.3;5.4" for i in range(3000))
    path = write(tmp_path, "l.csv", "nom;lat;lon\n" + rows)
    cancel = CancelFlag()
    calls = []

    def progress(done, total, label):
        calls.append(done)
        if len(calls) == 2:
            cancel.set()

    with pytest.raises(Cancelled):
        import_file(store, path, progress=progress, cancel=cancel)
    assert store.sites.count() == 0


def test_anct_geojson_splits_projects_sharing_a_commune_point():
    result = read_file(resource("demo", "manuprox_geom.geojson"))
    marseille = [s for s in result.sites if s.insee_code == "13055"]
    assert {s.name for s in marseille} == {"Le Monticole Culinaire", "Les Ateliers Vian", "Les Ateliers de L'Epopee"}
    assert all(s.location_precision == "commune" for s in marseille)
    assert all("manufacture_proximite" in s.programmes and "manufacture_proximite" in s.kinds for s in marseille)


def test_geojson_feature_without_geometry_is_kept_off_the_map_with_a_warning():
    result = read_file(resource("demo", "fabt_geom.geojson"))
    anis = next(s for s in result.sites if s.name == "ANIS")
    assert anis.latitude is None
    assert any(w.name == "ANIS" for w in result.warnings)


def test_geojson_non_point_features_are_rejected(tmp_path):
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"nom": "Zone"},
         "geometry": {"type": "Polygon", "coordinates": [[[5, 43], [5.1, 43], [5, 43.1], [5, 43]]]}},
        {"type": "Feature", "properties": {"nom": "Point"}, "geometry": {"type": "Point", "coordinates": [5.4, 43.3]}},
    ]}
    result = read_file(write(tmp_path, "z.geojson", json.dumps(data)))
    assert [s.name for s in result.sites] == ["Point"]
    assert "Polygon" in result.rejected[0].message


def test_demo_catalog_is_the_real_open_data(store):
    reports, changes = load_demo(store)
    france_services, fabriques, manufactures = reports
    assert france_services.rows_read == 2845
    assert france_services.imported == 2844 and france_services.duplicates == 1  # listed twice at source
    assert fabriques.rows_read == 385          # 342 features carrying 382 Fabriques (+3 joined twice)
    assert manufactures.imported >= 100
    assert store.sites.count() == len(changes.sites)
    assert store.sites.query_ids(SiteFilter(kind="france_services", hosts_public_service=True))
    assert store.sites.query_ids(SiteFilter(text="belle de mai"))
    assert store.check() == []


def test_same_name_elsewhere_in_the_commune_is_a_different_place(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;adresse;commune\n"
                                     "France Services;1 place de la Mairie;Die\n"          # 2
                                     "France Services;12 rue de la Gare;Die\n"             # 3: another place
                                     "France Services;1 Place de la  Mairie;Die\n")        # 4: line 2 again
    report = import_file(store, path)
    assert report.imported == 2 and report.duplicates == 1
    skipped = [w for w in report.warnings if "double" in w.message]
    assert [(w.line, w.message) for w in skipped] == [(4, "en double dans le fichier (ligne 2) : non importé")]
    again = import_file(store, path)
    assert again.imported == 0
    assert sorted(w.line for w in again.warnings if "déjà au catalogue" in w.message) == [2, 3, 4]
