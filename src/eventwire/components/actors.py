"""actors: who is who in an article.

Stages, each cheap and explainable (every actor's ``why`` names the rule or dictionary entry):
1. dictionary names (people, organisations, parties, countries, seats of power, regions, ethnic groups) — also
   fed to an entity ruler placed before NER so the model stops tagging "Trump" as a place; the row in force on
   the publication date wins (a party in government or in opposition, a leader in office, in opposition or not
   yet in office); a person out of office is a former office holder (ELI); a title in the text beats the
   dictionary's sector ("former President X", "the opposition Likud");
2. NER people/organisations not in the dictionary, with country/sector read off their titles, modifiers,
   appositions, relative clauses ("X, who served as the State Department's envoy"), employers ("a reporter for
   the BBC") and the words around an organisation's name ("the Cato Institute think tank"); misspelt
   countries and leaders (one edit) found; acronyms linked to their organisation;
3. sector phrases ("Russian troops", "a White House official", "Ukrainian television", "rebels in
   Darfur", "Israeli army bulldozers", "Albanian rebel-held territory"), where a stance ("anti-Syria",
   "Iranian-backed") or a relation ("Israel's militia ally") names another country than the group's;
   plural and counted demonyms and ethnic groups and minorities as civilians (by residence), a country's
   bare institutions ("the cabinet", "the full Senate"); a device that harms with no one behind it ("a car
   bomb killed") as unidentified armed forces; a misspelt sector noun the model has never seen ("peackeepers")
   is read as the one it is one edit from;
4. role descriptions resolved against office holders on the publication date ("the US president", "the
   president" of the article's country); people and groups still without a country get it from where they
   work ("X of the Atlantic Council"), their family name, or the article's dominant country, if one dominates;
5. in-document coreference: surnames to full names (the article's own before the dictionary's; family
   name first too, "Kim"), title words and appositives to their person, "the spokesperson" to the one named
   before, "his country", pronouns and ages used as nouns ("the 27-year-old") to the most salient compatible
   antecedent; sector nouns owned by a resolved actor ("its coast guard", "his wife" — an elite in an office
   holder's family, "the administration"); followers of a resolved actor ("supporters of former President
   X"); parts coded as their whole ("some of the fighters", "Boko Haram's largest faction");
6. over time: an actor of a state that did not exist yet on the article's date (undated: before the last day of
   a former state or dissolved organisation it names) is the state it was part of (Kosovo's before 2008: SRB).

This module holds the stages (methods of :class:`ActorFinder` sharing one :class:`_Run`) and the functions other
components call; :mod:`.actor_parse` holds the tests on the parse the stages share and :mod:`.actor_words` the
closed word lists (``data/actors/grammar.json``).
"""
from __future__ import annotations

import collections
from dataclasses import dataclass, field
from itertools import dropwhile
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from .. import gazetteer
from ..actor_kb import HEADS, KB, ROLE_SYNONYMS, Entry, load_kb
from ..model import Actor, Mention
from .actor_parse import (_acronym_key, _after_ethnic, _age_noun, _apposition_kind, _apposition_role, _as_of,
    _bare_definite, _bare_institution, _beside_named_person, _called_official, _capital_named_before, _clause_verb,
    _clean_name, _code, _correct_sector_spelling, _country_named_before, _dateline_name, _described_as_person,
    _descriptor, _device_that_harms, DOMINANT_KEY, _entity_at, _envoy, _epithet, ERA_KEY, _ethnic_word,
    _fallback_country, _finder_for, _FINDERS, _first_name, _former_name_hint, _gazetteer_country, _has_person_compound,
    _head_named_before, _home_of_people, _hyphen_word, _igo_named_before, _inside_organization, _international_body,
    _is_locative, _join_split_names, _kind_word, _longer_place, _name_sector, _name_words, _named_after,
    _named_body_sector, _named_for_another_country, NAMED_KEY, named_place, _named_with_its_kind, _names_a_country,
    _names_organization, _namesake_party, _np_span, _opening_place, _other_full_name, OWNED_ELSEWHERE_KEY,
    _past_apposition, _people_adjective, _people_plural, _person_by_name, _person_nearby, _persons_beside,
    _place_in_name, _places_in_titles, _portfolio_name, _posted_from, _proper_place, _relative_role, _ruling_before,
    _said_sector, _sentence_place_country, _short_name_key, _singular, _sizeable_place, _sponsored_definite,
    _stance_word, _surname, _take_employer, _title_of_person, _title_window, _titled_name, _untagged_place)
from .actor_words import (AFFILIATED_HEADS, ALIAS_VERBS, ARMED_MEMBER_NOUNS, ATTACK_NOUNS, BUSINESS_NOUNS,
    CHAMBER_BODY_HEADS, CHARGE_NOUNS, CIVILIAN_PROPERTY, COMMUNITY_LEADERS, COUNTRY_NOUNS, CROWD_VERBS,
    DATED_SECTOR_WORDS, DISPLACING_VERBS, DOCK_VERBS, EXAMPLE_PREPS, FLIGHT_VERBS, FOLLOWER_NOUNS, FOLLOWER_SECTORS,
    FORCING_VERBS, FORMER_SECTORS, GENERIC_HEADS, GROUP_NOUNS, HARM_VERBS, HEAD_ROLE_NOUNS, HOLDER_SUFFIXES,
    HONORIFIC_TITLES, INSTITUTIONS, INTERNATIONAL_WORDS, KIN_NOUNS, KIND_NOUNS, LEAD_VERBS, LEADING_TITLES,
    LEGISLATURE_WORDS, MAINLAND, MEMBER_NOUNS, MEMBERS_HEADS, MINORITY_NOUNS, NAME_DESCRIPTOR_HEADS, NAME_HEAD_SECTORS,
    NAME_LINK_WORDS, NATIONAL_SOCIETY_NAMES, ORG_HEADS, ORG_NAME_HEADS, OVERTHROW_VERBS, PART_NOUNS, PARTITIVE_WORDS,
    PARTY_MEMBER_COUNTRIES, PARTY_TITLE_COUNTRIES, PAST_OFFICE_SECTORS, PAST_TITLE_WORDS, PEOPLE_ADJECTIVES,
    PERSON_PRONOUNS, PERSON_SECTORS, PLACE_FACILITIES, PLACE_NOUNS, PLACE_PREPS, PLACE_VERBS, PLURAL_PRONOUNS,
    POLICED_PHRASES, POLICING_WORDS, PROXY_NOUNS, QUANTITY_NOUNS, RANK_WORDS, REFUGE_PLACES, REFUGEE_WORDS,
    RELATION_NOUNS, RELIGIOUS_TITLES, ROLE_NOUNS, RULER_NOUNS, SCOPE_WORDS, SECRETARY_TITLES, SELL_VERBS,
    SERVICE_NEUTRAL_NOUNS, SHARED_METONYM_OWNERS, SHARED_METONYMS, SHELTER_NOUNS, STAFF_NOUNS, STATE_BODY_HEADS,
    STATE_OF_WORDS, STAYING_VERBS, THING_PRONOUNS, TITLE_SECTORS, TITLE_WORDS, TOPIC_HEADS, WORK_VERBS, WORKER_HEADS)

DOMINANT_SHARE = 0.3  # of the article's country mentions (and more than any other), for "the article's country"
ABOUT_SHARE = 0.5  # the same for the country an article is about, which a bare institution belongs to (5c.)
LOCAL_SECTORS = ("CVL", "AGR", "LAB", "EDU")  # people who act where they live (7b''')
STATE_SECTORS = ("COP", "GOV", "JUD", "LEG")  # a state's own institutions, acting at home (7b''')


def _date(doc) -> Optional[str]:
    art = doc._.ew_article
    return getattr(art, "published", None) if art is not None else None


@dataclass
class _Run:
    """One article's actors while the stages find them: what every stage reads and adds to."""
    doc: object
    kb: KB
    date: Optional[str]
    actors: dict = field(default_factory=dict)  # key ("person:Name", "group:...") -> Actor
    token_actor: dict = field(default_factory=dict)  # token index -> key
    order: list = field(default_factory=list)  # keys in the order they were made
    taken: set = field(default_factory=set)  # token indices inside an actor's mention
    person_mentions: list = field(default_factory=list)  # (token index, key) for coreference
    thing_mentions: list = field(default_factory=list)
    named_before: dict = field(default_factory=dict)  # surname -> start of the full name that owns it
    chosen: list = field(default_factory=list)  # dictionary spans, longest first, no overlaps
    named: set = field(default_factory=set)  # countries the text names
    dominant: Optional[str] = None  # the article's country, if one leads
    about: Optional[str] = None  # the same, if it has half or more of the country mentions
    aliases: dict = field(default_factory=dict)  # a nickname ("Fito", "SENAFRONT") -> the key of whom it names

    def add(self, key: str, span, make) -> str:
        """Record a mention of the actor ``key`` (made by ``make()`` if new) and claim its tokens."""
        if key not in self.actors:
            self.actors[key] = make()
            self.order.append(key)
        a = self.actors[key]
        m = Mention(span.start_char, span.end_char, span.text)
        if all(x.start != m.start for x in a.mentions):
            a.mentions.append(m)
        for t in span:
            self.token_actor[t.i] = key
            self.taken.add(t.i)
        if a.kind == "person":
            self.person_mentions.append((span.root.i, key))
        else:
            self.thing_mentions.append((span.root.i, key))
        return key

    def from_entry(self, e: Entry, why: str):
        """A maker for a dictionary entry's actor on the article's date."""
        kb, date = self.kb, self.date
        if e.kind == "person" and date and not e.active_on(date):
            past = kb.last_term(e.name, date)
            if past is not None and past.sector in FORMER_SECTORS:
                # "Biden" in a 2025 story: a former office holder is an elite (CAMEO ELI), not the government
                why = (f"{past.source}: '{past.name}' ({past.role} {past.start or ''}–{past.end}); out of office "
                       f"on {date}: former, ELI")
                return lambda: Actor(id="", name=past.name, kind="person", country=past.country, sector="ELI",
                                     code=_code(past.country, "ELI"), role=f"former {past.role}", why=why,
                                     confidence=0.9)
            if past is None and kb.not_yet_in_office(e.name, date):
                # "Taliban spokesman Zabihullah Mujahid" in 2020: the office came later; the text says the rest
                why += f"; not yet in office on {date}"
                return lambda: Actor(id="", name=e.name, kind="person", country=e.country, sector=None,
                                     code=_code(e.country, None), why=why, confidence=0.7)
        return lambda: Actor(id="", name=e.name, kind=e.kind, country=e.country, sector=e.sector,
                             code=e.code, role=e.role, why=why, confidence=0.95)


