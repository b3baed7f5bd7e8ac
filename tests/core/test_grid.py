"""The observation grid: a versioned data file, answers checked against it."""

from __future__ import annotations

import pytest

from tl_desktop.base.errors import ValidationError
from tl_desktop.domain.grid import available_versions, check_answer, load_grid


def test_the_shipped_grid_covers_the_themes_of_a_learning_tour():
    grid = load_grid()
    assert grid.version == max(available_versions()) == 1
    assert [t.id for t in grid.themes] == ["activites", "publics", "gouvernance", "modele_economique", "foncier",
                                           "services_publics", "impacts", "forces_fragilites", "besoins"]
    strengths = grid.theme("forces_fragilites")
    assert {q.highlight for q in strengths.questions} == {"strength", "fragility"}
    # Questions reuse the catalog's controlled lists rather than copying them.
    assert grid.theme("gouvernance").question("forme_juridique").option_label("scic") == "SCIC"
    assert grid.theme("services_publics").question("services").option_label("mission_locale") == "Mission Locale"


def q(theme, question):
    return load_grid(1).theme(theme).question(question)


@pytest.mark.parametrize("theme, question, value, expected", [
    ("modele_economique", "autofinancement", "62,5", 62.5),
    ("modele_economique", "autofinancement", 40, 40),
    ("impacts", "lien_social", "4", 4),
    ("foncier", "statut", "occupation_temporaire", "occupation_temporaire"),
    ("foncier", "fin_occupation", "2027-06-30", "2027-06-30"),
    ("publics", "publics", ["seniors", "jeunes", "jeunes"], ["jeunes", "seniors"]),
    ("forces_fragilites", "forces", [" Réseau d'habitants ", "", "Bénévoles"], ["Réseau d'habitants", "Bénévoles"]),
    ("activites", "ouverture", "  ", None),
    ("forces_fragilites", "fragilites", [], None),
])
def test_answers_are_normalised(theme, question, value, expected):
    assert check_answer(q(theme, question), value) == expected


@pytest.mark.parametrize("theme, question, value", [
    ("modele_economique", "autofinancement", "120"),
    ("modele_economique", "autofinancement", "beaucoup"),
    ("impacts", "lien_social", 6),
    ("impacts", "lien_social", 2.5),
    ("foncier", "statut", "squat"),
    ("foncier", "fin_occupation", "30/06/2027"),
    ("publics", "publics", ["martiens"]),
])
def test_bad_answers_are_refused_in_french(theme, question, value):
    with pytest.raises(ValidationError) as info:
        check_answer(q(theme, question), value)
    assert "Réponse invalide" in str(info.value)


def test_unanswered_themes_are_left_out():
    grid = load_grid(1)
    answers = {"foncier": {"statut": "locataire"}, "impacts": {"_commentaire": "  "}, "publics": {}}
    assert [t.id for t in grid.answered_themes(answers)] == ["foncier"]
