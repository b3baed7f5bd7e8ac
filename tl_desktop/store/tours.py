"""Learning tours (visites apprenantes) and their stops, day by day: ``store.tours``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import normalise
from tl_desktop.domain import Attendance, Changes, Site, Stop, Tour, new_id, utc_now
from tl_desktop.geo import Travel, add_minutes, estimate_travel
from tl_desktop.store.connection import Connection
from tl_desktop.store.people import People, missing
from tl_desktop.store.sites import Sites

_STOP_COLUMNS = ("id, tour_id, site_id, day, position, planned_time, duration_min, host, host_phone, meeting_point, "
                 "travel_min")


@dataclass(frozen=True)
class PlannedStop:
    """A stop as the programme shows it: its site, end time, and the trip to the next stop of its day.

    ``travel`` is the offline estimate (None for a day's last stop, or without coordinates);
    ``travel_min`` is what the programme prints: the agent's figure if typed, else the estimate.
    ``visits`` counts the notebooks kept for the stop (0: visited without notes, or not yet).
    """

    stop: Stop
    site: Site | None            # None: the site was deleted since
    number: int                  # 1-based, within the day
    end_time: str                # « HH:MM », or "" without a time and a duration
    travel: Travel | None
    travel_min: int | None
    visits: int
    last_of_day: bool = False

    @property
    def travel_estimated(self) -> bool:
        return self.stop.travel_min is None and self.travel_min is not None


@dataclass
class Duplicated:
    """What ``Tours.duplicate`` made: the new tour, the places left out (deleted since), the changes."""

    tour: Tour
    skipped: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


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
        """Return the tour's stops, day by day, in visiting order."""
        return [Stop(**r) for r in self._db.query(
            f"SELECT {_STOP_COLUMNS} FROM stops WHERE tour_id = ? ORDER BY day, position", [tour_id])]

    def get_stop(self, stop_id: str) -> Stop:
        rows = list(self._db.query(f"SELECT {_STOP_COLUMNS} FROM stops WHERE id = ?", [stop_id]))
        if not rows:
            raise missing("Étape", stop_id)
        return Stop(**rows[0])

    def schedule(self, tour_id: str) -> list[PlannedStop]:
        """Return the tour's stops with their sites, end times and trips to the next stop of the day."""
        stops = self.stops(tour_id)
        sites: dict[str, Site | None] = {}
        for stop in stops:
            if stop.site_id not in sites:
                try:
                    sites[stop.site_id] = self._sites.get(stop.site_id)
                except NotFoundError:       # in the bin: the programme says so
                    sites[stop.site_id] = None
        counts = dict(self._db.execute(
            "SELECT v.stop_id, count(*) FROM visits v JOIN stops s ON s.id = v.stop_id "
            "WHERE s.tour_id = ? AND v.deleted_at IS NULL GROUP BY v.stop_id", [tour_id]).fetchall())
        planned = []
        for index, stop in enumerate(stops):
            following = stops[index + 1] if index + 1 < len(stops) else None
            here, there = sites[stop.site_id], sites[following.site_id] if following else None
            travel = None
            if following is not None and following.day == stop.day and here and there and \
                    here.latitude is not None and there.latitude is not None:
                travel = estimate_travel(here.latitude, here.longitude, there.latitude, there.longitude)
            last_of_day = following is None or following.day != stop.day
            travel_min = None if last_of_day else (
                stop.travel_min if stop.travel_min is not None else (travel.minutes if travel else None))
            number = 1 if index == 0 or stops[index - 1].day != stop.day else planned[-1].number + 1
            planned.append(PlannedStop(stop, here, number, add_minutes(stop.planned_time, stop.duration_min),
                                       travel, travel_min, counts.get(stop.id, 0), last_of_day))
        return planned

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
        """Change a stop's time, duration, host, phone, meeting point or travel time (not its place: move_stop)."""
        if stop.travel_min is not None and stop.travel_min < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Le temps de trajet ne peut pas être négatif."))
        stop = replace(stop, host=normalise(stop.host), planned_time=normalise(stop.planned_time),
                       host_phone=normalise(stop.host_phone), meeting_point=normalise(stop.meeting_point))
        with self._conn.atomic():
            if self._db.execute(
                    "UPDATE stops SET planned_time = ?, duration_min = ?, host = ?, host_phone = ?, meeting_point = ?, "
                    "travel_min = ? WHERE id = ?",
                    [stop.planned_time, stop.duration_min, stop.host.strip(), stop.host_phone.strip(),
                     stop.meeting_point.strip(), stop.travel_min, stop.id]).rowcount == 0:
                raise missing("Étape", stop.id)
        return Changes.of(tours=stop.tour_id, stops=stop.id)

    def duplicate(self, tour_id: str, *, title: str, start_date: str) -> Duplicated:
        """Copy a tour to new dates: its details, participants and stops (with their details), not its visits.

        Every stop moves by the days between the old and the new start. Stops of places deleted
        since are left out (named in ``skipped``). Raise ValidationError, NotFoundError.
        """
        old = self.get(tour_id)
        try:
            new_start = date.fromisoformat(start_date)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "« {date} » n'est pas une date."),
                                  date=start_date) from None
        try:
            shift = new_start - date.fromisoformat(old.start_date)
        except ValueError:
            shift = timedelta(0)        # an undated tour: its stops keep their days

        def moved(day: str) -> str:
            try:
                return (date.fromisoformat(day) + shift).isoformat()
            except ValueError:
                return day
        end = moved(old.end_date) if old.end_date else new_start.isoformat()
        copy = Tour(title=title, organiser=old.organiser, service=old.service, start_date=new_start.isoformat(),
                    end_date=max(end, new_start.isoformat()), objectives=old.objectives)
        skipped: list[str] = []
        stops: list[str] = []
        with self._conn.atomic():
            tour, changes = self.save(copy)
            self._db.execute(
                "INSERT INTO tour_participants (tour_id, person_id, role) "
                "SELECT ?, person_id, role FROM tour_participants WHERE tour_id = ?", [tour.id, tour_id])
            positions: dict[str, int] = {}
            for stop in self.stops(tour_id):
                site = self._db.execute("SELECT name, deleted_at FROM sites WHERE id = ?", [stop.site_id]).fetchone()
                if site is None or site[1] is not None:
                    skipped.append(site[0] if site else stop.site_id)
                    continue
                day = moved(stop.day)
                position = positions[day] = positions.get(day, -1) + 1
                new = Stop(**{**stop.__dict__, "id": new_id(), "tour_id": tour.id, "day": day, "position": position})
                self._db["stops"].insert(new.__dict__)
                stops.append(new.id)
        people = [r[0] for r in self._db.execute("SELECT person_id FROM tour_participants WHERE tour_id = ?",
                                                 [tour.id])]
        return Duplicated(tour, skipped, changes | Changes.of(tours=tour.id, stops=stops, people=people))

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
