"""What long core jobs share: a progress callback and a cancel flag (no Qt here).

A job is a plain function taking ``progress(done, total, label)`` and a ``CancelFlag``; it
raises ``Cancelled`` when asked to stop, having changed nothing. The GUI runs it in a worker.
"""

from __future__ import annotations

import sys
import threading
from typing import Protocol

# Long jobs (an import's planning, a study's figures) compute in Python beside the GUI thread
# and the writer. With CPython's default switch interval (5 ms), a thread waiting for the GIL
# waits up to 5 ms at each hand-over: an autosave of a dozen statements then takes 25 ms
# instead of 2 (measured). The app offers the GIL every millisecond instead.
SWITCH_INTERVAL_S = 0.001


def share_the_interpreter() -> None:
    """Make threads hand the GIL over every millisecond (the GUI, the writer and jobs share it)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


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
