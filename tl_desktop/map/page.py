"""The offline map page: a folium skeleton, local Leaflet assets and the sites as compact data.

The page never points at a CDN: Leaflet and Leaflet.markercluster come from the XStatic
packages, copied into ``out_dir/assets/``. The sites are not folium markers (one ``Marker``
each weighs ~780 bytes of HTML) but columnar arrays in ``sites.js``, from which
``resources/map/tl_map.js`` builds circle markers on a canvas. The page refers to a site by
its index in the ``points`` sequence; the caller keeps the index → id list.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
from collections.abc import Callable, Sequence
from html import escape as escape_html
from pathlib import Path

import folium
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from branca.element import Element, MacroElement
from jinja2 import Template

from tl_desktop.base.i18n import LANGUAGE_TAGS, QT_TRANSLATE_NOOP
from tl_desktop.base.resources import resource
from tl_desktop.domain import KINDS, MapPoint

# Texts the page shows; translated by the GUI through ``translate`` (see build_map_page).
UI_TEXT = {
    "legend_title": QT_TRANSLATE_NOOP("mappage", "Types de lieux"),
    "approximate": QT_TRANSLATE_NOOP("mappage", "Position approximative (centre de la commune)"),
    "open": QT_TRANSLATE_NOOP("mappage", "Ouvrir la fiche"),
    "osm": QT_TRANSLATE_NOOP("mappage", "OpenStreetMap (en ligne)"),
    "osm_attribution": QT_TRANSLATE_NOOP("mappage", "contributeurs d’OpenStreetMap"),
    "offline_base": QT_TRANSLATE_NOOP("mappage", "Fond hors ligne (départements)"),
    "fit": QT_TRANSLATE_NOOP("mappage", "Recentrer sur les lieux affichés"),
    "count_one": QT_TRANSLATE_NOOP("mappage", "{n} lieu affiché"),
    "count_many": QT_TRANSLATE_NOOP("mappage", "{n} lieux affichés"),
}
PAGE_TITLE = QT_TRANSLATE_NOOP("mappage", "Carte des tiers-lieux")

FRANCE_CENTRE = (46.6, 2.5)
MAX_ZOOM = 18
MIN_ZOOM = 3
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

INDEX_FILE = "index.html"
SITES_FILE = "sites.js"
ASSETS_DIR = "assets"
_DEPARTEMENTS_JS = "departements.js"
_DEPARTEMENTS_PREFIX = b"window.TL_DEPARTEMENTS="
_DEPARTEMENTS_SUFFIX = b";\n"

Translate = Callable[[str, str], str]


def _asset_sources() -> list[tuple[str, Path]]:
    """Return (path under assets/, source file) for every asset copied as is."""
    leaflet = Path(xstatic.pkg.leaflet.BASE_DIR)
    cluster = Path(xstatic.pkg.leaflet_markercluster.BASE_DIR)
    files = [
        ("leaflet/leaflet.js", leaflet / "leaflet.js"),
        ("leaflet/leaflet.css", leaflet / "leaflet.css"),
        ("markercluster/leaflet.markercluster.js", cluster / "leaflet.markercluster.js"),
        ("markercluster/MarkerCluster.css", cluster / "MarkerCluster.css"),
        ("tl_map.js", resource("map", "tl_map.js")),
        ("tl_map.css", resource("map", "tl_map.css")),
    ]
    # leaflet.css refers to images/layers.png (the layer control) and the default marker icons.
    files += [(f"leaflet/images/{p.name}", p) for p in sorted((leaflet / "images").glob("*.png"))]
    return files


def _is_current(dest: Path, size: int, mtime_ns: int) -> bool:
    try:
        st = dest.stat()
    except FileNotFoundError:
        return False
    return st.st_size == size and st.st_mtime_ns == mtime_ns


def _write_atomic(dest: Path, data: bytes, mtime_ns: int | None = None) -> None:
    # Write then rename, so a page loading at that moment never reads half a file.
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.write_bytes(data)
    if mtime_ns is not None:
        os.utime(tmp, ns=(mtime_ns, mtime_ns))
    os.replace(tmp, dest)


def _copy_if_changed(src: Path, dest: Path) -> bool:
    st = src.stat()
    if _is_current(dest, st.st_size, st.st_mtime_ns):
        return False
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    # copyfile, not copy2: a read-only source must not give a read-only copy (Windows
    # cannot replace those); the source's mtime is kept to recognise an unchanged file.
    shutil.copyfile(src, tmp)
    os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(tmp, dest)
    return True


def sync_assets(out_dir: Path) -> list[str]:
    """Copy the static assets into ``out_dir/assets`` if missing or changed; return those copied."""
    assets = Path(out_dir) / ASSETS_DIR
    copied = [name for name, src in _asset_sources() if _copy_if_changed(src, assets / name)]
    # The départements GeoJSON, wrapped as a script: it then loads from file:// as well as
    # from the app's URL scheme, without fetch() or CORS.
    src = resource("map", "departements.geojson")
    st = src.stat()
    dest = assets / _DEPARTEMENTS_JS
    size = len(_DEPARTEMENTS_PREFIX) + st.st_size + len(_DEPARTEMENTS_SUFFIX)
    if not _is_current(dest, size, st.st_mtime_ns):
        _write_atomic(dest, _DEPARTEMENTS_PREFIX + src.read_bytes() + _DEPARTEMENTS_SUFFIX,
                      st.st_mtime_ns)
        copied.append(_DEPARTEMENTS_JS)
    return copied


def _js_json(value: object) -> str:
    """Return ``value`` as compact JSON that is also safe inside an HTML <script> element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
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


