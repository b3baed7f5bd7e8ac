"""The documents' layout (issue 14): headings keep with what follows, a day's map sits with the
start of its table, « 120 min » on one line, a designed booklet cover, every stop in the
comparison table, a comparison chosen by the grid file, and file names worth keeping."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from tests.factories.reports import full_tour, small_tour
from tl_desktop.base.text import long_date
from tl_desktop.domain import Site, Stop
from tl_desktop.domain import grid as grid_module
from tl_desktop.domain.grid import ComparedAnswer, Comparison, ComparisonColumn, GridError, load_grid
from tl_desktop.reports import suggested_filename
from tl_desktop.reports import tour as tour_module
from tl_desktop.reports.maps import ATTRIBUTION
from tl_desktop.reports.tour import build_programme, build_tour_booklet
from tl_desktop.reports.visit import build_visit_summary


def page_lines(path, footer: str) -> list[list[str]]:
    """Each page's lines of text, without the footer line and page number."""
    result = []
    for page in PdfReader(str(path)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines()]
        result.append([line for line in lines if line and footer not in line and not re.fullmatch(r"page \d+", line)])
    return result


def test_a_day_heading_is_never_alone_and_its_map_starts_the_page_with_its_table(store, tmp_path):
    tour = full_tour(store, visits=15)
    stops = store.tours.stops(tour.id)
    first_of_day = {}
    for stop in stops:
        first_of_day.setdefault(stop.day, store.sites.get(stop.site_id).name)
    headings = {long_date(day).capitalize(): name for day, name in first_of_day.items()}
    checked = 0
    # Objectives of growing length move the days' headings down the pages, to every position.
    for lines in range(0, 64, 3):
        store.tours.save(replace(store.tours.get(tour.id), objectives="\n".join(["Objectif de la journée."] * lines)))
        path = build_programme(store, tour.id, tmp_path / f"p{lines}.pdf")
        pages = page_lines(path, "feuille de route")
        for number, page in enumerate(pages):
            assert page[-1] not in headings, f"{page[-1]!r} alone at the bottom of page {number + 1} ({lines} lines)"
            for heading, first_stop in headings.items():
                if heading in page:
                    after = page[page.index(heading) + 1:]
                    # The map (its attribution is text), the table's header and first stop: same page.
                    assert ATTRIBUTION in after and "Horaire" in after, (heading, lines)
                    assert any(line.startswith(f"1. {first_stop}") for line in after), (heading, lines)
                    checked += 1
    assert checked == 3 * len(range(0, 64, 3))


def test_a_theme_heading_is_never_alone_at_the_bottom_of_a_page(store, tmp_path):
    full = full_tour(store, visits=1)
    visit = store.visits.of_tour(full.id)[0]
    headings = {theme.label for theme in load_grid().themes} | {"Notes", "Personnes rencontrées"}
    for partners in range(0, 45, 2):
        store.visits.set_answer(visit.id, "gouvernance", "partenaires", [f"Partenaire {k}" for k in range(partners + 1)])
        path = build_visit_summary(store, visit.id, tmp_path / f"v{partners}.pdf")
        for number, page in enumerate(page_lines(path, "visite du")[:-1]):
            assert page[-1] not in headings, f"{page[-1]!r} alone at the bottom of page {number + 1}"


def test_durations_never_wrap(store, tmp_path):
    tour = small_tour(store)
    first = store.tours.stops(tour.id)[0]
    store.tours.update_stop(replace(first, planned_time=""))     # a duration with no time: « 120 min » alone
    text = "\n".join(page.extract_text() for page in PdfReader(str(build_programme(store, tour.id, tmp_path / "p.pdf"))).pages)
    assert re.search("120[ \u00a0]min", text) and "11:30–13:00" in text      # a time and 90 min: its end
    assert not re.search(r"120\s*\n\s*min", text) and not re.search(r"11:30–\s*\n", text)


def test_the_booklet_opens_on_a_designed_cover(store, tmp_path):
    tour = small_tour(store)
    pages = [p.extract_text() for p in PdfReader(str(build_tour_booklet(store, tour.id, tmp_path / "l.pdf"))).pages]
    cover = " ".join(pages[0].split())
    for expected in ("VISITE APPRENANTE", "Visite apprenante de la Belle de Mai",
                     "du mardi 11 février 2025 au mercredi 12 février 2025",
                     "Ville de Marseille — Direction de l'attractivité",
                     "Mardi 11 février 2025", "Mercredi 12 février 2025",     # the map's legend
                     ATTRIBUTION,
                     "2 4 3 jours lieux visités visites notées"):     # big figures over their labels
        assert expected in cover, expected
    assert "page 1" not in cover                       # no footer on a cover
    assert pages[1].lstrip().startswith("Programme") or "Programme" in pages[1].splitlines()[0:3]


def test_a_stop_far_from_the_others_is_named_under_the_map_rather_than_shrinking_it(store, tmp_path):
    tour = small_tour(store)
    day = store.tours.stops(tour.id)[-1].day
    for name, lat, lon in (("Tiers-lieu de Pointe-à-Pitre", 16.2411, -61.5331), ("Lieu sans adresse", None, None)):
        site, _ = store.sites.save(Site(name=name, latitude=lat, longitude=lon))
        store.tours.add_stop(Stop(tour.id, site.id, day))
    pages = [" ".join(p.extract_text().split()) for p in
             PdfReader(str(build_tour_booklet(store, tour.id, tmp_path / "l.pdf"))).pages]
    note = "Hors de la carte : Tiers-lieu de Pointe-à-Pitre (Guadeloupe), Lieu sans adresse (position inconnue)."
    assert note in pages[0]                                        # the cover's map
    assert any(note in page for page in pages[1:4])                # and that day's map
    # The map itself stays on Marseille: its scale bar is in metres or a few km, not 1,000 km.
    assert re.search(r"\d+ (m|km) Contours", pages[0].replace("\u00a0", " "))
    assert "1000 km" not in pages[0].replace("\u00a0", " ")


