"""Process bad luck: kill -9 during an import, the demo, a photo batch, a PDF or a zip written over the
previous one, and while typing; then the catalog is reopened as the app would reopen it (family ``disk``)."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time

from bench import REPO_DIR
from bench.hostile_cases.disk import _count, _integrity
from bench.hostile_cases.lab import LOST, WRONG, case, sha256
from bench.hostile_cases.samples import france_services_csv

F = "disk"


# ---- kill -9

def _kill_during(lab, args, times, check):
    for delay in times:
        process = lab.cli_process(*args)
        time.sleep(delay)
        process.kill()
        process.wait()
        check(delay)


@case(F, "kill_import", "kill -9 during tl-desktop import of the France Services list (4 times)")
def _(lab):
    lab.places(3).close()
    path = lab.file("fs.csv", france_services_csv(2845))
    dry = lab.cli("import", path, "--dry-run").out          # « 2801 lieu(x) à créer… »
    full = 3 + int(dry.split("lieu(x) à créer")[0].split()[-1])
    rng = random.Random(9)

    def check(delay):
        lab.expect(not _integrity(lab.db_path), LOST, f"damaged after a kill at {delay:.2f} s")
        count = _count(lab)
        lab.expect(count in (3, full), WRONG, f"{count} places after a kill at {delay:.2f} s (3 or {full} expected)")
    _kill_during(lab, ["import", path], [rng.uniform(0.4, 2.5) for _ in range(4)], check)


@case(F, "kill_demo", "kill -9 during tl-desktop demo (3 times)")
def _(lab):
    rng = random.Random(4)

    def check(delay):
        if lab.db_path.exists():
            lab.expect(not _integrity(lab.db_path), LOST, f"damaged after a kill at {delay:.2f} s")
            _count(lab)
    _kill_during(lab, ["demo"], [rng.uniform(0.5, 3.0) for _ in range(3)], check)
    lab.succeeded(lab.cli("demo"), "chargé")
    lab.succeeded(lab.cli("check"))


PHOTO_BATCH = textwrap.dedent("""
    import sys
    from tl_desktop.store import Store
    store = Store(sys.argv[1])
    def progress(done, total, label):
        print(done, flush=True)
    store.attachments.attach_files(sys.argv[2], sys.argv[3:], progress=progress)
""")


@case(F, "kill_photo_batch", "kill -9 during a batch of 24 phone photos")
def _(lab):
    from tests.factories.photos import make_photo

    store = lab.places(1)
    visit, _ = store.visits.create(store.sites.query_ids()[0])
    store.close()
    photos = [make_photo(lab.root / "photos" / f"IMG_{i:04d}.jpg", (2000, 1500), seed=i) for i in range(24)]
    process = subprocess.Popen([sys.executable, "-c", PHOTO_BATCH, str(lab.db_path), visit.id, *map(str, photos)],
                               stdout=subprocess.PIPE, text=True, cwd=REPO_DIR,
                               env={**__import__("os").environ, "PYTHONPATH": str(REPO_DIR)})
    lab.later(lambda: process.poll() is None and process.kill())
    for line in process.stdout:
        if int(line) >= 8:
            break
    process.kill()
    process.wait()
    lab.expect(not _integrity(lab.db_path), LOST, "damaged after the kill")
    lab.succeeded(lab.cli("check"))
    from tl_desktop.store import Store

    with Store(lab.db_path) as store:
        records = store.attachments.of_visit(visit.id)
        lab.expect(len(records) >= 8, LOST, f"{len(records)} photos recorded after 8 were done")
        for r in records:
            lab.expect(store.attachments.file_path(r).exists(), LOST, f"{r.filename} recorded without its file")


@case(F, "kill_pdf_over_existing", "kill -9 while a tour booklet is written over the previous one")
def _(lab):
    from tests.factories.reports import full_tour

    store = lab.store()
    tour = full_tour(store, visits=15)
    store.close()
    out = lab.root / "livret.pdf"
    lab.succeeded(lab.cli("report", "tour", tour.id, "-o", out))
    before = sha256(out)
    rng = random.Random(2)

    def check(delay):
        data = out.read_bytes()
        lab.expect(sha256(out) == before or data.rstrip().endswith(b"%%EOF"), LOST,
                   f"killed at {delay:.2f} s, the booklet is {len(data)} bytes and incomplete")
    _kill_during(lab, ["report", "tour", tour.id, "-o", out], [rng.uniform(0.6, 2.5) for _ in range(3)], check)


@case(F, "kill_export_visit_zip", "kill -9 while a visit's zip is written over the previous one")
def _(lab):
    from tests.factories.photos import make_photo

    store = lab.places(1)
    visit, _ = store.visits.create(store.sites.query_ids()[0])
    store.attachments.attach_files(visit.id, [make_photo(lab.root / f"p{i}.jpg", (3000, 2000), seed=i, texture=True)
                                              for i in range(12)])
    store.close()
    out = lab.root / "visite.zip"
    lab.succeeded(lab.cli("export-visit", visit.id, "-o", out))
    before = sha256(out)
    import zipfile

    def check(delay):
        try:
            with zipfile.ZipFile(out) as z:
                bad = z.testzip()
        except zipfile.BadZipFile:
            bad = "unreadable"
        lab.expect(bad is None or sha256(out) == before, LOST, f"killed at {delay:.2f} s, the zip is broken")
    _kill_during(lab, ["export-visit", visit.id, "-o", out], [0.5, 0.8, 1.1], check)


@case(F, "kill_typing", "kill -9 of the window while typing notes (3 times)")
def _(lab):
    from tests.factories.crash import kill_once

    lab.places(1).close()
    for delay in (0.7, 1.3, 2.1):
        run = kill_once(lab.data, delay)
        lab.expect(run.integrity_ok, LOST, f"damaged after a kill at {delay} s")
        lab.expect(run.prefix_ok, LOST, f"the notes are not what was typed (kill at {delay} s)")
        lab.expect(run.loss_s <= 1.0, LOST, f"{run.loss_s:.2f} s of typing lost (kill at {delay} s)")
