"""The article highlighter: spans from stored annotations, one mark per trigger."""
from eventwire.web.highlight import article_spans, render


def test_highlight_one_mark_per_trigger_with_all_its_events():
    text = "Leaders of Britain and France urged calm."
    art = {"actors": [], "actor_mentions": [], "quotes": [], "times": [], "places": [], "place_mentions": [],
           "events": [{"event_id": f"E{i}", "type": "REQUEST", "cameo": "020", "goldstein": 3.0,
                       "trigger_start": 30, "trigger_end": 35, "negated": False, "hypothetical": i == 2}
                      for i in (1, 2)]}
    html = str(render(text, article_spans(art, lambda k: f"/actors/{k}")))
    assert html.count('class="ew-span ew-trigger') == 1
    assert 'id="t-30"' in html and 'data-event="E1 E2"' in html and "ew-hypothetical" in html
    assert ">REQUEST ×2<" in html


def test_highlight_time_carries_its_resolved_value():
    text = "They met on Monday."
    art = {"actors": [], "actor_mentions": [], "quotes": [], "events": [], "places": [], "place_mentions": [],
           "times": [{"time_id": "T1", "start": 12, "end": 18, "value": "2025-03-10", "granularity": "day"}]}
    html = str(render(text, article_spans(art, lambda k: k)))
    assert 'data-tip="2025-03-10 (day)"' in html and 'title="2025-03-10 (day)"' in html
    assert html.endswith(">Monday</mark>.")
