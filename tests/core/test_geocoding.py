"""Online geocoding against a fake Géoplateforme on 127.0.0.1: batches, rate, 429, cancel, offline.

No test reaches the internet: the fake server answers like data.geopf.fr/geocodage
(``/search`` GeoJSON, ``/search/csv`` the CSV sent back with result columns).
"""

from __future__ import annotations

import csv
import email.parser
import email.policy
import io
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tl_desktop.base.errors import Cancelled
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.geo.geocoding import (
    USER_AGENT,
    AddressQuery,
    GeocodingClient,
    GeocodingOfflineError,
    GeocodingRateLimitedError,
    GeocodingServiceError,
    geocode,
)

# Real places (France Services list): address → what the service answers.
KNOWN = {
    "41 rue Jobin": (43.3103, 5.3905, 0.93, "41 Rue Jobin 13003 Marseille", "housenumber", "13203"),
    "4 place Pey Berland": (44.8378, -0.5770, 0.91, "4 Place Pey Berland 33000 Bordeaux", "housenumber", "33063"),
    "1 rue Introuvable": None,
    "Lieu-dit vague": (45.0, 5.0, 0.31, "Vague 38000 Grenoble", "municipality", "38185"),
}


class FakeGeoplateforme:
    def __init__(self):
        self.requests: list[tuple[float, str, str]] = []   # (time, path, user agent)
        self.batch_sizes: list[int] = []
        self.answer_429 = 0                                  # next N requests get a 429
        self.retry_after = "1"
        self.fail_with = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _record(self):
                fake.requests.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
                if fake.answer_429:
                    fake.answer_429 -= 1
                    self.send_response(429)
                    self.send_header("Retry-After", fake.retry_after)
                    self.end_headers()
                    return False
                if fake.fail_with:
                    self.send_response(fake.fail_with)
                    self.end_headers()
                    return False
                return True

            def do_GET(self):
                if not self._record():
                    return
                from urllib.parse import parse_qs, urlsplit
                q = parse_qs(urlsplit(self.path).query)["q"][0]
                hit = next((v for k, v in KNOWN.items() if q.startswith(k)), None)
                features = [] if hit is None else [{
                    "type": "Feature", "geometry": {"type": "Point", "coordinates": [hit[1], hit[0]]},
                    "properties": {"score": hit[2], "label": hit[3], "type": hit[4], "citycode": hit[5]}}]
                body = json.dumps({"type": "FeatureCollection", "features": features}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers["Content-Length"])
                raw = self.rfile.read(length)
                if not self._record():
                    return
                message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                    b"Content-Type: " + self.headers["Content-Type"].encode() + b"\r\n\r\n" + raw)
                data = next(p for p in message.iter_parts() if p.get_param("name", header="content-disposition") == "data")
                rows = list(csv.DictReader(io.StringIO(data.get_payload(decode=True).decode("utf-8"))))
                fake.batch_sizes.append(len(rows))
                out = io.StringIO()
                fields = list(rows[0]) + ["latitude", "longitude", "result_label", "result_score", "result_type",
                                          "result_citycode", "result_status"]
                w = csv.DictWriter(out, fieldnames=fields)
                w.writeheader()
                for row in rows:
                    hit = next((v for k, v in KNOWN.items() if row["adresse"].startswith(k)), None)
                    if hit is None:
                        w.writerow({**row, "result_status": "not-found"})
                    else:
                        w.writerow({**row, "latitude": hit[0], "longitude": hit[1], "result_label": hit[3],
                                    "result_score": hit[2], "result_type": hit[4], "result_citycode": hit[5],
                                    "result_status": "ok"})
                body = out.getvalue().encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/csv; charset=utf-8")
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/geocodage"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake():
    server = FakeGeoplateforme()
    yield server
    server.close()


def queries(n=None):
    base = [AddressQuery("41 rue Jobin", "13003", "Marseille", insee="13055"),
            AddressQuery("4 place Pey Berland", "33000", "Bordeaux", insee="33063"),
            AddressQuery("1 rue Introuvable", "75001", "Paris"),
            AddressQuery("Lieu-dit vague", "38000", "Grenoble"),
            AddressQuery("", "13001", "Marseille")]
    return base if n is None else [base[i % 2] for i in range(n)]


def test_batches_send_one_request_per_batch_and_map_answers_back(fake):
    seen = []
    results = geocode(queries(), client=GeocodingClient(fake.url), batch_size=2,
                      progress=lambda done, total, label: seen.append((done, total)))
    assert [r.status for r in results] == ["ok", "ok", "not_found", "low_score", "skipped"]
    assert results[0].latitude == 43.3103 and results[0].citycode == "13203"   # 13203 is in Marseille (13055)
    assert fake.batch_sizes == [2, 2]                                           # the empty address is not sent
    assert seen == [(1, 5), (3, 5), (5, 5)]
    assert all(ua == USER_AGENT for _, _, ua in fake.requests)


def test_an_answer_in_another_commune_is_not_taken(fake):
    q = [AddressQuery("4 place Pey Berland", "33000", "Bordeaux", insee="13055"),
         AddressQuery("41 rue Jobin", "13003", "Marseille", insee="13203")]
    results = geocode(q, client=GeocodingClient(fake.url))
    assert [r.status for r in results] == ["other_commune", "ok"]


def test_a_single_address_uses_search(fake):
    results = geocode(queries()[:1], client=GeocodingClient(fake.url))
    assert results[0].ok and fake.requests[0][1].startswith("/geocodage/search?q=41+rue+Jobin")


