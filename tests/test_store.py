"""The DuckDB store with hand-built Documents (the extractors are not needed to test storage)."""
import datetime as dt

import duckdb
import pytest

from eventwire import EXTRACTOR_VERSION
from eventwire.ingest import article_id
from eventwire.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from eventwire.model import Actor, Article, Document, Event, Mention, Place, Quote, TimeExpr
from eventwire.store import Store, StoreError, cluster_id, quad_class


def make_doc(text, published="2025-04-02", source="example.org", events=(), negated=False, place=None,
             source_actor=("Kenya", "KEN", "KEN"), target_actor=("Somalia", "SOM", "SOM")):
    """One article with two actors, optional place and the given events: (type, cameo, trigger word, date)."""
    article = Article(text=text, id=article_id(text), title="T " + text[:10], published=published, source=source,
                      url=f"https://{source}/{article_id(text)}")
    i = text.index(source_actor[0])
    j = text.index(target_actor[0])
    actors = [Actor(id="A1", name=source_actor[0], kind="country", country=source_actor[2], code=source_actor[1],
                    mentions=[Mention(i, i + len(source_actor[0]), source_actor[0])]),
              Actor(id="A2", name=target_actor[0], kind="country", country=target_actor[2], code=target_actor[1],
                    mentions=[Mention(j, j + len(target_actor[0]), target_actor[0])])]
    places = []
    if place:
        k = text.index(place[0])
        places = [Place(id="P1", name=place[0], kind="city", country=place[1], lat=1.5, lon=2.5,
                        geonameid=place[2], mentions=[Mention(k, k + len(place[0]), place[0])])]
    evs = []
    for n, (etype, cameo, word, date) in enumerate(events, 1):
        s = text.index(word)
        evs.append(Event(id=f"E{n}", type=etype, cameo=cameo, trigger=Mention(s, s + len(word), word),
                         sentence={"start": 0, "end": len(text)}, source="A1", target="A2", date=date,
                         place="P1" if place else None, negated=negated, goldstein=1.0, confidence=0.8))
    quotes = [Quote(id="Q1", kind="indirect", text=text[:12], start=0, end=12, speaker="A1", cue="said")]
    times = [TimeExpr(id="T1", text="Tuesday", start=0, end=7, value=published, granularity="day")]
    return Document(article=article, actors=actors, events=evs, quotes=quotes, places=places, times=times)


def meta(path="in.jsonl", record="line 1"):
    return {"input_path": path, "input_record": record, "external_id": None, "model": "m",
            "extractor_version": EXTRACTOR_VERSION, "processed_at": dt.datetime(2025, 4, 3, 12, 0, 0)}


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "t.duckdb"))
    s.start_run("r1", ["in.jsonl"], EXTRACTOR_VERSION, "m")
    yield s
    s.close()


def count(store, table):
    return store.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def test_store_write_batch_fills_every_table(store):
    doc = make_doc("Kenya accused Somalia of shelling Mandera on Tuesday.", events=[("ACCUSE", "112", "accused", None)],
                   place=("Mandera", "KEN", 187585))
    store.write_batch([(doc, meta())], "r1")
    for table, n in [("articles", 1), ("actors", 2), ("actor_mentions", 2), ("events", 1), ("quotes", 1),
                     ("places", 1), ("place_mentions", 1), ("times", 1), ("event_clusters", 1)]:
        assert count(store, table) == n, table
    row = store.execute("SELECT type, quad_class, source_code, target_country, place_name, day, cluster_id "
                        "FROM events").fetchall()[0]
    assert row[:6] == ("ACCUSE", 3, "KEN", "SOM", "Mandera", dt.date(2025, 4, 2))
    assert store.execute("SELECT articles_done FROM runs").fetchall()[0][0] == 1


def test_store_rewriting_an_article_replaces_its_rows(store):
    doc = make_doc("Kenya met Somalia in Nairobi.", events=[("CONSULT", "040", "met", None)])
    store.write_batch([(doc, meta())], "r1")
    store.write_batch([(doc, meta())], "r1")
    assert count(store, "articles") == 1 and count(store, "events") == 1 and count(store, "actors") == 2
    assert store.execute("SELECT num_articles FROM event_clusters").fetchall() == [(1,)]


