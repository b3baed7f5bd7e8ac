"""The command line's quick subcommands on 50,000 sites: spawn to exit, and what they load.

``tl-desktop search cafe``, ``search fabrique lyon`` (few hits) and ``list`` (every site
printed), each run as ``python -m tl_desktop … --data-dir DIR`` with stdout to a pipe read
to the end; wall time from spawn to exit, peak memory (VmHWM), RUNS runs interleaved. The
baseline, measured the same way in the same run: ``python -c "import sqlite3"`` (the
interpreter starting and opening nothing). Also the modules that should never load for these
commands (reportlab, Pillow, folium, Qt) as found in ``python -X importtime`` of one search.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import CACHE_DIR, PYTHON, REPO_DIR, Figure, bench_env
from bench.catalog import catalog_path
from bench.startup import _PeakSampler

RUNS = 7
HEAVY = ("reportlab", "PIL", "folium", "PySide6")


def _spawn(cmd: list[str], env: dict) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    sampler = _PeakSampler(proc.pid)
    lines = proc.stdout.read().count(b"\n")
    proc.wait(timeout=120)
    wall = time.perf_counter() - t0
    peak = sampler.finish()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited with {proc.returncode}")
    return {"wall_s": wall, "peak_rss": peak, "lines": lines}


def _heavy_imports(data_dir: Path, env: dict) -> list[str]:
    cmd = [PYTHON, "-X", "importtime", "-m", "tl_desktop", "search", "cafe", "--data-dir", str(data_dir)]
    proc = subprocess.run(cmd, cwd=REPO_DIR, env=env, capture_output=True, text=True, timeout=120)
    names = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    return sorted(n for n in names if n.split(".")[0] in HEAVY)


def run() -> list[Figure]:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="cli-", dir=CACHE_DIR))
    env = bench_env()
    try:
        data = scratch / "catalog-50k"
        data.mkdir()
        shutil.copyfile(catalog_path(50_000), data / "catalogue.tldb")
        app = [PYTHON, "-m", "tl_desktop"]
        cases = {"baseline": [PYTHON, "-c", "import sqlite3"],
                 "search cafe": app + ["search", "cafe", "--data-dir", str(data)],
                 "search fabrique lyon": app + ["search", "fabrique", "lyon", "--data-dir", str(data)],
                 "list": app + ["list", "--data-dir", str(data)]}
        runs: dict[str, list[dict]] = {k: [] for k in cases}
        for _ in range(RUNS):
            for name, cmd in cases.items():     # interleaved: noise spreads over all of them
                runs[name].append(_spawn(cmd, env))
        heavy = _heavy_imports(data, env)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    stats = {name: {"median_s": statistics.median(r["wall_s"] for r in rs), "max_s": max(r["wall_s"] for r in rs),
                    "peak_rss_median": statistics.median(r["peak_rss"] for r in rs), "lines": rs[0]["lines"]}
             for name, rs in runs.items()}
    details = {"runs": RUNS, "stats": stats, "heavy_imports_of_search": heavy}
    base = stats["baseline"]["median_s"]
    figures = [Figure("cli", "cli baseline (python -c 'import sqlite3') median", base, "s", details=details)]
    for name in ("search cafe", "search fabrique lyon", "list"):
        med = stats[name]["median_s"]
        quick = name != "list"
        figures += [
            Figure("cli", f"cli {name} median ({stats[name]['lines']} lines)", med, "s",
                   "< 0.5 s" if quick else "", med < 0.5 if quick else None),
            Figure("cli", f"cli {name} peak memory median", stats[name]["peak_rss_median"], "bytes"),
        ]
    figures.append(Figure("cli", "cli search: reportlab, Pillow, folium or Qt modules loaded", len(heavy), "",
                          "0", not heavy))
    return figures
