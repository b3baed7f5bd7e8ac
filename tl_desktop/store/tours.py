"""Learning tours (visites apprenantes) and their stops, day by day: ``store.tours``."""

from __future__ import annotations

from dataclasses import replace

from tl_desktop.base.errors import ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import normalise
from tl_desktop.domain import Attendance, Changes, Stop, Tour, utc_now
from tl_desktop.store.connection import Connection
from tl_desktop.store.people import People, missing
from tl_desktop.store.sites import Sites


class Tours:
    """Learning tours and their stops, ordered by day then position."""

    def __init__(self, conn: Connection, sites: Sites, people: People):
        self._conn = conn
        self._db = conn.db
        self._sites = sites
        self._people = people

    def save(self, tour: Tour) -> tuple[Tour, Changes]:
        """Insert or update a tour; return it as stored; raise ValidationError."""
        tour = replace(tour, **{f: normalise(getattr(tour, f)) for f in ("title", "organiser", "service", "objectives")})
        if not tour.title.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Le titre de la visite apprenante est obligatoire."))
        if tour.start_date and tour.end_date and tour.end_date < tour.start_date:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "La date de fin précède la date de début."))
        now = utc_now()
        stored = Tour(**{**tour.__dict__, "created_at": tour.created_at or now, "updated_at": now})
        with self._conn.atomic():
            self._db["tours"].upsert(stored.__dict__, pk="id")
        return stored, Changes.of(tours=stored.id)

    def get(self, tour_id: str) -> Tour:
        rows = list(self._db.query("SELECT * FROM tours WHERE id = ?", [tour_id]))
        if not rows:
            raise missing("Visite apprenante", tour_id)
        return Tour(**rows[0])

    def list(self) -> list[Tour]:
        return [Tour(**r) for r in self._db.query("SELECT * FROM tours ORDER BY start_date DESC, title")]

    def delete(self, tour_id: str) -> Changes:
        """Delete a tour and its stops; its visits stay, detached from the tour."""
        with self._conn.atomic():
            touched = Changes.of(
                tours=tour_id,
                stops=[r[0] for r in self._db.execute("SELECT id FROM stops WHERE tour_id = ?", [tour_id])],
                visits=[r[0] for r in self._db.execute(
                    "SELECT v.id FROM visits v JOIN stops s ON s.id = v.stop_id WHERE s.tour_id = ?", [tour_id])])
            if self._db.execute("DELETE FROM tours WHERE id = ?", [tour_id]).rowcount == 0:
                raise missing("Visite apprenante", tour_id)
        return touched

    def participants(self, tour_id: str) -> list[Attendance]:
        return self._people.of("tour", tour_id)

    def add_participant(self, tour_id: str, attendance: Attendance) -> Changes:
        return self._people.attach("tour", tour_id, attendance)

    def remove_participant(self, tour_id: str, person_id: str) -> Changes:
        """Take a person off this tour (they stay in other tours and visits)."""
        return self._people.detach("tour", tour_id, person_id)

    def stops(self, tour_id: str) -> list[Stop]:
        return [Stop(**r) for r in self._db.query(
            "SELECT id, tour_id, site_id, day, position, planned_time, duration_min, host FROM stops "
            "WHERE tour_id = ? ORDER BY day, position", [tour_id])]

    def get_stop(self, stop_id: str) -> Stop:
        rows = list(self._db.query(
            "SELECT id, tour_id, site_id, day, position, planned_time, duration_min, host FROM stops WHERE id = ?",
            [stop_id]))
        if not rows:
            raise missing("Étape", stop_id)
        return Stop(**rows[0])

    def add_stop(self, stop: Stop) -> tuple[Stop, Changes]:
        """Append ``stop`` at the end of its day; return it with its position."""
        self._sites.get(stop.site_id)   # raises NotFoundError for a deleted site
        stop = replace(stop, host=normalise(stop.host), planned_time=normalise(stop.planned_time))
        with self._conn.atomic():
            last = self._db.execute("SELECT max(position) FROM stops WHERE tour_id = ? AND day = ?",
                                    [stop.tour_id, stop.day]).fetchone()[0]
            stop = Stop(**{**stop.__dict__, "position": 0 if last is None else last + 1})
            self._db["stops"].insert(stop.__dict__)
        return stop, Changes.of(tours=stop.tour_id, stops=stop.id)

    def update_stop(self, stop: Stop) -> Changes:
        """Change a stop's time, duration or host (not its place in the tour: see move_stop)."""
        stop = replace(stop, host=normalise(stop.host), planned_time=normalise(stop.planned_time))
        with self._conn.atomic():
            if self._db.execute(
                    "UPDATE stops SET planned_time = ?, duration_min = ?, host = ? WHERE id = ?",
                    [stop.planned_time, stop.duration_min, stop.host, stop.id]).rowcount == 0:
                raise missing("Étape", stop.id)
        return Changes.of(tours=stop.tour_id, stops=stop.id)

    def move_stop(self, stop_id: str, day: str, position: int) -> Changes:
        """Move a stop to ``position`` (0-based) of ``day``, renumbering both days in one transaction."""
        row = self._db.execute("SELECT tour_id, day FROM stops WHERE id = ?", [stop_id]).fetchone()
        if row is None:
            raise missing("Étape", stop_id)
        tour_id, old_day = row
        moved: list[str] = []
        with self._conn.atomic():
            for each_day in {old_day, day}:
                ids = [r[0] for r in self._db.execute(
                    "SELECT id FROM stops WHERE tour_id = ? AND day = ? AND id != ? ORDER BY position",
                    [tour_id, each_day, stop_id])]
                if each_day == day:
                    ids.insert(max(0, min(position, len(ids))), stop_id)
                for index, each in enumerate(ids):
                    self._db.execute("UPDATE stops SET day = ?, position = ? WHERE id = ?",
                                     [each_day, index, each])
                    moved.append(each)
        return Changes.of(tours=tour_id, stops=moved)

    def remove_stop(self, stop_id: str) -> Changes:
        with self._conn.atomic():
            row = self._db.execute("SELECT tour_id, day FROM stops WHERE id = ?", [stop_id]).fetchone()
            if row is None:
                raise missing("Étape", stop_id)
            self._db.execute("DELETE FROM stops WHERE id = ?", [stop_id])
            renumbered = [each for (each,) in self._db.execute(
                "SELECT id FROM stops WHERE tour_id = ? AND day = ? ORDER BY position", list(row)).fetchall()]
            for index, each in enumerate(renumbered):
                self._db.execute("UPDATE stops SET position = ? WHERE id = ?", [index, each])
            visits = [r[0] for r in self._db.execute("SELECT id FROM visits WHERE stop_id = ?", [stop_id])]
        return Changes.of(tours=row[0], stops=[stop_id, *renumbered], visits=visits)
