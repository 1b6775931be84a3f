"""eventwire quotes vs textacy's direct_quotations on the held-out PolNeAR articles, same parse, same scoring.

Usage: .venv/bin/python benchmarks/bench_quotes.py [--limit N] [--split test|dev] [--model NAME]
Both read the same spaCy Doc (eventwire's pipeline), so only the quote rules differ. Scoring is
``eventwire.eval.polnear`` (see its docstring); textacy finds direct quotes only and has no actor links,
so its speaker is judged by its speaker tokens overlapping the gold Source. PolNeAR is read from
../shared (override with EVENTWIRE_SHARED); the benchmark exits cleanly when it or textacy is missing.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

HEADLINE = ("recall_direct_mixed", "recall_direct", "recall_mixed", "recall_indirect", "precision",
            "recall_span_direct_mixed", "recall_span_indirect", "predicted")


def textacy_quotes(doc) -> list[dict]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on an odd number of quote marks
        return None
    for k, (speaker, cue, content) in enumerate(triples, 1):
        m = None
        if speaker:
            s, e = min(t.idx for t in speaker), max(t.idx + len(t) for t in speaker)
            m = {"start": s, "end": e, "text": doc.text[s:e]}
        out.append({"id": f"Q{k}", "kind": "direct", "text": content.text, "start": content.start_char,
                    "end": content.end_char, "speaker": None, "speaker_mention": m,
                    "cue": " ".join(t.text for t in cue)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--split", default="test")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    from eventwire.eval import polnear

    path = polnear.default_path()
    if not (path / "train").exists():
        print(f"PolNeAR not found at {path}; skipping (set EVENTWIRE_SHARED)")
        return 0
    try:
        import textacy  # noqa: F401
        have_textacy = True
    except ImportError:
        have_textacy = False
        print("textacy not installed: comparing nothing, eventwire only")

    from eventwire.components.quotes import find_quotes
    from eventwire.model import Article
    from eventwire.pipeline import _prepare, build_nlp, doc_to_document

    items = polnear.load(path, args.split, args.limit)
    nlp = build_nlp(args.model)
    ours, theirs = [], []
    t_pipe = t_ours = t_theirs = 0.0
    bailed = 0
    t0 = time.perf_counter()
    docs = (_prepare(nlp, Article(text=it.text, id=it.name, published=it.published)) for it in items)
    for it, doc in zip(items, nlp.pipe(docs, batch_size=8)):
        d = doc_to_document(doc).to_dict()
        actors = {a["id"]: a for a in d["actors"]}
        ours.append((it, polnear.score_article(it, d["quotes"], actors), d["quotes"], actors))
        t = time.perf_counter()
        find_quotes(doc)  # timed again on its own (idempotent: existing actors are reused)
        t_ours += time.perf_counter() - t
        if have_textacy:
            t = time.perf_counter()
            tq = textacy_quotes(doc)
            t_theirs += time.perf_counter() - t
            if tq is None:
                bailed += 1
                tq = []
            theirs.append((it, polnear.score_article(it, tq, {}), tq, {}))
    t_pipe = time.perf_counter() - t0

    report = {"split": args.split, "articles": len(items), "pipeline_seconds": round(t_pipe, 1),
              "eventwire": {k: polnear.summarise(ours)[k] for k in HEADLINE}}
    report["eventwire"]["quote_rules_seconds"] = round(t_ours, 2)
    if have_textacy:
        report["textacy_0.13_direct_quotations"] = {k: polnear.summarise(theirs)[k] for k in HEADLINE}
        report["textacy_0.13_direct_quotations"]["quote_rules_seconds"] = round(t_theirs, 2)
        report["textacy_0.13_direct_quotations"]["articles_bailed_out"] = bailed
    else:
        report["textacy_0.13_direct_quotations"] = "textacy not installed"
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
