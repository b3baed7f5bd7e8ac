"""Online geocoding of precise addresses, only when the agent asks: the Géoplateforme service.

The national geocoder (IGN, Base Adresse Nationale: https://data.geopf.fr/geocodage) answers
one address per request (``/search``) or a CSV file of addresses per request (``/search/csv``).
Its published limit is 50 requests per second per IP, answered beyond with HTTP 429 and a
``Retry-After``. This client sends batches (one request per ``batch_size`` addresses), never
more than ``max_rate`` requests a second, waits as told on 429, reports progress, stops on
cancel, and says in French when the service cannot be reached. Nothing here runs by itself:
the import wizard and ``tl-desktop geocode`` call ``geocode()``.

Results are checked against the offline geography: an answer in another commune than the one
the list gives is not taken (``status="other_commune"``).
"""

from __future__ import annotations

import csv
import email.utils
import io
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tl_desktop import __version__
from tl_desktop.base.errors import Cancelled, TlError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress

DEFAULT_URL = "https://data.geopf.fr/geocodage"
USER_AGENT = f"Tiers-Lieux-Desktop/{__version__} (geocodage de lieux, a la demande)"
MAX_RATE = 40.0          # requests per second: under the service's 50, with a margin
BATCH_SIZE = 500         # addresses per CSV request
MIN_SCORE = 0.5          # below, the answer is a guess (the service's own scale, 0 to 1)
MAX_RETRIES = 5          # 429 answers in a row before giving up
PRECISE_TYPES = ("housenumber", "street", "locality")


class GeocodingError(TlError):
    """The geocoding service could not be used; nothing was changed."""

    template = QT_TRANSLATE_NOOP("tl_desktop", "Le géocodage en ligne n'a pas abouti. Rien n'a été modifié.")


class GeocodingOfflineError(GeocodingError):
    """No network, or the service's host cannot be reached."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le service de géocodage de la Géoplateforme ({host}) est injoignable : vérifiez la "
        "connexion à Internet (ou le proxy) puis réessayez. Rien n'a été modifié ; sans réseau, les lieux "
        "restent placés au centre de leur commune.")


class GeocodingRateLimitedError(GeocodingError):
    """The service kept answering 429 (too many requests)."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le service de géocodage limite le nombre de demandes et refuse encore après {tries} "
        "essais : réessayez dans quelques minutes. Les {done} adresses déjà traitées sont conservées.")


class GeocodingServiceError(GeocodingError):
    """The service answered with an error or something unreadable."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le service de géocodage a répondu par une erreur ({status}) : réessayez plus tard.")


@dataclass(frozen=True)
class AddressQuery:
    """One address to geocode; ``insee`` (if known) is used to check the answer's commune."""

    address: str
    postcode: str = ""
    commune: str = ""
    insee: str = ""

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.address, self.postcode, self.commune) if p and p.strip()).strip()


@dataclass(frozen=True)
class GeocodeResult:
    """The service's answer for one query: ``status`` is "ok", "low_score", "other_commune",
    "not_found" or "skipped" (nothing to look for); coordinates only when "ok"."""

    status: str
    latitude: float | None = None
    longitude: float | None = None
    score: float | None = None
    label: str = ""
    result_type: str = ""
    citycode: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class _Throttle:
    """At most ``rate`` requests a second, waiting in slices so that a cancel is seen."""

    rate: float
    cancel: CancelFlag
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _next: float = field(default=0.0)

    def wait(self, seconds: float = 0.0) -> None:
        until = max(self.clock() + seconds, self._next)
        while True:
            if self.cancel.is_set():
                raise Cancelled()
            left = until - self.clock()
            if left <= 0:
                break
            self.sleep(min(left, 0.1))
        self._next = self.clock() + 1.0 / self.rate


