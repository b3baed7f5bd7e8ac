"""Memory: peak RSS of the start-up process (to a usable window), 50,000 sites vs demo vs bare.

The peak is the kernel's high-water mark of the child's resident memory (VmHWM, read from
/proc every 5 ms until the child exits; see bench.startup._PeakSampler), so no short-lived
peak is missed; elsewhere psutil gives the peak working set (Windows) or samples the RSS.
The map's memory (GUI + QtWebEngine processes, PSS) is reported by ``bench.map``.
No target in the issue: the figures are information.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

from bench import CACHE_DIR, Figure
from bench.startup import spawn, three_cases

RUNS = 3


def run() -> list[Figure]:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="memory-", dir=CACHE_DIR))
    try:
        _, env, cases = three_cases(scratch)
        peaks: dict[str, list[int]] = {k: [] for k in cases}
        for _ in range(RUNS):
            for name, cmd in cases.items():
                peaks[name].append(spawn(cmd, env)["peak_rss"] or 0)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in peaks.items()}
    details = {"runs": RUNS, "peak_rss_bytes": peaks}
    return [
        Figure("memory", "memory peak RSS at start-up, app 50,000 sites", med["50k"], "bytes", details=details),
        Figure("memory", "memory peak RSS at start-up, app demo catalog", med["demo"], "bytes"),
        Figure("memory", "memory peak RSS at start-up, bare window", med["bare"], "bytes"),
        Figure("memory", "memory 50,000 sites − demo (what the catalog's size costs)",
               med["50k"] - med["demo"], "bytes"),
    ]
