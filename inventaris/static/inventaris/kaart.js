/* The inventory map: markers per village, approximate gemeente outlines.
   Works with no tiles at all (blank background); the list beside it holds the same data. */
(function () {
  "use strict";
  var el = document.getElementById("kaart");
  var dataEl = document.getElementById("kaart-data");
  if (!el || !dataEl || typeof L === "undefined") { return; }
  var data = JSON.parse(dataEl.textContent);
  var map = L.map(el, { scrollWheelZoom: false, zoomSnap: 0.25 });
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution }).addTo(map);
  }
  var outlines = data.features.filter(function (f) { return f.properties.soort === "gemeente"; });
  var points = data.features.filter(function (f) { return f.properties.soort === "dorp"; });
  var outlineLayer = L.geoJSON(outlines, {
    interactive: false,
    style: { color: "#1d2a33", weight: 1.5, dashArray: "4 4", fillColor: "#0b5a3c", fillOpacity: 0.06 }
  }).addTo(map);
  outlines.forEach(function (f) {
    var c = L.geoJSON(f).getBounds().getCenter();
    L.marker(c, {
      interactive: false, keyboard: false,
      icon: L.divIcon({ className: "gemeente-label", html: esc(f.properties.gemeente), iconSize: null })
    }).addTo(map);
  });
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  var markers = L.featureGroup(points.map(function (f) {
    var p = f.properties;
    var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
    var icon = L.divIcon({
      className: "dorp-marker", iconSize: [18, 18],
      html: '<span class="stip soort-' + esc(p.kaartsoort) + '"></span>'
    });
    var popup = "<strong>" + esc(p.dorp) + "</strong> (" + esc(p.gemeente) + ")<br>" + esc(p.kaartsoort_label);
    if (p.initiatief) {
      popup += '<br><a href="' + esc(p.url) + '">' + esc(p.initiatief) + "</a>";
    }
    return L.marker(ll, { icon: icon, title: p.dorp, alt: p.dorp + ": " + p.kaartsoort_label })
      .bindPopup(popup);
  })).addTo(map);
  var bounds = markers.getBounds();
  if (outlineLayer.getLayers().length) { bounds = bounds.extend(outlineLayer.getBounds()); }
  if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 12 }); }
  else { map.setView([53.2, 6.8], 9); }
})();
