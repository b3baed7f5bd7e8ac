"""Where the agent left each visit's notebook, kept in QSettings so that a restart finds it.

One JSON map ``{visit id: {tab, scroll, notes_scroll, field, cursor, at}}``; only the most
recently used visits are kept, so the settings file does not grow with years of visits.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QSettings

POSITIONS_KEY = "notebook/positions"
MAX_POSITIONS = 200


def _all() -> dict:
    try:
        found = json.loads(QSettings().value(POSITIONS_KEY, "{}", type=str) or "{}")
    except ValueError:
        return {}                  # a damaged value: start again rather than fail
    return found if isinstance(found, dict) else {}


def saved_position(visit_id: str | None) -> dict:
    """Where ``visit_id`` was left ({} if nowhere known)."""
    found = _all().get(visit_id) if visit_id else None
    return found if isinstance(found, dict) else {}


def remember_position(visit_id: str, position: dict) -> None:
    """Keep ``position`` for ``visit_id``, forgetting the oldest beyond MAX_POSITIONS visits."""
    positions = _all()
    positions[visit_id] = {**position, "at": time.time()}
    if len(positions) > MAX_POSITIONS:
        oldest = sorted(positions, key=lambda v: positions[v].get("at", 0) if isinstance(positions[v], dict) else 0)
        for old in oldest[:len(positions) - MAX_POSITIONS]:
            del positions[old]
    QSettings().setValue(POSITIONS_KEY, json.dumps(positions))


def forget_position(visit_id: str | None) -> None:
    positions = _all()
    if visit_id in positions:
        del positions[visit_id]
        QSettings().setValue(POSITIONS_KEY, json.dumps(positions))
