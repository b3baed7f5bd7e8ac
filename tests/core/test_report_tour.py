"""The learning tour's documents: programme sheet and booklet with its synthesis table."""

from __future__ import annotations

from pypdf import PdfReader

from tests.factories.tours import make
from tl_desktop.cli import main
from tl_desktop.reports.tour import build_programme, build_tour_booklet


def text_of(path) -> str:
    # Words as printed, whatever the line breaks of the layout.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_the_booklet_has_the_programme_every_visit_and_the_synthesis(store, tmp_path):
    tour = make(store)
    text = text_of(build_tour_booklet(store, tour.id, tmp_path / "livret.pdf"))
    assert "Visite apprenante des tiers-lieux marseillais" in text
    assert "du mardi 11 février 2025 au jeudi 13 février 2025" in text
    assert "Mercredi 12 février 2025" in text
    for name in ("Friche la Belle de Mai", "Café associatif « La Cantine »", "Manufacture de Saint-Henri"):
        assert text.count(name) >= 3          # programme, its chapter, the synthesis table
    assert "Synthèse : les lieux côte à côte" in text
    assert "a < b & c" in text and "Camille Martin" in text


def test_the_programme_and_the_choice_to_leave_people_out(store, tmp_path, capsys):
    tour = make(store)
    text = text_of(build_programme(store, tour.id, tmp_path / "p.pdf"))
    assert "09:30" in text and "1 rue de la République, 13001 Marseille" in text and "Camille Martin" in text
    assert "Synthèse" not in text
    out = tmp_path / "livret.pdf"
    assert main(["report", "tour", tour.id, "-o", str(out), "--sans-personnes",
                 "--data-dir", str(store.path.parent)]) == 0
    assert "Camille Martin" not in text_of(out)
    assert main(["report", "programme", "nope", "-o", str(out), "--data-dir", str(store.path.parent)]) == 1
    assert "introuvable" in capsys.readouterr().err