def sites_data(points: Sequence[MapPoint]) -> dict:
    """Return the sites as columnar arrays, in the order of ``points`` (the page's indexes)."""
    # commune[i] indexes communes; kind[i] is a KINDS index, or a list of them when the site
    # has several; approx lists the indexes of approximate positions; a site without valid
    # coordinates gets nulls (no marker, but its index is kept).
    codes = {code: i for i, code in enumerate(KINDS.codes())}
    other = codes["autre"]
    communes: dict[str, int] = {}   # each commune's name once: many sites share one
    lat, lon, name, commune, kind, approx = [], [], [], [], [], []
    for i, p in enumerate(points):
        y, x = _coordinate(p.latitude, 90), _coordinate(p.longitude, 180)
        if y is None or x is None:
            y = x = None   # the page draws no marker for it, but keeps its index
        lat.append(y)
        lon.append(x)
        name.append(p.name or "")
        commune.append(communes.setdefault(p.commune or "", len(communes)))
        ks = [codes.get(k, other) for k in p.kinds] or [other]
        kind.append(ks[0] if len(ks) == 1 else ks)
        if p.approximate:
            approx.append(i)
    return {"lat": lat, "lon": lon, "name": name, "communes": list(communes),
            "commune": commune, "kind": kind, "approx": approx}


class _Init(MacroElement):
    """The call that hands the folium map to tl_map.js, after the map is created."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            tlMapInit({{ this._parent.get_name() }}, {{ this.config }});
        {% endmacro %}
    """)

    def __init__(self, config: dict):
        super().__init__()
        self._name = "TlMapInit"
        self.config = _js_json(config)


def _version(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:12]


def build_map_page(points: Sequence[MapPoint], out_dir: Path, *,
                   online_tiles_available: bool = True,
                   translate: Translate | None = None, language: str = "fr") -> Path:
    """Write the map page of ``points`` into ``out_dir``, its texts through ``translate`` and its numbers
    and plurals in ``language``; return its index.html; raises OSError."""
    # Not named "tr": lupdate would take its arguments for texts to translate.
    localise = translate or (lambda _context, text: text)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sync_assets(out_dir)

    sites = ("window.TL_SITES=" + _js_json(sites_data(points)) + ";\n").encode("utf-8")
    _write_atomic(out_dir / SITES_FILE, sites)

    assets = out_dir / ASSETS_DIR

    def versioned(name: str) -> str:
        # A changed file gets a new URL, so that no cache serves the previous one.
        st = (assets / name).stat()
        return f"{ASSETS_DIR}/{name}?v={st.st_size:x}{st.st_mtime_ns:x}"

    # With tiles=None folium drops max_zoom; markercluster needs it on the map itself.
    m = folium.Map(location=FRANCE_CENTRE, zoom_start=6, tiles=None, max_zoom=MAX_ZOOM,
                   prefer_canvas=True, control_scale=False, font_size="13px",
                   maxZoom=MAX_ZOOM, minZoom=MIN_ZOOM, zoomSnap=0.5)
    m._id = "tl"   # a stable variable name: the same points give the same page
    # Instance attributes: folium's class lists point at CDNs (and add_js_link would mutate them).
    m.default_js = [
        ("leaflet", versioned("leaflet/leaflet.js")),
        ("markercluster", versioned("markercluster/leaflet.markercluster.js")),
        ("departements", versioned(_DEPARTEMENTS_JS)),
        ("tl_map", versioned("tl_map.js")),
        ("sites", f"{SITES_FILE}?v={_version(sites)}"),
    ]
    m.default_css = [
        ("leaflet_css", versioned("leaflet/leaflet.css")),
        ("markercluster_css", versioned("markercluster/MarkerCluster.css")),
        ("tl_map_css", versioned("tl_map.css")),
    ]
    title = escape_html(localise("mappage", PAGE_TITLE))
    m.get_root().header.add_child(Element(f"<title>{title}</title>"), name="title")
    config = {
        "kinds": [{"label": localise("domain", c.label), "colour": c.colour} for c in KINDS],
        "text": {key: localise("mappage", text) for key, text in UI_TEXT.items()} | {"locale": LANGUAGE_TAGS[language]},
        "osm": OSM_TILES if online_tiles_available else None,
    }
    m.add_child(_Init(config), name="tl_init")

    html = m.get_root().render().replace("<html>", f'<html lang="{language}">', 1)
    index = out_dir / INDEX_FILE
    _write_atomic(index, html.encode("utf-8"))
    return index
