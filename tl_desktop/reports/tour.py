"""The learning tour in PDF: the programme sheet (feuille de route) and the tour booklet.

The booklet opens on a cover (the tour, its dates, who organises it, the map of every stop,
how many days, places and visits), then the programme, one chapter per visit, and ends with
what no field tool gives: the places side by side on the answers the grid file names in its
« comparison » (strengths and fragilities, economic model, land, public services...). A stop
nobody took notes at is in that table too, said so.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, TableStyle

from tl_desktop import geo
from tl_desktop.base.errors import NotFoundError
from tl_desktop.base.i18n import Translator, translator
from tl_desktop.base.text import NBSP, capitalised
from tl_desktop.domain import PUBLIC_SERVICES, Site, Stop, Tour, Visit
from tl_desktop.domain.grid import Comparison, answer_text, load_grid
from tl_desktop.reports.common import (
    ATTRIBUTION,
    BLUE,
    BOLD,
    CONTENT_WIDTH,
    DAY_COLOURS,
    FRAGILITY,
    GRID_LINES,
    STRENGTH,
    Line,
    Marker,
    address_line,
    dates_line,
    keep_start,
    map_flowable,
    minutes,
    para,
    person_line,
    prepare_print_copies,
    styles,
    table,
    with_basemap,
    write_pdf,
)
from tl_desktop.reports.visit import visit_flowables
from tl_desktop.store import PlannedStop, Store

# Horaire, Lieu, Adresse, Accueil, Trajet ensuite: « 09:30–11:00 » fits on one line, and the
# place's name keeps the width it had; the address gives up what the trip takes.
PROGRAMME_WIDTHS = (25 * mm, 54 * mm, CONTENT_WIDTH - 135 * mm, 32 * mm, 24 * mm)
DAY_MAP = (CONTENT_WIDTH, 70 * mm)
COVER_MAP = (CONTENT_WIDTH, 118 * mm)
PLACE_WIDTH = 30 * mm      # the comparison table's first column
# A table's header and first rows: what must fit under its heading and map on the same page.
TABLE_START = 28 * mm


def _region(site: Site) -> str:
    """The part of France a site is in (« métropole », « Guadeloupe »…), "" if none."""
    return next((name for name, (south, north, west, east) in geo.FRANCE_BOXES.items()
                 if south <= site.latitude <= north and west <= site.longitude <= east), "")


def _map_with_note(t: "_Tour", days: list[str], size, s) -> list:
    """The map of these days' stops, and a line naming the stops it leaves out; [] if none is located."""
    markers, routes, away = t.markers(days)
    shown = map_flowable(markers, routes, size, attribution=t.tr.translate("reports", ATTRIBUTION))
    note = [Spacer(1, 1 * mm), para(t.tr.translate("reports", "Hors de la carte : {places}.").format(
        places=", ".join(away)), s["small"])] if away else []
    return ([shown] if shown else []) + note


