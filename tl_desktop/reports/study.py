"""The territorial study in PDF: cover, map, figures and charts, comparison, a page per visited place.

Built from a saved study (its territory and criteria) on the current data: figures are never
stored. The same content as an editable DOCX is in ``reports.study_docx`` (real headings and
tables, which a reportlab PDF cannot carry for screen readers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from tl_desktop.base.errors import Cancelled
from tl_desktop.base.i18n import FRENCH, Translator, translator
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.domain import KINDS
from tl_desktop.domain.grid import answer_text, load_grid
from tl_desktop.reports.charts import bar_chart
from tl_desktop.reports.common import FRAGILITY, STRENGTH, para, styles, write_pdf
from tl_desktop.reports.fonts import register_fonts
from tl_desktop.reports.maps import ATTRIBUTION, FRANCE, Marker, map_flowable, with_basemap
from tl_desktop.store import Store
from tl_desktop.study import (
    Comparison,
    Figures,
    Place,
    StudyData,
    StudyQuestion,
    comparison,
    compute_figures,
    select,
    study_of,
)

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EAF6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
])
LISTED_PLACES = 300          # above this, the list of places is left to the exports
COMPARED_PER_TABLE = 4       # places side by side on a portrait A4 page


@dataclass
class StudyContent:
    """Everything a study document shows, computed once for the PDF and the DOCX."""

    name: str
    question: StudyQuestion
    places: list[Place]
    figures: Figures
    compared: Comparison | None
    tour_title: str = ""
    tr: Translator = FRENCH       # the document's language

    @property
    def visited(self) -> list[Place]:
        return [p for p in self.places if p.latest_visit is not None and p.latest_visit.answers]


def study_content(store: Store, name: str, cancel: CancelFlag | None = None, *,
                  question: StudyQuestion | None = None, compared: list[str] | None = None,
                  tr: Translator = FRENCH) -> StudyContent:
    """Recompute a study from current data: the saved one named ``name``, or ``question`` as the view has
    it, its texts in ``tr``'s language.

    Raise NotFoundError (no saved study of that name and no question given), Cancelled.
    """
    if question is None:
        saved, question = study_of(store, name)
        name, compared = saved.name, saved.compared
    data = StudyData.load(store, cancel)
    places = select(data, question.territory, question.criteria)
    chosen = [data.by_id[i] for i in compared or () if i in data.by_id]
    tour_title = ""
    if question.criteria.tour_id:
        try:
            tour_title = store.tours.get(question.criteria.tour_id).title
        except Exception:   # noqa: BLE001 — a deleted tour still names the criterion by id
            tour_title = ""
    return StudyContent(name, question, places, compute_figures(places, question.criteria, tr),
                        comparison(chosen, tr) if 2 <= len(chosen) <= 15 else None, tour_title, tr)


def study_map(places: list[Place], width: float = 180 * mm, height: float = 150 * mm, tr: Translator = FRENCH):
    """The places on the shared map (metropolitan France unless they are elsewhere): visited ones black, the others grey."""
    markers = [Marker(p.latitude, p.longitude, colour="#111111" if p.latest_visit is not None else "#A8A8A8")
               for p in places if p.latitude is not None and p.longitude is not None]
    markers.sort(key=lambda m: m.colour != "#A8A8A8")    # visited on top
    metro = [m for m in markers if 41 < m.latitude < 52 and -6 < m.longitude < 10]
    radius = 0.9 * mm if len(markers) > 500 else 1.4 * mm
    return map_flowable(markers, size=(width, height), extent=FRANCE if len(metro) > 0.8 * len(markers) and
                        len(markers) > 50 else None, marker_radius=radius,
                        attribution=tr.translate("reports", ATTRIBUTION))


def _cover(content: StudyContent, s) -> list:
    q, tr = content.question, content.tr
    story = [Spacer(1, 30 * mm), para(tr.translate("reports", "Étude territoriale"), s["subtitle"]),
             para(content.name, s["title"]), para(q.territory.describe(tr), s["h2"]),
             para(tr.translate("reports", "Établie le {date} à partir du catalogue local.").format(
                 date=tr.long_date(date.today().isoformat())), s["subtitle"]),
             Spacer(1, 6 * mm), para(tr.translate("reports", "Critères"), s["h2"])]
    criteria = q.criteria.describe(content.tour_title, tr)
    story += [para(f"• {line}", s["body"]) for line in criteria] or [
        para(tr.translate("reports", "Tous les lieux du territoire."), s["body"])]
    story += [Spacer(1, 6 * mm), para(tr.translate("reports", "Chiffres clés"), s["h2"])]
    table = Table([[para(k, s["body"]), para(v, s["body"])] for k, v in content.figures.headline()],
                  colWidths=[80 * mm, 50 * mm])
    table.setStyle(GRID)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.white)]))
    story.append(table)
    return story


def _map_page(content: StudyContent, s) -> list:
    tr = content.tr
    story = [para(tr.translate("reports", "Carte des lieux"), s["title"]),
             para(tr.translate("reports", "Points noirs : lieux visités ; points gris : lieux non visités."),
                  s["subtitle"]), Spacer(1, 3 * mm)]
    located = study_map(content.places, tr=tr)
    if located is not None:
        story.append(located)
    unplaced = sum(p.latitude is None for p in content.places)
    overseas = sum(p.latitude is not None and not (41 < p.latitude < 52) for p in content.places)
    notes = []
    if unplaced:
        notes.append(tr.plural(unplaced, tr.translate("reports", "{n} lieu sans coordonnées ne figure pas sur la carte."),
                               tr.translate("reports", "{n} lieux sans coordonnées ne figurent pas sur la carte.")))
    if overseas:
        notes.append(tr.plural(overseas, tr.translate("reports", "{n} lieu d'outre-mer hors de ce fond de carte."),
                               tr.translate("reports", "{n} lieux d'outre-mer hors de ce fond de carte.")))
    story += [para(n, s["small"]) for n in notes]
    if len(content.places) <= LISTED_PLACES:
        story += [PageBreak(), para(tr.translate("reports", "Les lieux retenus"), s["title"])]
        rows = [[para(h, s["small"]) for h in (tr.translate("reports", "Lieu"), tr.translate("reports", "Commune"),
                                               tr.translate("reports", "Types"),
                                               tr.translate("reports", "Dernière visite"))]]
        for place in content.places:
            visit = place.latest_visit
            rows.append([para(place.name, s["small"]), para(place.commune, s["small"]),
                         para(", ".join(KINDS.labels(place.kinds, tr)), s["small"]),
                         para(tr.long_date(visit.date) if visit and visit.date else "", s["small"])])
        table = Table(rows, colWidths=[62 * mm, 38 * mm, 48 * mm, 32 * mm], repeatRows=1)
        table.setStyle(GRID)
        story.append(table)
    else:
        story.append(para(tr.translate("reports", "La liste des {n} lieux est dans les exports (CSV, XLSX).").format(
            n=len(content.places)), s["body"]))
    return story


def _figures(content: StudyContent, s) -> list:
    tr = content.tr
    story = [para(tr.translate("reports", "Chiffres et graphiques"), s["title"])]
    for dist in content.figures.distributions:
        if dist.is_empty():
            continue
        block = [para(dist.title, s["h2"])]
        drawing = bar_chart(dist)
        if drawing is not None:
            block += [drawing, Spacer(1, 2 * mm)]
        rows = [[para(tr.translate("reports", "Libellé"), s["small"]),
                 para(tr.translate("reports", "Valeur ({unit})").format(unit=dist.unit), s["small"])]]
        rows += [[para(label, s["small"]), para(value, s["small"])] for label, value in dist.table()]
        table = Table(rows, colWidths=[120 * mm, 60 * mm], repeatRows=1)
        table.setStyle(GRID)
        notes = [para(dist.note, s["small"])] if dist.note else []
        if dist.base and not dist.maximum:
            notes.append(para(tr.plural(dist.base, tr.translate("reports", "Pourcentages calculés sur {n} lieu."),
                                        tr.translate("reports", "Pourcentages calculés sur {n} lieux.")), s["small"]))
        # A chart and its table on one page when they fit; a long table (communes) may run on.
        story += [CondPageBreak(60 * mm)] + ([KeepTogether(block + [table, *notes])] if len(rows) <= 16
                                             else [KeepTogether(block), table, *notes])
    if content.figures.visited == 0:
        story.append(para(tr.translate(
            "reports", "Aucun lieu retenu n'a encore été visité : les chiffres tirés des grilles d'observation "
            "(modèle économique, foncier, impacts, forces et fragilités) apparaîtront avec les visites."), s["body"]))
    return story


def _comparison(compared: Comparison, s, tr: Translator) -> list:
    story = [para(tr.translate("reports", "Les lieux comparés"), s["title"]),
             para(tr.translate("reports", "Thèmes de la grille d'observation, d'après la dernière visite de chaque lieu."),
                  s["subtitle"])]
    places = compared.places
    for start in range(0, len(places), COMPARED_PER_TABLE):
        group = places[start:start + COMPARED_PER_TABLE]
        width = (180 - 34) / len(group)
        rows = [[para("", s["small"])] + [para(p.name, s["h3"]) for p in group]]
        for label, texts in compared.rows:
            cells = texts[start:start + COMPARED_PER_TABLE]
            if any(cells):
                rows.append([para(label, s["small"])] + [para(t, s["small"]) for t in cells])
        table = Table(rows, colWidths=[34 * mm] + [width * mm] * len(group), repeatRows=1)
        table.setStyle(GRID)
        story += [Spacer(1, 4 * mm), table]
    return story


def place_page(place: Place, s, tr: Translator = FRENCH) -> list:
    """A short page on a visited place: identity, strengths, fragilities, needs, key answers."""
    visit = place.latest_visit
    grid = load_grid(visit.grid_version, tr.language)
    where = " — ".join(p for p in (place.commune, place.network) if p)
    story = [para(place.name, s["title"]), para(where, s["subtitle"]),
             para(tr.translate("reports", "Dernière visite : {date}").format(date=tr.long_date(visit.date))
                  if visit.date else tr.translate("reports", "Visite non datée"), s["small"])]
    for theme_id, question_id, colour in (("forces_fragilites", "forces", STRENGTH),
                                          ("forces_fragilites", "fragilites", FRAGILITY),
                                          ("besoins", "besoins", colors.HexColor("#EEF0FA"))):
        question = grid.theme(theme_id).question(question_id)
        value = (visit.answers.get(theme_id) or {}).get(question_id)
        if value:
            box = Table([[para(question.label, s["h3"])], [para(answer_text(question, value, tr), s["body"])]],
                        colWidths=[180 * mm])
            box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            story += [Spacer(1, 3 * mm), box]
    rows = []
    for theme_id in ("modele_economique", "foncier", "impacts"):
        theme = grid.theme(theme_id)
        for question in theme.questions:
            value = (visit.answers.get(theme_id) or {}).get(question.id)
            if value not in (None, "", []) and question.type != "items":
                rows.append([para(question.label, s["small"]), para(answer_text(question, value, tr), s["body"])])
    if rows:
        table = Table(rows, colWidths=[80 * mm, 100 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#DDDDDD"))]))
        story += [Spacer(1, 4 * mm), table]
    return story


@with_basemap
def build_study_pdf(store: Store, name: str, out: Path, *, question: StudyQuestion | None = None,
                    compared: list[str] | None = None, progress: Progress = no_progress,
                    cancel: CancelFlag | None = None, language: str = "fr") -> Path:
    """Write the study ``name`` (saved, or ``question`` as shown) as PDF to ``out`` in ``language``;
    raise NotFoundError, ReportError, Cancelled."""
    register_fonts()
    s = styles()
    tr = translator(language)
    progress(0, 4, "Chiffres")
    content = study_content(store, name, cancel, question=question, compared=compared, tr=tr)
    progress(1, 4, "Carte et graphiques")
    story = _cover(content, s) + [PageBreak()] + _map_page(content, s) + [PageBreak()] + _figures(content, s)
    if content.compared is not None:
        story += [PageBreak()] + _comparison(content.compared, s, tr)
    progress(2, 4, "Lieux visités")
    for place in content.visited:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        story += [PageBreak()] + place_page(place, s, tr)
    progress(3, 4, "Mise en page")
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    path = write_pdf(story, out, title=tr.translate("reports", "Étude territoriale — {name}").format(name=content.name),
                     footer=tr.translate("reports", "{name} — étude territoriale").format(name=content.name), tr=tr)
    progress(4, 4, "")
    return path
