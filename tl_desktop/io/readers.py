"""Reading a list of places, whatever its format, into a plain table of text cells.

CSV (any usual separator and encoding), XLSX / XLS / ODS (python-calamine), GeoJSON and plain
JSON all become a ``Table``: headers, rows of text, the line of each row in the file, and
what was detected (encoding, separator, header row, sheet) so the user can correct it.
Nothing here knows what a column means: that is ``io.mapping``.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from tl_desktop.base.errors import Cancelled, ImportFileError, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress

# Columns a GeoJSON feature's geometry becomes (the properties keep their own names).
GEOMETRY_LATITUDE = "(géométrie) latitude"
GEOMETRY_LONGITUDE = "(géométrie) longitude"
DELIMITERS = (";", ",", "\t", "|")
# Encodings offered in the preview, in the order French users meet them.
ENCODINGS = ("utf-8", "utf-16", "cp1252", "iso-8859-15", "iso-8859-1", "mac-roman", "cp850")
MAX_FIELD = 10_000_000
MAX_JSON_DEPTH = 64


@dataclass(frozen=True)
class RowIssue:
    """A remark on one line of the file: a rejection (not imported) or a warning (imported).

    ``template`` is marked for translation; the GUI translates it before filling in ``args``.
    """

    line: int
    name: str
    template: str
    args: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass(frozen=True)
class Note:
    """A remark on the whole file (what was detected, what was done), marked for translation."""

    template: str
    args: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass
class ReadOptions:
    """What the user may force in the preview; empty / None means: detect."""

    encoding: str = ""
    delimiter: str = ""
    has_header: bool | None = None
    sheet: str = ""

    def to_json(self) -> dict:
        return {"encoding": self.encoding, "delimiter": self.delimiter, "has_header": self.has_header,
                "sheet": self.sheet}

    @classmethod
    def from_json(cls, data: dict) -> "ReadOptions":
        has_header = data.get("has_header")
        return cls(encoding=str(data.get("encoding") or ""), delimiter=str(data.get("delimiter") or ""),
                   has_header=has_header if isinstance(has_header, bool) else None,
                   sheet=str(data.get("sheet") or ""))


@dataclass
class Table:
    """A list as read: text cells, one row per place (before any mapping)."""

    path: Path
    format: str                               # csv, xlsx, xls, ods, geojson, json
    headers: list[str]
    rows: list[list[str]]
    lines: list[int]                          # line (CSV), row (sheet) or feature number of each row
    encoding: str = ""
    delimiter: str = ""
    has_header: bool = True
    sheets: list[str] = field(default_factory=list)
    sheet: str = ""
    notes: list[Note] = field(default_factory=list)
    row_warnings: dict[int, list[Note]] = field(default_factory=dict)   # row index → notes
    rejected: list[RowIssue] = field(default_factory=list)              # rows that could not be read

    @property
    def name(self) -> str:
        return self.path.name

    def column(self, index: int) -> list[str]:
        """Return every cell of one column ("" where a row is short)."""
        return [row[index] if index < len(row) else "" for row in self.rows]

    def warn(self, row_index: int, template: str, **args) -> None:
        self.row_warnings.setdefault(row_index, []).append(Note(template, args))


def _error(template: str, path: Path, **args) -> ImportFileError:
    return ImportFileError(template, path=path.name, **args)


def read_table(path: str | Path, options: ReadOptions | None = None, *, progress: Progress = no_progress,
               cancel: CancelFlag | None = None) -> Table:
    """Read any supported list into a Table; raise ImportFileError (in French) or Cancelled."""
    path = Path(path)
    options = options or ReadOptions()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "Impossible de lire « {path} » : {reason}"), path,
                     reason=describe_os_error(exc)) from exc
    if not raw.strip():
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "Le fichier « {path} » est vide."), path)
    kind = sniff_format(raw, path)
    if kind in ("xlsx", "xls", "ods"):
        del raw
        table = _read_workbook(path, kind, options, progress, cancel)
    else:
        text, encoding, notes = decode(raw, path, options.encoding)
        del raw
        if kind == "json" or (kind == "csv" and text.lstrip()[:1] in ("{", "[")):
            table = _read_json(text, path, progress, cancel)
        else:
            table = _read_csv(text, path, options, progress, cancel)
        table.encoding = encoding
        table.notes[:0] = notes
    if not table.rows and not table.rejected:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » ne contient aucun lieu : seulement une ligne "
                                       "d'en-tête, ou des lignes vides."), path)
    return table


def sniff_format(raw: bytes, path: Path) -> str:
    """Return the format of a file from its first bytes (the extension only breaks ties)."""
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                names = set(archive.namelist())
                if "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype"):
                    return "ods"
                if any(n.startswith("xl/") for n in names):
                    return "xlsx"
        except (zipfile.BadZipFile, OSError, KeyError):
            pass
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » est une archive ZIP qui n'est ni un classeur "
                                       "Excel (.xlsx) ni un classeur OpenDocument (.ods)."), path)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    start = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if path.suffix.lower() in (".geojson", ".json") or start in (b"{", b"["):
        return "json"
    return "csv"


# ------------------------------------------------------------------------------ text


def decode(raw: bytes, path: Path, forced: str = "") -> tuple[str, str, list[Note]]:
    """Return (text, encoding, notes): BOM, UTF-16 by its zeros, UTF-8, else the likeliest 8-bit encoding."""
    if forced:
        try:
            text = raw.decode(_python_codec(forced), errors="replace")
        except LookupError as exc:
            raise _error(QT_TRANSLATE_NOOP("tl_desktop", "Encodage inconnu : « {encoding} »."), path,
                         encoding=forced) from exc
        return _clean_text(text.removeprefix("\ufeff")), forced, []
    if raw.startswith(b"\xef\xbb\xbf"):
        return _clean_text(raw[3:].decode("utf-8", errors="replace")), "utf-8", []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _clean_text(raw.decode("utf-16", errors="replace").removeprefix("\ufeff")), "utf-16", []
    head = raw[:4096]
    zeros_odd, zeros_even = head[1::2].count(0), head[0::2].count(0)
    if zeros_odd > len(head) // 4 and zeros_even == 0:
        return _clean_text(raw.decode("utf-16-le", errors="replace")), "utf-16", []
    if zeros_even > len(head) // 4 and zeros_odd == 0:
        return _clean_text(raw.decode("utf-16-be", errors="replace")), "utf-16", []
    if b"\x00" in head:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'est pas un fichier texte (CSV, JSON ou "
                                       "GeoJSON) ni un classeur (XLSX, ODS)."), path)
    try:
        return _clean_text(raw.decode("utf-8")), "utf-8", []
    except UnicodeDecodeError:
        pass
    encoding = _guess_8bit(raw)
    note = Note(QT_TRANSLATE_NOOP("tl_desktop", "Le fichier n'est pas en UTF-8 : lu comme {encoding} "
                                  "(modifiable dans l'aperçu)."), {"encoding": encoding})
    return _clean_text(raw.decode(_python_codec(encoding), errors="replace")), encoding, [note]


def _python_codec(name: str) -> str:
    return {"mac-roman": "mac_roman"}.get(name, name)


def _guess_8bit(raw: bytes) -> str:
    """Return the 8-bit encoding of a non-UTF-8 file: charset-normalizer, then cp1252 vs ISO-8859-15."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000], cp_isolation=["cp1252", "iso8859_15", "iso8859_1", "mac_roman", "cp850"],
                      preemptive_behaviour=False).best()
    name = (best.encoding if best else "cp1252").replace("_", "-")
    if name in ("mac-roman", "cp850"):
        return name
    # Windows-1252 and ISO-8859-15 differ on a few bytes only. 0x80–0x9F are printable in
    # cp1252 (’ œ € …) and control codes in ISO-8859-15; œ Œ € are 0xBD 0xBC 0xA4 in
    # ISO-8859-15 and ½ ¼ ¤ in cp1252, which French place lists hardly ever hold.
    if any(0x80 <= b <= 0x9F for b in raw):
        return "cp1252"
    if any(b in raw for b in (b"\xbd", b"\xbc", b"\xa4")):
        return "iso-8859-15"
    return "cp1252"


