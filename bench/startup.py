"""Cold start to a usable window: the app on 50,000 sites and on the demo catalog, and a bare window.

The app's probe (``TL_DESKTOP_STARTUP_PROBE=1``, see tl_desktop/ui/app.py) prints
``usable <s> rows=<n>`` once the main window is shown and the event loop has run once, then
quits. We time, from the parent (``time.perf_counter()``), spawning ``python -m tl_desktop
--data-dir DIR`` until that line is read. Baseline measured the same way in the same run:
``bench/bare_window.py`` (QApplication + QMainWindow + QTableView). RUNS runs of each,
interleaved; the first run of each is also reported alone ("first": nothing is dropped from
the OS cache, it is only the first in this bench run).
"""

from __future__ import annotations

import io
import pstats
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench import BENCH_DIR, CACHE_DIR, PYTHON, REPO_DIR, Figure, bench_env
from bench.catalog import catalog_path

RUNS = 7
TIMEOUT_S = 60


class _PeakSampler(threading.Thread):
    """The child's peak memory, sampled every 5 ms until it exits.

    On Linux, VmHWM of /proc/PID/status: the kernel's high-water mark of the process's own
    memory since exec (monotonic, so the last reading is the peak up to then). Not
    ``ru_maxrss`` from wait4: it also counts the parent's memory copied by fork before exec.
    Elsewhere, psutil: Windows' peak working set, or the RSS sampled.
    """

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0, threading.Event()
        self.start()

    def read(self) -> int | None:
        try:
            with open(f"/proc/{self.pid}/status", "rb") as f:
                for line in f:
                    if line.startswith(b"VmHWM:"):
                        return int(line.split()[1]) * 1024
            return None   # a zombie: its memory is gone
        except FileNotFoundError:
            pass
        except OSError:
            return None
        try:
            import psutil
            info = psutil.Process(self.pid).memory_info()
            return getattr(info, "peak_wset", None) or info.rss
        except Exception:   # psutil missing, or the process gone
            return None

    def run(self) -> None:
        while not self._done.is_set():
            value = self.read()
            if value is None:
                return
            self.peak = max(self.peak, value)
            time.sleep(0.005)

    def finish(self) -> int:
        self._done.set()
        self.join()
        return self.peak


def spawn(cmd: list[str], env: dict) -> dict:
    """Run one probe; return wall time to the ``usable`` line, the line, and the peak memory."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO_DIR, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        killer = threading.Timer(TIMEOUT_S, proc.kill)
        killer.start()
        sampler = _PeakSampler(proc.pid)
        wall, line, peak = None, "", 0
        try:
            for out in proc.stdout:
                if out.startswith("usable"):
                    wall = time.perf_counter() - t0
                    line = out.strip()
                    peak = sampler.read() or 0   # the window is up: read it now, before exit
                    break
            proc.stdout.read()
            proc.wait()
        finally:
            killer.cancel()
            proc.stdout.close()
            peak = max(peak, sampler.finish())
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if wall is None:
        raise RuntimeError(f"no 'usable' line from {cmd} (exit {proc.returncode}): {stderr[-1500:]}")
    parts = dict(p.split("=", 1) for p in line.split()[2:] if "=" in p)
    return {"wall_s": wall, "inner_s": float(line.split()[1]), "rows": parts.get("rows"),
            "peak_rss": peak, "returncode": proc.returncode}


def app_cmd(data_dir: Path) -> list[str]:
    return [PYTHON, "-m", "tl_desktop", "--data-dir", str(data_dir)]


def bare_cmd() -> list[str]:
    return [PYTHON, str(BENCH_DIR / "bare_window.py")]


def probe_env() -> dict:
    env = bench_env()
    env["TL_DESKTOP_STARTUP_PROBE"] = "1"
    return env


def make_data_dirs(scratch: Path) -> dict[str, Path]:
    """Data folders: the 50,000-site catalog (a copy) and the demo catalog (``tl-desktop demo``)."""
    big = scratch / "catalog-50k"
    big.mkdir(parents=True)
    shutil.copyfile(catalog_path(50_000), big / "catalogue.tldb")
    demo = scratch / "demo"
    launcher = Path(PYTHON).parent / "tl-desktop"
    cmd = [str(launcher)] if launcher.exists() else [PYTHON, "-m", "tl_desktop"]
    subprocess.run(cmd + ["demo", "--data-dir", str(demo)], cwd=REPO_DIR, env=bench_env(),
                   check=True, capture_output=True, timeout=300)
    return {"50k": big, "demo": demo}


def profile_startup(data_dir: Path) -> str:
    """cProfile of one start on ``data_dir``: the app's functions by cumulative time."""
    out = data_dir.parent / "startup.prof"
    cmd = [PYTHON, "-m", "cProfile", "-o", str(out), "-m", "tl_desktop", "--data-dir", str(data_dir)]
    subprocess.run(cmd, cwd=REPO_DIR, env=probe_env(), capture_output=True, timeout=TIMEOUT_S)
    text = io.StringIO()
    stats = pstats.Stats(str(out), stream=text)
    stats.sort_stats("cumulative").print_stats(r"tl_desktop|PySide6|sqlite", 25)
    lines = [ln for ln in text.getvalue().splitlines() if ln.strip()]
    return "\n".join(lines[-27:])


