/* Tiers-Lieux Desktop: the offline map of the catalog.
 *
 * Loaded by the page that tl_desktop/mappage.py builds. The sites arrive as columnar arrays
 * (window.TL_SITES, from sites.js) and the départements outline as window.TL_DEPARTEMENTS;
 * tlMapInit() builds everything and exposes window.tlMap for the Qt side.
 *
 * User text is data: popups are built with DOM APIs and textContent, never with HTML strings.
 */
(function () {
  "use strict";

  var METRO_BOUNDS = [[41.3, -5.2], [51.1, 9.6]];
  var FOCUS_ZOOM = 13;
  var CLUSTER_SIZES = { small: 32, medium: 38, large: 44, huge: 52 };   // see tl_map.css

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

  function formatCount(n, text) {
    var locale = text.locale || "fr-FR";
    // The singular: below 2 in French (« 0 lieu »), 1 only in English ("0 places").
    var singular = locale.indexOf("en") === 0 ? n === 1 : n < 2;
    var pattern = singular ? text.count_one : text.count_many;
    return pattern.replace("{n}", n.toLocaleString(locale));
  }

  /* The Qt bridge: a QWebChannel object named "bridge", when the page runs inside the app.
   * In a plain browser there is no window.qt and calls are only recorded. */
  function makeBridge() {
    var bridge = null;
    var pending = [];
    var api = { calls: [] };
    api.call = function (method, index) {
      api.calls.push([method, index]);
      if (bridge) { bridge[method](index); } else if (pending) { pending.push([method, index]); }
    };
    if (window.qt && window.qt.webChannelTransport) {
      var script = document.createElement("script");
      script.src = "assets/qwebchannel.js";
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

  window.tlMapInit = function (map, config) {
    var data = window.TL_SITES ||
      { lat: [], lon: [], name: [], communes: [], commune: [], kind: [], approx: [] };
    var kinds = config.kinds;

    /* A kind's colour swatch and label, for the popup and the legend. */
    function kindItem(k) {
      var item = el("li");
      var swatch = el("span", "tl-swatch");
      swatch.style.backgroundColor = kinds[k].colour;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(kinds[k].label));
      return item;
    }
    var text = config.text;
    var n = data.lat.length;
    var bridge = makeBridge();

    var approx = new Uint8Array(n);
    data.approx.forEach(function (i) { approx[i] = 1; });

    function kindsOf(i) {
      var k = data.kind[i];
      return typeof k === "number" ? [k] : k;
    }

    /* Base map: the départements outline, in its own pane under the markers, so that the map
     * is never blank offline. */
    map.createPane("tlBase").style.zIndex = 250;
    var outline = null;
    if (window.TL_DEPARTEMENTS) {
      outline = L.geoJSON(window.TL_DEPARTEMENTS, {
        pane: "tlBase",
        interactive: false,
        style: { color: "#8f9aa6", weight: 0.7, fillColor: "#f7f6f2", fillOpacity: 1 }
      }).addTo(map);
    }
    var offlineBase = L.layerGroup().addTo(map);
    if (config.osm) {
      var osm = L.tileLayer(config.osm, {
        maxZoom: 19,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">' +
          escapeHtml(text.osm_attribution) + "</a>"
      });
      var bases = {};
      bases[text.offline_base] = offlineBase;
      bases[text.osm] = osm;
      L.control.layers(bases, null, { position: "topright" }).addTo(map);
      map.on("baselayerchange", function (e) {
        // On tiles, keep the départements' borders but let the tiles show through.
        if (outline) { outline.setStyle({ fillOpacity: e.layer === osm ? 0 : 1 }); }
      });
    }
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);

    /* Markers: one circle marker per site on the canvas renderer, clustered. */
    var renderer = L.canvas({ padding: 0.5 });
    var markers = new Array(n);
    // Colour-blind-safe colours for the days of a tour (Okabe & Ito).
    var DAY_COLOURS = ["#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"];
    var itinerary = L.layerGroup().addTo(map);
    var usedKinds = {};
    var count = 0;
    for (var i = 0; i < n; i++) {
      if (data.lat[i] === null || data.lon[i] === null) { markers[i] = null; continue; }
      var kind = kindsOf(i)[0];
      var colour = kinds[kind].colour;
      usedKinds[kind] = true;
      var m = L.circleMarker([data.lat[i], data.lon[i]], approx[i] ? {
        renderer: renderer, radius: 6, color: colour, weight: 2, dashArray: "3 2",
        fillColor: "#ffffff", fillOpacity: 0.85
      } : {
        renderer: renderer, radius: 6, color: "#ffffff", weight: 1.5,
        fillColor: colour, fillOpacity: 0.95
      });
      m._tlIndex = i;
      m.on("click", onMarkerClick);
      markers[i] = m;
      count++;
    }

    // One popup for the whole map, filled on demand: 50,000 bound popups would cost memory
    // and start-up time for nothing.
    var popup = L.popup({ minWidth: 180, maxWidth: 320, offset: [0, -2] });

    function openPopup(m) {
      popup.setLatLng(m.getLatLng()).setContent(popupContent(m)).openOn(map);
    }

    function onMarkerClick(e) {
      openPopup(e.target);
      bridge.call("siteSelected", e.target._tlIndex);
    }

    function activate(index) { bridge.call("siteClicked", index); }

    function popupContent(layer) {
      var i = layer._tlIndex;
      var box = el("div", "tl-popup");
      box.appendChild(el("div", "tl-popup-name", data.name[i]));
      var commune = data.communes[data.commune[i]];
      if (commune) { box.appendChild(el("div", "tl-popup-commune", commune)); }
      var list = el("ul", "tl-popup-kinds");
      kindsOf(i).forEach(function (k) { list.appendChild(kindItem(k)); });
      box.appendChild(list);
      if (approx[i]) { box.appendChild(el("div", "tl-popup-approx", text.approximate)); }
      var button = el("button", "tl-popup-open", text.open);
      button.type = "button";
      button.addEventListener("click", function () { activate(i); });
      box.appendChild(button);
      return box;
    }

    /* Visible set: rebuilt in one addLayers batch. Markercluster's chunked loading cannot be
     * cancelled, so a request that arrives while a batch loads waits for it to end. (Declared
     * before the cluster group, whose onAdd already reports an empty batch.) */
    var loading = false;
    var queued;          // undefined: nothing queued; null or an array: the latest request
    var whenLoaded = [];
    var visible = new Uint8Array(n);
    var visibleTotal = 0;

    var cluster = L.markerClusterGroup({
      chunkedLoading: true,
      chunkProgress: onChunk,
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      spiderfyDistanceMultiplier: 1.4,
      iconCreateFunction: clusterIcon
    }).addTo(map);

    function clusterIcon(c) {
      var size = c.getChildCount();
      var level = size < 10 ? "small" : size < 100 ? "medium" : size < 1000 ? "large" : "huge";
      var inner = el("div");
      inner.appendChild(el("span", null, size.toLocaleString("fr-FR")));
      var px = CLUSTER_SIZES[level];
      return L.divIcon({
        html: inner, className: "tl-cluster tl-cluster-" + level, iconSize: new L.Point(px, px)
      });
    }

    function onChunk(done, total) {
      if (done < total) { return; }
      loading = false;
      if (queued !== undefined) {
        var next = queued;
        queued = undefined;
        applyVisible(next);
        return;
      }
      var callbacks = whenLoaded;
      whenLoaded = [];
      callbacks.forEach(function (f) { f(); });
    }

    function afterLoad(f) { if (loading) { whenLoaded.push(f); } else { f(); } }

    function applyVisible(indexes) {
      map.closePopup();
      visible.fill(0);
      var list = [];
      if (indexes === null) {
        for (var i = 0; i < n; i++) { if (markers[i]) { visible[i] = 1; list.push(markers[i]); } }
      } else {
        indexes.forEach(function (i) {
          if (i >= 0 && i < n && markers[i] && !visible[i]) { visible[i] = 1; list.push(markers[i]); }
        });
      }
      visibleTotal = list.length;
      updateCount();
      loading = true;
      cluster.clearLayers();
      cluster.addLayers(list);   // calls onChunk at the end, even for an empty list
    }

    /* Legend. */
    var countNode = el("div", "tl-legend-count");
    var legendBox = null;
    var Legend = L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var box = el("details", "tl-legend leaflet-bar");
        legendBox = box;
        // Open unless the map is small: the user can fold and unfold it.
        box.open = map.getSize().x >= 640 && map.getSize().y >= 480;
        box.appendChild(el("summary", null, text.legend_title));
        var list = el("ul");
        var shown = Object.keys(usedKinds).map(Number).sort(function (a, b) { return a - b; });
        if (!shown.length) { shown = kinds.map(function (k, j) { return j; }); }
        shown.forEach(function (k) { list.appendChild(kindItem(k)); });
        var item = el("li", "tl-legend-approx");
        item.appendChild(el("span", "tl-swatch tl-swatch-approx"));
        item.appendChild(document.createTextNode(text.approximate));
        list.appendChild(item);
        box.appendChild(list);
        box.appendChild(countNode);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    new Legend().addTo(map);

    function updateCount() { countNode.textContent = formatCount(visibleTotal, text); }

    /* A button under the zoom control: back to the visible sites. */
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

    function fitTo(bounds) {
      // Keep what is fitted clear of the open legend when the map is wide enough for it.
      var size = map.getSize();
      var right = 24;
      if (legendBox && legendBox.open && size.x > 2.5 * legendBox.offsetWidth) {
        right += legendBox.offsetWidth;
      }
      var options = { paddingTopLeft: [24, 24], paddingBottomRight: [right, 24], maxZoom: 12 };
      map.fitBounds(bounds && bounds.isValid() ? bounds : METRO_BOUNDS, options);
    }

    /* Where a marker is drawn now: itself, or the cluster that holds it. */
    function visibleParent(m) {
      if (cluster._featureGroup.hasLayer(m)) { return m; }
      var p = m.__parent;
      while (p && !p._icon) { p = p.__parent; }
      return p || null;
    }

    function reveal(m) {
      var shown = visibleParent(m);
      if (shown === m) {
        openPopup(m);
      } else if (shown && shown.spiderfy) {
        if (cluster._spiderfied === shown) {
          openPopup(m);
        } else {
          cluster.once("spiderfied", function () { openPopup(m); });
          shown.spiderfy();
        }
      }
    }

    var pendingFocus = null;

    function whenSettled(f) {
      if (cluster._inZoomAnimation) { cluster.once("animationend", function () { whenSettled(f); }); } else { f(); }
    }

    var api = {
      ready: true,
      count: function () { return count; },
      visibleCount: function () { return cluster.getLayers().length; },
      isLoading: function () { return loading; },
      setVisible: function (indexes) {
        if (loading) { queued = indexes; } else { applyVisible(indexes); }
      },
      fitVisible: function () {
        afterLoad(function () { fitTo(visibleTotal ? cluster.getBounds() : null); });
      },
      focus: function (index) {
        afterLoad(function () {
          var m = markers[index];
          if (!m) { return; }
          var ll = m.getLatLng();
          if (!visible[index]) {
            // Filtered out: show where it is anyway, without adding it back to the map.
            map.setView(ll, FOCUS_ZOOM);
            openPopup(m);
            return;
          }
          var parentZoom = m.__parent ? m.__parent._zoom : 0;
          var zoom = Math.min(Math.max(FOCUS_ZOOM, parentZoom + 1, map.getZoom()), map.getMaxZoom());
          if (pendingFocus) { map.off("moveend", pendingFocus); }
          pendingFocus = function () {
            // Leaflet may fire moveend before the zoom changes: wait for the view asked for.
            if (Math.round(map.getZoom()) !== zoom || !map.getBounds().contains(ll)) { return; }
            map.off("moveend", pendingFocus);
            pendingFocus = null;
            whenSettled(function () { reveal(m); });
          };
          if (zoom === map.getZoom() && map.getBounds().contains(ll)) {
            pendingFocus();
          } else {
            map.on("moveend", pendingFocus);
            map.setView(ll, zoom);
          }
        });
      },
      // For tests and debugging: the bridge calls made, and a marker by index.
      _calls: bridge.calls,
      _marker: function (index) { return markers[index]; },
      _map: map,
      _activate: activate,
      /* A learning tour's itinerary: one list of site indexes per day, in visiting order.
       * Numbered markers and a line per day, a colour per day; null or [] clears it. */
      setItinerary: function (days) {
        afterLoad(function () {
          itinerary.clearLayers();
          var bounds = L.latLngBounds([]);
          (days || []).forEach(function (day, d) {
            var colour = DAY_COLOURS[d % DAY_COLOURS.length];
            var points = [];
            day.forEach(function (index, k) {
              var m = markers[index];
              if (!m) { return; }
              var ll = m.getLatLng();
              points.push(ll);
              bounds.extend(ll);
              var label = el("div", "tl-step", String(k + 1));
              label.style.backgroundColor = colour;
              L.marker(ll, { icon: L.divIcon({ className: "tl-step-icon", html: label, iconSize: [22, 22] }),
                             zIndexOffset: 1000, keyboard: false }).addTo(itinerary);
            });
            if (points.length > 1) {
              L.polyline(points, { color: colour, weight: 3, opacity: 0.85 }).addTo(itinerary);
            }
          });
          if (bounds.isValid()) { fitTo(bounds); }
        });
      },
      itineraryCount: function () { return itinerary.getLayers().length; }
    };
    window.tlMap = api;

    applyVisible(null);
    // After a rebuild (a site saved), the Qt side passes the view the agent had: keep it.
    var saved = /[#&]view=(-?[0-9.]+),(-?[0-9.]+),([0-9]+)/.exec(window.location.hash);
    if (saved) {
      map.setView([parseFloat(saved[1]), parseFloat(saved[2])], parseInt(saved[3], 10), { animate: false });
    } else {
      fitTo(initialBounds());
    }
    map.on("moveend", function () {
      var c = map.getCenter();
      bridge.call("viewChanged", c.lat.toFixed(5) + "," + c.lng.toFixed(5) + "," + Math.round(map.getZoom()));
    });

    /* Open on metropolitan France's sites when there are some: a few overseas sites would
     * otherwise zoom the first view out to the whole world. fitVisible() shows them all. */
    function initialBounds() {
      var metro = L.latLngBounds(METRO_BOUNDS).pad(0.1);
      var inMetro = L.latLngBounds([]);
      var all = L.latLngBounds([]);
      for (var i = 0; i < n; i++) {
        if (!markers[i]) { continue; }
        var ll = markers[i].getLatLng();
        all.extend(ll);
        if (metro.contains(ll)) { inMetro.extend(ll); }
      }
      return inMetro.isValid() ? inMetro : all.isValid() ? all : null;
    }
  };
})();
