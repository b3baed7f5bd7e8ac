"""Territorial studies: a territory and criteria, the places they select, figures and comparison (no Qt)."""

from tl_desktop.study.comparison import MAX_COMPARED, MIN_COMPARED, Comparison, check_compared, comparison
from tl_desktop.study.criteria import GROUPINGS, TERRITORY_KINDS, Criteria, StudyQuestion, Territory, area_of_view
from tl_desktop.study.figures import (
    Distribution,
    Figures,
    Row,
    compute_figures,
    group_phrases,
    mean_text,
    phrase_key,
    share,
)
from tl_desktop.study.selection import Place, StudyData, VisitSummary, in_polygon, in_territory, matches, select

__all__ = [
    "GROUPINGS", "MAX_COMPARED", "area_of_view", "MIN_COMPARED", "TERRITORY_KINDS", "Comparison", "Criteria", "Distribution",
    "Figures", "Place", "Row", "StudyData", "StudyQuestion", "Territory", "VisitSummary", "check_compared",
    "comparison", "compute_figures", "group_phrases", "in_polygon", "mean_text", "in_territory", "matches", "phrase_key",
    "select", "share", "study_of",
]


def study_of(store, name: str) -> tuple[object, StudyQuestion]:
    """Return (the saved study named ``name``, its question); raise NotFoundError."""
    saved = store.studies.by_name(name)
    return saved, StudyQuestion(Territory.from_dict(saved.territory), Criteria.from_dict(saved.criteria))
