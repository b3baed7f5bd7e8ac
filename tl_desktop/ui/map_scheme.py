"""The ``tlmap:`` URL scheme: serves the map page from its folders and from memory, nothing else.

Loading the page from ``file://`` would let it read any local file the user can read. Through
this scheme the page sees only what it is given: files under a few mounted folders (the
page's resources, Leaflet's files), files held in memory (``config.js``, the sites' data),
and Qt's ``qwebchannel.js``. The scheme is secure (OpenStreetMap tiles load over https
without mixed content) and allows fetch within its origin; it gets no access to ``file:``.
"""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

log = logging.getLogger(__name__)

SCHEME = b"tlmap"
HOST = "map"

MIME_TYPES = {
    ".html": b"text/html;charset=utf-8",
    ".js": b"text/javascript;charset=utf-8",
    ".css": b"text/css;charset=utf-8",
    ".json": b"application/json",
    ".geojson": b"application/geo+json",
    ".png": b"image/png",
    ".svg": b"image/svg+xml",
}

_QWEBCHANNEL_PATH = "qwebchannel.js"
_QWEBCHANNEL_RESOURCE = ":/qtwebchannel/qwebchannel.js"

# The page runs only its own scripts (no inline script, no eval) and loads nothing from
# outside: its tiles too come from the app (tiles/…), which decides what goes to the network.
# A defence in depth: popups treat names as text.
_CSP = (b"default-src 'self'; script-src 'self'; "
        b"style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")
TILES_PREFIX = "/tiles/"


def register_map_scheme() -> None:
    """Register the ``tlmap`` scheme with Qt WebEngine; call it before any WebEngine object exists."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return   # already registered (tests call it from conftest and the app)
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme
                    | QWebEngineUrlScheme.Flag.CorsEnabled
                    | QWebEngineUrlScheme.Flag.FetchApiAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


def page_url(relative_path: str = "index.html", query: str = "", fragment: str = "") -> QUrl:
    """Return the ``tlmap:`` URL of a file of the served folder."""
    url = QUrl()
    url.setScheme(SCHEME.decode())
    url.setHost(HOST)
    url.setPath("/" + relative_path.lstrip("/"))
    if query:
        url.setQuery(query)
    if fragment:
        url.setFragment(fragment)
    return url


def resolve_request_path(root: Path, url_path: str) -> Path | None:
    """Return the file under ``root`` named by the decoded ``url_path``; None if outside or absent."""
    if "\x00" in url_path or "\\" in url_path:
        return None
    parts = [p for p in url_path.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." or ":" in p for p in parts):
        return None
    try:
        base = Path(root).resolve(strict=True)
        # resolve() follows symlinks: a link leading out of the folder is refused below.
        target = base.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not target.is_relative_to(base) or not target.is_file():
        return None
    return target


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves ``tlmap://map/…`` from files held in memory, then from mounted folders."""

    def __init__(self, mounts: list[tuple[str, Path]] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._mounts = [(prefix, Path(root)) for prefix, root in (mounts or [])]
        self._memory: dict[str, bytes] = {}
        self._static: dict[str, bytes] = {}   # files of the mounts, read once (they do not change)
        self.tiles = None   # a TileService answers tiles/… (none: every tile is transparent)

    def set_mounts(self, mounts: list[tuple[str, Path]]) -> None:
        """Serve ``prefix + path`` from ``root/path``, for each (prefix, root), first match first."""
        self._mounts = [(prefix, Path(root)) for prefix, root in mounts]
        self._static.clear()

    def put(self, path: str, data: bytes) -> None:
        """Serve ``data`` at ``path`` (e.g. ``"config.js"``) until it is dropped or replaced."""
        self._memory[path.lstrip("/")] = data

    def drop(self, path: str) -> None:
        self._memory.pop(path.lstrip("/"), None)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt name)
        url = job.requestUrl()
        if job.requestMethod() != QByteArray(b"GET"):
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        if url.host() != HOST:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        path = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
        if path.startswith(TILES_PREFIX) and self.tiles is not None:
            self.tiles.handle(job, path)
            return
        data = self.read(path)
        if data is None:
            log.warning("Carte : requête refusée ou fichier absent : %s", url.toDisplayString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        suffix = PurePosixPath(path).suffix.lower()
        mime = MIME_TYPES.get(suffix, b"application/octet-stream")
        # A multimap: PySide wants a list of values per header (a bare value is split by byte).
        headers = {QByteArray(b"Cache-Control"): [QByteArray(b"no-cache")]}
        if suffix == ".html":
            headers[QByteArray(b"Content-Security-Policy")] = [QByteArray(_CSP)]
        job.setAdditionalResponseHeaders(headers)
        buffer = QBuffer(job)   # owned by the job: lives exactly as long as the reply
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime, buffer)

    def read(self, path: str) -> bytes | None:
        """Return the bytes served at ``path`` (decoded, from the URL), or None."""
        relative = path.lstrip("/")
        if relative in self._memory:
            return self._memory[relative]
        if relative in self._static:
            return self._static[relative]
        for prefix, root in self._mounts:
            if not relative.startswith(prefix):
                continue
            target = resolve_request_path(root, "/" + relative[len(prefix):])
            if target is None:
                continue
            try:
                data = target.read_bytes()
            except OSError:
                return None
            self._static[relative] = data
            return data
        if relative == _QWEBCHANNEL_PATH:
            file = QFile(_QWEBCHANNEL_RESOURCE)
            if file.open(QIODevice.OpenModeFlag.ReadOnly):
                try:
                    return bytes(file.readAll().data())
                finally:
                    file.close()
        return None
