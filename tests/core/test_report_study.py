"""The study document: PDF (every part present, text escaped) and DOCX with real headings and tables."""

from __future__ import annotations

from pypdf import PdfReader

from tl_desktop.domain import Study
from tl_desktop.reports.study import build_study_pdf
from tl_desktop.reports.study_docx import build_study_docx
from tl_desktop.study import Criteria, Territory


def test_the_study_pdf_has_cover_map_figures_comparison_and_a_page_per_visited_place(study_store, tmp_path):
    out = build_study_pdf(study_store, "Tiers-lieux marseillais", tmp_path / "etude.pdf")
    pages = [page.extract_text() for page in PdfReader(out).pages]
    text = "\n".join(pages)
    assert "Tiers-lieux marseillais" in pages[0] and "Bouches-du-Rhône (13)" in pages[0]
    assert "Carte des lieux" in pages[1]
    for heading in ("Lieux par type", "Part d'autofinancement des lieux visités", "Fragilités les plus citées",
                    "Les lieux comparés"):
        assert heading in text
    assert sum("Dernière visite :" in p for p in pages) == 4
    assert "Agent de la ville" not in text      # personal data stays out


def test_user_text_is_escaped_in_the_study(study_store, tmp_path):
    site_id = study_store.fixture["visited"][0]
    visit = study_store.visits.of_site(site_id)[0]
    study_store.visits.set_answer(visit.id, "forces_fragilites", "forces", ["Prix < 5 € & accueil <b>chaleureux</b>"])
    out = build_study_pdf(study_store, "Tiers-lieux marseillais", tmp_path / "etude.pdf")
    assert "Prix < 5 € & accueil <b>chaleureux</b>" in "\n".join(p.extract_text() for p in PdfReader(out).pages)


def test_the_study_docx_has_headings_and_tables(study_store, tmp_path):
    from docx import Document

    out = build_study_docx(study_store, "Tiers-lieux marseillais", tmp_path / "etude.docx")
    doc = Document(out)
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Title", "Tiers-lieux marseillais") in headings
    assert ("Heading 2", "Fragilités les plus citées") in headings
    assert sum(1 for style, _ in headings if style == "Heading 2") >= 8
    tables = doc.tables
    figures = next(t for t in tables if t.rows[0].cells[0].text == "Libellé" and
                   t.rows[1].cells[0].text == "Dépendance aux subventions")
    assert figures.rows[1].cells[1].text.startswith("3")
    assert figures.rows[0]._tr.trPr is not None      # header row repeated (and announced as a header)
    compared = next(t for t in tables if t.rows[0].cells[0].text == "Thème")
    assert len(compared.rows[0].cells) == 5          # four places side by side


def test_an_empty_study_still_makes_a_document(demo_store, tmp_path):
    demo_store.studies.save(Study(name="Rien", territory=Territory("communes", ("99999",)).to_dict(),
                                  criteria=Criteria().to_dict()))
    out = build_study_pdf(demo_store, "Rien", tmp_path / "rien.pdf")
    assert "Lieux retenus" in PdfReader(out).pages[0].extract_text()
    assert build_study_docx(demo_store, "Rien", tmp_path / "rien.docx").exists()
