"""Typing, then kill -9: the harness of tests/ui/test_crash_recovery.py and of ``bench crash``.

Each run starts the real main window in a subprocess on a shared catalog, opens a new visit's
notebook and types into its notes one key every INTERVAL_MS (a fast typist), printing each
key with its time. After a random delay the process gets SIGKILL. The catalog is reopened:
it must pass integrity_check, the notes must be exactly a prefix of what was typed, and the
loss is the time between the first key missing and the kill.

    python -m tests.factories.crash driver DIR VISIT  # (internal) the typing process
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

TEXT = ("Visite de la friche : accueil par l'équipe, atelier bois, café associatif « La Cantine », "
        "bénévoles nombreux ; fragilité : fin de l'occupation temporaire en 2027. ") * 40
INTERVAL_MS = 25          # 40 keys a second: faster than anyone types, so harsher
KILLS = 50


@dataclass
class KillRun:
    typed: int
    saved: int
    loss_s: float
    integrity_ok: bool
    prefix_ok: bool


def driver(data_dir: str, visit_id: str) -> None:
    """The typing process: the real main window, one key every INTERVAL_MS into the notes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from tl_desktop.base.paths import database_path
    from tl_desktop.store import Store
    from tl_desktop.ui import app as app_module
    from tl_desktop.ui.main_window import MainWindow

    app_module.prepare_environment()
    app = QApplication([])
    store = Store(database_path(Path(data_dir)))
    window = MainWindow(store, Path(data_dir))
    window.show()
    window.open_visit(visit_id)
    edit = window.notebook.notes_edit
    edit.setFocus()
    count = 0

    def key() -> None:
        nonlocal count
        char = TEXT[count % len(TEXT)]
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))
        count += 1
        print(f"typed {count} {time.time():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(INTERVAL_MS)
    print("ready", flush=True)
    app.exec()


def kill_once(data_dir: Path, kill_after_s: float) -> KillRun:
    """Type in a new visit for ``kill_after_s`` seconds, SIGKILL, and measure what was kept."""
    from tl_desktop.base.paths import database_path
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    with Store(database_path(data_dir)) as store:
        site_ids = store.sites.query_ids()
        site_id = site_ids[0] if site_ids else store.sites.save(Site(name="Friche de test", commune="Die"))[0].id
        visit_id = store.visits.create(site_id)[0].id
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    process = subprocess.Popen([sys.executable, "-m", "tests.factories.crash", "driver", str(data_dir), visit_id],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                               cwd=Path(__file__).resolve().parents[2])
    events: list[tuple[int, float]] = []
    ready = threading.Event()

    def read() -> None:
        for line in process.stdout:
            if line.startswith("ready"):
                ready.set()
            elif line.startswith("typed"):
                _, n, t = line.split()
                events.append((int(n), float(t)))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(30):
        process.kill()
        raise RuntimeError("the typing process did not start")
    time.sleep(kill_after_s)
    process.send_signal(signal.SIGKILL)
    killed_at = time.time()
    process.wait()
    reader.join(5)
    with Store(database_path(data_dir)) as store:
        notes = store.visits.get(visit_id).notes
        integrity_ok = store.check() == []
    typed = events[-1][0] if events else 0
    saved = len(notes)
    first_lost = next((t for n, t in events if n == saved + 1), None)
    loss = max(0.0, killed_at - first_lost) if first_lost is not None and saved < typed else 0.0
    return KillRun(typed=typed, saved=saved, loss_s=loss, integrity_ok=integrity_ok,
                   prefix_ok=TEXT.startswith(notes) if len(notes) <= len(TEXT) else False)


def kill_many(data_dir: Path, kills: int, seed: int = 7, longest_s: float = 3.0) -> list[KillRun]:
    """Kill the typing app ``kills`` times, each after a random 0.3 s to ``longest_s`` of typing."""
    rnd = random.Random(seed)
    return [kill_once(data_dir, rnd.uniform(0.3, longest_s)) for _ in range(kills)]




if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "driver":
        driver(sys.argv[2], sys.argv[3])
