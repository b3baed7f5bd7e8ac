"""Which commune contains a point: published commune outlines, simplified, on a grid index.

resources/reference/communes-contours.sqlite holds one row per outline (IGN ADMIN EXPRESS COG
2018, simplified; codes brought to the current COG) with its bounding box and its rings
(zlib-compressed int16 deltas of 1e-4 degree), and a table of 0.1° grid cells → outlines. A
lookup reads the few outlines of one cell, never all of them; nothing is loaded in advance.
"""

from __future__ import annotations

import array
import math
import sqlite3
import sys
import threading
import zlib
from functools import lru_cache
from itertools import accumulate

from tl_desktop.base.resources import resource

_local = threading.local()


@lru_cache(maxsize=1)
def _meta() -> dict[str, str]:
    return dict(_connection().execute("SELECT key, value FROM meta"))


def _connection() -> sqlite3.Connection:
    # One read-only connection per thread (imports run in a worker); immutable: no lock, no journal,
    # works from a read-only install folder.
    db = getattr(_local, "db", None)
    if db is None:
        uri = resource("reference", "communes-contours.sqlite").resolve().as_uri() + "?mode=ro&immutable=1"
        db = _local.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    return db


def _rings(blob: bytes) -> list[tuple[array.array, array.array]]:
    data = zlib.decompress(blob)
    rings = []
    pos = 0
    while pos < len(data):
        head = array.array("i", data[pos:pos + 12])
        if sys.byteorder != "little":
            head.byteswap()
        n, x0, y0 = head
        pos += 12
        wide = n < 0
        n = abs(n)
        body = array.array("i" if wide else "h")
        size = body.itemsize * 2 * (n - 1)
        body.frombytes(data[pos:pos + size])
        if sys.byteorder != "little":
            body.byteswap()
        pos += size
        xs = array.array("i", accumulate(body[0::2], initial=x0))
        ys = array.array("i", accumulate(body[1::2], initial=y0))
        rings.append((xs, ys))
    return rings


def _contains(rings, x: int, y: int) -> bool:
    # Even-odd rule over all rings: holes and separate parts need no special case.
    inside = False
    for xs, ys in rings:
        n = len(xs)
        j = n - 1
        for i in range(n):
            yi, yj = ys[i], ys[j]
            if (yi > y) != (yj > y):
                xi, xj = xs[i], xs[j]
                if x < xi + (y - yi) * (xj - xi) / (yj - yi):
                    inside = not inside
            j = i
    return inside


def commune_at(latitude: float, longitude: float) -> str | None:
    """Return the INSEE code of the commune whose shipped outline contains the point, else None.

    Paris, Lyon and Marseille come back as the city (75056, 69123, 13055): their arrondissements
    have no shipped outline. The collectivités d'outre-mer have none either.
    """
    meta = _meta()
    scale, cell = int(meta["scale"]), float(meta["cell"])
    x, y = round(longitude * scale), round(latitude * scale)
    key = (math.floor(latitude / cell) + 900) * 10_000 + (math.floor(longitude / cell) + 1800)
    rows = _connection().execute(
        "SELECT s.id, s.insee FROM cells c JOIN shapes s ON s.id = c.shape "
        "WHERE c.cell = ? AND s.minx <= ? AND s.maxx >= ? AND s.miny <= ? AND s.maxy >= ?",
        (key, x, x, y, y)).fetchall()
    for shape_id, insee in rows:
        if _contains(_shape(shape_id), x, y):
            return insee
    return None


@lru_cache(maxsize=4096)   # lists are clustered: a commune's outline is decoded once (~1 MB for 4,096)
def _shape(shape_id: int) -> list[tuple[array.array, array.array]]:
    (blob,) = _connection().execute("SELECT geom FROM shapes WHERE id = ?", (shape_id,)).fetchone()
    return _rings(blob)


def outlines_info() -> dict[str, str]:
    """Return the source, licence and simplification of the shipped outlines."""
    return dict(_meta())
