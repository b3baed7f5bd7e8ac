"""Child of bench/photos.py: the real notebook attaches photos, offscreen; prints one JSON line.

``first_thumbnail_s``: from the call (what the button, a drop or a paste does) to the first
thumbnail drawn; ``all_s``: to the last; ``worst_stall_ms``: the longest gap between two
ticks of a 5 ms timer on the GUI thread during the batch.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(data: Path, photos: list[str]) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tl_desktop.ui import app as appmod

    appmod.prepare_environment()
    qapp = QApplication(sys.argv[:1])
    from tl_desktop.domain import Site
    from tl_desktop.media import THUMBNAIL_PX
    from tl_desktop.store import Store, Writer
    from tl_desktop.ui.operations import Operations
    from tl_desktop.views.notebook_view import NotebookView

    store = Store(data / "catalogue.tldb")
    site = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille", latitude=43.3,
                                longitude=5.39, location_precision="adresse"))[0]
    visit = store.visits.create(site.id, visit_date="2025-02-11")[0]
    ops = Operations(Writer(store.path))     # the notebook writes through the operation runner
    view = NotebookView(store, ops)
    view.resize(900, 700)
    view.open_visit(visit.id)
    view.tabs.setCurrentWidget(view.photos)
    view.show()
    qapp.processEvents()

    shown: list[float] = []
    ticks: list[float] = []
    view.photos.loader.ready.connect(
        lambda att, px, image: shown.append(time.perf_counter()) if px == THUMBNAIL_PX and image is not None else None)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    view.photos.attach(photos)
    deadline = start + 300
    while (view.photos.runner is not None or len(shown) < len(photos)) and time.perf_counter() < deadline:
        qapp.processEvents()
        time.sleep(0.001)
    end = time.perf_counter()
    timer.stop()
    gaps = [b - a for a, b in zip([start] + ticks, ticks + [end])]
    result = {"first_thumbnail_s": round(shown[0] - start, 4) if shown else None,
              "all_s": round(end - start, 3), "thumbnails": len(shown),
              "worst_stall_ms": round(max(gaps) * 1000, 1), "attached": len(store.attachments.of_visit(visit.id))}
    view.photos.shutdown()
    ops.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2:])), flush=True)
