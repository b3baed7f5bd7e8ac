"""What every PDF document shares: fonts, styles, user text, lines, tables, maps, photos, writing.

The visit summary, the tour's programme and booklet (and later the study) use only the
public names of this module.

- **User text is data, never markup**: ``para()`` normalises it (NFC), escapes it for
  reportlab's Paragraph, applies French spacing (non-breaking spaces before « : ; ! ? » and
  inside guillemets), keeps line breaks, and sets what DejaVu lacks in a fallback font.
- **Nothing is too long**: words longer than a line are broken (reportlab's splitLongWords),
  table rows split across pages (``table()``), headings keep with what follows.
- **Writing is atomic**: the PDF is built in a temporary file beside the destination, then
  renamed over it; a failure or a kill leaves the previous document as it was.
- **A document has one language**, the agent's choice: its strings are written
  ``tr.translate("reports", "…")`` with the builder's ``Translator`` (``base.i18n``), its dates
  and numbers through the same translator.
"""

from __future__ import annotations

import errno
import os
import secrets
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import escape

import reportlab.rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from tl_desktop import geo
from tl_desktop.base.errors import TlError, describe_os_error
from tl_desktop.base.i18n import FRENCH, QT_TRANSLATE_NOOP, Translator
from tl_desktop.base.text import NBSP, french, normalise
from tl_desktop.domain import Attachment, Attendance, Site
from tl_desktop.media import MediaError
from tl_desktop.reports.fonts import BOLD, BOLD_ITALIC, FONT, ITALIC, REPLACEMENT, register_fonts, visual, with_fonts
from tl_desktop.reports.maps import ATTRIBUTION, FRANCE, Line, Marker, map_flowable, with_basemap

__all__ = [
    "ATTRIBUTION", "BLUE", "BOLD", "BOLD_ITALIC", "CONTENT_WIDTH", "COVER_BOX", "DAY_COLOURS", "FONT", "FRAGILITY", "FRANCE",
    "GRID_LINES", "ITALIC", "Line", "Marker", "PHOTO_BOX", "REPLACEMENT", "ReportError", "STRENGTH",
    "address_line", "dates_line", "keep_start", "map_flowable", "markup", "minutes", "para", "person_line",
    "photo_cells", "photo_rows", "place_line", "prepare_print_copies", "print_copies", "register_fonts", "styles",
    "table", "with_basemap", "write_pdf",
]

reportlab.rl_config.useA85 = 0   # ASCII85 in pure Python: slower and 25 % larger

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
FRAME_PADDING = 6                                   # reportlab's default, inside the margins
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * FRAME_PADDING   # 175.8 mm: what a flowable may fill
BLUE = colors.HexColor("#000091")                  # the French State's blue
STRENGTH, FRAGILITY = colors.HexColor("#E3F1E6"), colors.HexColor("#FBE7E4")
# The days' colours, as on the app's map (Okabe & Ito, readable by colour-blind readers).
DAY_COLOURS = ("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
# The boxes photos are printed in (mm): the cover across the page, the others two by two.
COVER_BOX = (175, 102)
PHOTO_BOX = (86, 64)

GRID_LINES = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EAF6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
])


class ReportError(TlError):
    """The PDF could not be written (the previous document, if any, is intact)."""


# ------------------------------------------------------------------------------------ text


def markup(text: str | None, font: str = FONT) -> str:
    """Return user text as Paragraph markup: normalised, escaped, French spacing, line breaks, fallback fonts."""
    text = "\n".join(visual(line) for line in french(normalise(text or "")).split("\n"))
    return with_fonts(escape(text), font).replace("\n", "<br/>")


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text (see ``markup``) in ``style``."""
    return Paragraph(markup(text, style.fontName), style)


def styles() -> dict[str, ParagraphStyle]:
    """Return the documents' paragraph styles by name; registers the fonts."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT)
    s = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=23, keepWithNext=1),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15,
                                   textColor=colors.HexColor("#444444")),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=13, leading=17, spaceBefore=10,
                             spaceAfter=4, textColor=BLUE, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10.5, spaceBefore=6, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "comment": ParagraphStyle("comment", parent=base, fontName=ITALIC),
        "empty": ParagraphStyle("empty", parent=base, fontSize=8.5, leading=11, fontName=ITALIC,
                                textColor=colors.HexColor("#777777")),
        "caption": ParagraphStyle("caption", parent=base, fontSize=8.5, leading=11, alignment=TA_CENTER,
                                  fontName=ITALIC, textColor=colors.HexColor("#555555")),
        "footer": ParagraphStyle("footer", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#777777")),
    }
    return s


# ------------------------------------------------------------------------------------ lines


def address_line(site: Site) -> str:
    """« 1 rue de la République, 13001 Marseille » (the parts that are known)."""
    return ", ".join(p for p in (site.address.strip(), f"{site.postcode} {site.commune}".strip()) if p)


