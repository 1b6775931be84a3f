"""places component: find place mentions, pick the place each one names, and geolocate it offline.

The cascade, in order:

1. candidates: spaCy GPE/LOC/FAC entities that name a gazetteer entry (leading "the" and a trailing
   possessive dropped); an entity that names nothing whole is searched for names inside it
   ("Black Sea resort of Sochi" -> Black Sea, Sochi; "Paris, Texas" -> Paris, Texas); a person, organisation
   or nationality entity counts too after a locative preposition ("in Tunis") or in a list next to a tagged
   place ("Bratislava, Nitra and Kosice"); upper-case datelines open the text or a sentence ("NEW DELHI:");
2. gazetteer phrases the model missed (countries, US states, continents, seas, rivers, conflict areas),
   outside person/organisation/nationality entities;
3. disambiguation, once per distinct name in the article: a population prior (countries and capitals
   first), the article's dominant countries, a container written next to the name ("Paris, Texas",
   "Kherson, Ukraine"), a state mentioned elsewhere, and "X state" / "X region" after the name.

Demonyms and nationalities (NORP) are never places; metonymic uses ("Moscow said") are still mentions of
the place: the actor component reads them as the government.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language

from .. import gazetteer
from ..gazetteer import Entry, normalize
from ..gazetteer import prior as _prior
from ..model import Mention, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# gazetteer-only matches inside these entities are names of something else ("Washington Post", "Jordan Peterson")
BLOCKING_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"}
REGION_WORDS = {"region", "oblast", "province", "state", "governorate", "territory", "county", "regions"}
POSSESSIVE = {"'s", "’s", "'", "’"}
# "in Calcutta", "of Java's": after these, a name the model took for a person or organisation is a place
LOCATIVE = {"in", "at", "near", "from", "across", "into", "outside", "throughout", "around", "of", "to"}
# prior: log10(population) plus a bonus per kind, so that countries and capitals win over same-named towns
CONTEXT_WEIGHT = 3.0  # times the share of the article's other mentions in the candidate's country
CONTAINER_BONUS = 6.0  # "Paris, Texas": the next name contains the candidate
STATE_CONTEXT_BONUS = 1.5  # a US state named elsewhere in the article
REGION_WORD_BONUS = 5.0  # "Washington state", "Donetsk region"
KIND_OUT = {"continent": "region"}
# towns this small count only where the model calls the name a GPE: LOC and FAC names that match a village
# are mostly something else ("El Niño", "Turtle Rock")
SMALL_TOWN = 15000
# entities the model often mislabels as names of people, organisations or nationalities ("in Tunis" as NORP)
MISTAGGED_LABELS = {"ORG", "PERSON", "NORP"}
DATELINE_PUNCT = {",", ":", "-", "–", "—", "(", "--"}


@dataclass
class _Cand:
    start: int  # token indices
    end: int
    options: list[tuple[Entry, bool]]
    region_hint: bool = False
    scores: dict[str, float] = field(default_factory=dict)


def find_places(doc) -> list[Place]:
    """Places mentioned in the Doc, in order of first mention, each with all its mentions.

    doc (Doc): a Doc processed by the spaCy model (needs ``doc.ents``).
    RETURNS (list[Place]): one Place per distinct location, ids P1, P2, ...
    """
    gaz = gazetteer.load()
    cands = _candidates(doc, gaz)
    if not cands:
        return []
    chosen = _resolve(doc, cands)
    places: dict[str, Place] = {}
    for cand in sorted(cands, key=lambda c: c.start):
        entry = chosen.get(id(cand))
        if entry is None:
            continue
        span = doc[cand.start:cand.end]
        mention = Mention(span.start_char, span.end_char, doc.text[span.start_char:span.end_char])
        place = places.get(entry.key)
        if place is None:
            place = places[entry.key] = Place(
                id=f"P{len(places) + 1}", name=entry.name, kind=KIND_OUT.get(entry.kind, entry.kind),
                country=entry.country, lat=round(entry.lat, 4), lon=round(entry.lon, 4),
                geonameid=entry.geonameid)
        place.mentions.append(mention)
    return list(places.values())


# -- candidates ------------------------------------------------------------------------------------

def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive or punctuation."""
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


def _lookup(gaz, doc, start: int, end: int) -> list[tuple[Entry, bool]]:
    if start >= end or not _capitalised(doc[start]):
        return []
    text = doc[start:end].text
    options = gaz.lookup(text)
    if len(text) <= 4 and text.replace(".", "").isupper():  # "WA", "SA": codes, not the town of Wa
        options = [o for o in options if o[0].kind != "city"]
    return options


