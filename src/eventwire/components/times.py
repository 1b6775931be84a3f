"""Time expressions, normalised against the article's publication date.

Rules are regular expressions over ``doc.text`` (so offsets are exact), built from the word lists in
``data/times/lexicon.json``; the spaCy parse only *vetoes* ("May" the modal verb, "May" the person,
a year that NER calls MONEY or CARDINAL) and gives the verb tense that decides whether a bare
"Monday" or "March" points back (the default, as in wire copy) or forward ("will meet on Monday").

Values follow TimeML/ISO: day "2025-05-19", month "2025-05", year "2025", week "2025-W21",
quarter "2025-Q2" and season "2025-SU" (granularity "month": sub-year periods), time of day
"2025-05-19T15:00" when a day is given next to it (else None). Durations get value None.
Relative expressions need the publication date; without one their value is None and one warning
is added to ``doc._.ew_warnings``.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Callable, Optional

from spacy.language import Language

from ..model import TimeExpr

FORWARD_PREPOSITIONS = ("by", "until", "till", "through", "before")
NEAR_DAYS = 90  # a month-day without a year within this many days of publication takes the nearest year
NO_PUB_WARNING = "times: relative dates were left unresolved because no publication date was given"

# NER labels that mean "this capitalised word / number is not a date".
NOT_DATE_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT",
                 "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE"}
# A year that NER puts inside a name is still a year ("the 1996 Olympic bombing", "the 1978 resolution").
YEAR_OK_ENTS = ("DATE", "TIME", "EVENT", "ORG", "LAW", "NORP", "GPE", "FAC", "WORK_OF_ART", "PERSON", "LOC")


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    path = resources.files("eventwire") / "data" / "times" / "lexicon.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _alt(words, dotted=()) -> str:
    """A regex alternation of words, longest first; spaces match any whitespace, abbreviations take a dot."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = r"\s+".join(re.escape(x) for x in w.split())
        parts.append(p + (r"\.?" if w in dotted else ""))
    return "(?:" + "|".join(parts) + ")"


@dataclass
class _Hit:
    start: int
    end: int
    value: Optional[str]
    granularity: str
    relative: bool = False  # needed the publication date
    priority: int = 0
    anchor: Optional[str] = None  # resolved after matching: "quarter", "anaphor:<unit>:<shift>", "latest"


@dataclass
class _Ctx:
    doc: object
    text: str
    pub: Optional[dt.date]


# ----------------------------------------------------------------------------- date arithmetic

def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.year * 12 + (d.month - 1) + n
    return m // 12, m % 12 + 1


def _weekday_date(pub: dt.date, wd: int, mode: str) -> dt.date:
    """mode: past (on or before pub), future (on or after), last (strictly before), next (strictly after)."""
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if mode == "past":
        return pub - dt.timedelta(days=back)
    if mode == "last":
        return pub - dt.timedelta(days=back or 7)
    if mode == "next":
        return pub + dt.timedelta(days=fwd or 7)
    return pub + dt.timedelta(days=fwd)


def _month_year(pub: dt.date, month: int, mode: str) -> int:
    """The year of a month named without one."""
    if mode == "last":
        return pub.year if month < pub.month else pub.year - 1
    if mode == "next":
        return pub.year if month > pub.month else pub.year + 1
    if mode == "this":
        return pub.year
    if mode == "future":
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _day_year(pub: dt.date, month: int, day: int, mode: str) -> int:
    """The year of a month-day named without one: by tense, else the nearest to publication."""
    if mode == "future":
        return pub.year if (month, day) >= (pub.month, pub.day) else pub.year + 1
    if mode == "past":
        return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            dist = abs((dt.date(y, month, day) - pub).days)
        except ValueError:
            continue
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else pub.year