# Control characters (escape sequences, BEL, C1) have no place in a list of places; as
# base.text.normalise() does for what is stored. Bidirectional marks are text (Arabic, Hebrew
# names): kept, and made harmless where printed (base.text.printable).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean_text(text: str) -> str:
    """NFC (text pasted from a Mac: « e » + U+0301), without stray control characters."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def clean_cell(value: str) -> str:
    """Return a cell's text stripped, NFC, without control characters (line breaks kept)."""
    value = value.strip()
    if value and not value.isprintable() and _CONTROLS.search(value):
        value = _CONTROLS.sub("", value)
    if value and not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value


# ------------------------------------------------------------------------------ CSV


# Python's csv module explains itself in English; the usual causes, said in French.
_CSV_REASONS = {
    "unexpected end of data": QT_TRANSLATE_NOOP("tl_desktop", "un guillemet ouvert n'est jamais fermé"),
    "new-line character seen in unquoted field": QT_TRANSLATE_NOOP("tl_desktop", "fin de ligne inattendue"),
    "field larger than field limit": QT_TRANSLATE_NOOP("tl_desktop", "un champ est démesurément long"),
    "line contains nul": QT_TRANSLATE_NOOP("tl_desktop", "caractère nul dans le texte"),
}


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc).lower()
    return next((reason for key, reason in _CSV_REASONS.items() if key in text),
                QT_TRANSLATE_NOOP("tl_desktop", "guillemets ou séparateurs incohérents"))


