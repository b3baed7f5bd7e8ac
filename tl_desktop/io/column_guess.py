"""The column mapping guessed from a list's headers and values: ``guess_mapping``.

Header names first (``io.mapping``'s aliases and words), then the values check them: a
column whose values contradict its header is moved (« commune_insee » holding names is a
commune, « N° » numbering the rows is no street number), and what the whole list is
(« id_fs »: the France Services list) gives its default kinds.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from tl_desktop.io.mapping import (
    _ALIAS_RANK,
    CODES,
    NO_VALUE,
    PLACEHOLDERS,
    POSTCODE_AND_TOWN,
    SINGLE,
    FRANCE_SERVICES,
    Mapping,
    Target,
    _field_by_words,
    _is_hours,
    column_keys,
    distinct_values,
    guess_targets,
    header_key,
    is_flag_value,
    value_key,
)
from tl_desktop.io.readers import Table

_EMAIL = re.compile(r"^\S+@\S+\.\w+$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)
_PHONE = re.compile(r"^(\+33|0)\s*[1-9]([\s.-]?\d\d){4}$")
_INSEE = re.compile(r"^(\d{5}|2[AaBb]\d{3})$")
_POSTCODE = re.compile(r"^\d{4,5}$")
_HAS_DIGIT = re.compile(r"\d")
# Headers that say plainly they hold a coordinate: bad values there are said row by row, not guessed away.
_COORDINATE_NAMES = frozenset({"latitude", "longitude", "lat", "lon", "lng", "x", "y"})
_DECIMAL = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_LATLON = re.compile(r"^\[?\s*[+-]?\d+(\.\d+)?\s*[,; ]\s*[+-]?\d+(\.\d+)?\s*\]?$")


def _share(values: list[str], test) -> float:
    filled = [v for v in values if v]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


def _numbers(values: list[str]) -> list[float]:
    out = []
    for v in values:
        if v and _DECIMAL.match(v):
            try:
                out.append(float(v.replace(",", ".")))
            except ValueError:
                pass
    return out


def _content_field(values: list[str]) -> str | None:
    """Guess a field from a column's values alone (files without a header row)."""
    filled = [v for v in values if v]
    if not filled:
        return None
    if _share(filled, _EMAIL.match) > 0.8:
        return "email"
    if _share(filled, _URL.match) > 0.8:
        return "website"
    if _share(filled, _PHONE.match) > 0.8:
        return "phone"
    if _share(filled, _LATLON.match) > 0.8:
        return "latlon"
    if _share(filled, POSTCODE_AND_TOWN.match) > 0.8:
        return "commune"                # « 75010 Paris »
    numbers = _numbers(filled)
    if len(numbers) > 0.8 * len(filled):
        if all(v == int(v) for v in numbers):
            from tl_desktop import geo

            index = geo.communes()
            as_insee = _share(filled, lambda v: v.zfill(5) in index.by_insee)
            as_post = _share(filled, lambda v: bool(index.find(postcode=v.zfill(5))) or v.zfill(5) in _postcodes())
            if as_insee > 0.8 and as_insee >= as_post:
                return "insee_code"
            if as_post > 0.8:
                return "postcode"
            return None
        if all(41 <= v <= 51.5 or -21.5 <= v <= 18.5 for v in numbers):
            return "latitude"
        if all(-63 <= v <= 56 for v in numbers):
            return "longitude"
        if all(v > 1000 for v in numbers):
            return "x" if max(numbers) < 1_400_000 else "y"
    return None


@lru_cache(maxsize=1)
def _postcodes() -> frozenset[str]:
    from tl_desktop import geo

    return frozenset(pc for c in geo.communes().by_insee.values() for pc in c.postcodes)


def _text_column(values: list[str]) -> bool:
    filled = [v for v in values if v]
    return bool(filled) and len(filled) >= 0.5 * len(values) and _share(
        filled, lambda v: not (_DECIMAL.match(v) or _EMAIL.match(v) or _URL.match(v) or _PHONE.match(v))) > 0.9


