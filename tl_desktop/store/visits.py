"""Visits of sites: grid answers, notes and people met, written field by field: ``store.visits``.

The notebook's autosave writes one field or one answer at a time, each a single UPDATE, so a
keystroke never costs a read-modify-write of the whole visit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from tl_desktop.base.errors import ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import fold, normalise
from tl_desktop.domain import Attendance, Changes, Visit, VisitFilter, utc_now
from tl_desktop.store.connection import Connection
from tl_desktop.store.people import People, missing
from tl_desktop.store.sites import Sites

_VISIT_COLUMNS = ("id, site_id, stop_id, visit_date, author, grid_version, answers, notes, created_at, updated_at")


@dataclass(frozen=True)
class VisitRow:
    """One line of « Toutes les visites »: the visit, its place, its tour, the start of its notes."""

    id: str
    visit_date: str
    author: str
    site_id: str
    site_name: str
    commune: str
    tour_id: str | None
    tour_title: str
    excerpt: str        # the notes' first words
    attachments: int


class Visits:
    """Visits: grid answers, notes and people met, written field by field for the autosave."""

    def __init__(self, conn: Connection, sites: Sites, people: People):
        self._conn = conn
        self._db = conn.db
        self._sites = sites
        self._people = people
        self._folded: dict[str, tuple[str, str]] = {}    # visit id → (updated_at, its notes and answers folded)

    def create(self, site_id: str, *, stop_id: str | None = None, visit_date: str = "",
               author: str = "") -> tuple[Visit, Changes]:
        """Start a visit of a site with the newest grid; return it."""
        from tl_desktop.domain.grid import load_grid  # the grid's code: at the first visit, not at start

        self._sites.get(site_id)
        now = utc_now()
        visit = Visit(site_id=site_id, grid_version=load_grid().version, stop_id=stop_id,
                      visit_date=visit_date, author=normalise(author), created_at=now, updated_at=now)
        with self._conn.atomic():
            self._db["visits"].insert({**visit.__dict__, "answers": "{}"})
        return visit, Changes.of(visits=visit.id)

    def get(self, visit_id: str) -> Visit:
        """Return the visit; raise NotFoundError if absent or deleted."""
        row = self._db.execute(f"SELECT {_VISIT_COLUMNS} FROM visits WHERE id = ? AND deleted_at IS NULL",
                               [visit_id]).fetchone()
        if row is None:
            raise missing("Visite", visit_id)
        names = [c.strip() for c in _VISIT_COLUMNS.split(",")]
        values = dict(zip(names, row))
        values["answers"] = json.loads(values["answers"] or "{}")
        return Visit(**values)

    def of_tour(self, tour_id: str) -> list[Visit]:
        ids = [r[0] for r in self._db.execute(
            "SELECT v.id FROM visits v JOIN stops s ON s.id = v.stop_id WHERE s.tour_id = ? AND v.deleted_at IS NULL "
            "ORDER BY s.day, s.position, v.created_at", [tour_id])]
        return [self.get(i) for i in ids]

    def of_site(self, site_id: str) -> list[Visit]:
        """Return the visits of a site, newest first."""
        return [self.get(r[0]) for r in self._db.execute(
            "SELECT id FROM visits WHERE site_id = ? AND deleted_at IS NULL ORDER BY visit_date DESC, created_at DESC",
            [site_id])]

    def summaries(self) -> list[tuple]:
        """Return every visit of a live site as (id, site_id, visit_date, grid_version, answers JSON, tour_id).

        One query for the study's figures; the author and the people met (personal data) are not read.
        """
        return self._db.execute(
            "SELECT v.id, v.site_id, v.visit_date, v.grid_version, v.answers, s.tour_id FROM visits v "
            "JOIN sites x ON x.id = v.site_id AND x.deleted_at IS NULL "
            "LEFT JOIN stops s ON s.id = v.stop_id WHERE v.deleted_at IS NULL "
            "ORDER BY v.visit_date, v.created_at").fetchall()

    def of_stop(self, stop_id: str) -> list[Visit]:
        """Return the visits recorded for a tour stop, oldest first."""
        return [self.get(r[0]) for r in self._db.execute(
            "SELECT id FROM visits WHERE stop_id = ? AND deleted_at IS NULL ORDER BY created_at", [stop_id])]

    def listing(self, flt: VisitFilter = VisitFilter()) -> list[VisitRow]:
        """Return the visits ``flt`` selects (live places only), newest first, undated last."""
        where, params = ["v.deleted_at IS NULL", "s.deleted_at IS NULL"], []
        for column, value in (("v.site_id = ?", flt.site_id), ("st.tour_id = ?", flt.tour_id),
                              ("v.visit_date >= ?", flt.date_from), ("v.visit_date <= ?", flt.date_to),
                              ("v.author = ?", flt.author)):
            if value is not None and value != "":
                where.append(column)
                params.append(value)
        if flt.author == "":
            where.append("v.author = ''")
        rows = self._db.execute(
            "SELECT v.id, v.visit_date, v.author, v.site_id, s.name, s.commune, t.id, coalesce(t.title, ''), v.notes, "
            "v.answers, (SELECT count(*) FROM attachments a WHERE a.visit_id = v.id), v.updated_at "
            "FROM visits v JOIN sites s ON s.id = v.site_id LEFT JOIN stops st ON st.id = v.stop_id "
            "LEFT JOIN tours t ON t.id = st.tour_id "
            f"WHERE {' AND '.join(where)} "
            "ORDER BY v.visit_date = '', v.visit_date DESC, s.sort_name, v.created_at DESC", params).fetchall()
        words = fold(flt.text).split()
        found = []
        for (visit_id, day, author, site_id, name, commune, tour_id, tour_title, notes, answers, files,
             updated) in rows:
            if words:
                cached = self._folded.get(visit_id)
                if cached is None or cached[0] != updated:
                    # Folding a visit's notes and answers is the search's cost: once per version.
                    cached = self._folded[visit_id] = (updated, fold(notes + " " + answers))
                haystack = fold(" ".join((name, commune, author, tour_title))) + " " + cached[1]
                if not all(word in haystack for word in words):
                    continue
            excerpt = " ".join(notes.split())
            if len(excerpt) > 120:
                excerpt = excerpt[:119].rsplit(" ", 1)[0] + "…"
            found.append(VisitRow(visit_id, day, author, site_id, name, commune, tour_id, tour_title, excerpt, files))
        return found

    def authors(self) -> list[str]:
        """Return the authors named on live visits, sorted as a French reader expects."""
        names = {r[0] for r in self._db.execute("SELECT DISTINCT author FROM visits WHERE deleted_at IS NULL")}
        return sorted((n for n in names if n), key=fold)

    def set_notes(self, visit_id: str, notes: str) -> Changes:
        """Write the free notes (the autosave's hot path: one UPDATE)."""
        return self._update(visit_id, "notes = ?", [normalise(notes)])

    def set_details(self, visit_id: str, *, visit_date: str, author: str) -> Changes:
        """Change the visit's date (ISO, or "") and its author (an agent or a group)."""
        if visit_date:
            try:
                date.fromisoformat(visit_date)
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "« {date} » n'est pas une date."),
                                      date=visit_date) from None
        return self._update(visit_id, "visit_date = ?, author = ?", [visit_date, normalise(author).strip()])

    def set_stop(self, visit_id: str, stop_id: str | None) -> Changes:
        """Link the visit to a stop of a tour (of the same site), or to none."""
        if stop_id is not None:
            row = self._db.execute("SELECT s.site_id, v.site_id FROM stops s, visits v WHERE s.id = ? AND v.id = ?",
                                   [stop_id, visit_id]).fetchone()
            if row is None:
                raise missing("Étape", stop_id)
            if row[0] != row[1]:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "tl_desktop", "Cette étape est la visite d'un autre lieu : la visite ne peut pas y être rattachée."))
        previous = self._db.execute("SELECT stop_id FROM visits WHERE id = ?", [visit_id]).fetchone()
        return self._update(visit_id, "stop_id = ?", [stop_id]) | Changes.of(
            stops=[stop_id, previous[0] if previous else None])

    def date_if_empty(self, visit_id: str, visit_date: str) -> Changes:
        """Date an undated visit (from its photos' EXIF); return no change if it was dated already."""
        with self._conn.atomic():
            dated = self._db.execute(
                "UPDATE visits SET visit_date = ?, updated_at = ? WHERE id = ? AND visit_date = ''",
                [visit_date, utc_now(), visit_id]).rowcount == 1
        return Changes.of(visits=visit_id) if dated else Changes()

    def set_answer(self, visit_id: str, theme_id: str, question_id: str, value: object) -> tuple[object, Changes]:
        """Check and write one answer (or a theme's comment, question "_commentaire"); return it normalised."""
        visit = self._db.execute("SELECT grid_version FROM visits WHERE id = ? AND deleted_at IS NULL",
                                 [visit_id]).fetchone()
        if visit is None:
            raise missing("Visite", visit_id)
        from tl_desktop.domain.grid import check_answer, load_grid

        grid = load_grid(visit[0])
        theme = grid.theme(theme_id)
        question = theme.question(question_id) if theme else None
        if theme is None or (question is None and question_id != "_commentaire"):
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Question inconnue de la grille : {theme}/{question}."),
                                  theme=theme_id, question=question_id)
        if isinstance(value, str):
            value = normalise(value)
        elif isinstance(value, list):
            value = [normalise(v) if isinstance(v, str) else v for v in value]
        value = check_answer(question, value) if question else (str(value) if value else None)
        path = f'$."{theme_id}"."{question_id}"'
        if value is None:
            changes = self._update(visit_id, "answers = json_remove(answers, ?)", [path])
        else:
            # json_set needs the theme's object to exist; json_patch creates it, then sets the value.
            changes = self._update(visit_id, "answers = json_set(json_patch(answers, ?), ?, json(?))",
                                   [json.dumps({theme_id: {}}), path, json.dumps(value, ensure_ascii=False)])
        return value, changes

    def people(self, visit_id: str) -> list[Attendance]:
        return self._people.of("visit", visit_id)

    def add_person(self, visit_id: str, attendance: Attendance) -> Changes:
        return self._people.attach("visit", visit_id, attendance)

    def remove_person(self, visit_id: str, person_id: str) -> Changes:
        """Take a person off this visit (they stay in other tours and visits)."""
        return self._people.detach("visit", visit_id, person_id)

    def delete(self, visit_id: str) -> Changes:
        """Move a visit (with its notes, people and photos) to the bin; ``restore`` brings it back."""
        with self._conn.atomic():
            if self._db.execute("UPDATE visits SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                                [utc_now(), visit_id]).rowcount == 0:
                raise missing("Visite", visit_id)
            attachments = [r[0] for r in self._db.execute("SELECT id FROM attachments WHERE visit_id = ?",
                                                          [visit_id])]
        return Changes.of(visits=visit_id, attachments=attachments)

    def restore(self, visit_id: str) -> Changes:
        """Bring a deleted visit back from the bin; raise NotFoundError once it has been purged."""
        with self._conn.atomic():
            if self._db.execute("UPDATE visits SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                                [visit_id]).rowcount == 0:
                raise missing("Visite", visit_id)
            attachments = [r[0] for r in self._db.execute("SELECT id FROM attachments WHERE visit_id = ?",
                                                          [visit_id])]
        return Changes.of(visits=visit_id, attachments=attachments)

    def purge_deleted(self, before: str) -> int:
        """Delete for good the visits put in the bin before ``before`` (UTC ISO); return how many.

        Their photo records go with them; the files go at ``check --repair``.
        """
        with self._conn.atomic():
            return self._db.execute("DELETE FROM visits WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                                    [before]).rowcount

    def _update(self, visit_id: str, assignments: str, params: list) -> Changes:
        with self._conn.atomic():
            if self._db.execute(f"UPDATE visits SET {assignments}, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                                [*params, utc_now(), visit_id]).rowcount == 0:
                raise missing("Visite", visit_id)
        return Changes.of(visits=visit_id)