class ActorFinder:
    """Holds the KB and its phrase matcher; one per pipeline."""

    def __init__(self, nlp, kb: KB):
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        phrases = sorted(set(kb.phrases) | set(kb.demonyms))
        self.matcher.add("KB", list(nlp.tokenizer.pipe(phrases)))

    # ---- helpers -------------------------------------------------------------------------------
    def _country_of_token(self, tok, date) -> Optional[tuple[str, Optional[str], str]]:
        """(country, sector, why) for a modifier token such as 'Russian', 'US' or 'Kremlin'."""
        kb = self.kb
        if _stance_word(tok):
            return None
        if tok.text in kb.demonyms:
            return kb.demonyms[tok.text], None, f"demonym '{tok.text}'"
        eth = kb.ethnic.get(tok.text)
        if eth and eth.country and _ethnic_word(tok):
            return eth.country, None, f"{eth.source}: '{tok.text}' (home country {eth.country})"
        e = kb.lookup(tok.text, date)
        if e and e.kind in ("country", "group") and e.country:
            return e.country, None, f"{e.source}: {tok.text}"
        if e and e.metonym:
            return e.country, e.sector, f"{e.source}: {tok.text}"
        return None

    def _modifier_country(self, head, date, exclude=()) -> Optional[tuple[str, Optional[str], str, object]]:
        """Country/sector from a noun's modifiers ("Russian", "US", "White House", "Russia's") or 'of X'."""
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")
                and c.i not in exclude]
        for c in reversed(mods):
            toks = [t for t in c.subtree if t.i < head.i and t.i not in exclude]
            hit = self._best_ngram(toks, date)
            if hit is None and c.dep_ in ("compound", "poss") and c.ent_type_ in ("GPE", "LOC"):
                hit = _gazetteer_country(c)  # "Darfur rebels", "Ontario's provincial leader"
            if hit:
                return (*hit, c)
        hit = self._best_ngram([t for c in mods for t in c.subtree if t.i < head.i and t.i not in exclude],
                               date) if len(mods) > 1 else None
        if hit and hit[2].startswith("organizations.csv"):
            return (*hit, mods[-1])  # "Lord's Resistance Army rebels": a name the parse split over two modifiers
        for c in head.rights:
            preps = [c] if c.dep_ == "prep" else []
            if c.dep_ == "acl" and c.lemma_ in ("base", "station", "deploy", "operate", "live", "locate"):
                preps = [x for x in c.children if x.dep_ == "prep" and x.lower_ in ("in", "at", "across")]
            if c.dep_ == "acl" and c.lemma_ in ("flee", "escape"):  # "refugees fleeing (the war in) Liberia"
                for t in c.subtree:
                    hit = self._best_ngram([t], date) if t.i > c.i else None
                    if hit and self.kb.lookup(t.text, date) is not None:
                        return (*hit, t)
            for prep in preps:
                if prep.lower_ not in PLACE_PREPS:
                    continue
                if prep.lower_ == "of" and self.kb.sectors.get(head.lemma_.lower()) in ("CRM", "UAF"):
                    continue  # "the kidnappers of two German aid workers": the victims, not the kidnappers' country
                if prep.lower_ in ("for", "on") and head.lemma_.lower() in TOPIC_HEADS:
                    continue  # "the special envoy for North Korea", "an expert on Iran": a topic, not a country
                if prep.lower_ in ("at", "in") and _envoy(head) or prep.lower_ == "from" \
                        and _posted_from(head):
                    continue  # "Israel recalled its ambassador from Vienna": the host, not the ambassador's country
                for p in prep.children:
                    if p.dep_ == "pobj":
                        # the object's own words, not a clause on it ("aid groups [that delivered goods to Baghdad]")
                        clause = {t.i for c in p.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
                        words = [t for t in p.subtree if t.i not in clause]
                        # its own modifiers first: "near Macedonia's border with Bulgaria" is in Macedonia
                        named = [t for c in p.children if c.dep_ == "appos" and c.i > p.i for t in c.subtree]
                        hit = self._best_ngram(named, date)  # "of the separatist group ETA": ETA's
                        hit = hit if hit and "organizations.csv" in hit[2] else None
                        hit = hit or self._best_ngram([t for t in words if t.i <= p.i], date) \
                            or self._best_ngram([t for t in words if t.i > p.i], date) \
                            or (_gazetteer_country(p) if p.i not in exclude else None)  # not "Change" in a name
                        if hit and hit[2].startswith(("metonyms.csv", "organizations.csv", "parties.csv")):
                            longer = self._longer_name(p, hit[2], date)
                            if longer is not None:  # "the (Zambia) Congress (of Trade Unions)": not the US Congress
                                hit = longer if longer[0] else None
                        organization = p.ent_type_ == "ORG" or hit is not None and hit[2].startswith("organizations.csv")
                        if hit and prep.lower_ not in ("of", "for") and not (prep.lower_ in ("at", "from", "in") and organization):
                            hit = (hit[0], None, hit[2])  # "a user in Beijing": the place, not its government
                        if hit:
                            return (*hit, p)
        return None

    def _longer_name(self, p, why: str, date) -> Optional[tuple]:
        """When the dictionary name a lookup found (quoted in ``why``) is only part of the capitalised name that
        ``p`` heads ("Congress" in "the Malawi Congress of Trade Unions"), the longer name's (country, sector,
        why): the country named in it and the sector its words say; else None ("the U.S. Congress" is the
        Congress: only a country's name is before it)."""
        found = why.split("'")[1] if why.count("'") >= 2 else ""
        if not found or not p.is_title:
            return None
        doc, link = p.doc, ("of", "for", "and", "'s")
        start, end = p.i, p.i + 1  # the capitalised words around p, and the small words joining them
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in link and start > 1
                             and doc[start - 2].is_title):
            start -= 1
        while end < len(doc) and (doc[end].is_title or doc[end].lower_ in link and end + 1 < len(doc)
                                  and doc[end + 1].is_title):
            end += 1
        run = doc[start:end]
        extra = run.text.replace(found, "", 1).strip()
        if found not in run.text or not extra:
            return None
        e = self.kb.lookup(extra, date)
        if extra in self.kb.demonyms or e is not None and e.kind == "country":
            return None
        country = next((h[0] for t in run for h in [self._country_of_token(t, date)]
                        if h and h[1] is None and h[0] in self.kb.country_names), None)
        return country, _name_sector(run, self.kb), f"the name '{run.text}'"

    def _best_ngram(self, toks, date):
        """The run of tokens closest to the head (the longest where several end there) that names a country,
        region, organisation or seat of power: "Liberian" in "Sierra Leonean and Liberian refugees", "North
        Korean" rather than "Korean"."""
        if not toks:
            return None
        doc = toks[0].doc
        named = doc.user_data.get(NAMED_KEY)  # the countries the text names (1.)
        idx = sorted(t.i for t in toks if not _stance_word(t))
        for last in range(len(idx) - 1, -1, -1):  # closest to the head first
            for n in range(min(6, last + 1), 0, -1):  # "the Al-Aqsa Martyrs Brigades" is five tokens
                k = last - n + 1
                if idx[k + n - 1] - idx[k] != n - 1:
                    continue
                text = doc[idx[k]:idx[k] + n].text
                if text in self.kb.demonyms:
                    before = doc[idx[k] - 1] if idx[k] > 0 else None
                    if before is not None and before.head.i not in (idx[k], doc[idx[k]].head.i):
                        before = None  # only a modifier of the same phrase
                    home = _home_of_people(before, doc[idx[k]], self.kb) if n == 1 else None
                    if home:
                        return home, None, f"demonym '{before.text}' ({text} living there)"  # "Bosnian Serb forces"
                    return self.kb.demonyms[text], None, f"demonym '{text}'"
                eth = self.kb.ethnic.get(text)
                if n == 1 and eth and eth.country and _ethnic_word(doc[idx[k]]):
                    return eth.country, None, f"{eth.source}: '{text}' (home country {eth.country})"
                e = self.kb.lookup(text, date, named)
                if e is not None and (e.kind == "organization" or e.metonym) and text.islower() and not e.name.islower():
                    e = None  # "French secret service agents": a common noun, not the US Secret Service
                if e is not None and e.metonym and text.lower() in SHARED_METONYMS and named \
                        and (SHARED_METONYMS[text.lower()] not in named
                             or text.lower() in doc.user_data.get(OWNED_ELSEWHERE_KEY, ())):
                    e = None  # "Brazil's attorney general charged 12 members of Congress": Brazil's (as in 1.)
                if e is not None and _namesake_party(e, named):
                    e = None  # another country's namesake party (as in 1.)
                end = idx[k] + n
                if e and e.kind == "group" and (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
                                                or _name_before(doc[idx[k]])):
                    continue  # "West Darfur State", "West Bank", "Rukum West": part of a name
                if e and e.kind == "country" and _longer_place(doc[idx[k]:end], e.country) is not None:
                    place = _longer_place(doc[idx[k]:end], e.country)
                    return place.country, None, f"place '{place.name}' ({place.kind} in {place.country})"
                if e and e.country and e.kind == "organization" and not e.metonym and e.country not in ("IGO", "NGO", "IMG"):
                    # "Russia's ultranationalist Liberal Democratic Party": another country's namesake of Japan's
                    before = [doc[i] for i in idx[:k]]
                    said = (self._country_of_token(t, date) for t in reversed(before))
                    other = next((h for h in said if h and h[1] is None), None)
                    if other and other[0] != e.country:
                        return other[0], None, f"{other[2]} before '{text}' (not the dictionary's namesake)"
                if e and e.country and e.kind != "person":
                    based = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"
                    # "Beijing-based", "a think tank in Dakar": the place, not its government
                    based = based or e.metonym and _is_locative(doc[idx[k]:end])
                    return e.country, None if based else e.sector, f"{e.source}: '{text}'"
                if e and e.country and e.kind == "person" and doc[idx[k] + n - 1].dep_ in ("compound", "poss"):
                    # "the Trump administration", "Putin's government": the person's country
                    return e.country, None, f"{e.source}: '{text}' ({e.role or 'person'} of {e.country})"
        for i in reversed(idx):  # "the Phillippines military": a misspelt country
            t = doc[i]
            if t.pos_ in ("PROPN", "ADJ") and t.is_title:
                e = self.kb.near_miss(t.text, date)
                if e is not None and e.kind == "country":
                    return e.country, None, f"{e.source}: '{e.name}' (spelt '{t.text}' here)"
        return None

    # ---- main ------------------------------------------------------------------------------------
    def __call__(self, doc):
        """The article's actors, in order of first mention; ``doc._.ew_token_actor`` maps tokens to them."""
        run = _Run(doc=doc, kb=self.kb, date=_date(doc))
        _join_split_names(doc)
        _places_in_titles(doc, self.kb)
        _correct_sector_spelling(doc, self.kb)
        self._names_introduced(run)
        self._dictionary_names(run)  # 1.
        self._ner_names(run)  # 2.
        self._descriptions_before_names(run)  # 2c.
        run.dominant, run.about = self._dominant_country(doc, run.chosen, run.date, (DOMINANT_SHARE, ABOUT_SHARE))
        self._sector_phrases(run)  # 3.-4.
        self._named_as_examples(run)  # 3b.
        self._officers_of_the_force_named(run)  # 3c.
        self._appositions(run)  # 4a.
        # 4b. titled people and organisations with no country: the article's one dominant country (before
        # coreference, so that "his wife" and "supporters of X" can take X's)
        self._dominant_country_fallback(doc, run.dominant, run.actors, kinds=("person", "organization"))
        self._names_and_titles(run)  # 4b'.-4d.
        # 5. pronouns -> most salient compatible antecedent
        self._resolve_pronouns(doc, run.actors, run.token_actor, run.person_mentions, run.thing_mentions)
        self._country_nouns_and_institutions(run)  # 5b.-5c.
        self._owners_followers_and_parts(run)  # 6.-7a'.
        self._groups_placed(run)  # 7b.-7b'.
        self._people_where_the_state_acts(run)  # 7b'''.
        # 7b''. sector groups still with no country (not "the administration" of a named president, not "his
        # critics"): the article's one dominant country
        self._dominant_country_fallback(doc, run.dominant, run.actors, kinds=("group",))
        self._private_individuals_and_history(run)  # 8.-9.
        self._people_in_flight(run)  # 10.
        return self._finish(run)

    def _names_introduced(self, run: "_Run") -> None:
        """Full names the article introduces that are not the dictionary's people: their surnames are theirs
        ("Jimmy Lai" owns "Lai" here, not Lai Ching-te)."""
        doc, kb, date = run.doc, run.kb, run.date
        named_before: dict[str, int] = {}
        for ent in doc.ents:
            surname = _surname(list(ent)).text if ent.label_ == "PERSON" and len(ent) >= 2 else None
            if surname is not None and surname not in named_before:
                known = kb.lookup(ent.text, date)
                by_surname = kb.lookup(surname, date)
                if (known is None or known.kind != "person" or (
                        by_surname is not None and by_surname.kind == "person" and by_surname.name != known.name)) \
                        and not (by_surname is not None and by_surname.kind == "person"
                                 and ent[0].text in _name_words(by_surname.name)):  # "Abdel Fattah Burhan": al-Burhan
                    named_before[surname] = ent.start  # "Jimmy Lai" owns "Lai" here, not Lai Ching-te
        for i in range(1, len(doc)):  # "Jimmy Lai" where the dictionary's "Lai" split the tagger's name
            t, prev = doc[i], doc[i - 1]
            if t.ent_type_ == "PERSON" and t.text not in named_before and kb.lookup(t.text, date) is not None \
                    and _first_name(prev, kb, date) and kb.lookup(f"{prev.text} {t.text}", date) is None \
                    and prev.text not in _name_words(kb.lookup(t.text, date).name):
                named_before[t.text] = i - 1
        run.named_before = named_before

    def _dictionary_names(self, run: "_Run") -> None:
        """1. Dictionary names, longest first, checked against their context (date, titles, places, longer names)."""
        doc, kb, date, actors = run.doc, run.kb, run.date, run.actors
        add, from_entry, named_before, chosen = run.add, run.from_entry, run.named_before, run.chosen
        named = run.named
        # 1. dictionary matches (longest first, no overlaps)
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        # longest first, not counting a leading "the": "the Guardian Council" is the council, not "the Guardian"
        spans.sort(key=lambda s: (-(s.end - s.start - (s[0].lower_ == "the")), s.start))
        chosen = []
        used: set[int] = set()
        for sp in spans:
            if any(i in used for i in range(sp.start, sp.end)):
                continue
            chosen.append(sp)
            used.update(range(sp.start, sp.end))
        chosen.sort(key=lambda s: s.start)
        # "the Malawi Red Cross Society", "the Vietnam Red Cross": a country's own society, left to the tagger's name
        societies = [sp for sp in chosen if sp.text.lower() in NATIONAL_SOCIETY_NAMES and sp.start > 0
                     and _names_a_country(doc[sp.start - 1], kb, date)]
        chosen = [sp for sp in chosen if not any(s.start - 1 in range(sp.start, sp.end) or s == sp for s in societies)]
        # "neighboring Rukum West": a region's word ending a longer place name
        chosen = [sp for sp in chosen if not (len(sp) == 1 and _name_before(sp[0])
                                              and getattr(kb.lookup(sp.text, date), "kind", None) == "group")]
        # the countries the text names: "Tripoli" near "Lebanese" is Lebanon's Tripoli, not Libya's
        named = collections.Counter()
        for sp in chosen:
            e = kb.lookup(sp.text, date)
            iso = kb.demonyms.get(sp.text) or (e.country if e is not None and e.kind == "country" else None)
            if iso and not _stance_word(sp[0]):
                named[iso] += 1
        doc.user_data[NAMED_KEY] = sorted(named)  # a list: user_data travels between processes
        # "Peru's Congress": a shared institution word another country owns here is that country's, all through;
        # so is "Congress" in a story that names a country with a congress more often than the US
        leading = max(named, key=lambda iso: named[iso]) if named else None
        owned_elsewhere = {sp.text.lower() for sp in chosen if sp.text.lower() in SHARED_METONYMS and (any(
            owner is not None and owner.kind == "country" and owner.country != SHARED_METONYMS[sp.text.lower()]
            for c in sp.root.children if c.dep_ == "poss" for owner in [kb.lookup(c.text, date)])
            or leading in SHARED_METONYM_OWNERS.get(sp.text.lower(), ())
            and named[leading] > named[SHARED_METONYMS[sp.text.lower()]] > 0)}
        doc.user_data[OWNED_ELSEWHERE_KEY] = sorted(owned_elsewhere)
        for sp in chosen:
            text = sp.text
            if text in kb.demonyms and kb.lookup(text, date) is None:
                # a bare demonym used as a noun ("the Ukrainians said") is a group actor
                if sp.root.pos_ in ("NOUN", "PROPN") and sp.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
                    iso = kb.demonyms[text]
                    why = f"demonym '{text}' used as a noun"
                    sector = None
                    mods = [c for c in sp.root.lefts if c.dep_ in ("amod", "compound")]
                    where = next((c for c in mods if c.text in kb.demonyms), None)
                    if where is not None:  # "Bosnian Serbs": Serbs of Bosnia
                        iso, why = kb.demonyms[where.text], why + f"; '{where.text} {text}': of {kb.demonyms[where.text]}"
                    said = next((kb.sectors[c.lemma_.lower()] for c in mods if kb.sectors.get(c.lemma_.lower())), None)
                    if said:  # "rebel Bosnian Serbs"
                        sector, why = said, why + f"; sector {said} from '{text}''s modifier"
                    if said in ("REB", "OPP"):  # "Rebel Serbs in Croatia's Krajina": coded where they live (CAMEO)
                        res = self._residence(sp.root, iso, date)
                        if res and res[0] != iso:
                            iso, why = res[0], why + f"; living in {res[0]} ({res[1]})"
                    if _after_ethnic(sp.root):
                        # "ethnic Albanians" (in Macedonia): coded by where they live, as civilians
                        res = self._residence(sp.root, iso, date)
                        if res:
                            iso, where = res
                            why += f"; ethnic group living in {iso} ({where})"
                        sector = "CVL"
                    elif _people_plural(sp.root) and not sector:
                        sector = "CVL"  # "thousands of Nigerians", "Young Algerians": people, not the state
                        why += " for people (plural, no 'the'): civilians"
                    elif any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sp.root.children) and not sector:
                        sector = "CVL"  # "seized an Australian, a Briton and a Frenchman": one person each
                        why += " for a person ('a'/'an'): a civilian"
                    sp = _np_span(sp.root) if sector or where is not None else sp
                    add(f"group:{iso}{sector or ''}", sp, lambda iso=iso, text=text, why=why, sector=sector: Actor(
                        id="", name=_clean_name(sp) if sector else text, kind="group", country=iso, sector=sector,
                        code=_code(iso, sector), why=why, confidence=0.8 if sector is None else 0.7))
                continue
            e = kb.lookup(text, date, named)
            if e is None:
                continue
            if e.kind == "person" and not date:
                # with no date, the title says which office: "President Michelle Bachelet" (of Chile), not the
                # later UN post
                said = {t.lemma_.lower() for t in _title_window(sp, kb.sectors)}
                titled = [x for x in kb.phrases.get(text) or kb.phrases.get(text.title()) or []
                          if x.kind == "person" and x.name == e.name and x.role and set(x.role.split()) <= said]
                if titled and e not in titled:
                    e = titled[-1]
            if _namesake_party(e, named):
                continue  # "the Podemos party" in a story on Mozambique: a namesake, not Spain's
            if e.kind == "group" and sp.end < len(doc) and doc[sp.end].pos_ in ("PROPN", "ADJ") \
                    and doc[sp.end].text[:1].isupper() and doc[sp.end].ent_type_ not in ("DATE", "TIME"):
                continue  # "West Darfur", "West Africans", "the West African bloc", "the West Bank": another name
            if e.kind == "person" and sp.root.ent_type_ not in ("", "PERSON") and len(sp) == 1 and not sp.text[0].isupper():
                continue
            if e.kind == "person" and _named_after(sp):
                continue  # "Queen Elizabeth Central Hospital", "John F. Kennedy Airport": a place named after them
            if e.kind == "person" and _other_full_name(sp, e, kb):
                continue  # "Jimmy Lai" is not Lai Ching-te: another first name, another person
            if e.kind == "person" and len(sp) == 1 and sp.text in named_before and named_before[sp.text] < sp.start \
                    and not self._title_sector(_title_window(sp, self.kb.sectors), None)[0]:
                # "Lai" after "Jimmy Lai" is Jimmy Lai (linked below), whoever else the dictionary knows; but
                # "former President Suharto" after "Tommy Suharto" is the president
                continue
            if e.metonym and sp.text.lower() in SHARED_METONYMS and (
                    named and SHARED_METONYMS[sp.text.lower()] not in named or sp.text.lower() in owned_elsewhere):
                continue  # "President Fujimori of Peru dissolved Congress": Peru's, coded as an institution below
            # "a mortar attack on Downing Street", "fired mortar bombs at Downing Street": a seat of power attacked is
            # the government (a capital attacked is the city, below)
            seat_attacked = sp.text not in kb.capitals and sp.root.dep_ == "pobj" \
                and sp.root.head.lower_ in ("against", "at", "on") \
                and sp.root.head.head.lemma_.lower() in ATTACK_NOUNS | {"fire"}
            # "shelled the southern regional capital Juba": the capital's noun stands where the name would (but
            # the GSR codes "bombs in the capital Kabul" as the government, so a capital in a locative stays one)
            carrier = sp.root.head if sp.root.dep_ in ("appos", "compound") and sp.text in kb.capitals \
                and sp.root.head.lemma_.lower() in PLACE_NOUNS else sp.root
            if e.metonym and not seat_attacked and (
                    _is_locative(sp)
                    or carrier.dep_ == "dobj" and carrier.head.lemma_ in PLACE_VERBS and sp.text in kb.capitals):
                continue  # "in Kyiv", "blockade Paris": the place itself
            if e.metonym and sp.text in kb.capitals and sp.root.dep_ in ("compound", "poss") \
                    and sp.root.head.lemma_.lower() in PLACE_FACILITIES:
                continue  # "a Berlin discotheque", "Beirut's airport": the city
            if e.metonym and sp.root.dep_ == "compound" and (sp.root.head.ent_type_ in ("PERSON", "ORG")
                                                             or sp.root.head.lemma_.lower() in PLACE_NOUNS):
                continue  # "White House Press Secretary Karoline Leavitt", "the Lima district of": a modifier
            if e.metonym and sp.root.dep_ == "pobj" and (
                    sp.root.head.lower_ == "of" and sp.root.head.head.ent_type_ == "PERSON"
                    or sp.root.head.lower_ in ("against", "on") and sp.root.head.head.lemma_.lower() in ATTACK_NOUNS
                    and sp.text in kb.capitals):
                continue  # "Archbishop Oscar Romero of San Salvador", "an attack on Kabul": the place (but an attack
                # on Downing Street is on the government)
            if e.metonym and sp.root.dep_ == "compound" and sp.root.head.lemma_.lower() in kb.sectors:
                continue  # "a White House official" is coded as a sector phrase below
            if e.metonym and _named_for_another_country(sp, e.country, kb):
                continue  # "the Iraqi National Congress" is not the US Congress: coded from its own words below
            if e.kind in ("country", "group") and self._modifies_bigger(sp) and not _named_with_its_kind(sp, e):
                continue  # "US administration", "the US president", "US President Donald Trump"
            if e.kind == "country" and _longer_place(sp, e.country) is not None:
                continue  # "Northern Ireland" is not Ireland: a place of another country
            if e.kind == "country" and _inside_organization(sp):
                continue  # "Kenya Anti-Corruption Commission": the organisation, coded from its words below
            if e.kind != "person" and _inside_organization(sp) and doc[sp.end].lower_ == "of":
                continue  # "the Congress of South African Trade Unions" is not the US Congress
            if e.kind == "organization" and e.country and e.country not in ("IGO", "NGO", "IMG") and not e.metonym:
                owner = self._modifier_country(sp.root, date, exclude={t.i for t in sp})
                if owner and owner[0] != e.country and owner[3].i < sp.start:
                    continue  # "Russia's Liberal Democratic Party" is not Japan's: another country's namesake
            why = f"{e.source}: '{e.name}'" + (f" ({e.role} {e.start or ''}–{e.end or ''})" if e.kind == "person" else
                                               f" ({DATED_SECTOR_WORDS.get(e.sector, e.sector)} {e.start or ''}–{e.end or ''})"
                                               if e.start or e.end else "")
            key = f"{e.kind}:{e.name}"
            said = kb.sectors.get(sp[-1].lemma_.lower()) if e.source == "regions.csv" and len(sp) > 1 else None
            if said:
                # "Western officials", "Western governments": the region's people in a sector, a group of their own
                add(f"{key}:{said}", sp, lambda e=e, said=said, why=why: Actor(
                    id="", name=sp.text.removeprefix("the "), kind="group", country=e.country, sector=said,
                    code=_code(e.country, said), why=why + f" + sector noun '{sp[-1].lemma_.lower()}' ({said})",
                    confidence=0.8))
                continue
            if e.kind == "person" and key not in actors:
                # the article's own title beats the dictionary's: "former President X" is ELI, "General X" MIL
                window = _title_window(sp, self.kb.sectors)
                if any(t.lower_ in PAST_TITLE_WORDS for t in window):
                    lead = 0  # "former Liberian | President Charles Taylor": a title the dictionary's alias includes
                    while lead < len(sp) - 1 and (sp[lead].lower_ in TITLE_WORDS
                                                  or kb.sectors.get(sp[lead].lemma_.lower())):
                        lead += 1
                    window += list(sp[:lead])
                # the words of an organisation named in the title are not the title: "African National Congress
                # leader X" is no legislator
                in_title = self._best_ngram(window, date)
                sector, title = self._title_sector(window, in_title)
                if in_title and in_title[1] and in_title[2].startswith(("organizations.csv", "parties.csv")) and title \
                        and title[0] in GENERIC_HEADS | LEADING_TITLES | STAFF_NOUNS | {"commander", "fighter"}:
                    sector = in_title[1]  # "Kosovo Liberation Army commander X": the group's, not an army's
                    # with no date, "Solidarity leader Lech Walesa" says his role then, whatever office came later
                    led_body = not date
                else:
                    led_body = False
                if sector is None and not (date and e.active_on(date)):
                    # "Nelson Mandela, the former South African president"; not "Jimmy Cherizier, a former police
                    # officer" in 2024, when the dictionary has him in his present role
                    sector, title = _past_apposition(sp.root, kb)
                if sector is None and not date:
                    # "Cyril Ramaphosa, general secretary of the National Union of Mineworkers": with no date to
                    # find the office held then, a role outside the state that an apposition states is the best
                    # evidence of when the text is from
                    sector, title = _apposition_role(sp.root, kb)
                    led_body = sector is not None
                # a rank ("General X") does not override an office held on the article's date: military
                # rulers keep their ranks; with no date the rank is the best evidence of when the text is from
                out_of_office = bool(date) and not e.active_on(date) and kb.last_term(e.name, date) is not None
                # "Soviet Foreign Minister Eduard Shevardnadze" (later Georgia's president): an office of
                # another state, named in the title, says whose he is here
                said = self._best_ngram(window, date) if sector in ("GOV", "MIL", "LEG", "JUD", "ELI") and not date else None
                other = said[0] if said and said[2].startswith("demonym") and said[0] != e.country else None
                if other:
                    add(key, sp, from_entry(e, why))
                    a = actors[key]
                    a.country, a.sector, a.code = other, sector, _code(other, sector)
                    a.why += f"; {other} {sector} from the title '{' '.join(t.text for t in window)}'"
                    continue
                # "Gen. Pervez Musharraf, Pakistan's military ruler": the apposition's office beats the rank
                # (either way round: "Bangladesh's military ruler, Lieutenant General X")
                offices = [c for c in sp.root.children if c.dep_ == "appos"]
                offices += [sp.root.head] if sp.root.dep_ == "appos" else []
                ruler = sector == "MIL" and e.sector == "GOV" and any(
                    kb.sectors.get(c.lemma_.lower()) == "GOV" or c.lemma_.lower() in RULER_NOUNS for c in offices)
                honorific = bool(title) and all(w in HONORIFIC_TITLES for w in title)  # "Sheikh": no office
                # "jailed former Prime Minister Imran Khan" in 2024: he leads the opposition now (OPP), as the
                # dictionary says for that date; with no date the past office makes an elite
                opposing = sector == "ELI" and e.sector == "OPP" and bool(date) and e.active_on(date)
                # "Nobel Peace Prize laureate Maria Ressa" in 2023: an honour, not a past office; her role on that
                # date stays (with no date the text's description wins, as for the GSR's laureates)
                honour = bool(date) and sector == "ELI" and title \
                    and not any(w in PAST_TITLE_WORDS or w.startswith("ex-") for w in title) \
                    and (e.sector not in PAST_OFFICE_SECTORS or e.active_on(date))
                # ("the veteran politician Lula", "Nobel Peace Prize laureate Muhammad Yunus" as chief adviser in
                # 2024: a description, not a past office; an office held that day stays)
                if sector and sector != e.sector and not ruler and not honorific and not opposing and not honour and (
                        sector == "ELI" or led_body or title[0] not in GENERIC_HEADS
                        and not (sector == "MIL" and e.sector in ("GOV", "REB") and date)  # a rebel's "General"
                        and not (sector == "PTY" and e.sector == "OPP" and date)  # an opposition party's leader
                        and not (sector == "GOV" and out_of_office)):
                    add(key, sp, from_entry(e, why))
                    actors[key].sector = sector
                    actors[key].code = _code(e.country, sector)
                    actors[key].why += f"; sector {sector} from the title '{' '.join(title)}'"
                    continue
            add(key, sp, from_entry(e, why))
            if e.kind == "person" and actors[key].sector is None and len(actors[key].mentions) == 1:
                _, sector, role, cwhy = self._person_context(sp, date)  # "Taliban spokesman X" before X's office
                if sector:
                    actors[key].sector, actors[key].code = sector, _code(actors[key].country, sector)
                    actors[key].why += cwhy.replace("NER PERSON", "")
            # the article's word beats the dictionary's dates: "the ruling ZANU-PF party" (a party, PTY, as every
            # labelled set codes a ruling party), "the opposition Likud"
            if e.kind == "organization" and actors[key].sector == "OPP" and _ruling_before(sp):
                _said_sector(actors[key], "PTY", "'ruling' in the text")
            if e.kind == "organization" and actors[key].sector == "PTY" and sp.start > 0 \
                    and doc[sp.start - 1].lower_ == "opposition":
                _said_sector(actors[key], "OPP", "'opposition' in the text")
        run.chosen, run.named = chosen, named

    def _ner_names(self, run: "_Run") -> None:
        """2. Names the tagger found that the dictionary does not know, coded from their titles and words."""
        doc, kb, date, actors = run.doc, run.kb, run.date, run.actors
        taken, add, from_entry = run.taken, run.add, run.from_entry
        for sp in self._names_led_by_a_country(doc, date):
            own = dropwhile(lambda t: t.ent_type_ == "GPE", sp)  # the country's words are taken: "South Africa"
            if not any(t.i in taken for t in own):
                self._unknown_organization(run, sp)
        # 2. NER entities not in the dictionary
        dateline = _dateline_name(doc)
        for ent in doc.ents:
            if any(t.i in taken for t in ent) or ent.text in kb.demonyms:
                continue  # "Sierra Leonean" tagged ORG: a demonym, coded with what it modifies
            alias = _alias_of(ent, run) or run.aliases.get(ent.text)
            if alias is not None:  # 'Macias, known as "Fito"', 'SENAFRONT' after 'the Border Service, known as
                run.aliases[ent.text] = alias  # SENAFRONT': a nickname, and the name it gives later
                add(alias, ent, lambda: None)
                continue
            near = self._near_miss(ent, date)
            if near is not None:
                e, text = near
                add(f"{e.kind}:{e.name}", ent, from_entry(e, f"{e.source}: '{e.name}' (spelt '{text}' here)"))
                actors[f"{e.kind}:{e.name}"].confidence = 0.6
                continue
            if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].is_lower \
                    and doc[ent.start - 1].lemma_.lower() in NAME_DESCRIPTOR_HEADS and not doc[ent.start - 1].ent_type_:
                self._unknown_organization(run, Span(doc, ent.start, ent.end, label="ORG"))
                continue  # "the reformist daily Salam", tagged as a person: what the word before says it is
            if ent.label_ == "PERSON":
                if len(ent) > 1 and ent[-1].tag_ == "POS":
                    ent = doc[ent.start:ent.end - 1]  # "Mech Dara's release": the person, not "Dara's"
                if len(ent) == 1 and not ent.text[:1].isupper():
                    continue  # tokenisation debris such as "hehad"
                if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lemma_.lower() in PLACE_NOUNS \
                        or _named_after(ent) or ent.text.upper() == dateline:
                    continue  # "the town of Samarra", "Queen Elizabeth (Central Hospital)", the dateline's
                    # "MARANCHON, SPAIN —" tagged as people: places
                while len(ent) > 1 and ent[0].is_title and (ent[0].lower_ in TITLE_WORDS or len(ent) > 2 and (
                        kb.sectors.get(ent[0].lemma_.lower()) or kb.sectors.get(_singular(ent[0].lower_)))
                        and ent[0].text not in kb.religions and ent[0].text not in kb.demonyms):
                    ent = doc[ent.start + 1:ent.end]  # "King | Mswati III", "(High Commissioner for) Refugees |
                    # Sadako Ogata": a title the tagger took into the name is the name's title
                while ent.end < len(doc) and doc[ent.end].ent_type_ == "" and doc[ent.end].is_title \
                        and doc[ent.end].is_alpha and ent[-1].dep_ == "compound" and ent[-1].head.i == ent.end \
                        and ent.end not in taken:
                    ent = doc[ent.start:ent.end + 1]  # "Mahdi Mohamed | Guled": the tagger stopped short
                if _is_locative(ent) and ent.root.head.lower_ != "of" and _sizeable_place(ent.text):
                    continue  # "in Mulanje", "from Cabo Delgado": a place the tagger took for a name
                if ent.root.dep_ == "compound" and ent.root.head.i == ent.end \
                        and ent.root.head.lemma_.lower() in PLACE_NOUNS:
                    continue  # "in Al Haouz province", "Kogi state": a place's name, not a person's
                if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].ent_type_ == "" \
                        and _first_name(doc[ent.start - 1], kb, date) and ent.start - 1 not in taken:
                    ent = doc[ent.start - 1:ent.end]  # "Jimmy Lai": the dictionary's surname split the name
                    if gazetteer.best(ent.text) is not None:
                        continue  # "Bandar Abbas": a place whose name ends in a known surname
                key = self._person_key(ent, actors)
                if key is None:
                    country, sector, role, why = self._person_context(ent, date)
                    key = f"person:{ent.text}"
                    add(key, ent, lambda ent=ent, country=country, sector=sector, why=why, role=role: Actor(
                        id="", name=ent.text, kind="person", country=country, sector=sector,
                        code=_code(country, sector), role=role, why=why,
                        confidence=0.7 if country else 0.5))
                else:
                    add(key, ent, lambda: None)
            elif ent.label_ == "ORG" and (short := _short_name_key(ent, actors)):
                add(short, ent, lambda: None)  # "the Journal": The Wall Street Journal
            elif ent.label_ == "ORG" and len(ent) == 1 and (acronym := _acronym_key(ent[0], actors)):
                add(acronym, ent, lambda: None)
            elif ent.label_ == "ORG" and len(ent) == 1 and self._person_key(ent, actors):
                add(self._person_key(ent, actors), ent, lambda: None)  # "Chikwati said", tagged ORG
            elif ent.label_ == "ORG" and (named := _person_by_name(ent.text, actors)):
                add(named, ent, lambda: None)  # "agreed with al-Bunni", "Mech Dara's arrest" tagged ORG: the person
            elif ent.label_ == "ORG" and len(ent) == 1 and (ent.root.lemma_.lower() in kb.sectors
                                                          or _title_of_person(ent.root)):
                continue  # "Secretary of State", "the Cabinet": a sector word, coded (or not) below
            elif ent.label_ == "ORG" and (_titled_name(ent, kb) or _described_as_person(ent, kb)):
                # "junior foreign minister Dubem Oniya", "Fabricio Colon Pico, a leader of Los Lobos" tagged ORG:
                # a title in front or a person's apposition after makes it a person
                country, sector, role, why = self._person_context(ent, date)
                key = self._person_key(ent, actors) or f"person:{ent.text}"
                add(key, ent, lambda ent=ent, country=country, sector=sector, why=why, role=role: Actor(
                    id="", name=ent.text, kind="person", country=country, sector=sector,
                    code=_code(country, sector), role=role, why=why.replace("NER PERSON", "NER ORG, a person by its title"),
                    confidence=0.6 if country else 0.4))
            elif ent.label_ == "ORG" and ent.text.upper() != dateline and not _stance_word(ent[-1]):
                self._unknown_organization(run, ent)  # not "VILLAREJO, SPAIN —" (a place), "anti-Mafia" (a stance)

    def _names_led_by_a_country(self, doc, date) -> list:
        """"the Kenya Anti-Corruption Commission", "the Nepal Bar Association": capitalised words after a
        country's name, ending in an organisation's head noun, where the tagger tagged only the country."""
        spans = []
        for ent in doc.ents:
            if ent.label_ != "GPE" or len(ent) > 3:
                continue
            start = ent.start
            if ent.end < len(doc) and doc[ent.end].tag_ == "POS":
                start = ent.end + 1  # "Kenya's Forum for the Restoration of Democracy": the country's, not its name
            k, end = (start if start > ent.start else ent.end), None
            while k < len(doc) and doc[k].ent_type_ in ("", "ORG") and (
                    doc[k].is_title and doc[k].is_alpha
                    or doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_
                    # "the U.S. Securities and Exchange Commission"
                    or doc[k].lower_ in ("and", "&") and k > ent.end and k + 1 < len(doc) and doc[k + 1].is_title):
                if doc[k].lemma_.lower() in ORG_NAME_HEADS or _singular(doc[k].lower_) in ORG_NAME_HEADS:
                    end = k + 1
                k += 1
            if end is None or end != k or doc[end - 1].text == "-":
                continue  # no head noun, or more name words after it: not a whole name
            while end + 1 < len(doc) and doc[end].lower_ in NAME_LINK_WORDS:
                after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
                if not (after < len(doc) and doc[after].is_title and doc[after].is_alpha):
                    break
                end = after + 1  # "the Singapore Institute of International Affairs", "for the Restoration of"
                while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                    end += 1
            longer = [e.end for e in doc.ents if e.label_ == "ORG" and e.start < end < e.end]
            if longer:
                end = longer[0]  # "Guinea-Bissau's National Institute of Study | and Research": the tagger's name
            hit = self._best_ngram(list(ent), date)  # "South Africa", not its root "Africa"
            if hit and "countries.csv" in hit[2] and end > start:
                spans.append(Span(doc, start, end, label="ORG"))
        return spans

    def _unknown_organization(self, run: "_Run", ent) -> None:
        """An organisation the dictionary does not know, coded from its own words and the words around it."""
        doc, kb, date, add = run.doc, run.kb, run.date, run.add
        if len(ent) > 1 and ent[-1].tag_ == "POS":
            ent = doc[ent.start:ent.end - 1]  # "the Communist Party's monopoly": the party, not "Party's"
        end = ent.end
        while ent[-1].lower_ in NAME_LINK_WORDS and end < len(doc) and doc[end].is_title:
            end += 1  # "The Bank of | Ghana": the tagger stopped at "of"
        ent = doc[ent.start:end] if end > ent.end else ent
        if ent.text.lower().removeprefix("the ") in NATIONAL_SOCIETY_NAMES and ent.start > 0 \
                and _names_a_country(doc[ent.start - 1], kb, date):
            ent = doc[ent.start - 1:ent.end]  # "the Vietnam | Red Cross": the country's own society
        hit = self._modifier_country(ent.root, date, exclude={t.i for t in ent})
        if hit is None:  # "Thailand's anti-government People's Alliance": a possessor the parse hung inside the name
            before = [x for t in ent for c in t.children if c.i < ent.start and c.dep_ == "poss" for x in c.subtree]
            found = self._best_ngram(before, date)
            hit = (*found, before[0]) if found and found[2].startswith("countries.csv") else None
        sector = _name_sector(ent, kb)
        described = _descriptor(ent, kb)  # "the Cato Institute think tank", "consultancy Control Risks"
        if described is not None:
            said = kb.sectors.get(described[1]) or NAME_HEAD_SECTORS.get(described[1])  # "the KANU party"
            if said:  # "the main opposition Democratic Party", "the Village de Dieu gang": the
                sector = said  # word that says what it is beats a word of its name
            if sector == "MED" and _called_official(doc[max(described[0].i - 3, 0):described[0].i]):
                sector = "GOV"  # "Iraq's official newspaper Al-Thawra"
            hit = hit or self._modifier_country(described[0], date, exclude={t.i for t in ent})
        against = doc[ent.start - 1] if ent.start > 0 and doc[ent.start - 1].lower_ != "the" else (
            doc[ent.start - 2] if ent.start > 1 else None)  # "the anti-government United Front for Democracy ..."
        if described is None and against is not None and _hyphen_word(against, -2) == "anti" \
                and kb.sectors.get(against.lemma_.lower()) in ("GOV", "MIL"):
            sector = "OPP"  # against a government or junta, unarmed: PLOVER's opposition ("anti-government activists")
        kind = _apposition_kind(ent, kb) if described is None else None
        if kind is not None and not (kind[1] == "LAB" and sector):  # "Union of Teachers, a trade union": EDU
            sector = kind[1]  # what the apposition says it is beats a word of its name ("for Justice")
            hit = hit or self._modifier_country(kind[0], date, exclude={t.i for t in ent})
        country = hit[0] if hit else None
        for t in ent:
            h = self._country_of_token(t, date)
            if h and not country and (t.text in kb.demonyms or t.text in kb.capitals or "countries.csv" in h[2]
                                      or "home country" in h[2]
                                      or h[2].startswith("metonyms.csv") and t.i == ent.root.left_edge.i):
                # "Russian Defence Ministry", "Pentagon spokesman"; not "Congress" in "National People's Congress"
                country = h[0]
        h = None if country else self._best_ngram(list(ent), date)
        if h and "countries.csv" in h[2]:
            country = h[0]  # "the South Africa Broadcasting Association": a country of two words
        heads = {t.lemma_.lower() for t in ent if t.pos_ in ("PROPN", "NOUN")}
        place = None if country or heads & INTERNATIONAL_WORDS else _place_in_name(ent, kb)
        if place is not None:
            # "the Gaza Health Ministry", "the Lagos State Government": a body named for a town or region is
            # that place's country's
            country, why_place = place.country, f"; country {place.country}, where '{place.name}' is"
        if not sector and country and (heads & STATE_BODY_HEADS or "service" in heads and any(
                _names_a_country(t, kb, date) for t in ent)) \
                and not heads & INTERNATIONAL_WORDS:
            # "Malawi's Department of Disaster Management Affairs", "Kenya Anti-Corruption Commission", "the U.S.
            # Information Service" (a service named for its state; not the Voice of America's Persian Service)
            sector = "GOV"
        bare = [t for t in ent if t.lower_ != "the"]
        if len(bare) > 1 and (bare[0].lower_ in LEGISLATURE_WORDS or bare[0].text == "House") \
                and bare[-1].lemma_.lower() in CHAMBER_BODY_HEADS:
            sector = "LEG"  # "the House Intelligence Committee": the chamber's, not the spies'
        if [t.text for t in bare] == ["House"] and (len(bare) < len(ent) or ent.start > 0
                                                    and doc[ent.start - 1].lower_ == "the") and not (
                ent.end < len(doc) and doc[ent.end].lower_ == "of"):
            sector = "LEG"  # "the House voted": a legislature's chamber (whose: 5c.)
        if len(bare) > 2 and bare[0].lower_ == "bank" and bare[1].lower_ == "of" and getattr(
                kb.lookup(doc[bare[2].i:bare[-1].i + 1].text, date), "kind", None) == "country":
            sector = "GOV"  # "the Bank of Ghana": a country's own bank is its central bank (its commercial banks
            # of that name, "Bank of China", are in the dictionary)
        if not sector and country and hit and hit[3].dep_ == "poss" and "countries.csv" in hit[2] \
                and doc[ent.start - 1].tag_ == "POS" and doc[ent.start - 2].ent_type_ == "GPE" \
                and not heads & ORG_NAME_HEADS and not ent.text.isupper():
            # "Germany's Mannesmann", "Hong Kong's Hutchison Whampoa": a country's bare brand name is a company's
            # (an acronym, "Kenya's KANU", is as often a party)
            sector = "BUS"
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        key = f"organization:{name}"
        why = "NER ORG" + (" + country/sector from its words" if country or sector else "")
        if place is not None and country == place.country:
            why += why_place
        sp = ent
        if described is not None:
            why += f" and '{described[1]}'"
            d = described[0].i
            sp = doc[min(ent.start, d - len(described[1].split()) + 1):max(ent.end, d + 1)]
        add(key, sp, lambda name=name, country=country, sector=sector, why=why: Actor(
            id="", name=name, kind="organization", country=country, sector=sector,
            code=_code(country, sector), why=why, confidence=0.6 if country else 0.4))

    def _descriptions_before_names(self, run: "_Run") -> None:
        """2c. "the rebel group Boko Haram", "the opposition party MDC": a description right before a name is
        a mention of the named organisation, not a group of its own ("the group" later refers to it too)"""
        doc, kb, date, actors, token_actor, add = run.doc, run.kb, run.date, run.actors, run.token_actor, run.add
        for tok in doc:
            key = token_actor.get(tok.i - 1) if tok.i > 0 else None
            if key is not None and tok.i not in token_actor and _kind_word(tok) \
                    and actors[key].kind in ("organization", "group") \
                    and actors[key].why.startswith(("organizations.csv", "parties.csv")) and not tok.ent_type_:
                # "the Hezbollah militia", "the Basij militia": the word after a dictionary name that says what
                # kind of body it is names the body, not a group of its own: one mention with the name
                start = tok.i - 1
                while start > 0 and token_actor.get(start - 1) == key:
                    start -= 1
                actors[key].mentions = [m for m in actors[key].mentions if m.start != doc[start].idx]
                add(key, doc[start:tok.i + 1], lambda: None)
                continue
            key = token_actor.get(tok.i + 1) if tok.i + 1 < len(doc) else None
            if key is None or tok.i in token_actor or tok.lemma_.lower() not in NAME_DESCRIPTOR_HEADS \
                    or actors[key].kind not in ("organization", "group") or tok.ent_type_:
                continue
            sp = _np_span(tok)
            start = max([sp.start] + [t.i + 1 for t in sp if t.i in token_actor])  # not "Palestinian" (a country)
            add(key, doc[start:tok.i + 1], lambda: None)
            a = actors[key]
            if a.sector == "MED" and _called_official(doc[sp.start:tok.i]):
                _said_sector(a, "GOV", f"'official' in the description '{sp.text}'")  # "the official news agency Tass"
            if a.kind == "organization" and not (a.country and a.sector):
                # "South Africa's biggest trade union federation COSATU": what the description says it is
                lemmas = [t.lemma_.lower() for t in sp]
                said = next((kb.sectors[f"{x} {y}"] for x, y in reversed(list(zip(lemmas, lemmas[1:])))
                             if f"{x} {y}" in kb.sectors), None) or next(
                    (kb.sectors[x] for x in reversed(lemmas) if kb.sectors.get(x) and x not in ORG_HEADS), None)
                hit = self._modifier_country(tok, date)
                if said and not a.sector:
                    a.sector, a.why = said, a.why + f"; sector {said} from the description '{sp.text}'"
                if hit and not a.country:
                    a.country, a.why = hit[0], a.why + f"; country from the description ({hit[2]})"
                a.code = _code(a.country, a.sector)

    def _sector_phrases(self, run: "_Run") -> None:
        """3.-4. Sector phrases ("Russian troops") and role descriptions ("the US president")."""
        doc, kb, date, actors = run.doc, run.kb, run.date, run.actors
        token_actor, taken = run.token_actor, run.taken
        person_mentions, thing_mentions = run.person_mentions, run.thing_mentions
        add, from_entry, dominant = run.add, run.from_entry, run.dominant
        # 3+4. sector phrases and role descriptions
        for tok in doc:
            if tok.i not in taken and _age_noun(tok) and not _person_nearby(tok, person_mentions):
                # "The 5-year-old was rescued" with no one named before: an unnamed civilian (a named one is
                # resolved with the pronouns, 5.)
                sp = doc[tok.i - 4:tok.i + 1]
                add(f"group:{sp.text.lower()}", sp, lambda sp=sp: Actor(
                    id="", name=sp.text, kind="group", country=None, sector="CVL", code="CVL", confidence=0.4,
                    why="an age used as a noun with no person named before it: a civilian"))
                continue
            described = _people_adjective(tok) if tok.i not in taken else None
            if described:
                sp = doc[tok.i - 1:tok.i + 1]  # "(among) the displaced"
                add(f"group:{described}:{tok.lower_}", sp, lambda sp=sp, sector=described: Actor(
                    id="", name=sp[-1].text, kind="group", country=None, sector=sector, code=sector, confidence=0.4,
                    why=f"'{sp.text}': the people it describes ({sector}), country unknown"))
                continue
            if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("GPE", "LOC", "FAC"):
                continue  # "West Darfur State", "the West Bank": places, not sector groups
            party_country = PARTY_MEMBER_COUNTRIES.get(tok.lower_) if tok.text[:1].isupper() else None
            if party_country and tok.i not in token_actor and (
                    party_country in (doc.user_data.get(NAMED_KEY) or ()) or dominant == party_country
                    or any(a.country == party_country for a in actors.values())):
                # "Eight Republicans voted to remove him": the party's members, lawmakers where a legislature is
                # in the sentence (the VOA guidelines code US legislators LEG with their party named)
                before = doc[tok.sent.start - 1].sent.start if tok.sent.start else 0  # and the sentence before
                around = doc[before:tok.sent.end]
                sector = "LEG" if any(t.lemma_.lower() in LEGISLATURE_WORDS or t.text in ("House", "Senate")
                                      for t in around) else "PTY"
                sp = _np_span(tok)
                add(f"group:{party_country}{sector}:{tok.lower_}", sp, lambda sp=sp, c=party_country, s=sector: Actor(
                    id="", name=_clean_name(sp), kind="group", country=c, sector=s, code=_code(c, s), confidence=0.6,
                    why=f"'{tok.text}': members of a {c} party" + (" in a legislature" if s == "LEG" else "")))
                continue
            if tok.is_title and tok.i > 0 and doc[tok.i - 1].is_title and not doc[tok.i - 1].is_sent_start \
                    and tok.lemma_.lower() not in PLACE_NOUNS and gazetteer.best(doc[tok.i - 1:tok.i + 1].text) is not None:
                continue  # "the Israeli-occupied West Bank" where the tagger missed the place
            if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i \
                    and tok.head.text[:1].isupper():
                continue  # "National" in "National Economic Council": a word of a name
            if tok.is_title and not tok.is_sent_start and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") \
                    and tok.head.head.is_title and tok.head.head.pos_ == "PROPN":
                continue  # "Refugees" in "High Commissioner for Refugees", "Police" in "Minister of Police"
            lemma, tag = tok.lemma_.lower(), tok.tag_
            if lemma == "capital" and tok.dep_ == "pobj" and _is_locative(doc[tok.i:tok.i + 1]):
                continue  # "bombed the airport in the Eritrean capital": the city, not a government
            if lemma == "state" and doc[tok.i + 1:tok.i + 2].text == "of" \
                    and doc[tok.i + 2:tok.i + 3].lemma_.lower() in STATE_OF_WORDS:
                continue  # "a 20-day state of emergency": a condition, not a government
            if tok.pos_ == "PROPN" and lemma not in kb.sectors and _singular(lemma) in kb.sectors \
                    and tok.text not in kb.religions:
                # "U.S. Marines", a sentence's first "Farmers": a proper noun keeps its plural as its lemma
                lemma, tag = _singular(lemma), "NNS"
            if tag == "NNPS" and tok.text in kb.religions:
                tag = "NNS"  # "called on Muslims to gather": a faith's people, a plural like any other
            if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
                    and not doc[tok.i + 1].whitespace_ and f"{tok.lower_}-{doc[tok.i + 2].lemma_.lower()}" in kb.sectors:
                continue  # "hostage" in "hostage-takers": the whole word is the sector noun, coded at its end
            two = f"{doc[tok.i - 1].lemma_.lower()} {lemma}" if tok.i > 0 else ""
            hyphenated = tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 2].whitespace_
            if hyphenated:
                two = f"{doc[tok.i - 2].lower_}-{lemma}"  # "hostage-takers", "the secretary-general"
            role_key = two if two in ROLE_NOUNS else lemma if lemma in ROLE_NOUNS else None
            mod_sector = self._modifier_sector(tok)
            if mod_sector:
                role_key = None  # "rebel leaders", "opposition leader": not an office holder
            past = any(c.lower_ in PAST_TITLE_WORDS or c.lower_.startswith("ex-") for c in tok.lefts)
            if past:
                role_key = None  # "the ousted Egyptian leader": not whoever holds the office now
            if lemma in KIN_NOUNS and any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON")
                                          or c.dep_ == "prep" and c.lower_ == "of" and not _kin_of_a_group(tok, c)
                                          for c in tok.children):
                continue  # "his son", "the wife of X": the family's, coded once the family is known (6.)
            if _epithet(tok) and not _title_of_person(tok) and not (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON") \
                    and any(i < tok.i for i, _ in person_mentions):
                # "Bolsonaro ... the far-right leader": the person named last before it
                add(max((i, k) for i, k in person_mentions if i < tok.i)[1], _np_span(tok), lambda: None)
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and not any(
                    c.dep_ in ("det", "poss") for c in tok.children):
                continue  # "reinstated as leader of the government": an office, not someone holding it
            hit = self._modifier_country(tok, date)
            # "the leaders of Britain, France and Italy": several countries; not "residents of Yangon and Mandalay"
            several = bool(hit) and hit[3].dep_ == "pobj" and any(
                (_gazetteer_country(c) or (None,))[0] != hit[0] for c in hit[3].conjuncts)
            org_hit = bool(hit) and (any(_names_organization(kb, t, date) for t in hit[3].subtree if t.pos_ == "PROPN")
                                     # "president of Cameroon's Association of Poultry Farmers"
                                     or hit[3].ent_type_ == "ORG" and hit[3].dep_ == "pobj"
                                     or hit[3].dep_ == "poss" and hit[3].head.ent_type_ == "ORG"
                                     or hit[2].startswith("organizations.csv"))
            if role_key and not hit and _bare_definite(tok) and ROLE_NOUNS.get(role_key):
                # "the president said": the president already named in the article
                roles = ROLE_NOUNS[role_key]
                earlier = [k for i, k in person_mentions if i < tok.i and (actors[k].role or "") in roles]
                if earlier:
                    add(earlier[-1], doc[tok.i:tok.i + 1], lambda: None)
                    continue
                if dominant is not None and role_key in HEAD_ROLE_NOUNS and not any(
                        c.dep_ == "prep" for c in tok.children):  # not "the president of the club"
                    # none named yet: the head of the country the article is about ("the president" in Kenya)
                    hit = (dominant, None, "the article's dominant country", tok)
            if not role_key and tag == "NN" and _bare_definite(tok):
                titled = [k for i, k in person_mentions if i < tok.i and (actors[k].role or "").split()[-1:] == [lemma]]
                if titled:  # "the journalist" after "Cambodian journalist Mech Dara": the person of that title
                    add(titled[-1], doc[tok.i:tok.i + 1], lambda: None)
                    continue
            if role_key and _beside_named_person(tok, actors, token_actor):
                role_key = None  # "Nelson Mandela, the South African president": him, whoever held it later
            if role_key and (hit or role_key == "counterpart") and not _has_person_compound(tok) \
                    and tok.tag_ in ("NN", "NNP") and not several and not org_hit:
                holder = self._role_holder(tok, role_key, hit, date, token_actor, actors, person_mentions)
                if holder is not None:
                    e, why = holder
                    sp = _np_span(tok)
                    add(f"person:{e.name}", sp, from_entry(e, why))
                    continue
            # "no confidence in the finance minister" with no finance minister known: still a government actor
            # (and "his appointment of a Cabinet minister": an unnamed one acted on; "a minister said" is a
            # speaker, coded where the quote is)
            unresolved_role = bool(role_key) and any(
                c.dep_ == "det" and (c.lower_ == "the" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                                     or c.lower_ in ("a", "an") and tok.dep_ in ("dobj", "pobj"))
                for c in tok.children)
            three = f"{doc[tok.i - 2].lemma_.lower()} {two}" if tok.i > 1 else ""
            sector = kb.sectors.get(three) or kb.sectors.get(two) or kb.sectors.get(lemma)
            if sector is None and lemma in QUANTITY_NOUNS and tag == "NNS" and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and (
                    tok.dep_ in ("dobj", "nsubjpass", "nsubj", "conj") and tok.head.lemma_.lower() in CROWD_VERBS | HARM_VERBS):
                sector = "CVL"  # "detained dozens", "killed thousands and displaced millions": people, uncounted
            ahead = " ".join([lemma] + [t.lemma_.lower() for t in doc[tok.i + 1:tok.i + 3]])
            if doc[tok.i + 1:tok.i + 2].text == "of" and kb.sectors.get(ahead) and doc[tok.i + 2].is_lower \
                    and doc[tok.i + 2].i not in taken:
                sector, three = kb.sectors[ahead], ahead  # "a Burundian member of parliament" (LEG), one actor
                taken.update((tok.i + 1, tok.i + 2))
            if sector == "MED" and _called_official(c for c in tok.children if c.dep_ == "amod"):
                sector = "GOV"  # "an official Syrian newspaper"
            if (two in POLICED_PHRASES or lemma in POLICED_PHRASES and not kb.sectors.get(two)) and _policing(tok):
                sector = "COP"  # "security forces fired tear gas at protesters": policing
            city = tok.head if tok.dep_ in ("compound", "nmod") and tok.head.pos_ == "PROPN" else tok  # "capital Grozny"
            if lemma == "capital" and (city.dep_ == "dobj" and city.head.lemma_.lower() in PLACE_VERBS
                                       or city.dep_ == "pobj" and city.head.lower_ in ("against", "on")
                                       and city.head.head.lemma_.lower() in ATTACK_NOUNS):
                # "bombed the Libyan capital", "an assault on the Chechen capital": the city and its people, as
                # "shelled Juba" (7c.)
                sector = "CVL"
            if lemma == "deputy" and sector == "COP" and any(t.lemma_.lower() in LEGISLATURE_WORDS for t in doc):
                sector = "LEG"  # "Kurdish deputies walked out of parliament": members, not a sheriff's deputies
            if kb.sectors.get(three):
                two = three  # "border patrol agent": the longest phrase decides
            if mod_sector and not kb.sectors.get(two):
                sector = mod_sector  # "rebel leaders"; "intelligence sources", "city council members"
            if sector in PAST_OFFICE_SECTORS and past:
                sector = "ELI"  # "Albania's former leader", "ex-ministers"
            eth = kb.ethnic.get(tok.text) if _ethnic_word(tok) and tok.dep_ not in ("compound", "amod") else None
            if eth and not sector:
                sector = "CVL"  # "Kurds", "Tamils": a community, coded as civilians (CAMEO ethnic groups)
            if not sector and tok.tag_ in ("NNS", "NNPS") and tok.text in kb.religions \
                    and tok.dep_ not in ("compound", "amod"):
                sector = "CVL"  # "Nigerian Christians", "Iraqi Shi'ites": a faith's community (its code: affiliations)
            if lemma in MEMBER_NOUNS and tok.dep_ not in ("attr", "oprd"):  # not "to become a full member of"
                said = _named_body_sector(tok, kb)
                sector = said or sector  # "activists of the Islami Jamiat-e-Talaba student union" (EDU)
            appositive = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                               and c.i in token_actor), None)
            titled = sector or lemma in ROLE_NOUNS or tok.lower_ in TITLE_WORDS  # "emir" is a role, not a sector
            if appositive is None and tok.tag_ in ("NN", "NNP") and titled:
                # "The Emir of Kuwait, Sheikh Sabah al-Ahmad al-Sabah", "Kuwait's emir, Sheikh Jaber al-Ahmad
                # al-Sabah": the name the tagger cut short is the title's
                appositive = next((t for c in tok.children if c.dep_ == "appos" for t in c.subtree if t.i in token_actor
                                   and actors[token_actor[t.i]].kind == "person"), None)
                if appositive is not None:
                    start = max([tok.left_edge.i] + [c.right_edge.i + 1 for c in tok.lefts if c.dep_ == "poss"])
                    add(token_actor[appositive.i], doc[start:tok.i + 1], lambda: None)  # not "Kuwait's"
                    continue
            if appositive is None and tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" and tok.head.i in token_actor:
                appositive = tok.head  # "Joshua Pollack, a North Korean expert at ...": the expert is Pollack
            if appositive is None and tok.dep_ in ("attr", "pobj"):
                # "X, who served as the State Department's special representative": the role is X's
                named = tok.head if tok.dep_ == "attr" else tok.head.head
                named = named.head if named.dep_ == "relcl" else None
                if named is not None and named.ent_type_ == "PERSON" and named.i in token_actor \
                        and tok in _relative_role(named):
                    appositive = named
            if titled and appositive is not None and (tok.tag_ == "NN" or tok.tag_ == "NNP"
                                                      and appositive.left_edge.i == tok.i + 1):
                # ("India's Prime Minister Narendra Modi", parsed with the name in apposition: his title)
                # "his Ukrainian counterpart, Volodymyr Zelenskyy": the person named beside it
                add(token_actor[appositive.i], _np_span(tok), lambda: None)
                continue
            if sector and (_title_of_person(tok) or tok.dep_ == "compound" and tok.head.i in token_actor
                           and actors[token_actor[tok.head.i]].kind == "person"):
                named = _portfolio_name(tok)
                if named is not None and named.i in token_actor:
                    token_actor[tok.i] = token_actor[named.i]  # the title's subject is the person named after it
                continue  # "US President Donald Trump": a title, the person is the actor
            named = [c for c in tok.children if c.dep_ == "appos" and c.i == tok.i + 1]
            named += [tok.head] if tok.dep_ == "compound" and tok.head.i == tok.i + 1 else []
            named = [token_actor[c.i] for c in named if c.i in token_actor]
            if sector and tag == "NN" and named and actors[named[0]].kind in ("organization", "group") \
                    and actors[named[0]].sector == sector:
                # "U.S. software maker Microsoft", "the militant group Hamas": a description of the name after it
                start = max([tok.left_edge.i] + [c.right_edge.i + 1 for c in tok.lefts if c.dep_ == "poss"])
                add(named[0], doc[start:tok.i + 1], lambda: None)
                continue
            if sector and several:
                continue  # "the leaders of Britain, France and Italy": one actor per country, not a group
            if sector and tok.dep_ == "compound" and tok.head.i not in token_actor \
                    and f"{lemma} {tok.head.lemma_.lower()}" in kb.sectors:
                continue  # "Hutu rebel groups": the phrase "rebel group" is coded at its head
            if sector and not hit and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") \
                    and tok.head.lemma_.lower() not in kb.sectors:
                # "Israeli army bulldozers", "Ugandan opposition candidates": the sector word is a modifier
                # of something else; the country is on the phrase's other modifiers
                skip = {tok.i} | {t.i for t in tok.subtree}
                if tok.head.lemma_.lower() in RELATION_NOUNS:  # "Israel's militia ally in southern Lebanon"
                    skip |= {t.i for c in tok.head.lefts for t in c.subtree}
                hit = self._modifier_country(tok.head, date, exclude=skip)
                if hit and hit[3].i > tok.i and tok.head.lemma_.lower() not in RELATION_NOUNS:
                    hit = None
            # "rebel attacks", "hostage-takers' demands": a sector word on a thing names a group that acts (not a
            # medium: "the television report" is what was reported)
            thing_owner = sector in PERSON_SECTORS - {"MED"} and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" \
                and tok.head.lemma_.lower() not in kb.sectors and tok.head.ent_type_ == "" and tok.tag_ in ("NN", "NNS") \
                and f"{lemma} {tok.head.lemma_.lower()}" not in kb.sectors  # not "opposition supporters" (CVL)
            # "rebel-held territory"; not "state-run", which says who owns a thing, not a group that acts
            holder = sector is not None and _hyphen_word(tok, 2) in HOLDER_SUFFIXES and lemma != "state"
            if holder and not hit:
                # "Albanian rebel-held territory": the rebels hold it; the country is on the held thing's modifiers
                participle = doc[tok.i + 2]
                hit = self._modifier_country(participle.head, date, exclude={t.i for t in participle.subtree})
            if eth and not hit:
                home = (eth.country, None, f"{eth.source}: '{tok.text}' (home country {eth.country})", tok)
                res = self._residence(tok, eth.country, date) if not eth.country else None
                hit = home if eth.country else ((res[0], None, f"{eth.source}: '{tok.text}', living in {res[0]} ({res[1]})", tok)
                                                if res else None)
            # a minority lives elsewhere by definition; a population or community where the phrase says
            # ("the Albanian population of the province"), not in "the Russian population is ageing"
            minority = lemma in MINORITY_NOUNS and bool(hit) and hit[3].dep_ == "amod" and (
                lemma == "minority" or any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in tok.children))
            resident = False
            if sector and hit and (_after_ethnic(hit[3]) or minority) and hit[3].text in kb.demonyms:
                # "ethnic Albanian guerrillas" in Macedonia, "the Albanian population of the province" (of
                # Montenegro), "the Russian minority in Estonia": the country they live in
                res = self._residence(hit[3], hit[0], date)
                if res:
                    hit = (res[0], hit[1], f"ethnic {hit[3].text}, living in {res[0]} ({res[1]})", hit[3])
                    resident = True
            if sector and hit:
                country, sec2, why, _ = hit
                if sector == "GOV" and sec2 and (lemma in ("official", "officials") or
                                                 org_hit and lemma in GENERIC_HEADS | {"commander", "fighter"}):
                    sector = sec2  # "Hamas officials", "an al-Shabab leader": the organisation's sector
                elif sector in ("MIL", "UAF") and sec2 in ("REB", "UAF", "CRM") and org_hit and lemma in ARMED_MEMBER_NOUNS:
                    sector = sec2  # "a top FARC commander", "fighters of the PKK": the armed group's, not an army's
                elif lemma in MEMBER_NOUNS and sec2 and org_hit:
                    sector = sec2  # "suspected members of the separatist group ETA": the group's, not criminals
                elif lemma in STAFF_NOUNS and sec2 and org_hit:
                    sector = sec2  # "FBI agents" (COP), "CIA officers" (SPY): the organisation's staff
                if sector == "MIL" and lemma in ARMED_MEMBER_NOUNS | {"force", "troop"} \
                        and hit[2].startswith("ethnic_groups.csv") and hit[3].text not in kb.demonyms:
                    sector = "REB"  # "Tigrayan forces", "Kurdish fighters": a people's armed men, not a state's army
                if lemma in COMMUNITY_LEADERS and hit[3].text in kb.ethnic:
                    sector = "ELI"  # "Yoruba leaders", "Ibo elders": a community's elite, not a government
                if lemma in KIN_NOUNS and sector == "CVL" and hit[2].startswith("people.csv") \
                        and kb.held_office(kb.lookup(hit[3].text, date).name, None):
                    sector = "ELI"  # "the Bongo family": PLOVER's ELI includes the families of (former) officials
                sp = _np_span(tok)
                if hit[3].i < sp.start and hit[3].head.i != tok.i \
                        and not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "cc" for t in doc[hit[3].i:sp.start]):
                    sp = doc[hit[3].i:tok.i + 1]  # not "Egypt's (court sentenced) sociologist": a misparse
                name = _clean_name(sp)
                place = named_place(tok)
                if place.i != tok.i:  # "the town of Cizre": the town's name is part of the mention
                    sp, name = doc[sp.start:place.i + 1], place.text
                key = f"group:{country}{sector}:{lemma}"
                noun = _group_noun(tok, lemma)
                add(key, sp, lambda name=name, country=country, sector=sector, why=why, noun=noun: Actor(
                    id="", name=name, kind="group", country=country, sector=sector, code=_code(country, sector),
                    why=f"{noun} ({sector}) + {why}", confidence=0.75))
                if not resident and "living there" not in why:  # "the Albanian population" of Montenegro, "Bosnian
                    # Serb forces": one people in one state, not two countries
                    self._coordinated_modifiers(tok, hit, sector, lemma, date, add)
            elif not sector and _device_that_harms(tok):
                # "a car bomb explosion killed ...", "killed by an improvised explosive device": the unknown
                # attackers behind it (PLOVER UAF), placed where it went off
                sp = _np_span(tok)
                name = _clean_name(sp)
                country = hit[0] if hit else None
                add(f"group:{country}UAF:{name.lower()}", sp, lambda name=name, country=country, hit=hit, lemma=lemma: Actor(
                    id="", name=name, kind="group", country=country, sector="UAF", code=_code(country, "UAF"),
                    why=f"'{lemma}' that harms with no one named behind it: unidentified armed forces"
                        + (f" + {hit[2]}" if hit else ""), confidence=0.5))
            elif _international_body(tok) and _igo_named_before(tok, actors, thing_mentions):
                # "took up a role at the U.N. ... at the international body": the intergovernmental body named last
                add(_igo_named_before(tok, actors, thing_mentions), _np_span(tok), lambda: None)
            elif (_bare_definite(tok) or _bare_institution(tok) or _sponsored_definite(tok)) \
                    and self._same_head_group(tok, actors, thing_mentions):
                # "the spokesperson" after "a State Department spokesperson": the one already named
                add(self._same_head_group(tok, actors, thing_mentions), doc[tok.i:tok.i + 1], lambda: None)
            elif sector and sector in PERSON_SECTORS and (lemma not in ROLE_NOUNS or mod_sector or unresolved_role) and (
                    tok.dep_ in ("nsubj", "nsubjpass") and tag in ("NNS", "NN")
                    or tok.dep_ in ("dobj", "pobj", "conj", "appos", "nsubj", "nsubjpass", "poss") and tag == "NNS"
                    or tok.dep_ in ("dobj", "pobj", "conj", "poss") and tag == "NN" and any(
                        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)
                    and lemma not in PLACE_NOUNS  # "a hitman", "the court"; not "the capital"
                    # "by the government", "the cabinet", "a gun battle with police"; not "government" in
                    # "government spokesperson"
                    or _bare_institution(tok) and not (tok.dep_ == "compound" and (
                        tok.head.lemma_.lower() in kb.sectors or f"{lemma} {tok.head.lemma_.lower()}" in kb.sectors))
                    or holder or thing_owner
                    # "a crackdown by police and party activists", misparsed with "police" inside the other
                    # group's phrase: a group of its own (its phrase ends at "and", _np_span)
                    or tok.dep_ in ("nmod", "compound") and tag == "NNS" and lemma in INSTITUTIONS
                    and any(c.dep_ == "cc" for c in tok.children)
                    # "(firebombs at) riot police": a two-word sector phrase names a group wherever it stands
                    or " " in two and kb.sectors.get(two) == sector and tok.dep_ in ("dobj", "pobj", "conj")
                    and not any(c.dep_ == "poss" for c in tok.children)):  # "his conservative party": the owner's (6.)
                # "Officials said", "police arrested protesters", "the plight of women": groups of people
                plain = all(c.dep_ in ("det", "nummod", "quantmod", "predet", "advmod") for c in tok.lefts)
                earlier = self._same_head_group(tok, actors, thing_mentions) if sector not in ("CVL", "REF") \
                    and lemma not in GENERIC_HEADS and plain else None
                if earlier is not None and actors[earlier].kind == "group" and actors[earlier].country:
                    # "Kenyan police officers arrived ... About 400 officers landed": the group already named
                    add(earlier, _np_span(tok), lambda: None)
                    continue
                sp = _np_span(tok)
                name = _clean_name(sp)
                if sector == "CVL" and (any(c.lemma_.lower() in ("displace", "displaced") for c in tok.children)
                                        or tok.dep_ == "nsubjpass" and tok.head.lemma_ in ("displace", "uproot")):
                    sector = "REF"  # "3,000 people were displaced": refugees (CAMEO DISPLACED_PEOPLE)
                noun = _group_noun(tok, lemma)
                add(f"group:{name.lower()}", sp, lambda name=name, sector=sector, noun=noun: Actor(
                    id="", name=name, kind="group", country=None, sector=sector, code=sector,
                    why=f"{noun} ({sector}), country unknown", confidence=0.4))

    @staticmethod
    def _named_as_examples(run: "_Run") -> None:
        """3b. "The decree labels the gangs, including Los Choneros and Los Lobos": a name the dictionary does not
        know, given as an example of a coded kind, is of that kind (an organisation, for gangs and parties)."""
        doc, actors, token_actor = run.doc, run.actors, run.token_actor
        for a in actors.values():
            if a.kind not in ("person", "organization") or a.sector or not a.why.startswith("NER") or not a.mentions:
                continue
            span = doc.char_span(a.mentions[0].start, a.mentions[0].end, alignment_mode="expand")
            tok = span.root if span is not None else None
            while tok is not None and tok.dep_ == "conj" and tok.head.i < tok.i:
                tok = tok.head  # "Los Choneros and | Los Lobos"
            if a.kind == "organization" and tok is not None:
                # "General Motors, Ford and Stellantis": listed with organisations all of one sector, of it too
                listed = {actors[token_actor[t.i]].sector for t in (tok, *tok.conjuncts) if t.i in token_actor
                          and actors[token_actor[t.i]] is not a and actors[token_actor[t.i]].kind == "organization"}
                if len(listed) == 1 and None not in listed:
                    sector, = listed
                    a.sector, a.code = sector, _code(a.country, sector)
                    a.why += f"; listed with organisations that are all {sector}"
                    continue
            if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in EXAMPLE_PREPS \
                    or tok.head.lower_ == "as" and not any(c.lower_ == "such" for c in tok.head.children):
                continue
            kind = actors.get(token_actor.get(tok.head.head.i))
            if kind is None or kind.kind != "group" or not kind.sector or tok.head.head.tag_ != "NNS":
                continue
            if a.kind == "person" and tok.head.head.lemma_.lower() in GROUP_NOUNS | KIND_NOUNS:
                a.kind = "organization"
            a.country = a.country or kind.country
            a.sector, a.code = kind.sector, _code(a.country, kind.sector)
            a.why += f"; named as one of the '{tok.head.head.text}' ({kind.sector})"

    @staticmethod
    def _officers_of_the_force_named(run: "_Run") -> None:
        """3c. "The Riau Islands provincial police said officers had acted in line with procedures": bare
        "officers" are of the police or the army, whichever the text named last (this sentence or the two
        before); with neither, the dictionary's military reading stays."""
        doc, kb = run.doc, run.kb
        for a in run.actors.values():
            if a.kind != "group" or a.sector != "MIL" or not a.mentions:
                continue
            span = doc.char_span(a.mentions[0].start, a.mentions[0].end, alignment_mode="expand")
            if span is None or span.root.lemma_.lower() != "officer" \
                    or any(t.i != span.root.i and kb.sectors.get(t.lemma_.lower()) for t in span):
                continue  # "Army officers", "military officers": the text says which
            sents = [span.sent]
            while len(sents) < 3 and sents[0].start > 0:
                sents.insert(0, doc[sents[0].start - 1].sent)
            for tok in reversed(doc[sents[0].start:span.root.i]):
                sector = kb.sectors.get(tok.lemma_.lower()) if tok.lemma_.lower() not in SERVICE_NEUTRAL_NOUNS else None
                if sector in ("COP", "MIL"):
                    if sector == "COP":
                        a.sector, a.code = "COP", _code(a.country, "COP")
                        a.why += f"; the police named before ('{tok.text}')"
                    break

    def _appositions(self, run: "_Run") -> None:
        """4a. What an apposition, a relative clause or an employer says of a person; 4a'. family names."""
        doc, kb, date, actors = run.doc, run.kb, run.date, run.actors
        token_actor, person_mentions = run.token_actor, run.person_mentions
        # 4a. a later apposition describes a person first named without one ("Lai, founder of the Apple Daily
        # newspaper in Hong Kong")
        for i, key in list(person_mentions):
            a = actors[key]
            if a.kind != "person":
                continue
            for c in doc[i].children:
                if c.dep_ != "appos" or c.pos_ != "NOUN" or a.country and a.sector:
                    continue
                sec = kb.sectors.get(c.lemma_.lower())
                hit = self._modifier_country(c, date)
                if hit and not a.country:
                    a.country, a.why = hit[0], a.why + f"; country from the apposition '{c.text}' ({hit[2]})"
                if sec and not a.sector:
                    a.sector, a.why = sec, a.why + f"; sector from the apposition '{c.text}'"
                a.code = _code(a.country, a.sector)
            # "X of the Cato Institute", "X, an analyst at Control Risks": the organisation they work for
            described = [c for c in doc[i].children if c.dep_ == "appos" and c.pos_ == "NOUN"] + _relative_role(doc[i])
            for holder in [doc[i]] + described:
                for prep in holder.children:
                    # "a reporter for the BBC": for an organisation, not "envoy for North Korea" (a country)
                    if prep.dep_ != "prep" or prep.lower_ not in ("of", "at", "from", "with") and not (
                            prep.lower_ == "for" and holder.i != i):
                        continue
                    # the organisation, or an armed or opposition group ("the political leader of the rebel KLA")
                    org = next((actors[token_actor[p.i]] for p in prep.children if p.dep_ == "pobj"
                                and p.i in token_actor and (actors[token_actor[p.i]].kind == "organization"
                                                            or actors[token_actor[p.i]].kind == "group"
                                                            and actors[token_actor[p.i]].sector in ("REB", "OPP", "CRM"))), None)
                    if org is None:
                        continue
                    # "a North Korean expert at the Middlebury Institute": the demonym is the topic, the
                    # employer says where the expert is from
                    topic = holder.i != i and holder.lemma_.lower() in AFFILIATED_HEADS and org.country is not None \
                        and org.kind == "organization"
                    generic = holder.i == i or holder.lemma_.lower() in AFFILIATED_HEADS | GENERIC_HEADS | LEADING_TITLES
                    # "Arnel Joseph, the leader of the Village de Dieu gang": a generic title's sector (a
                    # leader is GOV) gives way to the organisation's, when the person is not in the dictionary
                    # with no date, the text's own description of a dictionary person is the best evidence of
                    # when it is from ("Lech Walesa, leader of the Solidarity trade union")
                    undated_entry = not date and a.why.startswith("people.csv")
                    titled = holder.i != i and holder.lemma_.lower() in GENERIC_HEADS | LEADING_TITLES \
                        and (a.why.startswith("NER") or undated_entry) and org.sector not in (None, "GOV")
                    _take_employer(a, org, country=not a.country or topic and a.country != org.country,
                                   sector=generic and (a.sector in (None, "CVL") or titled))
            # "Lydia Rosasi works at the office of the Kenyan government spokesperson": the employer named
            # after a verb of working
            # "X, who heads the International Committee of the Red Cross": the organisation X leads
            leads = [v for v in doc[i].children if v.dep_ == "relcl" and v.lemma_.lower() in LEAD_VERBS]
            if doc[i].dep_ == "nsubj" and doc[i].head.lemma_.lower() in LEAD_VERBS:
                leads.append(doc[i].head)
            if leads and (not a.country or a.sector in (None, "CVL")):
                led = next((actors[token_actor[t.i]] for v in leads for o in v.children if o.dep_ == "dobj"
                            for t in o.subtree if t.i in token_actor and token_actor[t.i] != key
                            and actors[token_actor[t.i]].kind in ("organization", "group")), None)
                if led is not None:
                    _take_employer(a, led, country=not a.country, sector=a.sector in (None, "CVL"))
            trades = [v for v in doc[i].children if v.dep_ == "relcl" and (
                v.lemma_.lower() in SELL_VERBS or v.lemma_.lower() in LEAD_VERBS | {"own"} and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in BUSINESS_NOUNS for o in v.children))]
            if trades and a.sector in (None, "CVL") and a.kind == "person":
                # "Thandi Mokoena, who sells clothes", "X, who runs a small guesthouse": in business
                a.sector, a.code = "BUS", _code(a.country, "BUS")
                what = " ".join(t.text for t in trades[0].subtree if t.i > trades[0].i)[:40]
                a.why += f"; who {trades[0].text} {what}: business (BUS)"
            verb = doc[i].head
            if doc[i].dep_ == "nsubj" and verb.lemma_.lower() in WORK_VERBS and (not a.country or a.sector in (None, "CVL")):
                employer = next((actors[token_actor[t.i]] for prep in verb.children
                                 if prep.dep_ == "prep" and prep.lower_ in ("at", "for", "with")
                                 for t in prep.subtree if t.i in token_actor and t.i != i
                                 and actors[token_actor[t.i]].kind in ("organization", "group")), None)
                if employer is not None:
                    _take_employer(a, employer, country=not a.country, sector=a.sector in (None, "CVL"))

        # 4a'. a relative named with the family name of a person already placed ("his wife, Liri Berisha"):
        # the family's country
        placed: dict[str, list[Actor]] = {}
        for a in actors.values():
            if a.kind == "person" and a.country and " " in a.name:
                placed.setdefault(a.name.split()[-1], []).append(a)
        for a in actors.values():
            if a.kind != "person" or " " not in a.name:
                continue
            # "Argita Berisha Malltezi": any family name after the first name
            family = next((placed[w] for w in a.name.split()[1:] if w in placed and a not in placed[w]), None)
            if family is None:
                continue
            if not a.country and len({f.country for f in family}) == 1:
                a.country = family[0].country
                a.code = _code(a.country, a.sector)
                a.why += f"; country {a.country} of the family name '{family[0].name.split()[-1]}' named in the article"
            if (a.role or "") in KIN_NOUNS and a.sector in (None, "CVL") and any(self._official(f, date) for f in family):
                a.sector, a.code = "ELI", _code(a.country, "ELI")  # PLOVER: officials' families are elites
                a.why += f"; relative of {family[0].name}, an office holder: ELI"

    def _names_and_titles(self, run: "_Run") -> None:
        """4b'.-4d. Demonyms on things, surnames the tagger missed, acronyms and title words."""
        doc, kb, actors, token_actor = run.doc, run.kb, run.actors, run.token_actor
        taken, person_mentions, add = run.taken, run.person_mentions, run.add
        # 4b'. a demonym on a thing stands for its country ("Israeli air raids", "an Indian proposal")
        for tok in doc:
            if tok.i in taken or tok.text not in kb.demonyms or tok.dep_ not in ("amod", "compound"):
                continue
            head = tok.head
            if head.pos_ not in ("NOUN", "PROPN") or head.i in taken or head.ent_type_ == "PERSON":
                continue
            iso = kb.demonyms[tok.text]
            if tok.i > 0 and f"{doc[tok.i - 1].text} {tok.text}" in kb.demonyms:
                iso = kb.demonyms[f"{doc[tok.i - 1].text} {tok.text}"]  # "North Korean", not "Korean"
            elif tok.i > 0 and _home_of_people(doc[tok.i - 1], tok, kb):
                continue  # "Bosnian Serb leader": Serbs of Bosnia, not Serbia
            elif tok.i > 0 and f"{doc[tok.i - 1].lower_} {tok.lower_}" in kb.region_adjectives:
                continue  # "the South American nation": a region's, not the United States
            if head.lemma_.lower() in CIVILIAN_PROPERTY:
                # "Palestinian homes", "Afghan villages": the people they belong to, as civilians
                sp = doc[tok.i:head.i + 1]
                add(f"group:{iso}CVL:{head.lemma_.lower()}", sp, lambda iso=iso, sp=sp, head=head: Actor(
                    id="", name=sp.text, kind="group", country=iso, sector="CVL", code=_code(iso, "CVL"),
                    why=f"demonym '{tok.text}' on people's property '{head.text}': civilians", confidence=0.5))
                continue
            name = kb.country_names.get(iso, tok.text)
            add(f"country:{name}", doc[tok.i:tok.i + 1], lambda iso=iso, name=name, tok=tok: Actor(
                id="", name=name, kind="country", country=iso, code=iso,
                why=f"demonym '{tok.text}' on '{tok.head.text}' stands for the country", confidence=0.6))

        # 4c. a surname the tagger missed ("Pifer said", tagged as a noun) is the person already named
        surnames: dict[str, list[str]] = {}
        for key, a in actors.items():
            if a.kind == "person" and " " in a.name:
                surnames.setdefault(_surname(a.name.split()), []).append(key)
        # ... and so is a first name on its own, as Thai and other given names are used ("Pita" after "Pita
        # Limjaroenrat"), when it stands alone and no one else has it
        firsts: dict[str, list[str]] = {}
        for key, a in actors.items():
            if a.kind == "person" and len(a.name.split()) >= 2 and a.name.split()[0] not in TITLE_WORDS:
                firsts.setdefault(a.name.split()[0], []).append(key)
        for tok in doc:
            keys = surnames.get(tok.text)
            if keys and len(keys) == 1 and tok.i not in token_actor and tok.pos_ in ("PROPN", "NOUN", "VERB") \
                    and tok.is_title:
                m = doc[tok.i:tok.i + 1]
                add(keys[0], m, lambda: None)
                continue
            keys = firsts.get(tok.text)
            if not keys or len(keys) != 1 or tok.i in token_actor or tok.pos_ != "PROPN" or not tok.is_title \
                    or tok.ent_type_ not in ("", "PERSON"):
                continue
            alone = not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (tok.i - 1, tok.i + 1))
            if alone and any(m.start < tok.idx for m in actors[keys[0]].mentions):
                add(keys[0], doc[tok.i:tok.i + 1], lambda: None)

        # 4c'. an acronym stands for the organisation whose initials it spells ("NISA" after "National
        # Intelligence and Security Agency")
        for tok in doc:
            key = _acronym_key(tok, actors) if tok.i not in token_actor else None
            if key:
                add(key, doc[tok.i:tok.i + 1], lambda: None)

        # 4d. a person's title words refer to the person ("U.S. negotiator Paul Nitze"), back to a conjunction:
        # in "Zairean President Mobutu Sese Seko and rebel leader Laurent Kabila", parsed as one phrase, only
        # "rebel leader" is Kabila's
        for i, key in list(person_mentions):
            for c in doc[i].lefts:
                if c.dep_ in ("compound", "amod") and c.ent_type_ != "PERSON" and c.i not in token_actor:
                    words = [t for t in c.subtree if t.i < i]
                    cut = max((t.i for t in words if t.dep_ == "cc"), default=-1)
                    for t in words:
                        if t.i > cut and t.i not in token_actor and not t.is_punct:
                            token_actor[t.i] = key
        # 4d''. an office in apposition that no stage claimed ("Kenzo Oshima, the United Nations Emergency Relief
        # Coordinator") refers to the person: its head and the words before it not already someone else's
        for i, key in list(person_mentions):
            for c in doc[i].children:
                if c.dep_ != "appos" or c.i in token_actor or c.tag_ not in ("NN", "NNP") or c.ent_type_ == "PERSON" \
                        or c.lemma_.lower() in KIN_NOUNS \
                        or not (c.is_title or kb.sectors.get(c.lemma_.lower()) or c.lemma_.lower() in ROLE_NOUNS):
                    continue
                for t in c.subtree:
                    if t.i <= c.i and t.i not in token_actor and not t.is_punct and t.pos_ != "DET":
                        token_actor[t.i] = key
        # 4d'. a title the name is parsed as an apposition of ("President | Mobutu Sese Seko") is the person's
        for i, key in list(person_mentions):
            start = i
            while start > 0 and token_actor.get(start - 1) == key:
                start -= 1
            title = doc[start - 1] if start > 0 else None
            if title is not None and title.i not in token_actor and doc[start].head.i == title.i \
                    and doc[start].dep_ == "appos" and title.lower_ not in KIN_NOUNS \
                    and (title.lower_ in kb.sectors or title.lower_ in TITLE_WORDS):
                token_actor[title.i] = key

    def _country_nouns_and_institutions(self, run: "_Run") -> None:
        """5b.-5c. "the country", "the mainland" and bare institutions ("the government"), by the country
        named before them."""
        doc, kb, actors, token_actor = run.doc, run.kb, run.actors, run.token_actor
        person_mentions, thing_mentions, add = run.person_mentions, run.thing_mentions, run.add
        # 5b. "his country", "the country": the possessor's country, else the country named last ("the
        # Southeast Asian nation": the last one of that region; "the self-governing island": the last one);
        # "the mainland" in an article naming Taiwan, Hong Kong, Macau or China is China
        for tok in doc:
            if tok.i in token_actor or tok.lemma_.lower() not in COUNTRY_NOUNS and tok.lower_ != "mainland" \
                    or tok.tag_ != "NN":
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "npadvmod")]
            words = " ".join(t.text for c in mods for t in c.subtree if t.i < tok.i).lower()
            region = kb.region_adjectives.get(words)  # "the South American nation": not the United States
            iso = None
            if poss is not None and poss.pos_ == "PRON" and poss.i in token_actor:
                iso = actors[token_actor[poss.i]].country
            elif poss is None and det is not None and det.lower_ in ("the", "this") and (
                    region or not any(t.text in kb.demonyms or t.i in token_actor for c in mods for t in c.subtree)):
                if region or not mods or tok.lemma_.lower() != "country":  # not "the host country"
                    fits = lambda c: region is None or region in kb.country_regions.get(c, ())  # noqa: E731
                    # an epithet ("the Southeast Asian nation") refers back past its own sentence's countries
                    iso = _country_named_before(doc[tok.sent.start] if mods else tok, actors, thing_mentions, fits)
                    if iso is None and not mods:
                        iso = _capital_named_before(tok, kb)  # "In Tehran, the country's foreign ministry"
                    if iso is None and (region or not mods) and tok.lemma_.lower() in ("country", "nation"):
                        # "Ecuador's president ... The South American nation": no country named on its own
                        iso = next((a.country for i, k in sorted(person_mentions + thing_mentions, reverse=True)
                                    if i < tok.i
                                    for a in [actors[k]] if a.country in kb.country_names and fits(a.country)), None)
            if tok.lower_ == "mainland" and poss is None and det is not None and det.lower_ == "the" and not mods:
                named = {actors[k].country for k in set(token_actor.values()) if k in actors}
                iso = MAINLAND["country"] if named & set(MAINLAND["when_named"]) else None
            if iso and iso in kb.country_names:
                name = kb.country_names[iso]
                add(f"country:{name}", doc[tok.i:tok.i + 1], lambda iso=iso, name=name, tok=tok: Actor(
                    id="", name=name, kind="country", country=iso, code=iso, confidence=0.6,
                    why=f"'{tok.text}' refers to {name} (coreference)"))

        # 5c. "the government", "the military" with no country of their own: the country named last before
        # them (nearer evidence than the article's dominant country, which groups get only in 7b)
        for tok in doc:
            a = actors.get(token_actor.get(tok.i)) if tok.i in token_actor else None
            institutional = _bare_institution(tok) or tok.tag_ in ("NN", "NNS") and any(
                c.dep_ == "compound" and c.lemma_.lower() in INSTITUTIONS for c in tok.children)  # "government officials"
            # "the Constitutional Council", "the National Electoral Council": a state body the tagger named, with
            # no country in its name
            state_body = a is not None and a.kind == "organization" and a.why.startswith("NER ORG") \
                and a.sector in STATE_SECTORS + ("MIL",)
            if a is None or a.kind != "group" and not state_body or a.country or not (institutional or state_body):
                continue
            if tok.lemma_.lower() == "administration" and _head_named_before(tok, actors, person_mentions):
                continue  # "the administration": the head of government named last (6.), not the last country
            placed = _sentence_place_country(tok.sent) if state_body else None
            iso, where = (placed[0], f"where its sentence is set ({placed[1]})") if placed else (None, "")
            if iso is None and (tok.lemma_.lower() in LEGISLATURE_WORDS or tok.text == "House"):
                # "Speaker Mike Johnson ... aid for Ukraine ... The Senate": the legislature of the lawmakers named
                # before it, not the country named last
                iso = next((actors[k].country for i, k in sorted(person_mentions + thing_mentions, reverse=True)
                            if i < tok.i and actors[k] is not a and actors[k].sector == "LEG"
                            and actors[k].country in kb.country_names), None)
                where = "that of the lawmakers named before it"
            if iso is None:  # "the Togolese government and opposition parties": the group it is joined to
                head = tok
                while head.dep_ == "compound" and head.head.i != head.i:
                    head = head.head
                iso = next((actors[token_actor[c.i]].country for c in (head.head, *head.children)
                            if c.i != head.i and (c.dep_ == "conj" and c.head.i == head.i or head.dep_ == "conj"
                                                  and c.i == head.head.i)
                            and c.i in token_actor and actors[token_actor[c.i]] is not a
                            and actors[token_actor[c.i]].country in kb.country_names), None)
                where = "that of the group it is joined to"
            if iso is None and run.about:  # "(Brazil, Colombia and Mexico) urged the electoral authorities"
                iso, where = run.about, "the country the article is about"
            if iso is None:  # "In Caracas, the National Electoral Council": the sentence's place first
                iso, where = _country_named_before(tok, actors, thing_mentions), "the country named last before it"
            if iso is None:
                iso, where = _capital_named_before(tok, kb), "the capital named just before it"
            if iso is None:  # "Pakistan's Supreme Court ordered the government": the same state's institution
                iso = next((actors[k].country for i, k in reversed(thing_mentions) if tok.sent.start <= i < tok.i
                            and actors[k].kind in ("group", "organization") and actors[k].country in kb.country_names
                            and actors[k].sector in ("GOV", "JUD", "LEG", "MIL", "COP")), None)
                where = "that of a state institution named before it in its sentence"
            if iso is None:  # "President Omar al-Bashir dissolved parliament": the office holder's state's
                iso = next((actors[k].country for i, k in reversed(person_mentions) if tok.sent.start <= i < tok.i
                            and actors[k].country in kb.country_names and actors[k].sector == "GOV"), None)
                where = "that of an office holder named before it in its sentence"
            if iso:
                a.country = iso
                a.code = _code(a.country, a.sector)
                a.why += f"; country {a.country}, {where}"

    def _owners_followers_and_parts(self, run: "_Run") -> None:
        """6.-7a'. Sector nouns owned by a resolved actor ("its coast guard"), followers, forces loyal to
        someone, and parts coded as their whole."""
        doc, kb, date, actors = run.doc, run.kb, run.date, run.actors
        token_actor, person_mentions, add = run.token_actor, run.person_mentions, run.add
        # 6. "its coast guard", "his department": a sector noun owned by a resolved actor is that actor's
        # country's group of that sector
        # ("the administration": the head of government named last)
        for tok in doc:
            if tok.pos_ != "NOUN":
                continue
            two = f"{doc[tok.i - 1].lemma_.lower()} {tok.lemma_.lower()}" if tok.i > 0 else ""
            sector = kb.sectors.get(two) or kb.sectors.get(tok.lemma_.lower())  # "its coast guard"
            poss = next((c for c in tok.children if c.dep_ == "poss" and (
                c.pos_ == "PRON" or c.lemma_.lower() in COUNTRY_NOUNS and c.i in token_actor)), None)  # "the country's"
            if poss is None and tok.lemma_.lower() in KIN_NOUNS:  # "the son of Jimmy Lai", "Lai's wife"
                poss = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                             if p.dep_ == "pobj" and p.i in token_actor and actors[token_actor[p.i]].kind == "person"),
                            None) or next((c for c in tok.children if c.dep_ == "poss" and c.i in token_actor
                                           and actors[token_actor[c.i]].kind == "person"), None)
            owner = actors.get(token_actor.get(poss.i)) if poss is not None and poss.i in token_actor else None
            if poss is None and tok.lemma_.lower() == "administration" and _bare_definite(tok):
                owner = _head_named_before(tok, actors, person_mentions)
            if owner is None or not owner.country:
                continue
            if tok.i in token_actor:  # "his family members", made in 3. without a country
                a = actors[token_actor[tok.i]]
                if a.kind == "group" and a.country is None and a.sector in PERSON_SECTORS | {"GOV", "MIL"}:
                    a.country, a.code = owner.country, _code(owner.country, a.sector)
                    a.why += f"; country of '{poss.text if poss is not None else 'the'}' = {owner.name}"
                    lemma = tok.lemma_.lower()
                    if owner.kind in ("organization", "group") and owner.sector and poss is not None \
                            and lemma in STAFF_NOUNS | MEMBER_NOUNS | WORKER_HEADS \
                            and not (lemma in WORKER_HEADS and owner.sector == "BUS"):
                        # "The Malawi Red Cross Society said its volunteers ...": the body's people share its
                        # sector (a company's workers stay labour)
                        a.sector, a.code = owner.sector, _code(a.country, owner.sector)
                        a.why += f"; its {lemma}s: sector {owner.sector}"
                if a.kind == "person" and a.why.startswith("NER") and poss is not None and poss.pos_ == "PRON" \
                        and owner.kind in ("organization", "group") and owner.sector \
                        and owner.sector not in ("GOV", "MIL", "COP", "JUD", "LEG") \
                        and tok.lemma_.lower() in LEADING_TITLES | {"chief", "head", "leader"}:
                    # "The Histadrut ... Its leader, Arnon Bar-David": the leader of the body 'its' refers to
                    a.sector = owner.sector
                    a.country = a.country or owner.country
                    a.code, a.why = _code(a.country, a.sector), a.why + f"; leader of '{poss.text}' = {owner.name}"
                continue
            if tok.lemma_.lower() == "party" and owner.kind == "person":
                # "his conservative party": a leader's party, in opposition when its leader is
                sector = "OPP" if owner.sector in ("OPP", "ELI") else "PTY"
            if tok.lemma_.lower() in KIN_NOUNS and sector == "CVL" and self._official(owner, date):
                sector = "ELI"  # "his wife": PLOVER's ELI includes the families of (former) officials
            if owner.kind in ("organization", "group") and owner.sector and sector == "GOV" \
                    and tok.lemma_.lower() in GENERIC_HEADS - {"force", "group", "unit"}:
                sector = owner.sector  # "Ennahda ... its leader": the party's leader (OPP), not a government's
            if poss is None or not sector or sector not in PERSON_SECTORS | {"GOV", "MIL"}:
                continue
            sp = doc[tok.i:tok.i + 1] if not [c for c in tok.lefts if c.dep_ == "compound"] else _np_span(tok)
            if poss.i < tok.i:
                sp = doc[max(sp.start, poss.i + 1):tok.i + 1]
            beside = [t for t in _persons_beside(tok, actors, token_actor) if actors[token_actor[t.i]] is not owner]
            if tok.lemma_.lower() in KIN_NOUNS and beside:
                # "Tommy Suharto, the youngest son of former President Suharto": the relative is the person named
                named = actors[token_actor[beside[0].i]]
                if named.why.startswith("NER") and named.country != owner.country:  # the family's, not a guess's
                    named.country, named.why = owner.country, named.why + f"; country of the family ({owner.name})"
                if named.sector in (None, "CVL"):
                    named.sector, named.code = sector, _code(named.country, sector)
                    named.why += f"; {tok.lemma_.lower()} of {owner.name}" + (", an office holder: ELI" if sector == "ELI" else "")
                token_actor[tok.i] = token_actor[beside[0].i]
                continue
            key = f"group:{owner.country}{sector}:{tok.lemma_.lower()}"
            add(key, sp, lambda sp=sp, owner=owner, sector=sector, tok=tok: Actor(
                id="", name=_clean_name(sp), kind="group", country=owner.country, sector=sector,
                code=_code(owner.country, sector), confidence=0.5,
                why=f"sector noun '{tok.lemma_.lower()}' ({sector}) of '{poss.text}' = {owner.name}"))

        # 7. "supporters of former President X", "Muslim Brotherhood supporters": the followers of a resolved
        # actor are of its country, and the opposition when they follow the opposition, a former leader or a party
        for tok in doc:
            if tok.i in token_actor or tok.pos_ != "NOUN" or tok.lemma_.lower() not in FOLLOWER_NOUNS:
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.i in token_actor]
            owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" and p.i in token_actor]
            owner = actors[token_actor[owners[0].i]] if owners else None
            if owner is None or not owner.country:
                if tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
                    # "supporters cheered", "told supporters in Bangkok", "hundreds of supporters of the coup":
                    # followers of no one placed are people (CVL), placed like other groups (7b'., 7b''.)
                    sector = FOLLOWER_SECTORS.get(owner.sector or "", "CVL") if owner else "CVL"
                    sp = doc[tok.i:tok.i + 1]
                    whose = owner.name if owner else tok.sent.start  # one crowd per owner, else per sentence
                    add(f"group:{sector}:{tok.lemma_.lower()}:{whose}", sp, lambda sp=sp, sector=sector, tok=tok: Actor(
                        id="", name=sp.text, kind="group", country=None, sector=sector, code=sector, confidence=0.4,
                        why=f"'{tok.text}' of no one placed: people ({sector}), country unknown"))
                continue
            sector = FOLLOWER_SECTORS.get(owner.sector or "", "CVL")
            sp = doc[tok.i:tok.i + 1]  # the owner's words stay the owner's
            key = f"group:{owner.country}{sector}:{tok.lemma_.lower()}:{owner.name}"
            add(key, sp, lambda sp=sp, owner=owner, sector=sector, tok=tok: Actor(
                id="", name=f"{tok.lemma_.lower()}s of {owner.name}", kind="group", country=owner.country,
                sector=sector, code=_code(owner.country, sector), confidence=0.5,
                why=f"'{tok.text}' of {owner.name} ({owner.code or owner.country}): followers"))

        # 7'. "forces loyal to rebel leader X", "troops loyal to President Y": armed men loyal to a resolved
        # actor are of its country, and rebels when it is a rebel; gunmen hired by a cartel are its men
        for tok in doc:
            a = actors.get(token_actor.get(tok.i)) if tok.i in token_actor else None
            if a is None or a.kind != "group" or a.sector not in ("MIL", "REB", "UAF", None):
                continue
            owner = next((actors[token_actor[p.i]] for c in tok.children if c.lemma_.lower() == "loyal"
                          for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "to"
                          for p in prep.children if p.dep_ == "pobj" and p.i in token_actor), None)
            hired = next((actors[token_actor[p.i]] for c in tok.children
                          if c.dep_ == "acl" and (c.lemma_.lower() in WORK_VERBS or c.lemma_.lower() == "hire")
                          for prep in c.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("for", "by")
                          for p in prep.children if p.dep_ == "pobj" and p.i in token_actor), None)
            if hired is not None and hired is not a and a.sector == "UAF" and hired.sector in ("CRM", "REB"):
                # "Gunmen hired by the Medellin drug cartel", "gunmen working for the Cali cartel": its men
                a.sector, a.why = hired.sector, a.why + f"; working for {hired.name}: {hired.sector}"
                a.code = _code(a.country, a.sector)
                owner = owner or hired
            if owner is None or owner is a:
                continue
            if not a.country and owner.country:
                a.country, a.why = owner.country, a.why + f"; country of {owner.name}, whom they serve"
            if a.sector == "MIL" and owner.sector == "REB":
                a.sector, a.why = "REB", a.why + f"; loyal to {owner.name}, a rebel: REB"
            a.code = _code(a.country, a.sector)

        # 7a. "some of the civil parties", "Boko Haram's largest faction": a part is coded as its whole
        for tok in doc:
            if tok.i in token_actor:
                continue
            lemma = tok.lemma_.lower()
            if lemma in PARTITIVE_WORDS or tok.like_num:
                whole = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj" and p.i in token_actor and actors[token_actor[p.i]].kind != "country"]
            elif lemma in PART_NOUNS:
                whole = [c for c in tok.children if c.dep_ == "poss" and c.i in token_actor] + [
                    p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj" and p.i in token_actor]
                whole = [w for w in whole if actors[token_actor[w.i]].kind in ("organization", "group")]
            else:
                continue
            if whole:
                token_actor[tok.i] = token_actor[whole[0].i]

        # 7a'. "Voice of America's Persian Service": an unlisted organisation owned by a listed one is of its
        # country and sector
        for tok in doc:
            a = actors.get(token_actor.get(tok.i)) if tok.i in token_actor else None
            if a is None or a.kind != "organization" or a.sector or tok.ent_type_ != "ORG":
                continue
            owner = next((actors[token_actor[c.i]] for c in tok.children if c.dep_ == "poss" and c.i in token_actor
                          and actors[token_actor[c.i]].kind == "organization" and actors[token_actor[c.i]] is not a), None)
            if owner is not None and owner.sector:
                a.country, a.sector = a.country or owner.country, owner.sector
                a.code = _code(a.country, a.sector)
                a.why += f"; part of {owner.name} ({owner.code})"

    def _groups_placed(self, run: "_Run") -> None:
        """7b.-7b'. Groups still without a country: their apposition's, else the one country their sentence is
        set in."""
        doc, kb, date, actors, token_actor = run.doc, run.kb, run.date, run.actors, run.token_actor
        # 7b. "The hostages, four British oil workers": a group's apposition says whose it is
        for tok in doc:
            a = actors.get(token_actor.get(tok.i)) if tok.i in token_actor else None
            if a is None or a.kind != "group" or a.country or tok.tag_ != "NNS":
                continue
            found = (self._modifier_country(c, date) for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN")
            said = next((h for h in found if h), None)
            if said and said[0] in kb.country_names:
                a.country, a.code = said[0], _code(said[0], a.sector)
                a.why += f"; country {said[0]} from the apposition ({said[2]})"

        # 7b. "12 members of Congress" (Brazil's, by 1.): members of a body coded since are of its country
        for tok in doc:
            a = actors.get(token_actor.get(tok.i)) if tok.i in token_actor else None
            if a is None or a.kind != "group" or a.country or tok.lemma_.lower() not in MEMBER_NOUNS:
                continue
            body = next((actors[token_actor[p.i]] for prep in tok.children if prep.lower_ == "of"
                         for p in prep.children if p.dep_ == "pobj" and p.i in token_actor), None)
            if body is not None and body is not a and body.country:
                a.country, a.code = body.country, _code(body.country, a.sector)
                a.why += f"; country {body.country} of the body it is of ({body.name})"

        # 7b'. sector groups still with no country: a city or region named in their sentence, when all of them
        # are in one country ("Police in Karachi fired tear gas at hundreds of protesters")
        for a in actors.values():
            transnational = a.sector in ("NGO", "IGO") or "peacekeep" in a.name.lower() \
                or set(a.name.lower().split()) & INTERNATIONAL_WORDS  # "international aid agencies"
            if a.kind == "group" and not a.country and a.mentions and not transnational:
                first = doc.char_span(a.mentions[0].start, a.mentions[0].end, alignment_mode="expand")
                if first is not None and _envoy(first.root):
                    continue  # an embassy or an envoy is abroad: where its sentence is set is the host
                where = _sentence_place_country(first.sent) if first is not None else None
                if where:
                    a.country, a.code = where[0], _code(where[0], a.sector)
                    a.why += f"; country {where[0]}, where its sentence is set ({where[1]})"

    @staticmethod
    def _people_in_flight(run: "_Run") -> None:
        """10. Civilians the text says are fleeing ("Rohingya Muslims fleeing violence"), fled their homes
        ("thousands of families had fled toward Tawila") or were displaced are refugees (REF); not people who
        fled to a shelter."""
        for tok in run.doc:
            a = run.actors.get(run.token_actor.get(tok.i))
            after = run.doc[tok.i + 1] if tok.i + 1 < len(run.doc) else None
            subject = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "thousands of"
            verb = subject.head if subject.dep_ == "nsubj" else None
            # fled a place or to one, not "fled the shelling" (for a while) or "fled to shelters"
            fled = verb is not None and verb.lemma_.lower() in FLIGHT_VERBS and verb.tag_ in ("VBD", "VBN") \
                and not _to_shelter(verb) \
                and all(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in PLACE_NOUNS | {"home", "country"}
                        for o in verb.children if o.dep_ == "dobj")
            if a is not None and a.kind == "group" and a.sector == "CVL" \
                    and (tok.tag_ in ("NNS", "NNPS") or tok.text in run.kb.ethnic) \
                    and all(tok.sent.start_char <= m.start < tok.sent.end_char for m in a.mentions) and (any(
                    c.dep_ == "acl" and c.lemma_.lower() in FLIGHT_VERBS for c in tok.children)
                    or after is not None and after.tag_ == "VBG" and after.lemma_.lower() in FLIGHT_VERBS
                    or fled or tok.dep_ == "dobj" and tok.head.lemma_.lower() in DISPLACING_VERBS
                    or _in_refuge(verb) or any(_in_refuge(c) for c in tok.children if c.dep_ == "acl")
                    or _driven_out(subject) or any(  # "people displaced by fighting", "most of whom fled"
                        c.dep_ in ("acl", "relcl") and (PEOPLE_ADJECTIVES.get(c.lower_) == "REF" or c.dep_ == "relcl"
                                                        and c.lemma_.lower() in FLIGHT_VERBS) for c in tok.children)
                    or any(c.dep_ == "compound" and c.lemma_.lower() == "camp" for c in tok.children)):
                a.sector, a.code = "REF", _code(a.country, "REF")
                a.why += f"; '{tok.text}' fled or displaced: refugees"
            # "Sakina Bibi, who fled her village", "a displaced mother of five sheltering in Deir al-Balah"
            if a is not None and a.kind == "person" and a.sector in (None, "CVL") and a.why.startswith("NER") \
                    and tok.ent_type_ == "PERSON" and (after is None or after.ent_type_ != "PERSON"):
                described = [tok] + [c for c in tok.children if c.dep_ == "appos"]
                if any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in FLIGHT_VERBS and c.tag_ in ("VBD", "VBN")
                                                        and not _to_shelter(c) or _in_refuge(c))
                       or c.dep_ == "amod" and PEOPLE_ADJECTIVES.get(c.lower_) == "REF"
                       for d in described for c in d.children):
                    a.sector, a.code = "REF", _code(a.country, "REF")
                    a.why += f"; '{tok.text}' fled or displaced: a refugee"

    def _private_individuals_and_history(self, run: "_Run") -> None:
        """8. People given no role are private individuals; 9. actors of states not yet independent on the
        article's date are the state they were part of."""
        doc, kb, date, actors = run.doc, run.kb, run.date, run.actors
        # 8. a named person the article gives no role, title or employer is a private individual (CAMEO CVL)
        for a in actors.values():
            if a.kind == "person" and a.sector is None and a.why.startswith("NER PERSON"):
                docked = next((m.text for m in a.mentions if _in_the_dock(doc.char_span(m.start, m.end,
                                                                                       alignment_mode="expand"))), None)
                sector, said = ("CRM", f"in the dock ('{docked}'): a criminal suspect (CRM)") if docked \
                    else ("CVL", "no role stated: a private individual (CVL)")
                a.sector, a.code = sector, _code(a.country, sector)
                a.why += f"; {said}"
                a.confidence = min(a.confidence, 0.4)

        # 9. a state that did not exist yet on the article's date (or, undated, before the last day of a former
        # state it names, "Yugoslav army units"): its actors are the state it was part of (Kosovo's: Serbia's)
        era = date or _former_name_hint(doc, kb, actors.values())
        doc.user_data[ERA_KEY] = era
        for a in actors.values():
            _as_of(a, kb, era)

    def _finish(self, run: "_Run") -> list[Actor]:
        """Ids in order of first mention, the article's own spelling of full names, and the token table."""
        doc, kb, date, actors, token_actor, order = run.doc, run.kb, run.date, run.actors, run.token_actor, run.order
        ordered = sorted(order, key=lambda k: min(m.start for m in actors[k].mentions) if actors[k].mentions else 0)
        ids = {k: f"A{i}" for i, k in enumerate(ordered, 1)}
        result = []
        for k in ordered:
            a = actors[k]
            a.id = ids[k]
            if a.kind == "person":
                # the article's own spelling of the full name ("Zelenskyy", "J.D. Vance"), when it uses one
                named = [m.text for m in a.mentions if " " in m.text and kb.lookup(m.text, date) is not None
                         and m.text.split()[0].lower() not in kb.sectors
                         and m.text.split()[0].lower() not in TITLE_WORDS]  # not "President Putin"
                if named:
                    a.name = max(named, key=len)
            a.mentions.sort(key=lambda m: m.start)
            result.append(a)
        doc._.ew_token_actor = {i: ids[k] for i, k in token_actor.items()}
        return result

    @staticmethod
    def _people_where_the_state_acts(run: "_Run") -> None:
        """7b'''. "Police in West Bengal opened fire on farmers in Nandigram": civilians, farmers, workers or
        students with no country of their own, in a sentence where one state's own institutions (police,
        government, courts, legislature) act, are that state's people. Armies cross borders; these rarely do."""
        doc, actors, token_actor = run.doc, run.actors, run.token_actor
        for key, a in actors.items():
            if a.kind != "group" or a.country or a.sector not in LOCAL_SECTORS or not a.mentions:
                continue
            first = doc.char_span(a.mentions[0].start, a.mentions[0].end, alignment_mode="expand")
            if first is None:
                continue
            verb = _clause_verb(first.root)  # the same clause: not "U.S. officials said civilians were killed"
            states = {b.country for t in first.sent if t.i in token_actor and token_actor[t.i] != key
                      for b in [actors[token_actor[t.i]]]
                      if b.sector in STATE_SECTORS and b.country in run.kb.country_names and _clause_verb(t) == verb}
            if len(states) == 1:
                a.country = states.pop()
                a.code = _code(a.country, a.sector)
                a.why += f"; country {a.country}, whose institutions act in its sentence"

    @staticmethod
    def _dominant_country_fallback(doc, iso: Optional[str], actors, kinds) -> None:
        """"President X said ... in Sudan": a titled person or a sector group with no country of its own
        is most likely from the country the article is about (``iso``, from ``_dominant_country``), when one
        country clearly dominates. Marked in ``why`` and with lower confidence."""
        doc.user_data[DOMINANT_KEY] = iso  # for participants named later ("ensure_actor")
        for a in actors.values():
            if a.kind in kinds:
                _fallback_country(a, iso)

    def _dominant_country(self, doc, chosen, date, shares: tuple) -> tuple:
        """For each share, the country the article is about: the one with at least that share of the mentions of
        countries, capitals, places and dictionary people and bodies, and more than any other, else None."""
        counts: dict[str, int] = {}
        for sp in chosen:
            if _stance_word(sp[0]):
                continue  # "pro-Russian separatists" in Donetsk: not an article about Russia
            iso = self.kb.demonyms.get(sp.text)
            if iso is None:
                e = self.kb.lookup(sp.text, date)
                if e is not None and e.kind == "person" and _other_full_name(sp, e, self.kb):
                    continue  # "Marcia dos Santos" says nothing of Angola
                # a country's people and bodies say what the article is about too ("Shehbaz Sharif", "the TTP")
                iso = e.country if e is not None and (e.kind in ("country", "person", "organization", "group")
                                                      or e.metonym) and e.country in self.kb.country_names else None
            longer = _longer_place(sp, iso) if iso else None
            iso = longer.country if longer is not None else iso  # "the Niger Delta" is in Nigeria
            if iso:
                counts[iso] = counts.get(iso, 0) + 1
        covered = {i for sp in chosen for i in range(sp.start, sp.end)}
        for ent in doc.ents:  # "Balochistan", "Quetta": places count for their country too
            if ent.label_ in ("GPE", "LOC") and not any(i in covered for i in range(ent.start, ent.end)) \
                    and _sizeable_place(ent.text):
                iso = gazetteer.best(ent.text, doc.user_data.get(NAMED_KEY, ())).country
                if iso:
                    counts[iso] = counts.get(iso, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        # an article about US-Ukraine relations has no one country its unplaced actors belong to; a tie: no one
        leader = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        return tuple(leader if leader and ranked[0][1] >= share * sum(counts.values()) else None for share in shares)

    def _residence(self, tok, own: Optional[str], date) -> Optional[tuple[str, str]]:
        """(country, why) where an ethnic group lives: a place after it ("Albanians in south Serbia"), else
        the first other country named in its sentence (CAMEO codes ethnic groups by country of residence)."""
        hit = self._modifier_country(tok, date)
        if hit and hit[3].i > tok.i and hit[0] != own:
            return hit[0], hit[2]
        for t in tok.sent:
            if t.i == tok.i or t.text in self.kb.demonyms:
                continue
            e = self.kb.lookup(t.text, date)
            if e is not None and e.kind == "country" and e.country != own:
                return e.country, f"'{t.text}' named in the sentence"
        return None

    def _modifier_sector(self, tok) -> Optional[str]:
        """The sector of a more specific modifier of a generic head ("rebel leaders" -> REB, "civilian
        advisers" -> CVL): the head only says "people in some role", the modifier says which."""
        # "farmers' unions", "a teachers union": its members' sector; "ambulance workers": their field's
        workers = tok.lemma_.lower() in WORKER_HEADS
        members = tok.lemma_.lower() in MEMBERS_HEADS or workers
        if tok.lemma_.lower() not in GENERIC_HEADS and not members:
            return None
        if any(c.lemma_.lower() in STATE_BODY_HEADS for c in tok.lefts if c.dep_ in ("compound", "nmod")):
            return None  # "Health Ministry officials": the ministry's (government), not health workers
        for c in tok.lefts:
            if members and not (c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"):
                continue
            if c.dep_ in ("compound", "amod", "nmod", "poss" if members else "") \
                    and c.lower_ not in RANK_WORDS | SCOPE_WORDS \
                    and c.lemma_.lower() not in PLACE_NOUNS:  # "town officials" are local government, not townsfolk
                sec = self.kb.sectors.get(c.lemma_.lower()) or self.kb.sectors.get(c.lower_)
                if sec and sec != "GOV" and not (workers and sec == "BUS"):  # "factory workers" are labour
                    return sec
        return None

    def _coordinated_modifiers(self, tok, hit, sector, lemma, date, add) -> None:
        """"Hungarian and Romanian officials": every coordinated modifier is its own actor, and each
        modifier token refers to its own country's actor (not the one the whole phrase was coded with)."""
        mod = hit[3]
        doc = tok.doc
        for c in (mod, *mod.conjuncts):
            # the longest name the token is part of: "Sierra Leonean" (SLE), "North Korean" (not Korean)
            span = next((sp for sp in (doc[max(c.i - 1, 0):c.i + 1], doc[c.i:c.i + 2]) if len(sp) == 2
                         and (sp.text in self.kb.demonyms or sp.text in self.kb.phrases or gazetteer.best(sp.text))),
                        doc[c.i:c.i + 1])
            h = self._best_ngram(list(span), date) if len(span) == 2 else self._country_of_token(c, date)
            if not h or h[0] == hit[0]:
                continue  # "Ireland" in "Northern Ireland" names no other country than the phrase's
            country, own = h[0], sector
            by_body = (hit[2].startswith(("organizations.csv", "parties.csv")),
                       h[2].startswith(("organizations.csv", "parties.csv")))
            if by_body[0] and not by_body[1]:
                own = self.kb.sectors.get(lemma) or sector  # "Israeli and Hamas envoys": Israel's are GOV
            elif by_body[1] and h[1] and lemma in GENERIC_HEADS | {"official"}:
                own = h[1]  # "Israeli and Hamas envoys" the other way round: Hamas's are its own
            name = f"{span.text} {tok.text}"
            add(f"group:{country}{own}:{lemma}", span, lambda name=name, country=country, own=own: Actor(
                id="", name=name, kind="group", country=country, sector=own, code=_code(country, own),
                why=f"sector noun '{lemma}' ({own}) + coordinated {h[2]}", confidence=0.7))

    def _person_context(self, ent, date):
        """Country, sector and title of a person not in the dictionary, from the words before the name
        ("Ukrainian Foreign Minister X", "rebel commander X", "Arab League Secretary General X") or an
        apposition ("X, a spokesman for the Kremlin")."""
        doc = ent.doc
        window = _title_window(ent, self.kb.sectors)
        first = ent.root.head if ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "PERSON" else None
        if not window and first is not None and ent.start > 0 and doc[ent.start - 1].lower_ == "and":
            # "Kurdish lawmakers Leyla Zana and Orhan Dogan": a plural title before the first name is both names'
            shared = _title_window(_entity_at(first) or doc[first.i:first.i + 1], self.kb.sectors)
            window = shared if any(t.tag_ == "NNS" for t in shared) else window
        topic = next((k for k, t in enumerate(window) if t.lower_ in ("for", "on") and k > 0
                      and window[k - 1].lemma_.lower() in TOPIC_HEADS), None)
        # "U.N. Resident Coordinator for Myanmar X": Myanmar is the topic; the U.N. is X's
        hit = self._best_ngram(window[:topic] if topic is not None else window, date)
        if hit is None:  # "Ontario Premier Doug Ford", "Kharkiv Mayor X" (untagged): a province or city in the title
            hit = next((h for t in (window[:topic] if topic is not None else window)
                        if t.ent_type_ in ("GPE", "LOC") or _untagged_place(t, self.kb)
                        for h in [_gazetteer_country(t, titled=True)] if h), None)
        sector, title = self._title_sector(window, hit)
        why = "NER PERSON"
        words = list(window)  # the title's words and an apposition's
        if hit is None:
            described = [c for c in ent.root.children if c.dep_ == "appos"]  # "X, a spokesman for the Kremlin"
            if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
                described.append(ent.root.head)  # "the Taliban's deputy minister for culture, X"
            described += _relative_role(ent.root)  # "X, who served as the State Department's envoy"
            for c in described:
                words += list(c.subtree)
                two = f"{doc[c.i - 1].lemma_.lower()} {c.lemma_.lower()}" if c.i > 0 else ""
                if _hyphen_word(c, -2):
                    two = f"{_hyphen_word(c, -2)}-{c.lemma_.lower()}"  # "the country's prosecutor-general"
                sec = self.kb.sectors.get(two) or self.kb.sectors.get(c.lemma_.lower())
                if c.lemma_.lower() in LEADING_TITLES | SECRETARY_TITLES | {"chief", "founder", "leader", "owner"} \
                        or c.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson"):
                    # "X, owner of the independent daily Dnevni Telegraf": the body he leads or owns says his sector
                    sec = _named_body_sector(c, self.kb) or sec
                hit2 = self._modifier_country(c, date)
                if sec in PAST_OFFICE_SECTORS and any(
                        t.lower_ in PAST_TITLE_WORDS or t.lower_.startswith("ex-") for t in c.subtree if t.i < c.i):
                    sec = "ELI"  # "Richard Armitage, a former deputy secretary of state"
                if sec and title and title[-1] in HONORIFIC_TITLES:
                    sector, title = sec, [c.lower_]  # "Sheikh Zayed, president of ...": the office, not "Sheikh"
                elif sec:
                    sector = sector or sec
                    title = title or [c.lower_]
                if hit2 and hit is None:
                    hit = hit2[:3]
        if hit is None:  # "Foreign Minister Ali Velayati of Iran", "Sheikh Ali Khalifa al-Sabah of Kuwait",
            # "Amirov and Omarov, both from Azerbaijan" (said after the first of the names)
            named = [ent.root] + ([first] if first is not None else [])
            named += [c for n in named for c in n.children if c.dep_ == "appos" and c.lower_ in ("both", "all")]
            hit = next(((e.country, None, f"'{c.lower_} {name}' after the name") for n in named for c in n.children
                        if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children if p.dep_ == "pobj"
                        for name in [doc[p.left_edge.i:p.i + 1].text.removeprefix("the ")]
                        for e in [self.kb.lookup(name, date) or self.kb.lookup(p.text, date)]
                        if e is not None and e.kind == "country"), None)
        if hit is None and ent.root.dep_ == "dobj" and ent.root.head.lemma_ in OVERTHROW_VERBS:
            # "Mauritanian army officers ousted President X": a coup's plotters and its victim share a state
            subject = next((c for c in ent.root.head.children if c.dep_ == "nsubj"), None)
            found = self._modifier_country(subject, date) if subject is not None else None
            hit = (found[0], None, f"'{subject.text}', who {ent.root.head.text} them") if found else None
        if hit is None and sector == "LEG":
            # "Democratic Representative Jason Crow", "Republican Senator X": a party label that names a country
            party = next((t for t in window if t.is_title and t.lower_ in PARTY_TITLE_COUNTRIES), None)
            if party is not None:
                hit = (PARTY_TITLE_COUNTRIES[party.lower_], None, f"'{party.text}' before a legislator's title")
        if hit:
            organization = hit[2].startswith(("organizations.csv", "the name"))  # "Sinn Fein president X": the party's
            if hit[1] and (sector is None or title and (title[0] in GENERIC_HEADS | STAFF_NOUNS | {"commander", "fighter"}
                                                        or title[-1] in AFFILIATED_HEADS
                                                        or organization and title[0] in LEADING_TITLES
                                                        # a union's secretary-general; not NATO's, a civilian
                                                        or organization and title[0] in SECRETARY_TITLES
                                                        and hit[1] != "MIL"
                                                        # "Houthi military spokesman X": a rebel group's
                                                        or organization and hit[1] in ("REB", "CRM")
                                                        and sector in ("GOV", "MIL"))):
                sector = hit[1]  # "al-Shabab leader X": the group's sector, not a government's
            why += f"; country from {hit[2]}"
            if hit[0] in ("UNO", "IGO") and any(_singular(t.lower_) in REFUGEE_WORDS for t in words):
                sector = "REF"  # "U.N. High Commissioner for Refugees X", "the UN Emergency Relief Coordinator"
        lead = window[-1] if window else next((c for c in ent.root.children if c.dep_ == "appos"), None)
        if lead is None and ent.root.dep_ == "appos":
            lead = ent.root.head
        if lead is not None and lead.lemma_.lower() in LEADING_TITLES | SECRETARY_TITLES | {"chief", "commander", "leader"}:
            # "Farmers' leader X", "the union's leader, X": the leader of the group the possessive names
            owned = next((s for c in lead.children if c.dep_ == "poss" and c.pos_ != "PRON"
                          for s in [self.kb.sectors.get(c.lemma_.lower()) or self.kb.sectors.get(_singular(c.lower_))]
                          if s and s not in ("GOV", "MIL", "COP", "JUD", "LEG")), None)
            if owned:
                sector, title = owned, [lead.lower_]
        if sector == "BUS" and title[:2] == ["chief", "executive"] and hit and not hit[2].startswith("organizations"):
            sector = "GOV"  # "Hong Kong Chief Executive X": a territory's head of government, not a company's
        if sector in PAST_OFFICE_SECTORS and any(t.lower_ in PAST_TITLE_WORDS for t in window):
            sector = "ELI"  # "retired Pakistani army chief X": the army's, but no longer
            title = [t.lower_ for t in window if t.lower_ in PAST_TITLE_WORDS] + title
        if sector == "IGO" and window and window[-1].text == "Inspector":
            sector = "COP"  # "Inspector Tariq Mahmood": a police rank before the name, not a weapons inspector
        if sector:
            why += f"; sector from title {' '.join(title) or ''}".rstrip()
        role = " ".join(title) or None
        if hit is None and sector == "GOV" and role in HEAD_ROLE_NOUNS:
            placed = _sentence_place_country(ent.sent)  # "in the Solomon Islands ... Prime Minister X"
            if placed:
                hit = (placed[0], None, f"where its sentence is set ({placed[1]})", None)
                why += f"; country {placed[0]}, where its sentence is set ({placed[1]})"
        opening = _opening_place(ent.sent) if hit is None and sector in STATE_SECTORS + ("MIL",) else None
        if opening is not None and opening.text in self.kb.capitals:
            # "In Tokyo, Justice Minister Masako Mori said": an office holder speaking in a capital is its state's
            iso = self.kb.capitals[opening.text]
            hit = (iso, None, f"the capital the sentence opens in ({opening.text})", None)
            why += f"; country {iso}, the capital the sentence opens in ({opening.text})"
        return (hit[0] if hit else None), sector, role, why

    def _near_miss(self, ent, date):
        """(entry, text) for a misspelt country or known person ("Ethopia", "Abdelaziz Bouteflicka")."""
        if ent.label_ not in ("GPE", "LOC", "NORP", "ORG", "PERSON"):
            return None
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        e = self.kb.near_miss(text, date)
        if e is None and ent.label_ == "PERSON" and len(ent) > 1:
            text = ent[-1].text
            e = self.kb.near_miss(text, date)  # the surname alone ("Bouteflicka")
            if e is not None and (e.kind != "person" or e.name.split()[0] != ent[0].text):
                e = None  # first names must agree when a full name is given; "Petros Solomon" is no Solomons
        if e is None or e.kind == "person" and ent.label_ != "PERSON":
            return None  # a misspelt country is often tagged as a person or organisation; a person is not a place
        return e, text

    def _same_head_group(self, tok, actors, thing_mentions) -> Optional[str]:
        """The latest group actor before this token whose head noun has the same lemma."""
        lemma = tok.lemma_.lower()
        for i, key in reversed(thing_mentions):
            if i < tok.i and actors[key].kind in ("group", "organization") and tok.doc[i].lemma_.lower() == lemma:
                if lemma in INSTITUTIONS and actors[key].sector in ("REB", "CRM", "UAF", "OPP"):
                    continue  # "the army" after "the Arakan Army": the state's army, not the rebels named for one
                return key  # "the council" after "the UN Security Council"
        if lemma in GROUP_NOUNS:  # "the group" after "Boko Haram": the armed group named last, a sentence or two back
            for i, key in reversed(thing_mentions):
                a = actors[key]
                if i < tok.i and a.kind in ("group", "organization") and a.sector in ("REB", "CRM", "UAF", "PRM") \
                        and tok.sent.start - tok.doc[i].sent.start < 400:
                    return key
        return None

    def _title_sector(self, window, hit) -> tuple[Optional[str], list[str]]:
        """The sector a title says ("rebel commander" REB, "General" MIL) and the title's words; a past
        title ("former president", "ousted leader") makes the person an elite (ELI)."""
        sector = None
        title = []
        religious = bool(window) and window[-1].is_title and window[-1].lower_ in RELIGIOUS_TITLES
        kin = [k for k, t in enumerate(window) if t.lemma_.lower() in KIN_NOUNS and not (religious and k == len(window) - 1)]
        if kin:
            window = window[kin[-1] + 1:]  # "the son of imprisoned publisher X": the son is someone else
        for k, t in enumerate(window):
            pair = f"{t.lemma_.lower()} {window[k + 1].lemma_.lower()}" if k + 1 < len(window) else ""
            three = f"{pair} {window[k + 2].lemma_.lower()}" if k + 2 < len(window) else ""
            # the longest title phrase decides: "Deputy Prime Minister" is GOV although "deputy" alone is COP
            sec = self.kb.sectors.get(three) or self.kb.sectors.get(pair) or (
                None if (t.lower_ in RANK_WORDS | SCOPE_WORDS or t.lemma_.lower() in PLACE_NOUNS) and k + 1 < len(window)
                # "national security spokesman", "city health official": a scope, not the sector
                else self.kb.sectors.get(t.lemma_.lower()))
            if k == len(window) - 1 and t.lower_ in TITLE_SECTORS:
                sec = TITLE_SECTORS[t.lower_]
            if k == len(window) - 1 and religious:
                sec = "REL"  # "Father Jerzy Popieluszko", "Sister Dorothy Stang": not a relative
            if k == len(window) - 1 and t.lower_ == "deputy":  # "his deputy Anwar Ibrahim"; not a sheriff's
                sec = "LEG" if any(x.lemma_.lower() in LEGISLATURE_WORDS for x in t.doc) else "GOV"
            if sec and _stance_word(t):
                continue  # "anti-Mafia judge": what the judge is against, not what they are
            if sec and t.lower_ in PAST_TITLE_WORDS and k + 1 < len(window):
                continue  # "exiled former President X": a word for his past (ELI below), not an exile group (OPP)
            if sec and t.text in self.kb.religions and any(
                    self.kb.sectors.get(x.lemma_.lower()) for x in window[k + 1:]):
                continue  # "Jewish settler", "Shi'ite cleric": the faith is coded apart; the role says the sector
            if sec and sector is None and (hit is None or t.text not in hit[2]):
                sector = sec  # the first title word decides: "Secretary General" is GOV, "rebel commander" REB
                title.append(t.text.lower())
            elif title and t.pos_ in ("NOUN", "PROPN", "ADP"):
                title.append(t.text.lower())
        if sector in PAST_OFFICE_SECTORS and any(t.lower_ in PAST_TITLE_WORDS or t.lower_.startswith("ex-")
                                                       for t in window):
            sector = "ELI"
            title = [t.text.lower() for t in window if t.lower_ in PAST_TITLE_WORDS or t.lower_.startswith("ex-")] + title
        return sector, title

    def _modifies_bigger(self, sp) -> bool:
        """A country word inside a larger actor phrase is coded as part of that phrase."""
        root = sp.root
        if root.dep_ not in ("compound", "amod", "poss", "nmod"):
            return False
        head = root.head
        while head.dep_ == "compound" and head.head.i != head.i:
            if head.head.ent_type_ == "PERSON":
                return True
            head = head.head
        lemma = head.lemma_.lower()
        return head.ent_type_ == "PERSON" or lemma in self.kb.sectors or lemma in ROLE_NOUNS

    def _official(self, a: Actor, date) -> bool:
        """Does this person hold or has this person held a government office? (their families are ELI)"""
        return a.kind == "person" and (a.sector in ("GOV", "ELI") or self.kb.held_office(a.name, date))

    def _person_key(self, ent, actors) -> Optional[str]:
        """An unknown name that shares its surname with a person already seen is that person."""
        last = ent[-1].text
        first = ent[0] if len(ent) >= 2 and ent[0].is_title and ent[0].lower_ not in TITLE_WORDS else None
        for key, a in actors.items():
            if a.kind != "person":
                continue
            words = _name_words(a.name)
            if a.name == ent.text or _surname(words) == last and not (first is not None and first.text not in words):
                return key  # "Berisha" is Sali Berisha; "Liri Berisha" (his wife) is not, nor Tommy Suharto Suharto
            if len(ent) == 1 and any(len(m.text.split()) > 1 and _surname(_name_words(m.text)) == _name_words(last)[0]
                                     for m in a.mentions):
                return key  # "Gonzalez" after "Edmundo Gonzalez" (the dictionary's Edmundo González Urrutia)
        if len(ent) == 1:  # "Yao" after "Yao Ming", "Kim" after "Kim Jong Un": family name first
            firsts = [k for k, a in actors.items() if a.kind == "person" and len(a.name.split()) >= 2
                      and a.name.split()[0] == last]
            if len(firsts) == 1:
                return firsts[0]
        return None

    def _role_holder(self, tok, role_key, hit, date, token_actor, actors, person_mentions):
        kb = self.kb
        if role_key == "counterpart":
            # "his Ukrainian counterpart": the possessor's role, in the modifier's country
            poss = next((c for c in tok.lefts if c.dep_ == "poss"), None)
            if not hit or poss is None:
                return None
            owner_key = token_actor.get(poss.i)
            if owner_key is None and poss.lower_ in PERSON_PRONOUNS:
                # "his ... counterpart": pronouns are resolved later; the latest person before it will do here
                earlier = [k for i, k in person_mentions if i < poss.i]
                owner_key = earlier[-1] if earlier else None
            owner = actors.get(owner_key) if owner_key else None
            if owner is None or owner.kind != "person":
                return None
            role = owner.role or ""
            roles = HEADS if role in HEADS else ROLE_SYNONYMS.get(role, {role}) | (
                {"foreign minister", "secretary of state"} if role in ("foreign minister", "secretary of state") else set())
        else:
            roles = ROLE_NOUNS[role_key]
            if roles is None:
                return None
            if role_key in ("spokesperson", "spokesman", "spokeswoman") and hit[1] is None:
                return None  # "a Russian spokesman" is not the president's spokesperson
        country = hit[0]
        e = kb.office_holder(country, roles, date)
        if e is None:
            return None
        return e, f"role description '{_np_span(tok).text}' -> {e.source}: {e.name} ({e.role} on {date or 'unknown date'})"

    def _resolve_pronouns(self, doc, actors, token_actor, person_mentions, thing_mentions):
        sent_of = [0] * len(doc)  # token index -> sentence number
        for n, sent in enumerate(doc.sents):
            for t in sent:
                sent_of[t.i] = n
        gender = {}
        for key, a in actors.items():
            e = self.kb.lookup(a.name, None)
            gender[key] = e.gender if e and e.kind == "person" else None
        for tok in doc:
            low = tok.lower_
            if tok.i in token_actor or tok.pos_ != "PRON" and not _age_noun(tok):
                continue
            if _age_noun(tok):
                pool, want = person_mentions, None  # "The 27-year-old was charged": the person named before
            elif low in PERSON_PRONOUNS:
                pool, want = person_mentions, PERSON_PRONOUNS[low]
            elif low in THING_PRONOUNS:
                pool, want = thing_mentions, None
            elif low in PLURAL_PRONOUNS:
                pool, want = thing_mentions, None
            else:
                continue
            best, best_score = None, None
            for i, key in pool:
                if i >= tok.i:
                    continue
                if want and gender.get(key) and gender[key] != want:
                    continue
                a = actors[key]
                if low in THING_PRONOUNS and a.kind == "group" and a.country is None:
                    continue
                sent_gap = sent_of[tok.i] - sent_of[i]
                if sent_gap and sent_gap > 2:
                    continue
                cand = doc[i]
                score = -float(sent_gap or 0) * 2.0 - (tok.i - i) / 100.0
                if cand.dep_ in ("nsubj", "nsubjpass"):
                    score += 1.5
                    if cand.head.dep_ == "ROOT":
                        score += 1.0  # the main clause's subject is the most salient
                if cand.sent == tok.sent and cand.head == tok.head and cand.i != tok.i and tok.dep_ != "poss":
                    score -= 3.0  # "X told him": him is rarely X
                if best_score is None or score > best_score:
                    best, best_score = key, score
            if best:
                token_actor[tok.i] = best


def actor_at(doc, span) -> Optional[str]:
    """Actor id mentioned by this span or token (pronouns resolved), or None."""
    tokens = [span] if hasattr(span, "i") else list(span)
    table = doc._.ew_token_actor or {}
    if not hasattr(span, "i"):
        root = span.root
        if root.dep_ == "poss":  # "Russia's Gazprom" parsed with both words on the verb: the possessed is the phrase
            tops = [t for t in span if not span.start <= t.head.i < span.end and t.dep_ not in ("poss", "case", "punct")]
            root = tops[-1] if tops else root
        if root.i in table:
            return table[root.i]
    owners = set()
    if not hasattr(span, "i"):
        for t in tokens:  # "his family members", "Russia's neighbours": the possessor is not the phrase
            if t.dep_ == "poss" and t.head.i in {x.i for x in tokens}:
                owners.update(x.i for x in t.subtree)
    for t in tokens:
        if t.i in table and t.i not in owners:
            return table[t.i]
    return None


def actor_by_id(doc, actor_id: Optional[str]) -> Optional[Actor]:
    for a in doc._.ew_actors or []:
        if a.id == actor_id:
            return a
    return None


def ensure_actor(doc, span) -> Optional[str]:
    """The actor for a noun phrase, created (coded from its modifiers where possible) if new.

    Used for speakers and event participants that are not names ("a senior official", "sources").
    """
    found = actor_at(doc, span)
    if found:
        return found
    tok = span if hasattr(span, "i") else span.root
    if tok.pos_ == "PRON" and tok.lower_ not in ("i", "we"):
        return None
    finder = _finder_for(doc)
    place = _proper_place(span if not hasattr(span, "i") else _np_span(tok), finder.kb if finder else None)
    if place is not None:
        sp, entry = place  # "the West Bank", "Khatmandu": a place the tagger did not call one
        return country_actor(doc, entry.country, sp, f"place '{sp.text}' ({entry.kind} in {entry.country}) as a "
                             "participant", None if entry.kind == "country" else entry.name)
    kb = finder.kb if finder else load_kb()
    hit = finder._modifier_country(tok, _date(doc)) if finder else None
    lemma = tok.lemma_.lower()
    two = f"{doc[tok.i - 1].lemma_.lower()} {lemma}" if tok.i > 0 else lemma
    # "the gang leader": the two-word phrase, else a more specific modifier, else the head noun
    sector = kb.sectors.get(two) or (finder._modifier_sector(tok) if finder else None) or kb.sectors.get(lemma)
    sp = _np_span(tok) if hasattr(span, "i") else span
    name = _clean_name(sp)
    if not name.strip():
        return None
    country = hit[0] if hit else None
    if hit and hit[1] and not sector:
        sector = hit[1]
    owner = next((actor_by_id(doc, actor_at(doc, c)) for c in tok.children if c.dep_ == "poss"), None) \
        if lemma in PROXY_NOUNS and not sector else None
    speaks_for = owner is not None and bool(owner.sector)
    if speaks_for:  # "Netanyahu's office said", "the president's camp": speaks for them
        sector, country = owner.sector, country or owner.country
    actors = doc._.ew_actors
    if actors is None:
        actors = doc._.ew_actors = []
    actor = next((a for a in actors if a.kind == "group" and a.name.lower() == name.lower() and a.country == country
                  and a.sector == sector), None)  # "security sources" named again: the same unnamed group
    if actor is None:
        kind = "person" if tok.ent_type_ == "PERSON" else "group"
        actor = Actor(id=_new_id(actors), name=name, kind=kind, country=country, sector=sector,
                      code=_code(country, sector),
                      why="named as a participant" + (f"; {hit[2]}" if hit else "") +
                          (f"; the {lemma} of {owner.name} speaks for them ({sector})" if speaks_for
                           else f"; sector noun '{lemma}'" if sector else ""),
                      confidence=0.4)
        _fallback_country(actor, doc.user_data.get(DOMINANT_KEY))
        if finder is not None:
            _as_of(actor, finder.kb, doc.user_data.get(ERA_KEY))
        actors.append(actor)
    add_mention(actor, Mention(sp.start_char, sp.end_char, sp.text))
    table = _token_table(doc)
    for t in sp:
        table[t.i] = actor.id
    return actor.id


def add_mention(actor: Actor, mention: Mention) -> None:
    """Record a mention of an actor once, keeping the mentions in text order."""
    if all(m.start != mention.start for m in actor.mentions):
        actor.mentions.append(mention)
        actor.mentions.sort(key=lambda m: m.start)


def _token_table(doc) -> dict:
    """doc._.ew_token_actor, created empty when the actors component has not run."""
    if doc._.ew_token_actor is None:
        doc._.ew_token_actor = {}
    return doc._.ew_token_actor


def _new_id(actors: list) -> str:
    """The next free "A<n>" id."""
    ids = {a.id for a in actors}
    n = len(actors) + 1
    while f"A{n}" in ids:
        n += 1
    return f"A{n}"


def _in_the_dock(span) -> bool:
    """"Amirov and Omarov have pleaded not guilty", "X was convicted", "X, who faces murder charges": a
    defendant."""
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "Amirov and | Omarov"
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and _docking(verb) \
            and (verb.lemma_.lower() != "plead" or tok.dep_ == "nsubj"):
        return True
    return any(v.dep_ == "relcl" and (_docking(v) or v.lemma_.lower() == "face" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in CHARGE_NOUNS for o in v.children)) for v in tok.children)


def _docking(verb) -> bool:
    """"convicted", "sentenced", "pleaded (not) guilty"; not "pleaded with civilians to go home"."""
    lemma = verb.lemma_.lower()
    return lemma in DOCK_VERBS and (lemma != "plead" or any(c.lower_ == "guilty" for c in verb.children))


def _driven_out(tok) -> bool:
    """"forced more than 2 million people from their homes", "forcing hundreds of families to flee"."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in FORCING_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in FLIGHT_VERBS | {"leave"}
        or c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_.lower() == "home" for p in c.children)
        for c in (*verb.children, *tok.children))


def _group_noun(tok, lemma: str) -> str:
    """How a group's why names the word it was found by: a sector noun, or a number counting people."""
    return f"'{tok.text}' counting people" if lemma in QUANTITY_NOUNS else f"sector noun '{lemma}'"


def _name_before(tok) -> bool:
    """"Rukum | West": a capitalised name word in front makes this word part of a longer name."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.is_title and not before.is_sent_start \
        and before.dep_ == "compound" and before.head.i == tok.i


def _kin_of_a_group(tok, prep) -> bool:
    """"Relatives of drug war victims", "families of the hostages": people in their own right (CVL), not one
    person's family."""
    return tok.tag_ == "NNS" and any(p.dep_ == "pobj" and p.tag_ == "NNS" and p.ent_type_ != "PERSON"
                                     for p in prep.children)


def _to_shelter(verb) -> bool:
    """"fled to metro stations", "escaped to a basement": sheltering for a while, not driven from home."""
    return any(p.lemma_.lower() in SHELTER_NOUNS for c in verb.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj")


def _in_refuge(verb) -> bool:
    """"families sheltering in tents", "resting at a reception camp": staying where the displaced stay."""
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in STAYING_VERBS \
        and any(p.lemma_.lower() in REFUGE_PLACES for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for p in c.children if p.dep_ == "pobj")


def _alias_of(ent, run) -> Optional[str]:
    """'Jose Adolfo Macias, known as "Fito"', 'Jimmy Cherizier, nicknamed Barbecue', "Panama's National Border
    Service, known as SENAFRONT": the person (or organisation) a nickname is given to, whose actor it names."""
    verb = ent.root.head.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "as" else ent.root.head
    if not (ent.root.dep_ in ("pobj", "oprd", "dobj") and verb.lemma_.lower() in ALIAS_VERBS and verb.tag_ == "VBN"
            and verb.dep_ in ("acl", "appos", "relcl") and verb.head.i in run.token_actor):
        return None
    key = run.token_actor[verb.head.i]
    return key if run.actors[key].kind in ("person", "organization") else None


def _policing(tok) -> bool:
    """Whether the sentence has this group policing crowds or arrests: "security forces dispersed the protesters",
    "protests spread ... deadly clashes with security forces"; not a protest against them ("in protest against
    violations by security forces")."""
    above = {t.i for t in tok.ancestors if t.pos_ == "NOUN"}
    return any(t.lemma_.lower() in POLICING_WORDS and t.i not in above for t in tok.sent)


def sector_of(doc, tok) -> Optional[str]:
    """The CAMEO sector a noun names ("troops" -> MIL), or None."""
    finder = _finder_for(doc)
    return finder.kb.sectors.get(tok.lemma_.lower()) if finder else None


def country_actor(doc, iso3: str, span, why: str, place: Optional[str] = None, sector: str = "CVL") -> str:
    """The actor for a place standing in an event, created if new: a country stands for itself ("sanctions
    on Iran"), a city or region (``place``) for its people ("shelled Kharkiv" -> Kharkiv, UKR civilians) or,
    acting (``sector`` GOV), for its government ("Ontario imposed a surcharge")."""
    actors = doc._.ew_actors if doc._.ew_actors is not None else []
    doc._.ew_actors = actors
    finder = _finder_for(doc)
    if finder is not None:
        iso3 = finder.kb.as_of(iso3, doc.user_data.get(ERA_KEY))  # "shelled Juba" in 1990: Sudan's
    if place:
        hit = next((a for a in actors if a.kind in ("group", "organization") and a.name == place
                    and a.country == iso3 and a.sector == sector), None)  # also "Manila" coded as a seat of power
    else:
        hit = next((a for a in actors if a.kind == "country" and a.country == iso3), None)
    if hit is None:
        name = finder.kb.country_names.get(iso3, iso3) if finder else iso3
        new_id = _new_id(actors)
        if place:
            what = ("acting or addressed stands for its government (GOV)" if sector == "GOV"
                    else "acted on stands for its people (CVL)")
            hit = Actor(id=new_id, name=place, kind="group", country=iso3, sector=sector, code=_code(iso3, sector),
                        why=why + f"; a city or region {what}", confidence=0.5)
        else:
            hit = Actor(id=new_id, name=name, kind="country", country=iso3, code=iso3, why=why, confidence=0.6)
        actors.append(hit)
    # the place now stands for its country here, so its tokens refer to that actor
    table = _token_table(doc)
    toks = [span] if hasattr(span, "i") else list(span or [])
    for t in toks:
        table.setdefault(t.i, hit.id)
    if toks and all(table[t.i] == hit.id for t in toks):
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        add_mention(hit, Mention(start, end, doc.text[start:end]))
    return hit.id


def add_entity_ruler(nlp, kb: KB) -> None:
    """Dictionary names as NER pre-annotations, so the statistical NER keeps them (and their types)."""
    if "eventwire_entity_ruler" in nlp.pipe_names or "ner" not in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="eventwire_entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "validate": False})
    label = {"person": "PERSON", "organization": "ORG", "country": "GPE", "group": "NORP"}
    patterns = []
    for phrase, entries in kb.phrases.items():
        e = entries[-1]
        if e.metonym:
            continue
        if len(phrase) <= 2 and e.kind != "country":
            continue
        patterns.append({"label": label.get(e.kind, "ORG"), "pattern": phrase})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


@Language.factory("eventwire_actors", assigns=["doc._.ew_actors", "doc._.ew_token_actor"],
                  default_config={"extra_files": []})
def make_actors(nlp, name, extra_files: list):
    kb = load_kb(tuple(extra_files))
    finder = ActorFinder(nlp, kb)
    _FINDERS[id(nlp.vocab)] = finder

    def component(doc):
        doc._.ew_actors = finder(doc)
        return doc

    return component


def find_actors(doc) -> list[Actor]:
    finder = _finder_for(doc)
    if finder is None:
        raise RuntimeError("eventwire_actors is not in this pipeline")
    return finder(doc)
