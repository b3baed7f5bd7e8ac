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

An export is written in one language (``language``, French by default): its column names (the
French ones are what the import reads back, and what the README documents), sheet names, labels
and dates. The « médiation numérique » export follows the national schema, in French whatever
the language.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from tl_desktop.base.errors import Cancelled, describe_os_error
from tl_desktop.base.i18n import FRENCH, QT_TRANSLATE_NOOP, Translator, translator
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

    def summary(self, tr: Translator = FRENCH) -> str:
        """« 12 lieux exportés dans F ; 2 laissés de côté. », in ``tr``'s language (the reader's, not the file's)."""
        text = tr.plural(self.places, tr.translate("exports", "{n} lieu exporté dans {path}"),
                         tr.translate("exports", "{n} lieux exportés dans {path}"), path=self.path)
        if self.skipped:
            text += tr.plural(len(self.skipped), tr.translate("exports", " ; {n} laissé de côté"),
                              tr.translate("exports", " ; {n} laissés de côté"))
        return text + "."


def places_to_export(store: Store, study: str | None = None, cancel: CancelFlag | None = None) -> list[Place]:
    """Return the places of a saved study (by name), or every place of the catalog; raise NotFoundError."""
    data = StudyData.load(store, cancel)
    if not study:
        return data.places
    _, question = study_of(store, study)
    return select(data, question.territory, question.criteria)


# Column names, the same in CSV, XLSX and GeoJSON; translated in the context "exports" (snake_case kept).
PLACE_COLUMNS = (
    QT_TRANSLATE_NOOP("exports", "id"), QT_TRANSLATE_NOOP("exports", "nom"), QT_TRANSLATE_NOOP("exports", "types"),
    QT_TRANSLATE_NOOP("exports", "programmes"), QT_TRANSLATE_NOOP("exports", "services_publics"),
    QT_TRANSLATE_NOOP("exports", "forme_juridique"), QT_TRANSLATE_NOOP("exports", "adresse"),
    QT_TRANSLATE_NOOP("exports", "code_postal"), QT_TRANSLATE_NOOP("exports", "commune"),
    QT_TRANSLATE_NOOP("exports", "code_insee"), QT_TRANSLATE_NOOP("exports", "departement"),
    QT_TRANSLATE_NOOP("exports", "region"), QT_TRANSLATE_NOOP("exports", "reseau_regional"),
    QT_TRANSLATE_NOOP("exports", "latitude"), QT_TRANSLATE_NOOP("exports", "longitude"),
    QT_TRANSLATE_NOOP("exports", "position_approximative"), QT_TRANSLATE_NOOP("exports", "site_web"),
    QT_TRANSLATE_NOOP("exports", "courriel"), QT_TRANSLATE_NOOP("exports", "telephone"),
    QT_TRANSLATE_NOOP("exports", "salle_capacite_max"), QT_TRANSLATE_NOOP("exports", "salle_pmr_capacite_max"),
    QT_TRANSLATE_NOOP("exports", "salle_equipements"), QT_TRANSLATE_NOOP("exports", "nombre_visites"),
    QT_TRANSLATE_NOOP("exports", "derniere_visite"), QT_TRANSLATE_NOOP("exports", "source"),
    QT_TRANSLATE_NOOP("exports", "mise_a_jour"),
)


def place_columns(tr: Translator = FRENCH) -> list[str]:
    """The column names of the places' exports, in ``tr``'s language."""
    return [tr.translate("exports", c) for c in PLACE_COLUMNS]


def place_row(place: Place, tr: Translator = FRENCH) -> list:
    """The place's cells, in PLACE_COLUMNS order (numbers stay numbers), labels in ``tr``'s language."""
    last = place.visits[-1].date if place.visits else ""
    approximate = "" if place.latitude is None else tr.translate("exports", "oui" if place.approximate else "non")
    return [
        place.id, place.name, SEPARATOR.join(KINDS.labels(place.kinds, tr)),
        SEPARATOR.join(PROGRAMMES.labels(place.programmes, tr)),
        SEPARATOR.join(PUBLIC_SERVICES.label(c, tr) + (f" ({d})" if d else "") for c, d in place.services),
        LEGAL_FORMS.label(place.legal_form, tr) if place.legal_form else "", place.address, place.postcode,
        place.commune, place.insee_code, place.departement, place.region, place.network,
        place.latitude, place.longitude, approximate,
        place.website, place.email, place.phone, place.capacity or None, place.capacity_accessible or None,
        SEPARATOR.join(ROOM_EQUIPMENT.labels(sorted(place.equipment, key=ROOM_EQUIPMENT.codes().index), tr)),
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
               cancel: CancelFlag | None = None, language: str = "fr") -> ExportReport:
    """Write the places as CSV (UTF-8 with BOM; « ; » for French Excel if ``semicolon``) in ``language``;
    raise ExportError, Cancelled."""
    tr = translator(language)

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";" if semicolon else ",")
            writer.writerow(place_columns(tr))
            for place in _steps(places, progress, cancel, "CSV"):
                row = place_row(place, tr)
                if semicolon:   # French Excel reads « 43,29 » as a number, « 43.29 » as text
                    row = [str(v).replace(".", ",") if isinstance(v, float) else v for v in row]
                writer.writerow(["" if v is None else v for v in row])
    return ExportReport(_write_atomic(out, write), len(places))


