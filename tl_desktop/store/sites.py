"""The sites of the catalog and their search: ``store.sites``.

Search uses the FTS5 index (diacritics removed) kept in step by triggers; the catalog table
asks for ids in display order, then reads the visible rows by blocks.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

from tl_desktop import geo
from tl_desktop.base.errors import Cancelled, NotFoundError, ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.text import fold, normalise
from tl_desktop.domain import (
    KINDS,
    LEGAL_FORMS,
    LOCATION_PRECISIONS,
    PROGRAMMES,
    PUBLIC_SERVICES,
    Changes,
    MapPoint,
    PublicService,
    Site,
    SiteFilter,
    utc_now,
)
from tl_desktop.store.connection import Connection
from tl_desktop.store.sort_keys import sort_keys

# Above this many FTS matches, ordering them through the in-memory list beats SQL's sort.
SMALL_MATCH = 500

# What each column of the table sorts by: stored keys, each with an index on live sites.
SORT_COLUMNS = {
    "name": "s.sort_name",
    "kinds": "s.sort_kinds",
    "commune": "s.sort_commune",
    "departement": "s.sort_departement",
    "programmes": "s.sort_programmes",
    "public_services": "s.sort_services",
}
# Types, programmes, services and départements sort by what the table shows (labels, official
# order of départements): their blank keys are NULL and come last in either direction.
BLANKS_LAST = {"kinds", "programmes", "public_services", "departement"}
# Keys most sites leave blank: their indexes hold only the sites with one (migration 0010), so an
# import of sites without programmes or services does not write them; the blanks are read by name.
SPARSE = {"programmes", "public_services"}

_SITE_COLUMNS = (
    "id, name, kinds, programmes, public_services, legal_form, address, postcode, commune, "
    "insee_code, departement, region, latitude, longitude, location_precision, website, email, "
    "phone, description, source, created_at, updated_at"
)


@dataclass(frozen=True)
class CatalogRow:
    """One line of the catalog table: codes, which the GUI shows as translated labels."""

    id: str
    name: str
    kinds: tuple[str, ...]
    commune: str
    departement: str            # code; its name is geo.departement_names()[code]
    programmes: tuple[str, ...]
    public_services: tuple[PublicService, ...]


class PlaceRow(NamedTuple):
    """What duplicate detection reads of a live site (``tl_desktop.io.duplicates.Place``)."""

    id: str
    name: str
    address: str
    postcode: str
    commune: str
    insee_code: str
    latitude: float | None
    longitude: float | None
    location_precision: str | None


_PLACE_COLUMNS = "id, name, address, postcode, commune, insee_code, latitude, longitude, location_precision"


def fts_query(text: str) -> str | None:
    """Return a safe FTS5 query for what the user typed, or None if there is no word in it.

    As in any search-as-you-type box, the words already typed must match whole and only the
    last one, still being typed, matches as a prefix: « belle de mai » does not find
    « Belleuse … mairies ». A trailing space means the last word is finished too.
    User text never reaches FTS syntax: only word characters are kept, each in quotes.
    """
    words = re.findall(r"\w+", fold(text))
    if not words:
        return None
    still_typing = not text[-1:].isspace()
    terms = [f'"{w}"' for w in words]
    if still_typing:
        terms[-1] += "*"
    return " ".join(terms)


def decode_list(raw: str | None) -> list:
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return []
    return value if isinstance(value, list) else []


class _Prefetch:
    """Ids of query_ids read on a thread with a connection of its own (see Sites.prefetch_ids)."""

    def __init__(self, path: Path, statements: list[tuple[str, list]], key: tuple, version: object):
        self.key, self.version = key, version
        self._ids: list[str] | None = None
        self._thread = threading.Thread(target=self._read, args=(path, statements), name="tl-catalog-prefetch",
                                        daemon=True)
        self._thread.start()

    def _read(self, path: Path, statements: list[tuple[str, list]]) -> None:
        try:
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
            try:
                conn.execute("BEGIN")    # one snapshot for both scans of a blank-last order
                ids: list[str] = []
                for sql, params in statements:
                    ids += json.loads(conn.execute(sql, params).fetchone()[0])
                self._ids = ids
            finally:
                conn.close()
        except (sqlite3.Error, OSError, ValueError):
            pass   # query_ids reads them itself, and reports what is wrong

    def result(self) -> list[str] | None:
        """The ids (waiting for the thread if need be); None if they could not be read."""
        self._thread.join()
        return self._ids


class Sites:
    """Reads and writes of sites; deletion moves a site to a bin it can be restored from."""

    def __init__(self, conn: Connection):
        self._conn = conn
        self._db = conn.db
        self._count_cache: tuple[object, int] = (None, 0)
        self._ordered_cache: tuple[object, tuple[tuple[int, ...], tuple[str, ...]]] = (None, ((), ()))
        self._prefetch: _Prefetch | None = None

    # ---------------------------------------------------------------- sites: writes

    def save(self, site: Site) -> tuple[Site, Changes]:
        """Insert or update ``site``; return the stored site and what changed; raise ValidationError."""
        site = normalised(site)
        validate_site(site)
        now = utc_now()
        existing = self._db.execute("SELECT created_at FROM sites WHERE id = ?", [site.id]).fetchone()
        stored = site.replace(created_at=existing[0] if existing else (site.created_at or now), updated_at=now)
        with self._conn.atomic():
            if existing:
                row = row_of_site(stored)
                assignments = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                self._db.execute(f"UPDATE sites SET {assignments}, deleted_at = NULL WHERE id = :id", row)
            else:
                self._db["sites"].insert(row_of_site(stored))
                if stored.source:
                    self._db.execute("INSERT OR IGNORE INTO site_sources (site_id, source, source_id, added_at) "
                                     "VALUES (?, ?, '', ?)", [stored.id, stored.source, now])
        return stored, Changes.of(sites=site.id)

    def add_many(self, sites: Iterable[Site], *, progress: Progress = no_progress,
                  cancel: CancelFlag | None = None, total: int = 0) -> Changes:
        """Insert many new sites in one transaction; raise Cancelled (nothing written) if cancelled."""
        ids: list[str] = []
        now = utc_now()
        batch: list[dict] = []
        with self._conn.atomic():
            for site in sites:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                site = normalised(site)
                validate_site(site)
                site = site.replace(created_at=site.created_at or now, updated_at=now)
                batch.append(row_of_site(site))
                ids.append(site.id)
                if len(batch) >= 1000:
                    self._insert_with_sources(batch, now)
                    batch.clear()
                    progress(len(ids), total, "")
            if batch:
                self._insert_with_sources(batch, now)
            progress(len(ids), total or len(ids), "")
        return Changes.of(sites=ids)

    def _insert_with_sources(self, rows: list[dict], now: str) -> None:
        self._db["sites"].insert_all(rows)
        self._db["site_sources"].insert_all(
            ({"site_id": r["id"], "source": r["source"], "source_id": "", "added_at": now} for r in rows if r["source"]),
            ignore=True)

    def sources(self, site_id: str) -> list[tuple[str, str]]:
        """The lists a site comes from: (label, the record's identifier in that list or "")."""
        return [tuple(r) for r in self._db.execute(
            "SELECT source, source_id FROM site_sources WHERE site_id = ? ORDER BY added_at, source", [site_id])]

    def refs(self, site_ids: Iterable[str] | None = None) -> dict[str, list[tuple[str, str]]]:
        """Return the identifiers of sites in their source lists, (source, identifier), by site id.

        Only lists that gave an identifier are there; ``site_ids`` None means every live site.
        """
        found: dict[str, list[tuple[str, str]]] = {}
        if site_ids is None:
            rows = self._db.execute(
                "SELECT r.site_id, r.source, r.source_id FROM site_sources r JOIN sites s ON s.id = r.site_id "
                "WHERE r.source_id != '' AND s.deleted_at IS NULL")
        else:
            ids = list(site_ids)
            rows = []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                rows += self._db.execute(
                    f"SELECT site_id, source, source_id FROM site_sources WHERE source_id != '' "
                    f"AND site_id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        for site_id, source, source_id in rows:
            found.setdefault(site_id, []).append((source, source_id))
        return found

    def places(self) -> list[PlaceRow]:
        """Return every live site as what duplicate detection reads, in catalog order (by name)."""
        return [PlaceRow(*r) for r in self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM sites WHERE deleted_at IS NULL ORDER BY sort_name, seq")]

    def places_around(self, *, insee_codes: Sequence[str] = (), communes: Sequence[str] = (),
                      postcodes: Sequence[str] = (), box: tuple[float, float, float, float] | None = None,
                      refs: Sequence[tuple[str, str]] = ()) -> list[PlaceRow]:
        """Return the live sites that may be duplicates of one record, for a quick check before saving.

        Sites of these INSEE codes, postcodes or communes (names, found word for word in the
        commune and address), inside ``box`` (south, west, north, east) or with one of ``refs``.
        Codes and names go through the search index: a few ms in a catalog of 50,000.
        """
        phrases = [" ".join(re.findall(r"\w+", fold(text))) for text in [*insee_codes, *postcodes, *communes]]
        phrases = [p for p in dict.fromkeys(phrases) if p]
        seqs: list[int] = []
        if phrases:
            query = " OR ".join(f'place : "{p}"' for p in phrases)
            seqs = [r[0] for r in self._db.execute("SELECT rowid FROM sites_fts WHERE sites_fts MATCH ?", [query])]
        clauses, params = [], []
        for start in range(0, len(seqs), 500):
            chunk = seqs[start:start + 500]
            clauses.append(f"seq IN ({','.join('?' * len(chunk))})")
            params += chunk
        if box is not None:
            clauses.append("(latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?)")
            params += [box[0], box[2], box[1], box[3]]
        for source, source_id in refs:
            if source and source_id:
                clauses.append("id IN (SELECT site_id FROM site_sources WHERE source = ? AND source_id = ?)")
                params += [source, source_id]
        if not clauses:
            return []
        return [PlaceRow(*r) for r in self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM sites WHERE deleted_at IS NULL AND ({' OR '.join(clauses)})", params)]

    def set_position(self, site_id: str, latitude: float | None, longitude: float | None,
                     precision: str | None) -> Changes:
        """Move a site (placed on the map; or back, on undo); raise ValidationError, NotFoundError.

        Only the position and its precision change: what the site's form holds otherwise is
        left as it is.
        """
        site = self.get(site_id)
        validate_site(site.replace(latitude=latitude, longitude=longitude, location_precision=precision))
        with self._conn.atomic():
            cur = self._db.execute(
                "UPDATE sites SET latitude = ?, longitude = ?, location_precision = ?, updated_at = ? "
                "WHERE id = ? AND deleted_at IS NULL",
                [latitude, longitude, precision if latitude is not None else None, utc_now(), site_id])
            if cur.rowcount == 0:
                raise _not_found(site_id)
        return Changes.of(sites=site_id)

    def delete(self, site_id: str) -> Changes:
        """Move a site to the bin (it can be restored); raise NotFoundError."""
        with self._conn.atomic():
            cur = self._db.execute("UPDATE sites SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                                  [utc_now(), site_id])
            if cur.rowcount == 0:
                raise _not_found(site_id)
        return Changes.of(sites=site_id)

    def restore(self, site_id: str) -> Changes:
        """Bring a deleted site back; raise NotFoundError."""
        with self._conn.atomic():
            cur = self._db.execute("UPDATE sites SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL "
                                   "AND import_batch IS NULL",
                                  [site_id])
            if cur.rowcount == 0:
                raise _not_found(site_id)
        return Changes.of(sites=site_id)

    # ---------------------------------------------------------------- sites: reads

    def get(self, site_id: str) -> Site:
        """Return the site with this id; raise NotFoundError if absent or deleted."""
        row = self._db.execute(f"SELECT {_SITE_COLUMNS} FROM sites WHERE id = ? AND deleted_at IS NULL",
                              [site_id]).fetchone()
        if row is None:
            raise _not_found(site_id)
        return _row_to_site(row)

    def count(self) -> int:
        """Return the number of live sites (cached until the data changes)."""
        key = self._conn.data_version()
        if self._count_cache[0] != key:
            self._count_cache = (key, self._db.execute(
                "SELECT count(*) FROM sites WHERE deleted_at IS NULL").fetchone()[0])
        return self._count_cache[1]

    def query_ids(self, flt: SiteFilter = SiteFilter(), order_by: str = "name",
                       descending: bool = False) -> list[str]:
        """Return the ids of the sites matching ``flt``, sorted by a column of SORT_COLUMNS."""
        query = fts_query(flt.text)
        if query is not None and flt == SiteFilter(text=flt.text):
            # Search as you type: a short prefix matches most of the catalog, and joining then
            # sorting 40,000 rows costs 3x the FTS query itself. Filter the live sites, kept in
            # display order in memory, by the matching rowids instead.
            matched = set(chain.from_iterable(
                self._db.execute("SELECT rowid FROM sites_fts WHERE sites_fts MATCH ?", [query])))
            if len(matched) > SMALL_MATCH:
                seqs, ids = self._ordered_live(order_by, descending)
                # C loops (compress, map), not a comprehension: 50,000 sites in ~2 ms, and the
                # GIL is not held from Python bytecode while the map's worker reads.
                return list(compress(ids, map(matched.__contains__, seqs)))
        prefetched, self._prefetch = self._prefetch, None
        if prefetched is not None and prefetched.key == (flt, order_by, descending) \
                and prefetched.version == self._conn.data_version():
            ids = prefetched.result()
            if ids is not None:
                return ids
        ids: list[str] = []
        for sql, params in self._ids_sql(flt, order_by, descending):
            ids += json.loads(self._db.execute(sql, params).fetchone()[0])
        return ids

    def _ids_sql(self, flt: SiteFilter, order_by: str, descending: bool) -> list[tuple[str, list]]:
        """The statements (with their parameters) giving query_ids' list, each as one JSON array.

        The aggregate reads the ordered subquery in its order (SQLite never flattens an ORDER BY
        subquery into an aggregate). One step of SQLite, the GIL released throughout, rather
        than a Python object per row: 50,000 ids in 8 ms against 13 ms.
        """
        where, params = _filter_sql(flt)
        return [(f"SELECT json_group_array(id) FROM (SELECT s.id AS id FROM sites s WHERE {part_where} "
                 f"ORDER BY {order})", params)
                for part_where, order in self._sorted_parts(where, order_by, descending)]

    def prefetch_ids(self, flt: SiteFilter = SiteFilter(), order_by: str = "name", descending: bool = False) -> None:
        """Start reading ``query_ids(flt, order_by, descending)`` on a thread, with a connection of its own.

        The window's start-up asks for its first catalog here, as soon as the store is open:
        the 50,000 ids are read while the window is built. The next query_ids with the same
        arguments takes them if nothing was written in between; otherwise it reads anew.
        """
        if self._conn.read_only:
            return    # a snapshot or an immutable file: read through the store's own connection
        self._prefetch = _Prefetch(self._conn.path, self._ids_sql(flt, order_by, descending),
                                   (flt, order_by, descending), self._conn.data_version())

    def _sorted_parts(self, where: str, order_by: str, descending: bool) -> tuple[tuple[str, str], ...]:
        """The (WHERE, ORDER BY) of the scans giving the sites in display order, one after the other.

        A sort key left blank sorts last: two scans of the key's index rather than
        "ORDER BY key IS NULL, ...", which SQLite can only answer with a sort of every row
        (50,000 sites: 3 ms against 40 ms). A sparse key's index holds no blanks: those are
        every site by name but the few thousand in that index (50,000 sites: 15 ms).
        """
        order = _order_sql(order_by, descending)
        if order_by not in BLANKS_LAST:
            return ((where, order),)
        key = SORT_COLUMNS[order_by]
        present = (f"{where} AND {key} IS NOT NULL", order)
        if order_by not in SPARSE:
            return present, (f"{where} AND {key} IS NULL", order)
        having = f"SELECT t.seq FROM sites t WHERE t.deleted_at IS NULL AND {key.replace('s.', 't.', 1)} IS NOT NULL"
        return present, (f"{where} AND s.seq NOT IN ({having})", _order_sql("name", descending))

    def _sorted(self, where: str, params: list, order_by: str, descending: bool,
                columns: str = "s.seq, s.id") -> Iterable[tuple]:
        """Return the rows (``columns``) of the matching sites in display order, to iterate once."""
        return chain.from_iterable(
            self._db.execute(f"SELECT {columns} FROM sites s WHERE {part} ORDER BY {order}", params).fetchall()
            for part, order in self._sorted_parts(where, order_by, descending))

    def position(self, site_id: str, flt: SiteFilter = SiteFilter(), order_by: str = "name",
                 descending: bool = False) -> int | None:
        """Return the row of ``site_id`` in ``query_ids(flt, order_by, descending)``; None if not in it.

        One count over the sort key's index: a changed site finds its place in a list of
        50,000 without the list being read again.
        """
        where, params = _filter_sql(flt)
        key = SORT_COLUMNS.get(order_by, "s.sort_name")
        row = self._db.execute(f"SELECT {key}, s.sort_name, s.id FROM sites s WHERE {where} AND s.id = ?",
                               params + [site_id]).fetchone()
        if row is None:
            return None
        value, name, sid = row
        before = ">" if descending else "<"    # "sorts before", in the display's direction
        if key == "s.sort_name":
            tests = [(f"(s.sort_name, s.id) {before} (?, ?)", [name, sid])]
        elif order_by not in BLANKS_LAST or value is not None:
            nulls = f" AND {key} IS NOT NULL" if order_by in BLANKS_LAST else ""
            tests = [(f"({key}, s.sort_name, s.id) {before} (?, ?, ?){nulls}", [value, name, sid])]
        elif order_by not in SPARSE:
            # A blank key: after every site with one, then among the blanks by name.
            tests = [(f"{key} IS NOT NULL", []),
                     (f"{key} IS NULL AND (s.sort_name, s.id) {before} (?, ?)", [name, sid])]
        else:
            # The same, counted over indexes that hold no blanks: the sites before it by name,
            # less those among them with a key, plus every site with a key. The unary + keeps
            # SQLite on the key's index (a few thousand entries), not the name's with a lookup
            # of each row (50,000 sites: 0.5 ms against 27 ms).
            tests = [(f"{key} IS NOT NULL", []),
                     (f"(s.sort_name, s.id) {before} (?, ?)", [name, sid]),
                     (f"{key} IS NOT NULL AND (+s.sort_name, +s.id) {before} (?, ?)", [name, sid], -1)]
        return sum(self._db.execute(f"SELECT count(*) FROM sites s WHERE {where} AND {test[0]}",
                                    params + test[1]).fetchone()[0] * (test[2] if len(test) > 2 else 1)
                   for test in tests)

    def _ordered_live(self, order_by: str, descending: bool) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """Return (seqs, ids) of the live sites in display order (kept until the data changes)."""
        key = (order_by, descending, self._conn.data_version())
        if self._ordered_cache[0] != key:
            rows = self._sorted("s.deleted_at IS NULL", [], order_by, descending)
            self._ordered_cache = (key, tuple(zip(*rows)) or ((), ()))
        return self._ordered_cache[1]

    def catalog_rows(self, ids: Sequence[str]) -> dict[str, CatalogRow]:
        """Return the table lines of these sites, by id (deleted or unknown ids are absent)."""
        result: dict[str, CatalogRow] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                    "SELECT id, name, kinds, commune, departement, programmes, public_services "
                    f"FROM sites WHERE id IN ({marks}) AND deleted_at IS NULL", chunk):
                services = tuple(PublicService(**sv) if isinstance(sv, dict) else PublicService(str(sv))
                                 for sv in decode_list(row[6]))
                result[row[0]] = CatalogRow(
                    id=row[0], name=row[1], kinds=tuple(decode_list(row[2])), commune=row[3],
                    departement=row[4], programmes=tuple(decode_list(row[5])), public_services=services)
        return result

    def map_points(self, ids: Iterable[str] | None = None) -> list[MapPoint]:
        """Return the located live sites (of ``ids``, or all), as small MapPoints, in storage order."""
        sql = ("SELECT id, name, commune, latitude, longitude, kinds, location_precision, seq FROM sites "
               "WHERE deleted_at IS NULL AND latitude IS NOT NULL AND longitude IS NOT NULL")
        if ids is None:
            rows = self._db.execute(sql + " ORDER BY seq")
        else:
            rows = []
            for chunk in _chunks(list(dict.fromkeys(ids))):
                rows += self._db.execute(f"{sql} AND id IN ({','.join('?' * len(chunk))}) ORDER BY seq",
                                         chunk).fetchall()
        kinds_of: dict[str, tuple[str, ...]] = {}   # a few dozen distinct lists: decode each once
        points = []
        for site_id, name, commune, lat, lon, kinds, precision, seq in rows:
            decoded = kinds_of.get(kinds)
            if decoded is None:
                decoded = kinds_of[kinds] = tuple(decode_list(kinds))
            points.append(MapPoint(site_id, name, commune, lat, lon, decoded, precision == "commune", seq))
        return points

    def map_columns(self) -> tuple[str, dict[str, int]]:
        """Return the located live sites as columnar JSON, and each site's key (row number) by id.

        The JSON object has one array per field, aligned: ``index`` (the key), ``lat``,
        ``lon`` (5 decimals), ``name``, ``commune``, ``kinds`` (lists of codes) and ``approx``
        (1 for a commune's centre). SQLite builds it in one statement, without the GIL: the
        map reads 50,000 sites in a worker while the GUI thread stays free (the same in
        Python objects held the GIL for 0.3 s).
        """
        # The aggregates of one statement see the rows in the same order: the arrays align.
        payload, ids, keys = self._db.execute(
            "SELECT '{\"index\":[' || ifnull(group_concat(seq), '') "
            "|| '],\"lat\":[' || ifnull(group_concat(round(latitude, 5)), '') "
            "|| '],\"lon\":[' || ifnull(group_concat(round(longitude, 5)), '') "
            "|| '],\"name\":[' || ifnull(group_concat(json_quote(name)), '') "
            "|| '],\"commune\":[' || ifnull(group_concat(json_quote(commune)), '') "
            "|| '],\"kinds\":[' || ifnull(group_concat(CASE WHEN json_valid(kinds) THEN kinds ELSE '[]' END), '') "
            "|| '],\"approx\":[' || ifnull(group_concat(location_precision IS 'commune'), '') || ']}', "
            "group_concat(id, char(31)), group_concat(seq, char(31)) "
            "FROM sites WHERE deleted_at IS NULL AND latitude IS NOT NULL AND longitude IS NOT NULL").fetchone()
        if not ids:
            return payload, {}
        return payload, dict(zip(ids.split("\x1f"), map(int, keys.split("\x1f"))))

    def matching_keys(self, flt: SiteFilter, among: Iterable[str] | None = None) -> list[int]:
        """Return the row numbers (MapPoint.key) of the live sites matching ``flt`` (of ``among``, or all)."""
        where, params = _filter_sql(flt)
        sql = f"SELECT s.seq FROM sites s WHERE {where}"
        if among is None:
            return list(chain.from_iterable(self._db.execute(sql, params)))
        keys: list[int] = []
        for chunk in _chunks(list(dict.fromkeys(among))):
            keys += [r[0] for r in self._db.execute(f"{sql} AND s.id IN ({','.join('?' * len(chunk))})",
                                                    params + chunk)]
        return keys

    def study_rows(self) -> list[tuple]:
        """Return every live site as a tuple for the study (one query, no object per site).

        (id, name, commune, insee_code, departement, region, latitude, longitude, kinds JSON,
        programmes JSON, public_services JSON, legal_form, location_precision, address, postcode,
        website, email, phone, description, source, updated_at), by name.
        """
        return self._db.execute(
            "SELECT id, name, commune, insee_code, departement, region, latitude, longitude, kinds, programmes, "
            "public_services, legal_form, location_precision, address, postcode, website, email, phone, "
            "description, source, updated_at FROM sites WHERE deleted_at IS NULL ORDER BY sort_name, seq").fetchall()

    def keys(self) -> set[tuple[str, str, str]]:
        """Return the site_key() of every live site, to spot duplicates on import."""
        return {site_key(*r) for r in self._db.execute(
            "SELECT name, insee_code, commune, address FROM sites WHERE deleted_at IS NULL")}

    def source_index(self, source: str) -> dict[str, str]:
        """Map each identifier a source list gave to the live site it is recorded for."""
        return {ref: site_id for ref, site_id in self._db.execute(
            "SELECT ss.source_id, ss.site_id FROM site_sources ss JOIN sites s ON s.id = ss.site_id "
            "WHERE ss.source = ? AND ss.source_id != '' AND s.deleted_at IS NULL", [source])}

    def departements_in_use(self) -> list[str]:
        """Return the codes of the départements that have at least one site, in official order."""
        # A skip scan of the live sites' département index: one seek per département (0.1 ms)
        # where DISTINCT reads all 50,000 entries (2-3 ms at every start and every change).
        codes = {r[0] for r in self._db.execute(
            "WITH RECURSIVE d(code) AS ("
            " SELECT min(departement) FROM sites WHERE deleted_at IS NULL AND departement > ''"
            " UNION ALL SELECT (SELECT min(departement) FROM sites WHERE deleted_at IS NULL AND departement > d.code)"
            " FROM d WHERE d.code IS NOT NULL) "
            "SELECT code FROM d WHERE code IS NOT NULL")}
        return [c for c in geo.departement_names() if c in codes] + sorted(codes - set(geo.departement_names()))


# -------------------------------------------------------------------- helpers


def site_key(name: str, insee_code: str, commune: str, address: str) -> tuple[str, str, str]:
    """Return what makes two records the same place: folded name, commune, street line.

    The street line is the address before its first comma: a complement (« Bourg »,
    « bâtiment B ») does not make another place.
    """
    street = address.split(",", 1)[0]
    return fold(name).strip(), insee_code or fold(commune), " ".join(fold(street).split())


def _chunks(values: list, size: int = 500):
    """Yield ``values`` by slices short enough for one ``IN (...)`` (SQLite caps parameters)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _not_found(site_id: str) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("tl_desktop", "Ce lieu n'existe pas ou a été supprimé ({id})."),
                         id=site_id)


_TEXT_FIELDS = ("name", "address", "postcode", "commune", "region", "website", "email", "phone", "description")


def normalised(site: Site) -> Site:
    """Return ``site`` with its text as stored (NFC, no control characters: base.text.normalise)."""
    return site.replace(**{f: normalise(getattr(site, f)) for f in _TEXT_FIELDS},
                        public_services=[PublicService(s.code, normalise(s.detail)) for s in site.public_services])


def validate_site(site: Site) -> None:
    """Raise ValidationError, in French, if ``site`` cannot be stored as it is."""
    def fail(template: str, **args) -> None:
        raise ValidationError(template, **args)

    if not site.name or not site.name.strip():
        fail(QT_TRANSLATE_NOOP("tl_desktop", "Le nom du lieu est obligatoire."))
    if (site.latitude is None) != (site.longitude is None):
        fail(QT_TRANSLATE_NOOP("tl_desktop", "« {name} » : indiquez la latitude et la longitude, ou aucune des deux."),
             name=site.name)
    if site.latitude is not None:
        if not -90 <= site.latitude <= 90:
            fail(QT_TRANSLATE_NOOP("tl_desktop", "« {name} » : la latitude {value} n'est pas entre -90 et 90."),
                 name=site.name, value=site.latitude)
        if not -180 <= site.longitude <= 180:
            fail(QT_TRANSLATE_NOOP("tl_desktop", "« {name} » : la longitude {value} n'est pas entre -180 et 180."),
                 name=site.name, value=site.longitude)
    for codes, choices in ((site.kinds, KINDS), (site.programmes, PROGRAMMES),
                           ([s.code for s in site.public_services], PUBLIC_SERVICES)):
        for code in codes:
            if code not in choices:
                fail(QT_TRANSLATE_NOOP("tl_desktop", "« {name} » : valeur inconnue « {code} »."),
                     name=site.name, code=code)
    if site.legal_form and site.legal_form not in LEGAL_FORMS:
        fail(QT_TRANSLATE_NOOP("tl_desktop", "« {name} » : forme juridique inconnue « {code} »."),
             name=site.name, code=site.legal_form)
    if site.location_precision and site.location_precision not in LOCATION_PRECISIONS:
        fail(QT_TRANSLATE_NOOP("tl_desktop", "« {name} » : précision de position inconnue « {code} »."),
             name=site.name, code=site.location_precision)


def row_of_site(site: Site, *, created_at: str | None = None, updated_at: str | None = None) -> dict:
    """Return the ``sites`` table row of a site (labels, folded names and sort keys, see sort_keys.py).

    Every way a site is written passes here (forms, imports, merges): its text is stored
    normalised (``normalised``). ``created_at`` / ``updated_at`` replace the site's own.
    """
    name = normalise(site.name).strip()
    commune = normalise(site.commune)
    region = normalise(site.region)
    services = tuple((s.code, normalise(s.detail)) for s in site.public_services)
    lists = _list_columns(tuple(site.kinds), tuple(site.programmes), services, site.departement, region)
    return {
        "id": site.id,
        "name": name,
        "sort_name": fold(name),
        "kinds": lists.kinds,
        "programmes": lists.programmes,
        "public_services": lists.public_services,
        "legal_form": site.legal_form or None,
        "address": normalise(site.address), "postcode": normalise(site.postcode), "commune": commune,
        "sort_commune": fold(commune), "insee_code": site.insee_code,
        "departement": site.departement, "region": region,
        "latitude": site.latitude, "longitude": site.longitude,
        "location_precision": site.location_precision if site.latitude is not None else None,
        "website": normalise(site.website), "email": normalise(site.email), "phone": normalise(site.phone),
        "description": normalise(site.description), "search_extra": lists.search_extra, "source": site.source,
        "created_at": site.created_at if created_at is None else created_at,
        "updated_at": site.updated_at if updated_at is None else updated_at,
        **lists.sort_keys,
    }


class _ListColumns(NamedTuple):
    kinds: str
    programmes: str
    public_services: str
    search_extra: str
    sort_keys: dict


@lru_cache(maxsize=512)
def _list_columns(kinds: tuple, programmes: tuple, services: tuple, departement: str, region: str) -> _ListColumns:
    """The columns a site's lists decide (a list holds few combinations: computed once each)."""
    kinds, programmes = tuple(dict.fromkeys(kinds)), tuple(dict.fromkeys(programmes))
    labels = [PublicService(code, detail).label() for code, detail in services]
    extra = " ".join(KINDS.labels(list(kinds)) + PROGRAMMES.labels(list(programmes)) + labels
                     + [geo.departement_names().get(departement, ""), region])
    return _ListColumns(
        json.dumps(list(kinds)), json.dumps(list(programmes)),
        json.dumps([{"code": code, "detail": detail} for code, detail in services], ensure_ascii=False),
        extra, sort_keys(list(kinds), list(programmes), [code for code, _ in services], departement))


def _row_to_site(row: Sequence) -> Site:
    (id_, name, kinds, programmes, services, legal_form, address, postcode, commune, insee, dep,
     region, lat, lon, precision, website, email, phone, description, source, created, updated) = row
    return Site(
        id=id_, name=name, kinds=decode_list(kinds), programmes=decode_list(programmes),
        public_services=[PublicService(code=s.get("code", "autre"), detail=s.get("detail", ""))
                         for s in decode_list(services) if isinstance(s, dict)],
        legal_form=legal_form, address=address, postcode=postcode, commune=commune,
        insee_code=insee, departement=dep, region=region, latitude=lat, longitude=lon,
        location_precision=precision, website=website, email=email, phone=phone,
        description=description, source=source, created_at=created, updated_at=updated)


def _order_sql(order_by: str, descending: bool) -> str:
    order = SORT_COLUMNS.get(order_by, "s.sort_name")
    direction = "DESC" if descending else "ASC"
    # Ties are broken by name then id: with the default order this is exactly the
    # sites_live_by_name index, read without touching the table.
    tie = f"s.id {direction}" if order == "s.sort_name" else f"s.sort_name {direction}, s.id {direction}"
    return f"{order} {direction}, {tie}"


def _filter_sql(flt: SiteFilter) -> tuple[str, list]:
    clauses = ["s.deleted_at IS NULL"]
    params: list = []
    query = fts_query(flt.text)
    if query:
        clauses.append("s.seq IN (SELECT rowid FROM sites_fts WHERE sites_fts MATCH ?)")
        params.append(query)
    if flt.kind:
        clauses.append("instr(s.kinds, ?) > 0")
        params.append(json.dumps(flt.kind))
    if flt.programme:
        clauses.append("instr(s.programmes, ?) > 0")
        params.append(json.dumps(flt.programme))
    if flt.departement:
        clauses.append("s.departement = ?")
        params.append(flt.departement)
    if flt.hosts_public_service:
        clauses.append("s.public_services != '[]'")
    return " AND ".join(clauses), params
