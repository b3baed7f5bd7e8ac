"""The figures of a study: counts, shares and distributions, each ready for a chart and a table.

A figure is a ``Distribution``: a title, rows of (label, value) and the number of places it is
about; the charts (reports.charts) draw it, the view and the documents show it as a table too.
Free-text answers (strengths, fragilities, needs) are grouped when they say the same thing in
other words: case, accents, plural and punctuation are ignored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tl_desktop import geo
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import NBSP, fold
from tl_desktop.domain import KINDS, LEGAL_FORMS, PROGRAMMES, PUBLIC_SERVICES
from tl_desktop.domain.grid import load_grid
from tl_desktop.study.criteria import Criteria
from tl_desktop.study.selection import Place

UNKNOWN = QT_TRANSLATE_NOOP("study", "Non renseigné")
SELF_FINANCING_BINS = ((0, 25, "Moins de 25 %"), (25, 50, "De 25 à 49 %"), (50, 75, "De 50 à 74 %"),
                       (75, 101, "75 % et plus"))
TOP_PHRASES = 10


@dataclass(frozen=True)
class Row:
    label: str
    value: float
    detail: str = ""          # e.g. « 12 réponses » under a mean


@dataclass(frozen=True)
class Distribution:
    """One figure: rows of (label, value) about ``base`` places."""

    key: str
    title: str
    rows: tuple[Row, ...]
    base: int
    unit: str = "lieux"               # what the values count: « lieux », or « note moyenne sur 5 »
    note: str = ""
    maximum: float | None = None      # the scale's top for means (5), None for counts

    def is_empty(self) -> bool:
        return not self.rows or not any(r.value for r in self.rows)

    def table(self) -> list[tuple[str, str]]:
        """The rows as text, for screen readers, copying and the documents: (label, value)."""
        out = []
        for row in self.rows:
            if self.maximum:
                value = f"{row.value:.1f}".replace(".", ",") + f"{NBSP}/{NBSP}{self.maximum:g}"
            else:
                value = f"{int(row.value)}"
                if self.base:
                    value += f" ({share(row.value, self.base)})"
            out.append((row.label, value + (f" — {row.detail}" if row.detail else "")))
        return out


@dataclass(frozen=True)
class Figures:
    """Everything the study shows about a selection of places."""

    total: int
    located: int
    visited: int
    hosting: int
    meeting: int | None                 # places that can host the meeting asked for (None: not asked)
    distributions: tuple[Distribution, ...] = field(default_factory=tuple)

    def get(self, key: str) -> Distribution | None:
        return next((d for d in self.distributions if d.key == key), None)

    def headline(self) -> list[tuple[str, str]]:
        """The key numbers, for the top of the view and the cover: (label, value)."""
        lines = [("Lieux retenus", str(self.total)),
                 ("Accueillent un service public", f"{self.hosting} ({share(self.hosting, self.total)})"),
                 ("Visités", f"{self.visited} ({share(self.visited, self.total)})")]
        if self.meeting is not None:
            lines.append(("Peuvent accueillir la réunion", f"{self.meeting} ({share(self.meeting, self.total)})"))
        return lines


def share(part: float, whole: float) -> str:
    """« 42 % » (French spacing), or « — » for nothing to divide."""
    return f"{round(100 * part / whole)}{NBSP}%" if whole else "—"


def _counted(key: str, title: str, counter: Counter, base: int, labels=None, note: str = "",
             order: list[str] | None = None) -> Distribution:
    if order is not None:
        items = [(k, counter[k]) for k in order if counter.get(k)]
        items += sorted(((k, v) for k, v in counter.items() if k not in order), key=lambda kv: -kv[1])
    else:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], fold(str(labels(kv[0]) if labels else kv[0]))))
    rows = tuple(Row(labels(k) if labels else str(k), v) for k, v in items)
    return Distribution(key, title, rows, base, note=note)


def group_label(place: Place, group_by: str) -> str:
    if group_by == "commune":
        return place.commune or UNKNOWN
    if group_by == "region":
        return place.region or UNKNOWN
    if group_by == "network":
        return place.network or QT_TRANSLATE_NOOP("study", "Réseau non identifié")
    dep = geo.departements().get(place.departement)
    return f"{dep.name} ({dep.code})" if dep else UNKNOWN


_STOP_WORDS = {"le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "a", "au", "aux", "en", "pour",
               "sur", "avec", "par", "tres", "trop", "peu"}


def phrase_key(text: str) -> str:
    """What two phrasings of the same idea share: no case, accents, punctuation, articles or plural."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    kept = []
    for word in words:
        if word in _STOP_WORDS:
            continue
        if len(word) > 3 and word.endswith("aux"):
            word = word[:-3] + "al"              # locaux → local, associatifs stay below
        elif len(word) > 3 and word[-1] in "sx":
            word = word[:-1]
        kept.append(word)
    return " ".join(kept)


