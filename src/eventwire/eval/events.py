"""Score eventwire's event coding on labelled sentences (read from ../shared only, never shipped).

Two datasets (``<shared>/data/events/``, see its README):

- ``quad_train.tsv``: news sentences with a five-way class (0 neutral = CAMEO 01-02, 1 verbal coop 03-05,
  2 material coop 06-08, 3 verbal conflict 09-13, 4 material conflict 14-20). Research-use text. Each sentence
  is run through the pipeline as its own article; its class is the CAMEO root class of the most confident
  event (ties: the first), and no event means class 0. Scored against a majority-class baseline, a keyword
  baseline (``data/models/quad_keywords.tsv``) and, when its weights exist, the learned classifier
  (:mod:`eventwire.eventclf`), all on the same split.
- ``plover_gsr_cameo_manual.jsonl``: the CAMEO manual's example sentences with PLOVER labels. The PLOVER type
  of the most confident event is scored against ``event_plover_current`` (no event = "NONE", a miss); the
  gold actor and recipient spans give mention-level country and sector accuracy (:func:`evaluate_actors`).

Splits are deterministic and depend only on the sentence text: ``sha1(text) mod 5 == 0`` is ``test``
(about 20%, held out for reporting), the rest is ``dev``. ``limit`` takes the first N sentences of the split
in file order.
"""
from __future__ import annotations

import collections
import functools
import hashlib
import json
import os
import time
import warnings
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from ..model import Article
from ..ontology import FIVE_WAY_NAMES, five_way_class, five_way_for_plover

QUAD_FILE = "quad_train.tsv"
GSR_FILE = "plover_gsr_cameo_manual.jsonl"
CLASSES = list(range(5))
NONE = "NONE"
EXAMPLES = 15
IN_SAMPLE = "the classifier was trained on the dev split: these are in-sample numbers"


def shared_dir() -> Path:
    root = Path(__file__).resolve().parents[3]
    return Path(os.environ.get("EVENTWIRE_SHARED", root.parent / "shared"))


def default_path(name: str = QUAD_FILE) -> Path:
    return shared_dir() / "data" / "events" / name


def split_of(text: str) -> str:
    """``test`` for about one sentence in five (by a hash of its stripped text), else ``dev``."""
    digest = hashlib.sha1(text.strip().encode("utf-8")).hexdigest()
    return "test" if int(digest, 16) % 5 == 0 else "dev"


def _check_split(split: str) -> None:
    if split not in ("dev", "test", "all"):
        raise ValueError(f"split must be 'dev', 'test' or 'all', not {split!r}")


def load_quad(path, split: str = "test", limit: Optional[int] = None) -> list[tuple[str, int]]:
    """(sentence, class) pairs of one split of a quad TSV file."""
    _check_split(split)
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        text = text.strip()
        if text and label.strip().isdigit() and (split == "all" or split_of(text) == split):
            out.append((text, int(label)))
    return out[:limit] if limit else out


def load_gsr(path, split: str = "test", limit: Optional[int] = None) -> list[dict]:
    """The GSR records of one split."""
    _check_split(split)
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if split == "all" or split_of(r["text"]) == split:
                out.append(r)
    return out[:limit] if limit else out


# ---------------------------------------------------------------- running the pipeline


def run_docs(texts: Iterable[str], model: Optional[str] = None, batch_size: int = 32):
    """Yield processed spaCy Docs (with ``doc._.ew_*`` filled), one article per text.

    Docs rather than Documents, so baselines can read lemmas and the parse of the same analysis.
    """
    from ..pipeline import build_nlp

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W036\]")  # an empty entity ruler is not our concern
        nlp = build_nlp(model)
        docs = (_prepare(nlp, t) for t in texts)
        yield from nlp.pipe(docs, batch_size=batch_size)


