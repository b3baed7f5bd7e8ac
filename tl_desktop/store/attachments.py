"""The photos and files of visits, as records: ``store.attachments`` (the bytes: media.py).

A record names its file by SHA-256; the store never holds the bytes. Order is per visit
(``position``); a site may have a cover photo, chosen among the photos of its visits.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Callable, Iterable

from tl_desktop import geo
from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.text import normalise
from tl_desktop.domain import Attachment, Changes, utc_now
from tl_desktop.media import Ingested, MediaError, MediaLibrary
from tl_desktop.store.connection import Connection
from tl_desktop.store.visits import Visits

_COLUMNS = ("id", "visit_id", "sha256", "kind", "filename", "extension", "size", "caption", "position",
            "taken_at", "latitude", "longitude", "width", "height", "orientation", "created_at")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM attachments"


@dataclass(frozen=True)
class Removed:
    """What ``remove`` took away, for ``restore`` (undo): the record and the site it was cover of."""

    attachment: Attachment
    cover_of: str | None

    @property
    def changes(self) -> Changes:
        return Changes.of(attachments=self.attachment.id, visits=self.attachment.visit_id)


@dataclass
class AttachReport:
    """What attaching a batch of files did: added records, files already there, refusals."""

    added: list[Attachment]
    already: list[Attachment]
    refused: list[tuple[str, str]]     # (file name, French reason)
    cancelled: bool = False
    errors: list = field(default_factory=list)   # the refusals' TlErrors, for the GUI to translate

    @property
    def changes(self) -> Changes:
        return Changes.of(attachments=[a.id for a in self.added], visits=[a.visit_id for a in self.added])


def _missing(record_id: str) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("tl_desktop", "Pièce jointe introuvable ({id})."), id=record_id)


class Attachments:
    def __init__(self, conn: Connection, visits: Visits, media: MediaLibrary):
        self._conn = conn
        self._db = conn.db
        self._visits = visits
        self._media = media

    # ---- reading

    def get(self, attachment_id: str) -> Attachment:
        row = self._db.execute(f"{_SELECT} WHERE id = ?", [attachment_id]).fetchone()
        if row is None:
            raise _missing(attachment_id)
        return Attachment(**dict(zip(_COLUMNS, row)))

    def of_visit(self, visit_id: str, kind: str | None = None) -> list[Attachment]:
        """The visit's attachments in the agent's order (photos only with ``kind="photo"``)."""
        where, params = "visit_id = ?", [visit_id]
        if kind:
            where, params = where + " AND kind = ?", params + [kind]
        return [Attachment(**dict(zip(_COLUMNS, r)))
                for r in self._db.execute(f"{_SELECT} WHERE {where} ORDER BY position, created_at", params)]

    def photos_for_print(self, visit_id: str) -> list[Attachment]:
        """The visit's photos, the site's cover photo first when it is one of them."""
        photos = self.of_visit(visit_id, "photo")
        if not photos:
            return photos
        cover = self.cover_id(self._visits.get(visit_id).site_id)
        return sorted(photos, key=lambda a: a.id != cover)

    def cover_id(self, site_id: str) -> str | None:
        row = self._db.execute("SELECT attachment_id FROM site_covers WHERE site_id = ?", [site_id]).fetchone()
        return row[0] if row else None

    def file_path(self, attachment: Attachment):
        return self._media.path_of(attachment.sha256, attachment.extension)

    def referenced_hashes(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT DISTINCT sha256 FROM attachments")}

    # ---- writing

    def add(self, visit_id: str, item: Ingested) -> tuple[Attachment, bool]:
        """Record an ingested file on a visit; return (record, True), or (existing record, False) if already there."""
        existing = self._db.execute(f"{_SELECT} WHERE visit_id = ? AND sha256 = ?",
                                          [visit_id, item.sha256]).fetchone()
        if existing:
            return Attachment(**dict(zip(_COLUMNS, existing))), False
        self._visits.get(visit_id)   # NotFoundError for a deleted visit
        with self._conn.atomic():
            last = self._db.execute("SELECT max(position) FROM attachments WHERE visit_id = ?",
                                          [visit_id]).fetchone()[0]
            record = Attachment(visit_id=visit_id, sha256=item.sha256, kind=item.kind, filename=item.filename,
                                size=item.size, extension=item.extension, position=0 if last is None else last + 1,
                                taken_at=item.taken_at, latitude=item.latitude, longitude=item.longitude,
                                width=item.width, height=item.height, orientation=item.orientation,
                                created_at=utc_now())
            self._insert(record)
        return record, True

    def attach_files(self, visit_id: str, paths: Iterable, *, progress: Progress = no_progress,
                     cancel: CancelFlag | None = None) -> AttachReport:
        """Check, copy and record each file; a refused file is reported and changes nothing."""
        return attach_files(self._media, lambda item: self.add(visit_id, item), paths, progress=progress,
                            cancel=cancel)

    def set_caption(self, attachment_id: str, caption: str) -> Changes:
        self._update(attachment_id, "caption = ?", [normalise(caption).strip()])
        return Changes.of(attachments=attachment_id)

    def move(self, attachment_id: str, position: int) -> Changes:
        """Put an attachment at ``position`` (0-based) among its visit's, renumbering the others."""
        visit_id = self.get(attachment_id).visit_id
        ids = [a.id for a in self.of_visit(visit_id) if a.id != attachment_id]
        ids.insert(max(0, min(position, len(ids))), attachment_id)
        return self.reorder(visit_id, ids)

    def reorder(self, visit_id: str, ordered_ids: list[str]) -> Changes:
        """Put the visit's attachments in this order; those not named follow, in their order."""
        current = [a.id for a in self.of_visit(visit_id)]
        ids = [i for i in ordered_ids if i in current] + [i for i in current if i not in ordered_ids]
        with self._conn.atomic():
            for index, each in enumerate(ids):
                self._db.execute("UPDATE attachments SET position = ? WHERE id = ?", [index, each])
        return Changes.of(attachments=ids, visits=visit_id)

    def remove(self, attachment_id: str) -> Removed:
        """Delete the record (the file stays until ``check --repair``); return what ``restore`` needs."""
        record = self.get(attachment_id)
        cover = self._db.execute("SELECT site_id FROM site_covers WHERE attachment_id = ?",
                                       [attachment_id]).fetchone()
        with self._conn.atomic():
            self._db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
        return Removed(record, cover[0] if cover else None)

    def restore(self, removed: Removed) -> Changes:
        """Put a removed attachment back, at its place and as cover if it was; raise MediaError if its file is gone."""
        record = removed.attachment
        if not self.file_path(record).exists():
            raise MediaError(QT_TRANSLATE_NOOP(
                "tl_desktop", "« {file} » ne peut pas être remis : son fichier a été supprimé du dossier des "
                "données entre-temps (réparation de la base)."), file=record.filename)
        with self._conn.atomic():
            self._db.execute("UPDATE attachments SET position = position + 1 WHERE visit_id = ? "
                                   "AND position >= ?", [record.visit_id, record.position])
            try:
                self._insert(record)
            except sqlite3.IntegrityError:
                pass   # attached again meanwhile: keep that one
            if removed.cover_of:
                self._db.execute("INSERT OR REPLACE INTO site_covers (site_id, attachment_id) VALUES (?, ?)",
                                 [removed.cover_of, record.id])
        return Changes.of(attachments=record.id, visits=record.visit_id)

    def set_cover(self, site_id: str, attachment_id: str | None) -> Changes:
        """Make a photo of one of the site's visits its cover photo (None: no cover)."""
        with self._conn.atomic():
            if attachment_id is None:
                previous = self.cover_id(site_id)
                self._db.execute("DELETE FROM site_covers WHERE site_id = ?", [site_id])
                return Changes.of(attachments=previous)
            row = self._db.execute(
                "SELECT a.kind, v.site_id FROM attachments a JOIN visits v ON v.id = a.visit_id WHERE a.id = ?",
                [attachment_id]).fetchone()
            if row is None:
                raise _missing(attachment_id)
            if row[0] != "photo" or row[1] != site_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "tl_desktop", "La photo de couverture doit être une photo d'une visite de ce lieu."))
            previous = self.cover_id(site_id)
            self._db.execute("INSERT OR REPLACE INTO site_covers (site_id, attachment_id) VALUES (?, ?)",
                             [site_id, attachment_id])
        return Changes.of(attachments=[attachment_id, previous or ""])

    def _insert(self, record: Attachment) -> None:
        self._db.execute(
            f"INSERT INTO attachments ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
            [getattr(record, c) for c in _COLUMNS])

    def _update(self, attachment_id: str, assignments: str, params: list) -> None:
        with self._conn.atomic():
            if self._db.execute(f"UPDATE attachments SET {assignments} WHERE id = ?",
                                      [*params, attachment_id]).rowcount == 0:
                raise _missing(attachment_id)


