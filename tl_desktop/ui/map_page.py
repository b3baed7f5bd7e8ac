"""The map's web page, what hosts it, and the object it reaches back through QWebChannel (``bridge``).

``MapPageHost`` owns the web view, its off-the-record profile and the ``tlmap:`` scheme
handler; it starts Chromium in its own turn of the event loop (the first profile costs
40-100 ms of the GUI thread), shows the view with our page (never a default one), loads the
static page, and queues the calls to ``window.tlMap`` until the page is ready.

The page calls the bridge with one argument per call (a number, or a short string the view
parses): a marker clicked, a request drawn, the view moved, an area drawn, a site placed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from tl_desktop import __version__
from tl_desktop.map.page import INDEX_FILE, page_mounts
from tl_desktop.ui.map_scheme import SCHEME, MapSchemeHandler, page_url, register_map_scheme

# Between two steps of the map's start: a timer, not a zero-timer (a queued call), so that the
# events and timers waiting (a key, a paint) run in between; a chain of queued calls runs back
# to back, one long stall.
TURN_MS = 1

log = logging.getLogger(__name__)

_CONSOLE_LEVELS = {
    QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: logging.DEBUG,
    QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: logging.WARNING,
    QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: logging.ERROR,
}


class MapBridge(QObject):
    """The object the page reaches as ``bridge`` through QWebChannel."""

    site_clicked = Signal(int)
    site_selected = Signal(int)
    stamp_drawn = Signal(int)     # the page has drawn what the request of this stamp asked
    sites_loaded = Signal(int)    # the page has read the sites of this stamp
    view_changed = Signal(str)    # "lat,lng,zoom" after each move of the map
    area_drawn = Signal(str)      # "south,west,north,east" of an area drawn for « Préparer hors ligne »
    site_placed = Signal(str)     # "index,lat,lng": a site placed by a click or by dragging its pin
    tool_cancelled = Signal()     # Échap, or an area too small to be one

    @Slot(int)
    def siteClicked(self, index: int) -> None:  # noqa: N802 (name seen by the page)
        self.site_clicked.emit(index)

    @Slot(int)
    def siteSelected(self, index: int) -> None:  # noqa: N802 (name seen by the page)
        self.site_selected.emit(index)

    @Slot(int)
    def drawn(self, stamp: int) -> None:  # (name seen by the page)
        self.stamp_drawn.emit(stamp)

    @Slot(int)
    def sitesLoaded(self, stamp: int) -> None:  # noqa: N802 (name seen by the page)
        self.sites_loaded.emit(stamp)

    @Slot(int)
    def pageReady(self, _unused: int) -> None:  # noqa: N802 (name seen by the page)
        pass

    @Slot(str)
    def viewChanged(self, view: str) -> None:  # noqa: N802 (name seen by the page)
        self.view_changed.emit(view)

    @Slot(str)
    def areaDrawn(self, box: str) -> None:  # noqa: N802 (name seen by the page)
        self.area_drawn.emit(box)

    @Slot(str)
    def sitePlaced(self, where: str) -> None:  # noqa: N802 (name seen by the page)
        self.site_placed.emit(where)

    @Slot(int)
    def toolCancelled(self, _unused: int) -> None:  # noqa: N802 (name seen by the page)
        self.tool_cancelled.emit()


class MapPage(QWebEnginePage):
    """The map's page: logs the page's console, opens outside links in the user's browser."""

    console_message = Signal(int, str, int, str)   # level, message, line, source

    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802 (Qt name)
        log.log(_CONSOLE_LEVELS.get(level, logging.INFO), "Carte (JS) : %s (%s:%d)",
                message, source, line)
        self.console_message.emit(int(level.value), message, line, source)

    def acceptNavigationRequest(self, url, nav_type, is_main_frame):  # noqa: N802 (Qt name)
        if url.scheme() == SCHEME.decode():
            return True
        # e.g. the OpenStreetMap attribution link: never navigate the map away.
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and \
                url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        return False


