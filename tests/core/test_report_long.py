"""Long content never breaks a document (issue 9 item 8): rows taller than a page split, very
long words are broken, and everything typed is printed."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tl_desktop.domain import Attendance, Person, Site, Stop, Tour
from tl_desktop.reports.tour import build_programme, build_tour_booklet
from tl_desktop.reports.visit import build_visit_summary

WORD = "Anticonstitutionnellement" * 20          # one word of 500 characters
STRENGTHS = [f"Force n°{i} : une équipe de bénévoles présente chaque jour, des partenariats solides avec "
             f"les associations du quartier et la mairie d'arrondissement (fin {i})" for i in range(1, 21)]
ANSWER = " ".join(f"mot{i}" for i in range(1, 301))       # a text answer of 300 words


def pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def squeezed(path) -> str:
    """The documents' text without any whitespace: a broken word reads whole again."""
    return "".join("".join(pages(path)).split())


@pytest.fixture
def stop_visit(store):
    """A one-stop tour and its visit, for each case to fill."""
    tour, _ = store.tours.save(Tour(title="Visite apprenante", start_date="2025-02-11"))
    site, _ = store.sites.save(Site(name="La Fabulerie", commune="Marseille", latitude=43.2987, longitude=5.3842))
    stop, _ = store.tours.add_stop(Stop(tour.id, site.id, "2025-02-11", planned_time="09:30", duration_min=120))
    visit, _ = store.visits.create(site.id, stop_id=stop.id, visit_date="2025-02-11", author="Agent")
    return tour, site, stop, visit


def build_all(store, tour, visit, folder):
    return {"synthese": build_visit_summary(store, visit.id, folder / "synthese.pdf"),
            "programme": build_programme(store, tour.id, folder / "programme.pdf"),
            "livret": build_tour_booklet(store, tour.id, folder / "livret.pdf")}


def test_twenty_strengths_fill_the_comparison_table_across_pages(store, stop_visit, tmp_path):
    tour, _, _, visit = stop_visit
    store.visits.set_answer(visit.id, "forces_fragilites", "forces", STRENGTHS)
    store.visits.set_answer(visit.id, "forces_fragilites", "fragilites", STRENGTHS[:12])
    documents = build_all(store, tour, visit, tmp_path)
    for kind in ("synthese", "livret"):
        text = squeezed(documents[kind])
        assert all("".join(s.split()) in text for s in STRENGTHS), kind
    # The booklet's comparison row is taller than a page: it goes on over the next one.
    booklet = pages(documents["livret"])
    synthesis = next(i for i, p in enumerate(booklet) if "Synthèse" in p)
    assert "(fin 20)" in " ".join(booklet[synthesis + 1:]).replace("\n", " ")


def test_a_word_of_500_characters_is_broken_to_fit(store, stop_visit, tmp_path):
    tour, site, stop, visit = stop_visit
    store.sites.save(site.replace(name="Tiers-lieu " + WORD))
    store.tours.update_stop(Stop(tour.id, site.id, stop.day, id=stop.id, host=WORD, duration_min=120))
    store.visits.set_answer(visit.id, "forces_fragilites", "forces", [WORD])
    store.visits.set_answer(visit.id, "gouvernance", "decision", WORD)
    store.visits.set_notes(visit.id, WORD)
    store.visits.add_person(visit.id, Attendance(Person(name=WORD)))
    for kind, path in build_all(store, tour, visit, tmp_path).items():
        assert WORD in squeezed(path), kind
        # Printed in pieces no longer than a line, never across the margin.
        lines = "\n".join(pages(path)).splitlines()
        assert all(len(line) < 120 for line in lines), kind


def test_a_text_answer_of_300_words_prints_whole(store, stop_visit, tmp_path):
    tour, _, _, visit = stop_visit
    store.visits.set_answer(visit.id, "gouvernance", "decision", ANSWER)
    store.visits.set_answer(visit.id, "foncier", "proprietaire", ANSWER * 5)     # 1,500 words: past a page
    store.visits.set_answer(visit.id, "foncier", "_commentaire", ANSWER)
    for kind, path in build_all(store, tour, visit, tmp_path).items():
        if kind == "programme":
            continue
        text = " ".join(" ".join(pages(path)).split())
        assert ANSWER in text, kind
        assert text.count("mot300") >= 7, kind          # decision, comment, five times the owner


def test_a_long_title_and_host_fit_the_programme_and_the_cover(store, stop_visit, tmp_path):
    tour, site, stop, visit = stop_visit
    store.tours.save(Tour(**{**tour.__dict__, "title": "Visite apprenante " + " ".join(["des tiers-lieux"] * 60),
                             "organiser": WORD, "objectives": ANSWER * 3}))
    store.tours.update_stop(Stop(tour.id, site.id, stop.day, id=stop.id, host=" ".join(["Mme Durand"] * 200)))
    for kind, path in build_all(store, tour, visit, tmp_path).items():
        assert WORD in squeezed(path) or kind == "synthese", kind
