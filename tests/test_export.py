"""Every export format parses back, with the fields its consumers need; filters select the right events."""
import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from eventwire.export import export, gdelt_columns, global_event_id
from eventwire.store import EventFilter, Store

from .test_store import make_doc, meta

PLOVER_REQUIRED = ["id", "date", "actor", "event"]


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "x.duckdb"))
    s.start_run("r1", [], "0", "m")
    docs = [
        make_doc("Kenya accused Somalia of shelling Mandera.", source="one.com", place=("Mandera", "KEN", 187585),
                 events=[("ACCUSE", "112", "accused", "2025-04-01")]),
        make_doc("Kenya accused Somalia of shelling Mandera, officials said.", source="two.com",
                 place=("Mandera", "KEN", 187585), events=[("ACCUSE", "112", "accused", "2025-04-01")]),
        make_doc("Chile hosted Peru for trade talks.", published="2025-05-10", source_actor=("Chile", "CHL", "CHL"),
                 target_actor=("Peru", "PER", "PER"), events=[("CONSULT", "040", "hosted", None)]),
        make_doc("Chile did not attack Peru.", published="2025-05-11", negated=True,
                 source_actor=("Chile", "CHL", "CHL"), target_actor=("Peru", "PER", "PER"),
                 events=[("ASSAULT", "190", "attack", None)]),
    ]
    s.write_batch([(d, meta()) for d in docs], "r1")
    yield s
    s.close()


def test_export_gdelt_tsv_has_61_columns_and_cluster_counts(store, tmp_path):
    out = tmp_path / "e.tsv"
    assert export(store, "gdelt-tsv", str(out)) == 3  # the negated event is left out
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert len(gdelt_columns()) == 61 and all(len(r) == 61 for r in rows)
    cols = gdelt_columns()
    first = dict(zip(cols, rows[0]))
    assert first["SQLDATE"] == "20250401" and first["Actor1Code"] == "KEN" and first["Actor2CountryCode"] == "SOM"
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"], first["QuadClass"]) == \
        ("112", "112", "11", "3")
    assert (first["NumArticles"], first["NumSources"], first["NumMentions"]) == ("2", "2", "2")
    assert first["ActionGeo_FullName"] == "Mandera" and first["ActionGeo_Type"] == "4"
    assert int(first["GLOBALEVENTID"]) in {global_event_id(r, "E1") for r in
                                           [x[0] for x in store.execute("SELECT id FROM articles").fetchall()]}
    assert export(store, "gdelt-tsv", str(out), keep_unasserted=True, header=True) == 4
    assert out.read_text().splitlines()[0].split("\t") == list(cols)


def test_export_gdelt_tsv_fills_religion_and_ethnic_codes(tmp_path):
    s = Store(str(tmp_path / "r.duckdb"))
    s.start_run("r1", [], "0", "m")
    doc = make_doc("Kenya accused Somalia of shelling Mandera.", events=[("ACCUSE", "112", "accused", "2025-04-01")])
    doc.actors[1].religion, doc.actors[1].ethnicity = "SUN", "som"
    s.write_batch([(doc, meta())], "r1")
    out = tmp_path / "e.tsv"
    export(s, "gdelt-tsv", str(out))
    row = dict(zip(gdelt_columns(), out.read_text().splitlines()[0].split("\t")))
    s.close()
    assert (row["Actor2Religion1Code"], row["Actor2EthnicCode"]) == ("SUN", "som")
    assert (row["Actor1Religion1Code"], row["Actor1EthnicCode"], row["Actor2Code"]) == ("", "", "SOM")


def test_export_plover_json_array_and_lines(store, tmp_path):
    out = tmp_path / "p.json"
    export(store, "plover-json", str(out))
    records = json.loads(out.read_text())
    assert len(records) == 3
    for rec in records:
        assert all(field in rec for field in PLOVER_REQUIRED)
        assert rec["actor"] and rec["event"]
    consult = next(r for r in records if r["event"] == ["CONSULT"])
    assert consult["date"] == "2025-05-10"  # no event date: the article's publication date
    assert consult["actor"][0]["code"] == "CHL" and consult["recipient"][0]["code"] == "PER"
    assert consult["quad_code"] == 1 and consult["text"] == "Chile hosted Peru for trade talks."
    lines = tmp_path / "p.jsonl"
    export(store, "plover-json", str(lines))
    assert [json.loads(x)["id"] for x in lines.read_text().splitlines()] == [r["id"] for r in records]


def test_export_parquet_and_csv_read_back(store, tmp_path):
    pq_path, csv_path = tmp_path / "e.parquet", tmp_path / "e.csv"
    assert export(store, "parquet", str(pq_path)) == 4
    table = pq.read_table(pq_path)
    assert table.num_rows == 4
    for name in ("source_name", "source_code", "target_name", "target_code", "type", "cluster_id", "negated"):
        assert name in table.column_names
    export(store, "csv", str(csv_path))
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text())))
    assert len(rows) == 4 and {r["source_name"] for r in rows} == {"Kenya", "Chile"}


def test_export_jsonl_documents_equal_stored_ones(store, tmp_path):
    out = tmp_path / "d.jsonl"
    assert export(store, "jsonl", str(out)) == 4
    exported = {json.loads(x)["article"]["id"]: x for x in out.read_text().splitlines()}
    stored = dict(store.execute("SELECT id, document FROM articles").fetchall())
    assert exported == stored
    doc = json.loads(next(iter(exported.values())))
    assert doc["schema"] == "eventwire/1" and doc["events"][0]["trigger"]["text"]


@pytest.mark.parametrize("filt, types", [
    (EventFilter(since="2025-05-01"), {"CONSULT", "ASSAULT"}),
    (EventFilter(until="2025-04-30"), {"ACCUSE"}),
    (EventFilter(actor="chil"), {"CONSULT", "ASSAULT"}),
    (EventFilter(actor="SO"), {"ACCUSE"}),  # code prefix
    (EventFilter(country="per"), {"CONSULT", "ASSAULT"}),
    (EventFilter(type="consult"), {"CONSULT"}),
    (EventFilter(quad=4), {"ASSAULT"}),
    (EventFilter(quad=2), set()),
])
def test_export_filters(store, tmp_path, filt, types):
    out = tmp_path / "f.parquet"
    export(store, "parquet", str(out), filt)
    assert set(pq.read_table(out).column("type").to_pylist()) == types


def test_export_docs_describe_every_gdelt_column():
    from .conftest import ROOT

    doc = (ROOT / "docs" / "exports.md").read_text()
    missing = [c for i, c in enumerate(gdelt_columns()) if f"| {i} | `{c}` |" not in doc]
    assert not missing, f"docs/exports.md lacks GDELT columns: {missing}"
