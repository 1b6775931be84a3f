"""Score eventwire's times against TimeBank + AQUAINT (TBAQ-cleaned TimeML; research-use data, read from ../shared only).

Data: ``<shared>/data/times/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml``. The text is what lies inside ``<TEXT>``
with the tags removed (entities unescaped); the document creation time (DCT, its date part) is the
publication date.

Splits (deterministic): all ``.tml`` files sorted by their path relative to TBAQ-cleaned
("AQUAINT/APW...", "TimeBank/ABC..."); ``test`` = every 5th (index % 5 == 4), held out for reporting;
``dev`` = the rest (the only part rules were tuned on); ``all`` = both. ``limit`` takes the first N docs.

Gold: TIMEX3 of type DATE (the DCT itself excluded). Values are *normalisable* when they are a calendar
value eventwire can produce: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (a time suffix such as ``TNI`` is
dropped), ``YYYY-Www`` (``-WE`` kept), ``YYYY-Qn``, ``YYYY-SP|SU|FA|WI``, ``YYY`` (decade). Others —
``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``, anything with ``X`` ("1998-WXX"), durations typed DATE —
are *not normalisable*: they are left out of the headline and only counted (with how many were found).

Matching: a gold expression is *found* when a predicted time overlaps its span (TimeML spans leave out
prepositions, eventwire keeps them: "on Monday" overlaps "Monday"). Its value is right when the
predicted value equals gold after normalising week numbers ("2000-W7" == "2000-W07").
Metrics: ``value_accuracy`` (headline) = right value / normalisable gold; ``value_accuracy_found`` =
right value / found normalisable gold; ``recall`` = found / normalisable gold; all three also by gold
granularity (day, month, year, week, other); ``precision`` = predicted times overlapping any gold TIMEX3
(of any type) / predicted times.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

NORMALISABLE = re.compile(r"^(\d{4}(-(\d\d(-\d\d)?|W\d\d?(-WE)?|Q[1-4]|SP|SU|FA|WI))?|\d{3})$")
TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def default_path() -> Path:
    root = Path(__file__).resolve().parents[3]
    shared = Path(os.environ.get("EVENTWIRE_SHARED", root.parent / "shared"))
    return shared / "data" / "times" / "TBAQ-cleaned"


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: Optional[str]
    timexes: list[Timex] = field(default_factory=list)


def parse(path: Path, name: str = "") -> TimeMLDoc:
    """The plain text inside <TEXT>, its TIMEX3s with offsets into it, and the DCT date."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if m:
        value = dict(ATTR.findall(m.group(1))).get("value", "")
        dct = value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else None
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out, pos, length, open_timex = [], 0, 0, None
    timexes = []
    for t in TAG.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, tag, attrs = t.group(1), t.group(2), t.group(3)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(attrs)))
        elif open_timex is not None:
            start, a = open_timex
            timexes.append(Timex(start, length, "", a.get("type", ""), a.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    return TimeMLDoc(name=name or path.name, text=text, dct=dct, timexes=timexes)


def split_files(path: Path, split: str = "test") -> list[Path]:
    files = sorted(path.glob("*/*.tml"), key=lambda p: p.relative_to(path).as_posix())
    if split == "all":
        return files
    if split == "test":
        return [f for i, f in enumerate(files) if i % 5 == 4]
    if split == "dev":
        return [f for i, f in enumerate(files) if i % 5 != 4]
    raise ValueError(f"unknown split {split!r} (test, dev, all)")


def normalise_value(value: Optional[str]) -> Optional[str]:
    """Gold and predicted values in one form: date part of date-times, two-digit ISO weeks."""
    if not value:
        return value
    m = re.match(r"^(\d{4}-\d\d-\d\d)T", value)
    if m:
        return m.group(1)
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)


def granularity_of(value: str) -> str:
    if re.match(r"^\d{4}-\d\d-\d\d$", value):
        return "day"
    if re.match(r"^\d{4}-\d\d$", value):
        return "month"
    if re.match(r"^\d{4}$", value):
        return "year"
    if "-W" in value:
        return "week"
    return "other"


def times_for(nlp, tdoc: TimeMLDoc):
    """Run the spaCy pipes and eventwire's times component only (the other components are not needed)."""
    from ..components.times import find_times
    from ..model import Article

    doc = nlp.make_doc(tdoc.text)
    doc._.ew_article = Article(text=tdoc.text, id=tdoc.name, published=tdoc.dct)
    doc._.ew_warnings = []
    for name, proc in nlp.pipeline:
        if not name.startswith("eventwire_"):
            doc = proc(doc)
    return find_times(doc)


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate(path=None, limit=None, split="test", model=None) -> dict:
    """Score DATE normalisation on a TimeML split; returns JSON-serialisable metrics."""
    from ..pipeline import build_nlp

    path = Path(path) if path else default_path()
    if not path.exists():
        raise FileNotFoundError(f"TimeML data not found at {path} (set EVENTWIRE_SHARED)")
    files = split_files(path, split)[: limit or None]
    nlp = build_nlp(model)
    buckets = ("day", "month", "year", "week", "other")
    gold_n = {b: 0 for b in buckets}
    found_n = {b: 0 for b in buckets}
    right_n = {b: 0 for b in buckets}
    other_gold = other_found = 0
    n_pred = n_pred_hit = 0
    misses, wrong = [], []
    for f in files:
        tdoc = parse(f, f.relative_to(path).as_posix())
        preds = times_for(nlp, tdoc)
        n_pred += len(preds)
        n_pred_hit += sum(any(_overlaps(p.start, p.end, g.start, g.end) for g in tdoc.timexes) for p in preds)
        for g in tdoc.timexes:
            if g.type != "DATE":
                continue
            over = [p for p in preds if _overlaps(p.start, p.end, g.start, g.end)]
            gv = normalise_value(g.value)
            if not NORMALISABLE.match(gv or ""):
                other_gold += 1
                other_found += bool(over)
                continue
            b = granularity_of(gv)
            gold_n[b] += 1
            if not over:
                if len(misses) < 25:
                    misses.append({"doc": tdoc.name, "text": g.text, "gold": g.value, "dct": tdoc.dct})
                continue
            found_n[b] += 1
            if any(normalise_value(p.value) == gv for p in over):
                right_n[b] += 1
            elif len(wrong) < 25:
                wrong.append({"doc": tdoc.name, "text": g.text, "gold": g.value, "dct": tdoc.dct,
                              "predicted": [f"{p.text}={p.value}" for p in over]})
    G, F, R = sum(gold_n.values()), sum(found_n.values()), sum(right_n.values())

    def ratio(a, b):
        return round(a / b, 4) if b else None

    return {
        "dataset": "TBAQ-cleaned (TimeBank 1.2 + AQUAINT)",
        "split": split,
        "docs": len(files),
        "gold_date": G,
        "found": F,
        "value_right": R,
        "value_accuracy": ratio(R, G),
        "value_accuracy_found": ratio(R, F),
        "recall": ratio(F, G),
        "precision": ratio(n_pred_hit, n_pred),
        "predicted": n_pred,
        "by_granularity": {b: {"gold": gold_n[b], "recall": ratio(found_n[b], gold_n[b]),
                               "value_accuracy": ratio(right_n[b], gold_n[b]),
                               "value_accuracy_found": ratio(right_n[b], found_n[b])} for b in buckets},
        "not_normalisable": {"gold": other_gold, "found": other_found},
        "misses": misses,
        "wrong_value": wrong,
    }


def main(argv=None):  # pragma: no cover - convenience for `python -m eventwire.eval.timeml`
    import argparse
    import json

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--path")
    args = ap.parse_args(argv)
    print(json.dumps(evaluate(args.path, args.limit, args.split), indent=1))


if __name__ == "__main__":  # pragma: no cover
    main()