class _Tour:
    """What the tour's documents read once: the tour, its stops by day, their sites, its visits."""

    def __init__(self, store: Store, tour_id: str, tr: Translator):
        self.tr = tr
        self.tour: Tour = store.tours.get(tour_id)
        self.stops: list[Stop] = store.tours.stops(tour_id)
        self.days: list[str] = sorted({stop.day for stop in self.stops})
        self.sites: dict[str, Site] = {}
        for stop in self.stops:
            if stop.site_id not in self.sites:
                try:
                    self.sites[stop.site_id] = store.sites.get(stop.site_id)
                except NotFoundError:   # in the bin: the stop still prints
                    self.sites[stop.site_id] = Site(name=tr.translate("reports", "(lieu supprimé)"), id=stop.site_id)
        self.visits: dict[str, list[Visit]] = {stop.id: store.visits.of_stop(stop.id) for stop in self.stops}
        self.planned: dict[str, PlannedStop] = {p.stop.id: p for p in store.tours.schedule(tour_id)}

    def of_day(self, day: str) -> list[Stop]:
        return [stop for stop in self.stops if stop.day == day]

    def colour(self, day: str) -> str:
        return DAY_COLOURS[self.days.index(day) % len(DAY_COLOURS)]

    def markers(self, days: list[str]) -> tuple[list[Marker], list[Line], list[str]]:
        """The stops of ``days`` as numbered markers in their day's colour, each day's route, and
        the stops left off the map: those in another part of France than most (a stop in
        Guadeloupe on a tour of Marseille would shrink Marseille to a dot), then « Nom (Guadeloupe) »."""
        located, unlocated = [], []
        for day in days:
            for number, stop in enumerate(self.of_day(day), start=1):
                site = self.sites[stop.site_id]
                if site.latitude is not None and site.longitude is not None:
                    located.append((day, site, Marker(site.latitude, site.longitude, str(number), self.colour(day))))
                else:
                    unlocated.append(self.tr.translate("reports", "{place} (position inconnue)").format(place=site.name))
        regions = [_region(site) for _, site, _ in located]
        main = max(set(regions), key=lambda r: (regions.count(r), r == "métropole"), default="")
        shown = [(day, m) for (day, _, m), r in zip(located, regions) if r == main]
        away = [f"{site.name} ({self.tr.translate('geo', r)})" if r else site.name
                for (_, site, _), r in zip(located, regions) if r != main]
        away += unlocated if located else []
        routes = []
        for day in days:
            points = tuple((m.latitude, m.longitude) for d, m in shown if d == day)
            if len(points) > 1:
                routes.append(Line(points, self.colour(day)))
        return [m for _, m in shown], routes, away

    def counts(self) -> str:
        """« 3 jours · 5 lieux · 4 visites notées »."""
        tr = self.tr

        def count(n: int, one: str, many: str) -> str:    # the number never apart from its word
            return tr.plural(n, one.replace("{n} ", "{n}\u00a0"), many.replace("{n} ", "{n}\u00a0"))
        notebooks = sum(len(v) for v in self.visits.values())
        return " · ".join((
            count(len(self.days), tr.translate("reports", "{n} jour"), tr.translate("reports", "{n} jours")),
            count(len(self.sites), tr.translate("reports", "{n} lieu"), tr.translate("reports", "{n} lieux")),
            count(notebooks, tr.translate("reports", "{n} visite notée"),
                  tr.translate("reports", "{n} visites notées"))))


# ------------------------------------------------------------------------------ the programme


def _band(t: _Tour, s, *, large: bool) -> list:
    """The title band: « Visite apprenante », the title, the dates, on the State's blue."""
    size = 24 if large else 17
    white = dict(parent=s["body"], textColor=colors.white)
    kicker = t.tr.translate("reports", "VISITE APPRENANTE")
    rows = [[para(kicker, ParagraphStyle("kicker", fontSize=9, leading=12, fontName=BOLD, **white))],
            [para(t.tour.title, ParagraphStyle("band", fontSize=size, leading=size * 1.25, fontName=BOLD, **white))]]
    when = dates_line(t.tour.start_date, t.tour.end_date, t.tr)
    if when:
        rows.append([para(when, ParagraphStyle("when", fontSize=12 if large else 11, leading=16, **white))])
    pad = 10 if large else 7
    return [table(rows, [CONTENT_WIDTH], [("BACKGROUND", (0, 0), (-1, -1), BLUE),
                                          ("LEFTPADDING", (0, 0), (-1, -1), pad + 2),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), pad + 2),
                                          ("TOPPADDING", (0, 0), (-1, 0), pad),
                                          ("BOTTOMPADDING", (0, -1), (-1, -1), pad)])]


def _hours(p: PlannedStop) -> str:
    """« 09:30–11:00 », or the time alone, or the duration alone (« 90 min »)."""
    if p.end_time:
        return f"{p.stop.planned_time}–{p.end_time}"
    return p.stop.planned_time or minutes(p.stop.duration_min)


def _travel(p: PlannedStop, tr: Translator) -> str:
    """The trip to the day's next stop: « ≈ 15 min à pied » when estimated, « 25 min » when typed."""
    if p.travel_min is None:
        return ""
    if not p.travel_estimated:
        return minutes(p.travel_min)
    how = (tr.translate("reports", "{duration} à pied") if p.travel.mode == geo.WALK
           else tr.translate("reports", "{duration} en voiture"))
    return f"≈{NBSP}" + how.format(duration=minutes(p.travel_min))


