"""A tour's participants in and out of a spreadsheet (XLSX, or CSV as French Excel and LibreOffice write it).

Reading is pure: each row becomes an ``Attendance`` (a person and their role) or a line
skipped with its reason; ``add_participants`` then attaches them to the tour in one
transaction, leaving out who is already on it. Columns are recognised by their names
(« Nom », « Prénom », « Fonction », « Service », « Courriel »…, and the Répertoire national
des élus' « Nom de l'élu » / « Prénom de l'élu »), so a list exported from another tool or
from the RNE is read as it is.

Participants are personal data: the export writes only what the tour holds (name, role,
service, contact), and the GUI asks before writing it, as it does for the PDFs.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tl_desktop.base.errors import ImportFileError, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP, translator
from tl_desktop.base.text import fold
from tl_desktop.domain import Attendance, Changes, Person
from tl_desktop.io.importing import header_key
from tl_desktop.io.visit_export import ExportError
from tl_desktop.store import Store

# Folded header names (see importing.header_key), the first found winning.
ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": ("nom_complet", "nom_et_prenom", "prenom_et_nom", "nom_prenom", "prenom_nom", "participant",
                  "participante", "participants", "personne", "full_name", "name", "identite"),
    "first_name": ("prenom", "prenom_de_l_elu", "first_name", "firstname", "given_name"),
    "last_name": ("nom", "nom_de_l_elu", "nom_de_famille", "nom_d_usage", "last_name", "lastname", "surname"),
    "role": ("role", "fonction", "libelle_de_la_fonction", "qualite", "poste", "mandat", "titre", "role_dans_la_visite"),
    "service": ("service", "structure", "organisme", "direction", "collectivite", "employeur", "organisation",
                "entite", "administration", "etablissement"),
    "email": ("courriel", "email", "e_mail", "mail", "adresse_electronique", "adresse_mail", "mel"),
    "phone": ("telephone", "tel", "portable", "mobile", "telephone_portable", "phone"),
    "contact": ("contact", "coordonnees"),
}
# The list's columns (translated in the context "exports"; read back in either language: see ALIASES).
EXPORT_HEADER = (QT_TRANSLATE_NOOP("exports", "Nom"), QT_TRANSLATE_NOOP("exports", "Rôle"),
                 QT_TRANSLATE_NOOP("exports", "Service"), QT_TRANSLATE_NOOP("exports", "Contact"))
_FORMULA_STARTS = ("=", "+", "-", "@")
MAX_BYTES = 5_000_000          # a list of people, not a catalog: anything bigger is the wrong file


@dataclass(frozen=True)
class SkippedRow:
    """A line of the file that was not added: its line number, the name read, why (marked for translation)."""

    line: int
    name: str
    reason: str


@dataclass
class ParticipantsFile:
    """A file of participants as read: the people, their lines, the lines left out, the columns ignored."""

    people: list[Attendance] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


@dataclass
class ParticipantsAdded:
    """What ``add_participants`` did: who was added, who was already on the tour, the changes."""

    added: list[Attendance] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")     # Excel's « Texte Unicode »
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")      # French Excel's « CSV (séparateur : point-virgule) »


def _rows(path: Path) -> tuple[list[str], list[list[str]], list[int]]:
    """The file's header, rows and line numbers (the one place that knows the file format)."""
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if size <= MAX_BYTES else b""
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible de lire « {path} » : {reason}"),
                              path=path.name, reason=describe_os_error(exc)) from exc
    if size > MAX_BYTES:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "tl_desktop", "« {path} » est trop grand pour une liste de participants ({size} Mo)."),
            path=path.name, size=round(size / 1_000_000))
    if raw.startswith(b"PK\x03\x04") and b"xl/workbook.xml" in raw:
        return _workbook_rows(path)
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "tl_desktop", "« {path} » est un classeur que l'application ne lit pas (ancien format Excel .xls, ou "
            "LibreOffice .ods) : enregistrez-le au format Excel (.xlsx) ou CSV, puis importez ce fichier."),
            path=path.name)
    text = _decode(raw).replace("\x00", "")
    if not text.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "Le fichier « {path} » est vide."), path=path.name)
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, lines = [], []
    try:
        header = next(reader)
        line = reader.line_num
        for values in reader:
            if any(v.strip() for v in values):
                rows.append(values)
                lines.append(line + 1)
            line = reader.line_num
    except csv.Error as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "tl_desktop", "« {path} », ligne {line} : le fichier CSV est mal formé."),
            path=path.name, line=reader.line_num, details=str(exc)) from exc
    return [h.strip().lstrip("\ufeff") for h in header], rows, lines


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10] if getattr(value, "hour", 0) == 0 else value.isoformat()
    return str(value)


