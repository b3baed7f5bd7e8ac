"""Benchmarks of Tiers-Lieux Desktop: the speed and memory figures of the issues.

Run ``scripts/run-bench`` (or ``python -m bench [search map startup memory]``). Each figure
module exposes ``run() -> list[Figure]``; ``bench.__main__`` prints them and writes
``bench/results/latest.json`` and ``latest.md`` with a description of the machine.
Targets live here, never in timed tests.
"""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
RESULTS_DIR = BENCH_DIR / "results"
PYTHON = sys.executable


@dataclass
class Figure:
    """One measured figure; ``passed`` is None when the figure has no target (information)."""

    bench: str
    name: str
    value: float
    unit: str
    target: str = ""
    passed: bool | None = None
    details: dict = field(default_factory=dict)

    def verdict(self) -> str:
        return "INFO" if self.passed is None else ("PASS" if self.passed else "FAIL")

    def value_text(self) -> str:
        v = self.value
        if self.unit == "ms":
            return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms"
        if self.unit == "s":
            return f"{v:.3f} s"
        if self.unit == "bytes":
            return human_bytes(v)
        if self.unit == "x":
            return f"{v:.2f}×"
        return f"{v:g} {self.unit}".strip()

    def line(self) -> str:
        target = f" (target {self.target})" if self.target else ""
        return f"{self.name}: {self.value_text()}{target} {self.verdict()}"

    def as_dict(self) -> dict:
        d = asdict(self)
        d["verdict"] = self.verdict()
        return d


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.2f} {unit}"
        n /= 1024
    return f"{n:.2f} GB"


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0-100) with linear interpolation (numpy's default)."""
    if not values:
        return math.nan
    s = sorted(values)
    k = (len(s) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def summary_ms(seconds: list[float]) -> dict:
    """p50/p95/max (and n) of durations given in seconds, in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {"n": len(ms), "p50": percentile(ms, 50), "p95": percentile(ms, 95), "max": max(ms) if ms else math.nan}


def bench_env() -> dict:
    """Environment for the Qt subprocesses: offscreen, no sandbox as root, no user settings."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    # QSettings (window geometry...) go to a private folder: runs do not depend on each other's state.
    env["XDG_CONFIG_HOME"] = str(CACHE_DIR / "config")
    env["PYTHONPATH"] = str(REPO_DIR) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed app runs from bytecode (pip and PyInstaller compile it): measured with
    # PYTHONDONTWRITEBYTECODE=1 (set on some CI machines), every start would first compile
    # the app's ~100 modules from source (~90 ms). compiled() writes the bytecode once.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compiled() -> None:
    """Write the bytecode of the app and the benches (as an install does), so starts load it."""
    import compileall

    for folder in (REPO_DIR / "tl_desktop", BENCH_DIR):
        compileall.compile_dir(str(folder), quiet=1)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_bytes() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import psutil
        return psutil.virtual_memory().total
    except ImportError:
        return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} (kernel {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def machine() -> dict:
    """Describe the machine and the stack the figures were measured on."""
    info = {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram": _ram_bytes(),
        "os": _os_name(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion
        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:
        pass
    try:
        import folium
        info["folium"] = folium.__version__
    except ImportError:
        pass
    return info