def _day(store: Store, t: _Tour, day: str, s) -> list:
    """A day: its heading, its map, then its table; the three start on the same page."""
    tr = t.tr
    rows = [[para(h, s["small"]) for h in (tr.translate("reports", "Horaire"), tr.translate("reports", "Lieu"),
                                           tr.translate("reports", "Adresse"), tr.translate("reports", "Accueil"),
                                           tr.translate("reports", "Trajet ensuite"))]]
    for number, stop in enumerate(t.of_day(day), start=1):
        site, planned = t.sites[stop.site_id], t.planned[stop.id]
        meeting = ("\n" + tr.translate("reports", "Rendez-vous : {place}").format(place=stop.meeting_point)
                   if stop.meeting_point else "")
        rows.append([para(_hours(planned), s["body"]), para(f"{number}. {site.name}{meeting}", s["body"]),
                     para(address_line(site), s["body"]),
                     para("\n".join(p for p in (stop.host, stop.host_phone) if p), s["body"]),
                     para(_travel(planned, tr), s["body"])])
    heading = para(capitalised(tr.long_date(day)), s["h2"])
    day_map = _map_with_note(t, [day], DAY_MAP, s)
    block = [heading] + day_map + ([Spacer(1, 3 * mm)] if day_map else [])
    block.append(table(rows, PROGRAMME_WIDTHS, GRID_LINES, header=True))
    start = sum(f.wrap(CONTENT_WIDTH, 1000)[1] for f in [heading] + day_map) + 17 + 3 * mm + TABLE_START
    return keep_start(block, start)


def _programme(store: Store, t: _Tour, s, include_people: bool, *, in_booklet: bool) -> list:
    tr = t.tr
    if in_booklet:
        story = [para(tr.translate("reports", "Programme"), s["title"])]
    else:
        story = _band(t, s, large=False) + [Spacer(1, 3 * mm)]
        who = " — ".join(p for p in (t.tour.organiser, t.tour.service) if p)
        story += [para(line, s["subtitle"]) for line in (who, t.counts() if t.stops else "") if line]
    if t.tour.objectives.strip():
        story += [para(tr.translate("reports", "Objectifs"), s["h2"]), para(t.tour.objectives, s["body"])]
    for day in t.days:
        story += _day(store, t, day, s)
    if not t.days:
        story.append(para(tr.translate("reports", "Aucune étape n'est encore prévue."), s["body"]))
    elif any(p.travel_estimated for p in t.planned.values()):
        # How the trips were estimated (the rule is the core's, in context tl_desktop).
        story += [Spacer(1, 2 * mm), para(tr.translate("tl_desktop", geo.TRAVEL_RULE), s["small"])]
    if include_people:
        people = store.tours.participants(t.tour.id)
        if people:
            story.append(para(tr.translate("reports", "Participants"), s["h2"]))
            story += [para(person_line(a), s["body"]) for a in people]
    return story


@with_basemap
def build_programme(store: Store, tour_id: str, out: Path, *, include_people: bool = True,
                    language: str = "fr") -> Path:
    """Write the programme sheet (days, times, addresses, hosts, a map a day) to ``out`` in ``language``;
    raise TlError."""
    tr = translator(language)
    t = _Tour(store, tour_id, tr)
    return write_pdf(_programme(store, t, styles(), include_people, in_booklet=False), out,
                     title=tr.translate("reports", "Feuille de route — {title}").format(title=t.tour.title),
                     footer=tr.translate("reports", "{title} — feuille de route").format(title=t.tour.title), tr=tr)


# ------------------------------------------------------------------------------ the booklet


def _cover(t: _Tour, s) -> list:
    """The booklet's first page: title band, organiser, the map of every stop, the counts."""
    tr = t.tr
    story = [Spacer(1, 12 * mm)] + _band(t, s, large=True) + [Spacer(1, 5 * mm)]
    who = " — ".join(p for p in (t.tour.organiser, t.tour.service) if p)
    if who:
        story += [para(who, ParagraphStyle("who", parent=s["subtitle"], fontSize=13, leading=17)),
                  Spacer(1, 5 * mm)]
    cover_map = _map_with_note(t, t.days, COVER_MAP, s)
    if cover_map:
        story += cover_map[:1]
        legend = [[para(capitalised(tr.long_date(day)), ParagraphStyle("legend", parent=s["small"], textColor=colors.white,
                                                                   fontName=BOLD)) for day in t.days]]
        widths = [CONTENT_WIDTH / max(1, len(t.days))] * len(t.days)
        story.append(table(legend, widths, [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(t.colour(day)))
                                            for i, day in enumerate(t.days)] + [
            ("LINEAFTER", (0, 0), (-2, 0), 2, colors.white)]))
        story += cover_map[1:]
    notebooks = sum(len(v) for v in t.visits.values())
    figures = [(len(t.days), tr.translate("reports", "jour"), tr.translate("reports", "jours")),
               (len(t.sites), tr.translate("reports", "lieu visité"), tr.translate("reports", "lieux visités")),
               (notebooks, tr.translate("reports", "visite notée"), tr.translate("reports", "visites notées"))]
    number = ParagraphStyle("figure", parent=s["body"], fontName=BOLD, fontSize=26, leading=30, alignment=TA_CENTER,
                            textColor=BLUE)
    label = ParagraphStyle("figure_label", parent=s["small"], alignment=TA_CENTER)
    story += [Spacer(1, 7 * mm), table(
        [[para(str(n), number) for n, _, _ in figures], [para(tr.plural(n, one, many), label) for n, one, many in figures]],
        [CONTENT_WIDTH / 3] * 3, [("LINEAFTER", (0, 0), (1, -1), 0.5, colors.HexColor("#BBBBBB")),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])]
    return story + [PageBreak()]


