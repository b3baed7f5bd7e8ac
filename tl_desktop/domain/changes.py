"""What an operation changed, by kind of record and by id (cf. Anki's ``OpChanges``).

Every mutation of the store returns one; the GUI's operation runner broadcasts it, and each
view decides from it whether (and what) to refresh. Never a bare "something changed".
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Changes:
    """Ids of the records an operation created, modified or deleted, by kind."""

    sites: frozenset[str] = _EMPTY
    tours: frozenset[str] = _EMPTY
    stops: frozenset[str] = _EMPTY
    visits: frozenset[str] = _EMPTY
    people: frozenset[str] = _EMPTY
    attachments: frozenset[str] = _EMPTY
    studies: frozenset[str] = _EMPTY

    @classmethod
    def of(cls, **ids: Iterable[str] | str | None) -> "Changes":
        """Build from iterables of ids (or single ids); ``Changes.of(sites=[a, b], visits=v)``."""
        def as_set(value) -> frozenset[str]:
            if value is None:
                return _EMPTY
            if isinstance(value, str):
                return frozenset((value,))
            return frozenset(v for v in value if v)
        return cls(**{name: as_set(value) for name, value in ids.items()})

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __repr__(self) -> str:
        parts = [f"{f.name}={len(getattr(self, f.name))}" for f in fields(self) if getattr(self, f.name)]
        return f"Changes({', '.join(parts)})"


NO_CHANGES = Changes()