def guess_mapping(table: Table, sample: int = 2000) -> tuple[Mapping, list[str]]:
    """Return the mapping guessed from the headers and values, and the columns guessed from values alone."""
    keys = column_keys(table.headers)
    rows = table.rows[:sample]
    columns_values = [[r[i] if i < len(r) else "" for r in rows] for i in range(len(keys))]
    filled = [sum(1 for v in vals if v) for vals in columns_values]
    claims: list[tuple[str, int, int]] = []   # (field, rank, column index)
    flags: dict[str, list[Target]] = {}
    hours = set()
    by_content: list[str] = []
    prefix = _shared_prefix([header_key(h) for h in table.headers])
    for i, header in enumerate(table.headers):
        key = header_key(header)
        if prefix and key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix):]         # « c_nom », « c_city »: a database's prefix on every column
        values = columns_values[i]
        if key in _ALIAS_RANK:
            claims.append((*_ALIAS_RANK[key], i))
        elif _is_hours(key):
            hours.add(i)
        elif flag := _flag_targets(key, values):
            flags[keys[i]] = list(flag)
        elif (by_words := _field_by_words(key)) is not None:
            claims.append((by_words, 50, i))
        elif not table.has_header and (by_values := _content_field(values)) is not None:
            claims.append((by_values, 60, i))
            by_content.append(keys[i])
    columns: dict[str, str] = {}
    # Best claim first: lowest rank, then the column with values (« Latitude » empty, « latitude » filled).
    for field_name, rank, i in sorted(claims, key=lambda c: (c[1], -filled[c[2]], c[2])):
        if field_name in SINGLE and any(f == field_name for f in columns.values()) and filled[i] == 0:
            continue
        columns.setdefault(keys[i], field_name)
    _check_contents(columns, keys, columns_values)
    for i in hours:
        columns[keys[i]] = "hours"
    for key in flags:
        columns[key] = "flag"
    if "name" not in columns.values():
        for i, key in enumerate(keys):
            if key not in columns and _text_column(columns_values[i]):
                columns[key] = "name"
                by_content.append(key)
                break
    for key in keys:
        columns.setdefault(key, "extra" if table.has_header else "ignore")
    mapping = Mapping(columns=columns, flags=flags, headers=list(table.headers))
    mapping.defaults = _guess_defaults(table, mapping, keys, columns_values)
    mapping.commune_positions = _points_are_communes(table, mapping, keys, columns_values)
    for column, value, _count in distinct_values(table, mapping):
        mapping.values.setdefault(column, {}).setdefault(value_key(value), list(guess_targets(value)))
    return mapping, by_content


_MEANINGFUL_PREFIXES = frozenset({"id", "nom", "lib", "cp", "geo", "adr", "tel", "num", "com", "dep", "reg", "h",
                                  "x", "y", "nb", "url"})


def _shared_prefix(keys: list[str]) -> str:
    """The short prefix most columns of a database export share (« c_ » of « c_nom », « c_city »), or ""."""
    firsts = Counter(m.group(1) for k in keys if (m := re.match(r"^([a-z]{1,3})_.", k)))
    if len(keys) < 6 or not firsts:
        return ""
    token, count = firsts.most_common(1)[0]
    return f"{token}_" if count >= 0.6 * len(keys) and token not in _MEANINGFUL_PREFIXES else ""


