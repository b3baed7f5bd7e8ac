"""Exports of the demo catalog and of a saved study: CSV, XLSX, GeoJSON, the national mednum schema."""

from __future__ import annotations

import csv
import json

import pytest

from tl_desktop.base.errors import Cancelled, NotFoundError
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.io.mednum import UNKNOWN_PIVOT, international_phone
from tl_desktop.io.places_export import PLACE_COLUMNS, export_places


def test_csv_has_a_bom_and_a_semicolon_option_for_french_excel(study_store, tmp_path):
    report = export_places(study_store, "csv", tmp_path / "lieux.csv", study="Tiers-lieux marseillais",
                           semicolon=True)
    raw = (tmp_path / "lieux.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(PLACE_COLUMNS) and len(rows) - 1 == report.places
    by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    first = by_id[study_store.fixture["visited"][0]]
    assert first["salle_capacite_max"] == "40" and first["reseau_regional"] == "Sud Tiers-Lieux"
    assert "," in first["latitude"]            # decimal comma with the semicolon option
    assert all(r["departement"] == "13" for r in by_id.values())


def test_geojson_is_rfc_7946(demo_store, tmp_path):
    report = export_places(demo_store, "geojson", tmp_path / "lieux.geojson")
    doc = json.loads((tmp_path / "lieux.geojson").read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc        # RFC 7946: WGS 84 only, no crs
    assert len(doc["features"]) == report.places == demo_store.sites.count()
    for feature in doc["features"]:
        assert feature["type"] == "Feature" and set(feature) == {"type", "id", "geometry", "properties"}
        if feature["geometry"] is not None:
            lon, lat = feature["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            if feature["properties"]["departement"] == "13":
                assert 4 < lon < 7 and 43 < lat < 44   # longitude first


def test_xlsx_has_places_visits_and_strengths_without_personal_data(study_store, tmp_path):
    from openpyxl import load_workbook

    export_places(study_store, "xlsx", tmp_path / "etude.xlsx", study="Tiers-lieux marseillais")
    book = load_workbook(tmp_path / "etude.xlsx", read_only=True)
    assert book.sheetnames == ["Lieux", "Visites", "Forces et fragilités", "Chiffres"]
    visits = list(book["Visites"].values)
    header = visits[0]
    assert "Modèle économique — Part d'autofinancement" in header and "auteur" not in header
    assert len(visits) - 1 == 4
    column = header.index("Modèle économique — Part d'autofinancement")
    assert sorted(r[column] for r in visits[1:]) == [15, 35, 55, 70]
    assert not any("Agent de la ville" in str(cell) for row in visits for cell in row)
    said = list(book["Forces et fragilités"].values)
    assert ("Fragilité", "Bail précaire") in {(r[4], r[5]) for r in said[1:]}
    export_places(study_store, "xlsx", tmp_path / "avec.xlsx", study="Tiers-lieux marseillais", include_people=True)
    header = next(load_workbook(tmp_path / "avec.xlsx", read_only=True)["Visites"].values)
    assert "auteur" in header


def test_mednum_file_validates_against_the_national_schema(demo_store, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    from tl_desktop.base.resources import resource

    report = export_places(demo_store, "mednum", tmp_path / "mednum.csv")
    # Places without the schema's required address or postcode are left out, each with its reason.
    assert report.places + len(report.skipped) == demo_store.sites.count()
    assert report.places > 2000 and all(reason for _, reason in report.skipped)
    schema = frictionless.Schema.from_descriptor(
        json.loads(resource("reference", "schema-mediation-numerique.json").read_text(encoding="utf-8")))
    result = frictionless.Resource(path="mednum.csv", basepath=str(tmp_path), schema=schema).validate()
    assert result.valid, result.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    rows = list(csv.DictReader((tmp_path / "mednum.csv").open(encoding="utf-8")))
    assert rows[0]["pivot"] == UNKNOWN_PIVOT
    assert any(r["dispositif_programmes_nationaux"] == "France Services" for r in rows)


def test_a_mednum_file_that_breaks_the_schema_is_caught_by_the_validation(demo_store, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    from tl_desktop.base.resources import resource

    export_places(demo_store, "mednum", tmp_path / "mednum.csv")
    text = (tmp_path / "mednum.csv").read_text(encoding="utf-8").splitlines()
    fields = next(csv.reader([text[1]]))
    fields[4] = "1300"   # a four-digit postcode
    import io
    line = io.StringIO()
    csv.writer(line).writerow(fields)
    (tmp_path / "broken.csv").write_text("\n".join([text[0], line.getvalue().strip()]), encoding="utf-8")
    schema = frictionless.Schema.from_descriptor(
        json.loads(resource("reference", "schema-mediation-numerique.json").read_text(encoding="utf-8")))
    assert not frictionless.Resource(path="broken.csv", basepath=str(tmp_path), schema=schema).validate().valid


def test_phone_numbers_become_international():
    assert international_phone("04 91 55 00 00") == "+33491550000"
    assert international_phone("0590 12 34 56") == "+590123456"
    assert international_phone("02 62 90 12 34") == "+262901234"
    assert international_phone("appeler la mairie") == ""


def test_a_cancelled_export_leaves_no_file_and_an_unknown_study_says_so(demo_store, tmp_path):
    cancel = CancelFlag()
    cancel.set()
    with pytest.raises(Cancelled):
        export_places(demo_store, "csv", tmp_path / "out" / "lieux.csv", cancel=cancel)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    with pytest.raises(NotFoundError):
        export_places(demo_store, "csv", tmp_path / "lieux.csv", study="Étude inconnue")
