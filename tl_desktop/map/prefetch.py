"""Getting tiles: one over the network (the live map), many ahead of a tour (« Préparer hors ligne »).

Only sources that allow it are prefetched (Plan IGN; never OpenStreetMap, whose tile policy
forbids bulk and offline downloads). Downloads identify the app (User-Agent), are throttled
(a steady rate over a few connections), report progress, stop when cancelled, and write the
tiles in batches. A tile missing offline is drawn from its deepest cached ancestor
(``overzoomed``), or left transparent so that the outlines below show: never a broken tile.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Callable, Sequence

from tl_desktop import __version__
from tl_desktop.base.errors import Cancelled, TlError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.map.tiles import (
    OSM_MIN_FRESH_S,
    TILE_SIZE,
    Box,
    TileCache,
    TileSource,
    box_around,
    tiles_in_boxes,
)

log = logging.getLogger(__name__)

USER_AGENT = f"TiersLieuxDesktop/{__version__} (+https://github.com/; application de bureau pour les agents publics)"
TIMEOUT_S = 15
DEFAULT_RATE = 40.0          # tiles a second, at most, when preparing an area
DEFAULT_CONNECTIONS = 4
MAX_AREA_TILES = 60_000      # ~1 GB of Plan IGN: beyond, the area is refused (zoom out or draw smaller)
BATCH = 64                   # tiles written per transaction
TOUR_BOX_KM = 2.0            # the area prepared around each stop of a tour
TOUR_ZOOMS = (13, 17)


class TileFetchError(TlError):
    """A tile could not be downloaded (the server answered an error, or did not answer)."""

    template = QT_TRANSLATE_NOOP("tl_desktop", "Le serveur du fond de carte n'a pas pu être joint ({reason}).")


class OfflineError(TileFetchError):
    """No network: the machine is offline (or the server's name cannot be resolved)."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Pas de connexion au réseau : le fond de carte ne peut pas être téléchargé maintenant. "
        "La carte affiche ce qui est déjà en cache.")


class PrefetchRefused(TlError):
    """The source may not be prefetched, or the area is too large."""


@dataclass(frozen=True)
class Estimate:
    """What preparing an area means before it starts: tiles, those missing, bytes to download."""

    tiles: int
    missing: int
    bytes: int
    cache_bytes: int      # the cache's size now
    cap_bytes: int

    @property
    def fits(self) -> bool:
        return self.cache_bytes + self.bytes <= self.cap_bytes


@dataclass(frozen=True)
class PrefetchReport:
    downloaded: int
    already: int
    failed: int
    bytes: int
    seconds: float
    area_id: int | None


# ---------------------------------------------------------------------------------- one tile

def tile_url(source: TileSource, z: int, x: int, y: int) -> str:
    return source.url.format(z=z, x=x, y=y)


_MAX_AGE = re.compile(r"max-age=(\d+)")


def _expiry(source: TileSource, headers, now: float) -> int | None:
    """When a fetched tile expires: never for sources kept offline, else per the HTTP headers."""
    if not source.honour_http_cache:
        return None
    control = headers.get("Cache-Control", "") or ""
    if "no-store" in control:
        return int(now)                     # shown once, not kept
    match = _MAX_AGE.search(control)
    if match:
        return int(now) + max(int(match.group(1)), 0)
    expires = headers.get("Expires")
    if expires:
        import email.utils

        try:
            return int(email.utils.parsedate_to_datetime(expires).timestamp())
        except (TypeError, ValueError):
            pass
    return int(now) + OSM_MIN_FRESH_S


def fetch_tile(source: TileSource, z: int, x: int, y: int, *, timeout: float = TIMEOUT_S) -> tuple[bytes, int | None]:
    """Download one tile; return (bytes, expires_at or None). Raise OfflineError, TileFetchError."""
    # urllib (http.client, ssl, email: ~15 ms) loads at the first download, on a worker thread,
    # not with the map view on the GUI thread.
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(tile_url(source, z, x, y), headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read()
            headers = response.headers
    except urllib.error.HTTPError as exc:
        raise TileFetchError(reason=f"HTTP {exc.code}", details=str(exc)) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.gaierror, ConnectionRefusedError, ConnectionResetError, OSError)):
            raise OfflineError(details=str(exc)) from exc
        raise TileFetchError(reason=str(reason), details=str(exc)) from exc
    except (TimeoutError, socket.timeout, ConnectionError) as exc:
        raise OfflineError(details=str(exc)) from exc
    if not data.startswith((b"\x89PNG", b"\xff\xd8")):
        raise TileFetchError(reason="réponse qui n'est pas une image", details=data[:200].decode("latin-1"))
    return data, _expiry(source, headers, time.time())


# ---------------------------------------------------------------------------------- many tiles

def tour_boxes(stops: Sequence[tuple[float, float]], km: float = TOUR_BOX_KM) -> list[Box]:
    """Return the boxes around a tour's stops (latitude, longitude) that « Préparer hors ligne » covers."""
    return [box_around(lat, lon, km) for lat, lon in stops]


def estimate(cache: TileCache, tiles: Sequence[tuple[int, int, int]]) -> Estimate:
    """Return how many of ``tiles`` are missing and how many bytes they should weigh."""
    missing = len(tiles) - len(cache.has(tiles))
    _, size = cache.stats()
    return Estimate(tiles=len(tiles), missing=missing, bytes=missing * cache.average_tile_bytes(),
                    cache_bytes=size, cap_bytes=cache.cap_bytes)


class _Linked(CancelFlag):
    """A cancel flag that is also set when the caller's flag is."""

    def __init__(self, parent: CancelFlag):
        super().__init__()
        self._parent = parent

    def is_set(self) -> bool:
        return self._parent.is_set() or super().is_set()


class Throttle:
    """At most ``rate`` starts a second, shared by the downloading threads."""

    def __init__(self, rate: float):
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def wait(self, cancel: CancelFlag | None = None) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._interval
        while True:
            delay = start - time.monotonic()
            if delay <= 0:
                return
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            time.sleep(min(delay, 0.05))


Fetcher = Callable[[TileSource, int, int, int], tuple[bytes, "int | None"]]


def prefetch(cache: TileCache, boxes: Sequence[Box], min_zoom: int, max_zoom: int, *, label: str,
             progress: Progress = no_progress, cancel: CancelFlag | None = None, rate: float = DEFAULT_RATE,
             connections: int = DEFAULT_CONNECTIONS, fetcher: Fetcher | None = None) -> PrefetchReport:
    """Download the missing tiles of an area and record it as prepared; return the report.

    Raise PrefetchRefused (source not prefetchable, area too large), OfflineError when the
    network is down from the start, Cancelled when asked (tiles already stored stay cached).
    """
    source = cache.source
    if not source.prefetch:
        raise PrefetchRefused(QT_TRANSLATE_NOOP(
            "tl_desktop", "Le fond « {source} » ne peut pas être préparé pour le hors-ligne : ses conditions "
            "d'utilisation l'interdisent. Choisissez le Plan IGN."), source=source.key)
    tiles = tiles_in_boxes(boxes, min_zoom, min(max_zoom, source.max_zoom))
    if len(tiles) > MAX_AREA_TILES:
        raise PrefetchRefused(QT_TRANSLATE_NOOP(
            "tl_desktop", "Cette zone compte {count} tuiles, au-delà de la limite de {limit} : tracez une zone "
            "plus petite ou réduisez le zoom maximal."), count=f"{len(tiles):,}".replace(",", "\u00a0"),
            limit=f"{MAX_AREA_TILES:,}".replace(",", "\u00a0"))
    fetch = fetcher or fetch_tile
    started = time.perf_counter()
    asked = cancel or CancelFlag()
    cancel = _Linked(asked)   # set by the caller, or by this function when it stops early
    present = cache.has(tiles)
    todo = [t for t in tiles if t not in present]
    total = len(tiles)
    done = len(present)
    progress(done, total, "")
    throttle = Throttle(rate)
    pending_writes: list[tuple[int, int, int, bytes, int | None]] = []
    failed = 0
    size = 0
    offline_streak = 0

    def job(tile):
        throttle.wait(cancel)
        if cancel.is_set():
            raise Cancelled()
        z, x, y = tile
        return tile, fetch(source, z, x, y)

    queue = iter(todo)
    with ThreadPoolExecutor(max_workers=max(1, connections), thread_name_prefix="tl-tiles") as pool:
        running = set()
        try:
            while True:
                while len(running) < connections * 2 and not cancel.is_set():
                    tile = next(queue, None)
                    if tile is None:
                        break
                    running.add(pool.submit(job, tile))
                if not running:
                    break
                finished, running = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    try:
                        (z, x, y), (data, expires) = future.result()
                    except Cancelled:
                        continue
                    except OfflineError:
                        failed += 1
                        offline_streak += 1
                        if offline_streak >= 8:
                            raise   # the network is gone: what came is kept, the rest waits for it
                    except TileFetchError as exc:
                        failed += 1
                        log.info("Tuile non téléchargée : %s", exc.details or exc)
                    else:
                        offline_streak = 0
                        pending_writes.append((z, x, y, data, expires))
                        size += len(data)
                    done += 1
                if len(pending_writes) >= BATCH:
                    cache.put_many(pending_writes)
                    pending_writes.clear()
                progress(done, total, "")
                if asked.is_set():
                    raise Cancelled()
        finally:
            cancel.set()        # the threads still waiting on the throttle stop now
            for future in running:
                future.cancel()
            if pending_writes:
                cache.put_many(pending_writes)   # what came is kept, even when cancelled
    area_id = cache.add_area(label, boxes, min_zoom, max_zoom, tiles)
    cache.evict()
    return PrefetchReport(downloaded=len(todo) - failed, already=len(present), failed=failed, bytes=size,
                          seconds=time.perf_counter() - started, area_id=area_id)


# ---------------------------------------------------------------------------------- offline

_TRANSPARENT: bytes | None = None


def transparent_tile() -> bytes:
    """Return a fully transparent 256 px PNG (where there is no tile: the outlines show through)."""
    global _TRANSPARENT
    if _TRANSPARENT is None:
        import struct
        import zlib

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        raw = b"".join(b"\x00" + b"\x00" * (TILE_SIZE * 4) for _ in range(TILE_SIZE))
        _TRANSPARENT = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", TILE_SIZE, TILE_SIZE, 8, 6, 0, 0, 0))
                        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return _TRANSPARENT


def overzoomed(cache: TileCache, z: int, x: int, y: int, levels: int = 8) -> bytes | None:
    """Return a tile cut from its deepest cached ancestor and enlarged (PNG), or None if there is none."""
    found = cache.deepest(z, x, y, levels)
    if found is None:
        return None
    az, ax, ay, data = found
    from PIL import Image  # Pillow loads when a tile is missing, not at start-up

    k = z - az
    span = TILE_SIZE >> k                      # the part of the ancestor this tile covers, in its pixels
    left, top = (x - (ax << k)) * span, (y - (ay << k)) * span
    with Image.open(io.BytesIO(data)) as image:
        image = image.convert("RGBA")
        part = image.crop((left, top, left + max(span, 1), top + max(span, 1)))
        part = part.resize((TILE_SIZE, TILE_SIZE), Image.Resampling.BILINEAR if k < 4 else Image.Resampling.NEAREST)
        out = io.BytesIO()
        part.save(out, "PNG", compress_level=1)
    return out.getvalue()
