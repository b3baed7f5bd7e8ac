"""The notebook's autosave while a 200,000-row import runs (issue 10: p95 < 20 ms, worst < 100 ms).

Both go through the one writer, as in the app: the import (``write_import``, staged then
published in short transactions) from a worker thread, the autosave (the notebook's own
operation: the notes of a long visit and one grid answer in one transaction) every 50 ms
from the main thread. Each autosave's latency is measured from its submission to its
commit — what the agent would lose if the laptop died then. The same autosave alone is the
baseline.

    python -m bench autosave

The measure runs in a fresh process of its own (``python -m bench.autosave --json``), as the
app would: inside the bench's process, the threads and memory left by the benches before it
(the map's, the crash test's) competed for the interpreter and added noise to these 20 ms.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench import PYTHON, REPO_DIR, Figure
from tl_desktop.base.jobs import share_the_interpreter
from tl_desktop.domain import Site
from tl_desktop.store import Store, Writer, write_import

ROWS = 200_000
EVERY_S = 0.05
NOTES = "Accueil par l'équipe, atelier bois, café associatif, bénévoles nombreux ; " * 300   # ~23,000 chars


def _sites(n: int) -> list[Site]:
    rnd = random.Random(5)
    words = ("Café", "Fablab", "Friche", "Garage", "Tiers-lieu", "Atelier", "Ressourcerie", "La Ruche")
    return [Site(name=f"{rnd.choice(words)} {i}", commune="Marseille", postcode="13001", departement="13",
                 latitude=43.29 + rnd.random() / 10, longitude=5.37 + rnd.random() / 10,
                 location_precision="adresse", description="Lieu généré pour la mesure.", source="bench")
            for i in range(n)]


def _autosave(visit_id: str, i: int):
    text = NOTES[: 1000 + (i * 97) % len(NOTES)]

    def op(store: Store):
        with store.atomic():
            store.visits.set_notes(visit_id, text)
            store.visits.set_answer(visit_id, "impacts", "lien_social", 1 + i % 5)
    return op


def _measure(writer: Writer, visit_id: str, until: threading.Event, at_least: int) -> list[float]:
    latencies, i = [], 0
    while not until.is_set() or i < at_least:
        start = time.perf_counter()
        writer.submit(_autosave(visit_id, i)).result()
        latencies.append(time.perf_counter() - start)
        i += 1
        time.sleep(EVERY_S)
    return latencies


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


def run(rows: int = ROWS) -> list[Figure]:
    out = subprocess.run([PYTHON, "-m", "bench.autosave", "--json", str(rows)], cwd=REPO_DIR, capture_output=True,
                         text=True, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return [Figure(**fields) for fields in json.loads(out.stdout.strip().splitlines()[-1])]


def measure(rows: int = ROWS) -> list[Figure]:
    """The measure itself, in this process, on a settled disk (bench/__main__.py syncs before each bench)."""
    share_the_interpreter()             # as the app does at start-up (tl_desktop/ui/app.py)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalogue.tldb"
        with Store(path) as store:
            site = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))[0]
            visit_id = store.visits.create(site.id)[0].id
        writer = Writer(path)
        try:
            finished = threading.Event()
            finished.set()
            alone = _measure(writer, visit_id, finished, at_least=60)
            sites = _sites(rows)
            done = threading.Event()
            result: dict = {}

            def importer() -> None:
                start = time.perf_counter()
                try:
                    result["changes"] = write_import(writer.bulk, sites, source="bench")
                finally:
                    result["seconds"] = time.perf_counter() - start
                    done.set()

            thread = threading.Thread(target=importer)
            thread.start()
            during = _measure(writer, visit_id, done, at_least=20)
            thread.join()
        finally:
            writer.close()
        with Store(path) as store:
            imported = store.sites.count() - 1
    p95, worst = _p(during, 0.95), max(during) * 1000
    return [
        Figure("autosave", f"autosave p95 while a {rows:,}-row import runs".replace(",", " "), p95, "ms",
               "< 20 ms", p95 < 20, {"samples": len(during)}),
        Figure("autosave", "autosave worst during that import", worst, "ms", "< 100 ms", worst < 100),
        Figure("autosave", "autosave p95 alone (same operation, no import)", _p(alone, 0.95), "ms"),
        Figure("autosave", "import duration (staged then published, through the writer)",
               result.get("seconds", 0.0), "s", "", None, {"imported": imported}),
        Figure("autosave", "sites imported", imported, "", f"= {rows}", imported == rows),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--json"]:
        print(json.dumps([vars(figure) for figure in measure(int(sys.argv[2]))]))
    else:
        for figure in run():
            print(figure.line())
