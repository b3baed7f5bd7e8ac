"""Documents in the language the agent chooses: English headings, dates and numbers, or French ones.

The same real Marseille tour (tests/factories/reports.py) and the demo catalog's study
(tests/conftest.py), written once in English and once in French.
"""

from __future__ import annotations

import csv
import json

import pytest
from pypdf import PdfReader

from tests.factories.reports import small_tour
from tl_desktop.base.i18n import translator
from tl_desktop.cli import main
from tl_desktop.domain import Attendance, Person, PublicService, Site
from tl_desktop.io.places_export import export_places
from tl_desktop.io.visit_export import notes_text
from tl_desktop.reports import suggested_filename
from tl_desktop.reports.study import build_study_pdf
from tl_desktop.reports.study_docx import build_study_docx
from tl_desktop.reports.tour import build_programme, build_tour_booklet
from tl_desktop.reports.visit import build_visit_summary


def text_of(path) -> str:
    """The words of a PDF as printed, whatever the line breaks; non-breaking spaces as spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split()).replace(
        "\u00a0", " ")


def pdf_language(path) -> str:
    return str(PdfReader(str(path)).trailer["/Root"].get("/Lang"))


@pytest.fixture
def visit(store):
    """A visit of the Friche la Belle de Mai with answers of every kind and a person met."""
    site, _ = store.sites.save(Site(
        name="Friche la Belle de Mai", address="41 rue Jobin", postcode="13003", commune="Marseille",
        departement="13", latitude=43.3103, longitude=5.3905, kinds=["friche_culturelle", "cafe_associatif"],
        programmes=["fabrique_territoire"], public_services=[PublicService("mission_locale", "le jeudi")]))
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11", author="Agent de la ville")
    store.visits.set_answer(visit.id, "modele_economique", "autofinancement", "62,5")
    store.visits.set_answer(visit.id, "foncier", "statut", "occupation_temporaire")
    store.visits.set_answer(visit.id, "foncier", "fin_occupation", "2027-06-30")
    store.visits.set_answer(visit.id, "impacts", "emploi", 4)
    store.visits.set_answer(visit.id, "forces_fragilites", "forces", ["Réseau de 300 bénévoles"])
    store.visits.set_answer(visit.id, "forces_fragilites", "fragilites", ["Bail précaire"])
    store.visits.set_notes(visit.id, "# Accueil\nNotes prises pendant la visite.")
    store.visits.add_person(visit.id, Attendance(Person(name="Camille Martin"), "coordinatrice"))
    return visit


def test_the_visit_summary_in_english_has_english_headings_dates_and_numbers(store, visit, tmp_path):
    out = build_visit_summary(store, visit.id, tmp_path / "summary.pdf", language="en")
    text = text_of(out)
    for expected in ("Types", "Repurposed cultural site, Community café", "Programmes and labels",
                     "Fabrique de territoire", "Public services hosted", "Mission Locale (youth employment) (le jeudi)",
                     "Tuesday 11 February 2025", "Economic model", "Share of self-financing", "62.5%",
                     "Land and premises", "Occupancy status", "Temporary occupation", "End of occupancy",
                     "Wednesday 30 June 2027", "Local jobs", "4/5", "Strengths and weaknesses", "Strengths",
                     "Weaknesses", "Notes", "People met", "Friche la Belle de Mai — visit on Tuesday 11 February 2025"):
        assert expected in text, expected
    # What the agent typed stays as typed: notes are not translated.
    assert "Réseau de 300 bénévoles" in text and "Bail précaire" in text and "Notes prises pendant la visite." in text
    for french in ("Personnes rencontrées", "mardi", "février", "Modèle économique", "62,5", "Forces et fragilités"):
        assert french not in text, french
    assert pdf_language(out) == "en-GB"


def test_the_visit_summary_in_french_stays_french(store, visit, tmp_path):
    out = build_visit_summary(store, visit.id, tmp_path / "synthese.pdf")
    text = text_of(out)
    for expected in ("Friche culturelle, Café associatif", "Services publics accueillis", "mardi 11 février 2025",
                     "Modèle économique", "62,5 %", "mercredi 30 juin 2027", "4 / 5", "Forces et fragilités",
                     "Personnes rencontrées", "Friche la Belle de Mai — visite du mardi 11 février 2025"):
        assert expected in text, expected
    for english in ("People met", "Tuesday", "Economic model", "Strengths"):
        assert english not in text, english
    assert pdf_language(out) == "fr-FR"


def test_the_booklet_in_english(store, tmp_path):
    tour = small_tour(store)
    text = text_of(build_tour_booklet(store, tour.id, tmp_path / "booklet.pdf", language="en"))
    for expected in ("LEARNING TOUR", "Tuesday 11 February 2025 to Wednesday 12 February 2025", "days",
                     "places visited", "visits with notes", "Programme", "Objectives", "Tuesday 11 February 2025",
                     "Wednesday 12 February 2025", "Times", "Place", "Address", "Host", "Next trip", "Participants",
                     "Summary: the places side by side", "Strengths", "Weaknesses", "Economic model",
                     "self-financing 40%", "No visit notes for this stop.", "page 2", "by car",
                     "Trips estimated offline: straight-line distance × 1.3",
                     "Visite apprenante de la Belle de Mai — learning tour booklet"):
        assert expected in text, expected
    for french in ("VISITE APPRENANTE", "mardi", "jours", "Synthèse", "Pas de notes", "autofinancement",
                   "en voiture", "Trajets estimés"):
        assert french not in text, french


def test_the_booklet_and_programme_in_french(store, tmp_path):
    tour = small_tour(store)
    text = text_of(build_tour_booklet(store, tour.id, tmp_path / "livret.pdf"))
    for expected in ("VISITE APPRENANTE", "du mardi 11 février 2025 au mercredi 12 février 2025", "Mardi 11 février 2025",
                     "Horaire", "Accueil", "Synthèse : les lieux côte à côte", "autofinancement 40 %",
                     "Pas de notes de visite pour cette étape."):
        assert expected in text, expected
    assert "LEARNING TOUR" not in text and "Tuesday" not in text
    programme = text_of(build_programme(store, tour.id, tmp_path / "programme.pdf", language="en"))
    assert "LEARNING TOUR" in programme and "2 days · 4 places · 3 visits with notes" in programme
    assert "Wednesday 12 February 2025" in programme and "Camille Martin" in programme


def test_the_command_line_writes_the_language_asked(store, visit, tmp_path, capsys):
    out = tmp_path / "summary.pdf"
    folder = str(store.path.parent)
    assert main(["report", "visit", visit.id, "-o", str(out), "--langue", "en", "--data-dir", folder]) == 0
    assert "People met" in text_of(out)
    assert main(["report", "visit", visit.id, "-o", str(out), "--data-dir", folder]) == 0
    assert "Personnes rencontrées" in text_of(out)                   # French unless asked
    with pytest.raises(SystemExit) as bad_usage:
        main(["report", "visit", visit.id, "-o", str(out), "--langue", "de", "--data-dir", folder])
    assert bad_usage.value.code == 2 and "--langue" in capsys.readouterr().err


def test_exports_in_english_name_their_columns_in_english(study_store, tmp_path):
    out = export_places(study_store, "csv", tmp_path / "places.csv", language="en").path
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:9] == ["id", "name", "types", "programmes", "public_services", "legal_form", "address",
                                 "postcode", "commune"]
    assert {"France Services", "Other"} & {r["types"] for r in rows}
    assert "Espace de médiation numérique" not in {r["types"] for r in rows}
    french = export_places(study_store, "csv", tmp_path / "lieux.csv").path
    assert french.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id,nom,types,programmes,services_publics")

    geojson = export_places(study_store, "geojson", tmp_path / "places.geojson", language="en").path
    properties = json.loads(geojson.read_text(encoding="utf-8"))["features"][0]["properties"]
    assert "name" in properties and "latitude" not in properties and "nom" not in properties

    from openpyxl import load_workbook

    book = load_workbook(export_places(study_store, "xlsx", tmp_path / "places.xlsx", language="en").path,
                         read_only=True)
    assert book.sheetnames == ["Places", "Visits", "Strengths and weaknesses", "Figures"]
    visits_header = [c.value for c in next(book["Visits"].iter_rows(max_row=1))]
    assert "Economic model — Share of self-financing" in visits_header and "Land and premises — comment" in visits_header
    figures = [tuple(c.value for c in row) for row in book["Figures"].iter_rows(min_row=2)]
    assert ("Key figures", "Places selected") == figures[0][:2]
    assert any(row[0] == "Strengths most often cited" for row in figures)


def test_the_study_in_english_pdf_and_docx(study_store, tmp_path):
    text = text_of(build_study_pdf(study_store, "Tiers-lieux marseillais", tmp_path / "study.pdf", language="en"))
    for expected in ("Territorial study", "Bouches-du-Rhône (13)", "Criteria", "All the places in the territory.",
                     "Key figures", "Places selected", "Map of places", "Figures and charts", "Places by type",
                     "Places by département", "Share of self-financing of the places visited", "Under 25%",
                     "Impacts rated during the visits", "The places compared", "Last visit: Tuesday 11 February 2025",
                     "Tiers-lieux marseillais — territorial study"):
        assert expected in text, expected
    assert "Chiffres clés" not in text and "février" not in text

    from docx import Document

    doc = Document(str(build_study_docx(study_store, "Tiers-lieux marseillais", tmp_path / "study.docx",
                                        language="en")))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:4] == ["Criteria", "Key figures", "Places selected", "Figures"]
    assert doc.core_properties.language == "en-GB"
    first_table = [c.text for c in doc.tables[0].rows[0].cells]
    assert first_table == ["Figure", "Value"]


def test_notes_of_an_exported_visit_in_english(store, visit):
    text = notes_text(store, visit.id, tr=translator("en"))
    assert "Date of the visit: Tuesday 11 February 2025" in text
    assert "Share of self-financing: 62.5%" in text
    assert "Strengths: • Réseau de 300 bénévoles" in text and "People met\n----------\nCamille Martin" in text


def test_file_names_offered_in_the_document_s_language():
    assert suggested_filename("visit", "Friche la Belle de Mai", "2025-02-11", "en") == \
        "summary-friche-la-belle-de-mai-2025-02-11.pdf"
    assert suggested_filename("booklet", "Visite 2025", "2025-02-11", "en") == "booklet-visite-2025-2025-02-11.pdf"
    assert suggested_filename("visit", "Friche la Belle de Mai", "2025-02-11") == \
        "synthese-friche-la-belle-de-mai-2025-02-11.pdf"
