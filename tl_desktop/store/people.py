"""Personal data (RGPD): the people named by tours (participants) and visits (people met): ``store.people``.

One row per person: deleting a person removes them from every tour and visit, and every
export can leave them out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import normalise
from tl_desktop.domain import Attendance, Changes, Person, utc_now
from tl_desktop.store.connection import Connection

Record = Literal["tour", "visit"]
# Where a person's part in a tour or a visit is kept: (table, column naming the record).
_LINKS = {"tour": ("tour_participants", "tour_id"), "visit": ("visit_people", "visit_id")}


# What ``missing`` is told a record is, extracted for translation (the GUI translates the argument).
RECORD_NAMES = (QT_TRANSLATE_NOOP("tl_desktop", "Visite"), QT_TRANSLATE_NOOP("tl_desktop", "Étape"),
                QT_TRANSLATE_NOOP("tl_desktop", "Visite apprenante"))


def missing(what: str, record_id: str) -> NotFoundError:
    """The error for a record that does not exist (or no longer): ``what`` is one of RECORD_NAMES."""
    return NotFoundError(QT_TRANSLATE_NOOP("tl_desktop", "{what} introuvable ({id})."), what=what, id=record_id)


class People:
    """People, and their part in tours and visits."""

    def __init__(self, conn: Connection):
        self._conn = conn
        self._db = conn.db

    def save(self, person: Person) -> Changes:
        """Insert or update a person; raise ValidationError for an empty name."""
        person = replace(person, **{f: normalise(getattr(person, f)) for f in ("name", "service", "contact")})
        if not person.name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Le nom de la personne est obligatoire."))
        now = utc_now()
        with self._conn.atomic():
            self._db.execute(
                "INSERT INTO persons (id, name, service, contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, service = excluded.service, "
                "contact = excluded.contact, updated_at = excluded.updated_at",
                [person.id, person.name.strip(), person.service, person.contact, now, now])
        return Changes.of(people=person.id) | self._mentions(person.id)

    def delete(self, person_id: str) -> Changes:
        """Delete a person and every mention of them in tours and visits (RGPD); raise NotFoundError."""
        with self._conn.atomic():
            mentions = self._mentions(person_id)
            if self._db.execute("DELETE FROM persons WHERE id = ?", [person_id]).rowcount == 0:
                raise missing("Personne", person_id)
        return Changes.of(people=person_id) | mentions

    def _mentions(self, person_id: str) -> Changes:
        return Changes.of(
            tours=[r[0] for r in self._db.execute(
                "SELECT tour_id FROM tour_participants WHERE person_id = ?", [person_id])],
            visits=[r[0] for r in self._db.execute(
                "SELECT visit_id FROM visit_people WHERE person_id = ?", [person_id])])

    def of(self, record: Record, record_id: str) -> list[Attendance]:
        """The people of a tour (participants) or a visit (people met), by name."""
        table, key = _LINKS[record]
        rows = self._db.execute(
            f"SELECT p.id, p.name, p.service, p.contact, a.role FROM {table} a JOIN persons p ON p.id = a.person_id "
            f"WHERE a.{key} = ? ORDER BY p.name COLLATE NOCASE", [record_id])
        return [Attendance(Person(id=r[0], name=r[1], service=r[2], contact=r[3]), r[4]) for r in rows]

    def attach(self, record: Record, record_id: str, attendance: Attendance) -> Changes:
        """Save the person and give them their role in the tour or visit (updated if already there)."""
        table, key = _LINKS[record]
        with self._conn.atomic():
            changes = self.save(attendance.person)
            self._db.execute(
                f"INSERT INTO {table} ({key}, person_id, role) VALUES (?, ?, ?) "
                "ON CONFLICT DO UPDATE SET role = excluded.role",
                [record_id, attendance.person.id, normalise(attendance.role)])
        return changes | Changes.of(**{record + "s": record_id})

    def detach(self, record: Record, record_id: str, person_id: str) -> Changes:
        """Take a person off a tour or visit (they stay in the others)."""
        table, key = _LINKS[record]
        with self._conn.atomic():
            self._db.execute(f"DELETE FROM {table} WHERE {key} = ? AND person_id = ?", [record_id, person_id])
        return Changes.of(people=person_id, **{record + "s": record_id})
