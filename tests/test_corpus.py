"""Corpus readers: every input kind, with failures located by path and record."""
import gzip
import io
import json

from eventwire.corpus import check_text, count_records, read_inputs, to_date
from eventwire.ingest import article_id

NEWS = ("The foreign ministers of the two countries met on Thursday to discuss a new trade agreement and said "
        "that they would continue the talks in the capital next month.")
NEWS2 = ("Thousands of workers marched through the port city on Monday to protest against the closure of the "
         "shipyard, and the union said it was ready for a longer strike.")


def records(*paths):
    return list(read_inputs([str(p) for p in paths]))


def test_corpus_jsonl_fields_dates_and_bad_lines(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join([
        json.dumps({"text": NEWS, "title": "Talks", "url": "https://www.example.com/a", "published":
                    "2025-03-14 20:28:39Z", "id": 7}),
        "{not json",
        json.dumps({"title": "no body"}),
        "",
        json.dumps({"html": f"<html><body><article><p>{NEWS2}</p></article></body></html>", "published": 1741996800,
                    "source": "Port Daily"}),
    ]))
    recs = records(f)
    assert [r.record for r in recs] == ["line 1", "line 2", "line 3", "line 5"]
    a = recs[0].article
    assert (a.title, a.published, a.source, a.id, recs[0].external_id) == \
        ("Talks", "2025-03-14", "example.com", article_id(NEWS), "7")
    assert recs[1].error.startswith("bad JSON") and recs[2].error == "no 'text' or 'html' field"
    assert recs[3].article.published == "2025-03-15" and recs[3].article.source == "Port Daily"
    assert "shipyard" in recs[3].article.text


def test_corpus_gzip_jsonl_and_json_list(tmp_path):
    gz = tmp_path / "b.jsonl.gz"
    with gzip.open(gz, "wt") as fh:
        fh.write(json.dumps({"text": NEWS}) + "\n")
    js = tmp_path / "c.json"
    js.write_text(json.dumps([{"text": NEWS2}, {"text": ""}]))
    recs = records(gz, js)
    assert recs[0].article.text == NEWS
    assert recs[1].record == "item 1" and recs[1].article.text == NEWS2
    assert recs[2].error == "empty text"


def test_corpus_folder_is_recursive_sorted_and_reports_bad_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(NEWS2)
    (tmp_path / "a.txt").write_text(NEWS)
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01PK\x03\x04")
    (tmp_path / "notes.md").write_text(NEWS)  # not a corpus suffix: ignored inside folders
    recs = records(tmp_path, tmp_path / "missing.txt")
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in recs}
    assert set(by_name) == {"a.txt", "bin.txt", "empty.txt", "b.txt", "missing.txt"}
    assert by_name["a.txt"].article.source == "a.txt"
    assert by_name["bin.txt"].error.startswith("binary")
    assert by_name["empty.txt"].error == "empty text"
    assert by_name["missing.txt"].error == "no such file or folder"
    assert count_records([str(tmp_path)]) == 4


def test_corpus_rss_feed_entries(tmp_path):
    feed = tmp_path / "news.rss"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
      <item><title>Talks</title><link>https://news.example.org/talks</link>
        <pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;{NEWS}&lt;/p&gt;</description></item>
      <item><title>Strike</title><link>https://news.example.org/strike</link><description>{NEWS2}</description></item>
    </channel></rss>""")
    recs = records(feed)
    assert [r.record for r in recs] == ["item 1", "item 2"]
    a = recs[0].article
    assert (a.title, a.url, a.published, a.source, a.text) == \
        ("Talks", "https://news.example.org/talks", "2025-03-04", "news.example.org", NEWS)


def test_corpus_warc_html_responses_only(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    page = (f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>{NEWS}</p><p>{NEWS2}</p>"
            "</article></body></html>").encode()
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in [("https://site.example.net/talks", "text/html; charset=utf-8", page),
                                 ("https://site.example.net/logo.png", "image/png", b"\x89PNG....")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    recs = records(path)
    assert len(recs) == 1 and recs[0].record.startswith("offset ")
    a = recs[0].article
    assert a.url == "https://site.example.net/talks" and a.source == "site.example.net"
    assert "shipyard" in a.text and a.published  # capture date when the page has none


def test_corpus_check_text_language_size_and_binary():
    assert check_text(NEWS) is None
    french = ("Le ministre des affaires étrangères a rencontré jeudi son homologue pour discuter d'un nouvel accord "
              "commercial et les deux pays poursuivront les discussions dans la capitale le mois prochain.")
    assert check_text(french).startswith("not English")
    assert check_text("Министр иностранных дел встретился в четверг с коллегой.").startswith("not English")
    assert check_text("Short note, 3 words.") is None  # too short to judge
    assert check_text("x" * 1_000_001).startswith("text longer than")
    assert check_text("ab\x01\x02\x03\x04cd" * 10).startswith("binary")


def test_corpus_to_date_variants():
    assert to_date("2025-03-14") == "2025-03-14"
    assert to_date("2025-03-14T23:10:00+00:00") == "2025-03-14"
    assert to_date("Fri, 14 Mar 2025 10:00:00 GMT") == "2025-03-14"
    assert to_date(1741996800) == "2025-03-15"
    assert to_date(1741996800000) == "2025-03-15"
    assert to_date("not a date") is None and to_date(None) is None
