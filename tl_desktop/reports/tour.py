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
from tl_desktop.base.text import long_date
from tl_desktop.domain import PUBLIC_SERVICES, Site, Stop, Tour, Visit
from tl_desktop.domain.grid import Comparison, answer_text, load_grid
from tl_desktop.reports.common import (
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
from tl_desktop.store import Store

# Heure, Lieu, Adresse, Durée, Accueil: « 09:30 » and « 120 min » fit on one line.
PROGRAMME_WIDTHS = (15 * mm, (CONTENT_WIDTH - 71 * mm) / 2, (CONTENT_WIDTH - 71 * mm) / 2, 19 * mm, 37 * mm)
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
    shown = map_flowable(markers, routes, size)
    note = [Spacer(1, 1 * mm), para("Hors de la carte : " + ", ".join(away) + ".", s["small"])] if away else []
    return ([shown] if shown else []) + note


def _plural(n: int, one: str, many: str) -> str:
    return f"{n}\u00a0{one if n == 1 else many}"


class _Tour:
    """What the tour's documents read once: the tour, its stops by day, their sites, its visits."""

    def __init__(self, store: Store, tour_id: str):
        self.tour: Tour = store.tours.get(tour_id)
        self.stops: list[Stop] = store.tours.stops(tour_id)
        self.days: list[str] = sorted({stop.day for stop in self.stops})
        self.sites: dict[str, Site] = {}
        for stop in self.stops:
            if stop.site_id not in self.sites:
                try:
                    self.sites[stop.site_id] = store.sites.get(stop.site_id)
                except NotFoundError:   # in the bin: the stop still prints
                    self.sites[stop.site_id] = Site(name="(lieu supprimé)", id=stop.site_id)
        self.visits: dict[str, list[Visit]] = {stop.id: store.visits.of_stop(stop.id) for stop in self.stops}

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
                    unlocated.append(f"{site.name} (position inconnue)")
        regions = [_region(site) for _, site, _ in located]
        main = max(set(regions), key=lambda r: (regions.count(r), r == "métropole"), default="")
        shown = [(day, m) for (day, _, m), r in zip(located, regions) if r == main]
        away = [f"{site.name} ({r})" if r else site.name for (_, site, _), r in zip(located, regions) if r != main]
        away += unlocated if located else []
        routes = []
        for day in days:
            points = tuple((m.latitude, m.longitude) for d, m in shown if d == day)
            if len(points) > 1:
                routes.append(Line(points, self.colour(day)))
        return [m for _, m in shown], routes, away

    def counts(self) -> str:
        notebooks = sum(len(v) for v in self.visits.values())
        return " · ".join((_plural(len(self.days), "jour", "jours"), _plural(len(self.sites), "lieu", "lieux"),
                           _plural(notebooks, "visite notée", "visites notées")))


# ------------------------------------------------------------------------------ the programme


def _band(t: _Tour, s, *, large: bool) -> list:
    """The title band: « Visite apprenante », the title, the dates, on the State's blue."""
    size = 24 if large else 17
    white = dict(parent=s["body"], textColor=colors.white)
    rows = [[para("VISITE APPRENANTE", ParagraphStyle("kicker", fontSize=9, leading=12, fontName=BOLD, **white))],
            [para(t.tour.title, ParagraphStyle("band", fontSize=size, leading=size * 1.25, fontName=BOLD, **white))]]
    when = dates_line(t.tour.start_date, t.tour.end_date)
    if when:
        rows.append([para(when, ParagraphStyle("when", fontSize=12 if large else 11, leading=16, **white))])
    pad = 10 if large else 7
    return [table(rows, [CONTENT_WIDTH], [("BACKGROUND", (0, 0), (-1, -1), BLUE),
                                          ("LEFTPADDING", (0, 0), (-1, -1), pad + 2),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), pad + 2),
                                          ("TOPPADDING", (0, 0), (-1, 0), pad),
                                          ("BOTTOMPADDING", (0, -1), (-1, -1), pad)])]


def _day(store: Store, t: _Tour, day: str, s) -> list:
    """A day: its heading, its map, then its table; the three start on the same page."""
    rows = [[para(h, s["small"]) for h in ("Heure", "Lieu", "Adresse", "Durée", "Accueil")]]
    for number, stop in enumerate(t.of_day(day), start=1):
        site = t.sites[stop.site_id]
        rows.append([para(stop.planned_time, s["body"]), para(f"{number}. {site.name}", s["body"]),
                     para(address_line(site), s["body"]), para(minutes(stop.duration_min), s["body"]),
                     para(stop.host, s["body"])])
    heading = para(long_date(day).capitalize(), s["h2"])
    day_map = _map_with_note(t, [day], DAY_MAP, s)
    block = [heading] + day_map + ([Spacer(1, 3 * mm)] if day_map else [])
    block.append(table(rows, PROGRAMME_WIDTHS, GRID_LINES, header=True))
    start = sum(f.wrap(CONTENT_WIDTH, 1000)[1] for f in [heading] + day_map) + 17 + 3 * mm + TABLE_START
    return keep_start(block, start)


def _programme(store: Store, t: _Tour, s, include_people: bool, *, in_booklet: bool) -> list:
    if in_booklet:
        story = [para("Programme", s["title"])]
    else:
        story = _band(t, s, large=False) + [Spacer(1, 3 * mm)]
        who = " — ".join(p for p in (t.tour.organiser, t.tour.service) if p)
        story += [para(line, s["subtitle"]) for line in (who, t.counts() if t.stops else "") if line]
    if t.tour.objectives.strip():
        story += [para("Objectifs", s["h2"]), para(t.tour.objectives, s["body"])]
    for day in t.days:
        story += _day(store, t, day, s)
    if not t.days:
        story.append(para("Aucune étape n'est encore prévue.", s["body"]))
    if include_people:
        people = store.tours.participants(t.tour.id)
        if people:
            story.append(para("Participants", s["h2"]))
            story += [para(person_line(a), s["body"]) for a in people]
    return story


