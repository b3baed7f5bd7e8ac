"""Import of lists: encodings, separators, coordinates, mapping, dry run, one all-or-nothing write."""

from __future__ import annotations

import json

import pytest

from tl_desktop.base.errors import Cancelled, ImportFileError
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.base.resources import resource
from tl_desktop.domain import SiteFilter
from tl_desktop.io.demo import load_demo
from tl_desktop.io.importing import import_file, plan_file, prepare, read_file
from tl_desktop.io.mapping import Mapping, MappingMemory
from tl_desktop.io.plan import CREATE, DUPLICATE, MERGE, UPDATE
from tl_desktop.io.readers import ReadOptions, read_table


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
    assert (cafe.departement, cafe.region) == ("13", "Provence-Alpes-Côte d'Azur")
    assert cafe.location_precision == "adresse"
    fablab = store.sites.get(store.sites.query_ids(SiteFilter(text="oeil"))[0])
    assert fablab.kinds == ["fablab"] and fablab.departement == "69"


def test_iso_8859_15_is_told_from_windows_1252_by_its_oe(tmp_path):
    # « œ » is 0xBD in ISO-8859-15 and « ½ » in Windows-1252: read wrong, « Cœur » becomes « C½ur ».
    path = write(tmp_path, "l.csv", "nom;commune\nFrance services Cœur de Garonne;Rieumes\n", encoding="iso-8859-15")
    table = read_table(path)
    assert table.encoding == "iso-8859-15"
    assert table.rows[0][0] == "France services Cœur de Garonne"


def test_the_encoding_and_separator_can_be_forced(tmp_path):
    path = write(tmp_path, "l.csv", "nom|commune\nCœur|Die\n", encoding="iso-8859-15")
    table = read_table(path, ReadOptions(encoding="cp1252", delimiter="|"))
    assert table.rows[0] == ["C½ur", "Die"]        # what the user asked for, even if wrong


