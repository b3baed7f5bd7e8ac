"""The observation grid of a visit: versioned data files in resources/grid/, not code.

A visit records the version of the grid it was filled with; every version ever shipped stays
in resources/grid/ so old visits stay readable and exportable after the grid changes.

The grid files are in French. Their texts (``GRID_TEXT_KEYS``) are extracted for the
translators into ``grid_strings.py`` (context "grid", by ``scripts/update-translations``), and
``load_grid(version, language)`` returns the grid with them translated.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from tl_desktop.base.errors import TlError, ValidationError
from tl_desktop.base.i18n import FRENCH, QT_TRANSLATE_NOOP, Translator, translator
from tl_desktop.base.resources import resource
from tl_desktop.base.text import NBSP
from tl_desktop.domain import LEGAL_FORMS, PUBLIC_SERVICES, Choice

QUESTION_TYPES = ("choice", "multi", "text", "number", "percent", "rating", "date", "items")
# Controlled lists of the catalog a question may reuse, by name.
SHARED_LISTS = {"legal_forms": LEGAL_FORMS, "public_services": PUBLIC_SERVICES}
COMMENT = "_commentaire"   # each theme's free comment, stored beside its answers
# What a comparison column may show when a visit left it unanswered: the catalog's own record.
SITE_FALLBACKS = ("site.public_services",)
# What a grid file holds: texts shown to people (extracted for translation, translated on loading),
# maps whose values are such texts, and codes (never translated). Every key of a grid file is in
# one of the three (tests/core/test_translations.py checks the shipped files).
GRID_TEXT_KEYS = ("title", "description", "label", "unit", "prefix")
GRID_TEXT_MAPS = ("scale_labels",)
GRID_CODE_KEYS = ("version", "id", "code", "type", "list", "scale", "highlight", "question", "otherwise",
                  "themes", "questions", "options", "comparison", "columns", "answers")


@dataclass(frozen=True)
class Question:
    id: str
    label: str
    type: str
    options: tuple[Choice, ...] = ()
    scale: int = 5
    unit: str = ""
    highlight: str = ""      # "strength" / "fragility": printed highlighted in reports
    # What the points of a rating scale mean, e.g. ((1, "très faible"), (5, "très forte")).
    scale_labels: tuple[tuple[int, str], ...] = ()

    def option_label(self, code: str) -> str:
        return next((o.label for o in self.options if o.code == code), code)

    def scale_label(self, point: int) -> str:
        """What ``point`` of a rating scale means (« très faible »), or "" if the grid does not say."""
        return next((label for n, label in self.scale_labels if n == point), "")


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class ComparedAnswer:
    """One answer shown in a comparison column, after an optional prefix (« autofinancement 40 % »)."""

    theme: str
    question: str
    prefix: str = ""


@dataclass(frozen=True)
class ComparisonColumn:
    """A column of the tour booklet's table comparing the places visited."""

    label: str
    answers: tuple[ComparedAnswer, ...]
    otherwise: str = ""      # one of SITE_FALLBACKS, shown when no answer was given
    highlight: str = ""      # "strength" / "fragility" when all its questions are so highlighted


@dataclass(frozen=True)
class Comparison:
    """Which answers the tour booklet puts side by side, place by place (the grid file's "comparison")."""

    title: str
    description: str
    columns: tuple[ComparisonColumn, ...]


@dataclass(frozen=True)
class Grid:
    version: int
    title: str
    themes: tuple[Theme, ...] = field(default_factory=tuple)
    comparison: Comparison | None = None

    def theme(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def answered_themes(self, answers: dict) -> list[Theme]:
        """Return the themes with at least one answer or a comment (reports leave the others out)."""
        return [t for t in self.themes if any(not is_empty(v) for v in (answers.get(t.id) or {}).values())]


def is_empty(value: object) -> bool:
    """Return True for an unanswered value: None, blank text, empty list."""
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, list) and not value)


class GridError(TlError):
    """A grid file is missing or malformed (a packaging error, not a user's)."""


def grid_texts(raw: object) -> list[str]:
    """Every text of a grid file's content (``GRID_TEXT_KEYS``, ``GRID_TEXT_MAPS``), in file order, once each."""
    found: dict[str, None] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in GRID_TEXT_KEYS and isinstance(value, str) and value.strip():
                    found.setdefault(value)
                elif key in GRID_TEXT_MAPS and isinstance(value, dict):
                    for text in value.values():
                        if isinstance(text, str) and text.strip():
                            found.setdefault(text)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
    walk(raw)
    return list(found)