class GeocodingClient:
    """HTTP client of the Géoplateforme geocoder (``base_url`` is a fake server in tests)."""

    def __init__(self, base_url: str = DEFAULT_URL, *, max_rate: float = MAX_RATE, timeout: float = 60.0,
                 max_retries: int = MAX_RETRIES):
        self.base_url = base_url.rstrip("/")
        self.max_rate = max_rate
        self.timeout = timeout
        self.max_retries = max_retries
        self.requests = 0
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- requests

    def _send(self, request: urllib.request.Request, throttle: _Throttle, done: int) -> bytes:
        request.add_header("User-Agent", USER_AGENT)
        tries = 0
        while True:
            throttle.wait()
            with self._lock:
                self.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:   # noqa: S310 (https URL)
                    return response.read()
            except urllib.error.HTTPError as exc:
                if exc.code == 429:
                    tries += 1
                    if tries > self.max_retries:
                        raise GeocodingRateLimitedError(tries=tries, done=done) from exc
                    throttle.wait(_retry_after(exc.headers.get("Retry-After")))
                    continue
                raise GeocodingServiceError(status=f"HTTP {exc.code}", details=str(exc)) from exc
            except (urllib.error.URLError, socket.timeout, ConnectionError, OSError) as exc:
                host = urllib.parse.urlsplit(self.base_url).hostname or self.base_url
                raise GeocodingOfflineError(host=host, details=str(exc)) from exc

    def search_one(self, query: AddressQuery, throttle: _Throttle) -> GeocodeResult:
        """Geocode one address with ``/search`` (one request)."""
        params = {"q": query.text, "limit": "1", "index": "address"}
        if len(query.postcode) == 5:
            params["postcode"] = query.postcode
        url = f"{self.base_url}/search?{urllib.parse.urlencode(params)}"
        body = self._send(urllib.request.Request(url), throttle, 0)
        try:
            features = json.loads(body.decode("utf-8")).get("features", [])
        except (ValueError, AttributeError) as exc:
            raise GeocodingServiceError(status=QT_TRANSLATE_NOOP("tl_desktop", "réponse illisible")) from exc
        if not features:
            return GeocodeResult("not_found")
        props, geometry = features[0].get("properties", {}), features[0].get("geometry", {})
        lon, lat = geometry.get("coordinates", [None, None])[:2]
        return _judge(query, lat, lon, props.get("score"), props.get("label", ""), props.get("type", ""),
                      props.get("citycode", ""))

    def search_batch(self, queries: Sequence[AddressQuery], throttle: _Throttle, done: int) -> list[GeocodeResult]:
        """Geocode a batch of addresses with ``/search/csv`` (one request)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["tl_id", "adresse", "code_postal", "commune"])
        for i, q in enumerate(queries):
            writer.writerow([i, q.address, q.postcode, q.commune])
        fields = [("columns", "adresse"), ("columns", "code_postal"), ("columns", "commune"),
                  ("indexes", "address")]
        body, content_type = _multipart(fields, "data", "adresses.csv", out.getvalue().encode("utf-8"))
        request = urllib.request.Request(f"{self.base_url}/search/csv", data=body, method="POST",
                                         headers={"Content-Type": content_type})
        answer = self._send(request, throttle, done)
        try:
            rows = list(csv.DictReader(io.StringIO(answer.decode("utf-8-sig"))))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise GeocodingServiceError(status=QT_TRANSLATE_NOOP("tl_desktop", "réponse illisible")) from exc
        results: list[GeocodeResult] = [GeocodeResult("not_found")] * len(queries)
        for row in rows:
            try:
                i = int(row.get("tl_id", ""))
            except ValueError:
                continue
            if not 0 <= i < len(queries) or not row.get("latitude") or row.get("result_status") not in (None, "ok"):
                continue
            results[i] = _judge(queries[i], _float(row.get("latitude")), _float(row.get("longitude")),
                                _float(row.get("result_score")), row.get("result_label", ""),
                                row.get("result_type", ""), row.get("result_citycode", ""))
        return results


def geocode(queries: Sequence[AddressQuery], *, progress: Progress = no_progress, cancel: CancelFlag | None = None,
            client: GeocodingClient | None = None, batch_size: int = BATCH_SIZE) -> list[GeocodeResult]:
    """Return one GeocodeResult per query, geocoded online in batches (``batch_size`` addresses per request).

    Reports ``progress(done, total, label)`` after each batch; raises Cancelled when ``cancel`` is
    set (between requests or while waiting), GeocodingOfflineError without network,
    GeocodingRateLimitedError after repeated 429, GeocodingServiceError on other errors.
    A batch of one address uses ``/search``; queries without an address are "skipped".
    """
    client = client or GeocodingClient()
    cancel = cancel or CancelFlag()
    throttle = _Throttle(client.max_rate, cancel)
    label = QT_TRANSLATE_NOOP("tl_desktop", "Géocodage des adresses")
    results: list[GeocodeResult | None] = [None] * len(queries)
    todo = []
    for i, q in enumerate(queries):
        if q.address.strip():
            todo.append(i)
        else:
            results[i] = GeocodeResult("skipped")
    total = len(queries)
    done = total - len(todo)
    progress(done, total, label)
    for start in range(0, len(todo), max(1, batch_size)):
        if cancel.is_set():
            raise Cancelled()
        chunk = todo[start:start + batch_size]
        batch = [queries[i] for i in chunk]
        answers = [client.search_one(batch[0], throttle)] if len(batch) == 1 else \
            client.search_batch(batch, throttle, done)
        for i, answer in zip(chunk, answers):
            results[i] = answer
        done += len(chunk)
        progress(done, total, label)
    return [r if r is not None else GeocodeResult("not_found") for r in results]


# ---------------------------------------------------------------- helpers

def _judge(query: AddressQuery, lat, lon, score, label: str, result_type: str, citycode: str) -> GeocodeResult:
    if lat is None or lon is None:
        return GeocodeResult("not_found")
    score = float(score) if score not in (None, "") else None
    args = dict(latitude=float(lat), longitude=float(lon), score=score, label=label, result_type=result_type,
                citycode=citycode)
    if score is not None and score < MIN_SCORE:
        return GeocodeResult("low_score", **args)
    if query.insee and citycode and not _same_commune(query.insee, citycode):
        return GeocodeResult("other_commune", **args)
    return GeocodeResult("ok", **args)


def _same_commune(expected: str, found: str) -> bool:
    # The service gives Paris, Lyon and Marseille by arrondissement (13203); a list may give the city.
    plm = {"75056": "751", "69123": "6938", "13055": "132"}
    return expected == found or found.startswith(plm.get(expected, "-")) or expected.startswith(plm.get(found, "-"))


def _float(text) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); 1 s if absent."""
    if not value:
        return 1.0
    try:
        return min(max(float(value), 0.0), 120.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return min(max(when.timestamp() - time.time(), 0.0), 120.0)
    except (TypeError, ValueError):
        return 1.0


def _multipart(fields: list[tuple[str, str]], file_field: str, filename: str, content: bytes) -> tuple[bytes, str]:
    boundary = f"tl-{uuid.uuid4().hex}"
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{filename}"\r\n'
                 f"Content-Type: text/csv; charset=utf-8\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