def import_profile(data_dir: Path, min_ms: float = 8) -> list[str]:
    """``python -X importtime``: the imports of one start taking ``min_ms`` or more (cumulative), as a tree."""
    cmd = [PYTHON, "-X", "importtime", "-m", "tl_desktop", "--data-dir", str(data_dir)]
    proc = subprocess.run(cmd, cwd=REPO_DIR, env=probe_env(), capture_output=True, text=True, timeout=TIMEOUT_S)
    found = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or line.count("|") != 2 or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|")
        if int(cumulative) >= min_ms * 1000:
            found.append(f"{int(cumulative) / 1000:7.1f} ms {name.rstrip()}")
    return found[::-1][:40]   # importtime prints a package after its children: parents first


def three_cases(scratch: Path):
    """Return the data folders, environment and commands of: a bare window, the demo, 50,000 sites."""
    dirs = make_data_dirs(scratch)
    cases = {"bare": bare_cmd(), "demo": app_cmd(dirs["demo"]), "50k": app_cmd(dirs["50k"])}
    return dirs, probe_env(), cases


def run() -> list[Figure]:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="startup-", dir=CACHE_DIR))
    try:
        dirs, env, cases = three_cases(scratch)
        runs: dict[str, list[dict]] = {k: [] for k in cases}
        for _ in range(RUNS):
            for name, cmd in cases.items():     # interleaved: noise spreads over all three
                runs[name].append(spawn(cmd, env))
        profile = profile_startup(dirs["50k"])
        imports = import_profile(dirs["demo"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def stat(name: str) -> dict:
        walls = [r["wall_s"] for r in runs[name]]
        return {"first": walls[0], "median": statistics.median(walls), "min": min(walls), "max": max(walls),
                "runs": walls,
                "inner_median": statistics.median(r["inner_s"] for r in runs[name]),
                "rows": runs[name][0]["rows"],
                "peak_rss_median": statistics.median(r["peak_rss"] or 0 for r in runs[name])}

    s = {name: stat(name) for name in runs}
    details = {"runs": RUNS, "stats": s, "profile_50k": profile, "imports_demo": imports}
    bare = s["bare"]["median"]
    figures = [Figure("startup", "startup bare window median", bare, "s", details=details),
               Figure("startup", "startup bare window max", s["bare"]["max"], "s"),
               Figure("startup", "startup bare window first run", s["bare"]["first"], "s")]
    for name, label in (("50k", "50,000 sites"), ("demo", f"demo catalog, {s['demo']['rows']} rows")):
        med = s[name]["median"]
        figures += [
            Figure("startup", f"startup app {label} median", med, "s", "< 2 s", med < 2),
            Figure("startup", f"startup app {label} median / bare median", med / bare, "x", "≤ 2.5×", med / bare <= 2.5),
            Figure("startup", f"startup app {label} max", s[name]["max"], "s"),
            Figure("startup", f"startup app {label} first run", s[name]["first"], "s"),
            Figure("startup", f"startup app {label} in-process time (probe's own figure) median",
                   s[name]["inner_median"], "s"),
        ]
    return figures
