"""Tests on the parse that the actors' stages share: titles before a name, noun-phrase spans, hyphenated
words, places inside names, and the finder that made a doc's actors.

They read spaCy tokens and spans and the actor dictionary; none of them adds an actor.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Span

from .. import gazetteer
from ..actor_kb import HEADS, KB, Entry
from ..model import Actor
from .actor_words import (AFFILIATED_HEADS, ALLEGIANCE_NOUNS, AWAY_PREPS, BLOC_MODIFIERS, BLOC_NOUNS, BODY_NOUNS,
    COLLECTIVE_HEADS, DEVICE_NOUNS, ENVOY_NOUNS, EPITHET_HEADS, EPITHET_WORDS, GENERIC_HEADS, HARM_VERBS, INSTITUTIONS,
    INTERNATIONAL_WORDS, KIND_OF_BODY_HEADS, LEADING_TITLES, LOCAL_WORDS, LOCATIVE_PREPS, MEMBERS_HEADS,
    NAME_DESCRIPTOR_HEADS, NAME_HEAD_SECTORS, NAME_PARTICLES, NAME_PHRASE_SECTORS, NAME_SUFFIXES, NAMED_AFTER_HEADS,
    ORG_HEADS, ORG_NAME_HEADS, PARTY_TITLE_COUNTRIES, PAST_OFFICE_SECTORS, PAST_TITLE_WORDS, PEOPLE_ADJECTIVES,
    PEOPLE_DEMONYMS, PLACE_NOUNS, PLACE_VERBS, QUANTITY_NOUNS, ROLE_NOUNS, ROLE_VERBS, RULING_WORDS, SECRETARY_TITLES,
    SOURCE_NOUNS, STANCE_PREFIXES, STANCE_SUFFIXES, TITLE_WORDS, TRANSNATIONAL_WORDS, TRAVEL_VERBS)

if TYPE_CHECKING:
    from .actors import ActorFinder

# keys of ``doc.user_data`` the actor stages leave for later ones
DOMINANT_KEY = "ew_dominant_country"
ERA_KEY = "ew_era"  # the article's date, or the last day of a former state it names (for ``_as_of``)
NAMED_KEY = "ew_named_countries"
OWNED_ELSEWHERE_KEY = "ew_shared_owned_elsewhere"  # "Congress" in a story on Peru: Peru's, not the US Congress
_FINDERS: dict[int, "ActorFinder"] = {}  # nlp.vocab id -> the finder make_actors built for it


def _title_window(span, sectors: dict) -> list:
    """The words before a name that can be its title ("former Nigerian junior foreign minister"); ``sectors``
    is the knowledge base's sector nouns, which a title may contain."""
    doc = span.doc
    window = []
    i = span.start - 1
    while i >= max(span.sent.start, span.start - 7):
        t = doc[i]
        if t.is_punct and t.text not in (".", "-") or t.ent_type_ == "PERSON" and not (
                t.lower_ in TITLE_WORDS or sectors.get(t.lemma_.lower()) or sectors.get(_singular(t.lower_))) or (
                t.pos_ in ("VERB", "AUX") and not (t.dep_ == "amod" or t.lower_ in PAST_TITLE_WORDS
                                                   and not t.is_ancestor(span.root))) \
                or t.pos_ in ("SCONJ", "CCONJ", "PRON") and not _portfolio_and(t) \
                or t.pos_ == "ADP" and t.lower_ not in ("of", "for") \
                or t.lower_ == "of" and i > 0 and _owned_not_title(doc[i - 1], sectors) \
                or t.lower_ == "of" and i > 0 and doc[i - 1].is_lower and window and window[0].is_title and (
                    window[0].lower_ in TITLE_WORDS or window[0].lemma_.lower() in ROLE_NOUNS) \
                or t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.ent_type_ in ("ORG", "GPE") \
                and not t.is_ancestor(span.root) \
                or t.tag_ == "VBD" and t.lower_ not in PAST_TITLE_WORDS \
                or t.dep_ == "ROOT" and t.is_ancestor(span.root):
            # "the most prominent critic of President X": a title already stands before the name, so what comes
            # before "of" is someone else;
            # "the National Assembly stripped opposition leader X": another clause's subject, not the title;
            # "the bank accounts of former President X", "opponents of X", "the recognition of Pope X": what is
            # his or done to him, not his title; "ZANU-PF endorsed President X", "A sniper shot dead Archbishop
            # X" parsed as one noun phrase: a past-tense verb or the root the name hangs from is no title word
            break  # "in prison while President X": only the words that make up the title
        window.insert(0, t)
        i -= 1
    return [t for t in window if t.pos_ not in ("DET",)]


def _portfolio_and(t) -> bool:
    """"and" inside a minister's portfolio ("Minister for Labor and Employment"): between two capitalised words
    that are no names of people or countries."""
    doc = t.doc
    if t.lower_ not in ("and", "&") or t.i == 0 or t.i + 1 >= len(doc):
        return False
    return all(x.is_title and x.is_alpha and x.ent_type_ not in ("PERSON", "GPE", "NORP") for x in (doc[t.i - 1], doc[t.i + 1]))


def _owned_not_title(noun, sectors: dict) -> bool:
    """A lower-case noun before "of" that heads no title ("the bank accounts of", "opponents of", "the recognition
    of"; not "head of state", "secretary of state", "leader of"): what follows it is not a title."""
    lemma = noun.lemma_.lower()
    return noun.is_lower and (noun.tag_ == "NNS" or noun.tag_ == "NN" and not (
        sectors.get(lemma) or lemma in ROLE_NOUNS or lemma in LEADING_TITLES or lemma in SECRETARY_TITLES))


def _name_words(name: str) -> list[str]:
    """A name's words without accents: "Pedro Sánchez" and the article's "Pedro Sanchez" share "Sanchez"."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).split()


def _names_a_country(tok, kb: KB, date) -> bool:
    """Is this word a country's name or demonym ("Malawi", "Libyan")?"""
    return tok.text in kb.demonyms or getattr(kb.lookup(tok.text, date), "kind", None) == "country"


def _namesake_party(e: Entry, named) -> bool:
    """A dictionary party of a country the text does not name, in a text that names others: another country's
    party of the same name ("Podemos" in a story on Mozambique)."""
    return e.source == "parties.csv" and bool(named) and e.country not in named


def _surname(words: list) -> str:
    """The last word of a name that is not a suffix: "Brawner" in "Romeo Brawner Jr."."""
    while len(words) > 1 and str(words[-1]).lower().rstrip(",") in NAME_SUFFIXES:
        words = words[:-1]
    return words[-1]


