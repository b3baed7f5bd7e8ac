"""The figures of a study: counts, shares and distributions, each ready for a chart and a table.

A figure is a ``Distribution``: a title, rows of (label, value) and the number of places it is
about; the charts (reports.charts) draw it, the view and the documents show it as a table too.
Free-text answers (strengths, fragilities, needs) are grouped when they say the same thing in
other words: case, accents, plural and punctuation are ignored.

Figures are computed in one language (``compute_figures(..., tr)``): titles, labels, units and
the values' numbers (« 3,4 / 5 », "3.4/5") are written in it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tl_desktop import geo
from tl_desktop.base.i18n import FRENCH, QT_TRANSLATE_NOOP, Translator, translator
from tl_desktop.base.text import NBSP, fold
from tl_desktop.domain import KINDS, LEGAL_FORMS, PROGRAMMES, PUBLIC_SERVICES
from tl_desktop.domain.grid import load_grid
from tl_desktop.study.criteria import Criteria
from tl_desktop.study.selection import Place

UNKNOWN = QT_TRANSLATE_NOOP("study", "Non renseigné")
SELF_FINANCING_BINS = ((0, 25, QT_TRANSLATE_NOOP("study", "Moins de 25 %")),
                       (25, 50, QT_TRANSLATE_NOOP("study", "De 25 à 49 %")),
                       (50, 75, QT_TRANSLATE_NOOP("study", "De 50 à 74 %")),
                       (75, 101, QT_TRANSLATE_NOOP("study", "75 % et plus")))
# The title of the figure grouping places, by Criteria.group_by.
GROUP_TITLES = {
    "departement": QT_TRANSLATE_NOOP("study", "Lieux par département"),
    "commune": QT_TRANSLATE_NOOP("study", "Lieux par commune"),
    "region": QT_TRANSLATE_NOOP("study", "Lieux par région"),
    "network": QT_TRANSLATE_NOOP("study", "Lieux par réseau régional"),
}
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
    language: str = "fr"              # the language of its texts, and of its numbers in table()

    def is_empty(self) -> bool:
        return not self.rows or not any(r.value for r in self.rows)

    def table(self) -> list[tuple[str, str]]:
        """The rows as text, for screen readers, copying and the documents: (label, value)."""
        out = []
        tr = translator(self.language)
        for row in self.rows:
            if self.maximum:
                value = mean_text(row.value, self.maximum, tr)
            else:
                value = f"{int(row.value)}"
                if self.base:
                    value += f" ({share(row.value, self.base, tr)})"
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
    language: str = "fr"

    def get(self, key: str) -> Distribution | None:
        return next((d for d in self.distributions if d.key == key), None)

    def headline(self) -> list[tuple[str, str]]:
        """The key numbers, for the top of the view and the cover: (label, value)."""
        tr = translator(self.language)
        lines = [(tr.translate("study", "Lieux retenus"), str(self.total)),
                 (tr.translate("study", "Accueillent un service public"),
                  f"{self.hosting} ({share(self.hosting, self.total, tr)})"),
                 (tr.translate("study", "Visités"), f"{self.visited} ({share(self.visited, self.total, tr)})")]
        if self.meeting is not None:
            lines.append((tr.translate("study", "Peuvent accueillir la réunion"),
                          f"{self.meeting} ({share(self.meeting, self.total, tr)})"))
        return lines


def share(part: float, whole: float, tr: Translator = FRENCH) -> str:
    """« 42 % » (French spacing; "42%" in English), or « — » for nothing to divide."""
    return tr.percent(round(100 * part / whole)) if whole else "—"


def mean_text(value: float, maximum: float, tr: Translator = FRENCH) -> str:
    """A mean on a scale: « 3,4 / 5 » in French, "3.4/5" in English."""
    number, top = tr.number(value, 1), tr.number(maximum)
    return f"{number}/{top}" if tr.language == "en" else f"{number}{NBSP}/{NBSP}{top}"


def _counted(key: str, title: str, counter: Counter, base: int, labels=None, note: str = "",
             order: list[str] | None = None, tr: Translator = FRENCH) -> Distribution:
    if order is not None:
        items = [(k, counter[k]) for k in order if counter.get(k)]
        items += sorted(((k, v) for k, v in counter.items() if k not in order), key=lambda kv: -kv[1])
    else:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], fold(str(labels(kv[0]) if labels else kv[0]))))
    rows = tuple(Row(labels(k) if labels else str(k), v) for k, v in items)
    return Distribution(key, title, rows, base, unit=tr.translate("study", "lieux"), note=note,
                        language=tr.language)


def group_label(place: Place, group_by: str, tr: Translator = FRENCH) -> str:
    unknown = tr.translate("study", UNKNOWN)
    if group_by == "commune":
        return place.commune or unknown
    if group_by == "region":
        return place.region or unknown
    if group_by == "network":
        return place.network or tr.translate("study", "Réseau non identifié")
    dep = geo.departements().get(place.departement)
    return f"{dep.name} ({dep.code})" if dep else unknown


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


def compute_figures(places: list[Place], criteria: Criteria = Criteria(), tr: Translator = FRENCH) -> Figures:
    """Return the figures of a selection of places, written in ``tr``'s language; raise nothing
    (unanswered questions are counted apart)."""
    total = len(places)
    unknown = tr.translate("study", UNKNOWN)
    kinds, programmes, services, groups = Counter(), Counter(), Counter(), Counter()
    hosting = located = 0
    for place in places:
        kinds.update(place.kinds or ("autre",))
        programmes.update(place.programmes)
        codes = {code for code, _ in place.services}
        services.update(codes)
        hosting += bool(codes)
        located += place.latitude is not None
        groups[group_label(place, criteria.group_by, tr)] += 1
    distributions = [
        _counted("kinds", tr.translate("study", "Lieux par type"), kinds, total, lambda c: KINDS.label(c, tr),
                 tr.translate("study", "Un lieu peut avoir plusieurs types."), order=None, tr=tr),
        _counted("programmes", tr.translate("study", "Lieux par programme ou label"), programmes, total,
                 lambda c: PROGRAMMES.label(c, tr), tr=tr),
        _counted("groups", tr.translate("study", GROUP_TITLES[criteria.group_by]), groups, total, tr=tr),
        _counted("services", tr.translate("study", "Services publics accueillis"), services, total,
                 lambda c: PUBLIC_SERVICES.label(c, tr), tr.plural(
                     hosting, tr.translate("study", "{n} lieu sur {total} en accueille au moins un ({share})."),
                     tr.translate("study", "{n} lieux sur {total} en accueillent au moins un ({share})."),
                     total=total, share=share(hosting, total, tr)), tr=tr),
    ]

    visited = [p for p in places if p.latest_visit is not None]
    grid = load_grid(None, tr.language)
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
            financing[next(tr.translate("study", label) for low, high, label in SELF_FINANCING_BINS
                           if low <= value < high)] += 1
        else:
            financing[unknown] += 1
        status = (answers.get("foncier") or {}).get("statut")
        land[land_q.option_label(status) if status else unknown] += 1
        form = (answers.get("gouvernance") or {}).get("forme_juridique") or place.legal_form
        legal[LEGAL_FORMS.label(form, tr) if form else unknown] += 1
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
    answers_one, answers_many = tr.translate("study", "{n} réponse"), tr.translate("study", "{n} réponses")
    distributions += [
        _counted("self_financing", tr.translate("study", "Part d'autofinancement des lieux visités"), financing, base,
                 order=[tr.translate("study", label) for _, _, label in SELF_FINANCING_BINS] + [unknown], tr=tr),
        _counted("land", tr.translate("study", "Statut d'occupation des locaux (lieux visités)"), land, base,
                 order=[o.label for o in land_q.options] + [unknown], tr=tr),
        _counted("legal", tr.translate("study", "Forme juridique (lieux visités)"), legal, base,
                 order=[LEGAL_FORMS.label(c.code, tr) for c in LEGAL_FORMS] + [unknown], tr=tr),
        Distribution("impacts", tr.translate("study", "Impacts notés pendant les visites"), tuple(
            Row(q.label, sum(ratings[q.id]) / len(ratings[q.id]),
                tr.plural(len(ratings[q.id]), answers_one, answers_many))
            for q in impacts.questions if ratings.get(q.id)), base,
            unit=tr.translate("study", "note moyenne sur 5"), maximum=5, language=tr.language),
    ]
    for key, title, items in (("strengths", tr.translate("study", "Forces les plus citées"), strengths),
                              ("fragilities", tr.translate("study", "Fragilités les plus citées"), fragilities),
                              ("needs", tr.translate("study", "Besoins les plus exprimés"), needs)):
        grouped = group_phrases(items)[:TOP_PHRASES]
        distributions.append(Distribution(key, title, tuple(Row(label, n) for label, n in grouped), base,
                                          unit=tr.translate("study", "lieux"),
                                          note=tr.translate("study", "Nombre de lieux visités qui l'ont dit."),
                                          language=tr.language))
    meeting = None
    if criteria.meeting_capacity:
        meeting = sum(p.can_host(criteria.meeting_capacity, criteria.meeting_accessible, criteria.meeting_equipment)
                      for p in places)
    return Figures(total=total, located=located, visited=base, hosting=hosting, meeting=meeting,
                   distributions=tuple(distributions), language=tr.language)
