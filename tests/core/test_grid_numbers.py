"""Number answers of the grid: what float() accepts is not always a number an agent meant."""

from __future__ import annotations

import json

import pytest

from tl_desktop.base.errors import ValidationError
from tl_desktop.domain import Site
from tl_desktop.domain.grid import check_answer, load_grid


def q(theme, question):
    return load_grid(1).theme(theme).question(question)


FREQUENTATION = ("publics", "frequentation")          # number, in people a week
SURFACE = ("foncier", "surface")                      # number, in m²
SHARE = ("modele_economique", "autofinancement")      # percent
RATING = ("impacts", "lien_social")                   # rating, 1 to 5


@pytest.mark.parametrize("question", [FREQUENTATION, SURFACE, SHARE, RATING])
@pytest.mark.parametrize("value", ["nan", "NaN", "-nan", "inf", "-inf", "Infinity", float("nan"), float("inf")])
def test_not_a_number_is_refused_in_french(question, value):
    with pytest.raises(ValidationError) as info:
        check_answer(q(*question), value)
    assert "n'est pas un nombre" in str(info.value)


@pytest.mark.parametrize("question", [FREQUENTATION, SURFACE, SHARE, RATING])
@pytest.mark.parametrize("value", ["1e400", "1e308", "1,5e12", 10 ** 400, "1000000001", "-1e20"])
def test_absurd_magnitudes_are_refused_in_french(question, value):
    with pytest.raises(ValidationError) as info:
        check_answer(q(*question), value)
    message = str(info.value)
    assert "Réponse invalide" in message and len(message) < 200      # a 400-digit value is not echoed whole


@pytest.mark.parametrize("question, value, expected", [
    (FREQUENTATION, "250", 250),
    (FREQUENTATION, "1e3", 1000),
    (SURFACE, "0", 0),
    (SURFACE, "45000", 45000),                  # la Friche la Belle de Mai: 45,000 m²
    (SURFACE, "1000000000", 1_000_000_000),     # the limit itself is accepted
    (SURFACE, "12,5", 12.5),
    (SHARE, "62,5", 62.5),
])
def test_sane_numbers_are_stored_as_numbers(question, value, expected):
    stored = check_answer(q(*question), value)
    assert stored == expected and type(stored) is type(expected)


def test_a_refused_number_leaves_the_stored_answer_as_it_was(store):
    site, _ = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11")
    store.visits.set_answer(visit.id, "foncier", "surface", "45000")
    for hostile in ("nan", "inf", "1e400", "1e308"):
        with pytest.raises(ValidationError):
            store.visits.set_answer(visit.id, "foncier", "surface", hostile)
    assert store.visits.get(visit.id).answers["foncier"]["surface"] == 45000
    raw = store.db.execute("SELECT answers FROM visits WHERE id = ?", [visit.id]).fetchone()[0]
    assert json.loads(raw)["foncier"] == {"surface": 45000}
