"""A visit as plain files, for colleagues who want the material: ``tl-desktop export-visit``.

Writes a folder (or a .zip of the same folder) named after the date and the site:

- ``notes.txt``: the site, the grid's answers, the themes' comments, the free notes and the
  people met (left out on request), in plain UTF-8 text any computer opens;
- ``photos/01 - légende.jpg``: each photo's **original bytes**, in the agent's order, named
  by its caption, and ``photos/legendes.csv`` listing captions, EXIF dates and positions;
- ``documents/``: the other attached files, under their original names.

Names are made safe for Windows (no ``<>:"/\\|?*``, no reserved names, no trailing dot) and for
the eye (no control characters, no bidirectional overrides).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from pathlib import Path

from tl_desktop.base.errors import TlError, describe_os_error
from tl_desktop.base.i18n import FRENCH, QT_TRANSLATE_NOOP, Translator, translator
from tl_desktop.base.text import printable
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES
from tl_desktop.domain.grid import COMMENT, answer_text, load_grid
from tl_desktop.store import Store

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


class ExportError(TlError):
    """The export could not be written."""


def safe_name(text: str, limit: int = 80) -> str:
    """A file name any system accepts, keeping accents and spaces."""
    # Controls and bidi overrides too: « photo\u202egpj.exe » must not pass for a .jpg.
    name = re.sub(r'[<>:"/\\|?*]+', " ", printable(text, replacement=" "))
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")[:limit].rstrip(". ")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name


def notes_text(store: Store, visit_id: str, *, include_people: bool = True, tr: Translator = FRENCH) -> str:
    """The visit as plain text in ``tr``'s language: identity, answers, comments, notes, people met."""
    visit = store.visits.get(visit_id)
    site = store.sites.get(visit.site_id)
    grid = load_grid(visit.grid_version, tr.language)
    lines = [site.name, "=" * len(site.name), ""]
    where = ", ".join(p for p in (site.address, f"{site.postcode} {site.commune}".strip()) if p)
    labelled = tr.translate("exports", "{label} : {value}")
    for label, value in ((tr.translate("exports", "Adresse"), where),
                         (tr.translate("exports", "Types"), ", ".join(KINDS.labels(site.kinds, tr))),
                         (tr.translate("exports", "Programmes et labels"), ", ".join(PROGRAMMES.labels(site.programmes, tr))),
                         (tr.translate("exports", "Services publics accueillis"), ", ".join(PUBLIC_SERVICES.labels(
                             [p.code for p in site.public_services], tr))),
                         (tr.translate("exports", "Date de la visite"), tr.long_date(visit.visit_date)),
                         (tr.translate("exports", "Auteur"), visit.author)):
        if value:
            lines.append(labelled.format(label=label, value=value))
    for theme in grid.answered_themes(visit.answers):
        given = visit.answers.get(theme.id) or {}
        lines += ["", theme.label, "-" * len(theme.label)]
        for question in theme.questions:
            value = given.get(question.id)
            if value not in (None, "", []):
                text = answer_text(question, value, tr)
                if "\n" in text:    # a list: under its label
                    lines.append(labelled.format(label=question.label, value="").rstrip() + "\n" + text)
                else:
                    lines.append(labelled.format(label=question.label, value=text))
        if (given.get(COMMENT) or "").strip():
            lines += ["", labelled.format(label=tr.translate("exports", "Commentaire"), value=given[COMMENT].strip())]
    if visit.notes.strip():
        notes = tr.translate("exports", "Notes")
        lines += ["", notes, "-" * len(notes), visit.notes.rstrip()]
    if include_people:
        people = store.visits.people(visit_id)
        if people:
            met = tr.translate("exports", "Personnes rencontrées")
            lines += ["", met, "-" * len(met)]
            lines += [" — ".join(p for p in (a.person.name, a.role, a.person.service) if p) for a in people]
    photos = store.attachments.of_visit(visit_id, "photo")
    if photos:
        lines += ["", tr.translate("exports", "Photos : {n} (dossier « photos », légendes dans photos/legendes.csv)")
                  .format(n=len(photos))]
    return "\n".join(lines) + "\n"


def export_visit(store: Store, visit_id: str, out: Path, *, include_people: bool = True, language: str = "fr") -> Path:
    """Write the visit's notes (in ``language``), original photos and documents into ``out`` (a folder, or a
    .zip); return the path written."""
    tr = translator(language)
    visit = store.visits.get(visit_id)
    site = store.sites.get(visit.site_id)
    folder_name = safe_name(" ".join(p for p in (visit.visit_date, site.name) if p))
    files: list[tuple[str, Path | bytes]] = [("notes.txt", notes_text(
        store, visit_id, include_people=include_people, tr=tr).encode("utf-8"))]
    captions = io.StringIO()
    table = csv.writer(captions, delimiter=";")
    table.writerow([tr.translate("exports", "fichier"), tr.translate("exports", "légende"),
                    tr.translate("exports", "prise de vue"), tr.translate("exports", "latitude"),
                    tr.translate("exports", "longitude"), tr.translate("exports", "fichier d'origine")])
    used: set[str] = set()
    photos = store.attachments.of_visit(visit_id, "photo")
    width = max(2, len(str(len(photos))))
    for number, photo in enumerate(photos, start=1):
        label = safe_name(photo.caption or Path(photo.filename).stem, 60)
        name = f"{number:0{width}d} - {label}{photo.extension}"
        files.append((f"photos/{name}", _source(store, photo)))
        table.writerow([name, photo.caption, photo.taken_at or "",
                        "" if photo.latitude is None else photo.latitude,
                        "" if photo.longitude is None else photo.longitude, photo.filename])
    if photos:
        files.append(("photos/legendes.csv", ("\ufeff" + captions.getvalue()).encode("utf-8")))  # BOM: Excel reads UTF-8
    for document in store.attachments.of_visit(visit_id, "file"):
        stem, extension = Path(document.filename).stem, Path(document.filename).suffix
        name, counter = safe_name(stem, 80) + extension, 2
        while name.lower() in used:
            name, counter = f"{safe_name(stem, 76)} ({counter}){extension}", counter + 1
        used.add(name.lower())
        files.append((f"documents/{name}", _source(store, document)))

    out = Path(out)
    try:
        if out.suffix.lower() == ".zip":
            out.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, content in files:
                    arcname = f"{folder_name}/{name}"
                    if isinstance(content, bytes):
                        archive.writestr(arcname, content)
                    else:   # photos are already compressed: stored as they are
                        archive.write(content, arcname, compress_type=zipfile.ZIP_STORED)
            return out
        target = out / folder_name
        target.mkdir(parents=True, exist_ok=True)
        for name, content in files:
            path = target / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                shutil.copyfile(content, path)
        return target
    except OSError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible d'écrire « {path} » : {reason}."),
                          path=str(exc.filename or out), reason=describe_os_error(exc)) from exc


def _source(store: Store, attachment) -> Path:
    path = store.attachments.file_path(attachment)
    if not path.is_file():
        raise ExportError(QT_TRANSLATE_NOOP(
            "tl_desktop", "Le fichier de « {file} » manque dans le dossier des données ; lancez "
            "« tl-desktop check » pour faire le point."), file=attachment.filename)
    return path
