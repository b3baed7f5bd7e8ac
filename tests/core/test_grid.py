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


def test_rating_scales_say_what_their_ends_mean_and_older_grids_without_it_still_load(monkeypatch, tmp_path):
    mixite = q("publics", "mixite")
    assert (mixite.scale_label(1), mixite.scale_label(3), mixite.scale_label(5)) == ("très faible", "", "très forte")
    assert q("impacts", "emploi").scale_label(5) == "impact très fort"           # given once for the theme
    assert q("foncier", "statut").scale_labels == ()                              # only ratings have a scale
    # A grid file written before scale labels existed (no "scale_labels" anywhere) loads unchanged.
    import json

    import tl_desktop.domain.grid as grid_module
    old = json.loads(grid_module.resource("grid", "grille-v1.json").read_text(encoding="utf-8"))
    old["version"] = 7
    for theme in old["themes"]:
        theme.pop("scale_labels", None)
        for question in theme["questions"]:
            question.pop("scale_labels", None)
    (tmp_path / "grille-v7.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(grid_module, "resource", lambda *parts: tmp_path.joinpath(*parts[1:]))
    grid_module.load_grid.cache_clear()
    try:
        older = grid_module.load_grid(7)
        assert older.theme("publics").question("mixite").scale_labels == ()
        assert check_answer(older.theme("publics").question("mixite"), "4") == 4
    finally:
        grid_module.load_grid.cache_clear()