def test_utf16_csv_as_excel_saves_texte_unicode_is_read(tmp_path, store):
    text = "Nom\tCommune\tLatitude\tLongitude\r\nCafé des Possibles\tDie\t44,75\t5,37\r\n"
    path = write(tmp_path, "l.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    report = import_file(store, path)
    assert report.imported == 1
    assert store.sites.get(report.changes.sites.__iter__().__next__()).name == "Café des Possibles"
    no_bom = write(tmp_path, "m.txt", text.encode("utf-16-le"))
    assert read_table(no_bom).rows[0][0] == "Café des Possibles"


def test_a_header_with_a_quoted_separator_inside_is_read(tmp_path):
    path = write(tmp_path, "l.csv", '"Nom, raison sociale";"Adresse; complément";Commune\n'
                                    'La Ruche;"2 rue, bât. B";Die\nLe Quai;1 quai;Crest\n')
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.headers == ["Nom, raison sociale", "Adresse; complément", "Commune"]
    assert table.rows[0] == ["La Ruche", "2 rue, bât. B", "Die"]


def test_each_bad_row_is_rejected_with_its_line_and_reason(tmp_path, store):
    path = write(tmp_path, "l.csv",
                 "nom;latitude;longitude\n"
                 "Bon;43.3;5.4\n"          # line 2
                 ";43.3;5.4\n"             # 3: no name
                 "Texte;abc;5.4\n"         # 4: not a number
                 "Lambert;6280000;890000\n"  # 5: metres in degree columns
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


def test_warnings_short_row_bad_postcode_and_broken_encoding_upstream(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;code_postal;commune;telephone\n"
                                    "La Ruche;26150;Die\n"                  # 2: one column short
                                    "Le Quai;261500;Die;04\n"               # 3: postcode not 5 digits
                                    "Caf\ufffd des Possibles;26150;Die;04\n")  # 4: broken upstream
    report = import_file(store, path)
    assert report.imported == 3
    by_line: dict[int, str] = {}
    for w in report.warnings:
        by_line[w.line] = by_line.get(w.line, "") + w.message + " | "
    assert "une colonne de moins" in by_line[2]
    assert "5 chiffres" in by_line[3] and "261500" in by_line[3]
    assert "\ufffd" in by_line[4]


def test_rows_without_coordinates_are_placed_at_the_commune_centre_and_flagged(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom,code_postal,commune\nLa Ruche,26150,Die\nPerdu,,\n")
    report = import_file(store, path)
    assert report.imported == 2
    die = store.sites.get(store.sites.query_ids(SiteFilter(text="ruche"))[0])
    assert die.location_precision == "commune" and die.latitude is not None
    assert any("approximative" in w.message for w in report.warnings)
    assert [p.name for p in store.sites.map_points()] == ["La Ruche"]


def test_markup_in_text_is_stored_as_typed(tmp_path, store):
    path = write(tmp_path, "l.csv", 'nom;description\n"<script>alert(1)</script> & Cie";"a < b & c"\n')
    import_file(store, path)
    site = store.sites.get(store.sites.query_ids()[0])
    assert site.name == "<script>alert(1)</script> & Cie"
    assert site.description == "a < b & c"


@pytest.mark.parametrize("name, content, expected", [
    ("bad.csv", b"", "vide"),
    ("bad.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "pas un fichier texte"),
    ("bad.csv", "adresse;ville\n1 rue;Die\n", "aucune colonne de nom"),
    ("bad.csv", 'nom\n"pas fermé\n', "guillemet ouvert n'est jamais fermé"),
    ("bad.csv", "nom;adresse;commune\n", "ne contient aucun lieu"),
    ("bad.csv", "nom;adresse;commune\n\n;;\n", "ne contient aucun lieu"),
    ("bad.geojson", "{\"type\": \"FeatureCollection\", \"features\": ", "JSON ou GeoJSON valide"),
    ("bad.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}", "ne contient aucun lieu"),
    ("deep.geojson", "[" * 100_000 + "]" * 100_000, "imbriqué trop profondément"),
    ("bad.json", "{\"a\": 1}", "ni entités GeoJSON ni liste"),
    ("bad.xlsx", b"PK\x03\x04garbage", "ni un classeur"),
])
def test_unreadable_files_give_a_french_message_and_change_nothing(tmp_path, store, name, content, expected):
    import_file(store, write(tmp_path, "ok.csv", "nom\nDéjà là\n"))
    path = write(tmp_path, name, content)
    with pytest.raises(ImportFileError) as info:
        import_file(store, path)
    assert expected in str(info.value)
    assert store.sites.count() == 1


def test_hostile_geojson_rows_are_rejected_one_by_one(tmp_path, store):
    huge = "1" + "0" * 400
    text = ('{"type": "FeatureCollection", "features": ['
            '{"type": "Feature", "properties": [1, 2], "geometry": {"type": "Point", "coordinates": [5.4, 43.3]}},'
            '{"type": "Feature", "properties": {"nom": "Énorme"}, "geometry": {"type": "Point", "coordinates": [' + huge
            + ', 43.3]}},'
            '{"type": "Feature", "properties": {"nom": "Nan"}, "geometry": {"type": "Point", "coordinates": [NaN, 43]}},'
            '"pas un objet",'
            '{"type": "Feature", "properties": {"nom": "Bon"}, "geometry": {"type": "Point", "coordinates": [5.4, 43.3]}}'
            ']}')
    report = import_file(store, write(tmp_path, "h.geojson", text))
    assert [s.name for s in report.sites] == ["Bon"]
    reasons = {r.line: r.message for r in report.rejected}
    assert set(reasons) == {1, 2, 3, 4}
    assert "propriétés illisibles" in reasons[1]
    assert "illisibles" in reasons[2] or "hors limites" in reasons[2]
    assert store.sites.count() == 1


def test_a_400_digit_coordinate_in_a_csv_is_rejected_with_its_line(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;latitude;longitude\nA;43.3;" + "9" * 400 + "\nB;43.3;5.4\n")
    report = import_file(store, path)
    assert report.imported == 1 and [r.line for r in report.rejected] == [2]


def test_polygons_are_placed_at_a_point_inside_them_and_said_so(tmp_path):
    # A C-shaped commune: its centroid falls outside, in the notch.
    c_shape = [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]]
    shift = [[[5 + x * 0.01, 43 + y * 0.01] for x, y in ring] for ring in c_shape]
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"nom": "Zone"}, "geometry": {"type": "Polygon", "coordinates": shift}},
        {"type": "Feature", "properties": {"nom": "Archipel"},
         "geometry": {"type": "MultiPolygon", "coordinates": [shift, [[[6, 44], [6.001, 44], [6, 44.001], [6, 44]]]]}},
        {"type": "Feature", "properties": {"nom": "Point"}, "geometry": {"type": "Point", "coordinates": [5.4, 43.3]}},
    ]}
    result = read_file(write(tmp_path, "z.geojson", json.dumps(data)))
    assert [s.name for s in result.sites] == ["Zone", "Archipel", "Point"]
    zone = result.sites[0]
    assert 43 < zone.latitude < 43.03 and 5 < zone.longitude < 5.01    # in the C's back, not its notch
    assert result.sites[1].latitude < 43.1                              # the larger polygon
    assert any("surfaces" in n.message for n in result.plan.notes)
    assert sum("intérieur du contour" in w.message for w in result.warnings) == 2


