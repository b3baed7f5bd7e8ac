"""The comparison table: 2 to 15 places as columns, the grid's themes as rows (their latest visit)."""

from __future__ import annotations

from dataclasses import dataclass

from tl_desktop.base.errors import ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import long_date
from tl_desktop.domain import KINDS, PUBLIC_SERVICES
from tl_desktop.domain.grid import COMMENT, answer_text, is_empty, load_grid
from tl_desktop.study.selection import Place

MIN_COMPARED, MAX_COMPARED = 2, 15


@dataclass(frozen=True)
class Comparison:
    """Columns: the places; rows: (label, one text per place)."""

    places: tuple[Place, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]


def check_compared(count: int) -> None:
    """Raise ValidationError unless 2 to 15 places are compared."""
    if not MIN_COMPARED <= count <= MAX_COMPARED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "tl_desktop", "Choisissez de {min} à {max} lieux à comparer ({count} choisis)."),
            min=MIN_COMPARED, max=MAX_COMPARED, count=count)


def _theme_text(place: Place, theme_id: str) -> str:
    visit = place.latest_visit
    if visit is None:
        return ""
    grid = load_grid(visit.grid_version)
    theme = grid.theme(theme_id)
    given = visit.answers.get(theme_id) or {}
    if theme is None:
        return ""
    lines = []
    for question in theme.questions:
        value = given.get(question.id)
        if not is_empty(value):
            text = answer_text(question, value)
            lines.append(f"{question.label} : " + (("\n" + text) if "\n" in text else text))
    if (given.get(COMMENT) or "").strip():
        lines.append(given[COMMENT].strip())
    return "\n".join(lines)


def comparison(places: list[Place]) -> Comparison:
    """Return the comparison of these places (2 to 15; raise ValidationError otherwise)."""
    check_compared(len(places))
    rows: list[tuple[str, tuple[str, ...]]] = [
        ("Commune", tuple(p.commune for p in places)),
        ("Types", tuple(", ".join(KINDS.labels(p.kinds)) for p in places)),
        ("Réseau régional", tuple(p.network for p in places)),
        ("Services publics (fiche)", tuple(", ".join(PUBLIC_SERVICES.label(c) for c, _ in p.services)
                                           for p in places)),
        ("Plus grande salle de réunion", tuple(
            (f"{p.capacity} personnes" + (" (accessible PMR)" if p.capacity_accessible >= p.capacity else ""))
            if p.capacity else "" for p in places)),
        ("Dernière visite", tuple(long_date(p.latest_visit.date) if p.latest_visit else "non visité"
                                  for p in places)),
    ]
    for theme in load_grid().themes:
        texts = tuple(_theme_text(p, theme.id) for p in places)
        if any(texts):
            rows.append((theme.label, texts))
    return Comparison(tuple(places), tuple(rows))
