"""Time expressions on sentences written for these tests (real model unless a test says blank)."""
import json

import pytest
import spacy

from eventwire.components.times import NO_PUB_WARNING, find_times
from eventwire.model import Article

GRANULARITIES = {"day", "month", "year", "week", "time", "duration"}
MONDAY = "2025-05-19"  # a Monday


def times(nlp, text, published=MONDAY):
    """The spaCy pipes of the real model, then find_times (other eventwire components are not needed)."""
    doc = nlp.make_doc(text)
    doc._.ew_article = Article(text=text, published=published)
    doc._.ew_warnings = []
    for name, proc in nlp.pipeline:
        if not name.startswith("eventwire_"):
            doc = proc(doc)
    return find_times(doc)


def values(nlp, text, published=MONDAY):
    return {t.text: t.value for t in times(nlp, text, published)}


def test_times_bare_and_on_weekday_point_back(nlp):
    v = values(nlp, "The envoys met on Thursday. Wednesday saw more shelling, and on Monday the talks ended.")
    assert v == {"on Thursday": "2025-05-15", "Wednesday": "2025-05-14", "on Monday": MONDAY}


def test_times_last_next_and_later_on_weekday(nlp):
    v = values(nlp, "She resigned last Friday and her deputy takes over next Tuesday; a vote came later on Monday.")
    assert v["last Friday"] == "2025-05-16"
    assert v["next Tuesday"] == "2025-05-20"
    assert v["later on Monday"] == MONDAY


def test_times_future_tense_weekday_points_forward(nlp):
    v = values(nlp, "The minister will travel to Oslo on Thursday.")
    assert v == {"on Thursday": "2025-05-22"}
    v = values(nlp, "The minister travelled to Oslo on Thursday.")
    assert v == {"on Thursday": "2025-05-15"}


def test_times_day_words_are_the_publication_date(nlp):
    v = values(nlp, "Earlier in the day the mayor spoke. Rallies are planned tonight and this morning police "
                    "closed roads. Yesterday was calm; today is tense and tomorrow may be worse.")
    assert v["Earlier in the day"] == MONDAY and v["tonight"] == MONDAY and v["this morning"] == MONDAY
    assert v["Yesterday"] == "2025-05-18" and v["today"] == MONDAY and v["tomorrow"] == "2025-05-20"
    assert all(t.granularity == "day" for t in times(nlp, "Today and yesterday."))


def test_times_relative_weeks_months_years(nlp):
    ts = times(nlp, "Prices rose last week and this week, and may fall next week. Exports fell last month and "
                    "this month; growth slowed last year, will pick up this year and next year.")
    got = {t.text: (t.value, t.granularity) for t in ts}
    assert got["last week"] == ("2025-W20", "week")
    assert got["this week"] == ("2025-W21", "week")
    assert got["next week"] == ("2025-W22", "week")
    assert got["last month"] == ("2025-04", "month")
    assert got["this month"] == ("2025-05", "month")
    assert got["last year"] == ("2024", "year")
    assert got["this year"] == ("2025", "year")
    assert got["next year"] == ("2026", "year")


def test_times_bare_month_points_back_unless_future(nlp):
    assert values(nlp, "The rebels seized the town in March.") == {"in March": "2025-03"}
    assert values(nlp, "The rebels seized the town in September.") == {"in September": "2024-09"}
    assert values(nlp, "Elections will be held in March.") == {"in March": "2026-03"}


def test_times_month_with_year_is_a_month_not_a_day(nlp):
    ts = times(nlp, "They had not met since March 2022.")
    assert [(t.text, t.value, t.granularity) for t in ts] == [("since March 2022", "2022-03", "month")]


def test_times_full_dates(nlp):
    v = values(nlp, "The accord was signed on May 16, 2025, ratified 16 May 2025 and took effect May 16.")
    assert v == {"on May 16, 2025": "2025-05-16", "16 May 2025": "2025-05-16", "May 16": "2025-05-16"}
    assert {t.granularity for t in times(nlp, "It opened on 3 March 2021.")} == {"day"}


