"""Charts of a study's figures: one reportlab ``Drawing`` for the PDF and, as SVG, for the screen.

Horizontal bars, dark grey on white, the value written at the end of each bar: readable in black
and white and by colour-blind readers; every chart's figures are also shown as a table next to
it (Distribution.table()). The SVG goes through ``chart_svg``: QtSvg draws reportlab's
``<clipPath>`` rectangle as a black box, so it is removed, and the font is named as Qt knows it
(the same Bitstream Vera TTF, registered by the GUI from ``chart_font_files()``).
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from tl_desktop.base.i18n import translator
from tl_desktop.base.resources import resource
from tl_desktop.reports.fonts import FONT, register_fonts
from tl_desktop.study import Distribution, mean_text

BAR = colors.HexColor("#4D4D4D")
TRACK = colors.HexColor("#E6E6E6")
TEXT = colors.HexColor("#222222")
MAX_BARS = 12
ROW = 15          # points per bar
FONT_SIZE = 8
QT_FONT_FAMILY = "DejaVu Sans"   # the family name inside DejaVuSans.ttf, as QFontDatabase reports it


def chart_font_files() -> list[Path]:
    """The TTF files the charts use (the DejaVu Sans the PDFs embed), for the GUI to register with Qt."""
    return [resource("fonts", name) for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")]


def _fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _value_text(dist: Distribution, value: float) -> str:
    if dist.maximum:
        return mean_text(value, dist.maximum, translator(dist.language))
    return f"{int(value)}"


def bar_chart(dist: Distribution, width: float = 178 * mm) -> Drawing | None:
    """Return the distribution as a horizontal bar chart (first MAX_BARS rows), or None if it has no rows."""
    rows = [r for r in dist.rows if r.value][:MAX_BARS]
    if not rows:
        return None
    register_fonts()
    label_width = min(width * 0.42, max(stringWidth(r.label, FONT, FONT_SIZE) for r in rows) + 6)
    value_width = 44
    bar_space = width - label_width - value_width
    top = max(dist.maximum or 0, max(r.value for r in rows)) or 1
    height = ROW * len(rows) + 8
    drawing = Drawing(width, height)
    for index, row in enumerate(rows):
        y = height - ROW * (index + 1)
        drawing.add(String(label_width - 4, y + 4, _fit(row.label, label_width - 6, FONT_SIZE), fontName=FONT,
                           fontSize=FONT_SIZE, fillColor=TEXT, textAnchor="end"))
        if dist.maximum:   # a scale: show the track up to the maximum
            drawing.add(Rect(label_width, y + 2, bar_space, ROW - 5, fillColor=TRACK, strokeColor=None))
        length = bar_space * row.value / top
        drawing.add(Rect(label_width, y + 2, max(length, 0.8), ROW - 5, fillColor=BAR, strokeColor=None))
        drawing.add(String(label_width + length + 3, y + 4, _value_text(dist, row.value), fontName=FONT + "-Bold",
                           fontSize=FONT_SIZE, fillColor=TEXT))
    drawing.add(Line(label_width, 2, label_width, height, strokeColor=TEXT, strokeWidth=0.6))
    return drawing


def chart_svg(drawing: Drawing) -> str:
    """Return the drawing as SVG that QtSvg renders as the PDF does (no clip box, Qt's font name)."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(drawing)
    svg = re.sub(r"<clipPath\b.*?</clipPath>", "", svg, flags=re.S)
    svg = svg.replace('style="clip-path: url(#clip)"', "")
    svg = svg.replace(f"font-family: {FONT}-Bold;", f"font-family: '{QT_FONT_FAMILY}'; font-weight: bold;")
    return svg.replace(f"font-family: {FONT};", f"font-family: '{QT_FONT_FAMILY}';")