def export_geojson(places: list[Place], out: Path, *, progress: Progress = no_progress,
                   cancel: CancelFlag | None = None, language: str = "fr") -> ExportReport:
    """Write the places as an RFC 7946 FeatureCollection (property names in ``language``); raise ExportError,
    Cancelled."""
    tr = translator(language)
    columns = place_columns(tr)
    position = {columns[PLACE_COLUMNS.index("latitude")], columns[PLACE_COLUMNS.index("longitude")]}

    def write(tmp: Path) -> None:
        features = []
        for place in _steps(places, progress, cancel, "GeoJSON"):
            properties = {k: v for k, v in zip(columns, place_row(place, tr)) if k not in position}
            geometry = None
            if place.latitude is not None and place.longitude is not None:
                # RFC 7946 §11.2: six decimals (~10 cm) are plenty; longitude first (§3.1.1).
                geometry = {"type": "Point", "coordinates": [round(place.longitude, 6), round(place.latitude, 6)]}
            features.append({"type": "Feature", "id": place.id, "geometry": geometry, "properties": properties})
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
    return ExportReport(_write_atomic(out, write), len(places))


def _question_columns(tr: Translator = FRENCH) -> list[tuple[str, str, str]]:
    """(theme id, question id, header) of every question of the newest grid, and each theme's comment."""
    grid = load_grid(None, tr.language)
    columns = []
    for theme in grid.themes:
        columns += [(theme.id, q.id, f"{theme.label} — {q.label}") for q in theme.questions]
        columns.append((theme.id, COMMENT, tr.translate("exports", "{theme} — commentaire").format(theme=theme.label)))
    return columns


def export_xlsx(store: Store, places: list[Place], out: Path, *, include_people: bool = False,
                progress: Progress = no_progress, cancel: CancelFlag | None = None,
                language: str = "fr") -> ExportReport:
    """Write the places, visits and strengths/fragilities sheets in ``language``; raise ExportError, Cancelled."""
    from openpyxl import Workbook  # loads only for this export (~0.2 s)
    tr = translator(language)
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

        sheet = book.create_sheet(tr.translate("exports", "Lieux"))
        header(sheet, place_columns(tr))
        for place in _steps(places, progress, cancel, "Lieux"):
            # An empty string is a written cell; None is none: half the cells, half the time.
            sheet.append([None if v == "" else v for v in place_row(place, tr)])

        columns = _question_columns(tr)
        visits = book.create_sheet(tr.translate("exports", "Visites"))
        fixed = [tr.translate("exports", "id_visite"), tr.translate("exports", "id_lieu"),
                 tr.translate("exports", "lieu"), tr.translate("exports", "commune"), tr.translate("exports", "date"),
                 tr.translate("exports", "grille")]
        if include_people:
            fixed += [tr.translate("exports", "auteur"), tr.translate("exports", "personnes_rencontrees")]
        header(visits, fixed + [c[2] for c in columns] + [tr.translate("exports", "notes")])
        said = book.create_sheet(tr.translate("exports", "Forces et fragilités"))
        header(said, [tr.translate("exports", "id_lieu"), tr.translate("exports", "lieu"),
                      tr.translate("exports", "commune"), tr.translate("exports", "date_visite"),
                      tr.translate("exports", "nature"), tr.translate("exports", "texte"),
                      tr.translate("exports", "regroupement")])
        natures = (("forces_fragilites", "forces", tr.translate("exports", "Force")),
                   ("forces_fragilites", "fragilites", tr.translate("exports", "Fragilité")),
                   ("besoins", "besoins", tr.translate("exports", "Besoin")),
                   ("besoins", "cooperation", tr.translate("exports", "Piste de coopération")))
        visited = [p for p in places if p.visits]
        for place in _steps(visited, progress, cancel, "Visites"):
            for summary in place.visits:
                grids = load_grid(summary.grid_version, language)
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
                        row.append(answer_text(question, value, tr).replace("• ", ""))
                row.append(visit.notes or None)
                visits.append(row)
                for theme_id, question_id, nature in natures:
                    for text in (summary.answers.get(theme_id) or {}).get(question_id) or ():
                        if isinstance(text, str) and text.strip():
                            said.append([place.id, place.name, place.commune, summary.date, nature, text.strip(),
                                         phrase_key(text)])
        figures = compute_figures(places, tr=tr)
        summary_sheet = book.create_sheet(tr.translate("exports", "Chiffres"))
        header(summary_sheet, [tr.translate("exports", "figure"), tr.translate("exports", "libellé"),
                               tr.translate("exports", "valeur"), tr.translate("exports", "sur")])
        for label, value in figures.headline():
            summary_sheet.append([tr.translate("exports", "Chiffres clés"), label, value, None])
        for dist in figures.distributions:
            for row in dist.rows:
                summary_sheet.append([dist.title, row.label, round(row.value, 2), dist.base])
        book.save(tmp)
    return ExportReport(_write_atomic(out, write), len(places))


def export_places(store: Store, fmt: str, out: Path, *, study: str | None = None, semicolon: bool = False,
                  include_people: bool = False, progress: Progress = no_progress,
                  cancel: CancelFlag | None = None, language: str = "fr") -> ExportReport:
    """Export the catalog's (or a study's) places as ``fmt`` (FORMATS) in ``language`` (mednum: always French);
    raise ExportError, NotFoundError, Cancelled."""
    places = places_to_export(store, study, cancel)
    if fmt == "csv":
        return export_csv(places, out, semicolon=semicolon, progress=progress, cancel=cancel, language=language)
    if fmt == "xlsx":
        return export_xlsx(store, places, out, include_people=include_people, progress=progress, cancel=cancel,
                           language=language)
    if fmt == "geojson":
        return export_geojson(places, out, progress=progress, cancel=cancel, language=language)
    if fmt == "mednum":
        from tl_desktop.io.mednum import export_mednum
        return export_mednum(places, out, progress=progress, cancel=cancel)
    raise ExportError(QT_TRANSLATE_NOOP("tl_desktop", "Format d'export inconnu « {fmt} »."), fmt=fmt)