def test_times_years(nlp):
    ts = times(nlp, "The war began in 2014 and has dragged on since 2014, as in 1999.")
    assert [(t.text, t.value, t.granularity) for t in ts] == [
        ("in 2014", "2014", "year"), ("since 2014", "2014", "year"), ("in 1999", "1999", "year")]


def test_times_ago(nlp):
    v = values(nlp, "The strike happened two days ago; talks failed three weeks ago and a year ago.")
    assert v == {"two days ago": "2025-05-17", "three weeks ago": "2025-W18", "a year ago": "2024"}


def test_times_durations_have_no_value(nlp):
    ts = times(nlp, "For weeks the city was shelled. The siege lasted three years, and a truce held for two days.")
    got = {t.text: (t.value, t.granularity) for t in ts}
    assert got == {"For weeks": (None, "duration"), "three years": (None, "duration"),
                   "for two days": (None, "duration")}


def test_times_false_positives(nlp):
    text = ("We may see protesters march to the square. Theresa May said the Arab Spring changed the region. "
            "It was the third time since the Second World War that 2000 people gathered, and we waited.")
    assert times(nlp, text) == []


def test_times_quarter_and_year_ago_in_results(nlp):
    v = values(nlp, "Third-quarter profit rose 10% to $5 million from $4.5 million a year ago.", "1999-10-28")
    assert v == {"Third-quarter": "1999-Q3", "a year ago": "1998-Q3"}


def test_times_that_day_takes_the_last_day_named(nlp):
    v = values(nlp, "The rally was on March 3, 2020. Later that day, police arrested ten people.")
    assert v["Later that day"] == "2020-03-03"


def test_times_offsets_ids_and_granularity(nlp):
    text = ("On Sunday, at 3 p.m., officials said the ceasefire agreed in June 2023 had held for months, "
            "and a summit is planned next week or in early July.")
    ts = times(nlp, text)
    assert [t.id for t in ts] == [f"T{i}" for i in range(1, len(ts) + 1)]
    assert [t.start for t in ts] == sorted(t.start for t in ts)
    assert len(ts) >= 5
    for t in ts:
        assert text[t.start:t.end] == t.text
        assert t.granularity in GRANULARITIES


def test_times_no_publication_date_warns_once(run):
    doc = run("The talks resumed on Monday, after a pause last week and the crisis of 2014.", published=None)
    got = {t.text: t.value for t in doc.times}
    assert got["on Monday"] is None and got["last week"] is None
    assert "2014" in got.values()  # absolute dates keep their value
    assert doc.warnings.count(NO_PUB_WARNING) == 1
    assert "publication date" in NO_PUB_WARNING


def test_times_with_publication_date_does_not_warn(run):
    doc = run("The talks resumed on Monday.", published=MONDAY)
    assert NO_PUB_WARNING not in doc.warnings
    assert [(t.text, t.value) for t in doc.times] == [("on Monday", MONDAY)]


def test_times_rules_work_on_a_blank_pipeline():
    import eventwire.components  # noqa: F401  (registers the Doc extensions)

    nlp = spacy.blank("en")
    doc = nlp("Ministers met on 4 June 2024 and again last Friday.")
    doc._.ew_article = Article(text=doc.text, published=MONDAY)
    assert [(t.text, t.value) for t in find_times(doc)] == [("on 4 June 2024", "2024-06-04"),
                                                           ("last Friday", "2025-05-16")]


def test_times_example_article_gold(nlp, shared):
    """The canonical example's time gold (scored as in eval/README.md: text equal or inside, value equal)."""
    gold = json.loads((shared / "examples" / "trump-putin-call.gold.json").read_text())
    text = (shared / "examples" / gold["text_file"]).read_text()
    ts = times(nlp, text, gold["published"])
    used, hit = set(), 0
    for g in gold["times"]:
        for i, t in enumerate(ts):
            gt, pt = g["text"].lower(), t.text.lower()
            if i not in used and (gt == pt or pt in gt or gt in pt) and t.value == g["value"]:
                used.add(i)
                hit += 1
                break
    assert hit / len(gold["times"]) >= 0.95