def group_phrases(items: list[tuple[str, str]]) -> list[tuple[str, int]]:
    """Group (place id, text) by phrase_key; return (most frequent wording, number of places), most cited first."""
    places: dict[str, set[str]] = {}
    wordings: dict[str, Counter] = {}
    for place_id, text in items:
        text = " ".join(text.split()).strip(" .;,-•")
        key = phrase_key(text)
        if not key:
            continue
        places.setdefault(key, set()).add(place_id)
        wordings.setdefault(key, Counter())[text[:1].upper() + text[1:]] += 1
    ranked = sorted(places, key=lambda k: (-len(places[k]), k))
    return [(wordings[k].most_common(1)[0][0], len(places[k])) for k in ranked]


def compute_figures(places: list[Place], criteria: Criteria = Criteria()) -> Figures:
    """Return the figures of a selection of places; raise nothing (unanswered questions are counted apart)."""
    total = len(places)
    kinds, programmes, services, groups = Counter(), Counter(), Counter(), Counter()
    hosting = located = 0
    for place in places:
        kinds.update(place.kinds or ("autre",))
        programmes.update(place.programmes)
        codes = {code for code, _ in place.services}
        services.update(codes)
        hosting += bool(codes)
        located += place.latitude is not None
        groups[group_label(place, criteria.group_by)] += 1
    grouping = {"departement": "département", "commune": "commune", "region": "région",
                "network": "réseau régional"}[criteria.group_by]
    distributions = [
        _counted("kinds", "Lieux par type", kinds, total, KINDS.label, "Un lieu peut avoir plusieurs types.",
                 order=None),
        _counted("programmes", "Lieux par programme ou label", programmes, total, PROGRAMMES.label),
        _counted("groups", f"Lieux par {grouping}", groups, total),
        _counted("services", "Services publics accueillis", services, total, PUBLIC_SERVICES.label,
                 f"{hosting} lieu{'x' if hosting > 1 else ''} sur {total} en accueille{'nt' if hosting > 1 else ''} "
                 f"au moins un ({share(hosting, total)})."),
    ]

    visited = [p for p in places if p.latest_visit is not None]
    grid = load_grid()
    financing, land, legal = Counter(), Counter(), Counter()
    ratings: dict[str, list[float]] = {}
    strengths, fragilities, needs = [], [], []
    land_q = grid.theme("foncier").question("statut")
    impacts = grid.theme("impacts")
    for place in visited:
        answers = place.latest_visit.answers
        economy = answers.get("modele_economique") or {}
        value = economy.get("autofinancement")
        if isinstance(value, (int, float)):
            financing[next(label for low, high, label in SELF_FINANCING_BINS if low <= value < high)] += 1
        else:
            financing[UNKNOWN] += 1
        status = (answers.get("foncier") or {}).get("statut")
        land[land_q.option_label(status) if status else UNKNOWN] += 1
        form = (answers.get("gouvernance") or {}).get("forme_juridique") or place.legal_form
        legal[LEGAL_FORMS.label(form) if form else UNKNOWN] += 1
        for question in impacts.questions:
            rating = (answers.get("impacts") or {}).get(question.id)
            if isinstance(rating, (int, float)):
                ratings.setdefault(question.id, []).append(float(rating))
        given = answers.get("forces_fragilites") or {}
        strengths += [(place.id, t) for t in given.get("forces") or () if isinstance(t, str)]
        fragilities += [(place.id, t) for t in given.get("fragilites") or () if isinstance(t, str)]
        wants = answers.get("besoins") or {}
        needs += [(place.id, t) for t in wants.get("besoins") or () if isinstance(t, str)]
    base = len(visited)
    distributions += [
        _counted("self_financing", "Part d'autofinancement des lieux visités", financing, base,
                 order=[label for _, _, label in SELF_FINANCING_BINS] + [UNKNOWN]),
        _counted("land", "Statut d'occupation des locaux (lieux visités)", land, base,
                 order=[o.label for o in land_q.options] + [UNKNOWN]),
        _counted("legal", "Forme juridique (lieux visités)", legal, base,
                 order=[c.label for c in LEGAL_FORMS] + [UNKNOWN]),
        Distribution("impacts", "Impacts notés pendant les visites", tuple(
            Row(q.label, sum(ratings[q.id]) / len(ratings[q.id]),
                f"{len(ratings[q.id])} réponse{'s' if len(ratings[q.id]) > 1 else ''}")
            for q in impacts.questions if ratings.get(q.id)), base, unit="note moyenne sur 5", maximum=5),
    ]
    for key, title, items in (("strengths", "Forces les plus citées", strengths),
                              ("fragilities", "Fragilités les plus citées", fragilities),
                              ("needs", "Besoins les plus exprimés", needs)):
        grouped = group_phrases(items)[:TOP_PHRASES]
        distributions.append(Distribution(key, title, tuple(Row(label, n) for label, n in grouped), base,
                                          note="Nombre de lieux visités qui l'ont dit."))
    meeting = None
    if criteria.meeting_capacity:
        meeting = sum(p.can_host(criteria.meeting_capacity, criteria.meeting_accessible, criteria.meeting_equipment)
                      for p in places)
    return Figures(total=total, located=located, visited=base, hosting=hosting, meeting=meeting,
                   distributions=tuple(distributions))
