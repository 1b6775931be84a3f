"""Why the store inserts Arrow tables: batch Arrow insert vs row-by-row executemany, measured in one run.

Usage: .venv/bin/python benchmarks/bench_store.py [--rows N] [--write-batches K]
Synthetic event rows (the real ``events`` columns) go into two fresh DuckDB files in a temporary folder.
executemany gets fewer rows (it is slow); the ratio compares rows per second. Then the real writer
(``Store.write_batch``: whole articles, clusters, one transaction each) is timed on synthetic Documents.
The machine is noisy: only the ratios measured here, in the same process and run, mean anything.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

import duckdb

from eventwire.migrations import migrate
from eventwire.store import COLUMNS, Store, arrow_table


def synthetic_events(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    types = ["CONSULT", "ACCUSE", "ASSAULT", "AGREE", "PROTEST", "REQUEST"]
    codes = ["USA", "RUS", "UKR", "CHN", "IRN", "ISR", "KEN", "SOM"]
    rows = []
    for i in range(n):
        rows.append({name: None for name in COLUMNS["events"]} | dict(
            article_id=f"{i // 8:016x}", event_id=f"E{i % 8 + 1}", type=rnd.choice(types), cameo="040",
            quad_class=rnd.randint(1, 4), goldstein=rnd.uniform(-10, 10), confidence=rnd.random(),
            source_actor="A1", target_actor="A2", source_name="Source " + rnd.choice(codes),
            source_code=rnd.choice(codes), target_name="Target", target_code=rnd.choice(codes), date="2025-05-19",
            day=dt.date(2025, 5, 19), negated=False, hypothetical=False, trigger_start=i % 500,
            trigger_end=i % 500 + 6, trigger_text="talked", sentence_start=0, sentence_end=200,
            cluster_id=f"{rnd.getrandbits(64):016x}"))
    return rows


def fresh(path: Path):
    con = duckdb.connect(str(path))
    migrate(con)
    return con


def time_arrow(con, rows) -> float:
    table = arrow_table(rows, COLUMNS["events"])
    cols = ", ".join(f'"{c}"' for c in COLUMNS["events"])
    t = time.perf_counter()
    con.register("batch", table)
    con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM batch")
    con.unregister("batch")
    return time.perf_counter() - t


def time_executemany(con, rows) -> float:
    cols = list(COLUMNS["events"])
    sql = f"INSERT INTO events ({', '.join(chr(34) + c + chr(34) for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
    t = time.perf_counter()
    con.executemany(sql, [[r[c] for c in cols] for r in rows])
    return time.perf_counter() - t


def time_write_batch(path: Path, batches: int, per_batch: int) -> tuple[float, int]:
    from eventwire.model import Actor, Article, Document, Event, Mention

    store = Store(str(path))
    store.start_run("bench", [], "bench", "bench")
    n = 0
    t = time.perf_counter()
    for b in range(batches):
        items = []
        for k in range(per_batch):
            text = f"Article {b}-{k}: Kenya met Somalia in Nairobi on Tuesday."
            art = Article(text=text, id=f"{b:08x}{k:08x}", published="2025-05-19", source=f"s{k % 3}")
            actors = [Actor("A1", "Kenya", "country", "KEN", code="KEN", mentions=[Mention(0, 5, "Kenya")]),
                      Actor("A2", "Somalia", "country", "SOM", code="SOM", mentions=[Mention(0, 7, "Somalia")])]
            events = [Event(f"E{j}", "CONSULT", "040", Mention(0, 3, "met"), {"start": 0, "end": len(text)},
                            source="A1", target="A2", date=f"2025-05-{10 + j:02d}") for j in range(5)]
            items.append((Document(article=art, actors=actors, events=events), {"model": "bench"}))
            n += 1
        store.write_batch(items, "bench")
    elapsed = time.perf_counter() - t
    store.close()
    return elapsed, n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300, help="rows for executemany (Arrow gets 10x as many)")
    ap.add_argument("--write-batches", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        many_rows = synthetic_events(args.rows)
        arrow_rows = synthetic_events(args.rows * 10, seed=8)
        t_many = time_executemany(fresh(tmp / "many.duckdb"), many_rows)
        t_arrow = time_arrow(fresh(tmp / "arrow.duckdb"), arrow_rows)
        many_rps, arrow_rps = len(many_rows) / t_many, len(arrow_rows) / t_arrow
        t_write, n_articles = time_write_batch(tmp / "store.duckdb", args.write_batches, 16)
    report = {
        "executemany_rows": len(many_rows), "executemany_s": round(t_many, 3), "executemany_rows_per_s": round(many_rps),
        "arrow_rows": len(arrow_rows), "arrow_s": round(t_arrow, 3), "arrow_rows_per_s": round(arrow_rps),
        "arrow_vs_executemany": round(arrow_rps / many_rps, 1),
        "write_batch_articles": n_articles, "write_batch_s": round(t_write, 3),
        "write_batch_articles_per_s": round(n_articles / t_write, 1),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