def detect_delimiter(text: str) -> str:
    """Return the separator of a CSV text: csv.Sniffer, checked by how regularly rows split."""
    sample_lines = text[:64_000].splitlines()[:60]
    sample = "\n".join(sample_lines)
    scores = {d: _regularity(sample, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    best = max(DELIMITERS, key=lambda d: (scores[d][1] > 1, scores[d][0], scores[d][1]))
    # The Sniffer wins unless another separator splits the rows clearly more regularly.
    if sniffed in scores and scores[sniffed][1] > 1 and scores[sniffed][0] >= scores[best][0] - 0.1:
        return sniffed
    return best if scores[best][1] > 1 else ","


def _regularity(sample: str, delimiter: str) -> tuple[float, int]:
    """Return (share of rows with the usual number of fields, that number) for one separator."""
    try:
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in r)]
    except csv.Error:
        return (0.0, 0)
    if len(counts) > 2:
        counts = counts[:-1]        # the sample may cut the last row
    if not counts:
        return (0.0, 0)
    usual = max(set(counts), key=lambda n: (counts.count(n), n))
    return (round(counts.count(usual) / len(counts), 2), usual)


_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_DATA_LIKE = re.compile(r"^([+-]?\d+([.,]\d+)?|\S+@\S+\.\w+|https?://\S+|www\.\S+|0\d([ .]?\d\d){4})$", re.I)


def looks_like_data(cells: list[str]) -> bool:
    """True if a row holds values a header never has: numbers, e-mails, web addresses, phones."""
    return any(_DATA_LIKE.match(c.strip()) for c in cells if c.strip())


def detect_header(first: list[str], following: list[list[str]], known: "callable") -> bool:
    """Return True if ``first`` is a header row; ``known(cell)`` says whether a cell names a known field."""
    if looks_like_data(first):
        return False
    if sum(known(c) for c in first if c.strip()) >= 1:
        return True
    if not following:
        return True
    # Text only on both sides: a header's cells are unlike the values under them (shorter,
    # never repeated down the column); data rows look like each other.
    distinct = len({c.strip().casefold() for c in first if c.strip()}) == len([c for c in first if c.strip()])
    if not distinct:
        return False
    same_as_below = sum(1 for i, c in enumerate(first) if c.strip() and any(
        i < len(r) and r[i].strip().casefold() == c.strip().casefold() for r in following))
    return same_as_below == 0


