"""The map view: the offline map page in a web view, following the catalog's filter.

The core builds the page (``tl_desktop.mappage``); this view only loads it through the
``tlmap:`` scheme and talks to it: ``window.tlMap`` one way, the ``bridge`` QWebChannel
object the other way. The page knows sites by index; the view keeps the index → id list.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tl_desktop import __version__
from tl_desktop.domain import MapPoint
from tl_desktop.map.page import build_map_page
from tl_desktop.ui.language import interface_language
from tl_desktop.ui.map_scheme import SCHEME, MapSchemeHandler, page_url

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
    view_changed = Signal(str)       # "lat,lng,zoom" after each move of the map

    @Slot(int)
    def siteClicked(self, index: int) -> None:  # noqa: N802 (name seen by the page)
        self.site_clicked.emit(index)

    @Slot(int)
    def siteSelected(self, index: int) -> None:  # noqa: N802 (name seen by the page)
        self.site_selected.emit(index)

    @Slot(str)
    def viewChanged(self, view: str) -> None:  # noqa: N802 (name seen by the page)
        self.view_changed.emit(view)


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


class MapView(QWidget):
    """The map of the sites: clustered markers, legend, popups with « Ouvrir la fiche »."""

    site_activated = Signal(str)   # « Ouvrir la fiche » clicked in a popup: the site's id
    site_selected = Signal(str)    # a marker clicked: the site's id
    page_ready = Signal()          # page loaded and window.tlMap available

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ids: list[str] = []
        self._index_of: dict[str, int] = {}
        self._ready = False
        self._visible_ids: list[str] | None = None   # the filter, re-applied on each load
        self._pending_js: list[str] = []
        self._load_count = 0
        self._view = ""     # the map's last centre and zoom, kept across rebuilds of the page

        # Child order matters: the web view (and the page it owns) must be destroyed before
        # the profile, which is created after it for that reason.
        self._web = QWebEngineView(self)
        self._profile = QWebEngineProfile(self)   # off the record, owned by this view
        # OpenStreetMap's tile policy asks clients to identify themselves.
        self._profile.setHttpUserAgent(f"TiersLieuxDesktop/{__version__} ({self._profile.httpUserAgent()})")
        self._scheme_handler = MapSchemeHandler(parent=self._profile)
        self._profile.installUrlSchemeHandler(SCHEME, self._scheme_handler)
        self._page = MapPage(self._profile, self._web)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        self._bridge = MapBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self._bridge)
        self._page.setWebChannel(self._channel)
        self._web.setPage(self._page)
        self._web.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._web.setAccessibleName(self.tr("Carte des lieux"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._web)

        self._page.loadFinished.connect(self._on_page_load_finished)
        self._bridge.site_clicked.connect(self._on_bridge_site_clicked)
        self._bridge.site_selected.connect(self._on_bridge_site_selected)
        self._bridge.view_changed.connect(self._on_bridge_view_changed)

    # --- public API -----------------------------------------------------------------------

    def page(self) -> MapPage:
        """Return the web page (for tests and the shell's diagnostics)."""
        return self._page

    def is_ready(self) -> bool:
        return self._ready

    def set_points(self, points: Sequence[MapPoint], out_dir: Path) -> None:
        """Build the page of ``points`` in ``out_dir`` and load it; raises OSError."""
        index = self.build_page(points, out_dir)
        self.load_page(index.parent, [p.id for p in points])

    def build_page(self, points: Sequence[MapPoint], out_dir: Path) -> Path:
        """Build the page (no widget touched: may move to a worker); return index.html's path."""
        return build_map_page(points, out_dir, translate=QCoreApplication.translate, language=interface_language())

    def load_page(self, out_dir: Path, ids: Sequence[str]) -> None:
        """Load a built page; ``ids[i]`` is the id of the page's site ``i``."""
        self._ids = list(ids)
        self._index_of = {site_id: i for i, site_id in enumerate(self._ids)}
        self._ready = False
        self._pending_js.clear()
        self._scheme_handler.set_root(Path(out_dir))
        self._load_count += 1
        fragment = f"view={self._view}" if self._view else ""
        self._page.load(page_url("index.html", f"load={self._load_count}", fragment))

    def set_visible_ids(self, ids: Iterable[str] | None) -> None:
        """Show only the sites of ``ids`` (None: all of them); applied once the page is ready."""
        self._visible_ids = None if ids is None else list(ids)
        if self._ready:
            self._apply_visible()

    def focus_site(self, site_id: str) -> None:
        """Centre the map on a site and open its popup; ignores unknown ids."""
        index = self._index_of.get(site_id)
        if index is not None:
            self._js_call("focus", index)

    def show_itinerary(self, days: Sequence[Sequence[str]]) -> None:
        """Draw a tour's itinerary: per day, the site ids in visiting order ([] clears it)."""
        indexes = [[self._index_of[i] for i in day if i in self._index_of] for day in days]
        self._js_call("setItinerary", indexes)

    def view(self) -> tuple[float, float, float] | None:
        """The map's centre and zoom as last reported by the page (lat, lng, zoom), or None."""
        try:
            lat, lng, zoom = (float(v) for v in self._view.split(","))
        except ValueError:
            return None
        return lat, lng, zoom

    def fit_visible(self) -> None:
        """Zoom so that every shown site is in view."""
        self._js_call("fitVisible")

    # --- plumbing -------------------------------------------------------------------------

    def _apply_visible(self) -> None:
        if self._visible_ids is None:
            self._js_call("setVisible", None)
        else:
            indexes = sorted({self._index_of[i] for i in self._visible_ids if i in self._index_of})
            self._js_call("setVisible", indexes)

    def _js_call(self, function: str, *args) -> None:
        script = f"window.tlMap.{function}({','.join(json.dumps(a) for a in args)});"
        if self._ready:
            self._page.runJavaScript(script)
        else:
            self._pending_js.append(script)

    def _on_page_load_finished(self, ok: bool) -> None:
        if not ok:
            log.warning("Carte : la page n'a pas pu être chargée (%s)", self._page.url().toString())
            return
        load_count = self._load_count
        self._page.runJavaScript("!!(window.tlMap && window.tlMap.ready)",
                                 lambda ready: self._on_page_api_checked(load_count, ready))

    def _on_page_api_checked(self, load_count: int, ready: object) -> None:
        if load_count != self._load_count:
            return   # a newer page is loading
        if not ready:
            log.error("Carte : la page est chargée mais window.tlMap est absent")
            return
        self._ready = True
        pending, self._pending_js = self._pending_js, []
        if self._visible_ids is not None:
            self._apply_visible()
        for script in pending:
            self._page.runJavaScript(script)
        self.page_ready.emit()

    def _on_bridge_site_clicked(self, index: int) -> None:
        if 0 <= index < len(self._ids):
            self.site_activated.emit(self._ids[index])

    def _on_bridge_view_changed(self, view: str) -> None:
        self._view = view

    def _on_bridge_site_selected(self, index: int) -> None:
        if 0 <= index < len(self._ids):
            self.site_selected.emit(self._ids[index])
