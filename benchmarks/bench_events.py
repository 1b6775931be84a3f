"""Five-way sentence class on the quad_train TEST split: majority vs keyword vs classifier vs eventwire rules.

Prints macro F1, accuracy and sentences/second for each, from one parse of each sentence (the spaCy parse
is timed once and shared; each system's own time is added to it). Reads ../shared (or $EVENTWIRE_SHARED).

    .venv/bin/python benchmarks/bench_events.py [--split test] [--limit N] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import warnings

from eventwire.eval import events as ev


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    path = ev.default_path(ev.QUAD_FILE)
    if not path.exists():
        print(f"skipped: {path} not found (set EVENTWIRE_SHARED)")
        return 0
    warnings.filterwarnings("ignore", message=r".*\[W036\]")

    from eventwire import eventclf
    from eventwire.pipeline import build_nlp

    items = ev.load_quad(path, args.split, args.limit)
    texts, gold = [t for t, _ in items], [g for _, g in items]
    majority = ev.majority_class(g for _, g in ev.load_quad(path, "dev"))
    build_nlp()
    clf = eventclf.load() if eventclf.available() else None

    # spaCy alone (what the baselines need) vs the whole pipeline (what the rules need)
    nlp = build_nlp()
    ours = [p for p in nlp.pipe_names if p.startswith("eventwire")]
    list(ev.run_docs(texts[:20]))  # warm up, so neither timing pays for first-call costs
    t0 = time.perf_counter()
    plain = list(nlp.pipe(texts, batch_size=32, disable=ours))
    spacy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    full = list(ev.run_docs(texts))
    pipeline_s = time.perf_counter() - t0

    systems = {}

    def timed(name, fn, docs, base_s):
        t = time.perf_counter()
        pred = [fn(d) for d in docs]
        systems[name] = (pred, base_s + time.perf_counter() - t)

    timed("majority", lambda d: majority, texts, 0.0)  # no parse needed: no speed to report
    timed("keyword", ev.keyword_class, plain, spacy_s)
    if clf is not None:
        timed("classifier", lambda d: clf.predict_quad(d)[0], plain, spacy_s)
    timed("eventwire", ev.sentence_class, full, pipeline_s)

    rows = {}
    for name, (pred, secs) in systems.items():
        rep = ev.classification_report(gold, pred, ev.CLASSES)
        rows[name] = {"macro_f1": rep["macro_f1"], "accuracy": rep["accuracy"],
                      "sentences_per_s": round(len(texts) / secs, 1) if secs > 1e-3 else None}
    if args.json:
        print(json.dumps({"split": args.split, "n": len(texts), "systems": rows}, indent=1))
    else:
        print(f"quad_train {args.split} split, {len(texts)} sentences")
        print(f"{'system':<12}{'macro F1':>10}{'accuracy':>10}{'sent/s':>10}")
        for name, r in rows.items():
            sps = "-" if r["sentences_per_s"] is None else f"{r['sentences_per_s']:.0f}"
            print(f"{name:<12}{r['macro_f1']:>10.3f}{r['accuracy']:>10.3f}{sps:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
