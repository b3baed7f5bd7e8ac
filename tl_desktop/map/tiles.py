"""Basemap tiles: their sources, their arithmetic, and the offline cache (one MBTiles file per source).

**Plan IGN** (the State's base map, Géoplateforme WMTS, Licence Ouverte 2.0) is the default
and the only source prefetched for offline use. **OpenStreetMap** is shown live only: its
tile policy forbids bulk and offline downloads, so its tiles are kept only as long as their
HTTP caching headers allow, and never prefetched.

The cache is one SQLite file per source in the MBTiles layout (``tiles`` with the TMS row,
``metadata``), in the data folder's ``tiles/``; it adds what the app needs beside it: each
tile's size, last use (least-recently-used eviction under a size cap, 1 GB by default) and
expiry, and the prepared areas with their tiles. A damaged file is put aside and a new one
made, with a French notice: the catalog is never touched.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from tl_desktop.base.errors import TlError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TILE_SIZE = 256
DEFAULT_CAP_BYTES = 1 << 30        # 1 GiB
DEFAULT_TILE_BYTES = 18_000        # estimate before any tile of the source is cached
OSM_MIN_FRESH_S = 7 * 24 * 3600    # OSM tiles without caching headers: kept 7 days
TILES_DIR = "tiles"


@dataclass(frozen=True)
class TileSource:
    """A basemap: where its tiles come from, what must be shown with them, what may be done."""

    key: str
    label: str                 # marked for translation (context "mappage")
    url: str                   # {z}, {x}, {y} (XYZ rows, from the top)
    attribution: str           # always shown with the tiles, on screen and in the PDFs
    attribution_url: str
    max_zoom: int
    prefetch: bool             # may tiles be downloaded ahead of use, for offline use?
    honour_http_cache: bool    # kept only as long as the server's caching headers allow
    min_zoom: int = 0


PLAN_IGN = TileSource(
    key="plan-ign", label=QT_TRANSLATE_NOOP("mappage", "Plan IGN"),
    url=("https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
         "&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png"
         "&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"),
    attribution="© IGN – Plan IGN v2, Licence Ouverte 2.0", attribution_url="https://www.ign.fr/",
    max_zoom=19, prefetch=True, honour_http_cache=False)
OSM = TileSource(
    key="osm", label=QT_TRANSLATE_NOOP("mappage", "OpenStreetMap (en ligne)"),
    url="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    attribution="© les contributeurs d’OpenStreetMap", attribution_url="https://www.openstreetmap.org/copyright",
    max_zoom=19, prefetch=False, honour_http_cache=True)
SOURCES = {s.key: s for s in (PLAN_IGN, OSM)}
NO_BASEMAP = "none"


class TileCacheDamaged(TlError):
    """The tile cache's file could not be read: it was put aside and a new, empty one made."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le cache du fond de carte « {source} » était endommagé : il a été mis de côté "
        "(« {backup} ») et un cache vide a été créé. Les zones préparées pour le hors-ligne sont à "
        "télécharger de nouveau. Le catalogue et vos visites ne sont pas concernés.")


# ---------------------------------------------------------------------------------- arithmetic

def clamp_latitude(latitude: float) -> float:
    return max(-85.05112878, min(85.05112878, latitude))


def tile_xy(latitude: float, longitude: float, zoom: int) -> tuple[int, int]:
    """Return the (x, y) of the tile holding a point at ``zoom`` (XYZ: y counted from the top)."""
    n = 1 << zoom
    s = math.sin(math.radians(clamp_latitude(latitude)))
    x = (longitude + 180) / 360 * n
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n
    return min(n - 1, max(0, int(x))), min(n - 1, max(0, int(y)))


def tile_bounds(zoom: int, x: int, y: int) -> tuple[float, float, float, float]:
    """Return (south, west, north, east) of a tile, in degrees."""
    n = 1 << zoom

    def latitude(row: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))
    return latitude(y + 1), x / n * 360 - 180, latitude(y), (x + 1) / n * 360 - 180


def box_around(latitude: float, longitude: float, km: float) -> tuple[float, float, float, float]:
    """Return (south, west, north, east) of a square of ``km`` a side centred on a point."""
    dlat = km / 2 / 111.32
    dlon = km / 2 / (111.32 * max(0.05, math.cos(math.radians(latitude))))
    return latitude - dlat, longitude - dlon, latitude + dlat, longitude + dlon


