"""Inputs to the import, continued: GeoJSON and JSON, workbooks, and the import's own options."""

from __future__ import annotations

import json
import zipfile

from bench.hostile_cases.imports import _coords_sane, _import_ok, _names, _refused, _sites
from bench.hostile_cases.lab import LOST, WRONG, case, short
from bench.hostile_cases.samples import france_services_csv, france_services_rows

F = "imports"


# ---- GeoJSON and JSON

def _feature(props, coords=(5.37, 44.75), kind="Point"):
    return {"type": "Feature", "properties": props, "geometry": {"type": kind, "coordinates": coords}}


def _collection(*features) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}, ensure_ascii=False)


@case(F, "geojson_deep_nesting", "GeoJSON nested 100,000 levels deep")
def _(lab):
    _refused(lab, lab.file("d.geojson", "[" * 100_000 + "]" * 100_000), "imbriqué")


@case(F, "geojson_400_digit_coordinate", "a GeoJSON coordinate of 400 digits")
def _(lab):
    text = _collection(_feature({"nom": "A", "commune": "Die"}), _feature({"nom": "B", "commune": "Crest"})).replace(
        "5.37", "5" * 400, 1)
    result = lab.cli("import", lab.file("c.geojson", text))
    lab.succeeded(result)
    _coords_sane(lab, _sites(lab))


@case(F, "geojson_properties_list", "\"properties\": [1, 2]")
def _(lab):
    text = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": [1, 2], "geometry": {"type": "Point", "coordinates": [5.37, 44.75]}},
        _feature({"nom": "Fablab", "commune": "Crest"})]})
    result = lab.cli("import", lab.file("p.geojson", text))
    if result.status == 0:
        lab.expect("Fablab" in _names(lab), WRONG, "the sound feature was not imported")
    else:
        lab.refused(result)


@case(F, "geojson_features_not_list", "\"features\": \"none\"")
def _(lab):
    _refused(lab, lab.file("f.geojson", '{"type": "FeatureCollection", "features": "none"}'))


@case(F, "geojson_geometry_null", "features without geometry (real ANCT list has one)")
def _(lab):
    text = _collection({"type": "Feature", "properties": {"nom": "ANIS", "commune": "Saint-Martin"}, "geometry": None},
                       _feature({"nom": "Fablab", "commune": "Crest"}))
    result = lab.cli("import", lab.file("g.geojson", text))
    lab.succeeded(result)
    lab.expect("Fablab" in _names(lab), WRONG, "the feature with a geometry was not imported")


