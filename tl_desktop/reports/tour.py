"""The learning tour in PDF: the programme sheet (feuille de route) and the tour booklet.

The booklet ends with what no field tool gives: the sites side by side on the grid's themes
(strengths and fragilities, economic model, land, hosted public services) across the tour.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from tl_desktop.base.text import NBSP, long_date
from tl_desktop.domain import PUBLIC_SERVICES, Stop
from tl_desktop.domain.grid import answer_text, load_grid
from tl_desktop.geo import TRAVEL_RULE, WALK
from tl_desktop.reports.visit import (
    FONT,
    _outline,
    para,
    prepare_print_copies,
    register_fonts,
    styles,
    visit_flowables,
    write_pdf,
)
from tl_desktop.store import PlannedStop, Store

GRID_LINES = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EAF6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
])


# The days' colours, as on the app's map (Okabe & Ito, readable by colour-blind readers).
DAY_COLOURS = ("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")


class DayMap(Flowable):
    """A map of one day: the départements' outline, the route and numbered steps, clipped to a frame."""

    def __init__(self, points: list[tuple[float, float]], colour: str, width: float = 180 * mm,
                 height: float = 70 * mm):
        super().__init__()
        self.points, self.colour, self.width, self.height = points, colors.HexColor(colour), width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        lats = [p[0] for p in self.points]
        lons = [p[1] for p in self.points]
        pad = 0.01 + 0.15 * max(max(lats) - min(lats), max(lons) - min(lons))
        south, north, west, east = min(lats) - pad, max(lats) + pad, min(lons) - pad, max(lons) + pad
        squash = 0.72    # ≈ cos(44°): a degree of longitude is shorter than one of latitude
        scale = min(self.width / ((east - west) * squash), self.height / (north - south))
        x0 = (self.width - (east - west) * squash * scale) / 2
        y0 = (self.height - (north - south) * scale) / 2

        def xy(lon: float, lat: float) -> tuple[float, float]:
            return x0 + (lon - west) * squash * scale, y0 + (lat - south) * scale

        c = self.canv
        c.saveState()
        frame = c.beginPath()
        frame.rect(0, 0, self.width, self.height)
        c.clipPath(frame, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.setLineWidth(0.4)
        for feature in _outline()["features"]:
            geometry = feature["geometry"]
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            for polygon in polygons:
                ring = polygon[0]
                if not any(west - 1 < lon < east + 1 and south - 1 < lat < north + 1 for lon, lat in ring[::10]):
                    continue
                path = c.beginPath()
                path.moveTo(*xy(*ring[0]))
                for lon, lat in ring[1:]:
                    path.lineTo(*xy(lon, lat))
                path.close()
                c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(self.colour)
        c.setLineWidth(2)
        for (lat1, lon1), (lat2, lon2) in zip(self.points, self.points[1:]):
            c.line(*xy(lon1, lat1), *xy(lon2, lat2))
        c.setFont(FONT + "-Bold", 8)
        for number, (lat, lon) in enumerate(self.points, start=1):
            x, y = xy(lon, lat)
            c.setFillColor(self.colour)
            c.setStrokeColor(colors.white)
            c.circle(x, y, 3.2 * mm, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.drawCentredString(x, y - 2.8, str(number))
        c.restoreState()


def _dates(start: str, end: str) -> str:
    if not start:
        return ""
    if not end or end == start:
        return long_date(start)
    return f"du {long_date(start)} au {long_date(end)}"


def _cover(tour, stops: list[Stop], s) -> list:
    """The title block: the tour, who organises it, when, why, how many places."""
    story = [para(tour.title, s["title"])]
    who = " — ".join(p for p in (tour.organiser, tour.service) if p)
    story.append(para(" — ".join(p for p in (who, _dates(tour.start_date, tour.end_date)) if p), s["subtitle"]))
    days = len({stop.day for stop in stops})
    if stops:
        story.append(para(f"{len(stops)} lieu{'x' if len(stops) > 1 else ''} en {days} jour{'s' if days > 1 else ''}",
                          s["subtitle"]))
    if tour.objectives.strip():
        story += [para("Objectifs", s["h2"]), para(tour.objectives, s["body"])]
    return story


def _hours(p: PlannedStop) -> str:
    """« 09:30–11:00 », or the time alone, or the duration alone (« 90 min »)."""
    if p.end_time:
        return f"{p.stop.planned_time}–{p.end_time}"
    return p.stop.planned_time or (f"{p.stop.duration_min}{NBSP}min" if p.stop.duration_min else "")


def _travel(p: PlannedStop) -> str:
    """The trip to the next stop of the day: « ≈ 15 min à pied » estimated, « 25 min » typed."""
    if p.travel_min is None:
        return ""
    if not p.travel_estimated:
        return f"{p.travel_min}{NBSP}min"
    return f"≈{NBSP}{p.travel_min}{NBSP}min " + ("à pied" if p.travel.mode == WALK else "en voiture")


def _programme(store: Store, tour, stops: list[Stop], s, include_people: bool, cover: bool = True) -> list:
    story = _cover(tour, stops, s) if cover else [para("Programme", s["title"])]
    days = sorted({stop.day for stop in stops})
    planned = {p.stop.id: p for p in store.tours.schedule(tour.id)}
    for day in days:
        story.append(para(long_date(day).capitalize(), s["h2"]))
        rows = [[para(h, s["small"]) for h in ("Horaire", "Lieu", "Adresse", "Accueil", "Trajet ensuite")]]
        for number, stop in enumerate((x for x in stops if x.day == day), start=1):
            site = store.sites.get(stop.site_id)
            address = ", ".join(p for p in (site.address, f"{site.postcode} {site.commune}".strip()) if p)
            rows.append([para(_hours(planned[stop.id]), s["body"]),
                         para(f"{number}. {site.name}" + (f"\nRendez-vous : {stop.meeting_point}"
                                                          if stop.meeting_point else ""), s["body"]),
                         para(address, s["body"]), para("\n".join(p for p in (stop.host, stop.host_phone) if p), s["body"]),
                         para(_travel(planned[stop.id]), s["body"])])
        table = Table(rows, colWidths=[27 * mm, 48 * mm, 44 * mm, 36 * mm, 25 * mm], repeatRows=1)
        table.setStyle(GRID_LINES)
        story.append(table)
        located = [(site.latitude, site.longitude) for site in
                   (store.sites.get(x.site_id) for x in stops if x.day == day) if site.latitude is not None]
        if located:
            story += [Spacer(1, 3 * mm), DayMap(located, DAY_COLOURS[days.index(day) % len(DAY_COLOURS)])]
    if not days:
        story.append(para("Aucune étape n'est encore prévue.", s["body"]))
    elif any(p.travel_estimated for p in planned.values()):
        story += [Spacer(1, 2 * mm), para(TRAVEL_RULE, s["small"])]
    if include_people:
        people = store.tours.participants(tour.id)
        if people:
            story.append(para("Participants", s["h2"]))
            for a in people:
                story.append(para(" — ".join(p for p in (a.person.name, a.role, a.person.service) if p), s["body"]))
    return story


def build_programme(store: Store, tour_id: str, out: Path, *, include_people: bool = True) -> Path:
    """Write the programme sheet (days, times, addresses, hosts) to ``out``; raise TlError."""
    register_fonts()
    tour = store.tours.get(tour_id)
    stops = store.tours.stops(tour_id)
    return write_pdf(_programme(store, tour, stops, styles(), include_people), out,
                     title=f"Feuille de route — {tour.title}", footer=f"{tour.title} — feuille de route")


def _synthesis(store: Store, visits, s) -> list:
    """The sites side by side on the grid's themes that compare a tour best."""
    header = ["Lieu", "Forces", "Fragilités", "Modèle économique", "Foncier", "Services publics"]
    rows = [[para(h, s["small"]) for h in header]]
    for visit in visits:
        site = store.sites.get(visit.site_id)
        grid = load_grid(visit.grid_version)
        a = visit.answers

        def text(theme: str, question: str) -> str:
            value = (a.get(theme) or {}).get(question)
            q = grid.theme(theme).question(question) if grid.theme(theme) else None
            return answer_text(q, value) if q and value not in (None, "", []) else ""

        economy = "\n".join(t for t in (
            f"autofinancement {text('modele_economique', 'autofinancement')}" if text('modele_economique', 'autofinancement') else "",
            f"subventions {text('modele_economique', 'subventions')}" if text('modele_economique', 'subventions') else "") if t)
        land = "\n".join(t for t in (text("foncier", "statut"),
                                     f"jusqu'au {text('foncier', 'fin_occupation')}" if text("foncier", "fin_occupation") else "") if t)
        services = text("services_publics", "services") or ", ".join(
            PUBLIC_SERVICES.label(p.code) for p in site.public_services)
        rows.append([para(f"{site.name}\n{site.commune}", s["small"]), para(text("forces_fragilites", "forces"), s["small"]),
                     para(text("forces_fragilites", "fragilites"), s["small"]), para(economy, s["small"]),
                     para(land, s["small"]), para(services, s["small"])])
    # « autofinancement » must fit on one line of its column.
    table = Table(rows, colWidths=[26 * mm, 33 * mm, 33 * mm, 32 * mm, 28 * mm, 28 * mm], repeatRows=1)
    style = TableStyle(GRID_LINES.getCommands() + [
        ("BACKGROUND", (1, 1), (1, -1), colors.HexColor("#E3F1E6")),
        ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#FBE7E4"))])
    table.setStyle(style)
    return [para("Synthèse : les lieux côte à côte", s["title"]),
            para("Forces et fragilités, modèle économique, foncier et services publics accueillis, "
                 "tels que notés pendant les visites.", s["subtitle"]), Spacer(1, 4 * mm), table]


def build_tour_booklet(store: Store, tour_id: str, out: Path, *, include_people: bool = True) -> Path:
    """Write the tour booklet (programme, one chapter per visit, synthesis table); raise TlError."""
    register_fonts()
    s = styles()
    tour = store.tours.get(tour_id)
    stops = store.tours.stops(tour_id)
    visits = store.visits.of_tour(tour_id)
    story = [Spacer(1, 60 * mm)] + _cover(tour, stops, s) + [PageBreak()]
    story += _programme(store, tour, stops, s, include_people, cover=False)
    prepare_print_copies(store, [v.id for v in visits])
    for visit in visits:
        chapter, _, _ = visit_flowables(store, visit.id, s, include_people=include_people)
        story += [PageBreak()] + chapter
    if visits:
        story += [PageBreak()] + _synthesis(store, visits, s)
    return write_pdf(story, out, title=f"Livret — {tour.title}", footer=f"{tour.title} — livret de la visite apprenante")