Box = tuple[float, float, float, float]   # south, west, north, east


def tiles_in_boxes(boxes: Iterable[Box], min_zoom: int, max_zoom: int) -> list[tuple[int, int, int]]:
    """Return the (z, x, y) of every tile touching one of ``boxes`` at zooms min..max, each once."""
    found: set[tuple[int, int, int]] = set()
    boxes = list(boxes)
    for z in range(min_zoom, max_zoom + 1):
        for south, west, north, east in boxes:
            x0, y0 = tile_xy(north, west, z)
            x1, y1 = tile_xy(south, east, z)
            found.update((z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1))
    return sorted(found)


def tms_row(zoom: int, y: int) -> int:
    """MBTiles stores rows from the bottom (TMS); the web counts them from the top (XYZ)."""
    return (1 << zoom) - 1 - y


# ---------------------------------------------------------------------------------- the cache

_SCHEMA = """
CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS tiles (
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    tile_data BLOB NOT NULL,
    size INTEGER NOT NULL,
    fetched_at INTEGER NOT NULL,
    used_at INTEGER NOT NULL,
    expires_at INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row);
CREATE INDEX IF NOT EXISTS tiles_by_use ON tiles (used_at);
CREATE TABLE IF NOT EXISTS areas (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    boxes TEXT NOT NULL,
    min_zoom INTEGER NOT NULL,
    max_zoom INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS area_tiles (
    area_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    PRIMARY KEY (area_id, zoom_level, tile_column, tile_row)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS area_tiles_by_tile ON area_tiles (zoom_level, tile_column, tile_row);
"""
_APPLICATION_ID = 0x4D504258   # "MPBX", the id MBTiles files carry


@dataclass(frozen=True)
class PreparedArea:
    """An area prepared for offline use: what was asked, and what the cache holds of it now."""

    id: int
    label: str
    boxes: tuple[Box, ...]
    min_zoom: int
    max_zoom: int
    created_at: str
    tiles: int            # tiles of the area held in the cache
    wanted: int           # tiles the area covers
    bytes: int

    def extent(self) -> Box:
        return (min(b[0] for b in self.boxes), min(b[1] for b in self.boxes),
                max(b[2] for b in self.boxes), max(b[3] for b in self.boxes))


def cache_path(data_folder: Path, source: TileSource) -> Path:
    """Return the MBTiles file of ``source`` in a data folder."""
    return Path(data_folder) / TILES_DIR / f"{source.key}.mbtiles"


