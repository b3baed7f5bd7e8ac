"""One family's cases in one process (started by bench.hostile): one JSON line per case.

Before each case a ``{"start": name}`` line, after it ``{"name", "verdict", "reason"…}``: if
the process dies or hangs, the runner knows which case did it and goes on with the others.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
import traceback
from pathlib import Path

from bench.hostile_cases import all_cases
from bench.hostile_cases.samples import _DEMO_DIR
from bench.hostile_cases.lab import HANDLED, LOST, SEVERITY, SKIPPED, TRACEBACK, WRONG, Finding, Lab, Skip, short


def _isolate() -> Path:
    """HOME, XDG folders, the default data folder: all in a temporary folder (no real user data touched)."""
    home = Path(tempfile.mkdtemp(prefix="tl-sweep-home-"))
    os.environ["HOME"] = str(home)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ["TL_DESKTOP_DATA"] = str(home / "donnees-par-defaut")
    os.environ.pop("TL_DESKTOP_DEBUG", None)
    return home


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/tl_desktop/" in f.filename] or frames
    if not ours:
        return ""
    f = ours[-1]
    return f" (at {Path(f.filename).name}:{f.lineno})"


def work(family: str, names: list[str], out: Path) -> int:
    home = _isolate()
    cases = {c.name: c for c in all_cases() if c.family == family}
    kit = None
    if any(cases[n].gui for n in names):
        from bench.hostile_cases.gui_kit import GuiKit

        kit = GuiKit.start()
    root_logger = logging.getLogger()
    with open(out, "a", encoding="utf-8") as sink:
        for name in names:
            case = cases[name]
            sink.write(json.dumps({"start": name}) + "\n")
            sink.flush()
            folder = Path(tempfile.mkdtemp(prefix=f"tl-sweep-{name[:20]}-"))
            lab = Lab(folder)
            lab.kit = kit
            root_logger.addHandler(lab.errors)
            started = time.perf_counter()
            verdict, reason = HANDLED, ""
            try:
                if kit is not None:
                    kit.begin(lab)
                case.run(lab)
            except Finding as found:
                verdict, reason = found.kind, found.reason
            except Skip as skipped:
                verdict, reason = SKIPPED, str(skipped)
            except Exception as exc:  # noqa: BLE001 — what the user would have got
                verdict, reason = TRACEBACK, short(f"{type(exc).__name__}: {exc}") + _where(exc)
            finally:
                try:
                    if kit is not None:
                        kit.end(lab)
                finally:
                    lab.close()
                    root_logger.removeHandler(lab.errors)
                    shutil.rmtree(folder, ignore_errors=True)
            seen = []
            if kit is not None:
                seen += kit.unexpected_seen()
            seen += [f"logged: {short(r.getMessage())} {short(str(r.exc_info[1]))}" for r in lab.errors.records]
            if seen and verdict not in (SKIPPED,) and SEVERITY[verdict] < SEVERITY[TRACEBACK]:
                verdict, reason = TRACEBACK, short("; ".join(seen), 240) + (f" (and: {reason})" if reason else "")
            elif seen and verdict == LOST:
                reason += f" (and a traceback: {short(seen[0], 120)})"
            assert verdict in (HANDLED, SKIPPED, TRACEBACK, LOST, WRONG)
            sink.write(json.dumps({"name": name, "family": family, "verdict": verdict, "reason": reason,
                                   "seconds": round(time.perf_counter() - started, 2)}, ensure_ascii=False) + "\n")
            sink.flush()
    if kit is not None:
        kit.stop()
    shutil.rmtree(home, ignore_errors=True)
    for folder in _DEMO_DIR:
        shutil.rmtree(folder, ignore_errors=True)
    return 0