def _read_csv(text: str, path: Path, options: ReadOptions, progress: Progress, cancel: CancelFlag | None) -> Table:
    from tl_desktop.io.mapping import is_known_header   # the header test needs the field names

    delimiter = options.delimiter or detect_delimiter(text)
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(MAX_FIELD)
    # Lines are handed to csv one by one: io.StringIO would hold a 4-byte-per-character copy of
    # the whole text (200,000 rows: +140 MB at the peak).
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    total = max(1, text.count("\n"))
    line = 0
    shared: dict[str, str] = {}       # one string for the many cells that repeat (communes, types, codes)
    try:
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(values) or not any(v.strip() for v in values):
                continue
            cells = []
            for v in values:
                v = clean_cell(v)
                cells.append(shared.setdefault(v, v) if len(v) < 40 else v)
            rows.append(cells)
            lines.append(start)
            if len(rows) % 5000 == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                progress(line, total, path.name)
    except csv.Error as exc:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} », ligne {line} : le fichier CSV est mal formé "
                                       "({reason})."), path, line=reader.line_num, reason=_csv_reason(exc),
                     details=str(exc)) from exc
    if not rows:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » ne contient aucun lieu : seulement des lignes "
                                       "vides."), path)
    has_header = options.has_header
    notes = []
    if has_header is None:
        has_header = detect_header(rows[0], rows[1:20], is_known_header)
        if not has_header:
            notes.append(Note(QT_TRANSLATE_NOOP("tl_desktop", "La première ligne ressemble à des données : le "
                                                "fichier n'a pas de ligne d'en-tête (modifiable dans l'aperçu).")))
    table = _tabulate(path, "csv", rows, lines, has_header)
    table.delimiter = delimiter
    table.notes.extend(notes)
    return table


def _lines(text: str):
    """Yield the lines of ``text`` with their « \n » (csv joins quoted fields that span lines)."""
    start, end = 0, text.find("\n")
    while end >= 0:
        yield text[start:end + 1]
        start, end = end + 1, text.find("\n", end + 1)
    if start < len(text):
        yield text[start:]


def _tabulate(path: Path, kind: str, rows: list[list[str]], lines: list[int], has_header: bool) -> Table:
    """Split off the header (or name the columns), and check every row's length against it."""
    if has_header:
        headers, rows, lines = rows[0], rows[1:], lines[1:]
    else:
        width = max((len(r) for r in rows[:200]), default=0)
        headers = [f"Colonne {i + 1}" for i in range(width)]
    headers = [h.strip() for h in headers]
    width = len(headers)
    table = Table(path=path, format=kind, headers=headers, rows=[], lines=[], has_header=has_header)
    for values, line in zip(rows, lines):
        if len(values) > width and any(v for v in values[width:]):
            table.rejected.append(RowIssue(line, "", QT_TRANSLATE_NOOP(
                "tl_desktop", "{found} colonnes au lieu de {expected} (séparateur ou guillemets en trop ?)"),
                dict(found=len(values), expected=width)))
            continue
        if len(values) < width:
            if len(values) == width - 1:
                table.warn(len(table.rows), QT_TRANSLATE_NOOP(
                    "tl_desktop", "une colonne de moins que l'en-tête : la dernière est considérée vide"))
            elif kind == "csv":
                table.rejected.append(RowIssue(line, values[0] if values else "", QT_TRANSLATE_NOOP(
                    "tl_desktop", "{found} colonnes au lieu de {expected} (ligne coupée ?)"),
                    dict(found=len(values), expected=width)))
                continue
            values = values + [""] * (width - len(values))
        elif len(values) > width:
            values = values[:width]
        table.rows.append(values)
        table.lines.append(line)
    return table


