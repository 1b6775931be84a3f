"""Security properties of the web UI: read-only, escaped, parameterised, capped, local by default."""
from __future__ import annotations

from html.parser import HTMLParser

import duckdb
import pytest

from eventwire.web.highlight import Span, render

from .conftest import HOSTILE, HOSTILE_IMG


class Balanced(HTMLParser):
    """Collects tags; fails on a close tag that does not match the innermost open one."""

    def __init__(self):
        super().__init__()
        self.stack, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def test_security_no_write_methods(client):
    for path in ("/api/events", "/api/articles/art-a", "/api/actors", "/", "/events"):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            assert client.request(method, path).status_code == 405, (method, path)


def test_security_store_is_opened_read_only_per_request(client, store_path):
    from eventwire.web.app import open_db

    con = open_db(str(store_path))
    try:
        with pytest.raises(duckdb.Error):
            con.execute("CREATE TABLE pwned (x INTEGER)")
        with pytest.raises(duckdb.Error):  # external access is off too
            con.execute("SELECT * FROM read_csv('/etc/hostname')")
    finally:
        con.close()
    client.get("/api/events")
    # between requests the server holds no connection, so a writer can open the file
    # (retry briefly: the last request's connection closes just after its response is sent)
    import time

    for attempt in range(20):
        try:
            duckdb.connect(str(store_path)).close()
            break
        except duckdb.IOException:
            assert attempt < 19, "the server keeps the store locked between requests"
            time.sleep(0.1)


def test_security_parameters_are_data_not_sql(client):
    for value in ("x' OR '1'='1", "x'); DROP TABLE events; --", "%", "_"):
        for param in ("actor", "q", "type", "country"):
            r = client.get("/api/events", params={param: value[:3] if param == "country" else value})
            assert r.status_code == 200 and r.json()["total"] == 0, (param, value)
        assert client.get("/api/quotes", params={"speaker": value}).json()["total"] == 0
        assert client.get("/api/articles", params={"q": value}).json()["total"] == 0
    assert client.get("/api/events", params={"cameo": "1' OR 1=1"}).status_code == 422
    assert client.get("/api/events").json()["total"] == 5


def test_security_hostile_text_is_escaped_everywhere(client):
    pages = ["/articles/art-x", "/", "/quotes", "/actors", "/articles", "/events?actor=evil-b-corp-b",
             "/actors/evil-b-corp-b", "/events?q=statement"]
    for path in pages:
        body = client.get(path).text
        assert HOSTILE not in body and HOSTILE_IMG not in body and "<b>Corp</b>" not in body, path
    article = client.get("/articles/art-x").text
    assert "&lt;script&gt;window.ewPwned=true;alert(1)&lt;/script&gt;" in article
    assert "Evil &lt;b&gt;Corp&lt;/b&gt;" in article
    assert "javascript:" not in article  # the stored javascript: URL is not linked
    quoted = client.get("/articles/art-a").text
    assert "&lt;b&gt;borders&lt;/b&gt; &amp; our values" in quoted


def test_security_headers(client):
    r = client.get("/articles/art-x")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/events").headers["x-frame-options"] == "DENY"


def test_security_serve_binds_loopback_by_default():
    from eventwire.cli_web import serve

    defaults = {p.name: p.default for p in serve.params}
    assert defaults["host"] == "127.0.0.1"


def test_security_highlight_escapes_and_nests_crossing_spans():
    text = 'He said "<b>stop</b> now" & left.'
    spans = [Span(8, 25, "quote", {"title": 'a "q" <x>'}, label="— <Him>", href="/actors/x"),
             Span(0, 2, "actor", label="A"),
             Span(20, 29, "trigger", label="T"),  # crosses the quote's end
             Span(3, 7, "time", {"data-tip": "2025-01-01"}), Span(5, 50, "place")]  # out of range: dropped
    html = str(render(text, spans))
    assert "<b>" not in html and "&lt;b&gt;stop&lt;/b&gt;" in html and "&amp; l" in html
    parser = Balanced()
    parser.feed(html)
    assert parser.stack == []
    marks = [attrs["class"] for tag, attrs in parser.tags if tag == "mark"]
    assert sum("ew-trigger" in c for c in marks) == 2  # split in two pieces around the quote's end
    assert any("ew-cont" in c for c in marks)
    assert not any("ew-place" in c for c in marks)
    assert html.count(">T<") == 1 and "&lt;Him&gt;" in html  # one badge, escaped
    plain = HTMLParser()
    texts = []
    plain.handle_data = texts.append
    plain.feed(html.replace('<span class="ew-lbl">T</span>', "").replace(
        '<a class="ew-lbl" href="/actors/x">— &lt;Him&gt;</a>', "").replace('<span class="ew-lbl">A</span>', ""))
    assert "".join(texts) == text  # the text itself is unchanged
