"""Exports from the store: PLOVER JSON, GDELT 2.0 event TSV, Parquet, CSV and eventwire/1 JSON Lines.

Each writer takes rows from :class:`eventwire.store.Store` (no SQL here) and writes one file, atomically
(a temporary file renamed at the end), or stdout for ``-``. Formats and every column: docs/exports.md.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import functools
import hashlib
import io
import json
import os
import sys
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from .store import EventFilter, Store

FORMATS = ["plover-json", "gdelt-tsv", "parquet", "csv", "jsonl"]
# GDELT and PLOVER records cannot say "this did NOT happen" or "this might happen": by default those
# events stay out of these two formats (they are kept, flagged, in parquet/csv/jsonl).
ASSERTED_ONLY_FORMATS = {"plover-json", "gdelt-tsv"}


@functools.lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event table columns, in order (data/ontology/gdelt2_events_columns.csv)."""
    text = resources.files("eventwire").joinpath("data/ontology/gdelt2_events_columns.csv").read_text("utf-8")
    return tuple(row["name"] for row in csv.DictReader(io.StringIO(text)))


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable integer id (GDELT's GLOBALEVENTID is numeric): 60 bits of a hash of article and event id."""
    return int(hashlib.sha256(f"{article_id}/{event_id}".encode()).hexdigest()[:15], 16)


def _fraction_date(day: dt.date) -> str:
    days = 366 if calendar.isleap(day.year) else 365
    return f"{day.year + day.timetuple().tm_yday / days:.4f}"


def _geo_type(kind: Optional[str], country: Optional[str]) -> Optional[int]:
    """GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (region)."""
    us = (country or "").upper() in ("US", "USA")
    return {"country": 1, "city": 3 if us else 4, "region": 2 if us else 5}.get(kind or "")


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def gdelt_row(r: dict) -> list[str]:
    """One event as the 61 GDELT 2.0 columns; fields eventwire cannot fill stay blank (docs/exports.md)."""
    day: Optional[dt.date] = r.get("event_date")
    cameo = r.get("cameo") or ""
    processed = r.get("processed_at")
    row = {
        "GLOBALEVENTID": global_event_id(r["article_id"], r["event_id"]),
        "SQLDATE": day.strftime("%Y%m%d") if day else None,
        "MonthYear": day.strftime("%Y%m") if day else None,
        "Year": day.year if day else None,
        "FractionDate": _fraction_date(day) if day else None,
        "Actor1Code": r.get("source_code"),
        "Actor1Name": r.get("source_name"),
        "Actor1CountryCode": r.get("source_country"),
        "Actor1EthnicCode": r.get("source_ethnicity"),
        "Actor1Religion1Code": r.get("source_religion"),
        "Actor1Type1Code": (r.get("source_sector") or "")[:3] or None,
        "Actor2Code": r.get("target_code"),
        "Actor2Name": r.get("target_name"),
        "Actor2CountryCode": r.get("target_country"),
        "Actor2EthnicCode": r.get("target_ethnicity"),
        "Actor2Religion1Code": r.get("target_religion"),
        "Actor2Type1Code": (r.get("target_sector") or "")[:3] or None,
        "IsRootEvent": 1 if r.get("sentence_start") == 0 else 0,
        "EventCode": cameo or None,
        "EventBaseCode": cameo[:3] or None,
        "EventRootCode": cameo[:2] or None,
        "QuadClass": r.get("quad_class"),
        "GoldsteinScale": r.get("goldstein"),
        "NumMentions": r.get("cluster_mentions"),
        "NumSources": r.get("cluster_sources"),
        "NumArticles": r.get("cluster_articles"),
        "ActionGeo_Type": _geo_type(r.get("place_kind"), r.get("place_country")) if r.get("place_name") else None,
        "ActionGeo_FullName": r.get("place_name"),
        "ActionGeo_Lat": r.get("lat"),
        "ActionGeo_Long": r.get("lon"),
        "DATEADDED": processed.strftime("%Y%m%d%H%M%S") if processed else None,
        "SOURCEURL": r.get("article_url"),
    }
    return [_fmt(row.get(name)) for name in gdelt_columns()]


def _entity(name, code, country, sector, role) -> list[dict]:
    if not name and not code:
        return []
    return [{"code": country, "sector": sector, "entity_text": name, "identifier_id": None,
             "identifier_text": name, "office": role, "eventwire_code": code}]


def plover_record(r: dict) -> dict:
    """One event as a PLOVER JSON record (fields: PLOVER manual; mapping: docs/exports.md)."""
    day: Optional[dt.date] = r.get("event_date")
    processed: Optional[dt.datetime] = r.get("processed_at")
    place = None
    if r.get("place_name"):
        place = {"extracted_place": r.get("place_name"), "resolved_place": r.get("place_name"),
                 "geonameid": r.get("geonameid"), "lat": r.get("lat"), "lon": r.get("lon"),
                 "country_code": r.get("place_country"),
                 "resolution": {"country": 1, "region": 2, "city": 4}.get(r.get("place_kind") or "")}
    notes = [flag for flag in ("negated", "hypothetical") if r.get(flag)]
    return {
        "id": f"{r['article_id']}-{r['event_id']}",
        "has_event": True,
        "date": day.isoformat() if day else None,
        "actor": _entity(r.get("source_name"), r.get("source_code"), r.get("source_country"),
                         r.get("source_sector"), r.get("source_role")),
        "recipient": _entity(r.get("target_name"), r.get("target_code"), r.get("target_country"),
                             r.get("target_sector"), r.get("target_role")),
        "event": [r["type"]] if r.get("type") else [],
        "event_loc": place,
        "event_text": [r["trigger_text"]] if r.get("trigger_text") else [],
        "quad_code": r.get("quad_class"),
        "event_scale": r.get("goldstein"),
        "mode": [r["mode"]] if r.get("mode") else [],
        "context": [],
        "link": r.get("article_url"),
        "text": r.get("sentence"),
        "text_info": {"sequence": r["event_id"], "start": r.get("sentence_start"), "end": r.get("sentence_end"),
                      "text_story": r["article_id"]},
        "cite_info": {"corpus": "eventwire", "citation": r.get("article_title"), "url": r.get("article_url"),
                      "title": r.get("article_title"), "language": "en", "publication": r.get("article_source"),
                      "license": None, "copyright": None, "coder": "eventwire", "codebook": "PLOVER",
                      "version": r.get("extractor_version")},
        "coder": "eventwire",
        "coded_date": processed.date().isoformat() if processed else None,
        "coded_time": processed.isoformat() if processed else None,
        "comment": ", ".join(notes) or None,
        "cameo": r.get("cameo"),
        "confidence": r.get("confidence"),
        "cluster_id": r.get("cluster_id"),
    }


@contextmanager
def _output(out: str, binary: bool = False):
    """Write to a temporary file next to ``out`` and rename it at the end (no half-written exports)."""
    if out == "-":
        if binary:
            raise ValueError("this format needs a file name, not -")
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(out)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb" if binary else "w", encoding=None if binary else "utf-8",
                  newline=None if binary else "") as fh:
            yield fh
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _asserted(rows: Iterable[dict]) -> list[dict]:
    return [r for r in rows if not r.get("negated") and not r.get("hypothetical")]


