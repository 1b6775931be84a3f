"""Scoring against gold article codings (format and matching rules: docs/evaluation.md).

Each gold item matches at most one prediction and the other way round; precision = matched
predictions / predictions, recall = matched gold / gold.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Callable, Optional

from .model import Article, Document

PARTS = ("events", "quotes", "times", "places", "actors")
IGO_EQUIVALENT = {"UNO", "EUR", "IGO"}
QUOTE_MARKS = re.compile(r"[\"“”‘’'«»]")


def _as_list(v):
    return v if isinstance(v, list) else [v]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", QUOTE_MARKS.sub("", text or "")).strip().lower()


def _country_ok(pred: Optional[str], gold) -> bool:
    golds = _as_list(gold)
    if pred in golds:
        return True
    return "IGO" in golds and pred in IGO_EQUIVALENT


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _greedy(gold: list, pred: list, ok: Callable) -> list[tuple[int, int]]:
    """Match each gold item to one unused prediction (gold order; exact-type candidates first)."""
    used, pairs = set(), []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and ok(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _prf(matched_gold: int, n_gold: int, matched_pred: int, n_pred: int) -> dict:
    p = matched_pred / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = matched_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold, "predicted": n_pred,
            "matched": matched_gold}


def score_document(doc: Document, gold: dict) -> dict:
    actors = {a.id: a for a in doc.actors}
    country = lambda aid: actors[aid].country if aid in actors else None  # noqa: E731
    out = {}

    # events: type, source country, target country (null gold target matches any)
    def ev_ok(g, e):
        if e.type not in _as_list(g["type"]):
            return False
        if not _country_ok(country(e.source), g["source"]):
            return False
        return g.get("target") is None or _country_ok(country(e.target), g["target"])

    gold_ev = gold.get("events", [])
    # gold with a concrete target first, so a null-target gold item does not take its prediction
    order = sorted(range(len(gold_ev)), key=lambda i: gold_ev[i].get("target") is None)
    pairs = _greedy([gold_ev[i] for i in order], doc.events, ev_ok)
    s = _prf(len(pairs), len(gold_ev), len(pairs), len(doc.events))
    dated = [(gold_ev[order[gi]], doc.events[pi]) for gi, pi in pairs if gold_ev[order[gi]].get("date")]
    s["date_accuracy"] = round(sum(g["date"] == e.date for g, e in dated) / len(dated), 4) if dated else None
    s["misses"] = [gold_ev[order[i]].get("note", "") for i in range(len(gold_ev)) if i not in {g for g, _ in pairs}]
    out["events"] = s

    # quotes: contains + speaker (span found with wrong speaker reported separately)
    def speaker_text(q):
        names = []
        if q.speaker in actors:
            names.append(actors[q.speaker].name)
        if q.speaker_mention:
            names.append(q.speaker_mention["text"] if isinstance(q.speaker_mention, dict) else q.speaker_mention.text)
        return " | ".join(names).lower()

    gold_q = gold.get("quotes", [])
    span_ok = lambda g, q: _norm(g["contains"]) in _norm(q.text)  # noqa: E731
    pairs = _greedy(gold_q, doc.quotes, lambda g, q: span_ok(g, q) and g["speaker"].lower() in speaker_text(q))
    span_pairs = _greedy(gold_q, doc.quotes, span_ok)
    s = _prf(len(pairs), len(gold_q), len(pairs), len(doc.quotes))
    s["span_found_speaker_wrong"] = len(span_pairs) - len(pairs) if len(span_pairs) > len(pairs) else 0
    s["misses"] = [g["contains"] for i, g in enumerate(gold_q) if i not in {a for a, _ in pairs}]
    out["quotes"] = s

    # times: text equal (or predicted inside gold text) and same value
    def t_ok(g, t):
        gt, pt = g["text"].lower(), t.text.lower()
        return (gt == pt or pt in gt or gt in pt) and g["value"] == t.value

    gold_t = gold.get("times", [])
    # gold lists dated expressions; durations ("for weeks", value null) are reported, not scored
    dated = [t for t in doc.times if not (t.granularity == "duration" and t.value is None)]
    pairs = _greedy(gold_t, dated, t_ok)
    s = _prf(len(pairs), len(gold_t), len(pairs), len(dated))
    s["misses"] = [f'{g["text"]}={g["value"]}' for i, g in enumerate(gold_t) if i not in {a for a, _ in pairs}]
    out["times"] = s

    # places: name (or a mention's text) and distance
    def p_ok(g, p):
        names = {p.name.lower()} | {m.text.lower() for m in p.mentions}
        if g["name"].lower() not in names and not any(g["name"].lower() in n for n in names):
            return False
        if p.lat is None or p.lon is None:
            return False
        limit = 50.0 if g.get("kind", "city") == "city" else 500.0
        return haversine_km(g["lat"], g["lon"], p.lat, p.lon) <= limit

    gold_p = gold.get("places", [])
    pairs = _greedy(gold_p, doc.places, p_ok)
    s = _prf(len(pairs), len(gold_p), len(pairs), len(doc.places))
    s["misses"] = [g["name"] for i, g in enumerate(gold_p) if i not in {a for a, _ in pairs}]
    out["places"] = s

    # actors: name contains the gold name's last word, same country and sector
    def a_ok(g, a):
        last = g["name"].split()[-1].lower()
        return last in a.name.lower() and _country_ok(a.country, g["country"]) and (a.sector or None) == g.get("sector")

    gold_a = gold.get("actors", [])
    pairs = _greedy(gold_a, doc.actors, a_ok)
    s = _prf(len(pairs), len(gold_a), len(pairs), len(doc.actors))
    s["misses"] = [g["name"] for i, g in enumerate(gold_a) if i not in {a for a, _ in pairs}]
    out["actors"] = s
    return out


def load_gold(path: str) -> tuple[dict, Article]:
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    text_path = p.parent / gold["text_file"]
    from .ingest import read_article

    article = read_article(str(text_path), published=gold.get("published"))
    return gold, article


def evaluate_gold_files(paths, model: Optional[str] = None) -> dict:
    """Micro-averaged scores over several gold files, plus each file's own."""
    from .pipeline import process

    loaded = [load_gold(p) for p in paths]
    docs = list(process([a for _, a in loaded], model=model))
    per_file = {}
    totals = {part: {"gold": 0, "predicted": 0, "matched": 0, "matched_pred": 0} for part in PARTS}
    for path, (gold, _), doc in zip(paths, loaded, docs):
        scores = score_document(doc, gold)
        per_file[str(path)] = scores
        for part in PARTS:
            t = totals[part]
            t["gold"] += scores[part]["gold"]
            t["predicted"] += scores[part]["predicted"]
            t["matched"] += scores[part]["matched"]
    parts = {part: _prf(t["matched"], t["gold"], t["matched"], t["predicted"]) for part, t in totals.items()}
    if len(paths) == 1:
        parts = per_file[str(paths[0])]
    return {"parts": parts, "files": per_file}


def print_scores(scores: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title="eventwire evaluate", title_justify="left")
    for col in ("part", "precision", "recall", "F1", "gold", "predicted"):
        t.add_column(col, justify="right" if col != "part" else "left")
    for part, s in scores["parts"].items():
        t.add_row(part, f'{s["precision"]:.3f}', f'{s["recall"]:.3f}', f'{s["f1"]:.3f}', str(s["gold"]),
                  str(s["predicted"]))
    console = Console()
    console.print(t)
    for part, s in scores["parts"].items():
        if s.get("date_accuracy") is not None:
            console.print(f"{part}: date accuracy over matched events {s['date_accuracy']:.3f}")
        if s.get("misses"):
            console.print(f"[dim]{part} missed: {'; '.join(map(str, s['misses']))}[/]")
