"""Learning tours, their stops, visits and the people they name: the store's sub-APIs.

Reached as ``store.tours``, ``store.visits`` and ``store.people`` (one connection, the
store's). The notebook's autosave writes one field or one answer at a time, each a single
UPDATE, so a keystroke never costs a read-modify-write of the whole visit.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .domain import Attendance, Changes, Person, Stop, Tour, Visit, utc_now
from .errors import NotFoundError, ValidationError
from .grid import check_answer, load_grid
from .i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .store import Store


def _missing(what: str, record_id: str) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("tl_desktop", "{what} introuvable ({id})."), what=what, id=record_id)


class People:
    """Personal data: one row per person, named by tours and visits."""

    def __init__(self, store: "Store"):
        self._store = store

    def save(self, person: Person) -> Changes:
        if not person.name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Le nom de la personne est obligatoire."))
        now = utc_now()
        with self._store.atomic():
            self._store.db.execute(
                "INSERT INTO persons (id, name, service, contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, service = excluded.service, "
                "contact = excluded.contact, updated_at = excluded.updated_at",
                [person.id, person.name.strip(), person.service, person.contact, now, now])
        return Changes(people=True)

    def delete(self, person_id: str) -> Changes:
        """Delete a person and every mention of them in tours and visits (RGPD); raise NotFoundError."""
        with self._store.atomic():
            if self._store.db.execute("DELETE FROM persons WHERE id = ?", [person_id]).rowcount == 0:
                raise _missing("Personne", person_id)
        return Changes(people=True, tours=True, visits=True)

    def _attendance(self, table: str, key: str, record_id: str) -> list[Attendance]:
        rows = self._store.db.execute(
            f"SELECT p.id, p.name, p.service, p.contact, a.role FROM {table} a JOIN persons p ON p.id = a.person_id "
            f"WHERE a.{key} = ? ORDER BY p.name COLLATE NOCASE", [record_id])
        return [Attendance(Person(id=r[0], name=r[1], service=r[2], contact=r[3]), r[4]) for r in rows]

    def _attach(self, table: str, key: str, record_id: str, attendance: Attendance) -> None:
        with self._store.atomic():
            self.save(attendance.person)
            self._store.db.execute(
                f"INSERT INTO {table} ({key}, person_id, role) VALUES (?, ?, ?) "
                "ON CONFLICT DO UPDATE SET role = excluded.role",
                [record_id, attendance.person.id, attendance.role])


    def _detach(self, table: str, key: str, record_id: str, person_id: str) -> None:
        with self._store.atomic():
            self._store.db.execute(f"DELETE FROM {table} WHERE {key} = ? AND person_id = ?", [record_id, person_id])


class Tours:
    """Learning tours and their stops, ordered by day then position."""

    def __init__(self, store: "Store"):
        self._store = store

    def save(self, tour: Tour) -> tuple[Tour, Changes]:
        if not tour.title.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Le titre de la visite apprenante est obligatoire."))
        if tour.start_date and tour.end_date and tour.end_date < tour.start_date:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "La date de fin précède la date de début."))
        now = utc_now()
        stored = Tour(**{**tour.__dict__, "created_at": tour.created_at or now, "updated_at": now})
        with self._store.atomic():
            self._store.db["tours"].upsert(stored.__dict__, pk="id")
        return stored, Changes(tours=True)

    def get(self, tour_id: str) -> Tour:
        rows = list(self._store.db.query("SELECT * FROM tours WHERE id = ?", [tour_id]))
        if not rows:
            raise _missing("Visite apprenante", tour_id)
        return Tour(**rows[0])

    def list(self) -> list[Tour]:
        return [Tour(**r) for r in self._store.db.query("SELECT * FROM tours ORDER BY start_date DESC, title")]

    def delete(self, tour_id: str) -> Changes:
        """Delete a tour and its stops; its visits stay, detached from the tour."""
        with self._store.atomic():
            if self._store.db.execute("DELETE FROM tours WHERE id = ?", [tour_id]).rowcount == 0:
                raise _missing("Visite apprenante", tour_id)
        return Changes(tours=True, visits=True)

    def participants(self, tour_id: str) -> list[Attendance]:
        return self._store.people._attendance("tour_participants", "tour_id", tour_id)

    def add_participant(self, tour_id: str, attendance: Attendance) -> Changes:
        self._store.people._attach("tour_participants", "tour_id", tour_id, attendance)
        return Changes(tours=True, people=True)

    def remove_participant(self, tour_id: str, person_id: str) -> Changes:
        """Take a person off this tour (they stay in other tours and visits)."""
        self._store.people._detach("tour_participants", "tour_id", tour_id, person_id)
        return Changes(tours=True, people=True)

    def stops(self, tour_id: str) -> list[Stop]:
        return [Stop(**r) for r in self._store.db.query(
            "SELECT id, tour_id, site_id, day, position, planned_time, duration_min, host FROM stops "
            "WHERE tour_id = ? ORDER BY day, position", [tour_id])]

    def get_stop(self, stop_id: str) -> Stop:
        rows = list(self._store.db.query(
            "SELECT id, tour_id, site_id, day, position, planned_time, duration_min, host FROM stops WHERE id = ?",
            [stop_id]))
        if not rows:
            raise _missing("Étape", stop_id)
        return Stop(**rows[0])

    def add_stop(self, stop: Stop) -> tuple[Stop, Changes]:
        """Append ``stop`` at the end of its day; return it with its position."""
        self._store.get_site(stop.site_id)   # raises NotFoundError for a deleted site
        with self._store.atomic():
            last = self._store.db.execute("SELECT max(position) FROM stops WHERE tour_id = ? AND day = ?",
                                          [stop.tour_id, stop.day]).fetchone()[0]
            stop = Stop(**{**stop.__dict__, "position": 0 if last is None else last + 1})
            self._store.db["stops"].insert(stop.__dict__)
        return stop, Changes(tours=True)

    def update_stop(self, stop: Stop) -> Changes:
        """Change a stop's time, duration or host (not its place in the tour: see move_stop)."""
        with self._store.atomic():
            if self._store.db.execute(
                    "UPDATE stops SET planned_time = ?, duration_min = ?, host = ? WHERE id = ?",
                    [stop.planned_time, stop.duration_min, stop.host, stop.id]).rowcount == 0:
                raise _missing("Étape", stop.id)
        return Changes(tours=True)

    def move_stop(self, stop_id: str, day: str, position: int) -> Changes:
        """Move a stop to ``position`` (0-based) of ``day``, renumbering both days in one transaction."""
        row = self._store.db.execute("SELECT tour_id, day FROM stops WHERE id = ?", [stop_id]).fetchone()
        if row is None:
            raise _missing("Étape", stop_id)
        tour_id, old_day = row
        with self._store.atomic():
            for each_day in {old_day, day}:
                ids = [r[0] for r in self._store.db.execute(
                    "SELECT id FROM stops WHERE tour_id = ? AND day = ? AND id != ? ORDER BY position",
                    [tour_id, each_day, stop_id])]
                if each_day == day:
                    ids.insert(max(0, min(position, len(ids))), stop_id)
                for index, each in enumerate(ids):
                    self._store.db.execute("UPDATE stops SET day = ?, position = ? WHERE id = ?",
                                           [each_day, index, each])
        return Changes(tours=True)

    def remove_stop(self, stop_id: str) -> Changes:
        with self._store.atomic():
            row = self._store.db.execute("SELECT tour_id, day FROM stops WHERE id = ?", [stop_id]).fetchone()
            if row is None:
                raise _missing("Étape", stop_id)
            self._store.db.execute("DELETE FROM stops WHERE id = ?", [stop_id])
            for index, (each,) in enumerate(self._store.db.execute(
                    "SELECT id FROM stops WHERE tour_id = ? AND day = ? ORDER BY position", list(row)).fetchall()):
                self._store.db.execute("UPDATE stops SET position = ? WHERE id = ?", [index, each])
        return Changes(tours=True)


