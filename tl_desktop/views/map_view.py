"""The map view: the map page in a web view, following the catalog and its changes in place.

The core says what the page is (``tl_desktop.map.page``): a static skeleton, its config and
the sites as data. This view serves them through the ``tlmap:`` scheme, reads the sites off
the GUI thread (``ReadWorker``, its own read-only store), and talks to the page:
``window.tlMap`` one way, the ``bridge`` QWebChannel object the other way. The page knows
sites by index; the view keeps the index ↔ id mapping, and a saved, deleted or restored
site goes to the page alone (``on_sites_changed``): the page is loaded once.

The basemap's tiles come through the same scheme from ``TileService`` (cache first). The
toolbar above the map chooses the basemap, prepares a tour or an area for offline use, zooms
to the results, shows a tour alone and places a site by hand (``site_placed``: the shell
saves it, undoably).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tl_desktop.domain import MapPoint, SiteFilter
from tl_desktop.map.page import (
    CONFIG_FILE,
    SitesLoad,
    config_script,
    indexes_json,
    js_json,
    page_config,
    points_update,
    sites_load,
    sites_payload,
)
from tl_desktop.map.prefetch import TOUR_ZOOMS, tour_boxes
from tl_desktop.map.tiles import NO_BASEMAP, PLAN_IGN, SOURCES
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import interface_language
from tl_desktop.ui.map_page import MapBridge, MapPage, MapPageHost
from tl_desktop.ui.map_toolbar import MapToolBar
from tl_desktop.ui.offline_dialogs import OfflinePreparer
from tl_desktop.ui.read_worker import ReadWorker
from tl_desktop.ui.tile_service import TileService

log = logging.getLogger(__name__)

# More changed sites than this (an import, the demo): read them all again rather than one by one.
BIG_CHANGE = 2000


class MapView(QWidget):
    """The map of the sites: clusters, legend, popups with « Ouvrir la fiche », updated in place."""

    site_activated = Signal(str)   # « Ouvrir la fiche » clicked in a popup: the site's id
    site_selected = Signal(str)    # a marker clicked: the site's id
    page_ready = Signal()          # page loaded and window.tlMap available (sites may follow)
    sites_shown = Signal()         # the sites of the last load_sites()/set_points() are drawn
    drawn = Signal(int)            # what the call that returned this stamp asked is drawn
    site_placed = Signal(str, float, float)   # the agent placed a site by hand: id, latitude, longitude
    status_changed = Signal(str)   # « Hors ligne — fond de carte en cache », or ""
    message = Signal(str)          # a short report for the status bar (an area prepared…)

    def __init__(self, parent: QWidget | None = None, *, store: Store | None = None,
                 data_folder: Path | None = None):
        super().__init__(parent)
        self._index_of: dict[str, int] = {}
        self._id_of: dict[int, str] = {}
        # What is shown: every site (None), the sites matching a filter (read by the worker),
        # or a set of ids; applied again to each load and to each changed site.
        self._filter: SiteFilter | None = None
        self._visible_ids: set[str] | None = None
        self._stamp = 0
        self._load_stamp = -1
        self._data_urls: dict[int, str] = {}          # sites' data served until the page has read it
        self._itinerary: list[list[str]] = []         # a tour's stops by day, as site ids
        self._reader = ReadWorker(store.path, self) if store is not None else None

        self._bridge = MapBridge(self)
        self._bridge.site_clicked.connect(self._on_bridge_site_clicked)
        self._bridge.site_selected.connect(self._on_bridge_site_selected)
        self._bridge.sites_loaded.connect(self._on_bridge_sites_loaded)
        self._bridge.stamp_drawn.connect(self._on_bridge_drawn)
        self._bridge.view_changed.connect(self._on_bridge_view_changed)
        self._view = ""     # the map's centre and zoom, as the page last reported them

        self._bridge.area_drawn.connect(self._on_bridge_area_drawn)
        self._bridge.site_placed.connect(self._on_bridge_site_placed)
        self._bridge.tool_cancelled.connect(lambda: self.message.emit(""))
        self._itinerary_label = ""
        self._placeable: str | None = None
        self._placeable_asked: tuple[str | None, str] = (None, "")

        # Basemap tiles: the data folder's caches, the network when allowed (QSettings).
        if data_folder is None and store is not None:
            data_folder = store.path.parent
        self.tiles = TileService(data_folder, self)
        self.tiles.offline_changed.connect(self._on_offline_changed)
        self.tiles.notice.connect(lambda exc: show_error(self, exc))
        settings = QSettings()
        self._basemap = settings.value("map/basemap", PLAN_IGN.key, type=str)
        if self._basemap != NO_BASEMAP and self._basemap not in SOURCES:
            self._basemap = PLAN_IGN.key
        self.tiles.download_allowed = settings.value("map/download_tiles", True, type=bool)
        self.offline = OfflinePreparer(self, self.tile_cache)
        self.offline.message.connect(self.message)

        self.toolbar = MapToolBar(self)
        self.toolbar.set_basemap(self._basemap)
        self.toolbar.download_action.setChecked(self.tiles.download_allowed)
        self.toolbar.basemap_chosen.connect(self.set_basemap)
        self.toolbar.download_toggled.connect(self._on_download_toggled)
        self.toolbar.fit_requested.connect(self.fit_visible)
        self.toolbar.tour_only_toggled.connect(self.set_tour_only)
        self.toolbar.place_requested.connect(self.start_placing)
        self.toolbar.prepare_tour_requested.connect(self.prepare_tour_offline)
        self.toolbar.prepare_area_requested.connect(self.prepare_area_offline)
        self.toolbar.areas_requested.connect(self.show_prepared_areas)
        if data_folder is None:     # a map with no data folder (a study's) has no tile cache
            self.toolbar.offline_button.setEnabled(False)
        self.toolbar.prepare_area_action.setEnabled(data_folder is not None)

        self.host = MapPageHost(self, self._bridge, self.tiles)
        self.host.page_ready.connect(self.page_ready)
        self.host.serve(CONFIG_FILE, config_script(page_config(QCoreApplication.translate, basemap=self._basemap,
                                                            language=interface_language())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.host, 1)
        # The map stays usable when side panels open: they take room from the catalog first.
        self.setMinimumWidth(380)

    # --- public API -----------------------------------------------------------------------

    def page(self) -> MapPage:
        """Return the web page (for tests and the shell's diagnostics), creating it if need be."""
        return self.host.page()

    def web_view(self) -> QWebEngineView:
        """Return the web view (for tests: mouse clicks go to its focus proxy)."""
        return self.host.web_view()

    def is_ready(self) -> bool:
        return self.host.is_ready()

    def site_count(self) -> int:
        """Return how many sites the page has been given (removed ones included)."""
        return len(self._index_of)

    def load_sites(self) -> int:
        """Read every located site off the GUI thread, then show them; return the stamp."""
        if self._reader is None:
            raise RuntimeError("MapView(store=None) shows only the points given to set_points()")
        self._stamp += 1
        stamp = self._load_stamp = self._stamp
        flt = self._filter

        def read(store):
            # SQLite writes the sites' JSON (without the GIL: the GUI thread runs meanwhile); the
            # filter's sites are read with them, so the page never shows all of them first.
            return sites_load(*store.sites.map_columns()), self._keys(store, flt)
        self._reader.submit(read, lambda result: self._show_load(*result, stamp), self._on_read_failed)
        return stamp

    def set_points(self, points: Sequence[MapPoint]) -> int:
        """Show ``points`` (computed here, on the calling thread); return the stamp."""
        self._stamp += 1
        self._load_stamp = self._stamp
        self._show_load(sites_payload(points), None, self._stamp)
        return self._load_stamp

    def on_sites_changed(self, site_ids: Iterable[str]) -> None:
        """Sites were saved, deleted or restored: read them off the GUI thread and update the page."""
        ids = set(site_ids)
        if not ids or self._reader is None:
            return
        if len(ids) > BIG_CHANGE:
            self.load_sites()
            return
        flt = self._filter

        def read(store):
            points = store.sites.map_points(ids)
            keys = self._keys(store, flt, among=ids)
            if keys is None:
                return points, None
            matching = set(keys)
            return points, [p.key in matching for p in points]

        def done(result) -> None:
            points, shown = result
            self.update_sites(points, ids - {p.id for p in points}, shown)
        self._reader.submit(read, done, self._on_read_failed)

    def update_sites(self, points: Sequence[MapPoint], removed_ids: Iterable[str] = (),
                     shown: Sequence[bool] | None = None) -> int:
        """Add or change ``points``, take ``removed_ids`` off the map, in place; return the stamp.

        ``shown`` says which points pass the filter; by default, those of set_visible_ids()
        (all of them under set_filter(), whose worker says it in on_sites_changed()).
        """
        indexed = []
        free = None   # for points without a key (given by a caller, not read from the store)
        for p in points:
            index = self._index_of.get(p.id)
            if index is None:
                if p.key >= 0:
                    index = p.key
                else:
                    free = max(self._id_of, default=-1) + 1 if free is None else free + 1
                    index = free
                self._index_of[p.id], self._id_of[index] = index, p.id
            indexed.append((index, p))
        removed = sorted({self._index_of[i] for i in removed_ids if i in self._index_of})
        self._stamp += 1
        if indexed:
            if shown is None:
                visible = self._visible_ids
                shown = [visible is None or p.id in visible for p in points]
            self._js_call("upsert", points_update(indexed, shown), self._stamp)
        if removed:
            self._js_call("remove", removed, self._stamp)
        return self._stamp

    def set_filter(self, flt: SiteFilter | None) -> int | None:
        """Show the sites matching ``flt`` (read off the GUI thread); return the stamp, or None if unchanged."""
        if flt is not None and flt.is_empty():
            flt = None
        if flt == self._filter and self._visible_ids is None:
            return None
        self._filter, self._visible_ids = flt, None
        self._stamp += 1
        stamp = self._stamp
        if flt is None or self._reader is None:
            self._js_raw("setVisible", "null", str(stamp))
            return stamp

        def done(keys) -> None:
            if flt == self._filter:    # else a newer filter is on its way
                self._js_raw("setVisible", indexes_json(keys), str(stamp))
        self._reader.submit(lambda store: self._keys(store, flt), done, self._on_read_failed)
        return stamp

    def set_visible_ids(self, ids: Iterable[str] | None) -> int:
        """Show only the sites of ``ids`` (None: all of them); return the stamp."""
        self._filter = None
        self._visible_ids = None if ids is None else set(ids)
        return self._apply_visible()

    def focus_site(self, site_id: str) -> None:
        """Centre the map on a site and open its popup; ignores unknown ids."""
        index = self._index_of.get(site_id)
        if index is not None:
            self._js_call("focus", index)

    def show_itinerary(self, days: Sequence[Sequence[str]], fit: bool = True, label: str = "") -> None:
        """Draw a tour's itinerary: per day, the site ids in visiting order ([] clears it)."""
        self._itinerary = [list(day) for day in days]
        self._itinerary_label = label or self._itinerary_label
        self.toolbar.set_tour(any(self._itinerary))
        indexes = [[self._index_of[i] for i in day if i in self._index_of] for day in days]
        self._js_call("setItinerary", indexes, fit)

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

    def shutdown(self) -> None:
        """Stop the reading thread and the tiles' (the window is closing); the view shows what it has."""
        self.offline.shutdown()
        if self._reader is not None:
            self._reader.stop()
        self.tiles.shutdown()

    # --- basemap, offline, tools ------------------------------------------------------------

    def basemap(self) -> str:
        return self._basemap

    def set_basemap(self, key: str) -> None:
        """Show a basemap (a source's key, or "none"); remembered for the next start."""
        if key != NO_BASEMAP and key not in SOURCES:
            return
        self._basemap = key
        QSettings().setValue("map/basemap", key)
        self.toolbar.set_basemap(key)
        self._js_call("setBasemap", key)
        self._update_status()

    def set_tour_only(self, on: bool) -> None:
        """Show the tour alone: the catalog's sites dimmed, « ⤢ » fitting the itinerary."""
        self._js_call("setTourOnly", bool(on))
        if self.toolbar.tour_only_action.isChecked() != bool(on):
            self.toolbar.tour_only_action.setChecked(bool(on))

    def set_placeable(self, site_id: str | None, name: str = "") -> None:
        """The site the agent works on (picked, opened in the form): draggable, and placed by a click."""
        self._placeable_asked = (site_id, name)     # again when the sites are loaded
        self._placeable = site_id if site_id in self._index_of else None
        self.toolbar.set_placeable(name if self._placeable else None)
        self._js_call("setPlaceable", self._index_of.get(site_id, -1) if site_id else -1)

    def start_placing(self) -> None:
        """The next click on the map places the site set by set_placeable()."""
        if self._placeable is not None:
            self._js_call("startPlacing", self._index_of[self._placeable])
            self.message.emit(self.tr("Cliquez sur la carte à l'emplacement du lieu (Échap pour annuler)."))

    def tile_cache(self):
        """The Plan IGN cache (the one prepared for offline use), or None without a data folder."""
        return self.tiles.cache(PLAN_IGN.key)

    def prepare_tour_offline(self) -> None:
        """« Préparer hors ligne » the tour shown: ~2 km around each stop, zooms 13 to 17."""
        ids = [i for day in self._itinerary for i in day]
        if not ids or self._reader is None or self.tile_cache() is None:
            return
        label = self.tr("Visite apprenante « {title} »").format(title=self._itinerary_label) \
            if self._itinerary_label else self.tr("Visite apprenante")

        def done(points) -> None:
            located = [(p.latitude, p.longitude) for p in points]
            if not located:
                self.message.emit(self.tr("Aucune étape de cette visite n'est placée sur la carte."))
                return
            self._prepare(tour_boxes(located), label, *TOUR_ZOOMS)
        self._reader.submit(lambda store: store.sites.map_points(ids), done, self._on_read_failed)

    def prepare_area_offline(self) -> None:
        """« Préparer hors ligne » an area the agent draws on the map (a drag)."""
        self.message.emit(self.tr("Tracez la zone sur la carte en faisant glisser la souris (Échap pour annuler)."))
        self._js_call("startAreaDrawing")

    def show_prepared_areas(self) -> None:
        self.offline.show_areas()

    def _prepare(self, boxes, label: str, min_zoom: int, max_zoom: int):
        return self.offline.prepare(boxes, label, min_zoom, max_zoom)

    def _download(self, boxes, label: str, min_zoom: int, max_zoom: int):
        return self.offline.download(boxes, label, min_zoom, max_zoom)

    def _on_bridge_area_drawn(self, box: str) -> None:
        try:
            south, west, north, east = (float(v) for v in box.split(","))
        except ValueError:
            return
        self.message.emit("")
        # Zooms from the level where the area fills the map, to the streets (at most 17).
        span = max(north - south, east - west, 1e-6)
        low = max(6, min(15, int(math.log2(360 / span)) - 1))
        self._prepare([(south, west, north, east)], self.tr("Zone tracée sur la carte"), low, 17)

    def _on_bridge_site_placed(self, where: str) -> None:
        try:
            index, lat, lon = where.split(",")
            site_id = self._id_of[int(index)]
            latitude, longitude = float(lat), float(lon)
        except (ValueError, KeyError):
            return
        self.message.emit("")
        self.site_placed.emit(site_id, latitude, longitude)

    def _on_download_toggled(self, allowed: bool) -> None:
        self.tiles.download_allowed = allowed
        QSettings().setValue("map/download_tiles", allowed)
        self._update_status()

    def _on_offline_changed(self, offline: bool) -> None:
        self._update_status()

    def _update_status(self) -> None:
        text = ""
        if self._basemap != NO_BASEMAP and (self.tiles.offline or not self.tiles.download_allowed):
            text = self.tr("Hors ligne — fond de carte en cache")
        self.toolbar.status_label.setText(text)
        self.status_changed.emit(text)

    # --- plumbing -------------------------------------------------------------------------

    @staticmethod
    def _keys(store: Store, flt: SiteFilter | None, among: Iterable[str] | None = None) -> list[int] | None:
        """In the worker: the page indexes of the sites ``flt`` shows (None: no filter)."""
        return None if flt is None else store.sites.matching_keys(flt, among)

    def _show_load(self, load: SitesLoad, keys: list[int] | None, stamp: int) -> None:
        self._index_of, self._id_of = load.index_of, load.id_of
        url = f"data/sites-{stamp}.json"
        self.host.serve(url, load.payload)
        self._data_urls[stamp] = url
        self._js_call("loadSites", url, stamp)
        if keys is not None:
            self._js_raw("setVisible", indexes_json(keys), str(stamp))
        elif self._visible_ids is not None:
            self._apply_visible()   # the ids, on the new indexes
        if self._itinerary:
            self.show_itinerary(self._itinerary, fit=False)
        if self._placeable_asked[0]:
            self.set_placeable(*self._placeable_asked)

    def _apply_visible(self) -> int:
        self._stamp += 1
        if self._visible_ids is None:
            self._js_raw("setVisible", "null", str(self._stamp))
        else:
            index_of = self._index_of
            indexes = [i for i in map(index_of.get, self._visible_ids) if i is not None]
            self._js_raw("setVisible", indexes_json(indexes), str(self._stamp))
        return self._stamp

    def _js_call(self, function: str, *args) -> None:
        self._js_raw(function, *(js_json(a) for a in args))

    def _js_raw(self, function: str, *arguments: str) -> None:
        """Call ``window.tlMap.function`` with arguments already written as JSON."""
        self.host.call(function, *arguments)

    def _on_read_failed(self, exc: BaseException) -> None:
        # The map keeps what it shows; the catalog, read by the GUI's own connection, says more.
        log.error("Carte : lecture des lieux impossible (%s)", exc)

    def _on_bridge_drawn(self, stamp: int) -> None:
        self.drawn.emit(stamp)
        if stamp == self._load_stamp:
            self.sites_shown.emit()

    def _on_bridge_view_changed(self, view: str) -> None:
        self._view = view

    def _on_bridge_sites_loaded(self, stamp: int) -> None:
        # The page has the data: it need not stay in memory (3 MB at 50,000 sites).
        for old in [s for s in self._data_urls if s <= stamp]:
            self.host.unserve(self._data_urls.pop(old))

    def _on_bridge_site_clicked(self, index: int) -> None:
        if index in self._id_of:
            self.site_activated.emit(self._id_of[index])

    def _on_bridge_site_selected(self, index: int) -> None:
        if index in self._id_of:
            self.site_selected.emit(self._id_of[index])