def test_every_stop_is_in_the_comparison_table_even_without_notes(store, tmp_path):
    tour = small_tour(store)
    stops = store.tours.stops(tour.id)
    # A visit with notes only: noted, but nothing on the compared themes.
    only_notes, _ = store.visits.create(stops[3].site_id, stop_id=stops[3].id, visit_date="2025-02-12")
    store.visits.set_notes(only_notes.id, "Accueil chaleureux.")
    extra = small_tour(store, title="Autre visite")   # and a tour whose last stop has no visit at all
    for tour_id, expected in ((tour.id, "Visite notée, mais rien sur ces thèmes."),
                              (extra.id, "Pas de notes de visite pour cette étape.")):
        pages = [p.extract_text() for p in PdfReader(str(build_tour_booklet(store, tour_id, tmp_path / "l.pdf"))).pages]
        synthesis = " ".join(" ".join(pages[next(i for i, p in enumerate(pages) if "Synthèse" in p):]).split())
        assert expected in synthesis
        for stop in store.tours.stops(tour_id):
            assert store.sites.get(stop.site_id).name.split(" ")[0] in synthesis


def test_the_comparison_table_shows_what_the_grid_file_says(store, tmp_path, monkeypatch):
    tour = small_tour(store)
    for visit in store.visits.of_tour(tour.id):
        store.visits.set_answer(visit.id, "publics", "mixite", 4)
    shipped = load_grid()
    assert [c.label for c in shipped.comparison.columns] == [
        "Forces", "Fragilités", "Modèle économique", "Foncier", "Services publics"]
    other = replace(shipped, comparison=Comparison("Les publics côte à côte", "", (
        ComparisonColumn("Mixité", (ComparedAnswer("publics", "mixite", "mixité"),)),)))
    monkeypatch.setattr(tour_module, "load_grid", lambda version=None, language="fr": other if version in (None, 1) else shipped)
    pages = [p.extract_text() for p in PdfReader(str(build_tour_booklet(store, tour.id, tmp_path / "l.pdf"))).pages]
    synthesis = " ".join(pages[-1].split())
    assert "Les publics côte à côte" in synthesis and "Mixité" in synthesis and "mixité 4 / 5" in synthesis.replace(
        "\u00a0", " ")
    assert "Fragilités" not in synthesis and "Bail précaire" not in synthesis


@pytest.fixture
def grid_folder(tmp_path, monkeypatch):
    """A resources folder whose grid file a test writes; the grid cache cleared around it."""
    folder = tmp_path / "resources" / "grid"
    folder.mkdir(parents=True)
    monkeypatch.setattr(grid_module, "resource", lambda *parts: tmp_path.joinpath("resources", *parts))
    load_grid.cache_clear()
    yield folder
    load_grid.cache_clear()


def shipped_grid() -> dict:
    from tl_desktop.base.resources import resource

    return json.loads(resource("grid", "grille-v1.json").read_text(encoding="utf-8"))


def test_a_grid_file_without_comparison_compares_its_highlighted_questions(grid_folder):
    raw = shipped_grid()
    del raw["comparison"]
    (grid_folder / "grille-v1.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    columns = load_grid(1).comparison.columns
    assert [(c.label, c.highlight) for c in columns] == [("Forces", "strength"), ("Fragilités", "fragility")]


def test_a_comparison_naming_an_unknown_question_is_a_packaging_error(grid_folder):
    raw = shipped_grid()
    raw["comparison"]["columns"][0]["answers"] = [{"question": "forces_fragilites.atouts"}]
    (grid_folder / "grille-v1.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GridError):
        load_grid(1)


@pytest.mark.parametrize("kind, name, day, expected", [
    ("visit", "Café associatif « La Cantine »", "2025-02-11", "synthese-cafe-associatif-la-cantine-2025-02-11.pdf"),
    ("booklet", "Visite apprenante des tiers-lieux marseillais", "2025-02-11",
     "livret-visite-apprenante-des-tiers-lieux-marseillais-2025-02-11.pdf"),
    ("programme", "L'Œuvrière : été 2025 !", "2025-06-03", "programme-l-oeuvriere-ete-2025-2025-06-03.pdf"),
    ("visit", 'A<B>C:D"E/F\\G|H?I*J', "", "synthese-a-b-c-d-e-f-g-h-i-j.pdf"),
    ("visit", "Lieu . . .  ", "pas une date", "synthese-lieu.pdf"),
    ("visit", "北京共享空间", "2025-02-11", "synthese-北京共享空间-2025-02-11.pdf"),
    ("visit", "Cafe\u0301 \x1b[31m🎉", "", "synthese-cafe-31m.pdf"),
    ("visit", "", "", "synthese.pdf"),
    ("booklet", "CON", "", "livret-con.pdf"),
])
def test_suggested_file_names_are_the_place_or_tour_and_the_date(kind, name, day, expected):
    assert suggested_filename(kind, name, day) == expected


def test_suggested_file_names_stay_short_and_windows_safe():
    name = suggested_filename("booklet", "Visite apprenante " + "des tiers-lieux " * 40, "2025-02-11")
    assert len(name) <= 90 and name.endswith("-2025-02-11.pdf") and "--" not in name
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
