"""The places of the catalog (or of a saved study) as CSV, XLSX or GeoJSON: ``tl-desktop export``.

- CSV: UTF-8 with a BOM (Excel reads the accents), comma or semicolon (French Excel), one line per place,
  several values in a cell separated by « | ».
- XLSX (openpyxl, write-only: 50,000 places in a few seconds): a sheet of places, a sheet of visits with
  one column per question of the grid, and a sheet of the strengths, fragilities and needs noted.
- GeoJSON (RFC 7946): a FeatureCollection of Points in WGS 84, longitude first; a place without
  coordinates keeps its properties with a null geometry.

Personal data (the author of a visit, the people met) is left out unless ``include_people`` is set.
Every file is written to a temporary name then moved into place: a cancelled or failed export
leaves no half-written file.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from tl_desktop.base.errors import Cancelled, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.domain import KINDS, LEGAL_FORMS, PROGRAMMES, PUBLIC_SERVICES, ROOM_EQUIPMENT
from tl_desktop.domain.grid import COMMENT, answer_text, is_empty, load_grid
from tl_desktop.io.visit_export import ExportError
from tl_desktop.store import Store
from tl_desktop.study import Place, StudyData, compute_figures, phrase_key, select, study_of

FORMATS = ("csv", "xlsx", "geojson", "mednum")
SEPARATOR = " | "
CHUNK = 1000


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote: the file, the number of places, and the places left out with why."""

    path: Path
    places: int
    skipped: tuple[tuple[str, str], ...] = ()    # (place name, French reason)

    def summary(self) -> str:
        text = f"{self.places} lieu{'x' if self.places > 1 else ''} exporté{'s' if self.places > 1 else ''} dans {self.path}"
        if self.skipped:
            text += f" ; {len(self.skipped)} laissé{'s' if len(self.skipped) > 1 else ''} de côté"
        return text + "."


def places_to_export(store: Store, study: str | None = None, cancel: CancelFlag | None = None) -> list[Place]:
    """Return the places of a saved study (by name), or every place of the catalog; raise NotFoundError."""
    data = StudyData.load(store, cancel)
    if not study:
        return data.places
    _, question = study_of(store, study)
    return select(data, question.territory, question.criteria)


PLACE_COLUMNS = (
    "id", "nom", "types", "programmes", "services_publics", "forme_juridique", "adresse", "code_postal", "commune",
    "code_insee", "departement", "region", "reseau_regional", "latitude", "longitude", "position_approximative",
    "site_web", "courriel", "telephone", "salle_capacite_max", "salle_pmr_capacite_max", "salle_equipements",
    "nombre_visites", "derniere_visite", "source", "mise_a_jour",
)


def place_row(place: Place) -> list:
    """The place's cells, in PLACE_COLUMNS order (numbers stay numbers)."""
    last = place.visits[-1].date if place.visits else ""
    return [
        place.id, place.name, SEPARATOR.join(KINDS.labels(place.kinds)),
        SEPARATOR.join(PROGRAMMES.labels(place.programmes)),
        SEPARATOR.join(PUBLIC_SERVICES.label(c) + (f" ({d})" if d else "") for c, d in place.services),
        LEGAL_FORMS.label(place.legal_form) if place.legal_form else "", place.address, place.postcode,
        place.commune, place.insee_code, place.departement, place.region, place.network,
        place.latitude, place.longitude, "oui" if place.approximate else "non" if place.latitude is not None else "",
        place.website, place.email, place.phone, place.capacity or None, place.capacity_accessible or None,
        SEPARATOR.join(ROOM_EQUIPMENT.labels(sorted(place.equipment, key=ROOM_EQUIPMENT.codes().index))),
        len(place.visits), last, place.source, place.updated_at[:10],
    ]


def _write_atomic(out: Path, write: Callable[[Path], None]) -> Path:
    """Write through ``write(tmp)`` then rename onto ``out``; a failure or Cancelled leaves nothing behind."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible d'écrire « {path} » : {reason}."),
                          path=str(out), reason=describe_os_error(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _steps(items: list, progress: Progress, cancel: CancelFlag | None, label: str) -> Iterable:
    total = len(items)
    for index, item in enumerate(items):
        if index % CHUNK == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            progress(index, total, label)
        yield item
    progress(total, total, label)


def export_csv(places: list[Place], out: Path, *, semicolon: bool = False, progress: Progress = no_progress,
               cancel: CancelFlag | None = None) -> ExportReport:
    """Write the places as CSV (UTF-8 with BOM; « ; » for French Excel if ``semicolon``); raise ExportError, Cancelled."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";" if semicolon else ",")
            writer.writerow(PLACE_COLUMNS)
            for place in _steps(places, progress, cancel, "CSV"):
                row = place_row(place)
                if semicolon:   # French Excel reads « 43,29 » as a number, « 43.29 » as text
                    row = [str(v).replace(".", ",") if isinstance(v, float) else v for v in row]
                writer.writerow(["" if v is None else v for v in row])
    return ExportReport(_write_atomic(out, write), len(places))


