"""Benchmark: eventwire's places vs a naive geoparser on the held-out GeoVirus and GeoWebNews articles.

The baseline takes spaCy's GPE/LOC entities and gives each the most populous gazetteer entry of that name
(same model, same gazetteer), so the difference is eventwire's candidates and disambiguation.
Reports recognition (found), acc@161 km of found, precision and the time ratio, in one run.

    .venv/bin/python benchmarks/bench_places.py [--split test] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import time

from eventwire import gazetteer
from eventwire.eval import geo


def baseline_predictor(model=None):
    from eventwire.pipeline import build_nlp

    gaz = gazetteer.load()

    def predict(texts):
        nlp = build_nlp(model)
        skip = [n for n in nlp.pipe_names if n.startswith("eventwire_")]
        out = []
        with nlp.select_pipes(disable=skip):
            for doc in nlp.pipe(texts, batch_size=8):
                preds = []
                for ent in doc.ents:
                    if ent.label_ not in ("GPE", "LOC"):
                        continue
                    options = gaz.lookup(ent.text)
                    if options:
                        e = max((o[0] for o in options), key=lambda e: e.weight)
                        preds.append(geo.Predicted(ent.start_char, ent.end_char, e.name, e.lat, e.lon, e.country,
                                                   "region" if e.kind == "continent" else e.kind))
                out.append(preds)
        return out

    return predict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    gazetteer.load()
    from eventwire.pipeline import build_nlp

    build_nlp()  # load once, outside the timings
    keys = ["articles", "gold", "found", "acc161", "acc_by_kind", "country_match", "precision", "seconds"]
    report = {}
    for name in ("GeoVirus", "GWN"):
        path = geo.default_path(f"{name}.xml")
        row = {}
        for system, predictor in (("baseline", baseline_predictor()), ("eventwire", geo.eventwire_predictor())):
            t0 = time.perf_counter()
            m = geo.evaluate(path, limit=args.limit, split=args.split, predictor=predictor)
            m["seconds"] = round(time.perf_counter() - t0, 2)
            row[system] = {k: m[k] for k in keys}
        row["time_ratio"] = round(row["eventwire"]["seconds"] / max(row["baseline"]["seconds"], 1e-9), 2)
        report[name] = row
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