def test_store_failed_batch_writes_nothing(store, monkeypatch):
    good = make_doc("Kenya met Somalia in Nairobi.", events=[("CONSULT", "040", "met", None)])
    calls = []

    real = store._insert

    def boom(name, table):
        calls.append(name)
        if name == "events":
            raise RuntimeError("disk full")
        real(name, table)

    monkeypatch.setattr(store, "_insert", boom)
    with pytest.raises(RuntimeError):
        store.write_batch([(good, meta())], "r1", failures=[("x.txt", None, "empty text")])
    assert "articles" in calls  # it had started writing...
    for table in ("articles", "actors", "events", "failures"):  # ...and none of it stayed
        assert count(store, table) == 0, table


def test_store_dedup_merges_same_event_from_two_articles(store):
    a = make_doc("Kenya accused Somalia of attacks near the border on Tuesday.", source="one.com",
                 events=[("ACCUSE", "112", "accused", "2025-04-01")])
    b = make_doc("On Tuesday Kenya again accused Somalia, a statement from Nairobi said.", source="two.com",
                 published="2025-04-03", events=[("ACCUSE", "112", "accused", "2025-04-01")])
    store.write_batch([(a, meta()), (b, meta(record="line 2"))], "r1")
    clusters = store.execute("SELECT cluster_id, type, source_code, target_code, date, num_articles, num_sources, "
                             "num_mentions, first_seen, last_seen FROM event_clusters").fetchall()
    assert len(clusters) == 1
    cid, *rest = clusters[0]
    assert rest == ["ACCUSE", "KEN", "SOM", dt.date(2025, 4, 1), 2, 2, 2, dt.date(2025, 4, 2), dt.date(2025, 4, 3)]
    assert {r[0] for r in store.execute("SELECT cluster_id FROM events").fetchall()} == {cid}


def test_store_dedup_keeps_different_events_apart(store):
    base = "Kenya accused Somalia of attacks near the border on Tuesday."
    a = make_doc(base, events=[("ACCUSE", "112", "accused", "2025-04-01")])
    other_day = make_doc("Kenya accused Somalia once more.", events=[("ACCUSE", "112", "accused", "2025-04-02")])
    other_type = make_doc("Kenya threatened Somalia on Tuesday.", events=[("THREATEN", "130", "threatened",
                                                                           "2025-04-01")])
    other_place = make_doc("Kenya accused Somalia over Mandera.", place=("Mandera", "KEN", 187585),
                           events=[("ACCUSE", "112", "accused", "2025-04-01")])
    denied = make_doc("Kenya has not accused Somalia, officials said.", negated=True,
                      events=[("ACCUSE", "112", "accused", "2025-04-01")])
    store.write_batch([(d, meta()) for d in (a, other_day, other_type, other_place, denied)], "r1")
    assert count(store, "event_clusters") == 5
    assert store.execute("SELECT max(num_articles) FROM event_clusters").fetchall() == [(1,)]


def test_store_cluster_ids_are_stable_and_recounted_on_reprocess(store):
    a = make_doc("Kenya accused Somalia of attacks.", source="one.com", events=[("ACCUSE", "112", "accused", "2025-04-01")])
    b = make_doc("Kenya accused Somalia, again.", source="two.com", events=[("ACCUSE", "112", "accused", "2025-04-01")])
    store.write_batch([(a, meta()), (b, meta())], "r1")
    before = store.execute("SELECT cluster_id, num_articles FROM event_clusters").fetchall()
    assert before[0][1] == 2
    assert before[0][0] == cluster_id(("ACCUSE", "KEN", "SOM", "2025-04-01", ""))
    # b is reprocessed and now codes a different event: the shared cluster drops to one article
    b2 = make_doc("Kenya accused Somalia, again.", source="two.com", events=[("THREATEN", "130", "accused", "2025-04-01")])
    store.write_batch([(b2, meta())], "r1")
    after = dict(store.execute("SELECT cluster_id, num_articles FROM event_clusters").fetchall())
    assert after[before[0][0]] == 1 and len(after) == 2
    # and back again: the original cluster id comes back with two articles
    store.write_batch([(b, meta())], "r1")
    assert dict(store.execute("SELECT cluster_id, num_articles FROM event_clusters").fetchall()) == {before[0][0]: 2}


