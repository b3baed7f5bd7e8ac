"""Subprocess of bench.map: load the map page of N sites in a real QWebEngineView, offscreen.

    python -m bench.map_load CATALOG N OUT_DIR

Prints one JSON line: the time from ``MapView.set_points`` (page built and loaded) to the
``page_ready`` signal, to ``window.tlMap.count() == N`` (the markers exist), and to the
end of the cluster's chunked loading (``tlMap.isLoading()`` false); a second load of the
same page in the same process; the view's creation time and the RSS with the web engine's
child processes.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

T_START = time.perf_counter()
TIMEOUT_S = 60
POLL_MS = 5


def points_sample(catalog: str, n: int) -> list:
    """``n`` map points of the catalog, sampled with a fixed seed, in the app's order (by name)."""
    import random

    from tl_desktop.store import Store

    with Store(catalog, create=False) as store:
        points = store.sites.map_points()
    if n >= len(points):
        return points
    keep = sorted(random.Random(7).sample(range(len(points)), n))
    return [points[i] for i in keep]


def rss_tree() -> dict:
    try:
        import psutil
    except ImportError:
        return {}
    me = psutil.Process()
    children = me.children(recursive=True)
    procs = [me] + [c for c in children if c.is_running()]
    result = {"rss_gui_process": me.memory_info().rss,
              "rss_children": sum(p.memory_info().rss for p in procs[1:]), "children": len(children)}
    try:   # PSS counts shared pages once: the sum over processes is meaningful
        result["pss_total"] = sum(p.memory_full_info().pss for p in procs)
    except (AttributeError, psutil.Error):
        pass
    return result


def main(argv: list[str]) -> int:
    catalog, n, out_dir = argv[0], int(argv[1]), argv[2]
    points = points_sample(catalog, n)
    t_points = time.perf_counter()

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    from tl_desktop.ui.map_scheme import register_map_scheme
    register_map_scheme()
    from PySide6.QtWebEngineCore import qWebEngineChromiumVersion, qWebEngineVersion
    from PySide6.QtWidgets import QApplication

    from tl_desktop.views.map_view import MapView

    app = QApplication([sys.argv[0]])
    t_app = time.perf_counter()
    view = MapView()
    view.resize(1100, 800)
    view.show()
    t_view = time.perf_counter()
    errors: list[str] = []
    view.page().console_message.connect(
        lambda level, msg, line, src: errors.append(f"{msg} ({src}:{line})") if level >= 2 else None)

    result: dict = {"points": len(points), "read_points_s": t_points - T_START,
                    "import_and_qapp_s": t_app - t_points,
                    "view_creation_s": t_view - t_app,
                    "webengine": qWebEngineVersion(), "chromium": qWebEngineChromiumVersion()}
    loads: list[dict] = []
    state: dict = {}

    def poll(generation: int) -> None:
        def on_value(value) -> None:
            if generation != state.get("generation"):
                return   # an answer about a previous load
            now = time.perf_counter()
            # JSON text: a JS array comes back from runJavaScript as '' with PySide6 6.12.
            try:
                count, loading = json.loads(value)
            except (TypeError, ValueError):
                count, loading = -1, True
            if count == len(points) and "count_s" not in state:
                state["count_s"] = now - state["t0"]
            if "count_s" in state and loading is False:
                state["loaded_s"] = now - state["t0"]
                finish()
                return
            QTimer.singleShot(POLL_MS, lambda: poll(generation))
        view.page().runJavaScript(
            "JSON.stringify(window.tlMap ? [window.tlMap.count(), window.tlMap.isLoading()] : [-1, true])",
            0, on_value)

    def on_ready() -> None:
        # page_ready is emitted for the current load only; then the markers are polled.
        if "ready_s" not in state and "t0" in state:
            state["ready_s"] = time.perf_counter() - state["t0"]
            poll(state["generation"])

    def start(label: str) -> None:
        generation = state.get("generation", 0) + 1
        state.clear()
        state.update(label=label, generation=generation, t0=time.perf_counter())
        view.set_points(points, out_dir)          # builds the page, then loads it
        state["set_points_s"] = time.perf_counter() - state["t0"]

    def finish() -> None:
        loads.append({k: v for k, v in state.items() if k not in ("t0", "generation")})
        if len(loads) == 1:
            QTimer.singleShot(50, lambda: start("second load, same process"))
        else:
            result.update(rss_tree())
            app.quit()

    view.page_ready.connect(on_ready)
    QTimer.singleShot(0, lambda: start("first load"))
    QTimer.singleShot(TIMEOUT_S * 1000, lambda: (result.__setitem__("timeout", True), app.quit()))
    app.exec()
    result["loads"] = loads
    result["js_errors"] = errors[:10]
    print(json.dumps(result), flush=True)
    view.close()
    return 0 if len(loads) == 2 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