# ------------------------------------------------------------------------------ workbooks


def _read_workbook(path: Path, kind: str, options: ReadOptions, progress: Progress,
                   cancel: CancelFlag | None) -> Table:
    from python_calamine import CalamineWorkbook

    from tl_desktop.io.mapping import is_known_header

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        sheets = {}
        for name in ([options.sheet] if options.sheet in names else names):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            sheets[name] = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Cancelled:
        raise
    except Exception as exc:   # noqa: BLE001 — calamine's errors are of its own types, all "unreadable"
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » : classeur illisible ou protégé ({reason})."),
                     path, reason=str(exc)[:200], details=repr(exc)) from exc
    if options.sheet and options.sheet not in names:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'a pas de feuille « {sheet} » (feuilles : "
                                       "{sheets})."), path, sheet=options.sheet, sheets=", ".join(names))

    def score(item) -> tuple[int, int]:
        _, data = item
        head = next((r for r in data[:15] if sum(1 for c in r if _cell_text(c)) >= 2), [])
        return (sum(1 for c in head if is_known_header(_cell_text(c))), len(data))

    chosen, data = max(sheets.items(), key=score) if not options.sheet else (options.sheet, sheets[options.sheet])
    rows, lines = [], []
    for number, values in enumerate(data, start=1):
        cells = [_cell_text(c) for c in values]
        if any(cells):
            rows.append(cells)
            lines.append(number)
    # Title lines above the table (a single filled cell) are not the header.
    while len(rows) > 1 and sum(1 for c in rows[0] if c) < 2 and sum(1 for c in rows[1] if c) >= 2:
        rows.pop(0)
        lines.pop(0)
    if not rows:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » ne contient aucun lieu : la feuille « {sheet} » "
                                       "est vide."), path, sheet=chosen)
    width = max(len(r) for r in rows)
    while width > 1 and not any(len(r) >= width and r[width - 1] for r in rows):
        width -= 1
    rows = [r[:width] + [""] * (width - len(r)) for r in rows]
    has_header = options.has_header
    if has_header is None:
        has_header = detect_header(rows[0], rows[1:20], is_known_header)
    table = _tabulate(path, kind, rows, lines, has_header)
    table.sheets, table.sheet = names, chosen
    if len(names) > 1:
        table.notes.append(Note(QT_TRANSLATE_NOOP("tl_desktop", "Feuille lue : « {sheet} » ({count} feuilles dans "
                                                  "le classeur ; une autre se choisit dans l'aperçu)."),
                                {"sheet": chosen, "count": len(names)}))
    progress(1, 1, path.name)
    return table