def attach_files(media: MediaLibrary, record: Callable[[Ingested], tuple[Attachment, bool]], paths: Iterable, *,
                 progress: Progress = no_progress, cancel: CancelFlag | None = None,
                 each: Callable[[str, Attachment | None, str | None], None] | None = None) -> AttachReport:
    """Check and copy each file (``media.ingest``), then record it (``record(item)``); return the report.

    The GUI runs this in a worker, ``record`` handing the write to the writer; the command
    line and the store's own ``attach_files`` record directly. ``each(path, record, refusal)``
    is told about every file as soon as it is done (the GUI shows each photo at once).
    Cancelling keeps what is already attached: each file is whole and recorded on its own.
    A refused file changes nothing.
    """
    paths = [str(p) for p in paths]
    report = AttachReport([], [], [])
    for done, path in enumerate(paths):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        progress(done, len(paths), path)
        try:
            attachment, created = record(media.ingest(path))
        except (MediaError, NotFoundError) as exc:
            report.refused.append((exc.args_.get("file", path), exc.message))
            report.errors.append(exc)
            if each is not None:
                each(path, None, exc.message)
            continue
        (report.added if created else report.already).append(attachment)
        if each is not None:
            each(path, attachment if created else None, None)
    progress(len(paths), len(paths), "")
    return report


def earliest_date(records: Iterable[Attachment]) -> str | None:
    """The earliest EXIF date of these photos, as "YYYY-MM-DD" (to date a visit that has none)."""
    dates = sorted(r.taken_at for r in records if r.taken_at)
    return dates[0][:10] if dates else None


def position_offer(site, records: Iterable[Attachment]) -> tuple[float, float] | None:
    """Where the photos say the site is, when worth offering: the site has no coordinates (or
    only its commune's centre, and the photo is within 15 km of it) and a photo's GPS is in France."""
    if site.latitude is not None and site.location_precision != "commune":
        return None
    for record in records:
        if record.latitude is None or record.longitude is None:
            continue
        if not geo.in_france(record.latitude, record.longitude):
            continue
        if site.latitude is not None and geo.distance_km(site.latitude, site.longitude,
                                                         record.latitude, record.longitude) > 15:
            continue
        return record.latitude, record.longitude
    return None

