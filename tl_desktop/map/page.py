"""The offline map page: a static skeleton, local Leaflet, and the sites as compact data.

Nothing is generated at start-up and nothing is copied: ``resources/map/index.html`` loads
Leaflet from the XStatic package's folder and ``tl_map.js`` from ``resources/map``, both
served as they are by the app's URL scheme (``page_mounts``). What changes is data, produced
here without Qt and served from memory: ``config.js`` (translated texts, kinds, base maps)
and the sites as columnar JSON (``sites_payload``), which the page fetches when told.
A saved, deleted or restored site travels alone (``points_update``); the page is never
rebuilt. The page knows a site by an index: its row number in the store (``MapPoint.key``),
which never changes, so the catalog's filter reaches the page as row numbers read by SQLite
(``Sites.matching_keys``) with no id to look up; the caller keeps the index ↔ id mapping
(``SitesLoad``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tl_desktop.base.i18n import LANGUAGE_TAGS, QT_TRANSLATE_NOOP
from tl_desktop.base.resources import resource
from tl_desktop.domain import KINDS, MapPoint
from tl_desktop.map.tiles import NO_BASEMAP, PLAN_IGN, SOURCES

# Texts the page shows; translated by the GUI through ``translate`` (see page_config).
UI_TEXT = {
    "title": QT_TRANSLATE_NOOP("mappage", "Carte des tiers-lieux"),
    "legend_title": QT_TRANSLATE_NOOP("mappage", "Types de lieux"),
    "approximate": QT_TRANSLATE_NOOP("mappage", "Position approximative (centre de la commune)"),
    "open": QT_TRANSLATE_NOOP("mappage", "Ouvrir la fiche"),
    "fit": QT_TRANSLATE_NOOP("mappage", "Recentrer sur les lieux affichés"),
    "count_one": QT_TRANSLATE_NOOP("mappage", "{n} lieu affiché"),
    "count_many": QT_TRANSLATE_NOOP("mappage", "{n} lieux affichés"),
    "cluster": QT_TRANSLATE_NOOP("mappage", "{n} lieux : cliquer pour zoomer"),
}

FRANCE_CENTRE = (46.6, 2.5)
MAX_ZOOM = 19        # Plan IGN's deepest level; over-zoomed from the deepest cached one offline
MIN_ZOOM = 3
TILES_URL = "tiles/{source}/{z}/{x}/{y}.png"      # served by the app (ui/tile_service.py)
# The same text (and context) as the PDFs' outline credit: one translation for both.
OUTLINE_ATTRIBUTION = QT_TRANSLATE_NOOP("reports", "Contours : IGN Admin Express")

INDEX_FILE = "index.html"
CONFIG_FILE = "config.js"

Translate = Callable[[str, str], str]

# JSON arrays are encoded this many items at a time: one json.dumps() call holds the GIL
# from start to end, and 200,000 names at once would stall the GUI thread for ~40 ms.
_CHUNK = 4000


def page_mounts() -> list[tuple[str, Path]]:
    """Return the folders the page is served from, as (URL prefix, folder), first match wins."""
    import xstatic.pkg.leaflet

    return [("leaflet/", Path(xstatic.pkg.leaflet.BASE_DIR)), ("", resource("map"))]


def page_config(translate: Translate | None = None, *, basemap: str = PLAN_IGN.key, language: str = "fr") -> dict:
    """Return what ``config.js`` gives the page: texts (through ``translate``), kinds, limits, base maps,
    and the ``language`` of its numbers and plurals."""
    # Not named "tr": lupdate would take its arguments for texts to translate.
    localise = translate or (lambda _context, text: text)
    return {
        "kinds": [{"code": c.code, "label": localise("domain", c.label), "colour": c.colour} for c in KINDS],
        "text": {key: localise("mappage", text) for key, text in UI_TEXT.items()} | {"locale": LANGUAGE_TAGS[language]},
        "basemaps": [{"key": s.key, "label": localise("mappage", s.label), "attribution": s.attribution,
                      "url": s.attribution_url, "maxZoom": s.max_zoom} for s in SOURCES.values()],
        "basemap": basemap if basemap in SOURCES else NO_BASEMAP,
        "tiles": TILES_URL, "outlineAttribution": localise("reports", OUTLINE_ATTRIBUTION),
        "centre": FRANCE_CENTRE, "minZoom": MIN_ZOOM, "maxZoom": MAX_ZOOM,
    }


def config_script(config: dict) -> bytes:
    """Return ``config.js``: the configuration as a script setting ``window.TL_CONFIG``."""
    return ("window.TL_CONFIG=" + js_json(config) + ";\n").encode("utf-8")


def js_json(value: object) -> str:
    """Return ``value`` as compact JSON that is also safe inside an HTML <script> element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _script_safe(text)