def _prepare(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.ew_article = Article(text=text, id=None, published=None)
    doc._.ew_warnings = []
    return doc


def top_event(events):
    """The most confident event (the first of equals), or None."""
    best = None
    for e in events or []:
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def event_class(event) -> int:
    """Five-way class of an event: from its CAMEO code, else from its PLOVER type; 0 when there is none."""
    if event is None:
        return 0
    cls = five_way_class(event.cameo) if event.cameo else None
    if cls is None:
        cls = five_way_for_plover(event.type)
    return 0 if cls is None else cls


def sentence_class(doc) -> int:
    return event_class(top_event(doc._.ew_events))


# ---------------------------------------------------------------- baselines


@functools.lru_cache(maxsize=1)
def keyword_lexicon() -> dict[str, int]:
    path = resources.files("eventwire") / "data" / "models" / "quad_keywords.tsv"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lemma, cls = line.split("\t")
            table[lemma.strip().lower()] = int(cls)
    return table


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def keyword_class(doc) -> int:
    """Keyword baseline: the class of the lexicon lemma closest to the root of its sentence (then the first)."""
    lex = keyword_lexicon()
    hits = [(t, lex[t.lemma_.lower()]) for t in doc if t.lemma_.lower() in lex]
    if not hits:
        return 0
    return min(hits, key=lambda h: (_depth(h[0]), h[0].i))[1]


def majority_class(labels: Iterable) -> object:
    counts = collections.Counter(labels)
    return min(counts, key=lambda k: (-counts[k], str(k))) if counts else 0


# ---------------------------------------------------------------- scoring


def classification_report(gold: list, pred: list, labels: list) -> dict:
    """Accuracy, per-label P/R/F1/support, macro F1 over ``labels`` and the confusion matrix (rows gold)."""
    cols = list(labels) + sorted({p for p in pred if p not in labels}, key=str)
    index = {lab: i for i, lab in enumerate(cols)}
    matrix = [[0] * len(cols) for _ in labels]
    for g, p in zip(gold, pred):
        if g in index and index[g] < len(labels):
            matrix[index[g]][index[p]] += 1
    per = {}
    for i, lab in enumerate(labels):
        tp = matrix[i][i]
        predicted = sum(row[i] for row in matrix)
        support = sum(matrix[i])
        p = tp / predicted if predicted else 0.0
        r = tp / support if support else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[str(lab)] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": support}
    scored = [lab for lab in labels if per[str(lab)]["support"] or sum(row[index[lab]] for row in matrix)]
    macro = sum(per[str(lab)]["f1"] for lab in scored) / len(scored) if scored else 0.0
    n = len(gold)
    return {
        "n": n,
        "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / n, 4) if n else 0.0,
        "macro_f1": round(macro, 4),
        "per_class": per,
        "confusion": {"labels": [str(c) for c in cols], "rows_gold_cols_pred": matrix},
    }


def _examples(texts, gold, pred, n=EXAMPLES) -> list[dict]:
    return [{"text": t, "gold": g, "pred": p} for t, g, p in zip(texts, gold, pred) if g != p][:n]


# ---------------------------------------------------------------- datasets


def evaluate(path=None, limit: Optional[int] = None, split: str = "test", model: Optional[str] = None) -> dict:
    """Score event coding on ``quad_train.tsv`` or ``plover_gsr_cameo_manual.jsonl`` (chosen by file name)."""
    path = Path(path) if path else default_path(QUAD_FILE)
    if path.suffix == ".jsonl":
        return evaluate_gsr(path, limit=limit, split=split, model=model)
    return evaluate_quad(path, limit=limit, split=split, model=model)


def evaluate_quad(path=None, limit: Optional[int] = None, split: str = "test", model: Optional[str] = None,
                  classifier: bool = True) -> dict:
    """Five-way sentence class: eventwire vs majority, keyword and (if trained) classifier baselines."""
    path = Path(path) if path else default_path(QUAD_FILE)
    items = load_quad(path, split, limit)
    texts = [t for t, _ in items]
    gold = [g for _, g in items]
    train_split = "dev" if split == "test" else split
    majority = majority_class(g for _, g in load_quad(path, train_split))

    clf = None
    if classifier:
        from .. import eventclf

        clf = eventclf.load() if eventclf.available() else None

    systems = {"eventwire": [], "keyword": [], "majority": [], "classifier": []}
    start = time.perf_counter()
    for doc in run_docs(texts, model=model):
        systems["eventwire"].append(sentence_class(doc))
        systems["keyword"].append(keyword_class(doc))
        systems["majority"].append(majority)
        if clf is not None:
            systems["classifier"].append(clf.predict_quad(doc)[0])
    seconds = time.perf_counter() - start
    if clf is None:
        del systems["classifier"]

    result = {
        "dataset": path.name, "split": split, "n": len(items),
        "class_names": {str(i): name for i, name in enumerate(FIVE_WAY_NAMES)},
        "gold_distribution": {str(c): gold.count(c) for c in CLASSES},
        "seconds": round(seconds, 2),
    }
    for name, pred in systems.items():
        result[name] = classification_report(gold, pred, CLASSES)
    result["majority"]["class"] = majority
    if "classifier" in result and split != "test":
        result["classifier"]["note"] = IN_SAMPLE
    result["macro_f1"] = result["eventwire"]["macro_f1"]
    result["accuracy"] = result["eventwire"]["accuracy"]
    result["examples"] = _examples(texts, gold, systems["eventwire"])
    return result


def _gold_type(record: dict) -> str:
    return record.get("event_plover_current") or record.get("event_plover_v05") or NONE


def evaluate_gsr(path=None, limit: Optional[int] = None, split: str = "test", model: Optional[str] = None,
                 classifier: bool = True) -> dict:
    """PLOVER type of the most confident event per sentence, vs the GSR label; plus actor checks."""
    from ..ontology import plover_types

    path = Path(path) if path else default_path(GSR_FILE)
    records = load_gsr(path, split, limit)
    gold = [_gold_type(r) for r in records]
    from .. import eventclf

    clf = eventclf.load() if classifier and eventclf.available() else None
    pred, clf_pred, docs = [], [], []
    start = time.perf_counter()
    for doc in run_docs([r["text"] for r in records], model=model):
        e = top_event(doc._.ew_events)
        pred.append(e.type if e else NONE)
        if clf is not None:
            clf_pred.append(clf.predict_plover(doc)[0] or NONE)
        docs.append(doc)
    seconds = time.perf_counter() - start
    labels = list(plover_types())
    train_split = "dev" if split == "test" else split
    majority = majority_class(_gold_type(r) for r in load_gsr(path, train_split))
    result = {
        "dataset": path.name, "split": split, "n": len(records), "seconds": round(seconds, 2),
        "eventwire": classification_report(gold, pred, labels),
        "majority": classification_report(gold, [majority] * len(gold), labels),
        "no_event": pred.count(NONE),
        "examples": _examples([r["text"] for r in records], gold, pred),
        "actors": _actor_scores(records, docs),
    }
    result["majority"]["class"] = majority
    if clf is not None and clf.heads.get("plover") is not None:
        result["classifier"] = classification_report(gold, clf_pred, labels)
        if split != "test":
            result["classifier"]["note"] = IN_SAMPLE
    result["macro_f1"] = result["eventwire"]["macro_f1"]
    result["accuracy"] = result["eventwire"]["accuracy"]
    return result


# ---------------------------------------------------------------- actors


def evaluate_actors(path=None, split: str = "test", limit: Optional[int] = None, model: Optional[str] = None) -> dict:
    """Mention-level country and sector accuracy of eventwire's actors at the GSR's gold actor spans
    (matching rules: :mod:`eventwire.eval.actors`)."""
    path = Path(path) if path else default_path(GSR_FILE)
    records = load_gsr(path, split, limit)
    docs = list(run_docs([r["text"] for r in records], model=model))
    return _actor_scores(records, docs)


def _actor_scores(records: list[dict], docs: list) -> dict:
    from .actors import PLOVER_TO_CAMEO_SECTOR, score_mentions

    def mentions(r):
        for role in ("actor", "recipient"):
            for g in r.get(role) or []:
                start = r["text"].find(g["text"]) if g.get("text") else -1
                yield {"start": start if start >= 0 else None, "end": start + len(g["text"]) if start >= 0 else None,
                       "text": g.get("text", ""), "country": g.get("code", ""), "sector": g.get("sector", ""),
                       "role": role}

    return score_mentions(((doc, list(mentions(r))) for r, doc in zip(records, docs)), PLOVER_TO_CAMEO_SECTOR)
