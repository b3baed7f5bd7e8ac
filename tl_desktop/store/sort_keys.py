"""The catalog's sort keys: what each column of the table sorts by, stored beside the row.

The table sorts the label columns by what it shows (labels, the official order of the
départements), not by the stored codes. Computing those keys in Python on every refresh
cost 235–460 ms at 50,000 sites; stored in indexed columns (migration 0010_sort_keys),
SQLite reads the rows in display order from an index. A blank key is NULL: blanks sort
last in either direction (two index scans, see ``Sites._sorted``).
"""

from __future__ import annotations

import json
from functools import lru_cache

from tl_desktop import geo
from tl_desktop.base.text import fold
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES

# Columns of ``sites`` holding the keys, by the catalog's column name.
KEY_COLUMNS = {
    "kinds": "sort_kinds",
    "programmes": "sort_programmes",
    "public_services": "sort_services",
    "departement": "sort_departement",
}


def _labels_key(choices, codes: list) -> str | None:
    labels = [choices.label(c.get("code", "") if isinstance(c, dict) else c) for c in codes]
    return fold(", ".join(labels)) if labels else None


@lru_cache(maxsize=1)
def _departement_order() -> dict[str, int]:
    return {c: i for i, c in enumerate(geo.departement_names())}


def departement_key(code: str) -> str | None:
    """Return the key of a département code: its rank in the official order, then the code."""
    if not code:
        return None
    order = _departement_order()
    # Fixed width, so that text order is rank order; unknown codes after the known ones.
    return f"{order.get(code, len(order)):04d}:{code}"


def sort_keys(kinds: list, programmes: list, public_services: list, departement: str) -> dict[str, str | None]:
    """Return the sort key columns of one site (codes as stored, services as dicts or codes)."""
    return {
        "sort_kinds": _labels_key(KINDS, kinds),
        "sort_programmes": _labels_key(PROGRAMMES, programmes),
        "sort_services": _labels_key(PUBLIC_SERVICES, public_services),
        "sort_departement": departement_key(departement),
    }


def _decode(raw: str | None) -> list:
    try:
        value = json.loads(raw) if raw else []
    except (TypeError, ValueError):
        return []
    return value if isinstance(value, list) else []


def keys_of_stored_row(kinds: str | None, programmes: str | None, public_services: str | None,
                       departement: str | None) -> dict[str, str | None]:
    """Return the sort key columns of a stored row (lists as JSON text)."""
    return sort_keys(_decode(kinds), _decode(programmes), _decode(public_services), departement or "")