def _first_name(tok, kb: KB, date) -> bool:
    """Could this word be a first name before a surname ("Jimmy" in "Jimmy Lai"): a capitalised proper noun
    that is no title, sector or role word, no dictionary name and no demonym?"""
    words = {tok.lower_, tok.lemma_.lower()}
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.ent_type_ in ("", "PERSON") \
        and not any(w in kb.sectors or w in ROLE_NOUNS or w in TITLE_WORDS for w in words) \
        and kb.lookup(tok.text, date) is None and tok.text not in kb.demonyms


def _other_full_name(sp, e: Entry, kb: KB) -> bool:
    """Is this surname match part of a longer name that is not the dictionary person's?"""
    if sp.start > 0 and (len(sp) == 1 or sp[0].lower_ in NAME_PARTICLES):
        prev = sp.doc[sp.start - 1]
        if _first_name(prev, kb, None) and not _spelt_in(prev.text, e.name):
            return True  # "Jimmy Lai", "Marcia dos Santos": a first name the dictionary person does not have
    ent = _entity_at(sp.doc[sp.start])
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC", "ORG") and (ent.start, ent.end) != (sp.start, sp.end):
        return True  # "Bandar Abbas" is a port, not Mahmoud Abbas
    if ent is None or ent.label_ != "PERSON" or (ent.start, ent.end) == (sp.start, sp.end):
        return False
    others = [t for t in ent if not sp.start <= t.i < sp.end and t.text[:1].isupper()]
    if not others:
        return False  # "Anwar | al-Bunni", "Donald Trump | Jr.": the name runs on after the match too
    found = kb.lookup(ent.text)
    return found is None and not _spelt_in(others[0].text, e.name) \
        or found is not None and found.name != e.name and others[0].text not in e.name.split()


def _spelt_in(word: str, name: str) -> bool:
    """Is this word one of the name's words in some spelling ("Mohammad" in "Hussain Muhammad Ershad")?"""
    return any(difflib.SequenceMatcher(None, word.lower(), w.lower()).ratio() >= 0.75 for w in _name_words(name))


def _entity_at(tok):
    """The named-entity span a token is in, or None (walks the IOB tags instead of scanning doc.ents)."""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label=doc[start].ent_type_)


def _inside_organization(sp) -> bool:
    """Is this span the first words of a longer organisation name?"""
    ent = _entity_at(sp.doc[sp.start])
    first = ent is not None and (ent.start == sp.start or ent.start == sp.start - 1 and ent[0].lower_ == "the")
    return first and ent.label_ == "ORG" and ent.end > sp.end + 1 and ent[-1].text[:1].isupper()


def _named_for_another_country(sp, iso: str, kb: KB) -> bool:
    """Is this span the last word of a longer organisation name ("the Iraqi National Congress", "the Trade Union
    Congress") that is not the country's own ("the U.S. Congress", "the Republican Congress")? Then a shared word
    in it ("Congress") is not that country's institution."""
    ent = _entity_at(sp.doc[sp.start])
    if ent is None or ent.label_ != "ORG" or ent.start >= sp.start:
        return False
    for t in sp.doc[ent.start:sp.start]:
        if not t.is_title or t.lower_ == "the" or PARTY_TITLE_COUNTRIES.get(t.lower_) == iso:
            continue
        e = kb.lookup(t.text)
        country = kb.demonyms.get(t.text) or (e.country if e is not None and e.kind == "country" else None)
        if country != iso:
            return True  # another country's word, or a word of another name
    return False


def _acronym_key(tok, actors: dict) -> Optional[str]:
    """The one organisation actor whose name's initials this all-capitals word spells, if any."""
    if not (tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 8):
        return None
    keys = [k for k, a in actors.items() if a.kind in ("organization", "group") and len(a.name.split()) >= 2
            and _initials(a.name) == tok.text]
    if len(keys) != 1 and tok.i >= 2 and tok.doc[tok.i - 1].text == "(":
        # "the General Confederation of Labor (CGT)": an acronym in brackets right after a name is its own,
        # whatever language its initials come from
        before = tok.doc[tok.i - 2]
        keys = [k for k, a in actors.items() if a.kind in ("organization", "group")
                and any(m.end == before.idx + len(before.text) for m in a.mentions)]
    return keys[0] if len(keys) == 1 else None


def _short_name_key(ent, actors: dict) -> Optional[str]:
    """'the Journal' after 'The Wall Street Journal', 'the Agency' after 'the Central Intelligence Agency': the one
    organisation named before whose longer name ends in this capitalised word."""
    if len(ent) != 1 or not ent[0].is_title or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the":
        return None
    keys = [k for k, a in actors.items() if a.kind == "organization" and len(a.name.split()) >= 2
            and a.name.split()[-1] == ent.text and any(m.start < ent.start_char for m in a.mentions)]
    return keys[0] if len(keys) == 1 else None