def _workbook_rows(path: Path) -> tuple[list[str], list[list[str]], list[int]]:
    """The first sheet of an XLSX workbook: its first row as header, the others as text (openpyxl)."""
    import openpyxl   # loaded only for a workbook

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:   # noqa: BLE001 — openpyxl raises many kinds for a damaged file
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'est pas un classeur Excel lisible."),
                              path=path.name, details=repr(exc)) from exc
    try:
        sheet = workbook.worksheets[0]
        rows, lines, header = [], [], None
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if header is None:
                if any(c.strip() for c in cells):
                    header = [c.strip() for c in cells]
                continue
            if any(c.strip() for c in cells):
                rows.append(cells)
                lines.append(number)
    finally:
        workbook.close()
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "Le fichier « {path} » est vide."), path=path.name)
    return header, rows, lines


def read_participants(path: str | Path) -> ParticipantsFile:
    """Read a list of people (XLSX or CSV) into attendances; raise ImportFileError (in French) if it cannot be used."""
    path = Path(path)
    header, rows, lines = _rows(path)
    keys = [header_key(h) for h in header]
    columns: dict[str, int] = {}
    for name, aliases in ALIASES.items():
        for alias in aliases:
            if alias in keys and keys.index(alias) not in columns.values():
                columns[name] = keys.index(alias)
                break
    if "last_name" in columns and "first_name" not in columns and "full_name" not in columns:
        columns["full_name"] = columns.pop("last_name")     # a lone « Nom » column holds the whole name
    if "full_name" not in columns and "last_name" not in columns and "first_name" not in columns:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "tl_desktop", "« {path} » : aucune colonne de nom trouvée (attendu : Nom, Prénom, Nom complet…). "
            "Colonnes lues : {columns}."), path=path.name, columns=", ".join(h for h in header if h) or "aucune")
    result = ParticipantsFile(ignored_columns=[h for i, h in enumerate(header) if h and i not in columns.values()])
    seen: set[str] = set()
    for values, line in zip(rows, lines):
        def cell(name: str) -> str:
            index = columns.get(name)
            text = " ".join(values[index].split()) if index is not None and index < len(values) else ""
            return text[1:] if text[:1] == "'" and text[1:2] in _FORMULA_STARTS else text   # our own export's quote
        name = cell("full_name") or " ".join(p for p in (cell("first_name"), cell("last_name")) if p)
        if not name:
            result.skipped.append(SkippedRow(line, "", QT_TRANSLATE_NOOP("tl_desktop", "ligne sans nom")))
            continue
        if fold(name) in seen:
            result.skipped.append(SkippedRow(line, name, QT_TRANSLATE_NOOP("tl_desktop", "déjà plus haut dans le fichier")))
            continue
        seen.add(fold(name))
        contact = cell("contact") or ", ".join(p for p in (cell("email"), cell("phone")) if p)
        result.people.append(Attendance(Person(name=name, service=cell("service"), contact=contact), cell("role")))
        result.lines.append(line)
    return result


def add_participants(store: Store, tour_id: str, people: list[Attendance]) -> ParticipantsAdded:
    """Attach ``people`` to the tour in one transaction, leaving out names already on it (accents ignored)."""
    store.tours.get(tour_id)     # NotFoundError before anything is written
    present = {fold(a.person.name) for a in store.tours.participants(tour_id)}
    result = ParticipantsAdded()
    with store.atomic():
        for attendance in people:
            key = fold(attendance.person.name)
            if key in present:
                result.already.append(attendance.person.name)
                continue
            present.add(key)
            result.changes |= store.tours.add_participant(tour_id, attendance)
            result.added.append(attendance)
    return result


def participants_csv(people: list[Attendance], *, include_contacts: bool = True, language: str = "fr") -> bytes:
    """The participants as a CSV Excel opens directly in France: UTF-8 with BOM, « ; », CRLF; its header
    in ``language``."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    header = [translator(language).translate("exports", h) for h in EXPORT_HEADER]
    writer.writerow(header if include_contacts else header[:3])
    for a in people:
        values = (a.person.name, a.role, a.person.service) + ((a.person.contact,) if include_contacts else ())
        writer.writerow([_cell(v) for v in values])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets (CSV injection), and
    # « +33 6… » would show as an error: quote it (read_participants takes the quote off).
    return "'" + text if text[:1] in _FORMULA_STARTS else text


def write_participants(store: Store, tour_id: str, out: str | Path, *, include_contacts: bool = True,
                       language: str = "fr") -> Path:
    """Write the tour's participants to ``out`` as CSV (header in ``language``), whole or not at all; return it;
    raise ExportError."""
    out = Path(out)
    data = participants_csv(store.tours.participants(tour_id), include_contacts=include_contacts, language=language)
    temp = None
    try:
        with tempfile.NamedTemporaryFile("wb", dir=out.parent, prefix=".participants-", suffix=".tmp",
                                         delete=False) as handle:
            temp = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise ExportError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible d'écrire « {path} » : {reason}."),
                          path=str(out), reason=describe_os_error(exc)) from exc
    return out