def export(store: Store, fmt: str, out: str, filt: Optional[EventFilter] = None, lines: Optional[bool] = None,
           header: bool = False, keep_unasserted: bool = False) -> int:
    """Write ``fmt`` to ``out``; returns how many records (events, or documents for jsonl) were written.

    ``lines``: plover-json as JSON Lines instead of one array (default: when ``out`` ends in .jsonl).
    ``header``: gdelt-tsv with a header row (GDELT's own files have none).
    ``keep_unasserted``: include negated and hypothetical events in plover-json and gdelt-tsv.
    """
    filt = filt or EventFilter()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        n = 0
        with _output(out) as fh:
            for doc in store.documents(filt):
                fh.write(doc + "\n")
                n += 1
        return n
    if fmt in ("parquet", "csv"):
        table = store.export_events(filt)
        if fmt == "parquet":
            import pyarrow.parquet as pq

            with _output(out, binary=True) as fh:
                pq.write_table(table, fh)
        else:
            import pyarrow.csv as pacsv

            if out == "-":
                buf = io.BytesIO()
                pacsv.write_csv(table, buf)
                sys.stdout.write(buf.getvalue().decode("utf-8"))
            else:
                with _output(out, binary=True) as fh:
                    pacsv.write_csv(table, fh)
        return table.num_rows
    rows = store.export_records(filt)
    if fmt in ASSERTED_ONLY_FORMATS and not keep_unasserted:
        rows = _asserted(rows)
    if fmt == "gdelt-tsv":
        with _output(out) as fh:
            if header:
                fh.write("\t".join(gdelt_columns()) + "\n")
            for r in rows:
                fh.write("\t".join(gdelt_row(r)) + "\n")
        return len(rows)
    records = [plover_record(r) for r in rows]
    as_lines = lines if lines is not None else out.endswith(".jsonl")
    with _output(out) as fh:
        if as_lines:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            json.dump(records, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return len(records)