def _initials(name: str) -> str:
    """"National Intelligence and Security Agency" -> "NISA" (function words skipped)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _names_organization(kb: KB, tok, date) -> bool:
    """Does this modifier name an organisation or armed group (not a country or a seat of power)?"""
    ent = _entity_at(tok)
    e = kb.lookup(ent.text if ent is not None else tok.text, date) or kb.lookup(tok.text, date)
    return e is not None and e.kind in ("organization", "group") and not e.metonym and e.country != e.code \
        and (e.kind == "organization" or e.sector not in (None, "GOV"))


def _descriptor(ent, kb: KB):
    """(token, sector phrase) of the words that say what kind of organisation a name is: right after it ("the
    Cato Institute think tank") or right before it ("risk consultancy Control Risks"). Read off the word
    sequence, not the parse, which often takes "think" in "think tank" for a verb."""
    doc = ent.doc
    spans = []
    one_of = ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an")  # "a Google engineer": a person of it
    if ent.end < len(doc) and not one_of:
        spans += [doc[ent.end:ent.end + 2], doc[ent.end:ent.end + 1]]
    if ent.start > 0:
        spans += [doc[max(ent.start - 2, 0):ent.start], doc[ent.start - 1:ent.start]]
    for sp in spans:
        if not sp.text or sp[-1].pos_ not in ("NOUN", "VERB", "ADJ") or not sp[-1].is_lower:
            continue
        if sp[-1].pos_ == "ADJ" and kb.sectors.get(sp[-1].lower_) not in ("REB", "OPP"):
            continue  # "Libya's rebel National Transitional Council": only an armed or opposing side's adjective
        if sp.start < ent.start and sp[-1].pos_ == "VERB":
            continue  # "to press the Chamber of Mines": a verb before the name is no description of it
        phrase = " ".join(t.lower_ if t is not sp[-1] else t.lemma_.lower() for t in sp)
        known = kb.sectors.get(phrase) or phrase in NAME_HEAD_SECTORS  # "the ruling KANU party"
        if known and phrase not in ORG_HEADS and sp[-1].lemma_.lower() not in ORG_HEADS:
            return sp[-1], phrase
    return None


def _apposition_kind(ent, kb: KB):
    """(token, sector) from an apposition that says what kind of body a name is ("The Movement for Justice and
    Equality, a rebel group", "..., the main Sunni clerical body", "..., an umbrella group of exiled opponents"),
    else None."""
    for c in ent.root.children:
        if c.dep_ != "appos" or c.i < ent.end or c.pos_ != "NOUN" or c.lemma_.lower() not in KIND_OF_BODY_HEADS:
            continue
        head = c.lemma_.lower()
        mods = [m for m in c.lefts if m.dep_ in ("amod", "compound")]
        said = [kb.sectors.get(f"{m.lower_} {head}") or kb.sectors.get(m.lemma_.lower()) for m in reversed(mods)]
        said += [kb.sectors.get(head)]
        said += [kb.sectors.get(p.lemma_.lower()) for prep in c.rights if prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj" and p.tag_ == "NNS"]  # "a group of exiled opponents"
        sector = next((x for x in said if x), None)
        if sector:
            return c, sector
    return None


def _name_sector(ent, kb: KB) -> Optional[str]:
    """The sector an organisation's own name says: a three- or two-word phrase ("Human Rights Commission",
    "News Agency"), else a head that says it ("Islamic Party"), else words only names use ("for Human Rights"),
    else another noun in it ("Ministry of Defence"), else its head noun ("Frontier Corps")."""
    # a proper noun keeps its plural as its lemma ("Farmers"): where the lemma is no sector noun, its singular
    lemmas = [t.lemma_.lower() if t.lemma_.lower() in kb.sectors else _singular(t.lemma_.lower()) for t in ent]
    if len(ent) > 2 and ent[1].lower_ == "of" and ent[0].tag_ in ("NNS", "NNPS") and kb.sectors.get(lemmas[0]):
        return kb.sectors[lemmas[0]]  # "Rebels of the United Somali Congress" tagged as one name: rebels (REB)
    words = [t.lower_ for t in ent]
    for n in (3, 2):  # the longest phrase decides: "Human Rights Commission" (GOV) is not a rights group
        for i in range(len(ent) - n + 1):
            for phrase in (" ".join(lemmas[i:i + n]), " ".join(words[i:i + n])):
                if kb.sectors.get(phrase):
                    return kb.sectors[phrase]
    if lemmas and lemmas[-1] in NAME_HEAD_SECTORS and ent[-1] == ent.root:
        return NAME_HEAD_SECTORS[lemmas[-1]]
    text = f" {' '.join(words)} "
    said = next((s for phrase, s in NAME_PHRASE_SECTORS.items() if f" {phrase} " in text and text.strip() != phrase),
                None)  # "Nigeria Labour Congress"; "Labour" alone is the party
    if said:
        return said  # "the Egyptian Organization for Human Rights"
    specific = [w for t, w in zip(ent, lemmas) if w not in ORG_HEADS and kb.sectors.get(w)
                and t.lower_ not in ("national", "international", "public", "general")]  # not "General" (MIL)
    if len(specific) > 1 and specific[-1] in MEMBERS_HEADS:
        specific.pop()  # "Commercial Farmers Union": a union of farmers (AGR), not of workers
    if specific:
        return kb.sectors[specific[-1]]
    return kb.sectors.get(ent.root.lemma_.lower())


def _singular(word: str) -> str:
    """"farmers" -> "farmer", "churches" -> "church" (for proper nouns, whose lemma spaCy leaves plural)."""
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _bare_definite(tok) -> bool:
    """"the spokesperson", "the court": a definite noun with no modifiers, which refers back."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") for c in tok.lefts)


def _epithet(tok) -> bool:
    """"the far-right leader", "the veteran politician": a definite person noun whose only modifiers describe
    someone's politics or standing, which refers back to a person (not to whoever holds an office)."""
    if tok.lemma_.lower() not in EPITHET_HEADS or tok.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    mods = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ != "det"]
    words = "".join(t.text_with_ws for t in mods).lower().replace(",", " ").split()
    return bool(words) and all(w in EPITHET_WORDS for w in words)


