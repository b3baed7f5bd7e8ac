"""What long core jobs share: a progress callback and a cancel flag (no Qt here).

A job is a plain function taking ``progress(done, total, label)`` and a ``CancelFlag``; it
raises ``Cancelled`` when asked to stop, having changed nothing. The GUI runs it in a worker.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int, label: str) -> None: ...


def no_progress(done: int, total: int, label: str) -> None:
    """Progress callback that ignores every report."""


class CancelFlag:
    """Set from the GUI thread, read by the job: a thin, thread-safe wrapper of threading.Event."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()