@case(F, "geojson_truncated", "a GeoJSON file cut in the middle (download interrupted)")
def _(lab):
    text = _collection(_feature({"nom": "A", "commune": "Die"}), _feature({"nom": "B", "commune": "Crest"}))
    _refused(lab, lab.file("t.geojson", text[: len(text) // 2]), "JSON")


@case(F, "geojson_nan_literal", "NaN and Infinity literals in coordinates")
def _(lab):
    text = _collection(_feature({"nom": "A", "commune": "Die"}), _feature({"nom": "B", "commune": "Crest"}))
    text = text.replace("[5.37, 44.75]", "[NaN, Infinity]", 1)
    result = lab.cli("import", lab.file("n.geojson", text))
    lab.succeeded(result)
    _coords_sane(lab, _sites(lab))


@case(F, "geojson_string_coordinates", "coordinates written as strings")
def _(lab):
    text = _collection(_feature({"nom": "Fablab", "commune": "Crest"}, ["5.02", "44.72"]))
    sites = _import_ok(lab, lab.file("s.geojson", text), count=1)
    lab.expect(sites[0].latitude is None or abs(sites[0].latitude - 44.72) < 0.01, WRONG,
               f"placed at {sites[0].latitude}")


@case(F, "geojson_polygon", "a place given as a polygon")
def _(lab):
    ring = [[5.0, 44.7], [5.1, 44.7], [5.1, 44.8], [5.0, 44.8], [5.0, 44.7]]
    text = _collection(_feature({"nom": "Friche", "commune": "Crest"}, [ring], "Polygon"))
    sites = _import_ok(lab, lab.file("p.geojson", text), count=1)
    s = sites[0]
    lab.expect(s.latitude and 44.7 <= s.latitude <= 44.8 and 5.0 <= s.longitude <= 5.1, WRONG,
               f"placed at {s.latitude}, {s.longitude}")


@case(F, "geojson_real_fabriques", "the real ANCT Fabriques de territoire GeoJSON")
def _(lab):
    from tl_desktop.base.resources import resource

    result = lab.cli("import", resource("demo", "fabt_geom.geojson"))
    lab.succeeded(result, "importé")
    lab.expect(len(_names(lab)) > 300, WRONG, f"only {len(_names(lab))} places")


@case(F, "json_scalar", "a JSON file holding only 42")
def _(lab):
    _refused(lab, lab.file("n.json", "42"))


@case(F, "json_array_of_arrays", "a JSON array of arrays")
def _(lab):
    result = lab.cli("import", lab.file("a.json", json.dumps([["nom", "commune"], ["La Ruche", "Die"]])))
    if result.status == 0:
        lab.expect("La Ruche" in _names(lab), WRONG, "exit 0, place missing")
    else:
        lab.refused(result)


@case(F, "json_object_without_list", "a JSON object holding no list")
def _(lab):
    _refused(lab, lab.file("o.json", json.dumps({"nom": "La Ruche", "commune": "Die"})))


@case(F, "json_huge_exponent", "a latitude of 1e999 in JSON records")
def _(lab):
    text = '[{"nom": "A", "commune": "Die", "latitude": 1e999, "longitude": 5.3},' \
           ' {"nom": "B", "commune": "Crest", "latitude": 44.72, "longitude": 5.02}]'
    result = lab.cli("import", lab.file("e.json", text))
    lab.succeeded(result)
    _coords_sane(lab, _sites(lab))


@case(F, "json_geojson_as_txt", "a GeoJSON file with a .txt extension")
def _(lab):
    _import_ok(lab, lab.file("liste.txt", _collection(_feature({"nom": "Fablab", "commune": "Crest"}))), count=1)


# ---- workbooks

def _workbook(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@case(F, "xlsx_real_rows", "real France Services rows in an Excel workbook")
def _(lab):
    rows = france_services_rows(3)
    path = _workbook(lab.root / "fs.xlsx", [list(rows[0])] + [list(r.values()) for r in rows])
    _import_ok(lab, path, count=3)


@case(F, "xlsx_corrupt", "an .xlsx whose zip is cut in the middle")
def _(lab):
    rows = france_services_rows(3)
    path = _workbook(lab.root / "fs.xlsx", [list(rows[0])] + [list(r.values()) for r in rows])
    data = path.read_bytes()
    _refused(lab, lab.file("casse.xlsx", data[: len(data) // 2]))


@case(F, "xlsx_zip_not_workbook", "a zip of photos renamed .xlsx")
def _(lab):
    path = lab.root / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff" + b"x" * 100)
    _refused(lab, path, "ZIP")


@case(F, "xlsx_empty_workbook", "a workbook with an empty sheet")
def _(lab):
    _refused(lab, _workbook(lab.root / "vide.xlsx", []), "aucun lieu")


@case(F, "xlsx_formulas_dates_numbers", "cells holding formulas, dates, floats and booleans")
def _(lab):
    import datetime

    rows = [["nom", "commune", "latitude", "longitude", "ouvert", "depuis"],
            ["La Ruche", "Die", 44.75, 5.37, "=1+1", datetime.date(2020, 1, 1)],
            ["Fablab", "Crest", 44.72, 5.02, False, datetime.datetime(2021, 5, 3, 10, 0)]]
    sites = _import_ok(lab, _workbook(lab.root / "f.xlsx", rows), count=2)
    _coords_sane(lab, sites)


@case(F, "xlsx_unknown_sheet", "--sheet naming a sheet the workbook lacks")
def _(lab):
    rows = france_services_rows(2)
    path = _workbook(lab.root / "fs.xlsx", [list(rows[0])] + [list(r.values()) for r in rows])
    _refused(lab, path, "feuille", args=("--sheet", "Feuil99"))


@case(F, "ods_corrupt", "an .ods file that is a text file")
def _(lab):
    result = lab.cli("import", lab.file("liste.ods", "ceci n'est pas un classeur"))
    lab.refused(result)


@case(F, "xls_garbage", "an old .xls header followed by garbage")
def _(lab):
    _refused(lab, lab.file("vieux.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00\x13" * 3000))


# ---- what is asked of the import

@case(F, "file_missing", "a file that does not exist")
def _(lab):
    _refused(lab, lab.root / "absent.csv", "absent.csv")


@case(F, "file_is_folder", "a folder given as the file")
def _(lab):
    folder = lab.root / "dossier.csv"
    folder.mkdir()
    _refused(lab, folder)


@case(F, "mapping_malformed", "--mapping pointing at a broken JSON file")
def _(lab):
    _refused(lab, lab.file("fs.csv", france_services_csv(2)), args=("--mapping", lab.file("m.json", "{ pas du json")))


@case(F, "mapping_unknown_field", "--mapping naming fields that do not exist")
def _(lab):
    mapping = lab.file("m.json", json.dumps({"columns": {"lib_fs": "nom_inconnu", "lib_com": 42}, "values": "x"}))
    result = lab.cli("import", lab.file("fs.csv", france_services_csv(2)), "--mapping", mapping)
    if result.status == 0:
        lab.expect(_names(lab), WRONG, "exit 0 and nothing imported")
    else:
        lab.refused(result)


@case(F, "encoding_unknown", "--encoding klingon")
def _(lab):
    _refused(lab, lab.file("fs.csv", france_services_csv(2)), "klingon", args=("--encoding", "klingon"))


@case(F, "save_mapping_missing_folder", "--save-mapping into a folder that does not exist")
def _(lab):
    result = lab.cli("import", lab.file("fs.csv", france_services_csv(2)), "--save-mapping",
                     lab.root / "absent" / "m.json")
    if result.crashed:
        lab.fail("traceback", short(result.err))
    lab.french(result.err, what="the message")
    lab.expect("m.json" in result.err, WRONG, f"does not say which file: {short(result.err)}")


@case(F, "dry_run_writes_nothing", "--dry-run on a real list")
def _(lab):
    result = lab.cli("import", lab.file("fs.csv", france_services_csv(5)), "--dry-run")
    lab.succeeded(result, "rien n'a été écrit")
    lab.expect(not _names(lab), LOST if _names(lab) else WRONG, "a dry run wrote places")