def _sponsored_definite(tok) -> bool:
    """"the Iran-backed group": a definite noun whose only modifier is a stance ("X-backed", "pro-X"), which refers
    back as a bare one does."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    mods = [t for c in tok.lefts if c.dep_ != "det" for t in c.subtree]
    return bool(mods) and all(t.text == "-" or _stance_word(t) or t.lower_ in STANCE_PREFIXES | STANCE_SUFFIXES
                              for t in mods)


def _head_named_before(tok, actors: dict, person_mentions: list) -> Optional[Actor]:
    """The head of state or government named last before this token ("the administration" is theirs)."""
    heads = [k for i, k in person_mentions if i < tok.i and actors[k].sector == "GOV" and (actors[k].role or "") in HEADS]
    return actors[heads[-1]] if heads else None


def _country_named_before(tok, actors: dict, thing_mentions: list, fits=lambda iso: True) -> Optional[str]:
    """The country of the last country actor named before this token, not too far back, that ``fits``
    (coreference for "the country", "the government", "the Southeast Asian nation")."""
    for i, key in reversed(thing_mentions):
        if i < tok.i and actors[key].kind == "country" and tok.sent.start - tok.doc[i].sent.start < 400 \
                and fits(actors[key].country):
            return actors[key].country
    return None


def _ruling_before(sp) -> bool:
    """"the ruling ZANU-PF party", "Kenya's ruling KANU", "the governing Institutional Revolutionary Party"."""
    doc = sp.doc
    return any(doc[i].lower_ in RULING_WORDS for i in range(max(sp.sent.start, sp.start - 3), sp.start))


def _said_sector(a: Actor, sector: str, why: str) -> None:
    """Give a dictionary party the sector the text says, keeping the rest of its code ("ZWEPTYZAN" -> "ZWEGOVZAN")."""
    code = a.code or ""
    a.sector = sector
    a.code = code[:3] + sector + code[6:] if len(code) >= 6 else _code(a.country, sector)
    a.why += f"; {why}"


def _persons_beside(tok, actors: dict, token_actor: dict) -> list:
    """The tokens of people already found that this noun is in apposition with ("X, the South African
    president", "his counterpart, X")."""
    near = [tok.head] if tok.dep_ == "appos" else []
    near += [c for c in tok.children if c.dep_ == "appos"]
    return [t for t in near if t.i in token_actor and actors[token_actor[t.i]].kind == "person"]


def _beside_named_person(tok, actors: dict, token_actor: dict) -> bool:
    return bool(_persons_beside(tok, actors, token_actor))


NON_STATE_ROLE_SECTORS = ("AGR", "BUS", "EDU", "HLH", "LAB", "MED", "OPP", "REB", "REL")


def _past_apposition(tok, kb: KB) -> tuple[Optional[str], list[str]]:
    """("ELI", title words) when an apposition calls the person a former office holder ("X, the former
    South African president"), else (None, [])."""
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and kb.sectors.get(c.lemma_.lower()) in PAST_OFFICE_SECTORS \
                and any(t.lower_ in PAST_TITLE_WORDS or t.lower_.startswith("ex-") for t in c.subtree if t.i < c.i):
            return "ELI", [t.lower_ for t in c.subtree if t.i <= c.i and t.pos_ != "DET"]
    return None, []


def _apposition_role(tok, kb: KB) -> tuple[Optional[str], list[str]]:
    """(sector, title words) of a role outside the state an apposition gives a person: "X, Pakistan's
    opposition leader" (OPP), "X, general secretary of the National Union of Mineworkers" (LAB); else (None, [])."""
    for c in tok.children:
        if c.dep_ != "appos" or c.pos_ != "NOUN":
            continue
        words = [t for t in c.subtree if t.i <= c.i and t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ != "poss"]
        lemmas = [t.lemma_.lower() for t in words]
        said = kb.sectors.get(" ".join(lemmas[-2:])) if len(lemmas) > 1 else None
        if c.lemma_.lower() in LEADING_TITLES | SECRETARY_TITLES | {"chief", "leader"} \
                or " ".join(lemmas[-2:]) in SECRETARY_TITLES:
            said = _named_body_sector(c, kb) or said  # the body it leads says what it is
        if said in NON_STATE_ROLE_SECTORS:
            return said, [t.lower_ for t in words]
    return None, []


def _former_name_hint(doc, kb: KB, actors=()) -> Optional[str]:
    """The earliest last day of a former state the text names ("Yugoslav", "Zaire") or of a dissolved
    organisation acting in it (the Kosovo Liberation Army, 1999): an undated text is from before it."""
    days = [until for form, until in kb.former_names.items()
            if form in doc.text and re.search(rf"\b{re.escape(form)}\b", doc.text)]
    for a in actors:
        rows = [e for e in kb.phrases.get(a.name, []) if e.name == a.name] if a.kind in ("organization", "group") else []
        if rows and all(e.end for e in rows):
            days.append(max(e.end for e in rows))
    return min(days) if days else None


def _as_of(a: Actor, kb: KB, era: Optional[str]) -> None:
    """Recode an actor of a state that did not exist yet in ``era`` as the state it was part of."""
    then = kb.as_of(a.country, era)
    if then == a.country:
        return
    old, a.country = a.country, then
    a.code = then + a.code[len(old):] if a.code and a.code.startswith(old) else _code(then, a.sector)
    a.why += f"; {old} was part of {then} until {kb.statehood[old][1]}"


def _opening_place(sent):
    """"In Tokyo, ...", "At Port-au-Prince, ...": the proper name a sentence opens in, before a comma, or None."""
    first = sent[0]
    if first.lower_ not in ("in", "at"):
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                 and c.i + 1 < sent.end and sent.doc[c.i + 1].text == ","), None)
    return sent.doc[pobj.left_edge.i:pobj.i + 1] if pobj is not None and pobj.text[:1].isupper() else None


def _sentence_place_country(sent) -> Optional[tuple[str, str]]:
    """(country, places) when every city or region named in the sentence (not where something goes: "flew to
    Damascus", nor where someone came from: "returned from Paris") is in one country, else None."""
    found = {}
    finder = _finder_for(sent.doc)
    kb = finder.kb if finder is not None else None
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and not (ent.root.dep_ == "pobj" and (
                ent.root.head.lower_ in AWAY_PREPS
                or ent.root.head.lower_ == "from" and ent.root.head.head.lemma_.lower() in TRAVEL_VERBS)):
            capital = kb.capitals.get(ent.text) if kb is not None else None
            named = sent.doc.user_data.get(NAMED_KEY, ())
            if capital and named and capital not in named \
                    and getattr(gazetteer.best(ent.text, named), "country", None) in named:
                capital = None  # "Tripoli" in a story on Lebanon: Lebanon's Tripoli, not Libya's capital
            if capital:  # "a Moscow court": Russia's capital, not Moscow, Idaho, whatever other country is named
                found.setdefault(capital, []).append(ent.text)
                continue
            seat = kb.lookup(ent.text.removeprefix("the ")) if kb is not None else None
            if seat is not None and seat.metonym:  # "the White House" is in Washington, not Casablanca
                found.setdefault(seat.country, []).append(ent.text)
                continue
            plain = gazetteer.best(ent.text)
            if plain is not None and plain.country is None and plain.kind in ("water", "continent"):
                continue  # "the Pacific ports": an ocean, not Pacific, Missouri in a story that names the US
            place = plain if plain is not None and plain.kind == "country" \
                else gazetteer.best(ent.text, sent.doc.user_data.get(NAMED_KEY, ()))  # not Lebanon, Pennsylvania
            if place is not None and place.kind == "country":
                place = _longer_place(ent, place.country) or place  # "Northern | Ireland", tagged short
            # a city or region; a country only where something happens in it ("in northern Uganda")
            first = ent.root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head  # "in the Bekaa Valley and | Lebanon"
            where = first.dep_ == "pobj" and first.head.lower_ in ("in", "at", "inside", "across", "throughout")
            if place is not None and place.country and (place.kind != "country" or where):
                found.setdefault(place.country, []).append(ent.text)
    # "In Port-au-Prince, residents said", "In Gao, ...": a sizeable town the tagger missed (or took for a person)
    opening = _opening_place(sent)
    if opening is not None and opening.root.ent_type_ not in ("GPE", "LOC", "FAC"):
        place = gazetteer.best(opening.text)
        if place is not None and place.country and place.kind in ("city", "region") and place.weight >= 50_000:
            found.setdefault(place.country, []).append(opening.text)
    if len(found) != 1:
        return None
    (iso, names), = found.items()
    return iso, ", ".join(names)


def _capital_named_before(tok, kb: KB) -> Optional[str]:
    """The country of a capital named earlier in this sentence or the one before, when no country was: "In
    Tehran, the government said" (a place, not an actor, but it says which country "the government" is)."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for i in range(tok.i - 1, start - 1, -1):
        for n in (2, 1):
            sp = doc[i - n + 1:i + 1] if i - n + 1 >= start else None
            if sp is not None and sp.text in kb.capitals and _is_locative(sp):  # not "Beijing warned the island"
                return kb.capitals[sp.text]
    return None


def _bare_institution(tok) -> bool:
    """"the government", "the cabinet", "(a gun battle with) police": a state institution named with nothing
    that says whose."""
    if tok.lemma_.lower() not in INSTITUTIONS:
        return False
    # an adjective says which one, not whose ("the full Senate", "the interim government")
    owned = any(c.dep_ in ("compound", "poss", "nmod", "nummod") for c in tok.lefts)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)  # "this Congress"
    # "police", and a capitalised "Parliament" or "Congress" used alone
    return not owned and (definite or tok.tag_ in ("NN", "NNP") and not any(c.dep_ in ("det", "amod") for c in tok.children))


def _titled_name(ent, kb) -> bool:
    """A short proper name right after a person's title word ("minister X", "General X")."""
    if not 1 <= len(ent) <= 3 or ent.start == 0 or any(t.pos_ != "PROPN" for t in ent):
        return False
    prev = ent.doc[ent.start - 1]
    lemma = prev.lemma_.lower()
    return prev.dep_ == "compound" and (lemma in ROLE_NOUNS or kb.sectors.get(lemma) in ("GOV", "MIL")) \
        and lemma not in GENERIC_HEADS | {"government", "army", "ministry", "military", "force"}