def export_geojson(places: list[Place], out: Path, *, progress: Progress = no_progress,
                   cancel: CancelFlag | None = None) -> ExportReport:
    """Write the places as an RFC 7946 FeatureCollection; raise ExportError, Cancelled."""
    def write(tmp: Path) -> None:
        features = []
        for place in _steps(places, progress, cancel, "GeoJSON"):
            properties = dict(zip(PLACE_COLUMNS, place_row(place)))
            del properties["latitude"], properties["longitude"]
            geometry = None
            if place.latitude is not None and place.longitude is not None:
                # RFC 7946 §11.2: six decimals (~10 cm) are plenty; longitude first (§3.1.1).
                geometry = {"type": "Point", "coordinates": [round(place.longitude, 6), round(place.latitude, 6)]}
            features.append({"type": "Feature", "id": place.id, "geometry": geometry, "properties": properties})
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
    return ExportReport(_write_atomic(out, write), len(places))


def _question_columns() -> list[tuple[str, str, str]]:
    """(theme id, question id, header) of every question of the newest grid, and each theme's comment."""
    grid = load_grid()
    columns = []
    for theme in grid.themes:
        columns += [(theme.id, q.id, f"{theme.label} — {q.label}") for q in theme.questions]
        columns.append((theme.id, COMMENT, f"{theme.label} — commentaire"))
    return columns


def export_xlsx(store: Store, places: list[Place], out: Path, *, include_people: bool = False,
                progress: Progress = no_progress, cancel: CancelFlag | None = None) -> ExportReport:
    """Write the places, visits and strengths/fragilities sheets; raise ExportError, Cancelled."""
    from openpyxl import Workbook  # loads only for this export (~0.2 s)
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    def write(tmp: Path) -> None:
        book = Workbook(write_only=True)
        bold = Font(bold=True)

        def header(sheet, names) -> None:
            cells = []
            for name in names:
                cell = WriteOnlyCell(sheet, value=name)
                cell.font = bold
                cells.append(cell)
            sheet.append(cells)
            sheet.freeze_panes = "A2"

        sheet = book.create_sheet("Lieux")
        header(sheet, PLACE_COLUMNS)
        for place in _steps(places, progress, cancel, "Lieux"):
            # An empty string is a written cell; None is none: half the cells, half the time.
            sheet.append([None if v == "" else v for v in place_row(place)])

        columns = _question_columns()
        visits = book.create_sheet("Visites")
        fixed = ["id_visite", "id_lieu", "lieu", "commune", "date", "grille"]
        fixed += ["auteur", "personnes_rencontrees"] if include_people else []
        header(visits, fixed + [c[2] for c in columns] + ["notes"])
        said = book.create_sheet("Forces et fragilités")
        header(said, ["id_lieu", "lieu", "commune", "date_visite", "nature", "texte", "regroupement"])
        natures = (("forces_fragilites", "forces", "Force"), ("forces_fragilites", "fragilites", "Fragilité"),
                   ("besoins", "besoins", "Besoin"), ("besoins", "cooperation", "Piste de coopération"))
        visited = [p for p in places if p.visits]
        for place in _steps(visited, progress, cancel, "Visites"):
            for summary in place.visits:
                grids = load_grid(summary.grid_version)
                row = [summary.id, place.id, place.name, place.commune, summary.date, summary.grid_version]
                visit = store.visits.get(summary.id)
                if include_people:
                    people = store.visits.people(summary.id)
                    row += [visit.author, SEPARATOR.join(
                        " — ".join(p for p in (a.person.name, a.role, a.person.service) if p) for a in people)]
                for theme_id, question_id, _ in columns:
                    value = (summary.answers.get(theme_id) or {}).get(question_id)
                    theme = grids.theme(theme_id)
                    question = theme.question(question_id) if theme else None
                    if is_empty(value):
                        row.append(None)
                    elif question is None:
                        row.append(str(value))
                    elif question.type in ("number", "percent", "rating") and isinstance(value, (int, float)):
                        row.append(value)
                    else:
                        row.append(answer_text(question, value).replace("• ", ""))
                row.append(visit.notes or None)
                visits.append(row)
                for theme_id, question_id, nature in natures:
                    for text in (summary.answers.get(theme_id) or {}).get(question_id) or ():
                        if isinstance(text, str) and text.strip():
                            said.append([place.id, place.name, place.commune, summary.date, nature, text.strip(),
                                         phrase_key(text)])
        figures = compute_figures(places)
        summary_sheet = book.create_sheet("Chiffres")
        header(summary_sheet, ["figure", "libellé", "valeur", "sur"])
        for label, value in figures.headline():
            summary_sheet.append(["Chiffres clés", label, value, None])
        for dist in figures.distributions:
            for row in dist.rows:
                summary_sheet.append([dist.title, row.label, round(row.value, 2), dist.base])
        book.save(tmp)
    return ExportReport(_write_atomic(out, write), len(places))


def export_places(store: Store, fmt: str, out: Path, *, study: str | None = None, semicolon: bool = False,
                  include_people: bool = False, progress: Progress = no_progress,
                  cancel: CancelFlag | None = None) -> ExportReport:
    """Export the catalog's (or a study's) places as ``fmt`` (FORMATS); raise ExportError, NotFoundError, Cancelled."""
    places = places_to_export(store, study, cancel)
    if fmt == "csv":
        return export_csv(places, out, semicolon=semicolon, progress=progress, cancel=cancel)
    if fmt == "xlsx":
        return export_xlsx(store, places, out, include_people=include_people, progress=progress, cancel=cancel)
    if fmt == "geojson":
        return export_geojson(places, out, progress=progress, cancel=cancel)
    if fmt == "mednum":
        from tl_desktop.io.mednum import export_mednum
        return export_mednum(places, out, progress=progress, cancel=cancel)
    raise ExportError(QT_TRANSLATE_NOOP("tl_desktop", "Format d'export inconnu « {fmt} »."), fmt=fmt)