def _column_text(visit: Visit, site: Site, column, tr: Translator) -> str:
    grid = load_grid(visit.grid_version, tr.language)
    lines = []
    for wanted in column.answers:
        theme = grid.theme(wanted.theme)
        question = theme.question(wanted.question) if theme else None
        value = (visit.answers.get(wanted.theme) or {}).get(wanted.question)
        if question is None or value in (None, "", []):
            continue
        text = answer_text(question, value, tr)
        lines.append(f"{wanted.prefix} {text}" if wanted.prefix else text)
    if not lines and column.otherwise == "site.public_services":
        lines = [", ".join(PUBLIC_SERVICES.label(p.code, tr) for p in site.public_services)]
    return "\n".join(line for line in lines if line)


def _synthesis(t: _Tour, comparison: Comparison, s) -> list:
    """The places side by side on the comparison's columns; every stop has its row."""
    tr = t.tr
    columns = comparison.columns
    width = (CONTENT_WIDTH - PLACE_WIDTH) / max(1, len(columns))
    rows = [[para(tr.translate("reports", "Lieu"), s["small"])] + [para(c.label, s["small"]) for c in columns]]
    commands = list(GRID_LINES.getCommands())
    for i, column in enumerate(columns, start=1):
        if column.highlight:
            commands.append(("BACKGROUND", (i, 1), (i, -1), STRENGTH if column.highlight == "strength" else FRAGILITY))

    def said(text: str) -> None:   # a row that says why it is empty, across the answer columns
        rows[-1] += [para(text, s["empty"])] + [""] * (len(columns) - 1)
        commands.extend([("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)),
                         ("BACKGROUND", (1, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F5F5F5"))])

    for stop in t.stops:
        site = t.sites[stop.site_id]
        visits = t.visits[stop.id]
        for visit in visits or [None]:
            place = f"{site.name}\n{site.commune}".strip()
            if len(visits) > 1 and visit.author:
                place += "\n" + tr.translate("reports", "(notes de {author})").format(author=visit.author)
            rows.append([para(place, s["cell"])])
            if visit is None:
                said(tr.translate("reports", "Pas de notes de visite pour cette étape."))
                continue
            cells = [_column_text(visit, site, c, tr) for c in columns]
            if not any(cells):
                said(tr.translate("reports", "Visite notée, mais rien sur ces thèmes."))
            else:
                rows[-1] += [para(text, s["cell"]) for text in cells]
    title = [para(comparison.title or tr.translate("reports", "Synthèse"), s["title"])]
    if comparison.description:
        title.append(para(comparison.description, s["subtitle"]))
    start = sum(f.wrap(CONTENT_WIDTH, 1000)[1] for f in title) + 4 * mm + TABLE_START
    return keep_start(title + [Spacer(1, 4 * mm), table(rows, [PLACE_WIDTH] + [width] * len(columns),
                                                        TableStyle(commands), header=True)], start)


@with_basemap
def build_tour_booklet(store: Store, tour_id: str, out: Path, *, include_people: bool = True,
                       language: str = "fr") -> Path:
    """Write the tour booklet (cover, programme, a chapter per visit, comparison table) in ``language``;
    raise TlError."""
    s = styles()
    tr = translator(language)
    t = _Tour(store, tour_id, tr)
    visits = [v for stop in t.stops for v in t.visits[stop.id]]
    story = _cover(t, s) + _programme(store, t, s, include_people, in_booklet=True)
    prepare_print_copies(store, [v.id for v in visits])
    for visit in visits:
        chapter, _, _ = visit_flowables(store, visit.id, s, include_people=include_people, tr=tr)
        story += [PageBreak()] + chapter
    if t.stops:
        newest = load_grid(max((v.grid_version for v in visits), default=None), language)
        story += [PageBreak()] + _synthesis(t, newest.comparison, s)
    return write_pdf(story, out, title=tr.translate("reports", "Livret — {title}").format(title=t.tour.title),
                     cover=True, tr=tr,
                     footer=tr.translate("reports", "{title} — livret de la visite apprenante").format(title=t.tour.title))
