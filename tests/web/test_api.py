"""The JSON API and pages, against a real `eventwire serve` subprocess and a real DuckDB store."""
from __future__ import annotations

import csv
import io

from .conftest import Server


def ids(items):
    return sorted(f"{e['article_id']}/{e['event_id']}" for e in items)


def test_api_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events.csv", "/api/events.plover.json", "/api/clusters", "/api/actors",
                 "/api/actors/{key}", "/api/quotes", "/api/articles", "/api/articles/{article_id}",
                 "/api/timeline", "/api/network", "/api/places"):
        assert path in paths, path
    assert all(set(ops) == {"get"} for ops in paths.values())
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def test_api_events_returns_items_and_total(client):
    data = client.get("/api/events").json()
    assert data["total"] == 5 and len(data["items"]) == 5
    first = data["items"][0]
    assert first["day"] == "2025-03-12"  # newest first by default
    e = next(e for e in data["items"] if e["event_id"] == "E1" and e["article_id"] == "art-a")
    assert (e["type"], e["source_key"], e["target_key"], e["trigger_text"]) == ("CONSULT", "FRAGOV", "DEUGOV", "met")
    assert e["sentence_text"].startswith("President Ana Varga of France met")
    assert e["article_title"] == "Varga & Brandt meet in Berlin"


def test_api_events_filters(client):
    def total(**params):
        return client.get("/api/events", params=params).json()["total"]

    assert total(actor="FRAGOV") == 2
    assert total(actor="otto brandt") == 3  # exact name, case-insensitive
    assert total(actor="i-bold-i-front") == 1  # actor key of an uncoded actor
    assert total(country="UKR") == 1
    assert total(type="aid") == 1
    assert total(cameo="17") == 1 and total(cameo="0") == 3
    assert total(quad=4) == 1 and total(quad=2) == 2  # quad from the CAMEO root (05x: material)
    assert total(since="2025-03-11", until="2025-03-11") == 1
    assert total(since="2025-03-11") == 3
    assert total(q="sent aid") == 1
    assert total(q="OFFICIALS IN KYIV") == 1  # sentence text, case-insensitive
    assert total(actor="DEUGOV", type="SUPPORT") == 1
    assert total(article="art-a") == 2


def test_api_events_pagination_and_sort(client):
    pages = [client.get("/api/events", params={"limit": 2, "offset": o, "sort": "date"}).json() for o in (0, 2, 4)]
    assert [len(p["items"]) for p in pages] == [2, 2, 1]
    assert len(set(ids(sum((p["items"] for p in pages), [])))) == 5
    days = [e["day"] for p in pages for e in p["items"]]
    assert days == sorted(days)
    by_goldstein = client.get("/api/events", params={"sort": "goldstein"}).json()["items"]
    assert by_goldstein[0]["type"] == "COERCE" and by_goldstein[-1]["type"] == "AID"


def test_api_events_page_size_is_capped(client):
    assert client.get("/api/events", params={"limit": 500}).status_code == 200
    for path in ("/api/events", "/api/actors", "/api/quotes", "/api/articles", "/api/clusters"):
        assert client.get(path, params={"limit": 501}).status_code == 422, path
    assert client.get("/api/events", params={"sort": "random()"}).status_code == 422


def test_api_events_csv_export_follows_the_filter(client):
    r = client.get("/api/events.csv", params={"quad": 2})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 2 and {row["type"] for row in rows} == {"AID", "SUPPORT"}
    assert {"article_id", "event_id", "cameo", "goldstein", "source_name", "sentence_text"} <= set(rows[0])


def test_api_events_plover_export(client):
    records = client.get("/api/events.plover.json", params={"type": "AID"}).json()
    assert len(records) == 1
    rec = records[0]
    assert rec["event"] == ["AID"] and rec["date"] == "2025-03-12" and rec["quad_code"] == 2
    assert rec["actor"][0]["code"] == "DEU" and rec["recipient"][0]["entity_text"] == "Ukraine"
    assert rec["event_text"] == ["sent aid"] and rec["event_loc"]["extracted_place"] == "Kyiv"
    assert rec["text"].startswith("Germany sent aid")


def test_api_clusters(client):
    data = client.get("/api/clusters").json()
    assert data["total"] >= 5
    assert {"cluster_id", "type", "num_articles", "num_mentions"} <= set(data["items"][0])
    assert client.get("/api/clusters", params={"type": "AID"}).json()["total"] == 1


def test_api_actors_grouped_by_code_with_counterparts(client):
    items = client.get("/api/actors").json()["items"]
    varga = next(a for a in items if a["key"] == "FRAGOV")
    assert (varga["name"], varga["articles"], varga["mentions"], varga["events"]) == ("Ana Varga", 2, 3, 2)
    assert varga["counterparts"][0]["key"] == "DEUGOV"
    one = client.get("/api/actors/DEUGOV").json()
    dyad = next(c for c in one["counterparts"] if c["key"] == "FRAGOV")
    assert (dyad["events"], dyad["outgoing"], dyad["incoming"]) == (2, 1, 1)
    assert (dyad["goldstein_out"], dyad["goldstein_in"], dyad["goldstein"]) == (3.4, 1.0, 2.2)
    assert [t["day"] for t in one["timeline"]] == ["2025-03-10", "2025-03-12"]
    assert client.get("/api/actors/NOBODY").status_code == 404
    # a bare sector code (no country) says what kind of actor, not who: grouped by name
    officials = client.get("/api/actors/officials").json()
    assert (officials["code"], officials["articles"]) == ("GOV", 1)
    assert client.get("/api/actors/GOV").status_code == 404


