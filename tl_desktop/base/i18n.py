"""Translation for the core: the marker lupdate extracts, and translators reading the shipped .ts files.

French is the source language. The core imports no Qt, yet its messages must be extracted by
``pyside6-lupdate`` and translated:

- ``QT_TRANSLATE_NOOP(context, text)`` marks a string for extraction and returns it unchanged;
  the GUI passes it through ``QCoreApplication.translate(context, text)`` (compiled .qm).
- ``translator(language)`` gives the core a way to write a document in a chosen language from
  **the same .ts file** the translators fill in (one source of truth): it reads
  ``resources/translations/tl_desktop_<language>.ts`` with ElementTree, once. A call written
  ``tr.translate("reports", "Notes")`` is also what lupdate extracts, so a document's string
  is marked and looked up in one expression.

A translator also knows the language's conventions for what documents print: dates
(« mardi 11 février 2025 » / "Tuesday 11 February 2025"), decimal comma or point, plural rules.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Mapping, Sequence

from tl_desktop.base.resources import resource
from tl_desktop.base.text import format_number, format_percent, long_date

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "fr"
# The languages the application is written in, each named in its own language (for choosers).
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}
# BCP 47 tags for document metadata (PDF /Lang, DOCX w:lang) and locales.
LANGUAGE_TAGS: dict[str, str] = {"fr": "fr-FR", "en": "en-GB"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate knows)
    """Return ``text`` unchanged; marks it for extraction in ``context``."""
    return text


def catalog_path(language: str):
    """Return the path of the translation source (.ts) of ``language`` (French has none: it is the source)."""
    return resource("translations", f"tl_desktop_{language}.ts")


def check_language(language: str) -> str:
    """Return ``language`` if the application has it (« fr », « en »); raise ValueError otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (expected one of {', '.join(LANGUAGES)})")
    return language


def preferred_language(ui_languages: Sequence[str]) -> str:
    """The language of the interface for a system preferring ``ui_languages`` (« en-GB », « fr-FR »...,
    most preferred first): the first of them the application has, French otherwise."""
    for tag in ui_languages:
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary in LANGUAGES:
            return primary
    return SOURCE_LANGUAGE


@lru_cache(maxsize=None)
def _messages(language: str) -> Mapping[tuple[str, str], str]:
    """(context, source) → translation of every translated message of ``language``'s .ts file."""
    if language == SOURCE_LANGUAGE:
        return {}
    import xml.etree.ElementTree as ElementTree  # a document's first translation, not every start

    path = catalog_path(language)
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        # A packaging error: documents then print in French rather than not at all.
        log.error("translations of %s unreadable (%s): documents stay in French", language, exc)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            text = translation.text or ""
            if text:          # lrelease keeps unfinished translations that have a text; so do we
                found[(name, message.findtext("source") or "")] = text
    return found


class Translator:
    """Translates the core's marked strings into one language and writes numbers and dates its way.

    Also a plain callable ``tr(context, text) -> str``. A string without translation comes back
    as given (French).
    """

    def __init__(self, language: str, messages: Mapping[tuple[str, str], str]):
        self.language = language
        self._messages = messages

    def __repr__(self) -> str:
        return f"Translator({self.language!r})"

    def translate(self, context: str, text: str) -> str:
        """Return ``text`` (a French source string of ``context``) in this language."""
        return self._messages.get((context, text), text) if self._messages else text

    __call__ = translate

    def plural(self, n: float, one: str, many: str, **args: object) -> str:
        """``one`` or ``many`` (translated templates) for ``n``, with ``{n}`` and ``args`` filled in.

        French takes the singular below 2 (« 0 lieu », « 1 lieu »), English for 1 only ("0 places").
        """
        return (one if self.is_singular(n) else many).format(n=self.number(n), **args)

    def is_singular(self, n: float) -> bool:
        """Whether ``n`` takes the singular: below 2 in French, 1 only in English."""
        return n == 1 if self.language == "en" else abs(n) < 2

    def long_date(self, iso: str | None) -> str:
        """« mardi 11 février 2025 » / "Tuesday 11 February 2025" for an ISO date (other text as it is)."""
        return long_date(iso or "", self.language)

    def number(self, value: float, decimals: int | None = None) -> str:
        """« 1 234,5 » / "1,234.5"; ``decimals`` fixes the digits after the separator."""
        return format_number(value, self.language, decimals)

    def percent(self, value: float, decimals: int | None = None) -> str:
        """« 40 % » (a non-breaking space) / "40%"."""
        return format_percent(value, self.language, decimals)

    @property
    def tag(self) -> str:
        """The BCP 47 tag of the language (« fr-FR », « en-GB »)."""
        return LANGUAGE_TAGS[self.language]


@lru_cache(maxsize=None)
def translator(language: str = SOURCE_LANGUAGE) -> Translator:
    """Return the translator of ``language`` (« fr » or « en »), reading its .ts once; raise ValueError
    for a language the application does not have."""
    return Translator(check_language(language), _messages(language))


FRENCH = Translator(SOURCE_LANGUAGE, {})
