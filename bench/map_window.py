"""Child of bench/map.py: the map in the real main window, offscreen; prints one JSON line.

    python -m bench.map_window DATA_DIR [--save] [--sort] [--startup-only]

The app's own start-up path (``prepare_environment``, translations, ``Store``, ``MainWindow``,
``show()``, then ``start_deferred`` from the event loop), then what an agent does, each timed
from the call a click or a key makes to the moment the page reports it has drawn the result
(``MapView.drawn`` with the stamp of the request), with the longest gap between two ticks of
a 5 ms timer on the GUI thread meanwhile ("stall"):

- start-up: from the window's first paint to the map usable (its sites drawn);
- a site saved from its form (``--save``), deleted and restored (Ctrl+Z);
- the catalog's filter: all → one département → all, typing « c », then clearing it;
- the catalog refreshed, sorted by each column (``--sort``).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

TICK_MS = 5
TIMEOUT_S = 120
ROUNDS = 3


class Clock:
    """A 5 ms timer on the GUI thread: the longest gap between its ticks is the worst stall."""

    def __init__(self, app):
        from PySide6.QtCore import Qt, QTimer

        self.app = app
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def wait(self, done, timeout: float = TIMEOUT_S) -> float:
        """Run the event loop until ``done()``; return when it became true."""
        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the map did not answer")
            self.app.processEvents()
            time.sleep(0.0005)
        return time.perf_counter()

    def stall_ms(self, start: float, end: float) -> float:
        """The longest time the GUI thread ran no event between ``start`` and ``end``."""
        inside = [t for t in self.ticks if start <= t <= end]
        edges = [start] + inside + [end]
        return max(b - a for a, b in zip(edges, edges[1:])) * 1000


def main(data_dir: Path, save: bool, sort: bool, startup_only: bool = False) -> dict:
    started = time.perf_counter()
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tl_desktop.ui import app as appmod

    appmod.prepare_environment()
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("Tiers-Lieux Desktop Bench")
    app.setApplicationName("Tiers-Lieux Desktop Bench")
    appmod.install_translations(app)
    from tl_desktop.domain import SiteFilter
    from tl_desktop.store import Store
    from tl_desktop.ui import main_window as shell

    shell.ask = lambda *a, **k: QMessageBox.Yes     # « Supprimer ce lieu ? » answered Yes
    store = Store(data_dir / "catalogue.tldb")
    window = shell.MainWindow(store, data_dir)
    window.resize(1366, 768)
    window.show()
    clock = Clock(app)
    result: dict = {"sites": store.sites.count()}

    # ---- start-up: first paint, then start_deferred as run_gui does, until the sites are drawn
    painted = time.perf_counter()
    app.processEvents()
    result["first_paint_ms"] = (time.perf_counter() - painted) * 1000
    result["window_shown_s"] = time.perf_counter() - started
    appeared = time.perf_counter()
    shown = []
    QTimer.singleShot(0, window.start_deferred)
    clock.wait(lambda: window.map_view is not None)
    window.map_view.sites_shown.connect(lambda: shown.append(time.perf_counter()))
    usable = clock.wait(lambda: bool(shown))
    result["startup"] = {"map_usable_s": usable - appeared, "stall_ms": clock.stall_ms(appeared, usable)}
    if startup_only:
        window.form.load_site(None)
        window.close()
        store.close()
        return result

    view = window.map_view
    drawn: list[int] = []
    view.drawn.connect(drawn.append)
    stamps: list[int] = []
    for name in ("set_filter", "set_visible_ids", "update_sites", "load_sites"):
        original = getattr(view, name)

        def recording(*args, _original=original, **kwargs):
            stamp = _original(*args, **kwargs)
            if stamp is not None:    # None: nothing asked of the page
                stamps.append(stamp)
            return stamp
        setattr(view, name, recording)

    def act(action) -> dict:
        """Do ``action``; time it until the page has drawn every request it made."""
        before = len(stamps)
        t0 = time.perf_counter()
        action()
        # Requests are made now or later (a worker's read, the search's 120 ms pause): wait
        # for the first, then for the page to draw the last one made.
        clock.wait(lambda: len(stamps) > before)
        end = clock.wait(lambda: drawn and max(drawn) >= stamps[-1])
        settle = time.perf_counter()
        clock.wait(lambda: time.perf_counter() - settle > 0.15)   # nothing more should come
        if len(stamps) > before and max(drawn) < stamps[-1]:
            end = clock.wait(lambda: max(drawn) >= stamps[-1])
        return {"ms": (end - t0) * 1000, "stall_ms": clock.stall_ms(t0, end), "requests": len(stamps) - before}

    def key(char: str) -> None:
        edit = window.catalog.search_edit
        code = Qt.Key.Key_Backspace if char == "\b" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier,
                                                   "" if char == "\b" else char))

    catalog = window.catalog
    departement = "13"
    combo = catalog.departement_combo
    filters: dict[str, list] = {"all → one département": [], "one département → all": [],
                                "typing « c »": [], "clearing « c »": []}
    for _ in range(ROUNDS):
        filters["all → one département"].append(act(lambda: combo.setCurrentIndex(combo.findData(departement))))
        filters["one département → all"].append(act(lambda: combo.setCurrentIndex(0)))
        catalog.search_edit.setFocus()
        filters["typing « c »"].append(act(lambda: key("c")))
        filters["clearing « c »"].append(act(lambda: key("\b")))
    result["filters"] = filters
    result["département_sites"] = len(store.sites.query_ids(SiteFilter(departement=departement)))

    if save:
        saves, deletes, undos = [], [], []
        for k in range(ROUNDS):
            site_id = catalog.model.site_id(10 + k)
            window.open_site(site_id)
            name = window.form.edits["name"]
            name.setText(name.text() + " (modifié)")
            saves.append(act(window.actions.save_site.trigger))
            catalog.select_site(site_id)
            catalog.table.setFocus()
            deletes.append(act(window.actions.delete_site.trigger))
            undos.append(act(window.undo_action.trigger))
        result["save"], result["delete"], result["undo"] = saves, deletes, undos

    if sort:
        by_column = {}
        for column, name in enumerate(catalog.model.COLUMNS):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                catalog.table.sortByColumn(column, order)
                times = []
                for _ in range(5):
                    t0 = time.perf_counter()
                    catalog.refresh()             # what a change of data does
                    times.append((time.perf_counter() - t0) * 1000)
                by_column[f"{name} {'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}"] = \
                    statistics.median(times)
        catalog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        result["sort_refresh_ms"] = by_column

    # The noise floor: the same timer with nothing to do (other processes share the cores).
    idle = time.perf_counter()
    clock.wait(lambda: time.perf_counter() - idle > 1.0)
    result["idle_stall_ms"] = clock.stall_ms(idle, time.perf_counter())
    result["payload_bytes"] = len(store.sites.map_columns()[0].encode("utf-8"))

    window.form.load_site(None)
    window.close()
    store.close()
    return result


if __name__ == "__main__":
    args = sys.argv[1:]
    print(json.dumps(main(Path(args[0]), "--save" in args, "--sort" in args, "--startup-only" in args)), flush=True)
    os._exit(0)   # QtWebEngine's teardown is not what is measured