def test_api_quotes_by_speaker_and_text(client):
    assert client.get("/api/quotes").json()["total"] == 2
    by_varga = client.get("/api/quotes", params={"speaker": "FRAGOV"}).json()["items"]
    assert len(by_varga) == 1 and "<b>borders</b>" in by_varga[0]["text"]
    assert client.get("/api/quotes", params={"speaker": "Ana Varga"}).json()["total"] == 1
    assert client.get("/api/quotes", params={"q": "DEFEND"}).json()["total"] == 1


def test_api_articles_and_article_annotations(client):
    listing = client.get("/api/articles").json()
    assert listing["total"] == 3 and "text" not in listing["items"][0]
    assert listing["items"][0]["id"] == "art-b"  # newest first
    art = client.get("/api/articles/art-a").json()
    text = art["text"]
    for m in art["actor_mentions"] + art["place_mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    for q in art["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    for e in art["events"]:
        assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger_text"]
    assert [t["value"] for t in art["times"]] == ["2025-03-10"]
    assert client.get("/api/articles/missing").status_code == 404


def test_api_timeline_by_type_and_quad(client):
    by_type = {s["name"]: s["points"] for s in client.get("/api/timeline").json()["series"]}
    assert by_type["CONSULT"] == [{"day": "2025-03-10", "count": 1}]
    by_quad = {s["name"]: sum(p["count"] for p in s["points"])
               for s in client.get("/api/timeline", params={"by": "quad"}).json()["series"]}
    assert by_quad == {"Verbal cooperation": 1, "Material cooperation": 2, "Verbal conflict": 1,
                       "Material conflict": 1}


def test_api_network_dyads(client):
    data = client.get("/api/network").json()
    assert {n["id"] for n in data["nodes"]} >= {"FRAGOV", "DEUGOV", "DEU", "UKR"}
    edge = next(e for e in data["edges"] if (e["from"], e["to"]) == ("DEU", "UKR"))
    assert (edge["count"], edge["goldstein"]) == (1, 7.0)
    filtered = client.get("/api/network", params={"quad": 4}).json()
    assert [(e["from"], e["to"]) for e in filtered["edges"]] == [("FRACOP", "FRAOPP")]


def test_api_places_with_counts(client):
    items = {p["name"]: p for p in client.get("/api/places").json()["items"]}
    assert set(items) == {"Berlin", "Kyiv", "Paris"}
    assert (items["Kyiv"]["events"], items["Kyiv"]["articles"], items["Kyiv"]["lat"]) == (1, 1, 50.45)
    assert [p["name"] for p in client.get("/api/places", params={"type": "AID"}).json()["items"]] == ["Kyiv"]


def test_api_pages_render(client):
    for path in ("/", "/events", "/events?type=AID&sort=goldstein", "/actors", "/actors/FRAGOV",
                 "/actors/i-bold-i-front", "/articles", "/articles/art-a", "/quotes", "/quotes?speaker=FRAGOV"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
    assert client.get("/actors/NOBODY").status_code == 404
    assert client.get("/static/vendor/plotly.min.js").status_code == 200
    assert client.get("/static/vendor/topojson/world_110m.json").json()["objects"]["countries"]


def test_api_events_page_htmx_partial(client):
    full = client.get("/events", params={"type": "AID"})
    part = client.get("/events", params={"type": "AID"}, headers={"HX-Request": "true", "HX-Target": "events-table"})
    assert "<html" in full.text and "<html" not in part.text
    assert "sent aid" in part.text and "criticized" not in part.text
    assert "/api/events.csv?type=AID" in part.text


def test_api_serves_a_store_built_by_eventwire_run(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(
        "Foreign ministers of Chile and Peru met in Lima on Tuesday to discuss fishing rights.\n")
    (tmp_path / "in" / "two.txt").write_text(
        'The prime minister of Norway criticized Sweden over the new border rules. '
        '"This is unacceptable," she said.\n')
    db = tmp_path / "real.duckdb"
    # in this process (--workers 0), so the cached spaCy pipeline of other tests is reused
    from click.testing import CliRunner

    from eventwire.cli import main

    done = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--db", str(db), "--workers", "0"])
    assert done.exit_code == 0, done.output
    srv = Server(db)
    try:
        import httpx

        with httpx.Client(base_url=srv.url, timeout=10) as c:
            listing = c.get("/api/articles").json()
            assert listing["total"] == 2
            for art in listing["items"]:
                assert c.get(f"/articles/{art['id']}").status_code == 200
                full = c.get(f"/api/articles/{art['id']}").json()
                for m in full["actor_mentions"]:
                    assert full["text"][m["start"]:m["end"]] == m["text"]
            assert c.get("/").status_code == 200
            assert c.get("/api/events").json()["total"] == sum(a["events"] for a in listing["items"])
    finally:
        srv.stop()


def test_api_every_endpoint_is_documented(client):
    from .conftest import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text()
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"`GET {path}`" in doc, f"{path} missing from docs/web.md"


def test_api_serve_refuses_a_missing_or_foreign_database(tmp_path):
    from click.testing import CliRunner

    from eventwire.cli import main

    missing = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no such database" in missing.output
    (tmp_path / "junk.duckdb").write_text("not a database")
    junk = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "junk.duckdb")])
    assert junk.exit_code == 2 and "cannot open read-only" in junk.output
