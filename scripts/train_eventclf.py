"""Train eventwire's sentence classifier (``src/eventwire/data/models/eventclf.npz``).

Data (read from ../shared, or $EVENTWIRE_SHARED; never copied into the repo):
- quad head: the DEV split of ``data/events/quad_train.tsv`` (the test split, sha1 mod 5 == 0, is never
  read here), plus optionally the first sentence of each synthetic NGEC story
  (``ngec_synthetic_events.csv``) with its PLOVER label mapped to the five-way class, down-weighted;
- plover head: the first sentence of each synthetic story plus the DEV split of the PLOVER GSR sentences.

    .venv/bin/python scripts/train_eventclf.py            # train with the chosen settings and save
    .venv/bin/python scripts/train_eventclf.py --cv       # 4-fold cross-validation on quad dev first
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from eventwire import eventclf
from eventwire.eval import events as ev
from eventwire.ontology import five_way_for_plover, plover_types

OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "models" / eventclf.WEIGHTS
KEEP_PIPES = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}


def _nlp():
    from eventwire.pipeline import build_nlp

    return build_nlp()


def featurize_texts(texts: list[str], first_sentence: bool = False) -> np.ndarray:
    """Feature rows for texts (or their first sentence), with only the spaCy parts the features need."""
    nlp = _nlp()
    disable = [p for p in nlp.pipe_names if p not in KEEP_PIPES]
    rows = []
    for doc in nlp.pipe(texts, batch_size=64, disable=disable):
        span = next(iter(doc.sents), doc[:]) if first_sentence else doc
        rows.append(eventclf.featurize(span, doc.vocab.vectors_length))
    return np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)


def load_synthetic(shared: Path) -> list[tuple[str, str]]:
    """(opening paragraph, PLOVER label) of each synthetic story."""
    out = []
    with open(shared / "data" / "events" / "ngec_synthetic_events.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            text = r["text"].strip().split("\n\n")[0][:600]
            if text and r["label"] in plover_types():
                out.append((text, r["label"]))
    return out


def fold_of(text: str, k: int) -> int:
    """Cross-validation fold inside the dev split (a different hash from the dev/test split)."""
    return int(hashlib.sha1(("fold:" + text.strip()).encode("utf-8")).hexdigest(), 16) % k


def macro_f1(gold, pred, labels) -> float:
    return ev.classification_report(list(gold), list(pred), list(labels))["macro_f1"]


def fit(X, y, n_classes, l2, epochs, weights=None):
    return eventclf.train_head(X, y, n_classes, l2=l2, epochs=epochs, sample_weight=weights)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ev.shared_dir())
    ap.add_argument("--cv", action="store_true", help="4-fold cross-validation grid on quad dev, then train")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--synthetic-weight", type=float, default=0.0,
                    help="weight of a synthetic story relative to a real sentence in the quad head (0 = off)")
    ap.add_argument("--epochs", type=int, default=200)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    events_dir = args.shared / "data" / "events"
    t0 = time.perf_counter()
    quad = ev.load_quad(events_dir / ev.QUAD_FILE, "dev")
    synth = load_synthetic(args.shared)
    gsr = ev.load_gsr(events_dir / ev.GSR_FILE, "dev")
    Xq = featurize_texts([t for t, _ in quad])
    yq = np.array([c for _, c in quad])
    Xs = featurize_texts([t for t, _ in synth], first_sentence=True)
    ys_quad = np.array([five_way_for_plover(lab) for _, lab in synth])
    Xg = featurize_texts([r["text"] for r in gsr])
    print(f"features: quad dev {Xq.shape}, synthetic {Xs.shape}, gsr dev {Xg.shape} "
          f"({time.perf_counter() - t0:.0f}s)", file=sys.stderr)

    cv = {}
    if args.cv:
        k = 4
        folds = np.array([fold_of(t, k) for t, _ in quad])
        for l2 in (1e-4, 1e-3, 1e-2):
            for sw in (0.0, 0.3, 1.0):
                preds = np.zeros_like(yq)
                for f in range(k):
                    tr, te = folds != f, folds == f
                    X, y, w = Xq[tr], yq[tr], np.ones(tr.sum())
                    if sw > 0:
                        X, y = np.vstack([X, Xs]), np.concatenate([y, ys_quad])
                        w = np.concatenate([w, np.full(len(Xs), sw)])
                    W, b = fit(X, y, 5, l2, args.epochs, w)
                    preds[te] = (Xq[te] @ W + b).argmax(axis=1)
                score = macro_f1(yq, preds, range(5))
                cv[f"l2={l2:g},synthetic_weight={sw:g}"] = score
                print(f"cv l2={l2:g} synthetic_weight={sw:g}: macro F1 {score:.4f}", file=sys.stderr)

    # quad head
    X, y, w = Xq, yq, np.ones(len(Xq))
    if args.synthetic_weight > 0:
        X, y = np.vstack([X, Xs]), np.concatenate([y, ys_quad])
        w = np.concatenate([w, np.full(len(Xs), args.synthetic_weight)])
    Wq, bq = fit(X, y, 5, args.l2, args.epochs, w)

    # plover head: synthetic first sentences + GSR dev sentences (weighted up: real, in-domain wording)
    labels = list(plover_types())
    index = {lab: i for i, lab in enumerate(labels)}
    gsr_y = [index[ev._gold_type(r)] for r in gsr]
    Xp = np.vstack([Xs, Xg])
    yp = np.concatenate([[index[lab] for _, lab in synth], gsr_y])
    wp = np.concatenate([np.ones(len(Xs)), np.full(len(Xg), 3.0)])
    Wp, bp = fit(Xp, yp, len(labels), args.l2, args.epochs, wp)

    clf = eventclf.EventClassifier(
        vector_dim=Xq.shape[1] - eventclf.HASH_DIM,
        heads={"quad": eventclf.Head(list(range(5)), Wq, bq), "plover": eventclf.Head(labels, Wp, bp)},
        meta={"trained_on": {"quad": f"quad_train.tsv dev split ({len(quad)} sentences)"
                                     + (f" + {len(synth)} synthetic NGEC stories (first sentence, weight "
                                        f"{args.synthetic_weight:g})" if args.synthetic_weight > 0 else ""),
                             "plover": f"{len(synth)} synthetic NGEC stories (first sentence) + "
                                       f"plover_gsr_cameo_manual.jsonl dev split ({len(gsr)} sentences, weight 3)"},
              "l2": args.l2, "epochs": args.epochs, "hash_dim": eventclf.HASH_DIM, "cv_macro_f1": cv},
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    clf.save(args.out)
    print(json.dumps({"saved": str(args.out), "bytes": args.out.stat().st_size, "cv": cv,
                      "seconds": round(time.perf_counter() - t0, 1)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
