"""Typing, then kill -9: how much of what the agent typed is lost? (issue 4: at most 1 s)

The harness (the typing process, the kills) is tests/factories/crash.py, shared with the test.

    python -m bench crash                 # 50 kills, reports the worst loss
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.factories.crash import KILLS, TEXT, kill_many


def autosave_latencies(data_dir: Path, writes: int = 400) -> list[float]:
    """Time the notebook's writes: the notes as they grow to an hour of typing, and grid answers."""
    from tl_desktop.base.paths import database_path
    from tl_desktop.store import Store

    times = []
    with Store(database_path(data_dir)) as store:
        visit_id = store.visits.create(store.sites.query_ids()[0])[0].id
        notes = ""
        for i in range(writes):
            notes += TEXT[:60]            # an hour at ~1 char/s ends near 24,000 characters
            start = time.perf_counter()
            if i % 4:
                store.visits.set_notes(visit_id, notes)
            else:
                store.visits.set_answer(visit_id, "impacts", "lien_social", 1 + i % 5)
            times.append(time.perf_counter() - start)
    return times


def run():
    """The bench entry: 50 kills on a fresh catalog; worst loss against the 1 s target."""
    import tempfile

    from bench import Figure

    with tempfile.TemporaryDirectory() as folder:
        runs = kill_many(Path(folder), KILLS)
        latencies = autosave_latencies(Path(folder))
    p95 = sorted(latencies)[int(len(latencies) * 0.95)] * 1000
    worst = max(r.loss_s for r in runs)
    sound = sum(r.integrity_ok for r in runs)
    exact = sum(r.prefix_ok for r in runs)
    return [
        Figure("crash", f"crash worst typing loss over {KILLS} SIGKILLs", worst, "s", "≤ 1 s", worst <= 1.0),
        Figure("crash", "crash kills leaving a sound database (integrity_check)", sound, f"/ {KILLS}",
               f"{KILLS}", sound == KILLS),
        Figure("crash", "crash kills where the notes are exactly a prefix of what was typed", exact,
               f"/ {KILLS}", f"{KILLS}", exact == KILLS),
        Figure("crash", "autosave write p95 (notes of an hour, or one answer)", p95, "ms", "< 20 ms", p95 < 20),
        Figure("crash", "crash keys typed per run (median)", sorted(r.typed for r in runs)[KILLS // 2], "keys"),
    ]