def _shift(pub: dt.date, n: int, unit: str) -> tuple[Optional[str], str]:
    """pub moved by n units (negative = back), at the unit's granularity."""
    if unit == "D":
        return (pub + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "W":
        return _iso_week(pub + dt.timedelta(weeks=n)), "week"
    if unit == "FN":
        return _iso_week(pub + dt.timedelta(weeks=2 * n)), "week"
    if unit == "M":
        y, m = _add_months(pub, n)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "Y":
        return f"{pub.year + n:04d}", "year"
    if unit == "DE":
        return f"{pub.year + 10 * n:04d}", "year"
    if unit == "CE":
        return f"{pub.year + 100 * n:04d}", "year"
    return None, "time"


# ----------------------------------------------------------------------------- the parse, as hints

def _tokens(ctx: _Ctx, start: int, end: int):
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _token_at(ctx: _Ctx, char: int):
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _vetoed(ctx: _Ctx, start: int, end: int, allowed=("DATE", "TIME")) -> bool:
    """NER says the word is a name or a number, not a date."""
    span = _tokens(ctx, start, end)
    if span is None:
        return False
    return any(t.ent_type_ and t.ent_type_ not in allowed and t.ent_type_ in NOT_DATE_ENTS for t in span)


def tense(ctx: _Ctx, start: int, end: int) -> Optional[str]:
    """'future', 'past', 'present' or None, from the verb that governs the expression."""
    lex = lexicon()
    span = _tokens(ctx, start, end)
    if span is None:
        return None
    tok = span.root
    for _ in range(8):
        if tok.tag_.startswith("VB") or tok.tag_ == "MD":
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if not (tok.tag_.startswith("VB") or tok.tag_ == "MD"):
        return None
    future_aux = set(lex["future_auxiliaries"])
    governors = set(lex["future_governors"])
    verb = tok
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in future_aux for a in auxes):
            return "future"
        if verb.lower_ in future_aux:
            return "future"
        # "going to meet", "expected to speak", "plans to visit", "is due to arrive"
        if any(a.lower_ == "to" for a in auxes) and verb.head is not verb:
            head = verb.head
            if head.lemma_.lower() in governors or head.lower_ in governors:
                return "future"
            verb = head
            continue
        break
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or any(a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def _future_context(ctx: _Ctx, start: int, end: int) -> bool:
    return tense(ctx, start, end) == "future"


# ----------------------------------------------------------------------------- rules

def _rules():
    lex = lexicon()
    months, weekdays, numbers = lex["months"], lex["weekdays"], lex["numbers"]
    abbrevs = {m for m in months if len(m) <= 4 and m not in ("may", "june", "july")}
    MON = "(?P<mon>" + _alt(months, dotted=abbrevs) + r")(?![A-Za-z])"
    MONFULL = "(?P<mon>" + _alt([m for m in months if m not in abbrevs]) + r")(?![A-Za-z])"
    WD = "(?P<wd>" + _alt(weekdays) + r")(?![A-Za-z])"
    tens = [w for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    ones = [w for w, v in numbers.items() if 1 <= v <= 9 and w not in ("a", "an")]
    NUM = "(?P<num>\\d+(?:\\.\\d+)?|" + _alt(tens) + "[\\s-]" + _alt(ones) + "|" + _alt(numbers) + ")"
    VAGUE = "(?P<vague>" + _alt(lex["vague_quantities"]) + ")"
    UNIT = "(?P<unit>" + _alt(lex["units"]) + ")(?P<plural>s)?(?![A-Za-z-])"
    PRE = "(?:(?P<pre>" + _alt(lex["span_prefixes"]) + r")\s+)?"
    MOD = "(?:(?P<mod>" + _alt(lex["range_modifiers"]) + r")(?:\s+|-))?"
    YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d])"
    DAYW = "(?P<dw>" + _alt(lex["day_words"]) + r")(?![A-Za-z])"
    PART = "(?:\\s+(?P<part>" + _alt(lex["parts_of_day"]) + r"))?(?![A-Za-z])"
    ORD = "(?P<ord>" + _alt(lex["ordinals"]) + ")"
    SEASON = "(?P<season>" + _alt(lex["seasons"]) + r")(?![A-Za-z])"
    B = r"(?<![A-Za-z0-9'-])"
    F = re.I
    return [
        # "Monday, May 19, 2025", "on May 16", "Nov. 3"
        ("date_mdy", 5, re.compile(B + PRE + r"(?:" + WD + r",?\s+)?(?:the\s+)?" + MON
                                   + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:.]\d)(?![\d%])"
                                   + r"(?:,?\s+" + YEAR + ")?", F), _h_date),
        # "16 May 2025", "the 3rd of March"
        ("date_dmy", 5, re.compile(B + PRE + r"(?:" + WD + r",?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                                   + r"\s+(?:of\s+)?" + MON + r"(?:,?\s+" + YEAR + ")?", F), _h_date),
        ("date_iso", 6, re.compile(B + PRE + r"(?P<year>\d{4})-(?P<monn>\d\d)-(?P<day>\d\d)(?![\d])"), _h_date),
        ("date_us", 6, re.compile(B + PRE + r"(?P<monn>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d\d)(?![\d/])"),
         _h_date),
        # "March 2022", "late November 1998", "April of 1999"
        ("month_year", 4, re.compile(B + PRE + MOD + MON + r",?\s+(?:of\s+)?" + YEAR, F), _h_month_year),
        # "in March", "last May", "June last year"
        ("month", 2, re.compile(B + PRE + MOD + r"(?:(?P<rel>last|next|this|past|coming)\s+)?" + MONFULL
                                + r"(?:\s+(?:of\s+)?(?P<ryear>last|next|this)\s+year)?", F), _h_month),
        # "later on Monday", "last Friday", "on Sunday night"
        ("weekday", 3, re.compile(B + r"(?:(?P<adv>later|earlier|late|early)\s+)?" + PRE
                                  + r"(?:(?P<rel>last|next|this|coming|past)\s+)?" + WD + r"(?!'?s\b)" + PART,
                                  F), _h_weekday),
        ("weekday_pos", 3, re.compile(B + r"(?:(?P<adv>later|earlier|late|early)\s+)?" + PRE
                                      + r"(?:(?P<rel>last|next|this|coming|past)\s+)?" + WD + r"(?='s\b)", F),
         _h_weekday),
        # "today", "earlier in the day", "yesterday morning", "late yesterday"
        ("day_word", 3, re.compile(B + r"(?:(?P<adv>later|earlier|late|early)\s+)?" + PRE + DAYW + PART, F),
         _h_day_word),
        # "last week", "earlier this month", "next year", "the weekend"
        ("rel_period", 3, re.compile(B + PRE + r"(?:(?P<adv>early|late|earlier|later)\s+)?(?P<the>the\s+)?"
                                     + r"(?P<rel>last|this|next|past|coming|previous|current)\s+"
                                     + r"(?P<per>weekend|week|month|year|decade)(?![A-Za-z-])", F), _h_rel_period),
        ("weekend", 2, re.compile(B + PRE + r"(?P<w>the|this|last|next)\s+weekend(?![A-Za-z])", F), _h_weekend),
        # "two days ago", "a year earlier", "three weeks from now"
        ("ago", 4, re.compile(B + r"(?:(?:about|nearly|almost|some|more\s+than|less\s+than|over|just|only)\s+)?"
                              + NUM + r"\s+" + UNIT + r"\s+(?P<dir>ago|earlier|from\s+now|hence)(?![A-Za-z])", F),
         _h_ago),
        # "2014", "since 2014", "fiscal 1989", "the year 2000"
        ("year", 1, re.compile(B + PRE + MOD + r"(?:(?P<fy>fiscal(?:\s+year)?|the\s+year|calendar\s+year)\s+)?"
                               + YEAR + r"(?!'?s\b)(?!\s*(?:%|percent|-year|years|km|kilomet|miles))", F), _h_year),
        # "the 1990s", "the mid-1980s", "the '80s", "the nineties"
        ("decade", 2, re.compile(B + PRE + r"(?:the\s+)?" + MOD + r"(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0'?s|"
                                 + r"'(?P<dec2>\d)0'?s|(?<=the\s)(?P<word>" + _alt(DECADE_WORDS) + r"))(?![A-Za-z])", F),
         _h_decade),
        # "nineteen ninety-six", "the year two thousand"
        ("year_words", 2, re.compile(B + PRE + r"(?:(?P<ty>the\s+year)\s+)?(?:nineteen[\s-]+(?P<tens>"
                                     + _alt(tens) + r")(?:[\s-]+(?P<ones>" + _alt(ones) + r"))?|(?P<k>two\s+thousand)"
                                     + r"(?:\s+and\s+(?P<kones>" + _alt(ones) + r"))?)(?![A-Za-z-])", F), _h_year_words),
        # "the full year", "year-end", "earlier in the year", "for the year"
        ("the_year", 2, re.compile(B + r"(?:(?P<adv>earlier|later|early|late)\s+in\s+the\s+year|(?:around\s+|at\s+|by\s+)?"
                                   + r"(?:the\s+end\s+of\s+the\s+year|year[-\s]end|year's\s+end)|the\s+(?:full|current|"
                                   + r"fiscal|current\s+fiscal|calendar)\s+year|(?P<pre>for|in|during|of)\s+the\s+year"
                                   + r"(?!\s+(?:before|after|earlier|ago|in|when|that|which|of|since|\d|two)))(?![A-Za-z-])",
                                   F), _h_the_year),
        # "that day", "later that year", "the following week" (anchored on the last expression of that kind)
        ("anaphor", 2, re.compile(B + r"(?:(?P<adv>earlier|later|early|late)\s+)?(?:(?P<pre>in|on|by|during)\s+)?"
                                  + r"(?P<det>that|the\s+same|the\s+following|the\s+previous|the\s+preceding|"
                                  + r"the\s+prior|the\s+next)\s+(?P<per>day|morning|evening|night|week|month|year)"
                                  + r"(?![A-Za-z-])", F), _h_anaphor),
        # financial reporting: "a year-earlier loss", "the year-ago quarter", "the latest period", "the 1988 period"
        ("period", 3, re.compile(B + r"(?:(?:the|a)\s+)?(?:(?P<ya>(?:comparable\s+)?year-(?:earlier|ago))(?:\s+(?:quarter|"
                                 + r"period))?|(?P<latest>latest|most\s+recent)\s+period|(?P<py>(?:19|20)\d\d)\s+"
                                 + r"(?:period|quarter))(?![A-Za-z-])", F), _h_period),
        # "the third quarter", "third-quarter", "the 1988 third quarter", "the first quarter of 1990"
        ("quarter", 4, re.compile(B + r"(?:(?:the|this|last|next)\s+)?(?:(?P<qy>(?:19|20)\d\d)\s+|fiscal\s+|(?P<yago>(?:comparable\s+)?"
                                  + r"year-(?:earlier|ago))\s+|"
                                  + r"(?P<qrel>this|last|next)\s+year'?s\s+)?" + ORD
                                  + r"[\s-]+(?:fiscal\s+)?quarter(?![A-Za-z])(?:\s+of\s+(?:fiscal\s+)?"
                                  + YEAR + ")?", F), _h_quarter),
        ("quarter_rel", 3, re.compile(B + r"(?P<qrel>the\s+latest|the\s+most\s+recent|the\s+current|the\s+past|"
                                      + r"the\s+previous|last|this|next|the|that)\s+quarter(?![A-Za-z])(?!\s+of)", F),
         _h_quarter_rel),
        # "last fall", "this summer", "the spring of 1998" (never "Arab Spring")
        ("season", 3, re.compile(B + PRE + MOD + r"(?:(?P<rel>this|last|next|past|coming)\s+|(?P<the>the\s+))?"
                                 + SEASON + r"(?:\s+(?:of\s+)?" + YEAR + ")?"), _h_season),
        # "for two days", "three years", "over the past week", "for weeks"
        ("duration", 1, re.compile(B + r"(?:(?P<pre>for|over|during|within|in|throughout|after)\s+)?(?:the\s+)?"
                                   + r"(?:(?P<rel>past|last|next|coming|first|previous|following|final)\s+)?"
                                   + r"(?:(?:about|nearly|almost|more\s+than|less\s+than|at\s+least|around|"
                                   + r"roughly|some|over|up\s+to)\s+)?(?:" + NUM + "|" + VAGUE + r")\s+(?:more\s+)?"
                                   + UNIT + r"(?!\s+(?:ago|earlier|later|old|before|after|from\s+now)\b)", F),
         _h_duration),
        ("duration_bare", 1, re.compile(B + r"(?P<pre>for|over|in|within|throughout)\s+(?:the\s+(?:past|last|next|"
                                        + r"coming)\s+)?(?P<unit>days|weeks|months|years|decades|hours)"
                                        + r"(?![A-Za-z-])", F), _h_duration),
        ("duration_the", 1, re.compile(B + r"(?:(?P<pre>for|over|during|within|in|throughout)\s+)?the\s+"
                                       + r"(?P<rel>past|last|next|coming)\s+(?P<unit>week|month|year|decade)"
                                       + r"(?![A-Za-z-])", F), _h_duration),
        # "3 p.m.", "15:30 GMT", "noon"
        ("clock", 2, re.compile(B + r"(?:(?P<pre>at|by|until|before|after|around|about)\s+)?(?:(?P<h>\d{1,2})"
                                + r"(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|(?P<h2>[01]?\d|2[0-3])"
                                + r":(?P<mi2>[0-5]\d)(?!\d)(?:\s*(?:GMT|UTC|EST|EDT|ET|CET|BST))?|(?P<noon>noon|midnight))",
                                F), _h_clock),
    ]


def _month_num(m) -> int:
    if "monn" in m.re.groupindex and m.group("monn"):
        return int(m.group("monn"))
    return lexicon()["months"][m.group("mon").lower().rstrip(".")]


def _month_word_ok(ctx: _Ctx, m, bare: bool) -> bool:
    """'may' the modal, 'march' the verb, 'May' the person are not months."""
    word = m.group("mon")
    start = m.start("mon")
    if word.islower() and word.rstrip(".").lower() in ("may", "march", "jan", "sept", "dec", "mar", "aug"):
        return False
    if _vetoed(ctx, start, m.end("mon")):
        return False
    tok = _token_at(ctx, start)
    if tok is not None and tok.tag_:
        if tok.tag_ == "MD" or (tok.pos_ == "VERB" and bare):
            return False
    cued = bare and (m.group("pre") or m.group("rel") or m.group("mod") or m.group("ryear"))
    if bare and not cued:
        if word.lower() in ("may", "march") and (tok is None or tok.pos_ != "PROPN"):
            return False  # without a preposition, only trust a tagger that calls it a proper noun
        if tok is not None and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN" and tok.nbor(-1).is_title:
            return False  # "Theresa May", "John March"
    return True


def _year_of(text: str) -> int:
    y = int(text)
    return y + (1900 if y >= 50 else 2000) if y < 100 else y


def _h_date(ctx: _Ctx, m) -> Optional[_Hit]:
    if "mon" in m.re.groupindex and m.group("mon") and not _month_word_ok(ctx, m, bare=False):
        return None
    month, day = _month_num(m), int(m.group("day"))
    year = m.group("year")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year:
        try:
            return _Hit(m.start(), m.end(), dt.date(_year_of(year), month, day).isoformat(), "day")
        except ValueError:
            return None
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "day", relative=True)
    wd = m.group("wd") if "wd" in m.re.groupindex else None
    year = None
    if wd:  # "Monday, Oct. 26": the year whose Oct. 26 is a Monday
        want = lexicon()["weekdays"][wd.lower()]
        for y in (ctx.pub.year, ctx.pub.year + 1, ctx.pub.year - 1):
            try:
                if dt.date(y, month, day).weekday() == want:
                    year = y
                    break
            except ValueError:
                continue
    if year is None:
        near = _day_year(ctx.pub, month, day, "near")
        try:
            gap = abs((dt.date(near, month, day) - ctx.pub).days)
        except ValueError:
            return None
        t = tense(ctx, m.start(), m.end()) if gap > NEAR_DAYS else None
        year = _day_year(ctx.pub, month, day, t) if t in ("past", "future") else near
    try:
        return _Hit(m.start(), m.end(), dt.date(year, month, day).isoformat(), "day", relative=True)
    except ValueError:
        return None


