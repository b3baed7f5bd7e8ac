"""The fonts of every PDF: DejaVu Sans, embedded, and fallbacks for what it lacks.

DejaVu Sans (shipped in ``resources/fonts/``) covers Latin, Greek, Cyrillic, Arabic, Hebrew
and many symbols; its oblique and bold faces cover less. A character the paragraph's own face
lacks is set in the first font that has it: DejaVu Sans upright, then Droid Sans Fallback
(Chinese, Japanese, Korean), then Symbola (emoji, symbols). A character no shipped font has
prints as « � » (U+FFFD), visibly, never as an empty box; invisible format characters
(joiners, variation selectors) that no font has are left out. Fonts are subset when
embedded: a PDF carries only the glyphs it uses.

reportlab lays text out left to right, letter by letter: Arabic and Hebrew are put in visual
order (python-bidi) and Arabic letters in their joined forms (arabic-reshaper) before that,
line by line. Text extraction tools read them back in logical order (Arabic as
presentation forms, which NFKC maps back to the letters typed).
"""

from __future__ import annotations

import re
import threading
import unicodedata

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from tl_desktop.base.resources import resource

FONT = "TLSans"
BOLD, ITALIC, BOLD_ITALIC = FONT + "-Bold", FONT + "-Italic", FONT + "-BoldItalic"
_FACES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
# Loaded only when a document needs them (most never do): (name, file).
FALLBACKS = (("TLFallbackCJK", "DroidSansFallback.ttf"), ("TLFallbackSymbols", "Symbola.ttf"))
REPLACEMENT = "\ufffd"

# Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation forms: right-to-left scripts.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

_lock = threading.RLock()
_chars: dict[str, frozenset[str]] = {}     # font name → the characters it has


def register_fonts() -> None:
    """Register DejaVu Sans under FONT, BOLD, ITALIC and BOLD_ITALIC (once per process, thread-safe)."""
    with _lock:
        if FONT in _chars:
            return
        for name, file in _FACES.items():
            _register(name, file)
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16 (an emoji
    came out as « <1F389> », an odd-length string that text extraction rejects)."""
    def utf16(match: re.Match) -> str:
        units = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"{match.group(1)} <{units}>"
    return re.sub(r"^(<[0-9A-F]+>) <([0-9A-F]{5,6})>$", utf16, _original_cmap(fontname, subset), flags=re.M)


_original_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def visual(line: str) -> str:
    """Return one line of text in the order reportlab must draw it: right-to-left runs reversed,
    Arabic letters joined; other text unchanged."""
    if not _RTL.search(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(line), base_dir="L")


def _register(name: str, file: str) -> None:
    font = TTFont(name, str(resource("fonts", file)))
    pdfmetrics.registerFont(font)
    # One face for every style: <b> or <i> inside a fallback run finds a font.
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    _chars[name] = frozenset(chr(c) for c in font.face.charToGlyph)


def _fallbacks() -> list[str]:
    with _lock:
        for name, file in FALLBACKS:
            if name not in _chars:
                _register(name, file)
    return [name for name, _ in FALLBACKS]


def _coverage(font: str) -> frozenset[str]:
    """The characters ``font`` has: read from a TrueType font, cp1252 for reportlab's standard fonts."""
    if font not in _chars:
        face = getattr(pdfmetrics.getFont(font), "face", None)
        glyphs = getattr(face, "charToGlyph", None)
        _chars[font] = frozenset(chr(c) for c in glyphs) if glyphs else frozenset(
            bytes(range(32, 256)).decode("cp1252", errors="ignore"))
    return _chars[font]


def covers(font: str, text: str) -> bool:
    """Return True if ``font`` (a registered name) has a glyph for every character of ``text``."""
    register_fonts()
    return _coverage(font).issuperset(text.replace("\n", "").replace("\t", ""))


def font_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs, each character in the first font that has it.

    The paragraph's own ``font`` comes first, then DejaVu Sans upright, then the fallbacks;
    a character none has becomes REPLACEMENT (or nothing, if it is an invisible format mark).
    """
    register_fonts()
    if _coverage(font).issuperset(text):
        return [(font, text)] if text else []
    chain = [font] + ([FONT] if font != FONT else []) + _fallbacks()
    runs: list[tuple[str, str]] = []
    for ch in text:
        if ch in "\n\t ":
            name = runs[-1][0] if runs else font
        else:
            name = next((f for f in chain if ch in _chars[f]), None)
            if name is None:
                if unicodedata.category(ch) in ("Cf", "Mn", "Me"):
                    continue
                ch, name = REPLACEMENT, FONT
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    return runs


def with_fonts(escaped: str, font: str = FONT) -> str:
    """Return Paragraph markup of ``escaped`` text (already escaped) with <font> tags around fallback runs."""
    return "".join(part if name == font else f'<font name="{name}">{part}</font>'
                   for name, part in font_runs(escaped, font))
