"""Pausing Python's cyclic garbage collector while many acyclic records are built.

Its full passes walk every live container, and building 50,000 sites triggers several over a
growing heap: 0.7 of the 3.6 s an import's plan took, for nothing collected (sites, rows and
their lists hold no reference cycle; reference counting frees them). The pause is for the
whole process, so it is counted: the collector comes back when the last pause ends, and only
if it was running when the first began. Cyclic garbage made meanwhile (elsewhere in the app)
is collected then.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def cycles_paused():
    """Run the block with the cyclic garbage collector paused (re-entrant, from any thread)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
