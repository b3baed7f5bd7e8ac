"""The command line used as people use it: options in any order, empty variables, pipes, Ctrl+C."""

from __future__ import annotations

import http.server
import json
import signal
import threading
import time

from bench.hostile_cases.lab import LOST, TRACEBACK, WRONG, case, sha256, short
from bench.hostile_cases.samples import france_services_csv

F = "cli"


def _catalog(lab):
    """Five real places, a visit with notes, a learning tour with a stop."""
    from tl_desktop.domain import Stop, Tour

    store = lab.places(5)
    site = store.sites.query_ids()[0]
    visit, _ = store.visits.create(site, visit_date="2025-02-11", author="Agent")
    store.visits.set_notes(visit.id, "Accueil des usagers le matin.")
    tour, _ = store.tours.save(Tour(title="Visite apprenante de l'Ain", start_date="2025-02-11", end_date="2025-02-11"))
    store.tours.add_stop(Stop(tour.id, site, "2025-02-11"))
    store.close()
    return {"visit": visit.id, "tour": tour.id}


def _default_untouched(lab):
    import os
    from pathlib import Path

    default = Path(os.environ["TL_DESKTOP_DATA"])
    lab.expect(not default.exists(), WRONG, "something was written into the user's default catalog")


ORDERS = {
    "import": ["import", "{csv}"], "demo": ["demo"], "check --repair": ["check", "--repair"],
    "search": ["search", "valserhone"], "list": ["list"], "report visit": ["report", "visit", "{visit}", "-o", "{out}.pdf"],
    "report tour": ["report", "tour", "{tour}", "-o", "{out}.pdf"], "export-visit": ["export-visit", "{visit}", "-o", "{out}"],
    "export geojson": ["export", "geojson", "-o", "{out}.geojson"], "duplicates": ["duplicates"],
}


def _order_case(name, argv_of):
    def run(lab):
        ids = _catalog(lab)
        argv = [a.format(csv=lab.file("fs.csv", france_services_csv(3, start=20)), out=lab.root / "sortie", **ids)
                for a in ORDERS[name]]
        result = lab.cli(*argv_of(argv, str(lab.data)), data=False)
        lab.succeeded(result)
        _default_untouched(lab)
    return run


for _name in ORDERS:
    case(F, f"data_dir_before_{_name.replace(' ', '_').replace('-', '_')}", f"tl-desktop --data-dir X {_name}")(
        _order_case(_name, lambda argv, d: ["--data-dir", d, *argv]))
case(F, "data_dir_between", "tl-desktop report --data-dir X visit ID -o F")(
    _order_case("report visit", lambda argv, d: [argv[0], "--data-dir", d, *argv[1:]]))
case(F, "data_dir_equals", "tl-desktop --data-dir=X list")(_order_case("list", lambda argv, d: [f"--data-dir={d}", *argv]))


@case(F, "data_dir_empty_string", "tl-desktop --data-dir \"\" import F (a script's unset variable)")
def _(lab):
    result = lab.cli("--data-dir", "", "import", lab.file("fs.csv", france_services_csv(3)), data=False)
    _default_untouched(lab)
    lab.expect(result.status in (1, 2), WRONG, f"exit {result.status}")
    lab.french(result.err.split("error:")[-1], "dossier")


@case(F, "data_dir_env", "TL_DESKTOP_DATA set, --data-dir given too: --data-dir wins")
def _(lab):
    _catalog(lab)
    other = lab.root / "autre"
    result = lab.cli("list", env={"TL_DESKTOP_DATA": str(other)})
    lab.succeeded(result, "Valserhône")
    lab.expect(not other.exists(), WRONG, "the environment's folder was used")


@case(F, "unknown_visit", "report visit with an id that does not exist")
def _(lab):
    _catalog(lab)
    lab.refused(lab.cli("report", "visit", "pas-un-id", "-o", lab.root / "s.pdf"), "pas-un-id")
    lab.expect(not (lab.root / "s.pdf").exists(), WRONG, "a PDF was written for no visit")


@case(F, "unknown_tour_and_study", "report tour / programme / study with unknown names")
def _(lab):
    _catalog(lab)
    lab.refused(lab.cli("report", "tour", "inconnue", "-o", lab.root / "t.pdf"), "inconnue")
    lab.refused(lab.cli("report", "programme", "inconnue", "-o", lab.root / "p.pdf"), "inconnue")
    lab.refused(lab.cli("report", "study", "Étude fantôme", "-o", lab.root / "e.pdf"), "Étude fantôme")
    lab.refused(lab.cli("export", "csv", "--study", "Étude fantôme", "-o", lab.root / "e.csv"), "Étude fantôme")


