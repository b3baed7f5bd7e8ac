"""The visit summary in PDF, for elected officials and colleagues (reportlab, no Qt).

Also a chapter of the tour booklet (``visit_flowables``). What every document shares (fonts,
styles, escaping, maps, photos, atomic writing) is in ``reports.common``.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from tl_desktop import geo
from tl_desktop.base.i18n import FRENCH, Translator, translator
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES, Site
from tl_desktop.domain.grid import COMMENT, Question, answer_text, load_grid
from tl_desktop.reports.common import (
    CONTENT_WIDTH,
    COVER_BOX,
    FRAGILITY,
    FRANCE,
    PHOTO_BOX,
    STRENGTH,
    Marker,
    map_flowable,
    para,
    person_line,
    photo_cells,
    photo_rows,
    place_line,
    styles,
    table,
    with_basemap,
    write_pdf,
)
from tl_desktop.store import Store

LABEL_WIDTH = 62 * mm
# Beside the identity table when it is short; under it when a long name or list makes it tall.
LOCATOR_SIZE = 52 * mm
TALL_IDENTITY = 110 * mm


@with_basemap
def build_visit_summary(store: Store, visit_id: str, out: Path, *, include_people: bool = True,
                        language: str = "fr") -> Path:
    """Write the visit summary PDF to ``out`` in ``language`` (« fr », « en ») and return it; raise TlError
    (NotFound, ReportError)."""
    tr = translator(language)
    story, site, visit = visit_flowables(store, visit_id, styles(), include_people=include_people, tr=tr)
    when = tr.long_date(visit.visit_date)
    footer = (tr.translate("reports", "{place} — visite du {date}").format(place=site.name, date=when) if when
              else tr.translate("reports", "{place} — visite").format(place=site.name))
    return write_pdf(story, out, title=tr.translate("reports", "Visite — {place}").format(place=site.name),
                     author=visit.author, footer=footer, tr=tr)


def locator(site: Site):
    """A small map of metropolitan France with the site as a dot; None if it is not located there."""
    south, west, north, east = FRANCE
    if site.latitude is None or not geo.in_france(site.latitude, site.longitude) \
            or not (south < site.latitude < north and west < site.longitude < east):
        return None
    return map_flowable([Marker(site.latitude, site.longitude)], size=(LOCATOR_SIZE, LOCATOR_SIZE), extent=FRANCE,
                        marker_radius=2.6 * mm, scale_bar=False)


def _identity(store: Store, site: Site, visit, s, tr: Translator) -> list:
    rows = [
        (tr.translate("reports", "Types"), ", ".join(KINDS.labels(site.kinds, tr))),
        (tr.translate("reports", "Programmes et labels"), ", ".join(PROGRAMMES.labels(site.programmes, tr))),
        (tr.translate("reports", "Services publics accueillis"), ", ".join(
            PUBLIC_SERVICES.label(p.code, tr) + (f" ({p.detail})" if p.detail else "") for p in site.public_services)),
        (tr.translate("reports", "Visite"), " — ".join(p for p in (tr.long_date(visit.visit_date), visit.author) if p)),
    ]
    cells = [[para(k, s["small"]), para(v, s["body"])] for k, v in rows if v]
    where = locator(site)
    if not cells:
        return [Spacer(1, 4 * mm), where] if where else []
    identity = table(cells, [42 * mm, CONTENT_WIDTH - LOCATOR_SIZE - 50 * mm], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    if where is None:
        return [Spacer(1, 4 * mm), identity]
    if identity.wrap(CONTENT_WIDTH, 1000 * mm)[1] > TALL_IDENTITY:
        return [Spacer(1, 4 * mm), identity, Spacer(1, 3 * mm), where]
    head = table([[identity, where]], [CONTENT_WIDTH - LOCATOR_SIZE - 4 * mm, LOCATOR_SIZE + 4 * mm], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [Spacer(1, 4 * mm), head]


def _answer(question: Question, value, s, tr: Translator) -> list:
    """One answer: highlighted in a tinted box (strengths, fragilities), else label beside text."""
    if question.highlight:
        items = value if question.type == "items" else [answer_text(question, value, tr)]
        rows = [[para(question.label, s["h3"])]] + [
            [para(f"• {item}" if question.type == "items" else item, s["body"])] for item in items]
        box = table(rows, [CONTENT_WIDTH], [
            ("BACKGROUND", (0, 0), (-1, -1), STRENGTH if question.highlight == "strength" else FRAGILITY),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6)])
        return [box, Spacer(1, 2 * mm)]
    return [table([[para(question.label, s["small"]), para(answer_text(question, value, tr), s["body"])]],
                  [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], [("VALIGN", (0, 0), (-1, -1), "TOP")])]


def visit_flowables(store: Store, visit_id: str, s: dict, *, include_people: bool, tr: Translator = FRENCH):
    """Return (flowables, site, visit) of one visit's summary: also a chapter of the tour booklet."""
    visit = store.visits.get(visit_id)
    site = store.sites.get(visit.site_id)
    grid = load_grid(visit.grid_version, tr.language)
    story: list = [para(site.name, s["title"]), para(place_line(site), s["subtitle"])]
    story += _identity(store, site, visit, s, tr)
    photos = store.attachments.photos_for_print(visit_id)
    cover_id = store.attachments.cover_id(site.id)
    if photos and photos[0].id == cover_id:
        story += [Spacer(1, 3 * mm), *photo_cells(store, [photos[0]], COVER_BOX, s, tr)]
        photos = photos[1:]

    answered = grid.answered_themes(visit.answers)
    if not answered and not visit.notes.strip():
        story.append(para(tr.translate("reports", "Aucune observation saisie pour cette visite."), s["body"]))
    for theme in answered:
        given = visit.answers.get(theme.id) or {}
        story.append(para(theme.label, s["h2"]))   # keeps with its first answer (keepWithNext)
        for question in theme.questions:
            value = given.get(question.id)
            if value not in (None, "", []):
                story += _answer(question, value, s, tr)
        if (given.get(COMMENT) or "").strip():
            story.append(para(given[COMMENT], s["comment"]))
    if visit.notes.strip():
        story.append(para(tr.translate("reports", "Notes"), s["h2"]))
        for line in visit.notes.splitlines():
            if line.startswith("#"):
                story.append(para(line.lstrip("# "), s["h3"]))
            elif line.strip():
                story.append(para(line, s["body"]))
    if photos:
        rows = photo_rows(photo_cells(store, photos, PHOTO_BOX, s, tr))
        story += [KeepTogether([para(tr.translate("reports", "Photos"), s["h2"]), rows[0]]), *rows[1:]]
    if include_people:
        people = store.visits.people(visit_id)
        if people:
            story.append(para(tr.translate("reports", "Personnes rencontrées"), s["h2"]))
            story += [para(person_line(a), s["body"]) for a in people]
    return story, site, visit
