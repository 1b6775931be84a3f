"""The web UI in a real browser (Debian's chromium driven by Playwright), fully offline.

Every request is routed: anything not to the local test server is aborted and fails the test. JavaScript
errors and CSP violations (console errors) fail the test too. Screenshots go to screenshots/ (git-ignored).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


def ensure_chromium():
    """Install Debian's chromium when missing (we never run `playwright install`); failure fails the tests."""
    if Path(CHROMIUM).exists():
        return
    assert shutil.which("apt-get"), f"{CHROMIUM} missing and no apt-get to install it"
    done = subprocess.run("DEBIAN_FRONTEND=noninteractive apt-get update && "
                          "DEBIAN_FRONTEND=noninteractive apt-get install -y chromium", shell=True, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0 and Path(CHROMIUM).exists(), f"installing chromium failed:\n{done.stderr[-2000:]}"


@pytest.fixture(scope="session")
def browser():
    ensure_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    outside, errors, dialogs = [], [], []

    def route(r):
        host = urlparse(r.request.url).hostname
        if r.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.base = server.url
    pg.dialogs = dialogs
    yield pg
    context.close()
    assert outside == [], f"requests left localhost: {outside}"
    assert errors == [], f"browser errors: {errors}"
    assert dialogs == [], f"dialogs opened (script ran?): {dialogs}"


def shot(pg, name):
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_browser_dashboard_renders_map_network_and_timeline(page):
    page.goto(page.base + "/")
    page.wait_for_selector("#map[data-loaded]", timeout=20000)
    page.wait_for_selector("#timeline[data-loaded]", timeout=20000)
    page.wait_for_selector("#network[data-loaded]", timeout=20000)
    # country outlines from the local world_110m.json: Plotly draws the borders as one path with one
    # sub-path per outline, and the land as another
    outlines = page.evaluate("() => [...document.querySelectorAll('#map .countries path, #map .land path')]"
                             ".map(p => ((p.getAttribute('d') || '').match(/M/gi) || []).length)")
    assert len(outlines) == 2 and min(outlines) > 100, outlines
    assert page.locator("#map .scattergeo .point").count() == 3
    assert page.locator("#timeline .bars .point").count() >= 5
    assert page.locator("#network canvas").count() == 1
    assert page.evaluate("() => window.ewNetwork.body.data.nodes.length") == 7
    assert page.evaluate("() => window.ewNetwork.body.data.edges.get().map(e => e.color.color)").count("rgb(150,150,150)") == 0
    page.wait_for_selector("#network[data-stabilized]", timeout=20000)
    page.select_option("#timeline-by", "quad")
    page.wait_for_function("() => document.querySelectorAll('#timeline .legend .traces').length === 4", timeout=10000)
    shot(page, "dashboard")


def test_browser_clicking_an_actor_opens_its_page(page):
    page.goto(page.base + "/")
    page.click("#top-actors a:text('Ana Varga')")
    page.wait_for_url("**/actors/FRAGOV")
    assert "Ana Varga" in page.inner_text("h1")
    page.wait_for_selector("#actor-timeline[data-loaded]", timeout=20000)
    assert "Otto Brandt" in page.inner_text("#counterparts")
    shot(page, "actor")
    # a node in the network graph links to the actor page too
    page.goto(page.base + "/")
    page.wait_for_selector("#network[data-stabilized]", timeout=20000)
    x, y = page.evaluate("""() => { const n = window.ewNetwork; const p = n.getPositions(['DEUGOV']).DEUGOV;
        const d = n.canvasToDOM(p); const r = document.querySelector('#network canvas').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }""")
    page.mouse.click(x, y)
    page.wait_for_url("**/actors/DEUGOV")


def test_browser_article_highlights_quotes_and_time_hover(page):
    page.goto(page.base + "/articles/art-a")
    quote = page.locator("#article-text mark.ew-quote").first
    assert "We will defend our <b>borders</b> & our values" in quote.inner_text()
    assert quote.locator("a.ew-lbl").get_attribute("href") == "/actors/FRAGOV"
    assert page.locator("#article-text mark.ew-trigger[data-type=CONSULT]").inner_text().startswith("met")
    assert page.locator("#article-text mark.ew-actor").count() == 5
    assert page.locator("#article-text mark.ew-place").inner_text() == "Berlin"
    time_mark = page.locator("#article-text mark.ew-time")
    assert time_mark.get_attribute("title") == "2025-03-10 (day)"
    time_mark.hover()
    tip = page.evaluate("() => getComputedStyle(document.querySelector('#article-text mark.ew-time'), '::after').content")
    assert "2025-03-10" in tip
    shot(page, "article")
    quote.locator("a.ew-lbl").click()
    page.wait_for_url("**/actors/FRAGOV")


def test_browser_hostile_article_shows_markup_as_text(page):
    for path in ("/articles/art-x", "/", "/quotes"):
        page.goto(page.base + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => window.ewPwned") is None, path
        assert page.locator("script:not([src])").count() == 0, path  # no inline script got into the DOM
        assert page.locator("main img").count() == 0, path
    page.goto(page.base + "/articles/art-x")
    text = page.inner_text("#article-text")
    assert "<script>window.ewPwned=true;alert(1)</script>" in text
    assert "Evil <b>Corp</b>" in text and "<script>" in page.inner_text("h1")
    assert page.evaluate("() => window.ewPwned") is None and page.dialogs == []
    shot(page, "hostile")


def test_browser_events_table_filters_with_htmx(page):
    page.goto(page.base + "/events")
    assert page.locator("#events-results tbody tr").count() == 5
    page.select_option("select[name=type]", "AID")
    page.wait_for_function("() => document.querySelectorAll('#events-results tbody tr').length === 1", timeout=10000)
    assert "sent aid" in page.inner_text("#events-results")
    assert "type=AID" in page.url
    assert "type=AID" in page.get_attribute("a:text('CSV')", "href")
    page.fill("input[name=q]", "criticized")
    page.select_option("select[name=type]", "")
    page.wait_for_function("() => document.querySelectorAll('#events-results tbody tr').length === 1 && "
                           "document.querySelector('#events-results').innerText.includes('criticized')",
                           timeout=10000)
    shot(page, "events")
