/* Tiers-Lieux Desktop: the map of the catalog, updated in place.
 *
 * Served by the app's tlmap: scheme (tl_desktop/map/page.py says what, ui/map_scheme.py
 * serves it). window.TL_CONFIG (config.js) gives the texts and kinds; the sites arrive as
 * columnar JSON that the page fetches when the app says so (tlMap.loadSites), then change in
 * place: tlMap.upsert / tlMap.remove for saved, deleted or restored sites, tlMap.setVisible
 * for the catalog's filter. The page is never rebuilt. Sites are known by index; the app
 * keeps the index <-> id mapping.
 *
 * Clustering is done here, at each view: the shown sites inside the view are binned on a
 * grid of RADIUS pixels anchored on the world (so clusters stay put while panning), and
 * neighbouring cells whose centres are close merge. It is one pass over the sites' projected
 * coordinates, a few milliseconds for 200,000 sites, so a filter only flips a mask and draws
 * again (Leaflet.markercluster rebuilt its tree: 2 to 4 s at 50,000 sites). From SPREAD_ZOOM
 * on there are no clusters, and sites at the same place are spread around it, each visible
 * and clickable, with a leg to their true position.
 *
 * User text is data: popups are built with DOM APIs and textContent, never with HTML strings.
 */
(function () {
  "use strict";

  var METRO_BOUNDS = [[41.3, -5.2], [51.1, 9.6]];
  var FOCUS_ZOOM = 13;
  var RADIUS = 50;               // px: a cell of the cluster grid
  var MERGE = 0.7 * RADIUS;      // neighbouring cells closer than this, centre to centre, merge
  var SPREAD_ZOOM = 15;          // from this zoom on: no clusters...
  var SPREAD_PX = 6;             // ...and sites closer than this on screen are spread out
  var CLUSTER_SIZES = { small: 32, medium: 38, large: 44, huge: 52 };   // see tl_map.css
  // Colour-blind-safe colours for the days of a tour (Okabe & Ito).
  var DAY_COLOURS = ["#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  var locale = "fr-FR";    // the interface's language (config.text.locale), for numbers and plurals

  function formatCount(n, pattern) {
    return pattern.replace("{n}", n.toLocaleString(locale));
  }

  function isSingular(n) {
    // The singular: below 2 in French (« 0 lieu »), 1 only in English ("0 places").
    return locale.indexOf("en") === 0 ? n === 1 : n < 2;
  }

  /* The Qt bridge: a QWebChannel object named "bridge", when the page runs inside the app.
   * In a plain browser there is no window.qt and calls are only recorded. */
  function makeBridge() {
    var bridge = null;
    var pending = [];
    var api = { calls: [] };
    api.call = function (method, arg) {
      api.calls.push([method, arg]);
      if (api.calls.length > 200) { api.calls.shift(); }
      if (bridge) { bridge[method](arg); } else if (pending) { pending.push([method, arg]); }
    };
    if (window.qt && window.qt.webChannelTransport) {
      var script = document.createElement("script");
      script.src = "qwebchannel.js";
      script.onload = function () {
        new QWebChannel(window.qt.webChannelTransport, function (channel) {
          bridge = channel.objects.bridge;
          pending.forEach(function (c) { bridge[c[0]](c[1]); });
          pending = null;
        });
      };
      document.head.appendChild(script);
    } else {
      pending = null;
    }
    return api;
  }

  /* The sites, as columns that grow in place. x and y are Web Mercator in [0, 1] (Leaflet's
   * pixel coordinates at zoom z are x * 256 * 2^z): projected once, binned at every view. */
  function SiteTable() {
    this.n = 0;
    this.cap = 0;
    this.x = new Float64Array(0);
    this.y = new Float64Array(0);
    this.alive = new Uint8Array(0);    // has a position and is not removed
    this.shown = new Uint8Array(0);    // passes the catalog's filter
    this.approx = new Uint8Array(0);
    this.lat = [];
    this.lon = [];
    this.name = [];
    this.commune = [];
    this.kind = [];                    // a kind index, or a list of them (the first is the colour)
  }

  SiteTable.prototype.reserve = function (n) {
    if (n <= this.cap) { return; }
    var cap = Math.max(n, this.cap * 2, 1024);
    var self = this;
    ["x", "y"].forEach(function (f) { var a = new Float64Array(cap); a.set(self[f]); self[f] = a; });
    ["alive", "shown", "approx"].forEach(function (f) { var a = new Uint8Array(cap); a.set(self[f]); self[f] = a; });
    this.cap = cap;
  };

  SiteTable.prototype.set = function (i, lat, lon, name, commune, kind, approx, shown) {
    if (i >= this.n) {
      this.reserve(i + 1);
      for (var j = this.n; j < i; j++) {
        this.lat[j] = this.lon[j] = null;
        this.name[j] = this.commune[j] = "";
        this.kind[j] = 0;
      }
      this.n = i + 1;
    }
    var ok = typeof lat === "number" && typeof lon === "number" && isFinite(lat) && isFinite(lon);
    this.lat[i] = ok ? lat : null;
    this.lon[i] = ok ? lon : null;
    this.name[i] = name;
    this.commune[i] = commune;
    this.kind[i] = kind;
    this.approx[i] = approx ? 1 : 0;
    this.alive[i] = ok ? 1 : 0;
    this.shown[i] = shown ? 1 : 0;
    if (ok) {
      var s = Math.sin(Math.max(-85.05, Math.min(85.05, lat)) * Math.PI / 180);
      this.x[i] = (lon + 180) / 360;
      this.y[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }
  };

  SiteTable.prototype.kindsOf = function (i) {
    var k = this.kind[i];
    return typeof k === "number" ? [k] : k;
  };

  SiteTable.prototype.latLng = function (i) { return L.latLng(this.lat[i], this.lon[i]); };

  window.tlMapInit = function (container, config) {
    var kinds = config.kinds;
    var text = config.text;
    locale = text.locale || "fr-FR";
    document.documentElement.lang = locale.split("-")[0];
    var kindIndex = {};
    kinds.forEach(function (k, j) { kindIndex[k.code] = j; });
    var otherKind = kindIndex.autre !== undefined ? kindIndex.autre : kinds.length - 1;

    /* A site's kind codes as the table keeps them: one index, or a list (the first is the colour). */
    function kindValue(codes) {
      var ks = (codes || []).map(function (c) { return kindIndex.hasOwnProperty(c) ? kindIndex[c] : otherKind; });
      return ks.length === 0 ? otherKind : ks.length === 1 ? ks[0] : ks;
    }
    var bridge = makeBridge();
    var sites = new SiteTable();
    document.title = text.title;

    var map = L.map(container, {
      center: config.centre, zoom: 6, minZoom: config.minZoom, maxZoom: config.maxZoom,
      zoomSnap: 0.5, preferCanvas: true
    });

    /* Base maps. The départements' outline is always there, under the tiles (its pane is below
     * theirs): where no tile is cached, tiles come transparent and the outline shows through,
     * so the map is never blank offline. Fetched after the first paint: it is 570 KB. */
    map.createPane("tlOutline").style.zIndex = 150;
    var outline = null;
    fetch("departements.geojson").then(function (r) { return r.json(); }).then(function (geojson) {
      outline = L.geoJSON(geojson, {
        pane: "tlOutline", interactive: false, attribution: escapeHtml(config.outlineAttribution),
        style: { color: "#8f9aa6", weight: 0.7, fillColor: "#f7f6f2", fillOpacity: 1 }
      }).addTo(map);
    }).catch(function (e) { console.error("départements : " + e); });

    /* The tiles come from the app (tlmap://map/tiles/…), which reads its cache first: the page
     * itself never reaches a tile server. Each source's attribution is always shown with it. */
    var tileLayers = {};
    config.basemaps.forEach(function (b) {
      tileLayers[b.key] = L.tileLayer(config.tiles.replace("{source}", b.key), {
        maxZoom: config.maxZoom, maxNativeZoom: b.maxZoom, keepBuffer: 1,
        attribution: '<a href="' + escapeHtml(b.url) + '">' + escapeHtml(b.attribution) + "</a>"
      });
    });
    var basemap = null;

    function setBasemap(key) {
      if (basemap) { map.removeLayer(basemap); }
      basemap = tileLayers[key] || null;    // "none": the outline alone
      if (basemap) { basemap.addTo(map); }
    }
    setBasemap(config.basemap);
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);

    /* What is drawn: clusters (DOM icons), sites (circles on one canvas), legs of spread sites. */
    // The catalog in panes of its own: a tour shown alone dims them (tl_map.css).
    map.createPane("tlSites").style.zIndex = 400;
    map.createPane("tlClusters").style.zIndex = 600;
    var renderer = L.canvas({ padding: 0.5, pane: "tlSites" });
    map.createPane("tlLegs").style.zIndex = 390;
    var legRenderer = L.canvas({ padding: 0.5, pane: "tlLegs" });
    var clusterLayer = L.layerGroup().addTo(map);
    var pointLayer = L.layerGroup().addTo(map);
    var legLayer = L.layerGroup().addTo(map);
    var itinerary = L.layerGroup().addTo(map);
    var markers = {};          // index -> circle marker, made when first drawn
    var drawnPoints = {};      // index -> true, on the map now
    var drawnClusters = {};    // key -> marker
    var focused = -1;          // a site focused from the catalog: always drawn, even if clustered

    function pointStyle(i) {
      var colour = kinds[sites.kindsOf(i)[0]].colour;
      var style = sites.approx[i] ? {
        renderer: renderer, radius: 6, color: colour, weight: 2, dashArray: "3 2",
        fillColor: "#ffffff", fillOpacity: 0.85
      } : {
        renderer: renderer, radius: 6, color: "#ffffff", weight: 1.5, fillColor: colour, fillOpacity: 0.95
      };
      if (i === focused) { style.radius = 8; style.weight = 3; style.color = "#000091"; }
      return style;
    }

    function markerOf(i) {
      var m = markers[i];
      if (!m) {
        m = L.circleMarker(sites.latLng(i), pointStyle(i));
        m._tlIndex = i;
        m.on("click", onMarkerClick);
        markers[i] = m;
      }
      return m;
    }

    function forget(i) {
      // The site changed (or went): its marker is made again from the new data when drawn.
      if (markers[i]) {
        pointLayer.removeLayer(markers[i]);
        delete markers[i];
        delete drawnPoints[i];
      }
    }

    // One popup for the whole map, filled on demand.
    var popup = L.popup({ minWidth: 180, maxWidth: 320, offset: [0, -2] });
    var popupIndex = -1;
    map.on("popupclose", function (e) { if (e.popup === popup) { popupIndex = -1; } });

    function openPopup(i, latlng) {
      popupIndex = i;
      popup.setLatLng(latlng || sites.latLng(i)).setContent(popupContent(i)).openOn(map);
    }

    function onMarkerClick(e) {
      var i = e.target._tlIndex;
      openPopup(i, e.target.getLatLng());
      bridge.call("siteSelected", i);
    }

    function activate(index) { bridge.call("siteClicked", index); }

    function kindItem(k) {
      var item = el("li");
      var swatch = el("span", "tl-swatch");
      swatch.style.backgroundColor = kinds[k].colour;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(kinds[k].label));
      return item;
    }

    function popupContent(i) {
      var box = el("div", "tl-popup");
      box.appendChild(el("div", "tl-popup-name", sites.name[i]));
      if (sites.commune[i]) { box.appendChild(el("div", "tl-popup-commune", sites.commune[i])); }
      var list = el("ul", "tl-popup-kinds");
      sites.kindsOf(i).forEach(function (k) { list.appendChild(kindItem(k)); });
      box.appendChild(list);
      if (sites.approx[i]) { box.appendChild(el("div", "tl-popup-approx", text.approximate)); }
      var button = el("button", "tl-popup-open", text.open);
      button.type = "button";
      button.addEventListener("click", function () { activate(i); });
      box.appendChild(button);
      return box;
    }

    function clusterIcon(n) {
      var level = n < 10 ? "small" : n < 100 ? "medium" : n < 1000 ? "large" : "huge";
      var inner = el("div");
      inner.appendChild(el("span", null, n.toLocaleString("fr-FR")));
      var px = CLUSTER_SIZES[level];
      return L.divIcon({ html: inner, className: "tl-cluster tl-cluster-" + level, iconSize: L.point(px, px) });
    }

    /* ---- drawing ---------------------------------------------------------------------- */

    var drawQueued = false;
    var drawStamps = [];       // stamps of the requests this drawing answers (see drawn())
    var drawCount = 0;
    var lastDrawMs = 0;        // for the benches: the last drawing's time in this page

    function requestDraw(stamp) {
      if (stamp !== undefined && stamp !== null) { drawStamps.push(stamp); }
      if (drawQueued) { return; }
      drawQueued = true;
      // A frame when the page is painted; a timer as well, since a hidden page gets no frames.
      requestAnimationFrame(drawNow);
      setTimeout(drawNow, 60);
    }

    function drawNow() {
      if (!drawQueued) { return; }
      drawQueued = false;
      var started = performance.now();
      draw();
      lastDrawMs = performance.now() - started;
      drawCount++;
      var stamps = drawStamps;
      drawStamps = [];
      if (stamps.length) {
        // Reported after the browser has painted what was drawn.
        requestAnimationFrame(function () {
          setTimeout(function () { stamps.forEach(function (s) { bridge.call("drawn", s); }); }, 0);
        });
      }
    }

    function draw() {
      var zoom = map.getZoom();
      var scale = 256 * Math.pow(2, zoom);
      var pb = map.getPixelBounds();
      var box = { minX: pb.min.x - RADIUS, minY: pb.min.y - RADIUS, maxX: pb.max.x + RADIUS, maxY: pb.max.y + RADIUS };
      var found = zoom < SPREAD_ZOOM ? binned(scale, box) : spread(scale, box);
      if (focused >= 0 && sites.alive[focused] && !found.points.hasOwnProperty(focused)) {
        found.points[focused] = null;
      }
      drawPoints(found.points, zoom);
      drawClusters(found.clusters, zoom);
      drawLegs(found.legs, zoom);
    }

    /* The grid: one cell per RADIUS pixels, counted over the view and a margin. */
    function binned(scale, box) {
      var x0 = Math.floor(box.minX / RADIUS), y0 = Math.floor(box.minY / RADIUS);
      var w = Math.floor(box.maxX / RADIUS) - x0 + 1, h = Math.floor(box.maxY / RADIUS) - y0 + 1;
      var size = w * h;
      var count = new Int32Array(size), first = new Int32Array(size);
      var sx = new Float64Array(size), sy = new Float64Array(size);
      var lox = new Float64Array(size), loy = new Float64Array(size);
      var hix = new Float64Array(size), hiy = new Float64Array(size);
      var X = sites.x, Y = sites.y, A = sites.alive, V = sites.shown, n = sites.n;
      var minX = box.minX, maxX = box.maxX, minY = box.minY, maxY = box.maxY;
      for (var i = 0; i < n; i++) {
        if (!A[i] || !V[i] || i === focused) { continue; }
        var px = X[i] * scale;
        if (px < minX || px > maxX) { continue; }
        var py = Y[i] * scale;
        if (py < minY || py > maxY) { continue; }
        var c = (Math.floor(py / RADIUS) - y0) * w + (Math.floor(px / RADIUS) - x0);
        if (count[c]++ === 0) {
          first[c] = i; lox[c] = hix[c] = px; loy[c] = hiy[c] = py;
        } else {
          if (px < lox[c]) { lox[c] = px; } else if (px > hix[c]) { hix[c] = px; }
          if (py < loy[c]) { loy[c] = py; } else if (py > hiy[c]) { hiy[c] = py; }
        }
        sx[c] += px;
        sy[c] += py;
      }
      var cells = [];
      for (var k = 0; k < size; k++) { if (count[k]) { cells.push(k); } }
      // The fullest cells first take in their close neighbours (once: no chains across the map).
      cells.sort(function (a, b) { return count[b] - count[a]; });
      var taken = new Uint8Array(size);
      var result = { points: {}, clusters: [], legs: [] };
      cells.forEach(function (c) {
        if (taken[c]) { return; }
        taken[c] = 1;
        var cx = sx[c] / count[c], cy = sy[c] / count[c];
        var total = count[c], tx = sx[c], ty = sy[c];
        var bx0 = lox[c], by0 = loy[c], bx1 = hix[c], by1 = hiy[c];
        var col = c % w, row = (c - col) / w;
        for (var dy = -1; dy <= 1; dy++) {
          for (var dx = -1; dx <= 1; dx++) {
            var r = row + dy, q = col + dx;
            if ((!dx && !dy) || r < 0 || q < 0 || r >= h || q >= w) { continue; }
            var d = r * w + q;
            if (!count[d] || taken[d]) { continue; }
            var ex = sx[d] / count[d] - cx, ey = sy[d] / count[d] - cy;
            if (ex * ex + ey * ey > MERGE * MERGE) { continue; }
            taken[d] = 1;
            total += count[d]; tx += sx[d]; ty += sy[d];
            bx0 = Math.min(bx0, lox[d]); by0 = Math.min(by0, loy[d]);
            bx1 = Math.max(bx1, hix[d]); by1 = Math.max(by1, hiy[d]);
          }
        }
        if (total === 1) {
          result.points[first[c]] = null;
        } else {
          result.clusters.push({ n: total, x: tx / total, y: ty / total, bounds: [bx0, by0, bx1, by1],
                                 key: (col + x0) + ":" + (row + y0) + ":" + total });
        }
      });
      return result;
    }

    /* No clusters: every shown site in view; those on (nearly) the same pixel spread around it. */
    function spread(scale, box) {
      var groups = {};
      var X = sites.x, Y = sites.y, A = sites.alive, V = sites.shown, n = sites.n;
      for (var i = 0; i < n; i++) {
        if (!A[i] || (!V[i] && i !== focused)) { continue; }
        var px = X[i] * scale;
        if (px < box.minX || px > box.maxX) { continue; }
        var py = Y[i] * scale;
        if (py < box.minY || py > box.maxY) { continue; }
        var key = Math.round(px / SPREAD_PX) + ":" + Math.round(py / SPREAD_PX);
        (groups[key] || (groups[key] = [])).push(i);
      }
      var result = { points: {}, clusters: [], legs: [] };
      Object.keys(groups).forEach(function (key) {
        var members = groups[key];
        if (members.length === 1) { result.points[members[0]] = null; return; }
        members.sort(function (a, b) { return a - b; });   // the same places for the same sites
        var cx = X[members[0]] * scale, cy = Y[members[0]] * scale;
        spreadPositions(members.length).forEach(function (offset, k) {
          var at = L.point(cx + offset[0], cy + offset[1]);
          result.points[members[k]] = at;
          result.legs.push([L.point(cx, cy), at]);
        });
      });
      return result;
    }

    /* Offsets around a point for n sites: a circle for a few, a spiral for more (the shapes
     * of Leaflet.markercluster's spiderfier). */
    function spreadPositions(n) {
      var out = [], angle, k;
      if (n <= 8) {
        var radius = 18 * (2 + n) / (2 * Math.PI);
        var step = 2 * Math.PI / n;
        for (k = 0; k < n; k++) {
          angle = step * k - Math.PI / 2;
          out.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
        }
        return out;
      }
      var leg = 11;
      angle = 0;
      for (k = 0; k < n; k++) {
        angle += 24 / leg + k * 0.0005;
        out.push([leg * Math.cos(angle), leg * Math.sin(angle)]);
        leg += 2 * Math.PI * 3.2 / angle;
      }
      return out;
    }

    function drawPoints(points, zoom) {
      Object.keys(drawnPoints).forEach(function (key) {
        if (!points.hasOwnProperty(key)) {
          pointLayer.removeLayer(markers[key]);
          delete drawnPoints[key];
        }
      });
      Object.keys(points).forEach(function (key) {
        var i = +key;
        var m = markerOf(i);
        var at = points[key];
        var ll = at ? map.unproject(at, zoom) : sites.latLng(i);
        if (!m.getLatLng().equals(ll)) { m.setLatLng(ll); }
        if (!drawnPoints[i]) {
          pointLayer.addLayer(m);
          drawnPoints[i] = true;
        }
      });
    }

    function drawClusters(clusters, zoom) {
      var keep = {};
      clusters.forEach(function (c) {
        var key = zoom + ":" + c.key;
        keep[key] = true;
        if (drawnClusters[key]) { return; }
        var m = L.marker(map.unproject(L.point(c.x, c.y), zoom), {
          icon: clusterIcon(c.n), title: formatCount(c.n, text.cluster), keyboard: false, pane: "tlClusters"
        });
        m._tlBounds = L.latLngBounds(map.unproject(L.point(c.bounds[0], c.bounds[3]), zoom),
                                     map.unproject(L.point(c.bounds[2], c.bounds[1]), zoom));
        m.on("click", onClusterClick);
        drawnClusters[key] = m;
        clusterLayer.addLayer(m);
      });
      Object.keys(drawnClusters).forEach(function (key) {
        if (!keep[key]) {
          clusterLayer.removeLayer(drawnClusters[key]);
          delete drawnClusters[key];
        }
      });
    }

    function drawLegs(legs, zoom) {
      legLayer.clearLayers();
      legs.forEach(function (leg) {
        legLayer.addLayer(L.polyline([map.unproject(leg[0], zoom), map.unproject(leg[1], zoom)], {
          renderer: legRenderer, color: "#3a3a3a", weight: 1, opacity: 0.7, interactive: false
        }));
      });
    }

    function onClusterClick(e) {
      var bounds = e.target._tlBounds;
      var target = map.getBoundsZoom(bounds, false, L.point(40, 40));
      if (target >= SPREAD_ZOOM || !bounds.isValid()) {
        // Sites too close to part by zooming: spread them at SPREAD_ZOOM.
        map.setView(bounds.getCenter(), Math.max(SPREAD_ZOOM, map.getZoom()));
      } else {
        map.fitBounds(bounds, { padding: [40, 40] });
      }
    }

    map.on("moveend resize", function () { requestDraw(); });
    map.on("moveend", function () {
      var c = map.getCenter();
      bridge.call("viewChanged", c.lat.toFixed(5) + "," + c.lng.toFixed(5) + "," + map.getZoom());
    });

    /* ---- legend, count and the fit button ---------------------------------------------- */

    var countNode = el("div", "tl-legend-count");
    var legendList = el("ul");
    var legendBox = null;
    var usedKinds = {};
    var visibleTotal = 0;
    var aliveTotal = 0;

    function updateLegend() {
      while (legendList.firstChild) { legendList.removeChild(legendList.firstChild); }
      var shown = Object.keys(usedKinds).map(Number).sort(function (a, b) { return a - b; });
      if (!shown.length) { shown = kinds.map(function (k, j) { return j; }); }
      shown.forEach(function (k) { legendList.appendChild(kindItem(k)); });
      var item = el("li", "tl-legend-approx");
      item.appendChild(el("span", "tl-swatch tl-swatch-approx"));
      item.appendChild(document.createTextNode(text.approximate));
      legendList.appendChild(item);
    }

    function updateCount() {
      countNode.textContent = formatCount(visibleTotal, isSingular(visibleTotal) ? text.count_one : text.count_many);
    }

    var Legend = L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var box = el("details", "tl-legend leaflet-bar");
        legendBox = box;
        // Open unless the map is small: the user can fold and unfold it.
        box.open = map.getSize().x >= 640 && map.getSize().y >= 480;
        box.appendChild(el("summary", null, text.legend_title));
        box.appendChild(legendList);
        box.appendChild(countNode);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    new Legend().addTo(map);
    updateLegend();
    updateCount();

    var FitControl = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var bar = el("div", "leaflet-bar tl-fit");
        var link = el("a", null, "\u2922");
        link.href = "#";
        link.title = text.fit;
        link.setAttribute("role", "button");
        link.setAttribute("aria-label", text.fit);
        L.DomEvent.on(link, "click", function (e) { L.DomEvent.preventDefault(e); api.fitVisible(); });
        L.DomEvent.disableClickPropagation(bar);
        bar.appendChild(link);
        return bar;
      }
    });
    new FitControl().addTo(map);

    function fitTo(bounds, maxZoom, animate) {
      // Keep what is fitted clear of the open legend when the map is wide enough for it.
      var size = map.getSize();
      var right = 24;
      if (legendBox && legendBox.open && size.x > 2.5 * legendBox.offsetWidth) {
        right += legendBox.offsetWidth;
      }
      var options = { paddingTopLeft: [24, 24], paddingBottomRight: [right, 24], maxZoom: maxZoom || 12,
                      animate: animate !== false };
      map.fitBounds(bounds && bounds.isValid() ? bounds : METRO_BOUNDS, options);
    }

    function boundsOf(test) {
      var b = L.latLngBounds([]);
      for (var i = 0; i < sites.n; i++) {
        if (sites.alive[i] && test(i)) { b.extend([sites.lat[i], sites.lon[i]]); }
      }
      return b;
    }

    /* Open on metropolitan France's sites when there are some: a few overseas sites would
     * otherwise zoom the first view out to the whole world. fitVisible() shows them all. */
    function initialBounds() {
      var metro = L.latLngBounds(METRO_BOUNDS).pad(0.1);
      var inMetro = boundsOf(function (i) { return metro.contains([sites.lat[i], sites.lon[i]]); });
      return inMetro.isValid() ? inMetro : boundsOf(function () { return true; });
    }

    // Until the agent moves the map, the first sites loaded set the view.
    var agentMoved = false;
    ["mousedown", "wheel", "keydown", "touchstart"].forEach(function (type) {
      container.addEventListener(type, function () { agentMoved = true; }, { passive: true });
    });
    fitTo(null, 12, false);

    /* ---- a learning tour's itinerary ------------------------------------------------- */

    var itineraryDays = [];

    /* Numbered markers and a line per day, a colour per day; return their bounds. */
    function drawItinerary() {
      itinerary.clearLayers();
      var bounds = L.latLngBounds([]);
      var zoom = map.getZoom();
      // Stops on (nearly) the same point — five sites at one commune's centre — are spread
      // around it, so that stop 1 is not hidden under stop 2. Redrawn at each zoom.
      var groups = {};
      itineraryDays.forEach(function (day, d) {
        day.forEach(function (index, k) {
          if (index < 0 || index >= sites.n || !sites.alive[index]) { return; }
          var p = map.project(sites.latLng(index), zoom);
          var key = Math.round(p.x / 14) + ":" + Math.round(p.y / 14);
          (groups[key] || (groups[key] = [])).push({ index: index, day: d, step: k, at: p });
        });
      });
      var placed = {};
      Object.keys(groups).forEach(function (key) {
        var members = groups[key];
        if (members.length === 1) { placed[members[0].day + ":" + members[0].step] = null; return; }
        var centre = members[0].at;
        spreadPositions(members.length).forEach(function (offset, j) {
          var at = L.point(centre.x + offset[0] * 1.3, centre.y + offset[1] * 1.3);
          placed[members[j].day + ":" + members[j].step] = map.unproject(at, zoom);
          L.polyline([map.unproject(centre, zoom), map.unproject(at, zoom)], {
            color: "#3a3a3a", weight: 1, opacity: 0.7, interactive: false }).addTo(itinerary);
        });
      });
      itineraryDays.forEach(function (day, d) {
        var colour = DAY_COLOURS[d % DAY_COLOURS.length];
        var points = [];
        day.forEach(function (index, k) {
          if (index < 0 || index >= sites.n || !sites.alive[index]) { return; }
          var ll = sites.latLng(index);
          points.push(ll);
          bounds.extend(ll);
          var label = el("div", "tl-step", String(k + 1));
          label.style.backgroundColor = colour;
          var step = L.marker(placed[d + ":" + k] || ll, {
            icon: L.divIcon({ className: "tl-step-icon", html: label, iconSize: [22, 22] }),
            zIndexOffset: 1000, keyboard: false, title: sites.name[index] });
          step._tlIndex = index;
          step.on("click", onMarkerClick);
          step.addTo(itinerary);
        });
        if (points.length > 1) {
          L.polyline(points, { color: colour, weight: 3, opacity: 0.85, interactive: false }).addTo(itinerary);
        }
      });
      itineraryBounds = bounds;
      return bounds;
    }

    var itineraryBounds = L.latLngBounds([]);
    map.on("zoomend", function () { if (itineraryDays.length) { drawItinerary(); } });

    /* A tour shown alone: the catalog's sites and clusters dimmed and out of the way. */
    var tourOnly = false;

    function setTourOnly(on) {
      tourOnly = !!on;
      container.classList.toggle("tl-tour-only", tourOnly && itineraryDays.length > 0);
    }

    function inItinerary(indexes) {
      return itineraryDays.some(function (day) {
        return day.some(function (i) { return indexes.indexOf(i) >= 0; });
      });
    }

    /* ---- tools: an area drawn for « Préparer hors ligne », a site placed by hand ----------- */

    var tool = null;           // "area" or "place" while one is active
    var toolIndex = -1;        // the site being placed
    var areaStart = null;
    var areaShape = null;

    function stopTool() {
      tool = null;
      container.classList.remove("tl-tool");
      map.dragging.enable();
      if (areaShape) { map.removeLayer(areaShape); areaShape = null; }
      areaStart = null;
    }

    function startAreaDrawing() {
      stopTool();
      tool = "area";
      container.classList.add("tl-tool");
      map.dragging.disable();      // a drag draws the rectangle instead of moving the map
    }

    function startPlacing(index) {
      stopTool();
      if (index < 0 || index >= sites.n) { return; }
      tool = "place";
      toolIndex = index;
      container.classList.add("tl-tool");
    }

    map.on("mousedown", function (e) {
      if (tool !== "area") { return; }
      areaStart = e.latlng;
      areaShape = L.rectangle([e.latlng, e.latlng], { color: "#000091", weight: 2, dashArray: "6 4",
                                                      fillOpacity: 0.08, interactive: false }).addTo(map);
    });
    map.on("mousemove", function (e) {
      if (tool === "area" && areaStart && areaShape) { areaShape.setBounds([areaStart, e.latlng]); }
    });
    map.on("mouseup", function (e) {
      if (tool !== "area" || !areaStart) { return; }
      var b = L.latLngBounds(areaStart, e.latlng);
      var a = map.latLngToContainerPoint(areaStart), z = map.latLngToContainerPoint(e.latlng);
      stopTool();
      if (Math.abs(a.x - z.x) < 8 || Math.abs(a.y - z.y) < 8) { bridge.call("toolCancelled", 0); return; }
      bridge.call("areaDrawn", [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map(function (v) {
        return v.toFixed(6); }).join(","));
    });
    map.on("click", function (e) {
      if (tool !== "place") { return; }
      var index = toolIndex;
      stopTool();
      bridge.call("sitePlaced", index + "," + e.latlng.lat.toFixed(6) + "," + e.latlng.lng.toFixed(6));
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && tool) { stopTool(); bridge.call("toolCancelled", 0); }
    });

    /* The site open in the form can be dragged to its place: a pin over its marker. */
    var placeable = null;      // { index, marker }

    function setPlaceable(index) {
      if (placeable) { map.removeLayer(placeable.marker); placeable = null; }
      if (index < 0 || index >= sites.n || !sites.alive[index]) { return; }
      var pin = L.marker(sites.latLng(index), {
        draggable: true, autoPan: true, zIndexOffset: 2000, keyboard: false, title: sites.name[index],
        icon: L.divIcon({ className: "tl-pin-icon", html: el("div", "tl-pin"), iconSize: [18, 26],
                          iconAnchor: [9, 26] })
      });
      pin.on("dragend", function () {
        var ll = pin.getLatLng();
        bridge.call("sitePlaced", index + "," + ll.lat.toFixed(6) + "," + ll.lng.toFixed(6));
      });
      pin.on("click", function () { openPopup(index); });
      pin.addTo(map);
      placeable = { index: index, marker: pin };
    }

    /* ---- data ------------------------------------------------------------------------- */

    // Commands that touch the sites wait while a load is under way, then run in order.
    var loading = 0;
    var waiting = [];

    function whenLoaded(f) { if (loading) { waiting.push(f); } else { f(); } }

    function recount() {
      var shownAlive = 0, alive = 0;
      for (var i = 0; i < sites.n; i++) {
        if (sites.alive[i]) { alive++; if (sites.shown[i]) { shownAlive++; } }
      }
      visibleTotal = shownAlive;
      aliveTotal = alive;
      updateCount();
    }

    function noteKind(i) {
      if (sites.alive[i]) {
        var k = sites.kindsOf(i)[0];
        if (!usedKinds[k]) { usedKinds[k] = true; return true; }
      }
      return false;
    }

    function loadColumns(data, stamp) {
      map.closePopup();
      pointLayer.clearLayers();
      clusterLayer.clearLayers();
      legLayer.clearLayers();
      markers = {};
      drawnPoints = {};
      drawnClusters = {};
      focused = -1;
      usedKinds = {};
      itineraryDays = [];      // indexes of the sites before: the app sends it again
      itinerary.clearLayers();
      setPlaceable(-1);
      // Sites come by their index (their row number in the app's store): gaps are allowed.
      var n = data.lat.length;
      var index = data.index;
      var top = 0;
      for (var k = 0; k < n; k++) { if (index[k] >= top) { top = index[k] + 1; } }
      sites = new SiteTable();
      sites.reserve(top);
      for (k = 0; k < n; k++) {
        var i = index[k];
        sites.set(i, data.lat[k], data.lon[k], data.name[k], data.commune[k], kindValue(data.kinds[k]),
                  data.approx[k], true);
        noteKind(i);
      }
      updateLegend();
      recount();
      // Not animated: a view the agent (or a test) sets meanwhile is not undone by its end.
      if (!agentMoved) { fitTo(initialBounds(), 12, false); }
      requestDraw(stamp);
      bridge.call("sitesLoaded", stamp);
    }

    var api = {
      ready: true,
      /* Replace every site by those of the JSON at url (see page.py, sites_payload). */
      loadSites: function (url, stamp) {
        loading++;
        fetch(url).then(function (r) {
          if (!r.ok) { throw new Error("HTTP " + r.status); }
          return r.json();
        }).then(function (data) {
          loadColumns(data, stamp);
        }).catch(function (e) {
          console.error("sites : " + e);
        }).then(function () {
          loading--;
          while (!loading && waiting.length) { waiting.shift()(); }
        });
      },
      /* Add or change sites in place: columns with their indexes (page.py, points_update). */
      upsert: function (update, stamp) {
        whenLoaded(function () {
          var legend = false;
          update.index.forEach(function (i, k) {
            var shown = update.shown ? update.shown[k] : (i < sites.n ? sites.shown[i] : 1);
            forget(i);
            sites.set(i, update.lat[k], update.lon[k], update.name[k], update.commune[k],
                      kindValue(update.kinds[k]), update.approx[k], shown);
            legend = noteKind(i) || legend;
            if (popupIndex === i) {
              if (sites.alive[i]) { openPopup(i); } else { map.closePopup(); }
            }
          });
          if (legend) { updateLegend(); }
          if (inItinerary(update.index)) { drawItinerary(); }   // a stop moved: its number follows
          if (placeable && update.index.indexOf(placeable.index) >= 0) { setPlaceable(placeable.index); }
          recount();
          requestDraw(stamp);
        });
      },
      /* Sites deleted, or without a position any more: their indexes stay theirs. */
      remove: function (indexes, stamp) {
        whenLoaded(function () {
          indexes.forEach(function (i) {
            if (i < 0 || i >= sites.n) { return; }
            forget(i);
            sites.alive[i] = 0;
            if (popupIndex === i) { map.closePopup(); }
            if (focused === i) { focused = -1; }
          });
          if (inItinerary(indexes)) { drawItinerary(); }
          if (placeable && indexes.indexOf(placeable.index) >= 0) { setPlaceable(-1); }
          recount();
          requestDraw(stamp);
        });
      },
      /* The catalog's filter: the indexes shown, or null for all of them. */
      setVisible: function (indexes, stamp) {
        whenLoaded(function () {
          if (indexes === null) {
            sites.shown.fill(1);
          } else {
            sites.shown.fill(0);
            for (var k = 0; k < indexes.length; k++) {
              var i = indexes[k];
              if (i >= 0 && i < sites.n) { sites.shown[i] = 1; }
            }
          }
          if (popupIndex >= 0 && !sites.shown[popupIndex] && popupIndex !== focused) { map.closePopup(); }
          recount();
          requestDraw(stamp);
        });
      },
      count: function () { return aliveTotal; },
      visibleCount: function () { return visibleTotal; },
      isLoading: function () { return loading > 0 || drawQueued; },
      drawCount: function () { return drawCount; },
      lastDrawMs: function () { return lastDrawMs; },
      fitVisible: function () {
        whenLoaded(function () {
          if (tourOnly && itineraryDays.length && itineraryBounds.isValid()) {
            fitTo(itineraryBounds, 16);   // « ⤢ » on a tour shown alone: its itinerary
            return;
          }
          var b = boundsOf(function (i) { return sites.shown[i]; });
          fitTo(b.isValid() ? b : null);
        });
      },
      setTourOnly: function (on) { setTourOnly(on); },
      startAreaDrawing: function () { startAreaDrawing(); },
      startPlacing: function (index) { whenLoaded(function () { startPlacing(index); }); },
      setPlaceable: function (index) { whenLoaded(function () { setPlaceable(index); }); },
      cancelTool: function () { stopTool(); },
      /* Centre on a site and open its popup; a filtered-out site is shown anyway. */
      focus: function (index) {
        whenLoaded(function () {
          if (index < 0 || index >= sites.n || !sites.alive[index]) { return; }
          var previous = focused;
          focused = index;
          forget(index);
          if (previous >= 0 && previous !== index) { forget(previous); }
          var ll = sites.latLng(index);
          var zoom = Math.max(FOCUS_ZOOM, Math.round(map.getZoom()));
          map.setView(ll, zoom, { animate: false });
          draw();
          var m = markers[index];
          openPopup(index, m ? m.getLatLng() : ll);
        });
      },
      /* A learning tour's itinerary: one list of site indexes per day, in visiting order;
       * null or [] clears it. */
      setItinerary: function (days, fit) {
        whenLoaded(function () {
          itineraryDays = days || [];
          var bounds = drawItinerary();
          setTourOnly(tourOnly);
          if (bounds.isValid() && fit !== false) { fitTo(bounds, 16); }
        });
      },
      itineraryCount: function () { return itinerary.getLayers().length; },
      setBasemap: function (key) { setBasemap(key); },
      basemap: function () {
        for (var key in tileLayers) { if (tileLayers[key] === basemap) { return key; } }
        return "none";
      },
      outlineCount: function () { return outline ? outline.getLayers().length : 0; },
      // For tests and debugging.
      _calls: bridge.calls,
      _marker: function (index) { return index >= 0 && index < sites.n && sites.alive[index] ? markerOf(index) : null; },
      _map: map,
      _activate: activate,
      _tool: function () { return tool; },
      _placeable: function () { return placeable ? placeable.marker : null; },
      _stepPositions: function () {
        return itinerary.getLayers().filter(function (l) { return l._tlIndex !== undefined; }).map(function (l) {
          var p = map.latLngToContainerPoint(l.getLatLng());
          return [l._tlIndex, Math.round(p.x), Math.round(p.y)];
        });
      },
      _drawn: function () {
        return { points: Object.keys(drawnPoints).length, clusters: Object.keys(drawnClusters).length,
                 legs: legLayer.getLayers().length };
      }
    };
    window.tlMap = api;
    bridge.call("pageReady", 0);
  };

  document.addEventListener("DOMContentLoaded", function () {
    window.tlMapInit(document.getElementById("map"), window.TL_CONFIG);
  });
})();