def _inner_names(gaz, doc, start: int, end: int) -> list[tuple[int, int, list]]:
    """Longest gazetteer names inside an entity that names nothing as a whole."""
    found: list[tuple[int, int, list]] = []
    taken = set()
    for length in range(end - start - 1, 0, -1):
        for i in range(start, end - length + 1):
            j = i + length
            if taken.intersection(range(i, j)) or not _capitalised(doc[j - 1]):
                continue
            # a name inside a longer name is no name of its own ("Kasai" in "Kasai Occidental")
            if (i > start and _name_word(doc[i - 1])) or (j < end and _name_word(doc[j])):
                continue
            # inside an unknown name only a city's own name counts ("Morris" in "Morris County" is no alias)
            options = [o for o in _lookup(gaz, doc, i, j) if o[1] or o[0].kind != "city"]
            if options:
                found.append((i, j, options))
                taken.update(range(i, j))
    return found


def _dateline(gaz, doc, spans) -> list[tuple[int, int, list]]:
    """"SAN DIEGO (AP) --", "NEW DELHI:": an upper-case place name opening the text or a sentence (datelines
    often follow a headline), which NER rarely tags."""
    found = []
    taken = {i for s in spans for i in range(s[0], s[1])}
    for start in range(len(doc)):
        if not (start == 0 or doc[start].is_sent_start or doc[start - 1].is_space):
            continue
        end = start
        while end < min(len(doc), start + 4) and _upper_word(doc[end]):
            end += 1
        if end == start or end >= len(doc) or doc[end].text not in DATELINE_PUNCT:
            continue
        if taken.intersection(range(start, end)):
            continue
        options = _lookup(gaz, doc, start, end)
        if options:
            found.append((start, end, options))
    return found


def _upper_word(tok) -> bool:
    """"NEW", "ST.": an upper-case word of a dateline."""
    text = tok.text.rstrip(".")
    return bool(text) and text.isalpha() and text.isupper()


def _after_locative(doc, ent) -> bool:
    return ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE


def _in_place_list(doc, ent) -> bool:
    """"Žilina, Nitra and Košice", "New Quay, Ceredigion": a name between commas (or "and") next to a name the
    model tagged as a place is a place too, whatever the model called it."""
    before = ent.start - 2
    if before >= 0 and doc[ent.start - 1].text in (",", "and") and doc[before].ent_type_ in ("GPE", "LOC"):
        return True
    after = ent.end + 1
    return after < len(doc) and doc[ent.end].text in (",", "and") and doc[after].ent_type_ in ("GPE", "LOC") \
        and doc[after].ent_iob_ == "B"


def _part_of_person_name(doc, i: int) -> bool:
    """"Jordan Peterson", "Georgia Smith": a one-word place name next to an untagged proper noun that ends
    the name (titles before names, "Moscow Mayor Sergei ...", are followed by more proper nouns)."""
    if "." in doc[i].text or doc[i].text.isupper():  # "U.S. Agriculture Secretary": no first name
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or nxt.ent_type_ or nxt.pos_ != "PROPN" or not _name_word(nxt):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    return after is None or after.pos_ != "PROPN"


def _name_word(tok) -> bool:
    return tok.is_alpha and _capitalised(tok)


def _phrase_matcher(doc, gaz):
    """A PhraseMatcher over the gazetteer's phrase names, built once per vocabulary."""
    key = id(doc.vocab)
    cached = _MATCHERS.get(key)
    if cached is None:
        import spacy
        from spacy.matcher import PhraseMatcher

        tokenizer = spacy.blank("en", vocab=doc.vocab).tokenizer
        matcher = PhraseMatcher(doc.vocab, attr="ORTH")
        matcher.add("PLACE", list(tokenizer.pipe(sorted(gaz.phrases))))
        cached = _MATCHERS[key] = (doc.vocab, matcher)
    return cached[1]


_MATCHERS: dict[int, tuple] = {}