@case(F, "output_folder_missing", "report -o into a folder that does not exist")
def _(lab):
    ids = _catalog(lab)
    lab.refused(lab.cli("report", "visit", ids["visit"], "-o", lab.root / "absent" / "s.pdf"))


@case(F, "output_is_folder", "report -o naming an existing folder")
def _(lab):
    ids = _catalog(lab)
    (lab.root / "dossier.pdf").mkdir()
    lab.refused(lab.cli("report", "visit", ids["visit"], "-o", lab.root / "dossier.pdf"))


@case(F, "export_visit_into_non_empty", "export-visit -o into a folder that already holds files")
def _(lab):
    ids = _catalog(lab)
    out = lab.root / "export"
    out.mkdir()
    (out / "mes-notes.txt").write_text("à garder")
    result = lab.cli("export-visit", ids["visit"], "-o", out)
    lab.expect(not result.crashed, TRACEBACK, short(result.err))
    lab.expect((out / "mes-notes.txt").read_text() == "à garder", LOST, "a file already in the folder was changed")


@case(F, "export_over_existing", "export csv -o over an existing file, twice")
def _(lab):
    _catalog(lab)
    out = lab.root / "lieux.csv"
    lab.succeeded(lab.cli("export", "csv", "-o", out))
    first = sha256(out)
    lab.succeeded(lab.cli("export", "csv", "-o", out))
    lab.expect(sha256(out) == first, WRONG, "the same catalog exported twice gives two different files")


@case(F, "bad_usage", "a missing argument, an unknown option, an unknown subcommand")
def _(lab):
    for argv in (["search"], ["import"], ["list", "--frobnicate"], ["exporte", "csv"], ["export", "pdf", "-o", "x"]):
        result = lab.cli(*argv)
        lab.expect(result.status == 2, WRONG, f"{argv}: exit {result.status}")
        lab.expect(not result.crashed, TRACEBACK, short(result.err))
        lab.expect("utilisation :" in result.err.lower(), WRONG, f"{argv}: no usage line in French")


@case(F, "geocode_offline", "geocode with no network (the service unreachable)")
def _(lab):
    from tl_desktop.domain import Site

    store = lab.store()
    store.sites.save(Site(name="Sans position", address="5 rue des Papetiers", commune="Valserhône",
                          postcode="01200", insee_code="01033", latitude=46.1, longitude=5.82,
                          location_precision="commune"))
    store.close()
    result = lab.cli("geocode", "--service", "http://127.0.0.1:9")
    lab.refused(result, "réseau")


