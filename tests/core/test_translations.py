"""The translations as shipped: complete, faithful to their placeholders, and current with the code.

A message left unfinished, a ``{placeholder}`` lost or renamed, a mnemonic dropped, a string added
to the code without ``scripts/update-translations``: each fails here, naming the message.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tl_desktop.base.i18n import FRENCH, LANGUAGES, preferred_language, translator
from tl_desktop.base.resources import resource
from tl_desktop.base.text import format_number, format_percent, long_date
from tl_desktop.domain.grid import (
    GRID_CODE_KEYS,
    GRID_TEXT_KEYS,
    GRID_TEXT_MAPS,
    answer_text,
    available_versions,
    grid_strings_source,
    load_grid,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = sorted(resource("translations").glob("tl_desktop_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# A placeholder only French grammar needs, and what another language says instead: {of_name} is
# « de Lyon », « du Mans », « d'Ajaccio » (geo/locate.py passes {name} beside it).
GRAMMAR_ONLY = {"{of_name}": "{name}"}


def messages(ts: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) of every live message of a .ts file."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("vanished", "obsolete"):
                found.append((context.findtext("name"), message.findtext("source"), translation))
    return found


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_a_catalog_is_shipped_for_every_language_but_the_source():
    assert [p.name for p in CATALOGS] == [f"tl_desktop_{code}.ts" for code in LANGUAGES if code != "fr"]


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_no_message_is_left_unfinished(ts):
    left = [f"[{context}] {source!r}" for context, source, translation in messages(ts)
            if translation.get("type") == "unfinished" or not (translation.text or "").strip()]
    assert not left, f"{len(left)} message(s) to translate in {ts.name} (scripts/update-translations lists " \
                     "them; Qt Linguist edits them):\n" + "\n".join(left[:40])


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_every_placeholder_of_a_source_is_in_its_translation(ts):
    wrong = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        expected = sorted(PLACEHOLDER.findall(source))
        instead = sorted(GRAMMAR_ONLY.get(p, p) for p in PLACEHOLDER.findall(source))
        if sorted(PLACEHOLDER.findall(text)) not in (expected, instead):
            wrong.append(f"[{context}] {source!r} → {text!r}")
        elif "%v" in source and ("%v" not in text or "%m" not in text):     # QProgressBar's format
            wrong.append(f"[{context}] {source!r} → {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_a_mnemonic_stays_a_mnemonic(ts):
    wrong = [f"[{context}] {source!r} → {translation.text!r}" for context, source, translation in messages(ts)
             if mnemonics(source) != mnemonics(translation.text or "")]
    assert not wrong, "an « & » mnemonic lost or added:\n" + "\n".join(wrong)


def test_the_catalogs_hold_every_string_of_the_code(tmp_path):
    """A string added to the code (or the grid) without running scripts/update-translations fails here."""
    from importlib.util import find_spec

    lupdate = Path(find_spec("PySide6").origin).parent / "lupdate"     # the wheel's, Qt not imported
    lupdate = lupdate if lupdate.exists() else lupdate.with_suffix(".exe")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "tl_desktop").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-silent", "-locations", "none", "-source-language", "fr_FR",
                    "-tr-function-alias", "QT_TRANSLATE_NOOP+=_N", "-ts", str(fresh)], check=True, cwd=ROOT)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for ts in CATALOGS:
        shipped = {(c, s) for c, s, _ in messages(ts)}
        missing = sorted(in_code - shipped)
        assert not missing, f"{len(missing)} string(s) of the code missing from {ts.name}: run " \
                            "scripts/update-translations, then translate them:\n" + \
                            "\n".join(f"[{c}] {s!r}" for c, s in missing[:40])
        gone = sorted(shipped - in_code)
        assert not gone, f"{ts.name} has messages the code no longer has: run scripts/update-translations:\n" + \
                         "\n".join(f"[{c}] {s!r}" for c, s in gone[:40])


def test_the_grid_strings_module_is_current_with_the_grid_files():
    assert (ROOT / "tl_desktop" / "domain" / "grid_strings.py").read_text(encoding="utf-8") == grid_strings_source(), \
        "a grid file changed: run scripts/update-translations (it regenerates tl_desktop/domain/grid_strings.py)"


@pytest.mark.parametrize("version", available_versions())
def test_every_key_of_a_grid_file_is_known_as_text_or_code(version):
    """A new key in a grid file must be said to be a text (translated) or a code (never translated)."""
    unknown = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in GRID_TEXT_KEYS + GRID_TEXT_MAPS + GRID_CODE_KEYS:
                    unknown.add(key)
                if key not in GRID_TEXT_MAPS:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
    walk(json.loads(resource("grid", f"grille-v{version}.json").read_text(encoding="utf-8")))
    assert not unknown, f"keys of grille-v{version}.json neither in GRID_TEXT_KEYS nor GRID_CODE_KEYS: {unknown}"


def test_the_core_translates_from_the_shipped_catalog():
    en = translator("en")
    assert en.translate("reports", "Personnes rencontrées") == "People met"
    assert en("domain", "Café associatif") == "Community café"         # a plain callable too
    assert en.translate("reports", "pas une chaîne connue") == "pas une chaîne connue"
    assert translator("fr").translate("reports", "Personnes rencontrées") == "Personnes rencontrées"
    assert FRENCH("grid", "Forces") == "Forces"
    with pytest.raises(ValueError):
        translator("de")


def test_a_catalog_that_cannot_be_read_leaves_documents_in_french(monkeypatch, tmp_path):
    from tl_desktop.base import i18n

    broken = tmp_path / "tl_desktop_en.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalog_path", lambda language: broken)
    i18n._messages.cache_clear()
    try:
        assert i18n._messages("en") == {}
    finally:
        i18n._messages.cache_clear()


def test_the_grid_loads_in_english_with_its_codes_untouched():
    fr, en = load_grid(1), load_grid(1, "en")
    assert [t.id for t in en.themes] == [t.id for t in fr.themes]
    assert en.theme("forces_fragilites").label == "Strengths and weaknesses"
    land = en.theme("foncier").question("statut")
    assert land.option_label("locataire") == "Tenant" and fr.theme("foncier").question("statut").option_label(
        "locataire") == "Locataire"
    legal = en.theme("gouvernance").question("forme_juridique")            # a list of the catalog's
    assert legal.option_label("collectivite") == "Local authority"
    assert [c.label for c in en.comparison.columns][:2] == ["Strengths", "Weaknesses"]
    assert en.comparison.columns[2].answers[0].prefix == "self-financing"


def test_answers_are_written_the_document_language_s_way():
    en, fr = translator("en"), FRENCH
    percent = load_grid(1, "en").theme("modele_economique").question("autofinancement")
    assert answer_text(percent, 62.5, en) == "62.5%"
    assert answer_text(load_grid(1).theme("modele_economique").question("autofinancement"), 62.5, fr) == "62,5\u00a0%"
    end = load_grid(1, "en").theme("foncier").question("fin_occupation")
    assert answer_text(end, "2027-06-30", en) == "Wednesday 30 June 2027"
    rating = load_grid(1, "en").theme("impacts").question("emploi")
    assert answer_text(rating, 4, en) == "4/5"
    area = load_grid(1, "en").theme("foncier").question("surface")
    assert answer_text(area, 1250.5, en) == "1250.5 m²"


def test_dates_numbers_and_plurals_per_language():
    assert long_date("2025-02-11", "en") == "Tuesday 11 February 2025"
    assert long_date("2025-03-01", "en") == "Saturday 1 March 2025"
    assert long_date("2025-03-01") == "samedi 1er mars 2025"
    assert format_number(1234567.5, "en", group=True) == "1,234,567.5"
    assert format_number(1234567.5, "fr", group=True) == "1\u00a0234\u00a0567,5"
    assert format_percent(40, "en") == "40%" and format_percent(40) == "40\u00a0%"
    en = translator("en")
    assert [en.plural(n, "{n} place", "{n} places") for n in (0, 1, 2)] == ["0 places", "1 place", "2 places"]
    assert [FRENCH.plural(n, "{n} lieu", "{n} lieux") for n in (0, 1, 2)] == ["0 lieu", "1 lieu", "2 lieux"]


@pytest.mark.parametrize("languages, expected", [
    (["en-GB", "fr-FR"], "en"), (["fr-FR", "en-US"], "fr"), (["de-DE", "en-US"], "en"), (["de-DE"], "fr"),
    (["en_US"], "en"), ([], "fr"), (["C"], "fr"),
])
def test_the_interface_takes_the_first_of_our_languages_the_system_prefers(languages, expected):
    assert preferred_language(languages) == expected


def test_the_window_s_compiled_catalog_is_built_from_the_ts(tmp_path):
    """What scripts/translations.py compiles for the window carries the translations of the .ts."""
    copy = tmp_path / "translations"
    shutil.copytree(resource("translations"), copy, ignore=shutil.ignore_patterns("*.qm"))
    import runpy

    tool = runpy.run_path(str(ROOT / "scripts" / "translations.py"))
    tool["compile_all"].__globals__["TRANSLATIONS"] = copy      # compiled beside the copy, not the shipped files
    written = tool["compile_all"]()
    assert [p.name for p in written] == ["tl_desktop_en.qm"] and written[0].stat().st_size > 10_000
    assert tool["compile_all"]() == []                     # up to date: nothing compiled twice
