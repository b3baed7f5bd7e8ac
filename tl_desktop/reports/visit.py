"""The visit summary in PDF, for elected officials and colleagues (reportlab, no Qt).

User text is data, never markup: everything typed is escaped before reportlab's Paragraph
parses it. French typography: non-breaking spaces before « : ; ! ? » and inside guillemets,
dates written out (« mardi 11 février 2025 »). The fonts (Bitstream Vera, shipped inside
reportlab) are embedded, so the PDF reads the same on any machine.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
import reportlab.rl_config
from reportlab.graphics.shapes import Circle, Drawing, Polygon
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tl_desktop import geo
from tl_desktop.base.errors import TlError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.resources import resource
from tl_desktop.base.text import french, long_date
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES, Attachment
from tl_desktop.domain.grid import COMMENT, answer_text, load_grid
from tl_desktop.media import MediaError
from tl_desktop.store import Store

reportlab.rl_config.useA85 = 0   # ASCII85 in pure Python: slower and 25 % larger

FONT = "TLVera"
# The boxes photos are printed in (mm): the cover across the page, the others two by two.
COVER_BOX = (180, 105)
PHOTO_BOX = (86, 64)
STRENGTH, FRAGILITY = colors.HexColor("#E3F1E6"), colors.HexColor("#FBE7E4")


class ReportError(TlError):
    """The PDF could not be written."""


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(reportlab.__file__).parent / "fonts"
    for suffix, file in (("", "Vera.ttf"), ("-Bold", "VeraBd.ttf"), ("-Italic", "VeraIt.ttf"),
                         ("-BoldItalic", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT + "-Bold", italic=FONT + "-Italic",
                                  boldItalic=FONT + "-BoldItalic")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text: escaped, French spacing, line breaks kept."""
    return Paragraph(escape(french(text)).replace("\n", "<br/>"), style)


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT + "-Bold", fontSize=18, leading=23),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, textColor=colors.HexColor("#444444")),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT + "-Bold", fontSize=13, leading=17, spaceBefore=10,
                             spaceAfter=4, textColor=colors.HexColor("#000091")),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT + "-Bold", fontSize=10.5, spaceBefore=6),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")),
    }


@lru_cache(maxsize=1)
def _outline() -> dict:
    return json.loads(resource("map", "departements.geojson").read_text(encoding="utf-8"))


def _locator(latitude: float | None, longitude: float | None) -> Drawing | None:
    """A small map of metropolitan France (départements' outline) with the site as a dot."""
    if latitude is None or not geo.in_france(latitude, longitude) or not (41 < latitude < 52):
        return None
    west, east, south, north = -5.3, 9.7, 41.3, 51.2
    width, height = 52 * mm, 52 * mm
    scale = min(width / (east - west), height / (north - south) * 0.72)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * scale, (lat - south) * scale / 0.72

    drawing = Drawing(width, height)
    for feature in _outline()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            points = [c for lon, lat in polygon[0][::3] for c in xy(lon, lat)]
            drawing.add(Polygon(points, fillColor=colors.HexColor("#F2F2F2"), strokeColor=colors.HexColor("#BBBBBB"),
                                strokeWidth=0.3))
    x, y = xy(longitude, latitude)
    drawing.add(Circle(x, y, 2.6 * mm, fillColor=colors.HexColor("#C0392B"), strokeColor=colors.white))
    return drawing


def build_visit_summary(store: Store, visit_id: str, out: Path, *, include_people: bool = True) -> Path:
    """Write the visit summary PDF to ``out`` and return it; raise TlError (NotFound, ReportError)."""
    register_fonts()
    story, site, visit = visit_flowables(store, visit_id, styles(), include_people=include_people)
    return write_pdf(story, out, title=f"Visite — {site.name}", author=visit.author,
                     footer=f"{site.name} — visite du {long_date(visit.visit_date)}")