def _h_month_year(ctx: _Ctx, m) -> Optional[_Hit]:
    if not _month_word_ok(ctx, m, bare=False):
        return None
    return _Hit(m.start(), m.end(), f"{int(m.group('year')):04d}-{_month_num(m):02d}", "month")


def _h_month(ctx: _Ctx, m) -> Optional[_Hit]:
    if not _month_word_ok(ctx, m, bare=True):
        return None
    month = _month_num(m)
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "month", relative=True)
    ryear = (m.group("ryear") or "").lower()
    rel = (m.group("rel") or "").lower()
    if ryear:
        year = ctx.pub.year + {"last": -1, "next": 1, "this": 0}[ryear]
    elif rel in ("last", "past"):
        year = _month_year(ctx.pub, month, "last")
    elif rel in ("next", "coming"):
        year = _month_year(ctx.pub, month, "next")
    elif rel == "this":
        year = ctx.pub.year
    else:
        year = _month_year(ctx.pub, month, _month_mode(ctx, m, month))
    return _Hit(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", relative=True)


def _month_mode(ctx: _Ctx, m, month: int) -> str:
    """A bare month points back (news convention) unless the verb is future, the preposition looks ahead
    ("by May", "until January", "before October") or, with no past verb, it is one of the next two months."""
    t = tense(ctx, m.start(), m.end())
    if t == "future" or (t != "past" and (m.group("pre") or "").lower() in FORWARD_PREPOSITIONS):
        return "future"
    if t != "past" and 0 < (month - ctx.pub.month) % 12 <= 2:
        return "future"
    return "past"


def _h_weekday(ctx: _Ctx, m) -> Optional[_Hit]:
    if _vetoed(ctx, m.start("wd"), m.end("wd")):
        return None
    word = m.group("wd")
    if word.islower():  # weekdays are capitalised in edited text
        return None
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "day", relative=True)
    wd = lexicon()["weekdays"][word.lower()]
    rel = (m.group("rel") or "").lower()
    if rel in ("last", "past"):
        mode = "last"
    elif rel in ("next", "coming"):
        mode = "next"
    else:
        mode = "future" if _future_context(ctx, m.start(), m.end()) else "past"
    return _Hit(m.start(), m.end(), _weekday_date(ctx.pub, wd, mode).isoformat(), "day", relative=True)