@with_basemap
def build_programme(store: Store, tour_id: str, out: Path, *, include_people: bool = True) -> Path:
    """Write the programme sheet (days, times, addresses, hosts, a map a day) to ``out``; raise TlError."""
    t = _Tour(store, tour_id)
    return write_pdf(_programme(store, t, styles(), include_people, in_booklet=False), out,
                     title=f"Feuille de route — {t.tour.title}", footer=f"{t.tour.title} — feuille de route")


# ------------------------------------------------------------------------------ the booklet


def _cover(t: _Tour, s) -> list:
    """The booklet's first page: title band, organiser, the map of every stop, the counts."""
    story = [Spacer(1, 12 * mm)] + _band(t, s, large=True) + [Spacer(1, 5 * mm)]
    who = " — ".join(p for p in (t.tour.organiser, t.tour.service) if p)
    if who:
        story += [para(who, ParagraphStyle("who", parent=s["subtitle"], fontSize=13, leading=17)),
                  Spacer(1, 5 * mm)]
    cover_map = _map_with_note(t, t.days, COVER_MAP, s)
    if cover_map:
        story += cover_map[:1]
        legend = [[para(long_date(day).capitalize(), ParagraphStyle("legend", parent=s["small"], textColor=colors.white,
                                                                   fontName=BOLD)) for day in t.days]]
        widths = [CONTENT_WIDTH / max(1, len(t.days))] * len(t.days)
        story.append(table(legend, widths, [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(t.colour(day)))
                                            for i, day in enumerate(t.days)] + [
            ("LINEAFTER", (0, 0), (-2, 0), 2, colors.white)]))
        story += cover_map[1:]
    notebooks = sum(len(v) for v in t.visits.values())
    figures = [(len(t.days), "jour", "jours"), (len(t.sites), "lieu visité", "lieux visités"),
               (notebooks, "visite notée", "visites notées")]
    number = ParagraphStyle("figure", parent=s["body"], fontName=BOLD, fontSize=26, leading=30, alignment=TA_CENTER,
                            textColor=BLUE)
    label = ParagraphStyle("figure_label", parent=s["small"], alignment=TA_CENTER)
    story += [Spacer(1, 7 * mm), table(
        [[para(str(n), number) for n, _, _ in figures], [para(one if n == 1 else many, label) for n, one, many in figures]],
        [CONTENT_WIDTH / 3] * 3, [("LINEAFTER", (0, 0), (1, -1), 0.5, colors.HexColor("#BBBBBB")),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])]
    return story + [PageBreak()]


def _column_text(visit: Visit, site: Site, column) -> str:
    grid = load_grid(visit.grid_version)
    lines = []
    for wanted in column.answers:
        theme = grid.theme(wanted.theme)
        question = theme.question(wanted.question) if theme else None
        value = (visit.answers.get(wanted.theme) or {}).get(wanted.question)
        if question is None or value in (None, "", []):
            continue
        text = answer_text(question, value)
        lines.append(f"{wanted.prefix} {text}" if wanted.prefix else text)
    if not lines and column.otherwise == "site.public_services":
        lines = [", ".join(PUBLIC_SERVICES.label(p.code) for p in site.public_services)]
    return "\n".join(line for line in lines if line)


def _synthesis(t: _Tour, comparison: Comparison, s) -> list:
    """The places side by side on the comparison's columns; every stop has its row."""
    columns = comparison.columns
    width = (CONTENT_WIDTH - PLACE_WIDTH) / max(1, len(columns))
    rows = [[para("Lieu", s["small"])] + [para(c.label, s["small"]) for c in columns]]
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
                place += f"\n(notes de {visit.author})"
            rows.append([para(place, s["cell"])])
            if visit is None:
                said("Pas de notes de visite pour cette étape.")
                continue
            cells = [_column_text(visit, site, c) for c in columns]
            if not any(cells):
                said("Visite notée, mais rien sur ces thèmes.")
            else:
                rows[-1] += [para(text, s["cell"]) for text in cells]
    title = [para(comparison.title or "Synthèse", s["title"])]
    if comparison.description:
        title.append(para(comparison.description, s["subtitle"]))
    start = sum(f.wrap(CONTENT_WIDTH, 1000)[1] for f in title) + 4 * mm + TABLE_START
    return keep_start(title + [Spacer(1, 4 * mm), table(rows, [PLACE_WIDTH] + [width] * len(columns),
                                                        TableStyle(commands), header=True)], start)


@with_basemap
def build_tour_booklet(store: Store, tour_id: str, out: Path, *, include_people: bool = True) -> Path:
    """Write the tour booklet (cover, programme, a chapter per visit, comparison table); raise TlError."""
    s = styles()
    t = _Tour(store, tour_id)
    visits = [v for stop in t.stops for v in t.visits[stop.id]]
    story = _cover(t, s) + _programme(store, t, s, include_people, in_booklet=True)
    prepare_print_copies(store, [v.id for v in visits])
    for visit in visits:
        chapter, _, _ = visit_flowables(store, visit.id, s, include_people=include_people)
        story += [PageBreak()] + chapter
    if t.stops:
        newest = load_grid(max((v.grid_version for v in visits), default=None))
        story += [PageBreak()] + _synthesis(t, newest.comparison, s)
    return write_pdf(story, out, title=f"Livret — {t.tour.title}", cover=True,
                     footer=f"{t.tour.title} — livret de la visite apprenante")