def _translated(node: object, tr: Translator) -> object:
    """A copy of a grid file's content with its texts in ``tr``'s language (codes untouched)."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in GRID_TEXT_KEYS and isinstance(value, str):
                out[key] = tr.translate("grid", value)
            elif key in GRID_TEXT_MAPS and isinstance(value, dict):
                out[key] = {k: tr.translate("grid", v) if isinstance(v, str) else v for k, v in value.items()}
            else:
                out[key] = _translated(value, tr)
        return out
    if isinstance(node, list):
        return [_translated(item, tr) for item in node]
    return node


def grid_strings_source() -> str:
    """The Python module ``grid_strings.py``: one line marking each text of every shipped grid for
    extraction in the context "grid", so that lupdate finds them (written by scripts/update-translations)."""
    texts: dict[str, None] = {}
    for version in available_versions():
        raw = json.loads(resource("grid", f"grille-v{version}.json").read_text(encoding="utf-8"))
        for text in grid_texts(raw):
            texts.setdefault(text)
    lines = ['"""The texts of the observation grids (resources/grid/), for pyside6-lupdate to extract.',
             "",
             "Generated by scripts/update-translations from the grid files: do not edit; never imported.",
             '"""',
             "",
             "from tl_desktop.base.i18n import QT_TRANSLATE_NOOP",
             "",
             "GRID_STRINGS = ("]
    marker = "QT_TRANSLATE_NOOP"      # spelt apart: lupdate must not take this line for a message
    lines += [f'    {marker}("grid", {json.dumps(text, ensure_ascii=False)}),' for text in texts]
    lines.append(")")
    return "\n".join(lines) + "\n"


def _scale_labels(raw: dict | None) -> tuple[tuple[int, str], ...]:
    # Optional (older grid files have none): {"1": "très faible", "5": "très forte"}.
    return tuple(sorted((int(point), str(label)) for point, label in (raw or {}).items()))


def _question(raw: dict, theme_scale_labels: dict | None = None, tr: Translator = FRENCH) -> Question:
    kind = raw["type"]
    if kind not in QUESTION_TYPES:
        raise GridError(QT_TRANSLATE_NOOP("tl_desktop", "Type de question inconnu « {kind} »."), kind=kind)
    if "list" in raw:
        # The catalog's own lists: their labels are translated in the context of the catalog's lists.
        options = tuple(Choice(c.code, tr.translate("domain", c.label), c.colour) for c in SHARED_LISTS[raw["list"]])
    else:
        options = tuple(Choice(o["code"], o["label"]) for o in raw.get("options", ()))
    if kind in ("choice", "multi") and not options:
        raise GridError(QT_TRANSLATE_NOOP("tl_desktop", "La question « {id} » n'a pas d'options."), id=raw["id"])
    labels = _scale_labels(raw.get("scale_labels", theme_scale_labels)) if kind == "rating" else ()
    return Question(id=raw["id"], label=raw["label"], type=kind, options=options,
                    scale=int(raw.get("scale", 5)), unit=raw.get("unit", ""), highlight=raw.get("highlight", ""),
                    scale_labels=labels)


def _comparison(raw: dict | None, themes: tuple[Theme, ...], tr: Translator = FRENCH) -> Comparison:
    """The comparison the grid file describes; without one, its highlighted questions side by side."""
    by_id = {t.id: t for t in themes}
    if raw is None:
        return Comparison(tr.translate("grid", "Synthèse : les lieux côte à côte"), "", tuple(
            ComparisonColumn(q.label, (ComparedAnswer(t.id, q.id),), highlight=q.highlight)
            for t in themes for q in t.questions if q.highlight))
    columns = []
    for column in raw["columns"]:
        answers = []
        for answer in column["answers"]:
            theme_id, _, question_id = answer["question"].partition(".")
            if by_id.get(theme_id) is None or by_id[theme_id].question(question_id) is None:
                raise KeyError(f"comparison: no question {answer['question']}")
            answers.append(ComparedAnswer(theme_id, question_id, answer.get("prefix", "")))
        otherwise = column.get("otherwise", "")
        if otherwise and otherwise not in SITE_FALLBACKS:
            raise KeyError(f"comparison: unknown fallback {otherwise}")
        highlights = {by_id[a.theme].question(a.question).highlight for a in answers}
        columns.append(ComparisonColumn(column["label"], tuple(answers), otherwise,
                                        highlights.pop() if len(highlights) == 1 else ""))
    return Comparison(raw.get("title", ""), raw.get("description", ""), tuple(columns))