def _check_contents(columns: dict[str, str], keys: list[str], values: list[list[str]]) -> None:
    """Move a column whose values contradict its header: « commune_insee » holding names is a commune."""
    index = {k: i for i, k in enumerate(keys)}
    for key, field_name in list(columns.items()):
        vals = [v for v in values[index[key]] if v]
        if not vals:
            continue
        if field_name == "insee_code" and _share(vals, lambda v: bool(_INSEE.match(v.zfill(5)))) < 0.5:
            columns[key] = "commune" if "commune" not in columns.values() and _text_column(vals) else "extra"
        elif field_name == "postcode" and _share(vals, lambda v: bool(_POSTCODE.match(v))) < 0.5:
            # « 75010 Paris » (« CP Ville »): the commune, its postcode read from it (io.plan)
            joined = _share(vals, POSTCODE_AND_TOWN.match) > 0.8 and "commune" not in columns.values()
            columns[key] = "commune" if joined else "extra"
        elif field_name in ("latitude", "longitude", "x", "y") and _share(vals, _DECIMAL.match) < 0.5 \
                and _share(vals, _LATLON.match) > 0.5:
            columns[key] = "latlon"     # « latitude » holding « 43.29, 5.37 »; bad numbers are said per row
        elif field_name == "latlon" and _share(vals, _LATLON.match) < 0.5:
            columns[key] = "extra"
        elif field_name in ("latitude", "longitude", "x", "y") and header_key(key) not in _COORDINATE_NAMES \
                and _share(vals, _HAS_DIGIT.search) < 0.3:
            columns[key] = "extra"      # words, not numbers: no coordinate (« descriptif_long »)
        elif field_name == "email" and _share(vals, lambda v: "@" in v) < 0.5:
            columns[key] = "extra"
        elif field_name in ("address", "name", "commune") and _share(vals, lambda v: is_flag_value(v) is not None) > 0.9:
            columns[key] = "extra"      # « adresse_absente » holding oui / non
        elif field_name in ("kinds", "programmes") and (
                _share(vals, lambda v: is_flag_value(v) is not None) > 0.9 or _share(vals, str.isdigit) > 0.9):
            columns[key] = "extra"      # « c_b_sans_categorie » holding 0 / 1, « CATEGORIE » holding codes 1 to 9
        elif field_name == "website" and _share(_real(vals), _looks_like_web) < 0.5:
            columns[key] = "extra"      # « acces_equipement_numerique_et_internet » holding « Oui, en libre accès »
        elif field_name == "address" and header_key(key) in ("n", "no") and not _house_numbers(vals):
            columns[key] = "extra"      # « N° » is the street number only when it holds street numbers
        elif field_name == "source_id" and header_key(key) not in _ALIAS_RANK and len(set(vals)) < 0.95 * len(vals):
            columns[key] = "extra"      # « id_… » found by its words: an identifier of the list only if unique
    _degrees_in_x_y(columns, keys, values)
    fields = set(columns.values())
    for lone, partner in (("latitude", "longitude"), ("longitude", "latitude")):
        if lone in fields and partner not in fields:
            for key, field_name in list(columns.items()):
                if field_name == lone and header_key(key) not in _COORDINATE_NAMES:
                    columns[key] = "extra"      # « long » alone (a length?): no position is half a pair
    _geocoder_after_the_list(columns)
    _categories_not_names(columns, keys, values)


# Cells that say « nothing » or « no »: not values of a column.
_EMPTY_WORDS = PLACEHOLDERS | NO_VALUE | {"/", "nd", "n.d.", "0", "x"}


def _real(values: list[str]) -> list[str]:
    return [v for v in values if v.strip().casefold() not in _EMPTY_WORDS]


def _house_numbers(values: list[str]) -> bool:
    """Street numbers (« 20 », « 3 bis »), not a column numbering the rows (1, 2, 3…)."""
    if _share(values, _HOUSE_NUMBER.match) < 0.8:
        return False
    numbers = [int(m.group(1)) for v in values if (m := re.match(r"^(\d+)", v))]
    counting = len(numbers) >= 5 and all(b > a for a, b in zip(numbers, numbers[1:]))
    return not counting


_HOUSE_NUMBER = re.compile(r"^\d{1,4}\s*(bis|ter|quater|[a-d])?$", re.I)


def _looks_like_web(value: str) -> bool:
    value = value.strip()
    return value.lower().startswith(("http", "www.")) or (" " not in value and "." in value and "@" not in value)


def _degrees_in_x_y(columns: dict[str, str], keys: list[str], values: list[list[str]]) -> None:
    """X and Y columns holding degrees (« Coord. X » 44.83, « Coord. Y » -0.58) are a latitude and a longitude.

    Which is which is read from the values, once for the list: a list whose X holds the
    latitude would otherwise be corrected row by row, with a warning each.
    """
    x_keys, y_keys = [k for k, f in columns.items() if f == "x"], [k for k, f in columns.items() if f == "y"]
    if len(x_keys) != 1 or len(y_keys) != 1 or "latitude" in columns.values() or "longitude" in columns.values():
        return
    index = {k: i for i, k in enumerate(keys)}
    xs, ys = _numbers(values[index[x_keys[0]]]), _numbers(values[index[y_keys[0]]])
    if not xs or not ys or max(abs(v) for v in xs + ys) > 180:
        return                          # metres: a projection (Lambert 93…), converted row by row
    from tl_desktop import geo

    pairs = list(zip(xs, ys))
    as_is = sum(1 for x, y in pairs if geo.in_france(y, x))          # X longitude, Y latitude
    swapped = sum(1 for x, y in pairs if geo.in_france(x, y))        # X latitude, Y longitude
    if swapped > as_is:
        columns[x_keys[0]], columns[y_keys[0]] = "latitude", "longitude"
    else:
        columns[x_keys[0]], columns[y_keys[0]] = "longitude", "latitude"


