"""The run loop with the real model (in-process, workers=0, for speed): skip, fail, reprocess."""
import json

import duckdb
import pytest

from eventwire import EXTRACTOR_VERSION
from eventwire.runner import run_corpus

from .conftest import stored

STORIES = [
    "Chile's president met Argentina's foreign minister in Santiago on Monday to discuss a gas pipeline.",
    "Police in Lagos arrested twelve protesters on Tuesday after a march against fuel prices turned violent.",
    "The Philippines accused China on Wednesday of blocking a supply mission near a disputed reef.",
]


def write_jsonl(path, texts, published="2025-06-02"):
    path.write_text("".join(json.dumps({"text": t, "published": published, "source": "test wire"}) + "\n"
                            for t in texts))
    return path


@pytest.fixture
def quiet():
    lines = []
    return lines.append, lines


def test_runner_rerun_is_idempotent(tmp_path, nlp, quiet):
    src = write_jsonl(tmp_path / "in.jsonl", STORIES + [STORIES[0]])  # the same story twice
    db = str(tmp_path / "s.duckdb")
    first = run_corpus([str(src)], db, workers=0, batch_size=2, warn=quiet[0])
    assert (first.done, first.skipped, first.failed) == (3, 1, 0), first.failures
    before = {t: stored(db, f"SELECT count(*) FROM {t}")[0][0]
              for t in ("articles", "actors", "events", "quotes", "times", "event_clusters")}
    second = run_corpus([str(src)], db, workers=0, batch_size=2, warn=quiet[0])
    assert (second.done, second.skipped, second.failed) == (0, 4, 0)
    after = {t: stored(db, f"SELECT count(*) FROM {t}")[0][0] for t in before}
    assert after == before and after["articles"] == 3
    runs = stored(db, "SELECT status, articles_done, articles_skipped FROM runs ORDER BY started_at, run_id")
    assert sorted(runs) == sorted([("finished", 3, 1), ("finished", 0, 4)])


def test_runner_failures_recorded_while_good_articles_land(tmp_path, nlp, quiet):
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "good.jsonl", STORIES[:2])
    (folder / "bad.jsonl").write_text(json.dumps({"text": STORIES[2]}) + "\n{\"text\": \"unterminated\n")
    (folder / "empty.txt").write_text("\n\n")
    (folder / "blob.txt").write_bytes(b"\x00\x00\x01\x02binary")
    db = str(tmp_path / "s.duckdb")
    summary = run_corpus([str(folder)], db, workers=0, warn=quiet[0])
    assert (summary.done, summary.failed) == (3, 3)
    fails = {(p.rsplit("/", 1)[-1], r, why.split(" ")[0]) for _, _, p, r, why in
             stored(db, "SELECT failed_at, run_id, path, record, reason FROM failures")}
    assert fails == {("bad.jsonl", "line 2", "bad"), ("empty.txt", None, "empty"), ("blob.txt", None, "binary")}
    assert len(quiet[1]) == 3 and all(line.startswith("eventwire: warning: ") for line in quiet[1])
    assert stored(db, "SELECT count(*) FROM articles")[0][0] == 3


def test_runner_reprocess_only_with_flag(tmp_path, nlp, quiet):
    src = write_jsonl(tmp_path / "in.jsonl", STORIES[:2])
    db = str(tmp_path / "s.duckdb")
    run_corpus([str(src)], db, workers=0, warn=quiet[0])
    con = duckdb.connect(db)
    con.execute("UPDATE articles SET extractor_version = '0.0.1' WHERE text LIKE 'Chile%'")
    con.close()
    events_before = stored(db, "SELECT count(*) FROM events")[0][0]
    plain = run_corpus([str(src)], db, workers=0, warn=quiet[0])
    assert (plain.done, plain.skipped, plain.outdated) == (0, 2, 1)
    assert stored(db, "SELECT count(*) FROM articles WHERE extractor_version = '0.0.1'")[0][0] == 1
    again = run_corpus([str(src)], db, workers=0, reprocess=True, warn=quiet[0])
    assert (again.done, again.skipped) == (1, 1)
    assert stored(db, "SELECT DISTINCT extractor_version FROM articles") == [(EXTRACTOR_VERSION,)]
    assert stored(db, "SELECT count(*), count(DISTINCT id) FROM articles") == [(2, 2)]
    assert stored(db, "SELECT count(*) FROM events")[0][0] == events_before