def _h_day_word(ctx: _Ctx, m) -> Optional[_Hit]:
    offset = lexicon()["day_words"][re.sub(r"\s+", " ", m.group("dw").lower())]
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "day", relative=True)
    return _Hit(m.start(), m.end(), (ctx.pub + dt.timedelta(days=offset)).isoformat(), "day", relative=True)


def _h_rel_period(ctx: _Ctx, m) -> Optional[_Hit]:
    rel, per = m.group("rel").lower(), m.group("per").lower()
    if m.group("the") and rel in ("past", "last", "next", "coming"):
        return None  # "the past week" is a duration (rule duration_the)
    if per == "weekend":
        return None  # rule weekend
    n = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, {"week": "week", "month": "month"}.get(per, "year"), relative=True)
    if per == "decade":
        return _Hit(m.start(), m.end(), f"{ctx.pub.year // 10 + n:03d}", "year", relative=True)
    unit = {"week": "W", "month": "M", "year": "Y"}[per]
    value, gran = _shift(ctx.pub, n, unit)
    return _Hit(m.start(), m.end(), value, gran, relative=True)


def _h_weekend(ctx: _Ctx, m) -> Optional[_Hit]:
    w = m.group("w").lower()
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "week", relative=True)
    pub = ctx.pub
    if w in ("the", "last"):
        sat = _weekday_date(pub, 5, "past" if w == "the" else "last")
        if w == "the" and _future_context(ctx, m.start(), m.end()):
            sat = _weekday_date(pub, 5, "future")
    elif w == "this":
        sat = pub - dt.timedelta(days=1) if pub.weekday() == 6 else _weekday_date(pub, 5, "future")
    else:
        sat = _weekday_date(pub, 5, "future") + dt.timedelta(days=7)
    return _Hit(m.start(), m.end(), _iso_week(sat) + "-WE", "week", relative=True)


