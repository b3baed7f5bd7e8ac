"""Two records of one place merged into one, and the merge undone: ``store.merges``.

The merged place keeps its id, takes the values the agent chose field by field, and gains
everything that pointed at the other record: visits (and through them photos and files),
tour stops, source lists, cover photo, and the rows of any later table that refers to a
site. The other record goes to the bin. ``site_merges`` records which id went into which,
with what is needed to undo: the two rows as they were and the keys of every row moved.

The opposite word is kept too: two records the agent said are different places
(``set_distinct``, table ``distinct_sites``) are no longer offered as duplicates.
"""

from __future__ import annotations

import json

from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.domain import Changes, Site, utc_now
from tl_desktop.store.connection import Connection
from tl_desktop.store.sites import Sites, row_of_site, validate_site

# Tables referring to sites that a merge handles itself (the others are moved row by row).
_OWN_TABLES = {"sites", "site_sources", "site_covers", "site_merges", "staged_updates", "distinct_sites"}
# Changes kinds of the tables whose moved rows the views must hear about.
_CHANGE_KINDS = {"visits": "visits", "stops": "stops"}


class Merges:
    """Merging two sites of one place, and undoing it."""

    def __init__(self, conn: Connection, sites: Sites):
        self._conn = conn
        self._db = conn.db
        self._sites = sites
        self._links: list[tuple[str, str, list[str]]] | None = None

    # ---------------------------------------------------------------- merging

    def merge(self, keep_id: str, other_id: str, chosen: Site, *, cover_from: str | None = None) -> Changes:
        """Merge ``other_id`` into ``keep_id``, which takes the values of ``chosen``; return what changed.

        The cover photo is ``cover_from``'s (a site id) if it has one, else the kept site's,
        else the other's. Raise NotFoundError (a site is gone) or ValidationError.
        """
        if keep_id == other_id:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Un lieu ne peut pas être fusionné avec lui-même."))
        chosen = chosen.replace(id=keep_id)
        validate_site(chosen)
        now = utc_now()
        with self._conn.atomic():
            keep_row, other_row = self._live_row(keep_id), self._live_row(other_id)
            moved = self._move_links(other_id, keep_id)
            added_sources = self._copy_sources(other_id, keep_id)
            covers = self._merge_covers(keep_id, other_id, cover_from)
            row = row_of_site(chosen.replace(created_at=keep_row["created_at"], updated_at=now))
            assignments = ", ".join(f"{k} = :{k}" for k in row if k != "id")
            self._db.execute(f"UPDATE sites SET {assignments} WHERE id = :id", row)
            self._db.execute("UPDATE sites SET deleted_at = ? WHERE id = ?", [now, other_id])
            record = {"keep": keep_row, "other": other_row, "moved": moved, "sources": added_sources,
                      "covers": covers}
            self._db.execute("INSERT OR REPLACE INTO site_merges (merged_id, into_id, merged_at, record) "
                             "VALUES (?, ?, ?, ?)", [other_id, keep_id, now, json.dumps(record, ensure_ascii=False)])
        return self._changes(keep_id, other_id, moved, covers)

    def unmerge(self, other_id: str) -> Changes:
        """Undo the merge of ``other_id``: both sites as they were, every moved row back; return what changed.

        Raise NotFoundError if there is no such merge, ValidationError if the kept site was
        deleted or merged again since (undo that first).
        """
        with self._conn.atomic():
            found = self._db.execute("SELECT into_id, record FROM site_merges WHERE merged_id = ?",
                                     [other_id]).fetchone()
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "tl_desktop", "Aucune fusion à annuler pour ce lieu ({id})."), id=other_id)
            keep_id, record = found[0], json.loads(found[1])
            state = self._db.execute("SELECT deleted_at FROM sites WHERE id = ?", [keep_id]).fetchone()
            if state is None or state[0] is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "tl_desktop", "« {name} » a été supprimé ou fusionné depuis : annulez d'abord cette opération."),
                    name=record["keep"]["name"])
            for site_id, row in ((keep_id, record["keep"]), (other_id, record["other"])):
                assignments = ", ".join(f"{k} = :{k}" for k in row if k not in ("seq", "id"))
                self._db.execute(f"UPDATE sites SET {assignments} WHERE id = :id", {**row, "id": site_id})
            for table, column, pk, keys in record["moved"]:
                condition = " AND ".join(f"{c} = ?" for c in pk)
                for key in keys:
                    self._db.execute(f"UPDATE {table} SET {column} = ? WHERE {condition} AND {column} = ?",
                                     [other_id, *key, keep_id])
            for source, source_id in record["sources"]:
                self._db.execute("DELETE FROM site_sources WHERE site_id = ? AND source = ? AND source_id = ?",
                                 [keep_id, source, source_id])
            for site_id, cover in ((keep_id, record["covers"]["keep"]), (other_id, record["covers"]["other"])):
                self._db.execute("DELETE FROM site_covers WHERE site_id = ?", [site_id])
                if cover:
                    self._db.execute("INSERT INTO site_covers (site_id, attachment_id) VALUES (?, ?)",
                                     [site_id, cover])
            self._db.execute("DELETE FROM site_merges WHERE merged_id = ?", [other_id])
        return self._changes(keep_id, other_id, record["moved"], record["covers"])

    # ---------------------------------------------------------------- not the same place

    def set_distinct(self, first_id: str, second_id: str, distinct: bool = True) -> Changes:
        """Record (``distinct``) or forget the agent's word that two sites are different places.

        The catalog's duplicate search no longer offers a pair so recorded. Return what changed;
        raise NotFoundError if recording about a site that is gone, ValidationError for one site.
        """
        if first_id == second_id:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Un lieu ne peut pas être différent de lui-même."))
        first_id, second_id = sorted((first_id, second_id))
        with self._conn.atomic():
            if distinct:
                self._live_row(first_id)
                self._live_row(second_id)
                self._db.execute("INSERT OR IGNORE INTO distinct_sites (first_id, second_id, decided_at) "
                                 "VALUES (?, ?, ?)", [first_id, second_id, utc_now()])
            else:
                self._db.execute("DELETE FROM distinct_sites WHERE first_id = ? AND second_id = ?",
                                 [first_id, second_id])
        return Changes.of(sites=[first_id, second_id])

    def distinct_pairs(self) -> set[tuple[str, str]]:
        """The pairs said to be different places, as (smaller id, larger id).

        Each pair is given as recorded and, when a site of it was merged since, as the sites it
        now is: a place said to differ from a record differs from what that record became.
        """
        pairs = set()
        for first, second in self._db.execute("SELECT first_id, second_id FROM distinct_sites").fetchall():
            pairs.add((first, second))
            now = tuple(sorted((self.resolve(first), self.resolve(second))))
            if now[0] != now[1]:
                pairs.add(now)
        return pairs

    def distinct_count(self) -> int:
        """How many pairs of live sites the agent said are different places (not those of the bin)."""
        return self._db.execute(
            "SELECT count(*) FROM distinct_sites d JOIN sites a ON a.id = d.first_id AND a.deleted_at IS NULL "
            "JOIN sites b ON b.id = d.second_id AND b.deleted_at IS NULL").fetchone()[0]

    # ---------------------------------------------------------------- reads

    def merged_into(self, site_id: str) -> list[tuple[str, str]]:
        """The sites merged into ``site_id``: (their id, when), oldest first."""
        return [tuple(r) for r in self._db.execute(
            "SELECT merged_id, merged_at FROM site_merges WHERE into_id = ? ORDER BY merged_at", [site_id])]

    def merge_of(self, site_id: str) -> str | None:
        """The id of the site ``site_id`` was merged into, or None."""
        row = self._db.execute("SELECT into_id FROM site_merges WHERE merged_id = ?", [site_id]).fetchone()
        return row[0] if row else None

    def resolve(self, site_id: str) -> str:
        """The id of the site that ``site_id`` now is: itself, or the site it was merged into (transitively).

        For references kept outside foreign keys (a saved study's list of site ids, a setting).
        """
        seen = {site_id}
        while (into := self.merge_of(site_id)) is not None and into not in seen:
            seen.add(into)
            site_id = into
        return site_id

    def summary(self, site_id: str) -> dict[str, int]:
        """What a merge carries over from a site: counts of visits, photos and files, stops, source lists."""
        one = lambda sql: self._db.execute(sql, [site_id]).fetchone()[0]  # noqa: E731
        return {
            "visits": one("SELECT count(*) FROM visits WHERE site_id = ? AND deleted_at IS NULL"),
            "attachments": one("SELECT count(*) FROM attachments a JOIN visits v ON v.id = a.visit_id "
                               "WHERE v.site_id = ? AND v.deleted_at IS NULL"),
            "stops": one("SELECT count(*) FROM stops WHERE site_id = ?"),
            "sources": one("SELECT count(*) FROM site_sources WHERE site_id = ?"),
        }

    # ---------------------------------------------------------------- helpers

    def _live_row(self, site_id: str) -> dict:
        cursor = self._db.execute("SELECT * FROM sites WHERE id = ? AND deleted_at IS NULL", [site_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("tl_desktop", "Ce lieu n'existe pas ou a été supprimé ({id})."),
                                id=site_id)
        return dict(zip([d[0] for d in cursor.description], row))

    def _links_to_sites(self) -> list[tuple[str, str, list[str]]]:
        """(table, column, primary key columns) of every column referring to sites.id."""
        if self._links is None:
            links = []
            tables = [r[0] for r in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                "ORDER BY name")]
            for table in tables:
                if table in _OWN_TABLES:
                    continue
                pk = [r[1] for r in sorted(self._db.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5])
                      if r[5] > 0] or ["rowid"]
                for fk in self._db.execute(f"PRAGMA foreign_key_list({table})"):
                    if fk[2] == "sites" and fk[4] == "id":
                        links.append((table, fk[3], pk))
            self._links = links
        return self._links

    def _move_links(self, from_id: str, to_id: str) -> list[list]:
        """Point every row referring to ``from_id`` at ``to_id``; return [table, column, pk, keys moved]."""
        moved = []
        for table, column, pk in self._links_to_sites():
            keys = [list(r) for r in self._db.execute(
                f"SELECT {', '.join(pk)} FROM {table} WHERE {column} = ?", [from_id])]
            if not keys:
                continue
            # OR IGNORE: a row the kept site already has (a unique pair) stays with the other.
            self._db.execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", [to_id, from_id])
            left = {tuple(r) for r in self._db.execute(
                f"SELECT {', '.join(pk)} FROM {table} WHERE {column} = ?", [from_id])}
            # Recorded as the rows are now: a key holding the site's id holds the kept one.
            keys = [[to_id if c == column else v for c, v in zip(pk, k)] for k in keys if tuple(k) not in left]
            if keys:
                moved.append([table, column, pk, keys])
        return moved

    def _copy_sources(self, from_id: str, to_id: str) -> list[list[str]]:
        """Give ``to_id`` the source lists of ``from_id`` it lacks; return those added."""
        added = []
        for source, source_id, added_at in self._db.execute(
                "SELECT source, source_id, added_at FROM site_sources WHERE site_id = ?", [from_id]).fetchall():
            cursor = self._db.execute("INSERT OR IGNORE INTO site_sources (site_id, source, source_id, added_at) "
                                      "VALUES (?, ?, ?, ?)", [to_id, source, source_id, added_at])
            if cursor.rowcount:
                added.append([source, source_id])
        return added

    def _merge_covers(self, keep_id: str, other_id: str, cover_from: str | None) -> dict:
        """Give the kept site one cover photo; return the covers as they were."""
        def cover(site_id: str) -> str | None:
            row = self._db.execute("SELECT attachment_id FROM site_covers WHERE site_id = ?", [site_id]).fetchone()
            return row[0] if row else None

        before = {"keep": cover(keep_id), "other": cover(other_id)}
        chosen = before["other"] if cover_from == other_id else before["keep"]
        chosen = chosen or before["keep"] or before["other"]
        self._db.execute("DELETE FROM site_covers WHERE site_id IN (?, ?)", [keep_id, other_id])
        if chosen:
            self._db.execute("INSERT INTO site_covers (site_id, attachment_id) VALUES (?, ?)", [keep_id, chosen])
        return before

    @staticmethod
    def _changes(keep_id: str, other_id: str, moved: list, covers: dict) -> Changes:
        ids: dict[str, list[str]] = {"sites": [keep_id, other_id]}
        for table, _column, pk, keys in moved:
            kind = _CHANGE_KINDS.get(table)
            if kind and pk == ["id"]:
                ids.setdefault(kind, []).extend(k[0] for k in keys)
        ids["attachments"] = [a for a in covers.values() if a]
        return Changes.of(**ids)