class MapPageHost(QWidget):
    """The web view of the map page: made at the next turn of the event loop, then loaded."""

    page_ready = Signal()          # page loaded and window.tlMap available

    def __init__(self, parent: QWidget, bridge: MapBridge, tiles=None):
        super().__init__(parent)
        register_map_scheme()       # before any WebEngine object (the first map of the process)
        self.bridge = bridge
        self.tiles = tiles          # a TileService answering tiles/…, or None
        self.web: QWebEngineView | None = None
        self.profile: QWebEngineProfile | None = None
        self.scheme_handler: MapSchemeHandler | None = None
        self._page: MapPage | None = None
        self._ready = False
        self._pending_js: list[str] = []
        self._served: dict[str, bytes] = {}      # given before the handler exists
        self._placeholder = QLabel(self.tr("Chargement de la carte…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._placeholder)
        # Starting Chromium (the first profile) costs 40-100 ms of the GUI thread: it happens at
        # a later turn of the event loop, after the caller has asked for the sites (read
        # meanwhile, without the GIL); the view is shown and the page loads at the turn after.
        QTimer.singleShot(TURN_MS, self, self.create_page)

    def page(self) -> MapPage:
        self.create_page()
        return self._page

    def web_view(self) -> QWebEngineView:
        self.show_page()
        return self.web

    def is_ready(self) -> bool:
        return self._ready

    def serve(self, path: str, data: bytes) -> None:
        """Serve ``data`` at ``path`` of the page's origin (the config, the sites' data)."""
        self._served[path] = data
        if self.scheme_handler is not None:
            self.scheme_handler.put(path, data)

    def unserve(self, path: str) -> None:
        self._served.pop(path, None)
        if self.scheme_handler is not None:
            self.scheme_handler.drop(path)

    def call(self, function: str, *arguments: str) -> None:
        """Call ``window.tlMap.function`` with arguments already written as JSON (queued until ready)."""
        script = f"window.tlMap.{function}({','.join(arguments)});"
        if self._ready:
            self._page.runJavaScript(script)
        else:
            self._pending_js.append(script)

    def create_page(self) -> None:
        if self._page is not None:
            return
        # Child order matters: the web view (and the page it owns) must be destroyed before
        # the profile, which is created after it for that reason. The view stays hidden until
        # it has our page: shown without one, it would make a default profile and page.
        self.web = QWebEngineView(self)
        self.web.setVisible(False)
        self.web.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.web.setAccessibleName(self.tr("Carte des lieux"))
        self.profile = QWebEngineProfile(self)   # off the record, owned by this host
        # Tile servers (through the app) ask clients to identify themselves.
        self.profile.setHttpUserAgent(f"TiersLieuxDesktop/{__version__} ({self.profile.httpUserAgent()})")
        self.scheme_handler = MapSchemeHandler(page_mounts(), parent=self.profile)
        self.scheme_handler.tiles = self.tiles
        for path, data in self._served.items():
            self.scheme_handler.put(path, data)
        self.profile.installUrlSchemeHandler(SCHEME, self.scheme_handler)
        self._page = MapPage(self.profile, self.web)
        self.web.setPage(self._page)
        self._page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self.bridge)
        self._page.setWebChannel(self._channel)
        self._page.loadFinished.connect(self._on_page_load_finished)
        QTimer.singleShot(TURN_MS, self, self.show_page)

    def show_page(self) -> None:
        self.create_page()
        if self._stack.currentWidget() is self.web:
            return
        self._stack.addWidget(self.web)
        self._stack.setCurrentWidget(self.web)
        self._page.load(page_url(INDEX_FILE))

    def _on_page_load_finished(self, ok: bool) -> None:
        if not ok:
            log.warning("Carte : la page n'a pas pu être chargée (%s)", self._page.url().toString())
            return
        self._page.runJavaScript("!!(window.tlMap && window.tlMap.ready)", self._on_page_api_checked)

    def _on_page_api_checked(self, ready: object) -> None:
        if not ready:
            log.error("Carte : la page est chargée mais window.tlMap est absent")
            return
        self._ready = True
        pending, self._pending_js = self._pending_js, []
        for script in pending:
            self._page.runJavaScript(script)
        self.page_ready.emit()