def _geocoder_after_the_list(columns: dict[str, str]) -> None:
    """A geocoder's answer (« result_citycode ») is a guess: the list's own commune and postcode come first.

    Lists passed through the national address service (addok's CSV) carry its ``result_*``
    columns; a wrong answer there put a place of La Réunion in Brest.
    """
    own = any(f in ("commune", "postcode") and not header_key(k).startswith("result_") for k, f in columns.items())
    if own:
        for key, field_name in list(columns.items()):
            if field_name == "insee_code" and header_key(key).startswith("result_"):
                columns[key] = "extra"


def _categories_not_names(columns: dict[str, str], keys: list[str], values: list[list[str]]) -> None:
    """A « name » column holding a few repeated kinds (« structure »: fablab, tierslieu…) beside another is the kind.

    Short repeated values (three words at most) that name kinds on their own: never a word
    found inside longer names (« Fablab de Rennes » is a name).
    """
    name_keys = [k for k, f in columns.items() if f == "name"]
    index = {k: i for i, k in enumerate(keys)}
    for key in name_keys:
        vals = [v for v in values[index[key]] if v]
        if len(vals) < 10 or len(set(vals)) > 0.4 * len(vals):
            continue
        # Only if another name column names (almost) every place: never leave places without a name.
        others = [k for k, f in columns.items() if f == "name" and k != key
                  and sum(1 for v in values[index[k]] if v) >= 0.8 * len(values[index[k]])]
        if others and _share(vals, lambda v: len(v.split()) <= 3 and bool(guess_targets(v))) >= 0.3:
            columns[key] = "kinds"      # « Nom du lieu » = Centre social, Médiathèque… beside « Nom de la structure »


def _flag_targets(key: str, values: list[str]) -> tuple[Target, ...]:
    """A yes/no column named after an activity (« c_coworking », « fablab ») sets that kind."""
    filled = [v for v in values if v][:1000]
    if not filled or sum(1 for v in filled if is_flag_value(v) is None) > len(filled) // 10:
        return ()
    words = key.split("_")
    for start in range(len(words)):
        targets = guess_targets(" ".join(words[start:]))
        if targets:
            return targets
    return ()


def _guess_defaults(table: Table, mapping: Mapping, keys: list[str], values: list[list[str]]) -> list[Target]:
    """What the whole list is, from its columns (« id_fs », « lib_fs ») or its identifiers (« fabt-59 »)."""
    header_keys = {header_key(h) for h in table.headers}
    if header_keys & {"id_fs", "lib_fs", "type_fs", "format_fs", "lib_france_services"}:
        return list(FRANCE_SERVICES)
    if header_keys & {"nb_cnfs", "nombre_cnfs", "nb_conseillers_numeriques"}:
        return ["programme:conseiller_numerique", "service:conseiller_numerique"]
    for key in mapping.columns_of("source_id"):
        ids = [v for v in values[keys.index(key)] if v]
        prefixes = {re.split(r"[-_ ]", v.strip().lower(), maxsplit=1)[0] for v in ids[:500]}
        if len(prefixes) == 1 and (prefix := prefixes.pop()) in CODES:
            return list(CODES[prefix])
    return []


def _points_are_communes(table: Table, mapping: Mapping, keys: list[str], values: list[list[str]]) -> bool:
    """True when the list's points locate communes, not places: ANCT lists (``id_geo``, ``liste_geo``),
    or many points shared by several differently named places and no address column."""
    header_keys = {header_key(h) for h in table.headers}
    if {"id_geo", "liste_geo"} <= header_keys or {"id_geo", "lib_geo"} <= header_keys:
        return True
    if mapping.columns_of("address"):
        return False
    lat_cols = [keys.index(k) for k in mapping.columns_of("latitude") + mapping.columns_of("latlon")]
    name_cols = [keys.index(k) for k in mapping.columns_of("name")]
    if not lat_cols or not name_cols:
        return False
    lon_cols = [keys.index(k) for k in mapping.columns_of("longitude")]
    names: dict[tuple, set[str]] = {}
    for n in range(len(values[0]) if values else 0):
        point = tuple(values[i][n] for i in lat_cols + lon_cols)
        if any(point):
            names.setdefault(point, set()).add(values[name_cols[0]][n])
    shared = sum(len(v) for v in names.values() if len(v) > 1)
    return bool(names) and shared >= 0.2 * sum(len(v) for v in names.values())
