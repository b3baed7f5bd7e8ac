"""The comparison table: 2 to 15 places as columns, the grid's themes as rows (their latest visit)."""

from __future__ import annotations

from dataclasses import dataclass

from tl_desktop.base.errors import ValidationError
from tl_desktop.base.i18n import FRENCH, QT_TRANSLATE_NOOP, Translator
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


def _theme_text(place: Place, theme_id: str, tr: Translator) -> str:
    visit = place.latest_visit
    if visit is None:
        return ""
    grid = load_grid(visit.grid_version, tr.language)
    theme = grid.theme(theme_id)
    given = visit.answers.get(theme_id) or {}
    if theme is None:
        return ""
    lines = []
    for question in theme.questions:
        value = given.get(question.id)
        if not is_empty(value):
            text = answer_text(question, value, tr)
            lines.append(tr.translate("study", "{question} : {answer}").format(
                question=question.label, answer=("\n" + text) if "\n" in text else text))
    if (given.get(COMMENT) or "").strip():
        lines.append(given[COMMENT].strip())
    return "\n".join(lines)


def comparison(places: list[Place], tr: Translator = FRENCH) -> Comparison:
    """Return the comparison of these places (2 to 15; raise ValidationError otherwise), in ``tr``'s language."""
    check_compared(len(places))

    def room(p: Place) -> str:
        if not p.capacity:
            return ""
        text = tr.translate("study", "{n} personnes").format(n=p.capacity)
        return text + (tr.translate("study", " (accessible PMR)") if p.capacity_accessible >= p.capacity else "")
    rows: list[tuple[str, tuple[str, ...]]] = [
        (tr.translate("study", "Commune"), tuple(p.commune for p in places)),
        (tr.translate("study", "Types"), tuple(", ".join(KINDS.labels(p.kinds, tr)) for p in places)),
        (tr.translate("study", "Réseau régional"), tuple(p.network for p in places)),
        (tr.translate("study", "Services publics (fiche)"), tuple(
            ", ".join(PUBLIC_SERVICES.label(c, tr) for c, _ in p.services) for p in places)),
        (tr.translate("study", "Plus grande salle de réunion"), tuple(room(p) for p in places)),
        (tr.translate("study", "Dernière visite"), tuple(
            tr.long_date(p.latest_visit.date) if p.latest_visit else tr.translate("study", "non visité")
            for p in places)),
    ]
    for theme in load_grid(None, tr.language).themes:
        texts = tuple(_theme_text(p, theme.id, tr) for p in places)
        if any(texts):
            rows.append((theme.label, texts))
    return Comparison(tuple(places), tuple(rows))
