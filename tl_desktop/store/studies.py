"""Saved territorial studies (name, territory, criteria, places compared): ``store.studies``.

Only the question is stored; figures are recomputed from current data when a study is reopened.
"""

from __future__ import annotations

import json
import sqlite3

from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import fold
from tl_desktop.domain import Changes, Study, utc_now
from tl_desktop.store.connection import Connection
from tl_desktop.store.people import missing

_COLUMNS = "id, name, territory, criteria, compared, created_at, updated_at"


def _study(row) -> Study:
    return Study(id=row[0], name=row[1], territory=json.loads(row[2] or "{}"), criteria=json.loads(row[3] or "{}"),
                 compared=json.loads(row[4] or "[]"), created_at=row[5], updated_at=row[6])


class Studies:
    """Studies by name (unique, case-insensitive)."""

    def __init__(self, conn: Connection):
        self._conn = conn
        self._db = conn.db

    def save(self, study: Study) -> tuple[Study, Changes]:
        """Insert or update a study; raise ValidationError (empty name, name taken by another study)."""
        name = " ".join(study.name.split())
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Donnez un nom à l'étude."))
        try:
            if self.by_name(name).id != study.id:
                raise sqlite3.IntegrityError("name taken")
        except NotFoundError:
            pass
        except sqlite3.IntegrityError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "tl_desktop", "Une autre étude s'appelle déjà « {name} » : choisissez un autre nom."),
                name=name) from exc
        now = utc_now()
        existing = self._db.execute("SELECT created_at FROM studies WHERE id = ?", [study.id]).fetchone()
        stored = Study(id=study.id, name=name, territory=study.territory, criteria=study.criteria,
                       compared=list(study.compared), created_at=existing[0] if existing else now, updated_at=now)
        values = [stored.id, stored.name, json.dumps(stored.territory, ensure_ascii=False),
                  json.dumps(stored.criteria, ensure_ascii=False), json.dumps(stored.compared),
                  stored.created_at, stored.updated_at]
        try:
            with self._conn.atomic():
                self._db.execute(
                    f"INSERT INTO studies ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    "name = excluded.name, territory = excluded.territory, criteria = excluded.criteria, "
                    "compared = excluded.compared, updated_at = excluded.updated_at", values)
        except sqlite3.IntegrityError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "tl_desktop", "Une autre étude s'appelle déjà « {name} » : choisissez un autre nom."),
                name=name) from exc
        return stored, Changes.of(studies=stored.id)

    def get(self, study_id: str) -> Study:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM studies WHERE id = ?", [study_id]).fetchone()
        if row is None:
            raise missing("Étude", study_id)
        return _study(row)

    def by_name(self, name: str) -> Study:
        """Return the study of this name (case and accents ignored: « etude » finds « Étude »); raise NotFoundError."""
        # SQLite's NOCASE folds ASCII only; studies are few, so compare folded names here.
        wanted = fold(" ".join(name.split()))
        for row in self._db.execute(f"SELECT {_COLUMNS} FROM studies"):
            if fold(row[1]) == wanted:
                return _study(row)
        raise missing("Étude", name)

    def list(self) -> list[Study]:
        """Return every saved study, by name."""
        return [_study(r) for r in self._db.execute(f"SELECT {_COLUMNS} FROM studies ORDER BY name COLLATE NOCASE")]

    def delete(self, study_id: str) -> Changes:
        with self._conn.atomic():
            if self._db.execute("DELETE FROM studies WHERE id = ?", [study_id]).rowcount == 0:
                raise missing("Étude", study_id)
        return Changes.of(studies=study_id)