def _number(m) -> Optional[float]:
    if "vague" in m.re.groupindex and m.group("vague"):
        return None
    raw = re.sub(r"\s+", " ", m.group("num").lower())
    if raw[0].isdigit():
        return float(raw)
    nums = lexicon()["numbers"]
    if raw in nums:
        return nums[raw]
    parts = re.split(r"[\s-]", raw)
    return sum(nums.get(p, 0) for p in parts) or None


def _h_ago(ctx: _Ctx, m) -> Optional[_Hit]:
    n = _number(m)
    unit = lexicon()["units"][m.group("unit").lower()]
    if n is None or n != int(n) or unit in ("S", "MI", "H"):
        return None
    sign = 1 if m.group("dir").lower().startswith(("from", "hence")) else -1
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, _shift(dt.date(2000, 1, 1), 0, unit)[1], relative=True, priority=1)
    value, gran = _shift(ctx.pub, sign * int(n), unit)
    anchor = f"quarter:{sign * int(n)}" if unit == "Y" else None  # "up from $5 a year ago" (the same quarter)
    return _Hit(m.start(), m.end(), value, gran, relative=True, priority=1, anchor=anchor)


def _h_year(ctx: _Ctx, m) -> Optional[_Hit]:
    start = m.start("year")
    before = ctx.text[max(0, start - 2):start]
    if "$" in before or re.search(r"[\d,.]\s?$", before) or re.match(r"[,.]\d", ctx.text[m.end():m.end() + 2]):
        return None
    year = int(m.group("year"))
    has_cue = bool(m.group("pre") or m.group("mod") or m.group("fy"))
    if not has_cue and _vetoed(ctx, start, m.end("year"), allowed=YEAR_OK_ENTS):
        return None  # "2000 people" (CARDINAL), "Windows 2000" (PRODUCT)
    tok = _token_at(ctx, start)
    if not has_cue and tok is not None and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" \
            and tok.head.i == tok.i + 1 and not (tok.i and tok.nbor(-1).tag_ in ("DT", "PRP$", "POS")):
        return None  # "2000 people" counts people; "the 1998 elections" is a year
    if not has_cue and not (1900 <= year <= 2100):
        return None
    return _Hit(m.start(), m.end(), f"{year:04d}", "year")


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


