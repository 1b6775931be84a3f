"""Score eventwire's actors at gold actor mentions: the same mention-level scorer for two kinds of gold.

- The PLOVER gold-standard sentences (``../shared/data/events/plover_gsr_cameo_manual.jsonl``): each
  sentence's ``actor`` and ``recipient`` spans (first occurrence of their text) with a CAMEO/PLOVER country
  code and sector; loaded and split by :mod:`eventwire.eval.events` (``sha1(text) mod 5 == 0`` is ``test``).
- Article-level mention files such as ``tests/data/voa_actors/voa_actors.jsonl``: one JSON object per
  article with ``id``, ``published``, ``text`` and ``mentions`` (``start``, ``end``, ``text``, ``country``,
  ``sector``; offsets into ``text``). The whole article is processed (with its publication date), so
  coreference and title resolution count. Split by a hash of the article id: about half ``test`` (held
  out), the rest ``dev``.

Matching, for every gold mention: the actor eventwire has at the span (``actors.actor_at``: the span's root
token first, then any token; pronouns resolved) must have the gold country (old CAMEO codes JAP/ITL/VTN
normalised; gold ``IGO`` also accepts ``UNO`` and ``EUR``) and, where gold gives one, the same sector by its
first three letters ("CVLalb" -> CVL; in the GSR, PLOVER's ``JRN``/``MED`` are CAMEO's ``MED``/``HLH`` and
the few ``CIV`` are ``CVL``; article-level files use CAMEO's codes). A gold "sector" that is a CAMEO
religion code (the GSR's "MOS" for "Moslem fundamentalist demonstrators") is compared with the actor's
religion instead (a narrower code counts: SHI is MOS). No actor at the span is a miss. A gold mention without a country is scored on its
sector only.
"""
from __future__ import annotations

import collections
import hashlib
import json
from pathlib import Path
from typing import Iterable, Optional

OLD_CAMEO_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
IGO_LIKE = {"IGO", "UNO", "EUR"}
NO_SECTOR = {"", "***"}
# JRN/MED: PLOVER names for media / health; CIV: a variant of CVL in a few GSR rows (CIV is no sector code in
# either scheme, it is Côte d'Ivoire's country code)
PLOVER_TO_CAMEO_SECTOR = {"JRN": "MED", "MED": "HLH", "CIV": "CVL"}
EXAMPLES = 30


def evaluate(path, limit: Optional[int] = None, split: str = "test", model: Optional[str] = None) -> dict:
    """Actor country/sector accuracy on a GSR .jsonl or an article-level mention file (told apart by content)."""
    path = Path(path)
    first = next((line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()), "{}")
    if "mentions" not in json.loads(first):
        from .events import evaluate_actors

        return evaluate_actors(path, split=split, limit=limit, model=model)
    if split not in ("dev", "test", "all"):
        raise ValueError(f"split must be 'dev', 'test' or 'all', not {split!r}")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if split == "all" or article_split(r["id"]) == split]
    records = records[:limit] if limit else records
    docs = _run_articles(records, model)
    result = score_mentions((doc, [dict(m, role="mention") for m in r["mentions"]]) for r, doc in zip(records, docs))
    result["articles"] = len(records)
    return result