class TileCache:
    """The MBTiles file of one source; safe to use from several threads (a connection each)."""

    def __init__(self, path: Path, source: TileSource, *, cap_bytes: int = DEFAULT_CAP_BYTES):
        """Open or create the cache; a damaged file is put aside, see ``notice``. Raise OSError."""
        self.path = Path(path)
        self.source = source
        self.cap_bytes = cap_bytes
        self.notice: TileCacheDamaged | None = None   # set when a damaged file was replaced
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._touched: dict[tuple[int, int, int], int] = {}   # last uses, written in batches
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._setup(self._connection())
        except sqlite3.DatabaseError as exc:
            self._replace_damaged(exc)

    # ---- connections

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(str(self.path), timeout=5, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def _setup(self, conn: sqlite3.Connection) -> None:
        header = self.path.read_bytes()[:16] if self.path.exists() and self.path.stat().st_size else b""
        if header and not header.startswith(b"SQLite format 3\x00"):
            raise sqlite3.DatabaseError("file is not a database")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(_SCHEMA)
        conn.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
        metadata = {"name": self.source.label, "format": "png", "type": "baselayer", "version": "1.0",
                    "attribution": self.source.attribution, "minzoom": str(self.source.min_zoom),
                    "maxzoom": str(self.source.max_zoom), "description": "Tiers-Lieux Desktop"}
        conn.executemany("INSERT OR IGNORE INTO metadata (name, value) VALUES (?, ?)", metadata.items())
        conn.execute("SELECT count(*) FROM areas").fetchone()   # reads a page of each table's schema
        conn.execute("SELECT max(rowid) FROM tiles").fetchone()

    def _replace_damaged(self, exc: BaseException) -> None:
        log.warning("Cache de tuiles endommagé (%s) : %s", self.path, exc)
        self.close()
        backup = self.path.with_name(f"{self.path.stem}.endommage-{time.strftime('%Y%m%d-%H%M%S')}{self.path.suffix}")
        os.replace(self.path, backup)
        for extra in ("-wal", "-shm"):
            Path(str(self.path) + extra).unlink(missing_ok=True)
        self.notice = TileCacheDamaged(source=self.source.key, backup=backup.name, details=repr(exc))
        self._local = threading.local()
        self._setup(self._connection())

    def close(self) -> None:
        """Write the pending uses and close every connection (call once no thread uses the cache)."""
        try:
            self.flush_usage()
        except sqlite3.Error:
            pass
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    # ---- tiles

    def get(self, z: int, x: int, y: int, *, now: float | None = None) -> bytes | None:
        """Return the cached tile, or None (absent, or expired when the source's headers say so)."""
        now = int(now if now is not None else time.time())
        try:
            row = self._connection().execute(
                "SELECT tile_data, expires_at FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                (z, x, tms_row(z, y))).fetchone()
        except sqlite3.DatabaseError as exc:
            log.warning("Cache de tuiles illisible (%s) : %s", self.path, exc)
            return None
        if row is None or (row[1] is not None and row[1] < now):
            return None
        self._touched[(z, x, y)] = now
        return row[0]

    def has(self, tiles: Iterable[tuple[int, int, int]]) -> set[tuple[int, int, int]]:
        """Return those of ``tiles`` held in the cache (expired ones excluded)."""
        now = int(time.time())
        conn = self._connection()
        found = set()
        for z, x, y in tiles:
            row = conn.execute("SELECT expires_at FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                               "AND tile_row = ?", (z, x, tms_row(z, y))).fetchone()
            if row is not None and (row[0] is None or row[0] >= now):
                found.add((z, x, y))
        return found

    def put_many(self, tiles: Sequence[tuple[int, int, int, bytes, int | None]], *, now: float | None = None) -> None:
        """Store tiles (z, x, y, data, expires_at or None), replacing those already there."""
        now = int(now if now is not None else time.time())
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data, size, fetched_at, "
                "used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(z, x, tms_row(z, y), data, len(data), now, now, expires) for z, x, y, data, expires in tiles])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def put(self, z: int, x: int, y: int, data: bytes, expires_at: int | None = None) -> None:
        self.put_many([(z, x, y, data, expires_at)])

    def flush_usage(self) -> None:
        """Write the last uses recorded by get() (a write per read would cost the GUI thread)."""
        touched, self._touched = self._touched, {}
        if not touched:
            return
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("UPDATE tiles SET used_at = max(used_at, ?) WHERE zoom_level = ? AND tile_column = ? "
                             "AND tile_row = ?", [(t, z, x, tms_row(z, y)) for (z, x, y), t in touched.items()])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def stats(self) -> tuple[int, int]:
        """Return (tiles, bytes) held."""
        count, size = self._connection().execute("SELECT count(*), ifnull(sum(size), 0) FROM tiles").fetchone()
        return count, size

    def average_tile_bytes(self) -> int:
        """Return the mean size of this source's tiles (a default until 50 are cached)."""
        count, size = self.stats()
        return size // count if count >= 50 else DEFAULT_TILE_BYTES

    def deepest(self, z: int, x: int, y: int, levels: int = 8) -> tuple[int, int, int, bytes] | None:
        """Return the nearest cached ancestor of a tile, up to ``levels`` zooms out: (z, x, y, data)."""
        for k in range(1, min(levels, z) + 1):
            data = self.get(z - k, x >> k, y >> k)
            if data is not None:
                return z - k, x >> k, y >> k, data
        return None

    def evict(self, cap_bytes: int | None = None) -> int:
        """Remove least recently used tiles until the cache is under its cap; return the bytes freed.

        Tiles of no prepared area go first; those of prepared areas only if they alone exceed
        the cap (the areas then show what is left). Expired tiles always go.
        """
        cap = self.cap_bytes if cap_bytes is None else cap_bytes
        self.flush_usage()
        conn = self._connection()
        freed = conn.execute("SELECT ifnull(sum(size), 0) FROM tiles WHERE expires_at < ?",
                             (int(time.time()),)).fetchone()[0]
        conn.execute("DELETE FROM tiles WHERE expires_at < ?", (int(time.time()),))
        _, total = self.stats()
        target = int(cap * 0.9)          # some room, so that eviction does not run at every tile
        for protect in (True, False):
            while total > cap:
                pinned = ("AND NOT EXISTS (SELECT 1 FROM area_tiles a WHERE a.zoom_level = t.zoom_level "
                          "AND a.tile_column = t.tile_column AND a.tile_row = t.tile_row)") if protect else ""
                victims = conn.execute(f"SELECT rowid, size FROM tiles t WHERE 1 {pinned} ORDER BY used_at, rowid "
                                       "LIMIT 500").fetchall()
                if not victims:
                    break
                chosen, running = [], total
                for rowid, size in victims:
                    chosen.append(rowid)
                    running -= size
                    if running <= target:
                        break
                conn.execute(f"DELETE FROM tiles WHERE rowid IN ({','.join('?' * len(chosen))})", chosen)
                freed += total - running
                total = running
        return freed

    # ---- prepared areas

    def add_area(self, label: str, boxes: Sequence[Box], min_zoom: int, max_zoom: int,
                 tiles: Iterable[tuple[int, int, int]]) -> int:
        """Record a prepared area and the tiles it covers; return its id."""
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            area_id = conn.execute(
                "INSERT INTO areas (label, boxes, min_zoom, max_zoom, created_at) VALUES (?, ?, ?, ?, ?)",
                (label, json.dumps([list(b) for b in boxes]), min_zoom, max_zoom,
                 time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))).lastrowid
            conn.executemany("INSERT OR IGNORE INTO area_tiles (area_id, zoom_level, tile_column, tile_row) "
                             "VALUES (?, ?, ?, ?)", [(area_id, z, x, tms_row(z, y)) for z, x, y in tiles])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return area_id

    def areas(self) -> list[PreparedArea]:
        """Return the prepared areas, newest first, with the tiles the cache holds of each."""
        rows = self._connection().execute(
            "SELECT a.id, a.label, a.boxes, a.min_zoom, a.max_zoom, a.created_at, "
            "(SELECT count(*) FROM area_tiles x WHERE x.area_id = a.id), "
            "(SELECT count(*) FROM area_tiles x JOIN tiles t ON t.zoom_level = x.zoom_level "
            " AND t.tile_column = x.tile_column AND t.tile_row = x.tile_row WHERE x.area_id = a.id), "
            "(SELECT ifnull(sum(t.size), 0) FROM area_tiles x JOIN tiles t ON t.zoom_level = x.zoom_level "
            " AND t.tile_column = x.tile_column AND t.tile_row = x.tile_row WHERE x.area_id = a.id) "
            "FROM areas a ORDER BY a.created_at DESC, a.id DESC").fetchall()
        return [PreparedArea(id=r[0], label=r[1], boxes=tuple(tuple(b) for b in json.loads(r[2])), min_zoom=r[3],
                             max_zoom=r[4], created_at=r[5], wanted=r[6], tiles=r[7], bytes=r[8]) for r in rows]

    def delete_area(self, area_id: int) -> int:
        """Forget an area and remove its tiles that no other area needs; return the bytes freed."""
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            orphans = ("FROM tiles WHERE rowid IN (SELECT t.rowid FROM area_tiles x JOIN tiles t "
                       "ON t.zoom_level = x.zoom_level AND t.tile_column = x.tile_column AND t.tile_row = x.tile_row "
                       "WHERE x.area_id = :area AND NOT EXISTS (SELECT 1 FROM area_tiles o WHERE o.area_id != :area "
                       "AND o.zoom_level = x.zoom_level AND o.tile_column = x.tile_column AND o.tile_row = x.tile_row))")
            freed = conn.execute("SELECT ifnull(sum(size), 0) " + orphans, {"area": area_id}).fetchone()[0]
            conn.execute("DELETE " + orphans, {"area": area_id})
            conn.execute("DELETE FROM areas WHERE id = ?", (area_id,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return freed


def iter_sources(keys: Iterable[str]) -> Iterator[TileSource]:
    for key in keys:
        if key in SOURCES:
            yield SOURCES[key]