def _h_decade(ctx: _Ctx, m) -> Optional[_Hit]:
    if m.group("cent"):
        value = m.group("cent") + m.group("dec")
    elif m.group("dec2"):
        value = "19" + m.group("dec2")
    else:
        value = f"19{DECADE_WORDS[m.group('word').lower()]}"
    return _Hit(m.start(), m.end(), value, "year")


def _h_year_words(ctx: _Ctx, m) -> Optional[_Hit]:
    nums = lexicon()["numbers"]
    if m.group("k"):
        if not (m.group("ty") or m.group("pre")):
            return None  # "two thousand people"
        year = 2000 + (nums[m.group("kones").lower()] if m.group("kones") else 0)
    else:
        year = 1900 + nums[m.group("tens").lower()] + (nums[m.group("ones").lower()] if m.group("ones") else 0)
    return _Hit(m.start(), m.end(), str(year), "year")


def _h_the_year(ctx: _Ctx, m) -> Optional[_Hit]:
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "year", relative=True)
    return _Hit(m.start(), m.end(), str(ctx.pub.year), "year", relative=True)


ANAPHOR_SHIFT = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                 "the preceding": -1, "the prior": -1}


def _h_anaphor(ctx: _Ctx, m) -> Optional[_Hit]:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    per = m.group("per").lower()
    unit = per if per in ("week", "month", "year") else "day"
    if det == "the next" and unit != "day":
        return None  # "the next year" reads as the coming one: rules rel_period / duration_the
    return _Hit(m.start(), m.end(), None, unit, relative=True, anchor=f"{unit}:{ANAPHOR_SHIFT[det]}")


def _h_period(ctx: _Ctx, m) -> Optional[_Hit]:
    if m.group("latest"):
        return _Hit(m.start(), m.end(), None, "month", relative=True, anchor="quarter:0")
    if m.group("py"):
        return _Hit(m.start(), m.end(), m.group("py"), "year", anchor=f"quarter-of:{m.group('py')}")
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "year", relative=True)
    return _Hit(m.start(), m.end(), str(ctx.pub.year - 1), "year", relative=True, anchor="quarter:-1")


def _h_quarter(ctx: _Ctx, m) -> Optional[_Hit]:
    q = lexicon()["ordinals"][m.group("ord").lower()]
    if m.group("yago"):
        if ctx.pub is None:
            return _Hit(m.start(), m.end(), None, "month", relative=True)
        return _Hit(m.start(), m.end(), f"{ctx.pub.year - 1}-Q{q}", "month", relative=True)
    if m.group("qy") or m.group("year"):
        return _Hit(m.start(), m.end(), f"{int(m.group('qy') or m.group('year'))}-Q{q}", "month")
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "month", relative=True)
    qrel = (m.group("qrel") or "").lower()
    if qrel:
        year = ctx.pub.year + {"last": -1, "next": 1, "this": 0}[qrel]
    else:
        current = (ctx.pub.month - 1) // 3 + 1
        future = _future_context(ctx, m.start(), m.end())
        year = ctx.pub.year - 1 if q > current and not future else ctx.pub.year
    return _Hit(m.start(), m.end(), f"{year}-Q{q}", "month", relative=True)