def _script_safe(text: str) -> str:
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _coordinate(value: float, limit: float) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(value) or abs(value) > limit:
        return None
    return round(value, 5)


def _position(p: MapPoint) -> tuple[float | None, float | None]:
    y, x = _coordinate(p.latitude, 90), _coordinate(p.longitude, 180)
    return (None, None) if y is None or x is None else (y, x)


def page_indexes(points: Sequence[MapPoint]) -> list[int]:
    """Return the page's index of each point: its key, or its position when points have no key."""
    if points and all(p.key >= 0 for p in points):
        return [p.key for p in points]
    return list(range(len(points)))


def sites_data(points: Sequence[MapPoint], indexes: Sequence[int] | None = None) -> dict:
    """Return the sites as the page reads them: one array per field, aligned (see below)."""
    # The layout of Sites.map_columns(), which SQLite builds for the whole catalog: index (the
    # page's index of each site), lat, lon (None when invalid: no marker, the index is kept),
    # name, commune, kinds (codes; the first gives the colour), approx (1: commune's centre).
    lat, lon = [], []
    for p in points:
        y, x = _position(p)
        lat.append(y)
        lon.append(x)
    return {"index": list(page_indexes(points) if indexes is None else indexes), "lat": lat, "lon": lon,
            "name": [p.name or "" for p in points], "commune": [p.commune or "" for p in points],
            "kinds": [list(p.kinds) for p in points], "approx": [1 if p.approximate else 0 for p in points]}


def _encode_chunked(data: dict) -> Iterator[str]:
    """Yield the JSON text of a dict of lists, encoding the lists a few thousand items at a time."""
    yield "{"
    for k, (key, values) in enumerate(data.items()):
        yield ("," if k else "") + json.dumps(key) + ":["
        for start in range(0, len(values), _CHUNK):
            part = json.dumps(values[start:start + _CHUNK], ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False)
            yield ("," if start else "") + part[1:-1]
        yield "]"
    yield "}"


@dataclass
class SitesLoad:
    """The sites as the page gets them: ``payload`` (JSON) and the index ↔ id mapping."""

    index_of: dict[str, int] = field(repr=False)
    id_of: dict[int, str] = field(repr=False)
    payload: bytes = field(repr=False)

    @property
    def count(self) -> int:
        return len(self.index_of)


def sites_payload(points: Sequence[MapPoint]) -> SitesLoad:
    """Return what the page needs to show ``points`` (may run in a worker: no Qt, GIL let go often)."""
    indexes = page_indexes(points)
    text = "".join(_encode_chunked(sites_data(points, indexes)))
    return sites_load(text, {p.id: i for p, i in zip(points, indexes)})


def sites_load(columns_json: str, index_of: dict[str, int]) -> SitesLoad:
    """Return the SitesLoad of columnar JSON (``Sites.map_columns``) and its index by id."""
    return SitesLoad(index_of=index_of, id_of={i: site_id for site_id, i in index_of.items()},
                     payload=columns_json.encode("utf-8"))


def indexes_json(indexes: Sequence[int] | None) -> str:
    """Return the JSON of a list of page indexes (the filter), or ``null`` for all sites."""
    if indexes is None:
        return "null"
    # In slices, as _encode_chunked: each join lets the GIL go before the next.
    return "[" + ",".join(",".join(map(str, indexes[start:start + _CHUNK]))
                          for start in range(0, len(indexes), _CHUNK)) + "]"


def points_update(indexed: Iterable[tuple[int, MapPoint]], shown: Iterable[bool] | None = None) -> dict:
    """Return the page's ``upsert`` argument: the sites' columns with their indexes, shown or not."""
    indexed = list(indexed)
    update = sites_data([p for _, p in indexed], [i for i, _ in indexed])
    if shown is not None:
        update["shown"] = [1 if s else 0 for s in shown]
    return update