def place_line(site: Site) -> str:
    """The address then the département: « 1 rue X, 13001 Marseille — Bouches-du-Rhône (13) »."""
    dep = geo.departements().get(site.departement)
    return " — ".join(p for p in (address_line(site), f"{dep.name} ({dep.code})" if dep else "") if p)


def person_line(attendance: Attendance) -> str:
    """« Camille Martin — coordinatrice — Mairie » (name, role, service: those given)."""
    return " — ".join(p for p in (attendance.person.name, attendance.role, attendance.person.service) if p)


def dates_line(start: str, end: str, tr: Translator = FRENCH) -> str:
    """« mardi 11 février 2025 », or « du mardi 11 février 2025 au jeudi 13 février 2025 » (in ``tr``'s language)."""
    if not start:
        return tr.long_date(end) if end else ""
    if not end or end == start:
        return tr.long_date(start)
    return tr.translate("reports", "du {start} au {end}").format(start=tr.long_date(start), end=tr.long_date(end))


def minutes(duration: int | None) -> str:
    """« 120 min », never split across lines (a non-breaking space); "" when unknown."""
    return f"{duration}{NBSP}min" if duration else ""


# ------------------------------------------------------------------------------------ layout


class _Table(Table):
    """A Table that moves a row to the next page whole, and splits it only when taller than a page.

    reportlab's own ``splitInRow`` splits any row that does not fit the rest of a page, even
    a short one, and may then repeat the header in the middle of the next page.
    """

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        parts = self._splitRows(availHeight, doInRowSplit=False)
        if parts:
            return parts
        frame = getattr(self, "_frame", None)
        page = getattr(frame, "_aH", availHeight)        # the frame's whole height
        first = self._rowHeights[self.repeatRows] if len(self._rowHeights) > self.repeatRows else 0
        header = sum(self._rowHeights[:self.repeatRows])
        # On a fresh page, or with a row no page could hold: split the row rather than move it.
        if frame is None or getattr(frame, "_atTop", True) or first + header > page:
            return self._splitRows(availHeight, doInRowSplit=True)
        return []


def table(rows: list[list], widths: Sequence[float], style: TableStyle | list | None = None, *,
          header: bool = False) -> Table:
    """A table whose rows move to the next page whole, or split across pages when taller than a page
    (the header row repeated on each page if ``header``)."""
    commands = list(style.getCommands() if isinstance(style, TableStyle) else style or [])
    # Plain strings in cells (empty ones too) are drawn in the table's font: Helvetica unless told.
    return _Table(rows, colWidths=list(widths), style=[("FONTNAME", (0, 0), (-1, -1), FONT), *commands],
                  repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT")


def keep_start(flowables: list[Flowable], start_height: float) -> list[Flowable]:
    """Return ``flowables`` after a conditional page break: they start where they are if they all
    fit there, or at least their first ``start_height`` points (a heading, its map, a table's
    first rows); otherwise on the next page. A heading never ends a page alone, a map never
    sits on another page than the start of its table."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if total >= start_height:
            break
    return [CondPageBreak(min(total, start_height)), *flowables]


# ------------------------------------------------------------------------------------ photos


def photo_size(attachment: Attachment, box: tuple[float, float]) -> tuple[float, float]:
    """The printed size (mm) of a photo fitting in ``box``, its EXIF orientation applied."""
    width, height = attachment.shown_size() or (4, 3)
    scale = min(box[0] / width, box[1] / height)
    return width * scale, height * scale


def print_copies(store, photos: list[Attachment], box: tuple[float, float]) -> dict[str, object]:
    """Make the photos' print copies (about 150 dpi at their printed size), on every core; id → path or MediaError."""
    def one(photo: Attachment):
        try:
            return store.media.print_copy(photo.sha256, photo.extension, *photo_size(photo, box))
        except MediaError as exc:
            return exc
    if len(photos) < 2:
        return {p.id: one(p) for p in photos}
    # Pillow decodes and resizes outside the GIL: threads use every core.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        return dict(zip((p.id for p in photos), pool.map(one, photos)))


def prepare_print_copies(store, visit_ids: list[str]) -> None:
    """Make every print copy of these visits at once (the booklet), rather than visit by visit."""
    photos = [p for visit_id in visit_ids for p in store.attachments.photos_for_print(visit_id)]
    covers = {store.attachments.cover_id(store.visits.get(v).site_id) for v in visit_ids}
    print_copies(store, [p for p in photos if p.id not in covers], PHOTO_BOX)
    print_copies(store, [p for p in photos if p.id in covers], COVER_BOX)


def photo_cells(store, photos: list[Attachment], box: tuple[float, float], s: dict[str, ParagraphStyle],
                tr: Translator = FRENCH) -> list:
    """One cell per photo: the picture at its printed size, its caption under it."""
    copies = print_copies(store, photos, box)
    cells = []
    for photo in photos:
        width, height = photo_size(photo, box)
        copy = copies[photo.id]
        if isinstance(copy, MediaError):
            picture = para(tr.translate("reports", "[Photo illisible : {name}]").format(name=photo.filename),
                           s["small"])
        else:
            picture = Image(str(copy), width=width * mm, height=height * mm)
        cell = [picture]
        if photo.caption:
            cell.append(para(photo.caption, s["caption"]))
        cells.append(cell if box == PHOTO_BOX else KeepTogether(cell))
    return cells


def photo_rows(cells: list) -> list[Table]:
    """The photos two by two, a table per row (so a heading can keep with the first)."""
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i:i + 2]
        rows.append(Table([pair + [""] * (2 - len(pair))], colWidths=[CONTENT_WIDTH / 2] * 2, style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return rows


# ------------------------------------------------------------------------------------ writing

_WRITE_ERRORS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "tl_desktop", "Le document « {path} » n'a pas pu être enregistré : le disque est plein. Libérez de la "
        "place ou choisissez un autre dossier. Le document qui s'y trouvait, s'il y en avait un, est intact."),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "tl_desktop", "Le document « {path} » n'a pas pu être enregistré : votre quota d'espace disque est "
        "atteint. Libérez de la place ou choisissez un autre dossier. Le document qui s'y trouvait, s'il y en "
        "avait un, est intact."),
}
_DENIED = QT_TRANSLATE_NOOP(
    "tl_desktop", "Le document « {path} » n'a pas pu être enregistré : le dossier est en lecture seule ou "
    "vous n'avez pas le droit d'y écrire, ou le document est ouvert dans un autre programme. Fermez-le ou "
    "choisissez un autre dossier. Le document qui s'y trouvait, s'il y en avait un, est intact.")