def test_store_quad_class_follows_gdelt_convention():
    assert [quad_class(c) for c in ("010", "043", "057", "0871", "090", "138", "141", "204", None, "")] == \
        [1, 1, 2, 2, 3, 3, 4, 4, None, None]


def test_store_migrations_are_recorded_and_rerunnable(tmp_path):
    path = str(tmp_path / "m.duckdb")
    Store(path).close()
    Store(path).close()  # second open: nothing to apply, no error
    con = duckdb.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM migrations ORDER BY name").fetchall()] == \
        [name for name, _ in MIGRATIONS]
    assert migrate(con) == []
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [(str(SCHEMA_VERSION),)]
    con.close()


def test_store_read_only_rejects_writes_and_non_eventwire_files(tmp_path, store):
    path = str(tmp_path / "other.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE x (a INT)")
    con.close()
    with pytest.raises(StoreError, match="not an eventwire database"):
        Store(path, read_only=True)
    store.close()
    ro = Store(store.path, read_only=True)
    with pytest.raises(duckdb.Error):
        ro.execute("DELETE FROM articles")
    ro.close()


def test_store_every_column_is_documented(tmp_path):
    """docs/store.md lists every column of every table (the schema is a contract with the web UI)."""
    from .conftest import ROOT

    doc = (ROOT / "docs" / "store.md").read_text()
    s = Store(str(tmp_path / "d.duckdb"))
    cols = s.execute("SELECT table_name, column_name FROM information_schema.columns "
                     "WHERE table_schema = 'main'").fetchall()
    s.close()
    missing = []
    for table, column in cols:
        if table in ("migrations", "meta"):
            ok = f"| `{table}.{column}` |" in doc
        else:
            section = doc.split(f"### {table}\n", 1)[-1].split("\n### ", 1)[0] if f"### {table}\n" in doc else ""
            ok = f"| `{column}` |" in section
        if not ok:
            missing.append(f"{table}.{column}")
    assert not missing, f"undocumented in docs/store.md: {missing}"


def test_store_bare_sector_codes_do_not_merge_different_actors(store):
    a = make_doc("The minister accused Somalia of attacks.", source_actor=("minister", "GOV", None),
                 events=[("ACCUSE", "112", "accused", "2025-04-01")])
    b = make_doc("The governor accused Somalia of attacks.", source_actor=("governor", "GOV", None),
                 events=[("ACCUSE", "112", "accused", "2025-04-01")])
    store.write_batch([(a, meta()), (b, meta())], "r1")
    assert count(store, "event_clusters") == 2


def test_store_migrates_an_older_file_keeping_its_rows(tmp_path):
    """A file written before the religion/ethnicity columns existed gets them; its rows stay, new rows fill them."""
    from eventwire.migrations import INITIAL, INDEXES

    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    for name, sql in (("0001_initial", INITIAL), ("0002_indexes", INDEXES)):
        for statement in [s for s in sql.split(";") if s.strip()]:
            con.execute(statement)
        con.execute("INSERT INTO migrations VALUES (?, current_timestamp)", [name])
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.execute("INSERT INTO actors (article_id, actor_id, name) VALUES ('old', 'A1', 'Kenya')")
    con.close()
    s = Store(path)
    s.start_run("r2", [], EXTRACTOR_VERSION, "m")
    doc = make_doc("Kenya accused Somalia of attacks.", events=[("ACCUSE", "112", "accused", "2025-04-01")])
    doc.actors[0].religion, doc.actors[0].ethnicity = "MOS", "som"
    s.write_batch([(doc, meta())], "r2")
    rows = s.execute("SELECT article_id, name, religion, ethnicity FROM actors ORDER BY article_id, actor_id").fetchall()
    assert ("old", "Kenya", None, None) in rows
    assert (doc.article.id, "Kenya", "MOS", "som") in rows
    assert s.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    s.close()
