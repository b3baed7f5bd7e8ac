"""The map's web page and the object it reaches back through QWebChannel (``bridge``).

The page calls the bridge with one argument per call (a number, or a short string the view
parses): a marker clicked, a request drawn, the view moved, an area drawn, a site placed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage

from tl_desktop.ui.map_scheme import SCHEME

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