def test_requests_stay_under_the_rate_limit(fake):
    client = GeocodingClient(fake.url, max_rate=20)
    geocode(queries(12), client=client, batch_size=1)            # 12 single requests
    times = [t for t, _, _ in fake.requests]
    assert len(times) == 12
    # Measured on the server's side, single gaps jitter with the machine's load; the rate over
    # the run cannot: without the limiter these 12 requests take a few milliseconds.
    assert times[-1] - times[0] >= 11 / 20 * 0.9
    assert all(times[i + 4] - times[i] >= 4 / 20 * 0.7 for i in range(len(times) - 4))


def test_429_waits_as_told_then_goes_on(fake):
    fake.answer_429 = 1
    fake.retry_after = "1"
    start = time.monotonic()
    results = geocode(queries(4), client=GeocodingClient(fake.url), batch_size=2)
    assert all(r.ok for r in results)
    assert time.monotonic() - start >= 0.95
    assert len(fake.requests) == 3 and fake.batch_sizes == [2, 2]


def test_429_without_end_gives_a_french_message(fake):
    fake.answer_429 = 100
    fake.retry_after = "0"
    with pytest.raises(GeocodingRateLimitedError) as info:
        geocode(queries(4), client=GeocodingClient(fake.url, max_retries=3), batch_size=2)
    assert "réessayez dans quelques minutes" in str(info.value)
    assert len(fake.requests) == 4


def test_cancel_stops_between_batches_and_while_waiting(fake):
    cancel = CancelFlag()

    def progress(done, total, label):
        if done >= 2:
            cancel.set()
    with pytest.raises(Cancelled):
        geocode(queries(10), client=GeocodingClient(fake.url), batch_size=2, progress=progress, cancel=cancel)
    assert fake.batch_sizes == [2]
    fake.answer_429, fake.retry_after = 1, "30"
    cancel = CancelFlag()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        geocode(queries(4), client=GeocodingClient(fake.url), batch_size=2, cancel=cancel)
    assert time.monotonic() - start < 2                    # not the 30 s the server asked


def test_offline_says_so_in_french():
    with socket.socket() as s:                             # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(GeocodingOfflineError) as info:
        geocode(queries(3), client=GeocodingClient(f"http://127.0.0.1:{port}/geocodage", timeout=2))
    assert "injoignable" in str(info.value) and "127.0.0.1" in str(info.value)
    assert "Rien n'a été modifié" in str(info.value)


def test_server_error_is_reported(fake):
    fake.fail_with = 503
    with pytest.raises(GeocodingServiceError) as info:
        geocode(queries(3), client=GeocodingClient(fake.url))
    assert "HTTP 503" in str(info.value)


# ---------------------------------------------------------------- the hook: sites, and the command line

def test_geocode_sites_updates_only_approximate_sites_with_an_address(fake):
    from tl_desktop.domain import Site
    from tl_desktop.io.geocoding import geocode_sites

    friche = Site(name="Friche la Belle de Mai", address="41 rue Jobin", postcode="13003", commune="Marseille",
                  insee_code="13203", latitude=43.30257, longitude=5.37583, location_precision="commune")
    placed = Site(name="Déjà placé", address="4 place Pey Berland", postcode="33000", commune="Bordeaux",
                  latitude=44.83, longitude=-0.57, location_precision="adresse")
    lost = Site(name="Nulle part", address="1 rue Introuvable", postcode="75001", commune="Paris")
    no_address = Site(name="Sans adresse", commune="Die")
    report = geocode_sites([friche, placed, lost, no_address], client=GeocodingClient(fake.url))
    assert [(s.name, s.latitude, s.location_precision) for s in report.updated] == [
        ("Friche la Belle de Mai", 43.3103, "adresse")]
    assert [s.name for s in report.not_found] == ["Nulle part"] and report.skipped == 2
    assert friche.location_precision == "commune"              # the caller writes; nothing changed here


def test_cli_geocode_places_catalog_sites_at_their_address(fake, tmp_path, capsys):
    from tl_desktop.cli import main
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    with Store(tmp_path / "d" / "catalogue.tldb") as store:
        site, _ = store.sites.save(Site(name="Friche la Belle de Mai", address="41 rue Jobin", postcode="13003",
                                        commune="Marseille", insee_code="13203", latitude=43.30257,
                                        longitude=5.37583, location_precision="commune"))
    assert main(["geocode", "--dry-run", "--service", fake.url, "--data-dir", str(tmp_path / "d")]) == 0
    assert "Simulation" in capsys.readouterr().out
    with Store(tmp_path / "d" / "catalogue.tldb") as store:
        assert store.sites.get(site.id).location_precision == "commune"
    assert main(["geocode", "--service", fake.url, "--data-dir", str(tmp_path / "d")]) == 0
    assert "1 lieu(x) placé(s) à l'adresse" in capsys.readouterr().out
    with Store(tmp_path / "d" / "catalogue.tldb") as store:
        stored = store.sites.get(site.id)
    assert (stored.latitude, stored.longitude, stored.location_precision) == (43.3103, 5.3905, "adresse")


def test_cli_geocode_offline_exits_1_with_a_french_sentence(tmp_path, capsys):
    from tl_desktop.cli import main
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    with Store(tmp_path / "d" / "catalogue.tldb") as store:
        store.sites.save(Site(name="Friche", address="41 rue Jobin", commune="Marseille"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["geocode", "--service", f"http://127.0.0.1:{port}/g", "--data-dir", str(tmp_path / "d")]) == 1
    assert "injoignable" in capsys.readouterr().err
