"""Actor-coding regression gate on the hand-labelled VOA stories shipped in tests/data/voa_actors (public-domain
text, labels written for eventwire; see its SOURCES.md and GUIDELINES.md).

Floors sit a little below what the current pipeline measures; raise them as actor coding improves. The GSR
gate (PLOVER sentences from ../shared) is in test_events_gate.py.
"""
import json

import pytest

from eventwire.eval import actors as ev

from ..conftest import ROOT

VOA = ROOT / "tests" / "data" / "voa_actors" / "voa_actors.jsonl"
# first 4 test-split articles: measured country 0.78, sector 0.73 (fast regression floor)
VOA_4_FLOORS = {"country_accuracy": 0.74, "sector_accuracy": 0.68}


def test_actors_gate_voa_labels_are_consistent():
    records = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 20 and len({r["id"] for r in records}) == len(records)
    for r in records:
        last = -1
        for m in r["mentions"]:
            assert r["text"][m["start"]:m["end"]] == m["text"], (r["id"], m)
            assert m["start"] >= last and m["end"] <= r["labelled_chars"], (r["id"], m)
            last = m["end"]
    splits = {ev.article_split(r["id"]) for r in records}
    assert splits == {"dev", "test"}


def test_actors_gate_voa_first_test_articles():
    r = ev.evaluate(VOA, split="test", limit=4)
    assert r["articles"] == 4 and r["scored"] == r["mentions"] > 40
    assert r["country_accuracy"] >= VOA_4_FLOORS["country_accuracy"], r
    assert r["sector_accuracy"] >= VOA_4_FLOORS["sector_accuracy"], r
    assert sum(r["misses"].values()) <= r["scored"]


def test_actors_gate_scorer_counts_a_missing_actor_as_wrong(nlp):
    from eventwire.model import Article
    from eventwire.pipeline import _prepare

    text = "Kenyan police arrested the suspects. Officials in Nairobi said so."
    doc = nlp(_prepare(nlp, Article(text=text, published="2025-01-01")))
    gold = [{"start": 0, "end": 13, "text": "Kenyan police", "country": "KEN", "sector": "COP"},
            {"start": 14, "end": 22, "text": "arrested", "country": "KEN", "sector": "COP"}]  # no actor there
    r = ev.score_mentions([(doc, gold)])
    assert "Kenyan police arrested"[14:22] == "arrested"
    assert r["scored"] == 2 and r["country_accuracy"] == 0.5 and r["misses"]["no actor at the span"] == 1
    assert r["sector_accuracy"] == 0.5 and r["sector_errors"] == {"COP -> -": 1}


@pytest.mark.slow
def test_actors_gate_voa_full_test_split():
    r = ev.evaluate(VOA, split="test")
    print(r["articles"], r["country_accuracy"], r["sector_accuracy"])
    assert r["country_accuracy"] >= 0.80 and r["sector_accuracy"] >= 0.735  # measured 0.818 / 0.750
