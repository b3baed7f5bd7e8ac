"""The ``tlmap:`` URL scheme: serves the map page from one folder, and nothing else.

Loading the page from ``file://`` would let it read any local file the user can read. Through
this scheme the page sees only its own folder (``tlmap://map/index.html``, relative assets),
plus Qt's ``qwebchannel.js``. The scheme is secure (OpenStreetMap tiles load over https
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

_QWEBCHANNEL_PATH = "assets/qwebchannel.js"
_QWEBCHANNEL_RESOURCE = ":/qtwebchannel/qwebchannel.js"

# The page runs our scripts and folium's inline ones; it may load images from OpenStreetMap
# and nothing else from outside. A defence in depth: popups already treat names as text.
_CSP = (b"default-src 'self'; script-src 'self' 'unsafe-inline'; "
        b"style-src 'self' 'unsafe-inline'; img-src 'self' data: https://tile.openstreetmap.org; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")


def register_map_scheme() -> None:
    """Register the ``tlmap`` scheme with Qt WebEngine; call it once, BEFORE QApplication exists."""
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
    """Serves ``tlmap://map/…`` from one root folder; refuses anything outside it."""

    def __init__(self, root: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._root = Path(root) if root else None

    def root(self) -> Path | None:
        return self._root

    def set_root(self, root: Path) -> None:
        self._root = Path(root)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt name)
        url = job.requestUrl()
        if job.requestMethod() != QByteArray(b"GET"):
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        if url.host() != HOST or self._root is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        path = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
        data = self._read(path)
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

    def _read(self, path: str) -> bytes | None:
        target = resolve_request_path(self._root, path)
        if target is not None:
            try:
                return target.read_bytes()
            except OSError:
                return None
        if path.lstrip("/") == _QWEBCHANNEL_PATH:
            file = QFile(_QWEBCHANNEL_RESOURCE)
            if file.open(QIODevice.OpenModeFlag.ReadOnly):
                try:
                    return bytes(file.readAll().data())
                finally:
                    file.close()
        return None
