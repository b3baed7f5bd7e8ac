"""Import: the France Services list end to end, 50,000 rows against a raw insert, 200,000 rows' memory.

Each measure runs in a fresh process (``python -m bench.imports CASE FILE FOLDER``) that
prints one JSON line with its timings and its own peak memory (VmHWM, read from
/proc/self/status at the end: the kernel's high-water mark, which ``ru_maxrss`` is not after
fork and exec). Generated lists use real communes (resources/reference/communes.csv) with a
fixed seed, and are cached in bench/.cache/.

- fs: resources/demo/liste-fs-20240801.csv (2,845 rows) into an empty catalog: read, map,
  geography, duplicates, plan, write (staged, all or nothing). Target < 3 s.
- 50k: a generated CSV of 50,000 rows, same path; baseline: the same rows read with
  csv.reader, the commune looked up for each (``geo.communes().find``: the geography), and
  inserted with sqlite-utils ``insert_all`` as they are (column → value) into a new table of
  the same database file. Target: import ≤ 2× baseline. A second baseline (information),
  the floor of any import into this catalog: the same rows, the commune looked up the same
  way, turned into the catalog's rows (``row_of_site``) and written the fastest way SQLite
  offers into its ``sites`` table (its indexes and search index, which issue 10's search and
  sort figures need): ``executemany`` into a bare table, then one ``INSERT … SELECT``, one
  transaction. No mapping, checks nor duplicates: what is left when everything else is free.
- 200k: a generated CSV of 200,000 rows, same path: peak memory. Target < 500 MB.
"""

from __future__ import annotations

import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import CACHE_DIR, PYTHON, REPO_DIR, Figure

FS_LIST = REPO_DIR / "resources" / "demo" / "liste-fs-20240801.csv"
HEADER = ["nom", "adresse", "code_postal", "commune", "code_insee", "latitude", "longitude", "type",
          "site_web", "telephone", "courriel", "description"]
KINDS = ["Tiers-lieu", "Coworking", "Fablab", "Café associatif", "Médiathèque", "France services", "Friche",
         "Garage solidaire", "Centre social", "Tiers lieux à dominante coworking", "MSAP", ""]
WORDS = ["La Ruche", "L'Écluse", "Le Quai", "La Fabrique", "L'Œuvrière", "Le Hangar", "La Cordée", "Le Moulin",
         "La Grange", "L'Atelier", "La Base", "Le Relais", "La Station", "Les Communs", "La Verrière"]
STREETS = ["rue de la République", "place de la Mairie", "avenue Jean Jaurès", "rue du Moulin", "chemin des Écoliers",
           "boulevard Victor Hugo", "route de la Gare", "allée des Tilleuls"]