_OTHER = QT_TRANSLATE_NOOP(
    "tl_desktop", "Le document « {path} » n'a pas pu être enregistré ({reason}). Le document qui s'y "
    "trouvait, s'il y en avait un, est intact.")
_LAYOUT = QT_TRANSLATE_NOOP(
    "tl_desktop", "Le document « {path} » n'a pas pu être mis en page. Rien n'a été enregistré ; le document "
    "qui s'y trouvait, s'il y en avait un, est intact.")
# A kill during an export leaves its temporary file; the next export to the same place removes it.
STALE_AFTER_S = 3600


def _write_error(out: Path, exc: OSError) -> ReportError:
    if exc.errno in _WRITE_ERRORS:
        return ReportError(_WRITE_ERRORS[exc.errno], path=str(out), details=repr(exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReportError(_DENIED, path=str(out), details=repr(exc))
    return ReportError(_OTHER, path=str(out), reason=describe_os_error(exc), details=repr(exc))


def _remove_stale(out: Path) -> None:
    try:
        for leftover in out.parent.glob(f".{out.name}.*.tmp"):
            if time.time() - leftover.stat().st_mtime > STALE_AFTER_S:
                leftover.unlink()
    except OSError:
        pass


def _footer(text: str, s: dict[str, ParagraphStyle], tr: Translator):
    width = CONTENT_WIDTH - 20 * mm
    text = normalise(text)
    if stringWidth(text, FONT, 8) > width:
        while text and stringWidth(text + "…", FONT, 8) > width:
            text = text[:-1]
        text += "…"
    line = Paragraph(markup(text).replace("<br/>", " "), s["footer"])
    page = tr.translate("reports", "page {n}")

    def draw(canvas, doc) -> None:
        canvas.saveState()
        _, height = line.wrap(width, 20 * mm)
        line.drawOn(canvas, MARGIN, 10 * mm + 8 - height)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, page.format(n=doc.page))
        canvas.restoreState()
    return draw


def write_pdf(story: list, out: Path, *, title: str, author: str = "", footer: str = "",
              cover: bool = False, tr: Translator = FRENCH) -> Path:
    """Write an A4 PDF of ``story`` to ``out`` atomically, with a footer line and page numbers
    (not on the first page if ``cover``), declared in ``tr``'s language; return ``out``; raise
    ReportError in French."""
    out = Path(out)
    s = styles()
    draw_footer = _footer(footer, s, tr)
    _remove_stale(out)
    temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        handle = open(temporary, "xb")
    except OSError as exc:
        raise _write_error(out, exc) from exc
    try:
        with handle:
            doc = SimpleDocTemplate(handle, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
                                    bottomMargin=18 * mm, title=normalise(title), author=normalise(author),
                                    creator="Tiers-Lieux Desktop", initialFontName=FONT,
                                    lang=tr.tag)
            doc.build(story, onFirstPage=(lambda c, d: None) if cover else draw_footer, onLaterPages=draw_footer)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except BaseException as exc:
        try:
            temporary.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _write_error(out, exc) from exc
        if isinstance(exc, LayoutError):
            raise ReportError(_LAYOUT, path=str(out), details=str(exc)[:2000]) from exc
        raise
    return out