@lru_cache(maxsize=None)
def load_grid(version: int | None = None, language: str = "fr") -> Grid:
    """Return the grid of ``version`` (None: the newest shipped), its texts in ``language``; raise GridError."""
    if version is None:
        version = max(available_versions())
    path = resource("grid", f"grille-v{version}.json")
    tr = translator(language)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if language != "fr":
            raw = _translated(raw, tr)
        themes = tuple(Theme(t["id"], t["label"], tuple(_question(q, t.get("scale_labels"), tr)
                                                        for q in t["questions"]))
                       for t in raw["themes"])
        comparison = _comparison(raw.get("comparison"), themes, tr)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GridError(QT_TRANSLATE_NOOP("tl_desktop", "La grille d'observation v{version} est illisible."),
                        version=version, details=repr(exc)) from exc
    return Grid(version=int(raw["version"]), title=raw["title"], themes=themes, comparison=comparison)


def available_versions() -> list[int]:
    """Return the versions of the grids shipped with the application."""
    found = [int(m.group(1)) for p in resource("grid").glob("grille-v*.json")
             if (m := re.fullmatch(r"grille-v(\d+)\.json", p.name))]
    return sorted(found)


# Above this, a count of people or of m² is a typing slip (1e308 was stored as 309 digits).
MAX_NUMBER = 1_000_000_000


def _shown(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def check_answer(question: Question, value: object) -> object:
    """Return ``value`` normalised for ``question`` (None when empty); raise ValidationError in French."""
    if is_empty(value):
        return None

    def fail(template: str = QT_TRANSLATE_NOOP("tl_desktop", "Réponse invalide pour « {question} » : {value}"),
             ) -> None:
        raise ValidationError(template, question=question.label, value=_shown(value),
                              limit=f"{MAX_NUMBER:,}".replace(",", NBSP))

    codes = {o.code for o in question.options}
    if question.type == "choice":
        if value not in codes:
            fail()
        return value
    if question.type == "multi":
        if not isinstance(value, list) or any(v not in codes for v in value):
            fail()
        return [o.code for o in question.options if o.code in value]   # grid order, no duplicates
    if question.type == "items":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail()
        items = [v.strip() for v in value if v.strip()]
        return items or None
    if question.type == "text":
        return str(value)
    if question.type in ("number", "percent", "rating"):
        try:
            number = float(str(value).replace(",", ".")) if not isinstance(value, (int, float)) else float(value)
        except (ValueError, OverflowError):
            fail()
        # float() reads « nan », « inf » and « infinity » as numbers, and « 1e400 » as infinity.
        if math.isnan(number) or (math.isinf(number) and "inf" in str(value).lower()):
            fail(QT_TRANSLATE_NOOP("tl_desktop", "Réponse invalide pour « {question} » : « {value} » n'est pas "
                                                 "un nombre."))
        if abs(number) > MAX_NUMBER:
            fail(QT_TRANSLATE_NOOP("tl_desktop", "Réponse invalide pour « {question} » : {value} dépasse "
                                                 "{limit} (faute de frappe ?)."))
        if question.type == "percent" and not 0 <= number <= 100:
            fail()
        if question.type == "rating" and (number != int(number) or not 1 <= number <= question.scale):
            fail()
        if number < 0:
            fail()
        return int(number) if number == int(number) else number
    if question.type == "date":
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            fail()
    fail()
    return None


def answer_text(question: Question, value: object, tr: Translator = FRENCH) -> str:
    """An answer as a reader of ``tr``'s language reads it (labels, « 3 / 5 », « 40 % », dates written out).

    The labels are the question's own: take it from the grid loaded in the same language.
    """
    if question.type == "multi":
        return ", ".join(question.option_label(c) for c in value)
    if question.type == "items":
        return "\n".join(f"• {item}" for item in value)
    if question.type == "choice":
        return question.option_label(value)
    if question.type == "rating":
        return f"{value}/{question.scale}" if tr.language == "en" else f"{value}{NBSP}/{NBSP}{question.scale}"
    if question.type == "percent":
        return tr.percent(value) if isinstance(value, (int, float)) else str(value)
    if question.type == "date":
        return tr.long_date(value)
    if question.type == "number":
        number = tr.number(value) if isinstance(value, (int, float)) else str(value)
        return f"{number} {question.unit}".strip()
    return str(value)