class _Garbage(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self._answer()

    def do_POST(self):  # noqa: N802
        self._answer()

    def _answer(self):
        body = b"<html><body>Maintenance en cours</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@case(F, "geocode_garbage_answer", "geocode against a service answering an HTML maintenance page")
def _(lab):
    from tl_desktop.domain import Site

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    lab.later(server.shutdown)
    store = lab.store()
    site, _ = store.sites.save(Site(name="Sans position", address="5 rue des Papetiers", commune="Valserhône",
                                    postcode="01200", insee_code="01033", latitude=46.1, longitude=5.82,
                                    location_precision="commune"))
    store.close()
    result = lab.cli("geocode", "--service", f"http://127.0.0.1:{server.server_address[1]}")
    lab.refused(result)
    with lab.store() as s:
        lab.expect(s.sites.get(site.id).latitude == 46.1, WRONG, "the position changed")


@case(F, "broken_pipe", "tl-desktop list | head -1 (the reader stops early)")
def _(lab):
    from tl_desktop.domain import Site

    store = lab.places(5)
    store.sites.add_many([Site(name=f"Lieu {i}", commune="Die") for i in range(20_000)])
    store.close()
    process = lab.cli_process("list")
    process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode("utf-8", "replace")
    process.wait()
    lab.expect("Traceback" not in err and "Error" not in err, TRACEBACK, short(err))


@case(F, "console_cp850", "list on a Windows console that cannot print « œ » (cp850)")
def _(lab):
    from tl_desktop.domain import Site

    store = lab.store()
    store.sites.save(Site(name="L'Œuvrière, cœur de bourg 🌱", commune="Die"))
    store.close()
    process = lab.cli_process("list", env={"PYTHONIOENCODING": "cp850"})
    out, err = process.communicate()
    lab.expect(process.returncode == 0, WRONG, f"exit {process.returncode}: {short(err.decode('cp850', 'replace'))}")
    lab.expect("Œuvri".encode("cp850", "replace") in out or b"uvri" in out, WRONG, "the place is not listed")


@case(F, "ctrl_c_import", "Ctrl+C during an import of the France Services list (while loading, while planning)")
def _(lab):
    lab.places(3).close()
    path = lab.file("fs.csv", france_services_csv(2845))
    for delay in (0.3, 0.9):
        process = lab.cli_process("import", path)
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        err = err.decode("utf-8", "replace")
        lab.expect("Traceback" not in err and "KeyboardInterrupt" not in err, TRACEBACK, short(err[-300:]))
        finished = "importé" in out.decode("utf-8", "replace")      # Ctrl+C came as it was exiting
        if not finished and (process.returncode != -signal.SIGINT or err.strip()):
            lab.expect(process.returncode == 130 and "interrompu" in err, WRONG,
                       f"exit {process.returncode}: {short(err[-200:])}")
    from tl_desktop.store import Store

    with Store(lab.db_path) as store:
        store.imports.recover()
        lab.expect(store.sites.count() in (3, 2804), WRONG, f"{store.sites.count()} places after Ctrl+C")
        lab.expect(store.check() == [], LOST, "the catalog is damaged")


@case(F, "sigterm_import", "the import process terminated (SIGTERM: session closed)")
def _(lab):
    lab.places(3).close()
    process = lab.cli_process("import", lab.file("fs.csv", france_services_csv(2845)))
    time.sleep(1.0)
    process.terminate()
    process.communicate(timeout=60)
    from tl_desktop.store import Store

    with Store(lab.db_path) as store:
        store.imports.recover()
        lab.expect(store.sites.count() in (3, 2804), WRONG, f"{store.sites.count()} places after SIGTERM")
        lab.expect(store.check() == [], LOST, "the catalog is damaged")


@case(F, "unexpected_error_no_traceback", "a bug in a subcommand: one French sentence, the details in the log")
def _(lab):
    import sys

    cli_main = sys.modules["tl_desktop.cli.main"]
    _catalog(lab)
    original = cli_main._print_sites

    def broken(*args):
        raise RuntimeError("bogue simulé")
    cli_main._print_sites = broken
    try:
        result = lab.cli("list")
    finally:
        cli_main._print_sites = original
    lab.expect("Traceback" not in result.err and "bogue simulé" not in result.err, TRACEBACK,
               f"the traceback reached the terminal: {short(result.err)}")
    lab.expect("erreur inattendue" in result.err and result.status == 1, WRONG, short(result.err))
    log = (lab.data / "logs" / "tl-desktop.log").read_text(encoding="utf-8")
    lab.expect("bogue simulé" in log, WRONG, "the details are not in the log")
    lab.errors.records.clear()          # the log record is the expected one


@case(F, "list_tabs_newlines", "names holding tabs and line breaks: one line per place")
def _(lab):
    from tl_desktop.domain import Site

    store = lab.store()
    store.sites.save(Site(name="Tiers\tlieu\nsur deux lignes", commune="Die\tCrest"))
    store.sites.save(Site(name="Second", commune="Die"))
    store.close()
    out = lab.cli("list").out
    lines = [line for line in out.splitlines() if line]
    lab.expect(len(lines) == 2 and all(line.count("\t") == 2 for line in lines), WRONG, f"{out!r}")


@case(F, "check_no_catalog", "check on a folder without catalog")
def _(lab):
    lab.data.mkdir(parents=True)
    lab.refused(lab.cli("check"), "Aucun catalogue")


@case(F, "duplicates_real_list", "duplicates on the demo catalog (real lists)")
def _(lab):
    lab.demo_copy()
    result = lab.cli("duplicates")
    lab.succeeded(result, "paire")
    lab.expect("Battement d'ailes" in result.out, WRONG, "the known pair (Cornil) is not listed")


@case(F, "export_every_format_hostile", "export csv, xlsx, geojson, mednum of hostile names")
def _(lab):
    import csv as csv_module
    import json

    from tl_desktop.domain import Site

    store = lab.places(2)
    store.sites.save(Site(name='Café "<script>" ;\n,\t& Cie', commune="Die", description="ligne\nautre",
                          latitude=44.75, longitude=5.37))
    store.close()
    for fmt, name in (("csv", "l.csv"), ("xlsx", "l.xlsx"), ("geojson", "l.geojson"), ("mednum", "m.csv")):
        result = lab.cli("export", fmt, "-o", lab.root / name)
        lab.succeeded(result)
    with open(lab.root / "l.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv_module.reader(f))
    lab.expect(any(r and r[1:2] == ['Café "<script>" ;\n,\t& Cie'] or 'Café "<script>" ;\n,\t& Cie' in r
                   for r in rows), WRONG, "the CSV does not give the name back")
    data = json.loads((lab.root / "l.geojson").read_text(encoding="utf-8"))
    lab.expect(len(data["features"]) == 3, WRONG, f"{len(data['features'])} features")
    with open(lab.root / "m.csv", encoding="utf-8", newline="") as f:
        lab.expect(len(list(csv_module.reader(f))) >= 2, WRONG, "the mednum export holds no place")


@case(F, "output_extension_mismatch", "report visit -o F.docx, export csv -o F.xlsx, export xlsx -o F.csv")
def _(lab):
    ids = _catalog(lab)
    for argv, name in ((["report", "visit", ids["visit"], "-o"], "synthese.docx"),
                       (["report", "tour", ids["tour"], "-o"], "livret.odt"),
                       (["export", "csv", "-o"], "lieux.xlsx"), (["export", "xlsx", "-o"], "lieux.csv"),
                       (["export", "geojson", "-o"], "lieux.csv")):
        result = lab.cli(*argv, lab.root / name)
        written = (lab.root / name).exists()
        lab.expect(not (result.status == 0 and written), WRONG,
                   f"« {name} » was written in another format than its name says")
        lab.refused(result, name)


def _answering(body: bytes, content_type: str):
    """A local HTTP server answering every request with ``body``; its base URL."""
    class Handler(_Garbage):
        def _answer(self):
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _to_geocode(lab, count):
    from tl_desktop.domain import Site

    store = lab.store()
    ids = []
    for i in range(count):
        site, _ = store.sites.save(Site(name=f"Lieu {i}", address=f"{5 + i} rue des Papetiers", commune="Valserhône",
                                        postcode="01200", insee_code="01033", latitude=46.1, longitude=5.82,
                                        location_precision="commune"))
        ids.append(site.id)
    store.close()
    return ids


@case(F, "geocode_json_garbage", "geocode: the service answers JSON with coordinates « abc » and a score « élevé »")
def _(lab):
    ids = _to_geocode(lab, 1)
    body = json.dumps({"features": [{"geometry": {"coordinates": "abc"}, "properties": {"score": "élevé"}},
                                    "pas un objet"]}).encode()
    server, url = _answering(body, "application/json")
    lab.later(server.shutdown)
    result = lab.cli("geocode", "--service", url)
    if result.status == 0:
        lab.expect("Sans position" not in result.out, WRONG, "")
    else:
        lab.refused(result)
    with lab.store() as store:
        site = store.sites.get(ids[0])
        lab.expect(site.latitude == 46.1, WRONG, f"the position became {site.latitude}")


@case(F, "geocode_csv_nan", "geocode: the batch answer holds latitudes « nan », « inf », « 1e400 »")
def _(lab):
    import math

    ids = _to_geocode(lab, 3)
    rows = "tl_id,latitude,longitude,result_score,result_label,result_type,result_citycode,result_status\n"
    rows += "".join(f"{i},{v},5.82,0.95,x,housenumber,01033,ok\n" for i, v in enumerate(("nan", "inf", "1e400")))
    server, url = _answering(rows.encode(), "text/csv")
    lab.later(server.shutdown)
    result = lab.cli("geocode", "--service", url)
    lab.expect(not result.crashed, TRACEBACK, short(result.err))
    with lab.store() as store:
        for site_id in ids:
            lat = store.sites.get(site_id).latitude
            lab.expect(lat is not None and math.isfinite(lat) and -90 <= lat <= 90, WRONG, f"stored latitude {lat}")
    if result.status != 0:
        lab.refused(result)