def _h_quarter_rel(ctx: _Ctx, m) -> Optional[_Hit]:
    rel = re.sub(r"\s+", " ", m.group("qrel").lower())
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "month", relative=True)
    if rel == "that":
        return _Hit(m.start(), m.end(), None, "month", relative=True, anchor="quarter:0")
    current = (ctx.pub.year * 4) + (ctx.pub.month - 1) // 3
    n = {"this": 0, "the current": 0, "next": 1}.get(rel, -1)
    y, q = divmod(current + n, 4)
    return _Hit(m.start(), m.end(), f"{y}-Q{q + 1}", "month", relative=True)


def _h_season(ctx: _Ctx, m) -> Optional[_Hit]:
    code = lexicon()["seasons"][m.group("season").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        return _Hit(m.start(), m.end(), f"{int(m.group('year'))}-{code}", "month")
    if not rel and not (m.group("the") and m.group("pre")):
        return None  # "Arab Spring", "the fall of Kabul"
    if m.group("the") and re.match(r"\s+of\b", ctx.text[m.end():]):
        return None
    if ctx.pub is None:
        return _Hit(m.start(), m.end(), None, "month", relative=True)
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    now = order[{12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        ctx.pub.month, "FA")]
    year = ctx.pub.year
    if rel in ("last", "past"):
        year -= 0 if order[code] < now else 1
    elif rel in ("next", "coming"):
        year += 0 if order[code] > now else 1
    elif rel == "" and _future_context(ctx, m.start(), m.end()) is False and order[code] > now:
        year -= 1
    return _Hit(m.start(), m.end(), f"{year}-{code}", "month", relative=True)


def _h_duration(ctx: _Ctx, m) -> Optional[_Hit]:
    unit = m.group("unit").lower()
    pre = m.group("pre") if "pre" in m.re.groupindex else None
    num = m.group("num") if "num" in m.re.groupindex else None
    if num and num.lower() in ("a", "an") and not pre and not (m.groupdict().get("rel")):
        return None  # "twice a day", "$5 billion a year"
    if num and re.match(r"\d", num) and _vetoed(ctx, m.start("num"), m.end("num"), allowed=("DATE", "TIME",
                                                                                             "CARDINAL", "QUANTITY")):
        return None
    if re.match(r"\s*-?old\b", ctx.text[m.end():]):
        return None
    return _Hit(m.start(), m.end(), None, "duration")


def _h_clock(ctx: _Ctx, m) -> Optional[_Hit]:
    if m.group("noon"):
        h, mi = (12 if m.group("noon").lower() == "noon" else 0), 0
    elif m.group("h"):
        h, mi = int(m.group("h")), int(m.group("mi") or 0)
        if not 1 <= h <= 12:
            return None
        ampm = m.group("ampm").lower()
        h = (h % 12) + (12 if ampm.startswith("p") else 0)
    else:
        h, mi = int(m.group("h2")), int(m.group("mi2"))
        if re.search(r"\d[:–-]?\s*$", ctx.text[max(0, m.start() - 3):m.start()]):
            return None
    return _Hit(m.start(), m.end(), f"T{h:02d}:{mi:02d}", "time")


# ----------------------------------------------------------------------------- assembly

@functools.lru_cache(maxsize=1)
def compiled_rules() -> list[tuple[str, int, re.Pattern, Callable]]:
    return _rules()


def _pub_date(doc) -> Optional[dt.date]:
    article = getattr(doc._, "ew_article", None) if doc.has_extension("ew_article") else None
    published = getattr(article, "published", None)
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _trim(text: str, hit: _Hit) -> _Hit:
    """Drop trailing spaces/punctuation a rule may have swallowed."""
    while hit.end > hit.start and text[hit.end - 1] in " \t\n,":
        hit.end -= 1
    return hit


QUARTER_WINDOW = 1500  # characters back (or the same sentence) where a quarter sets the reporting period


def _sentence_bounds(doc, char: int) -> tuple[int, int]:
    if doc.has_annotation("SENT_START"):
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span):
            sent = span[0].sent
            return sent.start_char, sent.end_char
    return char, char


