"""The example article's acceptance floors (issue: foundation), scored exactly as `eventwire evaluate` does.

The rules are general; these floors catch regressions on the one article with a full hand coding.
"""
import pytest

FLOORS = {"events": 0.6, "quotes": 0.8, "times": 0.9, "places": 0.9, "actors": 0.9}


@pytest.fixture(scope="module")
def scores(shared):
    from eventwire.evaluate import evaluate_gold_files

    return evaluate_gold_files([str(shared / "examples" / "trump-putin-call.gold.json")])["parts"]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_example_gate_recall_floor(scores, part):
    assert scores[part]["recall"] >= FLOORS[part], (part, scores[part])


def test_example_gate_event_dates_right_when_matched(scores):
    assert scores["events"]["date_accuracy"] >= 0.8
