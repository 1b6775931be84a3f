"""A cheap learned sentence classifier for event coding: multinomial logistic regression in numpy.

Features of a Doc or Span: its spaCy document vector (``en_core_web_md`` static vectors, L2-normalised)
plus a hashed bag of lemmas (CRC32, so stable across processes) with extra features for verb lemmas and for
the lemma of the sentence root. Two heads share the features:

- ``quad``: the five-way class (0 neutral, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
  conflict), used to pick a sentence's class or to veto an unlikely rule trigger;
- ``plover``: the PLOVER event type (when the weights file has that head).

Weights live in ``data/models/eventclf.npz`` (trained by ``scripts/train_eventclf.py``; see that folder's
README for the data behind them). Rules stay the coder; this is a second opinion with probabilities.
"""
from __future__ import annotations

import functools
import json
import zlib
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

import numpy as np

WEIGHTS = "eventclf.npz"
HASH_DIM = 2 ** 12
SKIP_POS = {"PUNCT", "SPACE", "NUM", "SYM", "X"}


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % HASH_DIM


def lemma_features(tokens) -> list[str]:
    """The sparse features of a token sequence: lemmas, verb lemmas and the root's lemma."""
    feats = []
    for t in tokens:
        if t.pos_ in SKIP_POS or t.is_space:
            continue
        lemma = t.lemma_.lower()
        feats.append("L:" + lemma)
        if t.pos_ in ("VERB", "AUX"):
            feats.append("V:" + lemma)
        if t.dep_ == "ROOT":
            feats.append("R:" + lemma)
        if t.dep_ == "neg":
            feats.append("NEG")
    return feats


def featurize(doc_or_span, vector_dim: Optional[int] = None) -> np.ndarray:
    """One feature row (float32) for a Doc or Span."""
    vec = np.asarray(doc_or_span.vector, dtype=np.float32)
    if vector_dim is not None and vec.shape[0] != vector_dim:
        vec = np.zeros(vector_dim, dtype=np.float32)  # a model without vectors: lemmas only
    norm = float(np.linalg.norm(vec))
    if norm > 0:
        vec = vec / norm
    bag = np.zeros(HASH_DIM, dtype=np.float32)
    feats = lemma_features(doc_or_span)
    for f in feats:
        bag[_bucket(f)] = 1.0
    n = float(bag.sum())
    if n:
        bag /= np.sqrt(n)
    return np.concatenate([vec, bag])


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class Head:
    labels: list
    W: np.ndarray  # (features, classes)
    b: np.ndarray  # (classes,)

    def proba(self, X: np.ndarray) -> np.ndarray:
        return softmax(X @ self.W + self.b)


def train_head(X: np.ndarray, y: np.ndarray, n_classes: int, l2: float = 1e-3, epochs: int = 300,
               lr: float = 0.05, sample_weight: Optional[np.ndarray] = None, seed: int = 0) -> tuple:
    """Full-batch Adam on the weighted cross-entropy + L2; returns (W, b). Deterministic."""
    rng = np.random.default_rng(seed)
    n, d = X.shape
    W = (rng.standard_normal((d, n_classes)) * 0.01).astype(np.float32)
    b = np.zeros(n_classes, dtype=np.float32)
    Y = np.eye(n_classes, dtype=np.float32)[y]
    sw = np.ones(n, dtype=np.float32) if sample_weight is None else sample_weight.astype(np.float32)
    sw = sw / sw.sum()
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        P = softmax(X @ W + b)
        G = (P - Y) * sw[:, None]
        gW = X.T @ G + l2 * W
        gb = G.sum(axis=0)
        mW = b1 * mW + (1 - b1) * gW
        vW = b2 * vW + (1 - b2) * gW * gW
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        corr1, corr2 = 1 - b1 ** t, 1 - b2 ** t
        W -= lr * (mW / corr1) / (np.sqrt(vW / corr2) + eps)
        b -= lr * (mb / corr1) / (np.sqrt(vb / corr2) + eps)
    return W, b


@dataclass
class EventClassifier:
    vector_dim: int
    heads: dict[str, Head] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    def features(self, doc_or_span) -> np.ndarray:
        return featurize(doc_or_span, self.vector_dim)

    def predict_quad(self, doc_or_span) -> tuple[int, list[float]]:
        """(five-way class, probabilities of classes 0-4)."""
        p = self.heads["quad"].proba(self.features(doc_or_span)[None, :])[0]
        return int(self.heads["quad"].labels[int(p.argmax())]), [round(float(x), 4) for x in p]

    def predict_plover(self, doc_or_span) -> tuple[Optional[str], float]:
        """(PLOVER type, its probability); (None, 0.0) when the weights have no PLOVER head."""
        head = self.heads.get("plover")
        if head is None:
            return None, 0.0
        p = head.proba(self.features(doc_or_span)[None, :])[0]
        i = int(p.argmax())
        return str(head.labels[i]), float(p[i])

    def save(self, path) -> None:
        arrays = {"vector_dim": np.array(self.vector_dim), "meta": np.array(json.dumps(self.meta))}
        for name, h in self.heads.items():
            arrays[f"{name}_W"] = h.W.astype(np.float16)
            arrays[f"{name}_b"] = h.b.astype(np.float32)
            arrays[f"{name}_labels"] = np.array([str(x) for x in h.labels])
        np.savez_compressed(path, **arrays)

    @classmethod
    def from_file(cls, path) -> "EventClassifier":
        with np.load(path, allow_pickle=False) as z:
            heads = {}
            for key in z.files:
                if key.endswith("_W"):
                    name = key[:-2]
                    labels = [str(x) for x in z[f"{name}_labels"]]
                    if name == "quad":
                        labels = [int(x) for x in labels]
                    heads[name] = Head(labels, z[key].astype(np.float32), z[f"{name}_b"].astype(np.float32))
            return cls(vector_dim=int(z["vector_dim"]), heads=heads, meta=json.loads(str(z["meta"])))


def _weights_path():
    return resources.files("eventwire") / "data" / "models" / WEIGHTS


def available() -> bool:
    return _weights_path().is_file()


@functools.lru_cache(maxsize=1)
def load() -> EventClassifier:
    """The shipped classifier (cached). Raises FileNotFoundError if the weights were never trained."""
    with resources.as_file(_weights_path()) as path:
        return EventClassifier.from_file(path)


def predict_quad(doc_or_span) -> tuple[int, list[float]]:
    """Five-way class of a Doc or Span (e.g. a sentence) and the five probabilities."""
    return load().predict_quad(doc_or_span)


def predict_plover(doc_or_span) -> tuple[Optional[str], float]:
    """PLOVER event type of a Doc or Span and its probability ((None, 0.0) without a PLOVER head)."""
    return load().predict_plover(doc_or_span)