def generated_list(rows: int) -> Path:
    """Write (once) a CSV of ``rows`` places in real communes; return its path."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"import-{rows}.csv"
    if path.exists():
        return path
    rng = random.Random(rows)
    communes = list(csv.DictReader(open(REPO_DIR / "resources" / "reference" / "communes.csv", encoding="utf-8")))
    communes = [c for c in communes if c["latitude"] and c["codes_postaux"]]
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(HEADER)
        for i in range(rows):
            c = rng.choice(communes)
            kind = rng.choice(KINDS)
            name = f"{kind or 'Lieu'} {rng.choice(WORDS)} {i}"
            lat = float(c["latitude"]) + rng.uniform(-0.02, 0.02)
            lon = float(c["longitude"]) + rng.uniform(-0.02, 0.02)
            w.writerow([name, f"{rng.randint(1, 120)} {rng.choice(STREETS)}", c["codes_postaux"].split(",")[0],
                        c["nom"], c["code"] if rng.random() < 0.7 else "", f"{lat:.6f}".replace(".", ","),
                        f"{lon:.6f}".replace(".", ","), kind, f"https://lieu{i}.example.org" if i % 3 else "",
                        f"04 75 {i % 100:02d} {i % 97:02d} {i % 89:02d}", f"contact{i}@example.org" if i % 2 else "",
                        "Lieu ouvert à tous, ateliers et permanences." if i % 4 == 0 else ""])
    os.replace(tmp, path)
    return path


# ---------------------------------------------------------------------------- the child process


def _peak() -> int:
    with open("/proc/self/status", "rb") as f:
        for line in f:
            if line.startswith(b"VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(case: str, path: str, folder: str) -> dict:
    from tl_desktop.store import Store

    folder_path = Path(folder)
    if case == "raw":
        from tl_desktop import geo

        t0, c0 = time.perf_counter(), time.process_time()
        index = geo.communes()
        with Store(folder_path / "catalogue.tldb") as store:
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.reader(f, delimiter=";")
                header = next(reader)
                rows = []
                for values in reader:
                    row = dict(zip(header, values))
                    commune = index.find(insee=row["code_insee"], postcode=row["code_postal"], name=row["commune"])
                    row["departement"] = commune.departement if commune else ""
                    rows.append(row)
            with store.db.conn:
                store.db["raw_rows"].insert_all(rows, batch_size=1000)
        return {"total": time.perf_counter() - t0, "cpu": time.process_time() - c0, "rows": len(rows),
                "peak": _peak()}
    if case == "floor":
        from tl_desktop import geo
        from tl_desktop.domain import Site
        from tl_desktop.store.sites import row_of_site

        t0, c0 = time.perf_counter(), time.process_time()
        index = geo.communes()
        with Store(folder_path / "catalogue.tldb") as store:
            rows = []
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.reader(f, delimiter=";")
                header = next(reader)
                for values in reader:
                    row = dict(zip(header, values))
                    commune = index.find(insee=row["code_insee"], postcode=row["code_postal"], name=row["commune"])
                    site = Site(name=row["nom"], address=row["adresse"], postcode=row["code_postal"],
                                commune=row["commune"], insee_code=commune.insee if commune else "",
                                departement=commune.departement if commune else "",
                                region=commune.region if commune else "",
                                latitude=float(row["latitude"].replace(",", ".")),
                                longitude=float(row["longitude"].replace(",", ".")), kinds=["autre"],
                                website=row["site_web"], phone=row["telephone"], email=row["courriel"],
                                description=row["description"], source="raw", created_at="x", updated_at="x")
                    rows.append(tuple(row_of_site(site).values()))
            columns = ", ".join(row_of_site(Site(name="x")))
            conn = store.db.conn
            with conn:
                conn.execute(f"CREATE TEMP TABLE bare AS SELECT {columns} FROM sites WHERE 0")
                conn.executemany(f"INSERT INTO temp.bare VALUES ({', '.join('?' * len(rows[0]))})", rows)
                conn.execute(f"INSERT INTO sites ({columns}) SELECT {columns} FROM temp.bare")
            assert store.sites.count() == len(rows)
        return {"total": time.perf_counter() - t0, "cpu": time.process_time() - c0, "rows": len(rows),
                "peak": _peak()}
    from tl_desktop.io.importing import plan_table, prepare
    from tl_desktop.io.plan import execute_plan

    stages: dict[str, list[float]] = {}
    t0, c0 = time.perf_counter(), time.process_time()
    last = [t0, c0]

    def stage(name: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        stages[name] = [round(now - last[0], 3), round(cpu - last[1], 3)]
        last[:] = [now, cpu]

    # The steps of io.importing.import_file, timed apart (wall, processor).
    with Store(folder_path / "catalogue.tldb") as store:
        prepared = prepare(path)
        stage("read and map")
        plan = plan_table(store, prepared.table, prepared.mapping, consume=True)
        stage("plan: geography, duplicates")
        execute_plan(plan, lambda op: op(store), store.sites.get)
        stage("write: staged, published")
        total, cpu = time.perf_counter() - t0, time.process_time() - c0
        count = store.sites.count()
    return {"total": total, "cpu": cpu, "rows": plan.rows_read, "created": count, "stages": stages, "peak": _peak()}


def _spawn(case: str, path: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="import-", dir=CACHE_DIR) as folder:
        out = subprocess.run([PYTHON, "-m", "bench.imports", case, str(path), folder], cwd=REPO_DIR,
                             capture_output=True, text=True, timeout=900)
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-3000:])
        return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    figures = []
    fs = [_spawn("import", FS_LIST) for _ in range(5)]
    fs_total = statistics.median(r["total"] for r in fs)
    figures.append(Figure("imports", "import France Services list (2,845 rows) end to end", fs_total, "s", "< 3 s",
                          fs_total < 3.0, details={"runs": fs}))
    path50 = generated_list(50_000)
    app, raw, floor = [], [], []
    for _ in range(5):
        app.append(_spawn("import", path50))
        raw.append(_spawn("raw", path50))
        floor.append(_spawn("floor", path50))
    app_t, raw_t = statistics.median(r["total"] for r in app), statistics.median(r["total"] for r in raw)
    app_c, raw_c = statistics.median(r["cpu"] for r in app), statistics.median(r["cpu"] for r in raw)
    # On a shared machine (load average in latest.md) wall time follows the neighbours; the
    # processor time of each process does much less: the target is judged on it, both shown.
    ratio = app_c / raw_c
    figures += [
        Figure("imports", "import 50,000 generated rows, app (wall)", app_t, "s", details={"runs": app}),
        Figure("imports", "import 50,000 rows, raw insert_all + geography (wall)", raw_t, "s", details={"runs": raw}),
        Figure("imports", "import 50,000 rows, app ÷ raw (wall time)", app_t / raw_t, "x"),
        Figure("imports", "import 50,000 rows, app ÷ raw (processor time)", ratio, "x", "≤ 2×", ratio <= 2.0),
        Figure("imports", "import 50,000 rows, floor: catalog rows + geography, one INSERT … SELECT into the "
               "catalog's table (wall)", statistics.median(r["total"] for r in floor), "s", details={"runs": floor}),
        Figure("imports", "import 50,000 rows, floor ÷ raw (processor time)",
               statistics.median(r["cpu"] for r in floor) / raw_c, "x"),
        Figure("imports", "import 50,000 rows, app ÷ floor (processor time)",
               app_c / statistics.median(r["cpu"] for r in floor), "x"),
        Figure("imports", "import 50,000 rows, peak memory app", statistics.median(r["peak"] for r in app), "bytes"),
        Figure("imports", "import 50,000 rows, peak memory raw", statistics.median(r["peak"] for r in raw), "bytes"),
    ]
    big = _spawn("import", generated_list(200_000))
    figures += [
        Figure("imports", "import 200,000 rows, peak memory (VmHWM)", big["peak"], "bytes", "< 500 MB",
               big["peak"] < 500 * 1024 * 1024, details={"run": big}),
        Figure("imports", "import 200,000 rows, time", big["total"], "s"),
    ]
    return figures


if __name__ == "__main__":
    print(json.dumps(_child(*sys.argv[1:4])))
