"""The corpus commands as a user runs them: real subprocesses (with worker processes), real DuckDB files."""
import json
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store

from .conftest import ew, stored
from .test_store import make_doc, meta

CITIES = ["Lima", "Quito", "Bogota", "Caracas", "La Paz", "Asuncion", "Montevideo", "Santiago", "Brasilia",
          "Panama City", "San Jose", "Managua"]


def consistent(db):
    """Every stored article is whole: its rows match the counts in its stored document."""
    for doc, n_events, n_actors, n_quotes in stored(db, """
            SELECT a.document, (SELECT count(*) FROM events e WHERE e.article_id = a.id),
                   (SELECT count(*) FROM actors x WHERE x.article_id = a.id),
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a"""):
        d = json.loads(doc)
        assert (len(d["events"]), len(d["actors"]), len(d["quotes"])) == (n_events, n_actors, n_quotes)


def test_cli_corpus_resumes_after_kill_9_without_duplicates(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": f"The mayor of {city} met union leaders on Monday to end a strike by "
                                               f"bus drivers. Talks in {city} will resume next week, officials said.",
                                       "published": "2025-07-07"}) + "\n" for city in CITIES))
    db = str(tmp_path / "run.duckdb")
    args = [sys.executable, "-m", "eventwire", "run", str(src), "--db", db, "--batch-size", "1"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    try:
        for line in proc.stderr:  # non-terminal progress: a line after the first committed batch
            if "eventwire: committed" in line:
                proc.send_signal(signal.SIGKILL)
                break
            assert time.monotonic() < deadline
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = stored(db, "SELECT count(*) FROM articles")[0][0]
    assert 1 <= partial < len(CITIES)
    consistent(db)
    assert stored(db, "SELECT status FROM runs") == [("running",)]  # it never got to say otherwise

    r = ew("run", str(src), "--db", db, "--batch-size", "1")
    assert r.returncode == 0, r.stderr
    assert f"{len(CITIES) - partial} articles done, {partial} skipped" in r.stdout
    assert stored(db, "SELECT count(*), count(DISTINCT id) FROM articles") == [(len(CITIES), len(CITIES))]
    consistent(db)
    assert sorted(stored(db, "SELECT status FROM runs")) == [("finished",), ("killed",)]


def test_cli_corpus_run_mixed_folder_and_jsonl_export_equals_extract(tmp_path):
    folder = tmp_path / "news"
    (folder / "feeds").mkdir(parents=True)
    story = "Ecuador's navy seized a fishing vessel off the Galapagos on Friday, the defence ministry said."
    (folder / "story.txt").write_text(story)
    (folder / "feeds" / "wire.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><item><title>Port</title>"
        "<link>https://wire.example.com/port</link><pubDate>Mon, 07 Jul 2025 08:00:00 GMT</pubDate>"
        "<description>Dock workers in Valparaiso walked out on Monday over pay, the union said.</description>"
        "</item></channel></rss>")
    (folder / "batch.jsonl").write_text(json.dumps({"text": "Bolivia recalled its ambassador to Peru on Sunday."})
                                        + "\n{broken\n")
    db = str(tmp_path / "m.duckdb")
    r = ew("run", str(folder), "--db", db, "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert "3 articles done, 0 skipped (already stored), 1 failed" in r.stdout
    assert "batch.jsonl:line 2: bad JSON" in r.stderr
    assert stored(db, "SELECT count(*) FROM articles WHERE url = 'https://wire.example.com/port' "
                      "AND published = DATE '2025-07-07'") == [(1,)]

    out = tmp_path / "docs.jsonl"
    r = ew("export", "--db", db, "--format", "jsonl", str(out))
    assert r.returncode == 0, r.stderr
    exported = {json.loads(x)["article"]["source"]: json.loads(x) for x in out.read_text().splitlines()}
    extracted = json.loads(ew("extract", str(folder / "story.txt")).stdout)
    assert exported["story.txt"] == extracted

    again = ew("run", str(folder), "--db", db, "--workers", "1")
    assert "0 articles done, 3 skipped (already stored), 1 failed" in again.stdout


def _db(tmp_path):
    path = str(tmp_path / "q.duckdb")
    with Store(path) as s:
        s.start_run("r1", [], "0", "m")
        doc = make_doc("Kenya accused Somalia of shelling Mandera.", events=[("ACCUSE", "112", "accused", "2025-04-01")])
        s.write_batch([(doc, meta())], "r1", failures=[("bad.txt", None, "empty text")])
    return path


def test_cli_corpus_query_stats_failures_schema(tmp_path):
    db = _db(tmp_path)
    runner = CliRunner()
    r = runner.invoke(main, ["query", "--db", db, "--json", "SELECT type, source_code FROM events"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == [{"type": "ACCUSE", "source_code": "KEN"}]
    r = runner.invoke(main, ["stats", "--db", db, "--json"])
    report = json.loads(r.output)
    assert report["counts"]["events"] == 1 and report["top_dyads"] == [["Kenya", "Somalia", 1]]
    assert report["events_per_day"] == [["2025-04-01", 1]]
    r = runner.invoke(main, ["failures", "--db", db])
    assert "bad.txt" in r.output and "empty text" in r.output
    r = runner.invoke(main, ["schema"])
    assert "CREATE TABLE IF NOT EXISTS event_clusters" in r.output


def test_cli_corpus_query_is_read_only_and_errors_are_one_line(tmp_path):
    db = _db(tmp_path)
    r = ew("query", "--db", db, "DELETE FROM articles")
    assert r.returncode == 2 and r.stderr.startswith("eventwire: error: query:") and "read-only" in r.stderr
    assert stored(db, "SELECT count(*) FROM articles") == [(1,)]
    r = ew("stats", "--db", str(tmp_path / "nope.duckdb"))
    assert r.returncode == 2 and "nope.duckdb: no such database" in r.stderr
    r = ew("export", "--db", db, "--format", "parquet", "-")
    assert r.returncode == 2 and "parquet needs a file name" in r.stderr