def test_of_two_columns_folding_to_one_name_the_one_with_values_wins(tmp_path, store):
    path = write(tmp_path, "l.csv", "Nom,Latitude,Longitude,latitude,longitude\n"
                                    "La Ruche,,,44.75,5.37\nLe Quai,,,44.72,5.02\n")
    report = import_file(store, path)
    assert report.imported == 2
    assert all(p.latitude for p in store.sites.map_points())


def test_one_lat_lon_column_and_lambert_93_are_converted(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;geo_point_2d\nLa Ruche;44.7529, 5.3702\n")
    import_file(store, path)
    lambert = write(tmp_path, "m.csv", "nom;X;Y\nMairie de Marseille;893000;6245000\n")
    report = import_file(store, lambert)
    assert any("EPSG:2154" in n.message for n in report.plan.notes)
    sites = {s.name: s for s in (store.sites.get(i) for i in store.sites.query_ids())}
    assert sites["La Ruche"].latitude == pytest.approx(44.7529)
    assert sites["Mairie de Marseille"].latitude == pytest.approx(43.29, abs=0.02)
    assert sites["Mairie de Marseille"].longitude == pytest.approx(5.37, abs=0.02)
    assert (sites["Mairie de Marseille"].departement, sites["Mairie de Marseille"].commune) == ("13", "Marseille")


def test_same_name_elsewhere_in_the_commune_is_a_different_place(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;adresse;commune\n"
                                     "France Services;1 place de la Mairie;Die\n"          # 2
                                     "France Services;12 rue de la Gare;Die\n"             # 3: another place
                                     "France Services;1 Place de la  Mairie;Die\n")        # 4: line 2 again
    report = import_file(store, path)
    assert report.imported == 2
    duplicates = report.plan.of(DUPLICATE)
    assert [(d.line, d.target) for d in duplicates] == [(4, "2")]
    assert "ligne 2" in duplicates[0].evidence.format(**duplicates[0].evidence_args)
    assert "même adresse" in duplicates[0].evidence_args["why"].lower()
    again = import_file(store, path)
    assert again.imported == 0
    assert sorted(r.line for r in again.plan.of(MERGE)) == [2, 3, 4]
    assert store.sites.count() == 2


def test_a_name_alone_never_makes_a_duplicate(tmp_path, store):
    # 1,245 « Bibliothèque » whose commune and address columns were not recognised lost 530 of
    # them, « déjà présents dans le catalogue » in an empty catalog.
    no_place = "".join("Bibliothèque;;\n" for i in range(30))
    report = import_file(store, write(tmp_path, "a.csv", "nom;commune;adresse\n" + no_place))
    assert report.imported == 30 and report.duplicates == 0
    # Same name, points a kilometre apart: sixty places. The same points again: the same places.
    rows = "".join(f"Bibliothèque;{43 + i / 100};{5 + i / 100}\n" for i in range(60))
    report = import_file(store, write(tmp_path, "b.csv", "nom;lat;lon\n" + rows))
    assert report.imported == 60 and report.duplicates == 0
    again = import_file(store, write(tmp_path, "c.csv", "nom;lat;lon\n" + rows))
    assert (again.imported, len(again.plan.of(MERGE))) == (0, 60)
    assert "à 0 m" in again.plan.of(MERGE)[0].evidence_args["why"]
    assert store.sites.count() == 90


def test_duplicates_in_the_file_and_in_the_catalog_are_reported_apart(tmp_path, store):
    import_file(store, write(tmp_path, "a.csv", "nom;adresse;commune\nLa Ruche;2 rue du Pont;Die\n"))
    report = import_file(store, write(tmp_path, "b.csv", "nom;adresse;commune;site_web\n"
                                                         "La Ruche;2 rue du Pont;Die;https://laruche.org\n"
                                                         "Le Quai;1 quai;Crest;\n"
                                                         "Le Quai;1 quai;Crest;\n"))
    assert [r.line for r in report.plan.of(MERGE)] == [2]
    assert [r.line for r in report.plan.of(DUPLICATE)] == [4]
    ruche = store.sites.get(report.plan.of(MERGE)[0].target)
    assert ruche.website == "https://laruche.org"                 # the catalog's place completed
    assert {s for s, _ in store.sites.sources(ruche.id)} == {"a.csv", "b.csv"}
    assert store.sites.count() == 2


def test_reimporting_an_updated_list_updates_by_its_identifiers(tmp_path, store):
    first = write(tmp_path, "fs.csv", "id_fs;lib_fs;commune;telephone\n1;France services de Die;Die;04 75\n")
    import_file(store, first, source_label="France Services")
    second = write(tmp_path, "fs2.csv", "id_fs;lib_fs;commune;telephone\n1;France services du Diois;Die;04 76\n")
    report = import_file(store, second, source_label="France Services")
    assert [r.action for r in report.plan.rows] == [UPDATE]
    assert store.sites.count() == 1
    site = store.sites.get(store.sites.query_ids()[0])
    assert (site.name, site.phone) == ("France services du Diois", "04 76")
    assert store.sites.sources(site.id) == [("France Services", "1")]


def test_the_kind_is_never_guessed_from_a_word_of_the_name(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;commune\nFablab des Possibles;Die\nCafé France Services;Die\n")
    report = import_file(store, path)
    assert {tuple(s.kinds) for s in report.sites} == {("autre",)}


def test_flag_columns_set_kinds_and_values_are_mapped(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;commune;typologie;c_coworking;c_fablab\n"
                                    "La Ruche;Die;Tiers lieux à dominante coworking;True;False\n"
                                    "Le Quai;Crest;MSAP;False;True\n"
                                    "L'Atelier;Crest;Médiathèque;;\n")
    prepared = prepare(path)
    assert prepared.mapping.columns["c_coworking"] == "flag"
    report = import_file(store, path)
    kinds = {s.name: set(s.kinds) for s in report.sites}
    assert kinds == {"La Ruche": {"coworking"}, "Le Quai": {"france_services", "fablab"},
                     "L'Atelier": {"bibliotheque"}}
    quai = next(s for s in report.sites if s.name == "Le Quai")
    assert [s.code for s in quai.public_services] == ["france_services"]


def test_a_mapping_is_remembered_per_set_of_headers_and_saved_as_json(tmp_path, store):
    path = write(tmp_path, "l.csv", "Structure;Ville;Genre\nLa Ruche;Die;TL\n")
    memory = MappingMemory(tmp_path / "mappings")
    prepared = prepare(path, memory=memory)
    assert prepared.origin == "guessed"
    mapping = prepared.mapping
    mapping.columns["Genre"] = "kinds"
    mapping.set_targets("Genre", "TL", ["kind:coworking"])       # the agent corrects the value table
    memory.remember(prepared.table.headers, mapping)
    again = prepare(write(tmp_path, "m.csv", "Structure;Ville;Genre\nLe Quai;Crest;TL\n"), memory=memory)
    assert again.origin == "remembered" and again.mapping.columns["Genre"] == "kinds"
    mapping.save(tmp_path / "m.json")
    report = import_file(store, write(tmp_path, "n.csv", "Structure;Ville;Genre\nL'Atelier;Crest;TL\n"),
                         mapping=Mapping.load(tmp_path / "m.json"))
    assert report.sites[0].kinds == ["coworking"]
    (tmp_path / "bad.json").write_text("[1, 2]")
    with pytest.raises(ImportFileError, match="correspondance"):
        Mapping.load(tmp_path / "bad.json")


def test_a_dry_run_writes_nothing(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;commune\nLa Ruche;Die\n;Die\n")
    report = import_file(store, path, dry_run=True)
    assert (report.imported, len(report.rejected), report.written) == (1, 1, False)
    assert store.sites.count() == 0


def test_cancelled_import_writes_nothing(tmp_path, store):
    rows = "\n".join(f"Lieu {i};43.3;5.4" for i in range(3000))
    path = write(tmp_path, "l.csv", "nom;lat;lon\n" + rows)
    cancel = CancelFlag()
    calls = []

    def progress(done, total, label):
        calls.append(done)
        if done >= 75:          # while writing: after the first staged chunk
            cancel.set()

    with pytest.raises(Cancelled):
        import_file(store, path, progress=progress, cancel=cancel)
    assert store.sites.count() == 0
    assert store.imports.pending() == []


def test_anct_geojson_splits_projects_sharing_a_commune_point():
    result = read_file(resource("demo", "manuprox_geom.geojson"))
    marseille = [s for s in result.sites if s.commune == "Marseille"]
    assert {s.name for s in marseille} == {"Le Monticole Culinaire", "Les Ateliers Vian", "Les Ateliers de L'Epopee"}
    assert all(s.location_precision == "commune" for s in marseille)
    assert all("manufacture_proximite" in s.programmes and "manufacture_proximite" in s.kinds for s in marseille)
    assert len({s.id for s in result.sites}) == len(result.sites)


def test_geojson_feature_without_geometry_is_placed_at_its_communes_centre_with_a_warning():
    result = read_file(resource("demo", "fabt_geom.geojson"))
    anis = next(s for s in result.sites if s.name == "ANIS")         # Saint-Martin, 97801
    assert (anis.departement, anis.location_precision) == ("978", "commune")   # its commune's centre
    assert any(w.name == "ANIS" and "centre" in w.message for w in result.warnings)


def test_demo_catalog_is_the_real_open_data(store):
    reports, changes = load_demo(store)
    france_services, fabriques, manufactures = reports
    assert france_services.rows_read == 2845
    # Listed twice at source: Case-Pilote and Mortain-Bocage (same name, address and point), and a
    # bus of the Pimms at its agency's address (the matcher's « probable »).
    assert france_services.imported == 2842 and france_services.duplicates == 3
    assert "France services de Case-Pilote" in {r.site.name for r in france_services.plan.of(DUPLICATE)}
    assert fabriques.rows_read == 342          # features; 382 Fabriques are joined in them by « ; »
    assert fabriques.imported == 382
    assert manufactures.imported >= 100
    assert store.sites.count() == len(changes.sites)
    assert store.sites.query_ids(SiteFilter(kind="france_services", hosts_public_service=True))
    assert store.sites.query_ids(SiteFilter(text="belle de mai"))
    assert store.check() == []


def test_plan_file_reads_the_catalog_but_writes_nothing(tmp_path, store):
    import_file(store, write(tmp_path, "a.csv", "nom;adresse;commune\nLa Ruche;2 rue du Pont;Die\n"))
    _, plan = plan_file(store, write(tmp_path, "b.csv", "nom;adresse;commune\nLa Ruche;2 rue du Pont;Die\n"
                                                        "Le Quai;1 quai;Crest\n"))
    assert [r.action for r in plan.rows] == [MERGE, CREATE]
    assert store.sites.count() == 1


def test_control_characters_never_reach_the_catalog(tmp_path, store):
    path = write(tmp_path, "l.csv", "nom;commune\nLa Ruche\x9b2J;Die\nLe \x1b[31mQuai\x07;Crest\n")
    report = import_file(store, path)
    assert sorted(s.name for s in report.sites) == ["La Ruche2J", "Le [31mQuai"]
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"nom": "L'Atelier\x1b\u0085"}, "geometry": None}]}
    assert [s.name for s in read_file(write(tmp_path, "a.geojson", json.dumps(data))).sites] == ["L'Atelier"]


def test_a_name_without_a_letter_says_the_separator_is_likely_wrong(tmp_path, store):
    report = import_file(store, write(tmp_path, "l.csv", "nom\n;;;\nLa Ruche\n"))
    assert [s.name for s in report.sites] == ["La Ruche"]
    assert "mauvais séparateur" in report.rejected[0].message


def test_infinite_and_overflowing_numbers_are_unreadable_coordinates(tmp_path, store):
    report = import_file(store, write(tmp_path, "l.csv", "nom;latitude;longitude\nA;1e400;5\nB;-inf;5\nC;43.3;5.4\n"))
    assert [s.name for s in report.sites] == ["C"]
    assert all("illisibles" in r.message for r in report.rejected) and len(report.rejected) == 2
