"""eventwire vs bare spaCy on the same texts, measured in one run: time and memory ratios.

Usage: .venv/bin/python benchmarks/bench_pipeline.py [--limit N] [--model NAME]
The machine is noisy: only the ratios measured here, in the same process and run, mean anything.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts(limit: int) -> list[str]:
    sample = ROOT / "corpus" / "sample.jsonl"
    if sample.exists():
        rows = [json.loads(line) for line in sample.read_text().splitlines() if line.strip()]
        return [r["text"] for r in rows if r.get("text")][:limit]
    return [(ROOT / "examples" / "trump-putin-call.txt").read_text()] * min(limit, 5)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    from eventwire.model import Article
    from eventwire.nlp import load_spacy
    from eventwire.pipeline import build_nlp, process

    docs = texts(args.limit)
    words = sum(len(t.split()) for t in docs)
    bare = load_spacy.__wrapped__(args.model)  # an independent copy without eventwire's components
    m0 = rss_mb()
    list(bare.pipe(docs[:2]))  # warm-up
    t0 = time.perf_counter()
    for _ in bare.pipe(docs, batch_size=16):
        pass
    t_bare = time.perf_counter() - t0
    m1 = rss_mb()

    build_nlp(args.model)
    list(process([Article(text=t) for t in docs[:2]], model=args.model))
    t0 = time.perf_counter()
    n_events = sum(len(d.events) for d in process([Article(text=t, published="2025-01-01") for t in docs],
                                                  model=args.model))
    t_ew = time.perf_counter() - t0
    m2 = rss_mb()

    print(f"texts: {len(docs)}  words: {words}  events found: {n_events}")
    print(f"bare spaCy : {t_bare:7.2f} s  {words / t_bare:8.0f} words/s")
    print(f"eventwire  : {t_ew:7.2f} s  {words / t_ew:8.0f} words/s")
    print(f"time ratio eventwire / bare spaCy: {t_ew / t_bare:.2f}x")
    print(f"peak RSS: after bare spaCy {m1:.0f} MB (start {m0:.0f} MB); after eventwire {m2:.0f} MB; "
          f"added by eventwire {m2 - m1:.0f} MB")


if __name__ == "__main__":
    main()