def visit_flowables(store: Store, visit_id: str, s: dict[str, ParagraphStyle], *, include_people: bool):
    """Return (flowables, site, visit) of one visit's summary: also a chapter of the tour booklet."""
    visit = store.visits.get(visit_id)
    site = store.sites.get(visit.site_id)
    grid = load_grid(visit.grid_version)
    story: list = [para(site.name, s["title"])]
    where = ", ".join(p for p in (site.address, f"{site.postcode} {site.commune}".strip()) if p)
    dep = geo.departements().get(site.departement)
    subtitle = " — ".join(p for p in (where, f"{dep.name} ({dep.code})" if dep else "") if p)
    story.append(para(subtitle, s["subtitle"]))
    identity = [
        ("Types", ", ".join(KINDS.labels(site.kinds))),
        ("Programmes et labels", ", ".join(PROGRAMMES.labels(site.programmes))),
        ("Services publics accueillis", ", ".join(
            PUBLIC_SERVICES.label(p.code) + (f" ({p.detail})" if p.detail else "") for p in site.public_services)),
        ("Visite", " — ".join(p for p in (long_date(visit.visit_date), visit.author) if p)),
    ]
    rows = [[para(k, s["small"]), para(v, s["body"])] for k, v in identity if v]
    table = Table(rows, colWidths=[42 * mm, 78 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    locator = _locator(site.latitude, site.longitude)
    head = Table([[table, locator or ""]], colWidths=[124 * mm, 56 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 4 * mm), head]
    photos = store.attachments.photos_for_print(visit_id)
    cover_id = store.attachments.cover_id(site.id)
    if photos and photos[0].id == cover_id:
        story += [Spacer(1, 3 * mm), *_photo_cells(store, [photos[0]], COVER_BOX, s)]
        photos = photos[1:]

    answered = grid.answered_themes(visit.answers)
    if not answered and not visit.notes.strip():
        story.append(para("Aucune observation saisie pour cette visite.", s["body"]))
    for theme in answered:
        given = visit.answers.get(theme.id) or {}
        block: list = [para(theme.label, s["h2"])]
        for question in theme.questions:
            value = given.get(question.id)
            if value in (None, "", []):
                continue
            text = answer_text(question, value)
            if question.highlight:
                box = Table([[para(question.label, s["h3"])], [para(text, s["body"])]], colWidths=[180 * mm])
                box.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), STRENGTH if question.highlight == "strength" else FRAGILITY),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
                block += [box, Spacer(1, 2 * mm)]
            else:
                block.append(Table([[para(question.label, s["small"]), para(text, s["body"])]],
                                   colWidths=[62 * mm, 118 * mm],
                                   style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
        if (given.get(COMMENT) or "").strip():
            block.append(para(given[COMMENT], ParagraphStyle("comment", parent=s["body"], fontName=FONT + "-Italic")))
        story.append(KeepTogether(block[:3]))
        story += block[3:]
    if visit.notes.strip():
        story.append(para("Notes", s["h2"]))
        for line in visit.notes.splitlines():
            if line.startswith("#"):
                story.append(para(line.lstrip("# "), s["h3"]))
            elif line.strip():
                story.append(para(line, s["body"]))
    if photos:
        cells = _photo_cells(store, photos, PHOTO_BOX, s)
        rows = []
        for i in range(0, len(cells), 2):   # a table per row: the heading keeps its first row
            row = Table([cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2]))], colWidths=[90 * mm, 90 * mm])
            row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
            rows.append(row)
        story += [KeepTogether([para("Photos", s["h2"]), rows[0]]), *rows[1:]]
    if include_people:
        people = store.visits.people(visit_id)
        if people:
            story.append(para("Personnes rencontrées", s["h2"]))
            for a in people:
                story.append(para(" — ".join(p for p in (a.person.name, a.role, a.person.service) if p), s["body"]))

    return story, site, visit


def _fit(attachment: Attachment, box: tuple[float, float]) -> tuple[float, float]:
    """The printed size (mm) of a photo fitting in ``box``, its EXIF orientation applied."""
    width, height = attachment.shown_size() or (4, 3)
    scale = min(box[0] / width, box[1] / height)
    return width * scale, height * scale


def print_copies(store: Store, photos: list[Attachment], box: tuple[float, float]) -> dict[str, object]:
    """Make the photos' print copies (about 150 dpi at their printed size), on every core; id → path or MediaError."""
    def one(photo: Attachment):
        try:
            return store.media.print_copy(photo.sha256, photo.extension, *_fit(photo, box))
        except MediaError as exc:
            return exc
    if len(photos) < 2:
        return {p.id: one(p) for p in photos}
    # Pillow decodes and resizes outside the GIL: threads use every core.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        return dict(zip((p.id for p in photos), pool.map(one, photos)))


def prepare_print_copies(store: Store, visit_ids: list[str]) -> None:
    """Make every print copy of these visits at once (the booklet), rather than visit by visit."""
    photos = [p for visit_id in visit_ids for p in store.attachments.photos_for_print(visit_id)]
    covers = {store.attachments.cover_id(store.visits.get(v).site_id) for v in visit_ids}
    print_copies(store, [p for p in photos if p.id not in covers], PHOTO_BOX)
    print_copies(store, [p for p in photos if p.id in covers], COVER_BOX)


def _photo_cells(store: Store, photos: list[Attachment], box: tuple[float, float],
                 s: dict[str, ParagraphStyle]) -> list[list]:
    """One cell per photo: the picture at its printed size, its caption under it."""
    copies = print_copies(store, photos, box)
    caption_style = ParagraphStyle("caption", parent=s["small"], alignment=1, fontName=FONT + "-Italic")
    cells = []
    for photo in photos:
        width, height = _fit(photo, box)
        copy = copies[photo.id]
        if isinstance(copy, MediaError):
            picture = para(f"[Photo illisible : {photo.filename}]", s["small"])
        else:
            picture = Image(str(copy), width=width * mm, height=height * mm)
        cell = [picture]
        if photo.caption:
            cell.append(para(photo.caption, caption_style))
        cells.append(cell if box == PHOTO_BOX else KeepTogether(cell))
    return cells


def write_pdf(story: list, out: Path, *, title: str, author: str = "", footer: str = "") -> Path:
    """Build an A4 PDF of ``story`` with a footer line and page numbers; raise ReportError."""
    def draw_footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(18 * mm, 10 * mm, footer[:110])
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author=author or "", creator="Tiers-Lieux Desktop")
    try:
        doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    except OSError as exc:
        raise ReportError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible d'écrire « {path} » : {reason}"),
                          path=str(out), reason=exc.strerror or str(exc)) from exc
    return out