def _described_as_person(ent, kb) -> bool:
    """A short proper name the tagger called an organisation, described by an apposition that names a person
    ("Fabricio Colon Pico, a leader of Los Lobos", "Gurnam Singh, 67, a wheat farmer from Punjab")."""
    if not 2 <= len(ent) <= 4 or any(t.pos_ != "PROPN" or not t.is_title for t in ent) \
            or any(t.lemma_.lower() in ORG_NAME_HEADS | ORG_HEADS for t in ent):
        return False
    for c in ent.root.children:
        lemma = c.lemma_.lower()
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN" and lemma not in ORG_NAME_HEADS | ORG_HEADS \
                and (lemma in GENERIC_HEADS - COLLECTIVE_HEADS | LEADING_TITLES | AFFILIATED_HEADS
                     or kb.sectors.get(lemma) and lemma.endswith(("er", "ist", "man", "woman", "or", "ian"))):
            return True
    return False


def _take_employer(a: Actor, employer: Actor, country: bool, sector: bool) -> None:
    """A person takes the country and/or sector of the organisation they work for (where it has them)."""
    if country and employer.country:
        a.country, a.why = employer.country, a.why + f"; country of {employer.name}, where they work"
    if sector and employer.sector:
        a.sector, a.why = employer.sector, a.why + f"; sector of {employer.name}, where they work"
    a.code = _code(a.country, a.sector)


def _fallback_country(a: Actor, iso: Optional[str]) -> None:
    """A country for a country-less actor: peacekeepers are an IGO's; a person, a sector group or a local
    organisation gets the article's dominant country (``iso``)."""
    if a.country is not None:
        return
    if a.kind == "group" and "peacekeep" in a.name.lower():
        a.country, a.code = "IGO", _code("IGO", a.sector)
        a.why += "; peacekeepers without a country are an international organisation's"
        return
    if a.kind == "group" and a.sector == "NGO" and not (iso and set(a.name.lower().split()) & LOCAL_WORDS):
        a.country, a.code = "NGO", "NGO"  # "a human rights group": CAMEO codes NGOs without a country as NGO
        # ("local aid groups" are the article's country's, below)
        a.why += "; a non-governmental group without a country"
        return
    if a.kind == "organization" and a.sector in (None, "NGO") and set(a.name.lower().split()) & TRANSNATIONAL_WORDS:
        a.country, a.code = "NGO", _code("NGO", a.sector)  # "the Third World Water Forum"
        a.why += "; a transnational organisation the dictionary does not list: coded NGO"
        a.confidence = min(a.confidence, 0.4)
        return
    if iso is None:
        return
    # an organisation whose name says what kind of institution it is ("Umma party", "Frontier Corps") is
    # most likely local; a bare brand name ("Nvidia", "Meta") is not evidence of anything
    words = set(a.name.lower().split())
    local_org = a.kind == "organization" and not (words & INTERNATIONAL_WORDS) and bool(a.sector or words & {"party"})
    if a.sector and a.kind == "group" or a.kind == "person" or local_org:
        a.country = iso
        a.code = _code(iso, a.sector)
        a.why += f"; country {iso} is the article's dominant country"
        a.confidence = min(a.confidence, 0.5)


def _called_official(words) -> bool:
    """"an official Syrian newspaper", "the official news agency Tass": a news outlet the text calls official
    is its government's organ (GOV), as the GSR codes it; "state media" stays MED."""
    return any(t.lower_ == "official" for t in words)


