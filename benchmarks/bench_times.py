"""eventwire times vs plain dateparser on the held-out TimeML (TimeBank + AQUAINT) test split.

Both systems see the same text and the same anchor (the document creation time) and are scored the same
way as ``eventwire.eval.timeml``: a gold DATE with a normalisable value is *found* when a prediction
overlaps it, and right when the value matches. dateparser runs as ``dateparser.search.search_dates``
with ``RELATIVE_BASE`` = DCT and nothing else tuned; each hit's period (day/week/month/year, from
``DateDataParser.get_date_data``) picks the value's form ("1998-08", "1998-W32", ...), which is the
most favourable reading of its output. Speed is wall time per run in this process, measured in the
same run: eventwire with and without the spaCy parse (which the rest of eventwire needs anyway).

Run: ``.venv/bin/python benchmarks/bench_times.py [--split test|dev|all] [--limit N]``
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def _dateparser_times(text: str, dct: str):
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(dct)
    settings = {"RELATIVE_BASE": base}
    found = search_dates(text, languages=["en"], settings=settings) or []
    ddp = DateDataParser(languages=["en"], settings=settings)
    out, pos = [], 0
    for s, when in found:
        start = text.find(s, pos)
        if start < 0:
            start = text.find(s)
        if start < 0:
            continue
        pos = start + len(s)
        period = (ddp.get_date_data(s).period or "day")
        if period == "year":
            value = f"{when.year:04d}"
        elif period == "month":
            value = f"{when.year:04d}-{when.month:02d}"
        elif period == "week":
            y, w, _ = when.date().isocalendar()
            value = f"{y}-W{w:02d}"
        else:
            value = when.date().isoformat()
        out.append((start, start + len(s), value))
    return out


def _score(gold_docs, preds_by_doc):
    from eventwire.eval.timeml import NORMALISABLE, normalise_value

    gold = found = right = 0
    for tdoc, preds in zip(gold_docs, preds_by_doc):
        for g in tdoc.timexes:
            gv = normalise_value(g.value)
            if g.type != "DATE" or not NORMALISABLE.match(gv or ""):
                continue
            gold += 1
            over = [p for p in preds if p[0] < g.end and g.start < p[1]]
            found += bool(over)
            right += any(normalise_value(p[2]) == gv for p in over)
    return {"gold": gold, "found": found, "right": right,
            "value_accuracy": right / gold if gold else 0.0, "value_accuracy_found": right / found if found else 0.0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="eventwire times vs dateparser on TimeML")
    ap.add_argument("--split", default="test")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)

    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed (pip install dateparser==1.5.0)")
        return 2
    from eventwire.components.times import find_times
    from eventwire.eval.timeml import default_path, parse, split_files
    from eventwire.model import Article
    from eventwire.pipeline import build_nlp

    path = default_path()
    if not path.exists():
        print(f"TimeML data not found at {path} (set EVENTWIRE_SHARED)")
        return 2
    docs = [parse(f, f.relative_to(path).as_posix()) for f in split_files(path, args.split)[: args.limit or None]]
    docs = [d for d in docs if d.dct]
    nlp = build_nlp()

    t0 = time.perf_counter()
    parsed = []
    for d in docs:
        doc = nlp.make_doc(d.text)
        doc._.ew_article = Article(text=d.text, published=d.dct)
        doc._.ew_warnings = []
        for name, proc in nlp.pipeline:
            if not name.startswith("eventwire_"):
                doc = proc(doc)
        parsed.append(doc)
    t1 = time.perf_counter()
    ew = [[(t.start, t.end, t.value) for t in find_times(doc)] for doc in parsed]
    t2 = time.perf_counter()
    dp = [_dateparser_times(d.text, d.dct) for d in docs]
    t3 = time.perf_counter()

    s_ew, s_dp = _score(docs, ew), _score(docs, dp)
    rules_s, parse_s, dp_s = t2 - t1, t1 - t0, t3 - t2
    print(f"TimeML {args.split} split: {len(docs)} docs, {s_ew['gold']} normalisable gold DATE expressions")
    print(f"{'system':<28}{'value acc':>10}{'found':>8}{'acc|found':>11}{'seconds':>9}")
    print(f"{'eventwire (parse + rules)':<28}{s_ew['value_accuracy']:>10.3f}{s_ew['found']:>8}"
          f"{s_ew['value_accuracy_found']:>11.3f}{parse_s + rules_s:>9.2f}")
    print(f"{'  eventwire rules only':<28}{'':>10}{'':>8}{'':>11}{rules_s:>9.2f}")
    print(f"{'dateparser.search_dates':<28}{s_dp['value_accuracy']:>10.3f}{s_dp['found']:>8}"
          f"{s_dp['value_accuracy_found']:>11.3f}{dp_s:>9.2f}")
    print(f"speed: eventwire (with parse) is {dp_s / (parse_s + rules_s):.2f}x dateparser's speed; "
          f"rules alone {dp_s / max(rules_s, 1e-9):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