def _cell_text(value: object) -> str:
    """A workbook cell as the text a CSV export would hold (12.0 → "12", dates in ISO)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return clean_cell(str(value))


# ------------------------------------------------------------------------------ JSON


def _read_json(text: str, path: Path, progress: Progress, cancel: CancelFlag | None) -> Table:
    try:
        # Numbers stay text: a 400-digit coordinate is refused per row, not by a traceback.
        data = json.loads(text, parse_float=str, parse_int=str, parse_constant=str)
    except RecursionError as exc:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » est imbriqué trop profondément pour être une "
                                       "liste de lieux."), path) from exc
    except ValueError as exc:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'est pas un JSON ou GeoJSON valide ({reason})."),
                     path, reason=str(exc)) from exc
    features = _features_of(data)
    if features is not None:
        return _read_features(features, path, progress, cancel)
    records = _records_of(data)
    if records is None:
        raise _error(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » ne contient ni entités GeoJSON ni liste "
                                       "d'enregistrements (un tableau d'objets)."), path)
    return _read_records(records, path, cancel)


def _features_of(data: object) -> list | None:
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features")
        return features if isinstance(features, list) else []
    if isinstance(data, dict) and data.get("type") == "Feature":
        return [data]
    if isinstance(data, list) and data and all(isinstance(f, dict) and f.get("type") == "Feature" for f in data[:20]):
        return data
    return None


def _records_of(data: object, depth: int = 0) -> list | None:
    """Return the array of records a JSON document holds: itself, or the largest one inside an object."""
    if isinstance(data, list):
        return data if data and sum(isinstance(r, dict) for r in data[:50]) >= min(len(data), 50) / 2 else None
    if isinstance(data, dict) and depth < 3:
        found = [r for r in (_records_of(v, depth + 1) for v in data.values()) if r]
        return max(found, key=len) if found else None
    return None


def _flatten(record: dict, prefix: str = "", out: dict | None = None, depth: int = 0) -> dict:
    out = {} if out is None else out
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and depth < 2:
            _flatten(value, name + ".", out, depth + 1)
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out[name] = ", ".join("" if v is None else str(v) for v in value) if _numeric_pair(value) \
                    else " | ".join("" if v is None else str(v) for v in value)
            else:
                out[name] = json.dumps(value, ensure_ascii=False)[:2000]
        elif isinstance(value, dict):
            out[name] = json.dumps(value, ensure_ascii=False)[:2000]
        else:
            out[name] = "" if value is None else str(value)
    return out


def _numeric_pair(values: list) -> bool:
    return len(values) == 2 and all(isinstance(v, str) and _NUMBER.match(v) for v in values)


def _read_records(records: list, path: Path, cancel: CancelFlag | None) -> Table:
    flat: list[dict] = []
    rejected: list[RowIssue] = []
    for number, record in enumerate(records, start=1):
        if cancel is not None and number % 5000 == 0 and cancel.is_set():
            raise Cancelled()
        if not isinstance(record, dict):
            rejected.append(RowIssue(number, "", QT_TRANSLATE_NOOP(
                "tl_desktop", "enregistrement illisible : un objet était attendu")))
            flat.append({})
            continue
        # Open-data portals (Opendatasoft) wrap each record's columns in "fields".
        if isinstance(record.get("fields"), dict):
            record = {**record["fields"], **({"geometry": record["geometry"]} if "geometry" in record else {})}
        flat.append(_flatten({k: v for k, v in record.items() if k != "geometry"}))
    headers = list(dict.fromkeys(k for r in flat for k in r))
    table = Table(path=path, format="json", headers=headers, rows=[], lines=[])
    for number, record in enumerate(flat, start=1):
        if record or not any(r.line == number for r in rejected):
            table.rows.append([clean_cell(record.get(h, "")) for h in headers])
            table.lines.append(number)
    table.rejected = rejected
    return table


def _read_features(features: list, path: Path, progress: Progress, cancel: CancelFlag | None) -> Table:
    props_rows: list[dict] = []
    points: list[tuple[str, str] | None] = []
    warnings: dict[int, list[Note]] = {}
    rejected: list[RowIssue] = []
    kept_numbers: list[int] = []
    polygons = 0
    for number, feature in enumerate(features, start=1):
        if number % 2000 == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            progress(number, len(features), path.name)
        if not isinstance(feature, dict):
            rejected.append(RowIssue(number, "", QT_TRANSLATE_NOOP("tl_desktop", "entité illisible : un objet "
                                                                   "GeoJSON était attendu")))
            continue
        props = feature.get("properties")
        if props is None:
            props = {}
        if not isinstance(props, dict):
            rejected.append(RowIssue(number, "", QT_TRANSLATE_NOOP(
                "tl_desktop", "propriétés illisibles (un objet était attendu, pas « {found} »)"),
                dict(found=str(props)[:40])))
            continue
        point, how = _point_of(feature.get("geometry"))
        if how == "interior":
            polygons += 1
            warnings.setdefault(len(props_rows), []).append(Note(QT_TRANSLATE_NOOP(
                "tl_desktop", "surface : placé en un point à l'intérieur du contour")))
        elif how == "first":
            warnings.setdefault(len(props_rows), []).append(Note(QT_TRANSLATE_NOOP(
                "tl_desktop", "géométrie multiple : placé sur son premier point")))
        elif how == "unreadable":
            warnings.setdefault(len(props_rows), []).append(Note(QT_TRANSLATE_NOOP(
                "tl_desktop", "géométrie illisible : ignorée")))
        props_rows.append(_flatten(props))
        points.append(point)
        kept_numbers.append(number)
    headers = list(dict.fromkeys(k for r in props_rows for k in r))
    table = Table(path=path, format="geojson", headers=headers + [GEOMETRY_LATITUDE, GEOMETRY_LONGITUDE],
                  rows=[], lines=[])
    for props, point, number in zip(props_rows, points, kept_numbers):
        lat, lon = (point[1], point[0]) if point else ("", "")
        table.rows.append([clean_cell(props.get(h, "")) for h in headers] + [lat, lon])
        table.lines.append(number)
    table.row_warnings = warnings
    table.rejected = rejected
    if polygons:
        table.notes.append(Note(QT_TRANSLATE_NOOP("tl_desktop", "{count} entité(s) sont des surfaces (polygones) : "
                                                  "chacune est placée en un point situé à l'intérieur de son "
                                                  "contour."), {"count": polygons}))
    return table


def _number(value: object) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _point_of(geometry: object) -> tuple[tuple[str, str] | None, str]:
    """Return ((lon, lat) as text, how): "point", "first", "interior", "none" or "unreadable"."""
    if not geometry:
        return None, "none"
    if not isinstance(geometry, dict):
        return None, "unreadable"
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    try:
        if kind == "Point":
            return _pair(coords), "point"
        if kind in ("MultiPoint", "LineString"):
            return _pair(coords[0]), "first"
        if kind == "MultiLineString":
            return _pair(coords[0][0]), "first"
        if kind == "Polygon":
            return interior_point([coords]), "interior"
        if kind == "MultiPolygon":
            return interior_point(coords), "interior"
        if kind == "GeometryCollection":
            for part in geometry.get("geometries") or []:
                point, how = _point_of(part)
                if point:
                    return point, "first" if how == "point" else how
            return None, "none"
    except (TypeError, IndexError, KeyError, ValueError, AttributeError):
        return None, "unreadable"
    return None, "unreadable"


def _pair(coords) -> tuple[str, str]:
    if not isinstance(coords, list) or len(coords) < 2 or isinstance(coords[0], (list, dict)):
        raise ValueError(coords)
    return str(coords[0]), str(coords[1])


def interior_point(polygons: list) -> tuple[str, str]:
    """Return (lon, lat) of a point inside the largest polygon: its centroid if inside, else on a scan line."""
    best, best_area = None, -1.0
    for polygon in polygons:
        rings = [[(_number(p[0]), _number(p[1])) for p in ring] for ring in polygon if isinstance(ring, list)]
        rings = [[p for p in ring if p[0] is not None and p[1] is not None] for ring in rings]
        if not rings or len(rings[0]) < 3:
            continue
        area = abs(_area(rings[0]))
        if area > best_area:
            best, best_area = rings, area
    if best is None:
        raise ValueError("no polygon")
    outer = best[0]
    cx, cy = _centroid(outer)
    if _inside(cx, cy, best):
        return str(round(cx, 7)), str(round(cy, 7))
    # Scan the line through the centroid's latitude; take the middle of the widest inner span.
    xs = []
    for ring in best:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > cy) != (y2 > cy):
                xs.append(x1 + (cy - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
    if not spans:
        x, y = outer[0]
        return str(x), str(y)
    return str(round(max(spans)[1], 7)), str(round(cy, 7))


def _area(ring: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    area = _area(ring)
    if abs(area) < 1e-12:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))
    return cx / (6 * area), cy / (6 * area)


def _inside(x: float, y: float, rings: list) -> bool:
    """Even-odd rule over the outer ring and its holes."""
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside
