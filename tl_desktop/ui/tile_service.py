"""Basemap tiles for the map page, through the app's URL scheme: cache first, then the network.

The page asks ``tlmap://map/tiles/<source>/<z>/<x>/<y>.png`` and never a server itself (its
Content-Security-Policy forbids it). A cached tile is answered at once, on the GUI thread
(~0.2 ms). Otherwise a worker thread fetches it when the machine is online and downloading
is allowed, and stores it; failing that it cuts the tile from its deepest cached ancestor
(over-zoom), or answers a transparent tile so that the départements' outlines show through:
never a broken image. A failed connection marks the map offline for a while (no request
per tile then), which the status line says.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob

from tl_desktop.map.prefetch import OfflineError, TileFetchError, fetch_tile, overzoomed, transparent_tile
from tl_desktop.map.tiles import SOURCES, TileCache, cache_path

log = logging.getLogger(__name__)

OFFLINE_RETRY_S = 30      # after a failed connection, the network is tried again this much later
EVICT_EVERY = 200         # tiles stored while browsing between two evictions (cap, expired OSM tiles)
FETCH_TIMEOUT_S = 8
WORKERS = 4

TileKey = tuple[str, int, int, int]


class TileService(QObject):
    """Answers the page's tile requests; one per map view, over the data folder's tile caches."""

    offline_changed = Signal(bool)       # the network failed (True) or answered again (False)
    notice = Signal(object)              # a TlError to show once (a damaged cache was rebuilt)
    served = Signal(str, int, int, int, str)   # source, z, x, y, how: cache, network, overzoom, empty
    _resolved = Signal(object, object, str)    # key, bytes, how (from the worker threads)

    def __init__(self, data_folder: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self._folder = Path(data_folder) if data_folder is not None else None
        self._caches: dict[str, TileCache] = {}
        self._cache_lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="tl-tile")
        self._waiting: dict[TileKey, list[QWebEngineUrlRequestJob]] = {}
        self._offline_until = 0.0
        self._last_failure = 0.0
        self._stored = 0
        self.offline = False
        self.download_allowed = True
        self._closed = False
        self._active = 0                       # worker tasks under way (shutdown waits for them)
        self._idle = threading.Condition()
        self._resolved.connect(self._on_resolved)

    # ---- caches

    def cache(self, source_key: str) -> TileCache | None:
        """Return the cache of a source (opened on first use), or None without a data folder."""
        source = SOURCES.get(source_key)
        if source is None or self._folder is None:
            return None
        with self._cache_lock:
            cache = self._caches.get(source_key)
            if cache is None or cache.source != source:    # tests point a source elsewhere
                cache = TileCache(cache_path(self._folder, source), source)
                self._caches[source_key] = cache
                if cache.notice is not None:
                    self.notice.emit(cache.notice)
        return cache

    def shutdown(self, timeout: float = 2.0) -> None:
        """Stop the workers and close the caches once no worker uses them (waits ``timeout`` at most)."""
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._waiting.clear()
        with self._idle:
            self._idle.wait_for(lambda: self._active == 0, timeout)
            if self._active:
                return    # a download hangs: its connection stays open, the process ends soon
        with self._cache_lock:
            for cache in self._caches.values():
                cache.close()
            self._caches.clear()

    # ---- requests

    def handle(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        """Answer ``tiles/<source>/<z>/<x>/<y>.png`` (on the GUI thread, from the scheme handler)."""
        parts = path.strip("/").split("/")
        try:
            _, source_key, z, x, tail = parts
            z, x, y = int(z), int(x), int(tail.removesuffix(".png"))
        except ValueError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        if self._closed or source_key not in SOURCES or self._folder is None \
                or not (0 <= z <= 22 and 0 <= x < (1 << z) and 0 <= y < (1 << z)):
            self._reply(job, transparent_tile(), keep=False)
            return
        # Opening a cache (a file, its schema) is left to the workers: the GUI thread only
        # reads one that is open, and a tile asked before that waits for a worker.
        cache = self._caches.get(source_key)
        data = cache.get(z, x, y) if cache is not None and cache.source == SOURCES[source_key] else None
        if data is not None:
            self._reply(job, data, keep=True)
            self.served.emit(source_key, z, x, y, "cache")
            return
        key = (source_key, z, x, y)
        waiting = self._waiting.setdefault(key, [])
        waiting.append(job)
        if len(waiting) == 1:
            self._pool.submit(self._resolve, key)

    def _resolve(self, key: TileKey) -> None:
        """In a worker: the tile from the network (online, allowed), else over-zoomed, else empty."""
        with self._idle:
            if self._closed:
                return
            self._active += 1
        try:
            self._resolve_active(key)
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def _resolve_active(self, key: TileKey) -> None:
        source_key, z, x, y = key
        try:
            cache = self.cache(source_key)
            if cache is None or self._closed:
                return
            data = cache.get(z, x, y)          # asked before the cache was open on the GUI side
            if data is not None:
                self._emit(key, data, "cache")
                return
            started = time.monotonic()
            if self.download_allowed and started >= self._offline_until:
                try:
                    data, expires = fetch_tile(cache.source, z, x, y, timeout=FETCH_TIMEOUT_S)
                except OfflineError as exc:
                    self._last_failure = time.monotonic()
                    self._offline_until = self._last_failure + OFFLINE_RETRY_S
                    self._set_offline(True, exc)
                except TileFetchError as exc:     # e.g. no tile there: the outlines will do
                    log.info("Tuile %s indisponible : %s", key, exc.details or exc)
                else:
                    cache.put(z, x, y, data, expires)
                    self._stored += 1
                    if self._stored % EVICT_EVERY == 0:
                        cache.evict()     # browsing too stays under the cap; stale OSM tiles go
                    if started > self._last_failure:     # not an answer older than a failure
                        self._set_offline(False)
                    self._emit(key, data, "network")
                    return
            data = overzoomed(cache, z, x, y)
            self._emit(key, data if data is not None else transparent_tile(), "overzoom" if data else "empty")
        except Exception:   # noqa: BLE001 — never leave the page waiting for a tile
            log.exception("Tuile %s : erreur", key)
            self._emit(key, transparent_tile(), "empty")

    def _emit(self, key: TileKey, data: bytes, how: str) -> None:
        if not self._closed:
            try:
                self._resolved.emit(key, data, how)
            except RuntimeError:
                pass   # the view is gone

    def _set_offline(self, offline: bool, exc: BaseException | None = None) -> None:
        if offline != self.offline:
            self.offline = offline
            if offline:
                log.info("Fond de carte : hors ligne (%s)", exc)
            try:
                self.offline_changed.emit(offline)
            except RuntimeError:
                pass

    def _on_resolved(self, key: TileKey, data: bytes, how: str) -> None:
        for job in self._waiting.pop(key, []):
            if shiboken6.isValid(job):           # the page may have given up on the tile (it panned)
                self._reply(job, data, keep=how in ("network", "cache"))
        self.served.emit(*key, how)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, data: bytes, *, keep: bool) -> None:
        # A stand-in (over-zoomed, empty) is not kept by the page: the real tile may come later.
        control = b"max-age=86400" if keep else b"no-store"
        job.setAdditionalResponseHeaders({QByteArray(b"Cache-Control"): [QByteArray(control)]})
        buffer = QBuffer(job)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(b"image/png", buffer)