def _clause_verb(tok):
    """The verb whose clause a token is in ("farmers" in "police opened fire on farmers": "opened"), or None."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t.i if t.pos_ in ("VERB", "AUX") else None


def _person_by_name(text: str, actors: dict) -> Optional[str]:
    """The key of a person already found whose full name or surname ("al-Bunni") this text is."""
    return next((k for k, a in actors.items() if a.kind == "person" and (a.name == text or a.name.endswith(" " + text))),
                None)


def _dateline_name(doc) -> Optional[str]:
    """"MARANCHON, SPAIN —", "DHAKA —": the upper-case town a text opens with, before a dash (and its upper-case
    country, if given); the tagger takes such towns for people."""
    dashes = ("-", "–", "—", "--", "(")

    def upper_run(i):
        j = i
        while j < min(len(doc), i + 4) and doc[j].text.rstrip(".").isalpha() and doc[j].text.isupper():
            j += 1
        return j
    end = upper_run(0)
    if 0 < end < len(doc) and doc[end].text in dashes[:4]:
        return doc[:end].text
    if end == 0 or end >= len(doc) or doc[end].text != ",":
        return None
    after = upper_run(end + 1)
    if after == end + 1 or after >= len(doc) or doc[after].text not in dashes:
        return None
    return doc[:end].text


def _named_after(sp) -> bool:
    """Is this name the start of a place or institution named after someone ("Queen Elizabeth Central
    Hospital")? Up to three more capitalised words ending in a word such as "Hospital" or "Airport"."""
    doc = sp.doc
    for i in range(sp.end, min(sp.end + 4, len(doc))):
        if not doc[i].is_title:
            return False
        if doc[i].lower_ in NAMED_AFTER_HEADS:
            return True
    return False


def _join_split_names(doc) -> None:
    """"Lawyer Lionel Bethune de Moro" tagged as two people, "Lionel" and "Bethune de Moro", or "Anwar" and
    "al-Bunni": two person names with nothing between them are one name."""
    ents = list(doc.ents)
    joined, changed = [], False
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
                and doc[prev.end - 1].whitespace_ and (ent[0].is_title or ent[0].lower_ in NAME_PARTICLES
                                                       and any(t.is_title for t in ent)):
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            changed = True
        else:
            joined.append(ent)
    if changed:
        doc.ents = joined


def _places_in_titles(doc, kb: KB) -> None:
    """"Kherson Governor Oleksandr Prokudin" with "Kherson" tagged as a person: a place the gazetteer knows, right
    before a title word that is right before a name, is the title's place (retagged GPE)."""
    ents, changed = list(doc.ents), False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or len(ent) > 2 or ent.end + 1 >= len(doc) or k + 1 == len(ents):
            continue
        title, after = doc[ent.end], ents[k + 1]
        if after.label_ == "PERSON" and after.start == ent.end + 1 and title.is_title and not title.ent_type_ \
                and (title.lower_ in TITLE_WORDS or kb.sectors.get(title.lemma_.lower())) \
                and kb.lookup(ent.text) is None and getattr(gazetteer.best(ent.text), "weight", 0) >= 10000:
            ents[k] = Span(doc, ent.start, ent.end, label="GPE")
            changed = True
    if changed:
        doc.ents = ents


def _relative_role(tok) -> list:
    """The role noun of a relative clause on a name, which describes the person as an apposition does:
    "X, who was the special envoy", "X, who served as the State Department's special representative"."""
    out = []
    for verb in tok.children:
        if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                                           for c in verb.children):
            continue
        if verb.lemma_ == "be":
            out += [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        elif verb.lemma_ in ROLE_VERBS:
            out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                    for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return out


def _correct_sector_spelling(doc, kb: KB) -> None:
    """"UN peackeepers", "Kabila's goverment": a noun the model has never seen (or knows only as a variant)
    that is one edit from a sector noun gets that noun as its lemma, so every rule reads it as meant (the
    text and its offsets stay as they are). Only with a model that has word vectors: without them every word
    is unseen."""
    vectors = doc.vocab.vectors
    if not vectors.size:
        return
    for tok in doc:
        if tok.is_alpha and tok.pos_ in ("NOUN", "PROPN") and not tok.is_upper and len(tok) >= 7 \
                and tok.lemma_.lower() not in kb.sectors:
            lemma = tok.lemma_.lower()
            fixed = kb.near_sector(lemma) or (kb.near_sector(lemma[:-1]) if lemma.endswith("s") else None)
            # a word the model knows only as a variant of the sector noun (its pruned vectors map "goverment"
            # to the row of "government") is a misspelling too
            if fixed and (tok.is_oov or vectors.key2row.get(tok.lower) == vectors.key2row.get(doc.vocab.strings.add(fixed))):
                tok.lemma_ = fixed


def _device_that_harms(tok) -> bool:
    """"A minefield explosion killed two youths", "killed by an improvised explosive device", "killed in a car
    bomb explosion": a device as the subject or the means of a verb of harm."""
    if tok.lemma_.lower() not in DEVICE_NOUNS or tok.dep_ == "compound":
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("by", "in"):
        verb = tok.head.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in HARM_VERBS


def _international_body(tok) -> bool:
    """"the international body", "the world body", "the (regional) bloc": an intergovernmental body referred
    back to; not "the opposition bloc" in a parliament."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    modifiers = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
    if tok.lemma_.lower() in BLOC_NOUNS:
        return all(c.lower_ in BLOC_MODIFIERS | TRANSNATIONAL_WORDS for c in modifiers)
    return tok.lemma_.lower() in BODY_NOUNS and any(c.lower_ in TRANSNATIONAL_WORDS for c in modifiers)


def _igo_named_before(tok, actors: dict, thing_mentions: list) -> Optional[str]:
    """The intergovernmental organisation (UN, EU, IGO codes) named last, a few sentences back at most."""
    for i, key in sorted(thing_mentions, reverse=True):  # (mentions are listed in the order the steps found them)
        if i < tok.i and actors[key].kind == "organization" and actors[key].country in ("IGO", "UNO", "EUR") \
                and tok.sent.start - tok.doc[i].sent.start < 400:
            return key
    return None


def _person_nearby(tok, person_mentions: list) -> bool:
    """Is a person named in this sentence before the token or in the two sentences before it?"""
    sents = list(tok.doc.sents)
    n = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    start = sents[max(n - 2, 0)].start
    return any(start <= i < tok.i for i, _ in person_mentions)


def _people_adjective(tok) -> Optional[str]:
    """The sector of "the displaced", "the wounded", "the poor": an adjective standing for the people it
    describes (spaCy leaves it an adjective or participle with no noun), or None."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.lower_ not in PEOPLE_ADJECTIVES \
            or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return PEOPLE_ADJECTIVES[tok.lower_]


def _age_noun(tok) -> bool:
    """"the 27-year-old" used as a noun (the person), not "a 5-year-old girl"; spaCy splits it into five
    tokens and tags "old" an adjective."""
    doc = tok.doc
    if tok.lower_ != "old" or tok.i < 4 or doc[tok.i - 2].lower_ not in ("year", "years") \
            or not doc[tok.i - 4].like_num:
        return False
    if tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ == "amod":
        return False  # "a 5-year-old girl"
    return tok.i > 4 and doc[tok.i - 5].lower_ == "the"


def _stance_word(tok) -> bool:
    """The country in "anti-Syria", "pro-Russian" or "Iranian-backed": spaCy splits the hyphen off, so look
    two tokens either side."""
    return _hyphen_word(tok, -2) in STANCE_PREFIXES or _hyphen_word(tok, 2) in STANCE_SUFFIXES


def _hyphen_word(tok, offset: int) -> Optional[str]:
    """The lower-case word joined to ``tok`` by a hyphen two tokens before (offset -2) or after (2)."""
    doc = tok.doc
    i = tok.i + offset
    if not 0 <= i < len(doc) or doc[tok.i + offset // 2].text != "-":
        return None
    first = doc[i] if offset < 0 else tok
    return doc[i].lower_ if not first.whitespace_ and not doc[first.i + 1].whitespace_ else None


def _ethnic_word(tok) -> bool:
    """An ethnic name used as one ("Karen rebels"), not a first name or part of a place or organisation."""
    if not tok.text[:1].isupper() or tok.ent_type_ in ("GPE", "ORG", "FAC", "LOC"):
        return False
    # a first name is a PERSON, but "Karen guerrillas" is not a person's name
    return tok.ent_type_ != "PERSON" or (tok.dep_ in ("compound", "amod") and tok.head.ent_type_ != "PERSON")


def _after_ethnic(tok) -> bool:
    """"ethnic Albanians", "ethnic Albanian guerrillas"."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic"


def _people_plural(tok) -> bool:
    """A plural demonym naming people ("Thousands of Nigerians", "168 Liberians") rather than a side
    ("the Ukrainians said", often the government)."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    # "Tens of thousands of Sudanese", "500 Chinese": counted, so people, whatever the demonym's form
    counted = any(c.dep_ == "nummod" for c in tok.children) or tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in QUANTITY_NOUNS
    return counted or tok.tag_ in ("NNS", "NNPS") or tok.text.endswith("s")


def _sizeable_place(name: str) -> bool:
    """A region or country, or a town of 100,000 or more: big enough to trust over a person tag."""
    place = gazetteer.best(name)
    return place is not None and (place.kind in ("region", "country") or place.weight >= 100000)


def _place_in_name(ent, kb):
    """The town or region a name begins with ("Gaza" in "the Gaza Health Ministry"), else None.

    Only the capitalised words before the rest of the name, by their own name (not an alias), a place of some
    size, and one the dictionary knows as nothing else ("Kennedy" is a person, "Pentagon" a seat of power)."""
    toks = [t for t in ent if t.lower_ != "the"]
    if any(t.text in kb.religions for t in toks):
        return None  # "the Roman Catholic Church": a faith's, not Roman's in Romania
    lead = 0
    while lead < len(toks) - 1 and toks[lead].pos_ == "PROPN" and toks[lead].is_title and toks[lead].is_alpha:
        lead += 1
    named = ent.doc.user_data.get(NAMED_KEY, ())
    for k in range(lead, 0, -1):
        text = " ".join(t.text for t in toks[:k])
        if kb.lookup(text, None) is not None or text in kb.demonyms or text in kb.sectors or text.lower() in kb.sectors:
            continue
        place = gazetteer.best(text, named)
        if place is not None and place.kind in ("city", "region") and place.country and place.name == text \
                and place.weight >= 50000:  # not the hamlets "Supreme" and "Liberal"
            return place
    return None


def _gazetteer_country(tok, titled: bool = False):
    """(country, None, why) for a place name the gazetteer knows ("Darfur" -> SDN), else None. ``titled``: the
    place is in a person's title ("Kherson Governor"), which names it as a place of note whatever its size."""
    if tok.ent_type_ not in ("GPE", "LOC", "FAC") and tok.lower_ in INSTITUTIONS:
        return None  # "the Minister of Police": an institution, not the Polish town of Police
    if tok.ent_type_ not in ("GPE", "LOC", "FAC") and not (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
        # "Sindh province", "the northern city of Kirkuk": a place name inside the phrase
        inner = [t for t in tok.subtree if t.i != tok.i and (t.ent_type_ in ("GPE", "LOC") or tok.lemma_ in PLACE_NOUNS
                                                             and t.dep_ in ("compound", "amod") and t.is_title)]
        if not inner:
            return None
        tok = min(inner, key=lambda t: abs(t.i - tok.i))
    ent = _entity_at(tok)
    text = ent.text if ent is not None else tok.text
    named = tok.doc.user_data.get(NAMED_KEY, ())
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i \
            and tok.doc[start - 1].is_title:
        start -= 1
    place = None
    if start < tok.i and (ent is None or ent.start > start):  # "in West | Bengal", "West" tagged a people
        longer = tok.doc[start:tok.i + 1].text
        place = gazetteer.best(longer, named)
        text = longer if place is not None else text
    if place is None:
        place = gazetteer.best(text, named)
    if place is None or not place.country:
        return None
    if named and place.country not in named and place.kind == "city" and place.weight < 100000 and not titled:
        return None  # "the Villa Independencia neighborhood" in a story on Chile: not the Mexican village
    return place.country, None, f"place '{text}' ({place.kind} in {place.country})"


def _near_country(place, country_name: str, km: float = 2500) -> bool:
    """Is a town within ``km`` of the country its name contains ("Lao Cai" by Laos; not Mount Lebanon, PA)?"""
    country = gazetteer.best(country_name)
    return country is None or gazetteer.distance_km(place.lat, place.lon, country.lat, country.lon) <= km


def _longer_place(sp, iso):
    """The gazetteer's place when a country name is part of a longer place name of another country
    ("Northern Ireland", "Western Sahara", "the Niger Delta"), else None."""
    doc = sp.doc
    names = []
    if sp.start > 0 and doc[sp.start - 1].is_title and doc[sp.start - 1].pos_ in ("PROPN", "ADJ"):
        names.append(f"{doc[sp.start - 1].text} {sp.text}")
    if sp.end < len(doc) and doc[sp.end].is_title and doc[sp.end].pos_ in ("PROPN", "NOUN"):
        names.append(f"{sp.text} {doc[sp.end].text}")
    for name in names:
        place = gazetteer.best(name)
        if place is not None and place.country and place.country != iso \
                and gazetteer.normalize(place.name) == gazetteer.normalize(name) \
                and (place.kind != "city" or _near_country(place, sp.text)):  # not Mount Lebanon, Pennsylvania
            return place  # ("Lao Cai" is "Lào Cai")
    return None


def named_place(tok):
    """"the town of Cizre", "the Eritrean capital Asmara" name Cizre and Asmara: the place's name token, else the
    token itself."""
    if tok.lemma_.lower() in PLACE_NOUNS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "PROPN":
                        return p
            if c.dep_ in ("appos", "compound") and c.i > tok.i and c.pos_ == "PROPN":
                return c
    return tok


def _untagged_place(tok, kb: KB) -> bool:
    """A capitalised word the tagger left untagged that is a city of 100,000 or more and no dictionary name or
    title word (not "Vice" or "Federal", small towns that are also title words)."""
    return not tok.ent_type_ and tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in TITLE_WORDS \
        and not kb.sectors.get(tok.lemma_.lower()) and kb.lookup(tok.text) is None \
        and getattr(gazetteer.best(tok.text), "weight", 0) >= 100000


def _kind_word(tok) -> bool:
    """A singular word that says what kind of body a name is ("militia", "party", "newspaper") and heads no larger
    phrase (not "militia" in "militia commanders")."""
    return tok.tag_ == "NN" and tok.dep_ != "compound" and tok.lemma_.lower() in NAME_DESCRIPTOR_HEADS


def _named_with_its_kind(sp, e) -> bool:
    """"the Hezbollah militia", "the Wagner group": a dictionary organisation followed by the word that says what
    kind of body it is."""
    doc = sp.doc
    if e.source not in ("organizations.csv", "parties.csv") or sp.end >= len(doc):
        return False
    return doc[sp.end].i == sp.root.head.i and _kind_word(doc[sp.end])


def _proper_place(span, kb: Optional[KB] = None):
    """(name span, gazetteer entry) when a noun phrase is just a place's proper name, else None. With ``kb``, a
    name tagged as a person or organisation counts when the dictionary does not know it ("an attack on
    Omdurman", tagged a person)."""
    toks = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    mistagged = kb is not None and toks and kb.lookup(span.doc[toks[0].i:toks[-1].i + 1].text) is None
    if not toks or any(t.pos_ != "PROPN" or not t.text[:1].isupper()
                       or t.ent_type_ in ("PERSON", "ORG") and not mistagged for t in toks):
        return None
    sp = span.doc[toks[0].i:toks[-1].i + 1]
    entry = gazetteer.best(sp.text)
    if entry is None or not entry.country or not _sizeable_place(sp.text):
        return None
    return sp, entry


def _posted_from(noun) -> bool:
    """"its ambassador from Vienna": an envoy whose own country is said another way is recalled from the host
    ("diplomats from the G7" are the G7's)."""
    return _envoy(noun) and any(c.dep_ == "poss" for c in noun.children)


def _envoy(noun) -> bool:
    """An ambassador, embassy or envoy (a "high commissioner" too), posted in another state."""
    lemma = noun.lemma_.lower()
    return lemma in ENVOY_NOUNS or any(f"{c.lower_} {lemma}" in ENVOY_NOUNS for c in noun.lefts if c.dep_ == "amod")


def _is_locative(span) -> bool:
    """'in Kyiv', 'from Washington': a place, not a government speaking or acting."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        if root.head.lower_ in ("on", "over") and root.head.head.lemma_ not in PLACE_VERBS:
            return False  # "sanctions on Moscow", "leverage over Beijing"; but "an attack on Kyiv"
        if root.head.lower_ == "from" and root.head.head.lemma_.lower() in SOURCE_NOUNS:
            return False  # "retaliation from Beijing", "aid from Washington": the government giving it
        if root.head.lower_ in ("from", "through", "to"):
            objects = {c.lemma_.lower() for c in root.head.head.children if c.dep_ == "dobj"} \
                if root.head.head.pos_ == "VERB" else set()
            if root.head.lower_ in ("from", "through") and objects & SOURCE_NOUNS:
                return False  # "tease out more aid from Beijing", "received guarantees through Cairo"
            if root.head.lower_ in ("from", "to") and (objects | {root.head.head.lemma_.lower()}) & ALLEGIANCE_NOUNS:
                return False  # "switched recognition from Taipei to Beijing": the governments
        if root.head.lower_ in ("at", "in") and _envoy(root.head.head) \
                or root.head.lower_ == "from" and _posted_from(root.head.head):
            return False  # "an embassy in Tehran", "recalled its ambassador from Vienna": the host government
        if root.head.lower_ in ("toward", "towards") and root.head.head.pos_ == "NOUN":
            return False  # "Ankara's shift toward Moscow": a stance toward a government, not a direction
        return True
    if root.dep_ in ("compound",) and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return False


def _title_of_person(tok) -> bool:
    """Is this noun part of a title in front of a name ("Foreign Minister" in "Foreign Minister X", "State" in
    "Secretary of State X")?"""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "for") and t.head.head.i < t.i \
            and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON":
        t = t.head.head
    while t.dep_ in ("compound", "nmod") and t.head.i != t.i:
        if t.head.ent_type_ == "PERSON":
            return True
        t = t.head
    return _portfolio_name(t) is not None


def _portfolio_name(tok):
    """The first token of the name after a title with a portfolio of capitalised words ("State Minister for
    Labor and Employment X"), which the parse does not hang the name on; else None."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        end = prep.right_edge.i + 1
        if end < len(tok.doc) and tok.doc[end].ent_type_ == "PERSON" and all(
                x.is_title or x.lower_ in ("of", "for", "and", "&") for x in tok.doc[prep.i + 1:end]):
            return tok.doc[end]
    return None


def _has_person_compound(tok) -> bool:
    return any(c.ent_type_ == "PERSON" for c in tok.children) or tok.head.ent_type_ == "PERSON" and tok.dep_ == "compound"


def _np_span(tok):
    start = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ not in ("det", "predet", "preconj", "poss")])
    finite = [i for i in range(start, tok.i) if tok.doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD")
              or tok.doc[i].pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.doc[i].children)]
    if finite:  # "King X of Nepal dissolved parliament", "the Court sentenced sociologist X" misparsed as one
        # noun phrase: not past a verb with a subject
        start = finite[-1] + 1
    joined = [i for i in range(start, tok.i) if tok.doc[i].dep_ == "cc"
              and any(t.ent_type_ == "PERSON" or t.tag_ in ("NN", "NNS") and t.lemma_.lower() in INSTITUTIONS
                      for t in tok.doc[start:i])]
    if joined:  # "Foreign Minister X and Israeli negotiators", "the Burundian government and Hutu rebel groups"
        # (misparsed as one phrase): the person or the institution is not part of the group
        start = joined[-1] + 1
    if start < tok.i and tok.doc[start].dep_ in ("det", "punct"):
        start += 1
    return tok.doc[start:tok.i + 1]


def _clean_name(span) -> str:
    text = span.text
    for det in ("the ", "a ", "an ", "The ", "A ", "An "):
        if text.startswith(det):
            text = text[len(det):]
    return text


def _code(country, sector):
    if not country:
        return sector
    return country + (sector or "") if sector != country else country


def _finder_for(doc) -> Optional["ActorFinder"]:
    return _FINDERS.get(id(doc.vocab))


def _named_body_sector(tok, kb: KB) -> Optional[str]:
    """The sector a named body says of its members: "activists of the Muttahida Qaumi Movement" (PTY by its
    description or name), "members of the Islami Jamiat-e-Talaba student union" (EDU), "a spokesman for the
    unions" (LAB: a body outside the state, named by its sector noun)."""
    tail = [c for c in tok.rights if c.dep_ in ("amod", "compound") and tok.doc[c.i - 1].text == "-"]
    for prep in [c for t in [tok] + tail for c in t.children]:  # "secretary-general | of the union"
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            if not any(t.pos_ == "PROPN" for t in p.subtree):
                # "secretary-general of the union", "a spokesman for the unions": a body outside the state
                # named by its sector noun alone
                said = kb.sectors.get(p.lemma_.lower()) if p.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in p.children) else None
                if said in NON_STATE_ROLE_SECTORS + ("NGO", "PTY"):
                    return said
                continue
            lemmas = [t.lemma_.lower() for t in p.subtree if t.i <= p.i and t.pos_ in ("NOUN", "PROPN", "ADJ")]
            if p.pos_ == "NOUN":  # "the Islami Jamiat-e-Talaba student union": what its description says
                return kb.sectors.get(" ".join(lemmas[-2:])) or kb.sectors.get(p.lemma_.lower()) \
                    or NAME_HEAD_SECTORS.get(p.lemma_.lower())
            name = p.doc[min(t.i for t in p.subtree if t.pos_ == "PROPN"):p.right_edge.i + 1]
            described = [kb.sectors.get(t.lemma_.lower()) or NAME_HEAD_SECTORS.get(t.lemma_.lower())
                         for t in reversed(list(p.lefts)) if t.pos_ == "NOUN" and t.dep_ == "compound"]
            # the whole name: "the Zambia Congress of Trade Unions" (LAB); else what the words before it say it is,
            # "the independent television station NTV" (MED)
            return _name_sector(name, kb) or next((s for s in described if s), None)
    return None


def _home_of_people(before, tok, kb: KB) -> Optional[str]:
    """"Bosnian Serb": the state a demonym names (BIH) right before a people's demonym of another state, else None."""
    if before is None or tok.lower_ not in PEOPLE_DEMONYMS or tok.text not in kb.demonyms:
        return None
    home = kb.demonyms.get(before.text)
    return home if home and home != kb.demonyms[tok.text] else None