_VISIT_COLUMNS = ("id, site_id, stop_id, visit_date, author, grid_version, answers, notes, created_at, updated_at")


class Visits:
    """Visits: grid answers, notes and people met, written field by field for the autosave."""

    def __init__(self, store: "Store"):
        self._store = store

    def create(self, site_id: str, *, stop_id: str | None = None, visit_date: str = "",
               author: str = "") -> tuple[Visit, Changes]:
        """Start a visit of a site with the newest grid; return it."""
        self._store.get_site(site_id)
        now = utc_now()
        visit = Visit(site_id=site_id, grid_version=load_grid().version, stop_id=stop_id,
                      visit_date=visit_date, author=author, created_at=now, updated_at=now)
        with self._store.atomic():
            self._store.db["visits"].insert({**visit.__dict__, "answers": "{}"})
        return visit, Changes(visits=True)

    def get(self, visit_id: str) -> Visit:
        row = self._store.db.execute(f"SELECT {_VISIT_COLUMNS} FROM visits WHERE id = ?", [visit_id]).fetchone()
        if row is None:
            raise _missing("Visite", visit_id)
        names = [c.strip() for c in _VISIT_COLUMNS.split(",")]
        values = dict(zip(names, row))
        values["answers"] = json.loads(values["answers"] or "{}")
        return Visit(**values)

    def of_tour(self, tour_id: str) -> list[Visit]:
        ids = [r[0] for r in self._store.db.execute(
            "SELECT v.id FROM visits v JOIN stops s ON s.id = v.stop_id WHERE s.tour_id = ? "
            "ORDER BY s.day, s.position, v.created_at", [tour_id])]
        return [self.get(i) for i in ids]

    def of_site(self, site_id: str) -> list[Visit]:
        """Return the visits of a site, newest first."""
        return [self.get(r[0]) for r in self._store.db.execute(
            "SELECT id FROM visits WHERE site_id = ? ORDER BY visit_date DESC, created_at DESC", [site_id])]

    def of_stop(self, stop_id: str) -> list[Visit]:
        """Return the visits recorded for a tour stop, oldest first."""
        return [self.get(r[0]) for r in self._store.db.execute(
            "SELECT id FROM visits WHERE stop_id = ? ORDER BY created_at", [stop_id])]

    def set_notes(self, visit_id: str, notes: str) -> Changes:
        """Write the free notes (the autosave's hot path: one UPDATE)."""
        return self._update(visit_id, "notes = ?", [notes])

    def set_details(self, visit_id: str, *, visit_date: str, author: str) -> Changes:
        return self._update(visit_id, "visit_date = ?, author = ?", [visit_date, author])

    def date_if_empty(self, visit_id: str, visit_date: str) -> bool:
        """Date an undated visit (from its photos' EXIF); return whether it was undated."""
        with self._store.atomic():
            return self._store.db.execute(
                "UPDATE visits SET visit_date = ?, updated_at = ? WHERE id = ? AND visit_date = ''",
                [visit_date, utc_now(), visit_id]).rowcount == 1

    def set_answer(self, visit_id: str, theme_id: str, question_id: str, value: object) -> object:
        """Check and write one answer (or a theme's comment, question "_commentaire"); return it normalised."""
        visit = self._store.db.execute("SELECT grid_version FROM visits WHERE id = ?", [visit_id]).fetchone()
        if visit is None:
            raise _missing("Visite", visit_id)
        grid = load_grid(visit[0])
        theme = grid.theme(theme_id)
        question = theme.question(question_id) if theme else None
        if theme is None or (question is None and question_id != "_commentaire"):
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Question inconnue de la grille : {theme}/{question}."),
                                  theme=theme_id, question=question_id)
        value = check_answer(question, value) if question else (str(value) if value else None)
        path = f'$."{theme_id}"."{question_id}"'
        if value is None:
            self._update(visit_id, "answers = json_remove(answers, ?)", [path])
        else:
            # json_set needs the theme's object to exist; json_patch creates it, then sets the value.
            self._update(visit_id, "answers = json_set(json_patch(answers, ?), ?, json(?))",
                         [json.dumps({theme_id: {}}), path, json.dumps(value, ensure_ascii=False)])
        return value

    def people(self, visit_id: str) -> list[Attendance]:
        return self._store.people._attendance("visit_people", "visit_id", visit_id)

    def add_person(self, visit_id: str, attendance: Attendance) -> Changes:
        self._store.people._attach("visit_people", "visit_id", visit_id, attendance)
        return Changes(visits=True, people=True)

    def remove_person(self, visit_id: str, person_id: str) -> Changes:
        """Take a person off this visit (they stay in other tours and visits)."""
        self._store.people._detach("visit_people", "visit_id", visit_id, person_id)
        return Changes(visits=True, people=True)

    def delete(self, visit_id: str) -> Changes:
        with self._store.atomic():
            if self._store.db.execute("DELETE FROM visits WHERE id = ?", [visit_id]).rowcount == 0:
                raise _missing("Visite", visit_id)
        return Changes(visits=True)

    def _update(self, visit_id: str, assignments: str, params: list) -> Changes:
        with self._store.atomic():
            if self._store.db.execute(f"UPDATE visits SET {assignments}, updated_at = ? WHERE id = ?",
                                      [*params, utc_now(), visit_id]).rowcount == 0:
                raise _missing("Visite", visit_id)
        return Changes(visits=True)