def _candidates(doc, gaz) -> list[_Cand]:
    spans: list[tuple[int, int, list]] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            if ent.label_ in MISTAGGED_LABELS and (_after_locative(doc, ent) or _in_place_list(doc, ent)):
                start, end = _trim(doc, ent.start, ent.end)
                options = _lookup(gaz, doc, start, end)
                if ent.label_ == "NORP":  # "Arab" is a small US town: only a sizeable town beats the demonym
                    options = [o for o in options if o[0].kind != "city" or o[0].weight >= SMALL_TOWN]
                if options:
                    spans.append((start, end, options))
            continue
        start, end = _trim(doc, ent.start, ent.end)
        options = _lookup(gaz, doc, start, end)
        if ent.label_ == "FAC":  # a building is never a city's translated name ("White House" = Casablanca)
            options = [o for o in options if o[1] or o[0].kind != "city"]
        if ent.label_ != "GPE":
            options = [o for o in options if o[0].kind != "city" or o[0].weight >= SMALL_TOWN]
        if options and end - start == 1 and _part_of_person_name(doc, start):
            continue
        if not options and end - start > 1 and doc[end - 1].lower_ in REGION_WORDS:
            end -= 1  # "Kyiv Oblast": the region word after the name marks it as a region (region_hint)
            options = _lookup(gaz, doc, start, end)
            if doc[end].lower_ == "county":  # "Morris County" is not the town of Morris
                options = [o for o in options if o[0].kind != "city"]
        if options:
            spans.append((start, end, options))
        else:
            spans.extend(_inner_names(gaz, doc, start, end))
    spans.extend(_dateline(gaz, doc, spans))
    blocked = {i for ent in doc.ents if ent.label_ in BLOCKING_LABELS for i in range(ent.start, ent.end)}
    in_org = {i for ent in doc.ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
    extra = []
    for _, start, end in _phrase_matcher(doc, gaz)(doc):
        options = gaz.lookup(doc[start:end].text)
        if blocked.intersection(range(start, end)):
            # a country inside an organisation's name is still a place ("U.S. Army", "Taco Bell Canada")
            if not (set(range(start, end)) <= in_org and options and all(o[0].kind == "country" for o in options)):
                continue
        elif end - start == 1 and not _lone_word_ok(doc, start, options):
            continue
        extra.append((start, end))
    # longer phrases first; a phrase replaces model entities it strictly contains ("Sea of [Azov]")
    for start, end in sorted(extra, key=lambda se: se[0] - se[1]):
        inside = [s for s in spans if start <= s[0] and s[1] <= end]
        overlapping = [s for s in spans if s[0] < end and start < s[1]]
        if len(inside) == len(overlapping) and (not inside or any(s[1] - s[0] < end - start for s in inside)):
            spans = [s for s in spans if s not in inside]
            options = gaz.lookup(doc[start:end].text)
            if options:
                spans.append((start, end, options))
    cands = []
    for start, end, options in sorted(spans, key=lambda s: s[0]):
        hint = end < len(doc) and doc[end].lower_ in REGION_WORDS
        cands.append(_Cand(start, end, options, hint))
    return cands


def _lone_word_ok(doc, i: int, options) -> bool:
    """A one-word gazetteer name the model did not tag counts only outside a run of capitalised words
    ("Chad" alone, not "Chad Smith"), and a city's name not as a sentence's first word ("Nice work")."""
    tok = doc[i]
    if tok.ent_type_ and tok.ent_type_ not in PLACE_LABELS:
        return False
    if tok.is_sent_start and all(o[0].kind == "city" for o in options):
        return False
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is not None and before.is_alpha and _capitalised(before) and not before.is_sent_start:
        return False
    return not (after is not None and after.is_alpha and _capitalised(after))


# -- disambiguation --------------------------------------------------------------------------------

def _best_by_prior(cand: _Cand) -> Entry:
    return max(cand.options, key=lambda o: (_prior(*o), o[0].weight))[0]


def _resolve(doc, cands: list[_Cand]) -> dict[int, Entry]:
    """Pick one entry per candidate; all mentions of one name (and hint) in an article get the same one."""
    first = [_best_by_prior(c) for c in cands]
    countries = Counter(e.country for e in first if e.country)
    states = {(e.country, e.admin1) for e in first if e.kind == "region" and e.admin1}
    n = len(cands)
    by_start = {c.start: c for c in cands}
    groups: dict[tuple[str, bool], list[tuple[_Cand, Entry]]] = defaultdict(list)
    for cand, top in zip(cands, first):
        groups[(normalize(doc[cand.start:cand.end].text), cand.region_hint)].append((cand, top))
    chosen: dict[int, Entry] = {}
    for members in groups.values():
        totals: dict[str, float] = defaultdict(float)
        entries: dict[str, Entry] = {}
        for cand, top in members:
            container = _container(doc, cand, by_start)
            for entry, primary in cand.options:
                entries[entry.key] = entry
                score = _prior(entry, primary)
                if entry.country:
                    own = 1 if top.country == entry.country else 0
                    score += CONTEXT_WEIGHT * (countries[entry.country] - own) / max(1, n - 1)
                if (entry.country, entry.admin1) in states and entry.kind == "city":
                    score += STATE_CONTEXT_BONUS
                if container is not None and _contains(container, entry):
                    score += CONTAINER_BONUS
                if cand.region_hint and entry.kind == "region":
                    score += REGION_WORD_BONUS
                totals[entry.key] += score
        best = max(totals, key=lambda k: (totals[k], entries[k].weight))
        for cand, _ in members:
            chosen[id(cand)] = entries[best]
    return chosen


def _container(doc, cand: _Cand, by_start: dict[int, _Cand]) -> Optional[_Cand]:
    """The name written right after "X," ("Paris, Texas"), if any."""
    i = cand.end
    if i < len(doc) - 1 and doc[i].text == ",":
        return by_start.get(i + 1)
    return None


def _contains(container: _Cand, entry: Entry) -> bool:
    for outer, _ in container.options:
        if outer is entry or outer.country is None:
            continue
        if outer.kind == "country" and entry.kind != "country" and outer.country == entry.country:
            return True
        if outer.kind == "region" and outer.admin1 and entry.kind == "city" \
                and (outer.country, outer.admin1) == (entry.country, entry.admin1):
            return True
    return False


@Language.factory("eventwire_places", assigns=["doc._.ew_places"], requires=["doc.ents"])
def make_places(nlp, name):
    gazetteer.load()  # build the indexes when the pipeline is built, not on the first article

    def component(doc):
        doc._.ew_places = find_places(doc)
        return doc

    return component