def _resolve_anchors(ctx: _Ctx, hits: list[_Hit]) -> None:
    """Expressions that lean on another one: "that day" on the last day named, "a year ago" next to
    "the third quarter" on the same quarter a year back."""
    # the reporting period: a quarter of this year (or the last one of the year before, early in a year)
    last_q = (ctx.pub.year * 4 + (ctx.pub.month - 1) // 3 - 1) if ctx.pub else None
    quarters = [h for h in hits if h.value and re.match(r"^\d{4}-Q\d$", h.value) and not h.anchor
                and last_q is not None and int(h.value[:4]) * 4 + int(h.value[-1]) - 1 >= last_q - 1]
    for i, h in enumerate(hits):
        if not h.anchor:
            continue
        kind, arg = h.anchor.split(":", 1)
        if kind.startswith("quarter"):
            s_start, s_end = _sentence_bounds(ctx.doc, h.start)
            near = [q for q in quarters if (s_start <= q.start < s_end) or 0 <= h.start - q.end <= QUARTER_WINDOW]
            if not near:
                continue
            q = min(near, key=lambda q: abs(h.start - q.start))
            qn = q.value.split("-Q")[1]
            if kind == "quarter-of":
                h.value, h.granularity = f"{arg}-Q{qn}", "month"
            else:
                h.value, h.granularity = f"{int(q.value[:4]) + int(arg)}-Q{qn}", "month"
            continue
        shift = int(arg)
        for prev in reversed(hits[:i]):
            v = prev.value
            if not v or prev.anchor and prev.value is None:
                continue
            try:
                if kind == "day" and re.match(r"^\d{4}-\d\d-\d\d", v):
                    h.value = (dt.date.fromisoformat(v[:10]) + dt.timedelta(days=shift)).isoformat()
                elif kind == "week" and re.match(r"^\d{4}-\d\d-\d\d", v):
                    h.value = _iso_week(dt.date.fromisoformat(v[:10]) + dt.timedelta(weeks=shift))
                elif kind == "month" and re.match(r"^\d{4}-\d\d", v) and "-Q" not in v and "-W" not in v:
                    y, mo = _add_months(dt.date(int(v[:4]), int(v[5:7]), 1), shift)
                    h.value = f"{y:04d}-{mo:02d}"
                elif kind == "year" and re.match(r"^\d{4}", v):
                    h.value = f"{int(v[:4]) + shift:04d}"
                else:
                    continue
            except ValueError:
                continue
            break


def _attach_clock(hits: list[_Hit], text: str) -> None:
    """A clock time next to a day expression ("Monday at 3 p.m.") takes that day."""
    for i, h in enumerate(hits):
        if h.granularity != "time" or h.value is None or not h.value.startswith("T"):
            continue
        near = [o for o in (hits[i - 1] if i else None, hits[i + 1] if i + 1 < len(hits) else None)
                if o is not None and o.granularity == "day" and o.value
                and abs((o.start - h.end) if o.start >= h.end else (h.start - o.end)) <= 4]
        h.value = near[0].value + h.value if near else None


def find_times(doc) -> list[TimeExpr]:
    """All time expressions of the Doc, in text order, with ids T1, T2, ...

    doc (Doc): a Doc; ``doc._.ew_article.published`` anchors relative expressions.
    RETURNS (list[TimeExpr]): non-overlapping expressions; the longest wins where rules overlap.
    """
    text = doc.text
    ctx = _Ctx(doc=doc, text=text, pub=_pub_date(doc))
    hits: list[_Hit] = []
    for _name, priority, regex, handler in compiled_rules():
        for m in regex.finditer(text):
            if m.end() == m.start():
                continue
            hit = handler(ctx, m)
            if hit is not None:
                hit.priority = max(hit.priority, priority)
                hits.append(_trim(text, hit))
    hits.sort(key=lambda h: (-(h.end - h.start), -h.priority, h.start))
    chosen: list[_Hit] = []
    taken = bytearray(len(text) + 1)
    for h in hits:
        if h.end > h.start and not any(taken[h.start:h.end]):
            chosen.append(h)
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    chosen.sort(key=lambda h: h.start)
    _resolve_anchors(ctx, chosen)
    chosen = [h for h in chosen if not (h.anchor and h.anchor.startswith(("day:", "week:", "month:", "year:")))
              or h.value is not None or ctx.pub is None]
    _attach_clock(chosen, text)
    if ctx.pub is None and any(h.relative for h in chosen):
        _warn(doc)
    return [TimeExpr(id=f"T{i}", text=text[h.start:h.end], start=h.start, end=h.end, value=h.value,
                     granularity=h.granularity) for i, h in enumerate(chosen, 1)]


def _warn(doc) -> None:
    """One warning per Doc, however many expressions were left unresolved."""
    if not doc.has_extension("ew_warnings"):
        return
    if doc._.ew_warnings is None:
        doc._.ew_warnings = []
    if NO_PUB_WARNING not in doc._.ew_warnings:
        doc._.ew_warnings.append(NO_PUB_WARNING)


@Language.factory("eventwire_times", assigns=["doc._.ew_times", "doc._.ew_warnings"])
def make_times(nlp, name):
    def component(doc):
        doc._.ew_times = find_times(doc)
        return doc

    return component
