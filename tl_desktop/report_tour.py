"""The learning tour in PDF: the programme sheet (feuille de route) and the tour booklet.

The booklet ends with what no field tool gives: the sites side by side on the grid's themes
(strengths and fragilities, economic model, land, hosted public services) across the tour.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from .domain import PUBLIC_SERVICES, Stop
from .grid import load_grid
from .report_visit import answer_text, para, register_fonts, styles, visit_flowables, write_pdf
from .store import Store
from .typography import long_date

GRID_LINES = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EAF6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
])


def _dates(start: str, end: str) -> str:
    if not start:
        return ""
    if not end or end == start:
        return long_date(start)
    return f"du {long_date(start)} au {long_date(end)}"


def _programme(store: Store, tour, stops: list[Stop], s, include_people: bool) -> list:
    story = [para(tour.title, s["title"])]
    who = " — ".join(p for p in (tour.organiser, tour.service) if p)
    story.append(para(" — ".join(p for p in (who, _dates(tour.start_date, tour.end_date)) if p), s["subtitle"]))
    if tour.objectives.strip():
        story += [para("Objectifs", s["h2"]), para(tour.objectives, s["body"])]
    days = sorted({stop.day for stop in stops})
    for day in days:
        story.append(para(long_date(day).capitalize(), s["h2"]))
        rows = [[para(h, s["small"]) for h in ("Heure", "Lieu", "Adresse", "Durée", "Accueil")]]
        for number, stop in enumerate((x for x in stops if x.day == day), start=1):
            site = store.get_site(stop.site_id)
            address = ", ".join(p for p in (site.address, f"{site.postcode} {site.commune}".strip()) if p)
            rows.append([para(stop.planned_time, s["body"]), para(f"{number}. {site.name}", s["body"]),
                         para(address, s["body"]),
                         para(f"{stop.duration_min} min" if stop.duration_min else "", s["body"]),
                         para(stop.host, s["body"])])
        table = Table(rows, colWidths=[16 * mm, 55 * mm, 60 * mm, 16 * mm, 33 * mm], repeatRows=1)
        table.setStyle(GRID_LINES)
        story.append(table)
    if not days:
        story.append(para("Aucune étape n'est encore prévue.", s["body"]))
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
        site = store.get_site(visit.site_id)
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
    story = _programme(store, tour, stops, s, include_people)
    for visit in visits:
        chapter, _, _ = visit_flowables(store, visit.id, s, include_people=include_people)
        story += [PageBreak()] + chapter
    if visits:
        story += [PageBreak()] + _synthesis(store, visits, s)
    return write_pdf(story, out, title=f"Livret — {tour.title}", footer=f"{tour.title} — livret de la visite apprenante")