def article_split(article_id: str) -> str:
    """``test`` for about half of the articles (by a hash of the id), else ``dev``."""
    return "test" if int(hashlib.sha1(str(article_id).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "dev"


def _run_articles(records: list[dict], model: Optional[str]):
    from ..model import Article
    from ..pipeline import _prepare, build_nlp

    nlp = build_nlp(model)
    arts = [Article(text=r["text"], id=r.get("id"), published=(r.get("published") or None)) for r in records]
    return list(nlp.pipe((_prepare(nlp, a) for a in arts), batch_size=16))


def gold_country(code: str) -> str:
    code = (code or "").strip().upper()
    return OLD_CAMEO_COUNTRY.get(code, code)


def country_ok(gold: str, pred: Optional[str]) -> bool:
    if not pred:
        return False
    if gold == "IGO":
        return pred in IGO_LIKE
    return pred == gold


def score_mentions(pairs: Iterable[tuple[object, list[dict]]], sector_map: Optional[dict] = None) -> dict:
    """Score (doc, gold mentions) pairs; a gold mention has start, end (None: not in the text), text,
    country, sector and role; ``sector_map`` translates gold sector codes (PLOVER's to CAMEO's for the GSR).
    Returns headline shares, what the misses are and example misses."""
    from ..actor_kb import load_kb
    from ..components.actors import actor_at, actor_by_id

    # religion code -> itself and the broader code it belongs to ("SHI" -> {"SHI", "MOS"})
    religions = {r.code: {r.code, r.parent} - {None} for r in load_kb().religions.values()}
    counts = collections.Counter()
    kinds = collections.Counter()  # what the misses are
    sector_errors = collections.Counter()  # "gold -> predicted" sector codes
    misses = []
    for doc, mentions in pairs:
        for g in mentions:
            counts["mentions"] += 1
            if g.get("start") is None:
                counts["span_not_in_text"] += 1
                continue
            span = doc.char_span(g["start"], g["end"], alignment_mode="expand")
            actor = actor_by_id(doc, actor_at(doc, span)) if span is not None else None
            counts["scored"] += 1
            counts["with_actor"] += actor is not None
            country = gold_country(g.get("country", ""))
            ok_country = None
            if country:
                counts["with_gold_country"] += 1
                ok_country = country_ok(country, actor.country if actor else None)
                counts["country_correct"] += ok_country
                counts["found_with_gold_country"] += actor is not None
            sector = (g.get("sector") or "").strip()
            sector = (sector_map or {}).get(sector.upper()[:3], sector)
            ok_sector = None
            if sector not in NO_SECTOR:
                counts["with_gold_sector"] += 1
                if sector.upper()[:3] in religions:  # a religious group coded by its faith
                    ok_sector = bool(actor and actor.religion
                                     and sector.upper()[:3] in religions.get(actor.religion, {actor.religion}))
                else:
                    ok_sector = bool(actor and actor.sector and actor.sector.upper()[:3] == sector.upper()[:3])
                counts["sector_correct"] += ok_sector
            if actor is None:
                kinds["no actor at the span"] += 1
            elif ok_country is False:
                kinds["wrong country"] += 1
            elif ok_sector is False:
                kinds["right country, wrong sector"] += 1
            if ok_sector is False:
                got = (actor.religion if sector.upper()[:3] in religions else actor.sector) if actor else None
                sector_errors[f"{sector[:3]} -> {got or '-'}"] += 1
            if (ok_country is False or ok_sector is False) and len(misses) < EXAMPLES:
                sent = span.sent.text if span is not None else ""
                misses.append({"text": g["text"], "role": g.get("role"), "gold_country": country or None,
                               "gold_sector": sector or None,
                               "pred": None if actor is None else {"name": actor.name, "country": actor.country,
                                                                   "sector": actor.sector, "why": actor.why},
                               "sentence": sent})

    def share(a, b):
        return round(counts[a] / counts[b], 4) if counts[b] else 0.0

    return {
        "mentions": counts["mentions"], "scored": counts["scored"], "span_not_in_text": counts["span_not_in_text"],
        "with_actor": counts["with_actor"], "with_gold_country": counts["with_gold_country"],
        "with_gold_sector": counts["with_gold_sector"],
        "actor_found": share("with_actor", "scored"),
        "country_accuracy": share("country_correct", "with_gold_country"),
        "country_accuracy_when_found": share("country_correct", "found_with_gold_country"),
        "sector_accuracy": share("sector_correct", "with_gold_sector"),
        "misses": dict(kinds.most_common()),
        "sector_errors": dict(sector_errors.most_common(12)),
        "examples": misses,
    }
