"""events: who did what to whom, coded in PLOVER (type + mode) and CAMEO.

Triggers live in ``data/events/triggers.jsonl`` (lemma, part of speech, optional object lemmas →
PLOVER type, mode, CAMEO code). Over the dependency parse:

1. find triggers: verbs ("threatened"), light verbs with their object ("held talks", "imposed
   sanctions"), nouns with their own participants ("a phone call between X and Y") and readiness
   adjectives ("is ready to negotiate");
2. source = the subject (inherited through xcomp/conj/relative clauses; the agent of a passive),
   target = the object or the object of a trigger-specific preposition ("with", "against");
   coordinated participants and "the leaders of A, B and C" give one event per actor;
3. modality: negation, modals and "expected/planned to" (hypothetical), "if/unless" clauses
   (condition span; triggers inside a condition are not events themselves);
4. the embedded event of a trigger ("agreed to hold talks") is carried by the outer trigger;
   reported events ("X said Y attacked Z") keep X as ``reporter``;
5. date and place from time and place mentions in the trigger's clause, else the publication date
   (with lower confidence, ``date_source="published"``);
6. a linear sentence classifier (``eventwire.eventclf``) re-ranks each sentence's events and, where no
   trigger matched, codes the main clause with its class's generic type at low confidence.

Closed word lists (modals, speech verbs...) are in ``data/events/grammar.json``.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Optional

from spacy.language import Language

from ..model import Event, Mention
from .actor_words import PLACE_FACILITIES
from .actors import PLACE_VERBS, _finder_for, actor_at, actor_by_id, add_mention, country_actor, ensure_actor, named_place, sector_of

# closed word lists and code tables live in data/events/grammar.json
GRAMMAR = json.loads((resources.files("eventwire") / "data" / "events" / "grammar.json").read_text(encoding="utf-8"))
MODALS = set(GRAMMAR["modals"])
EXPECT_VERBS = set(GRAMMAR["expect_verbs"])  # "is expected to speak": the inner event is hypothetical
SPEECH_VERBS = set(GRAMMAR["speech_verbs"])
CONDITION_MARKS = set(GRAMMAR["condition_marks"])
FUTURE_AUX = set(GRAMMAR["future_aux"])
OBLIGATION_AUX = set(GRAMMAR["obligation_aux"])
# PLOVER: announced future cooperation is coded as AGREE (an expressed intent), with CAMEO 03x
INTENT_CAMEO = GRAMMAR["intent_cameo"]
# hypothetical material conflict stated by its own actor is a threat (CAMEO 13, PLOVER THREATEN)
THREAT_FROM = GRAMMAR["threat_from"]
# "vowed to fight", "is prepared to impose martial law": a promise of conflict is a threat
PROMISE_HEADS = set(GRAMMAR["promise_heads"])
SUBJ = ("nsubj", "nsubjpass", "csubj")
DATE_VALUE = re.compile(r"^\d{4}-\d{2}(-\d{2})?")  # an event date is a day or a month (schema eventwire/1)
# verbs that report speech when followed by a clause ("suggested that...") rather than act
CLAUSE_SPEECH = set(GRAMMAR["clause_speech"])
PURPOSE_DEPS = ("xcomp", "advcl", "acl", "relcl")


@dataclass
class Trigger:
    lemma: str
    pos: str
    plover: Optional[str]  # None: a statement PLOVER drops (CAMEO 01), which blocks the generic entry
    cameo: str
    mode: Optional[str] = None
    obj: Optional[list] = None
    note: Optional[str] = None
    target_preps: Optional[list] = None
    needs_target: bool = False  # "speak" is only a consultation when someone is spoken with
    not_obj: Optional[list] = None  # objects that make it non-political ("fight the epidemic")


# event types whose action can fall on a place's people when no one else is named ("curfew in Abidjan")
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "AID"}
LOCATIVE_TARGET_PREPS = {"in", "into", "across", "throughout", "on"}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], list[Trigger]]:
    path = resources.files("eventwire") / "data" / "events" / "triggers.jsonl"
    table: dict[tuple[str, str], list[Trigger]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            d = json.loads(line)
            table.setdefault((d["lemma"], d["pos"]), []).append(Trigger(**d))
    return table


def _goldstein(cameo: str) -> float:
    try:
        from ..ontology import goldstein
    except ImportError:  # pragma: no cover - ontology module is part of the package
        return 0.0
    value = goldstein(cameo)
    return float(value) if value is not None else 0.0


def _objects(tok):
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]
    # "declared a state of emergency", "lifted the state of siege": the condition is the object
    objs += [p for o in objs if o.lemma_.lower() == "state" for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    # "called for a ceasefire", "threatened with sanctions"
    for c in tok.children:
        if c.dep_ == "prep":
            objs += [p for p in c.children if p.dep_ == "pobj"]
    return objs


def _match(tok) -> Optional[tuple[Trigger, Optional[object]]]:
    """The trigger entry for a token (object-specific entries first), and the object token used."""
    pos = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ", "AUX": None}.get(tok.pos_)
    if pos is None:
        return None
    lemma = tok.lemma_.lower()
    entries = lexicon().get((lemma, pos), [])
    if not entries:
        return None
    objs = _objects(tok) if pos == "VERB" else []
    for e in entries:
        if e.obj:
            for o in objs:
                if o.lemma_.lower() in e.obj or o.lower_ in e.obj:
                    return e, o
    for e in entries:
        if not e.obj:
            if e.not_obj and any(o.lemma_.lower() in e.not_obj for o in objs):
                return None
            return e, None
    return None


def _subject(tok, depth=0):
    """The tokens acting as the subject of a verb, looking up through xcomp/conj/relcl/acl."""
    if depth > 6:
        return []
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if subs:
        out = []
        for s in subs:
            if s.tag_ == "WDT" or s.lower_ in ("who", "which", "that"):
                if tok.dep_ == "relcl":
                    out.append(tok.head)
                    continue
            out.append(s)
        return out
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive and tok.dep_ == "xcomp" or (passive and tok.lemma_.lower() in EXPECT_VERBS):
        return passive
    if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
        # "Trump is expected to speak" / "X met Y and discussed Z"
        head = tok.head
        hp = [c for c in head.children if c.dep_ == "nsubjpass"]
        if hp and tok.dep_ == "xcomp":
            return hp
        return _subject(head, depth + 1)
    if tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
        return [tok.head]
    if tok.dep_ == "acomp" or tok.pos_ == "ADJ":
        return _subject(tok.head, depth + 1)
    return []


def _agent(tok):
    for c in tok.children:
        if c.dep_ == "agent":
            return [p for p in c.children if p.dep_ == "pobj"]
    return []


def _expand(tok):
    """A participant token → the tokens that stand for actors: itself and its conjuncts,
    or the members of "the leaders of A, B and C"."""
    group = [tok] + [c for c in tok.conjuncts if c.i > tok.i]
    out = []
    for t in group:
        members = []
        if actor_at(t.doc, t) is None:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            members += [p] + [x for x in p.conjuncts if x.i > p.i]
            # "his Ukrainian counterpart, Volodymyr Zelenskyy"
            members += [c for c in t.children if c.dep_ == "appos"]
        out += members or [t]
    return out


def _actors_for(doc, toks, source: bool = False) -> list[str]:
    ids = []
    for t in toks:
        for m in _expand(t):
            aid = actor_at(doc, m)
            if aid is None:
                # "the two leaders"-style heads can carry a coded compound/amod ("Russian troops")
                for c in m.children:
                    if c.dep_ in ("compound", "amod", "poss"):
                        aid = actor_at(doc, c)
                        if aid:
                            break
            if aid is None:
                place = named_place(m)
                aid = _place_country(doc, place, as_source=source)
                if aid and place.i != m.i:
                    doc._.ew_token_actor.setdefault(m.i, aid)  # "the town of Cizre": the town is Cizre
            if aid is None and m.pos_ in ("NOUN", "PROPN") and (
                    sector_of(doc, m) or m.ent_type_ in ("NORP", "ORG", "PERSON")):
                aid = ensure_actor(doc, m)  # "protesters", "Kurdish fighters": actors named by role
            if aid and aid not in ids:
                ids.append(aid)
    return ids


def _place_country(doc, tok, local_only: bool = False, as_source: bool = False) -> Optional[str]:
    """A place as a participant: a country stands for itself, a city or region acted on for its people
    ("Russia shelled Kharkiv"), a city or region acting for its government ("Ontario imposed a surcharge")."""
    for p in doc._.ew_places or []:
        if not p.country or p.kind not in (("city", "region") if local_only else ("city", "region", "country")):
            continue
        for m in p.mentions:
            if m.start <= tok.idx < m.end:
                local = p.name if p.kind in ("city", "region") else None
                aid = country_actor(doc, p.country, tok, f"place '{m.text}' in {p.country} as event participant", local,
                                    sector="GOV" if as_source or _capital_addressed(doc, tok, m.text, p.country)
                                    else "CVL")
                actor = actor_by_id(doc, aid)
                add_mention(actor, Mention(m.start, m.end, m.text))  # the place stands for its country
                return aid
    return None


def _capital_addressed(doc, tok, text: str, iso: str) -> bool:
    """"Khartoum accused Kampala": a capital that is the object of anything but an attack on the place
    ("shelled Kampala") stands for its government."""
    finder = _finder_for(doc)
    if finder is None or finder.kb.capitals.get(text) != iso:
        return False
    if tok.dep_ == "conj":  # "relations with Damascus and Tripoli": as the first of the list stands
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        actor = actor_by_id(doc, actor_at(doc, first))
        if actor is not None and actor.sector == "GOV" and first.text in finder.kb.capitals:
            return True
        tok = first
    if tok.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in PLACE_VERBS


def _in_condition(tok) -> Optional[object]:
    """The 'if'/'unless' clause this token sits in, if any."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return t
        t = t.head
    return None


def _condition_of(tok) -> Optional[Mention]:
    for scope in [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]:
        for c in scope.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
                sub = list(c.subtree)
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                return Mention(start, end, tok.doc.text[start:end])
    return None


def _aux(tok) -> set:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _obligations(doc, taken: set) -> list[tuple]:
    """'X said Y must do Z': a demand by X on Y (REQUEST), whatever Z is."""
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or not (_aux(tok) & OBLIGATION_AUX) or _negated(tok):
            continue
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SPEECH_VERBS | {"reiterate", "demand", "declare"}:
            continue
        speaker = _actors_for(doc, [c for c in tok.head.children if c.dep_ in SUBJ])
        target = _actors_for(doc, [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")])
        if speaker and target:
            taken.add(tok.i)
            out.append((tok, Trigger(lemma=tok.lemma_.lower(), pos="VERB", plover="REQUEST", cameo="100"),
                        None, speaker, target))
    return out


def _negated(tok) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.dep_ in ("xcomp", "acomp") and any(c.dep_ == "neg" for c in tok.head.children):
        return True
    return False


def _hypothetical(tok) -> bool:
    t, hops = tok, 0
    while hops < 3:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in t.children):
            return True
        if t.dep_ in ("xcomp",) and t.head.lemma_.lower() in EXPECT_VERBS:
            return True
        if t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
            t, hops = t.head, hops + 1
            continue
        break
    return False


def _targets(doc, tok, entry: Trigger, used_obj) -> list[str]:
    """Objects first; else the trigger's own target prepositions; else those inside its complement."""
    preps = set(entry.target_preps or [])
    direct = []
    if tok.pos_ == "VERB":
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if _agent(tok) and passive:
            direct += passive
        direct += [c for c in tok.children if c.dep_ in ("dobj", "dative", "iobj") and c is not used_obj]
    ids = _actors_for(doc, direct)
    if ids:
        return ids
    own = []
    for s in [tok] + ([used_obj] if used_obj is not None else []):
        for c in s.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                own += [p for p in c.children if p.dep_ == "pobj"]
    ids = _actors_for(doc, own)
    if ids:
        return ids
    inner = []
    for c in tok.children:
        if c.dep_ in ("xcomp",):
            for g in c.subtree:
                if g.dep_ == "prep" and g.lower_ in preps and g.head.pos_ in ("NOUN", "VERB"):
                    inner += [p for p in g.children if p.dep_ == "pobj"]
    ids = _actors_for(doc, inner)
    if ids or entry.plover not in PLACE_TARGET_TYPES:
        return ids
    # "imposed a curfew in Abidjan", "shelling in central Baghdad": with no one else acted on, the city's
    # people are (the CAMEO/PLOVER coders' convention); a meeting "in Istanbul" is not acted on
    ids = []
    heads = [tok] + ([used_obj] if used_obj is not None else [])
    # "bombed targets in Tripoli and Benghazi": a thing acted on, in a place
    heads += [c for c in tok.children if c.dep_ == "dobj" and c is not used_obj]
    for c in tok.children:
        if c.dep_ == "xcomp":  # "threatened to impose a curfew in X"
            heads += [c] + [o for o in c.children if o.dep_ == "dobj"]
    for s in heads:
        places = []
        for c in s.children:
            if c.dep_ == "prep" and c.lower_ in LOCATIVE_TARGET_PREPS:
                places += [q for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
            if c.dep_ == "prep" and c.lower_ == "of":  # "the runways of Beirut's airport"
                places += [x for p in c.children if p.dep_ == "pobj" for x in p.children if x.dep_ == "poss"]
            if c.dep_ == "poss" and s.lemma_.lower() in PLACE_FACILITIES:  # "bombed Beirut's airport"
                places.append(c)
        for q in places:
            aid = _place_country(doc, named_place(q), local_only=True)
            if aid and aid not in ids:
                ids.append(aid)
    return ids


def _noun_participants(doc, tok, entry: Trigger):
    """Source/target of a nominal trigger: 'X's call with Y', 'talks between X and Y', 'sanctions on X'."""
    src, tgt = [], []
    for c in tok.children:
        if c.dep_ == "poss":
            src.append(c)
        if c.dep_ == "prep" and c.lower_ == "between":
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            ids = _actors_for(doc, pobj)
            if len(ids) >= 2:
                return ids[:1], ids[1:]
        if c.dep_ == "prep" and c.lower_ == "by":
            src += [p for p in c.children if p.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ in (entry.target_preps or []):
            tgt += [p for p in c.children if p.dep_ == "pobj"]
        if c.dep_ in ("compound", "amod") and actor_at(doc, c):
            src.append(c)
    return _actors_for(doc, src, source=True), _actors_for(doc, tgt)


def _date_and_place(doc, tok, sent):
    times = doc._.ew_times or []
    places = doc._.ew_places or []
    clause = list(tok.subtree)
    lo, hi = (clause[0].idx, clause[-1].idx + len(clause[-1].text)) if clause else (sent.start_char, sent.end_char)
    # times in the clause, else the sentence's root clause
    date = None
    usable = [t for t in times if t.value and DATE_VALUE.match(t.value)]
    in_clause = [t for t in usable if lo <= t.start < hi]
    in_sent = [t for t in usable if sent.start_char <= t.start < sent.end_char]
    pick = in_clause or (in_sent if len(in_sent) == 1 else [])
    if pick:
        best = min(pick, key=lambda t: abs(t.start - tok.idx))
        date = best.value[:10]
    place = None
    for p in places:
        for m in p.mentions:
            if lo <= m.start < hi:
                ptok = doc.char_span(m.start, m.end, alignment_mode="expand")
                if ptok is not None and ptok.root.dep_ == "pobj" and ptok.root.head.lower_ in ("in", "at", "near", "outside") \
                        and _same_clause(ptok.root, tok):
                    place = p.id
                    break
        if place:
            break
    return date, place


def _promised_conflict(tok, trigger_tokens) -> Optional[Trigger]:
    """The conflict trigger this promise/readiness word governs ("ready to strike"), if any."""
    if tok.lemma_.lower() not in PROMISE_HEADS:
        return None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i in trigger_tokens:
            inner = trigger_tokens[c.i][0]
            if inner.plover in THREAT_FROM:
                return inner
    return None


def _same_clause(tok, trigger) -> bool:
    """Is tok attached to the trigger through prepositions and nouns only (not a clause of its own)?
    "the call ... to end the war in Ukraine": Ukraine is where the war is, not where the call was."""
    t = tok
    while t.i != trigger.i:
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i != trigger.i and t.pos_ in ("VERB", "AUX"):
            return False
    return True


def _reporter(doc, tok) -> Optional[str]:
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_VERBS | {"report"}:
            subs = [c for c in t.head.children if c.dep_ in SUBJ]
            ids = _actors_for(doc, subs)
            return ids[0] if ids else None
        t = t.head
    return None


def find_events(doc) -> list[Event]:
    published = getattr(doc._.ew_article, "published", None) if doc._.ew_article is not None else None
    found: list[tuple] = []
    trigger_tokens = {}
    blocked: set = set()
    for tok in doc:
        m = _match(tok)
        if m and m[0].plover is None:
            if m[1] is not None:
                blocked.add(m[1].i)  # "denied the accusations": neither verb nor noun is an event
        elif m:
            trigger_tokens[tok.i] = m
    light_objects = {o.i for (e, o) in trigger_tokens.values() if o is not None} | blocked

    obliged: set = set()
    found += _obligations(doc, obliged)
    for i, (entry, used_obj) in trigger_tokens.items():
        tok = doc[i]
        if i in light_objects or i in obliged:
            continue  # "held talks": the verb carries the event
        if _in_condition(tok) is not None:
            continue  # "if Putin does not agree": a condition, not an event
        # the embedded event of a trigger is carried by the outer one ("agreed to hold talks")
        if tok.dep_ in PURPOSE_DEPS and (tok.head.i in trigger_tokens or tok.head.i in light_objects):
            continue
        if tok.lemma_.lower() in CLAUSE_SPEECH and any(c.dep_ == "ccomp" for c in tok.children):
            continue  # "suggested that ...": speech, its clause may hold the event
        if tok.pos_ == "NOUN":
            if tok.dep_ in ("dobj", "pobj") and tok.head.i in trigger_tokens:
                continue
            sources, targets = _noun_participants(doc, tok, entry)
            if not sources:
                continue
        else:
            subj_toks = _agent(tok) if _agent(tok) else _subject(tok)
            sources = _actors_for(doc, subj_toks, source=True)
            targets = _targets(doc, tok, entry, used_obj)
            if entry.needs_target and not targets:
                continue
        if not sources and not (tok.pos_ == "VERB" and entry.plover in ("ASSAULT", "COERCE") and targets
                                and any(c.dep_ == "nsubjpass" for c in tok.children)):
            continue  # an unnamed attacker is still an attack on the named ("civilians were killed")
        found.append((tok, entry, used_obj, sources or [None], targets))

    events: list[Event] = []
    for tok, entry, used_obj, sources, targets in found:
        sent = tok.sent
        negated = _negated(tok)
        hypothetical = _hypothetical(tok)
        condition = _condition_of(tok)
        plover, cameo, mode = entry.plover, entry.cameo, entry.mode
        # "it might withdraw", "could impose sanctions" said by the actor itself: a threat
        if hypothetical and not negated and plover in THREAT_FROM and tok.dep_ == "ccomp" \
                and tok.head.lemma_.lower() in SPEECH_VERBS:
            plover, cameo, mode = "THREATEN", THREAT_FROM[entry.plover], None
        # "is prepared to impose martial law", "vowed to fight": the promise carries the inner conflict
        inner = _promised_conflict(tok, trigger_tokens)
        if inner is not None and not negated:
            plover, cameo, mode = "THREATEN", THREAT_FROM[inner.plover], None
        if plover in INTENT_CAMEO and not negated and _aux(tok) & FUTURE_AUX:
            plover, cameo, mode = "AGREE", INTENT_CAMEO[entry.plover], None
            hypothetical = False  # the announcement itself happened
        if mode is None and plover == "CONSULT" and any(c.lower_ == "phone" for c in tok.subtree):
            mode, cameo = "phone", "041"
        date, place = _date_and_place(doc, tok, sent)
        confidence = 0.75
        date_source = "text" if date else None
        if date is None and published and not hypothetical:
            date, confidence, date_source = published, 0.6, "published"
        if used_obj is not None:
            confidence += 0.1
        reporter = _reporter(doc, tok)
        trig_end = used_obj if used_obj is not None and used_obj.i > tok.i and used_obj.i - tok.i <= 4 else tok
        trigger = Mention(tok.idx, trig_end.idx + len(trig_end.text), doc.text[tok.idx:trig_end.idx + len(trig_end.text)])
        pairs = []
        tlist = [t for t in targets if t not in sources] or [None]
        if sources == [None]:
            confidence -= 0.15
        if plover == "CONSULT" and len(sources) >= 2 and tlist == [None]:
            # "Trump and Putin held a call": one consultation between the first and the others
            pairs = [(sources[0], s) for s in sources[1:]]
        else:
            pairs = [(s, t) for s in sources for t in tlist if s != t or s is None]
        for s, t in pairs:
            events.append(Event(
                id="", type=plover, cameo=cameo, mode=mode, source=s, target=t,
                trigger=trigger, sentence={"start": sent.start_char, "end": sent.end_char},
                date=date,
                place=place, negated=negated, hypothetical=hypothetical,
                condition=condition, goldstein=_goldstein(cameo), confidence=round(min(confidence, 1.0), 2),
                reporter=reporter, date_source=date_source,
            ))
    events += _classifier_fallback(doc, events)
    _rescore(doc, events)
    events.sort(key=lambda e: (e.trigger.start, e.source or "", e.target or ""))
    # one event per (type, source, target, date, modality) in an article: later mentions repeat it
    seen, unique = set(), []
    for e in events:
        key = (e.type, e.source, e.target, e.date, e.negated, e.hypothetical)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    events = unique
    for n, e in enumerate(events, 1):
        e.id = f"E{n}"
    return events


# class of a sentence (0 neutral .. 4 material conflict) -> the event coded when the rules found none
FALLBACK = {int(k): tuple(v) for k, v in GRAMMAR["fallback"].items()}
FALLBACK_MIN_P = 0.6


def _sentence_probs(doc, cache: dict, sent):
    from .. import eventclf

    if not eventclf.available():
        return None
    if sent.start not in cache:
        cache[sent.start] = eventclf.predict_quad(sent)[1]
    return cache[sent.start]


def _rescore(doc, events) -> None:
    """Blend each rule event's confidence with the sentence classifier's probability of its class, so the
    most confident event of a sentence is the one the wording supports best."""
    from ..ontology import five_way_class

    cache = doc.user_data.setdefault("ew_sentence_probs", {})
    for e in events:
        sent = doc.char_span(e.sentence["start"], e.sentence["end"], alignment_mode="expand")
        probs = _sentence_probs(doc, cache, sent) if sent is not None else None
        cls = five_way_class(e.cameo) if e.cameo else None
        if probs is None or cls is None:
            continue
        e.confidence = round(min(1.0, 0.5 * e.confidence + 0.5 * float(probs[cls])), 2)


def _classifier_fallback(doc, events) -> list[Event]:
    """Sentences where no trigger matched but the classifier is confident of an event class: code the main
    verb with the class's generic type, at low confidence (the rules could not say more)."""
    from .. import eventclf

    if not eventclf.available():
        return []
    covered = {e.sentence["start"] for e in events}
    cache = doc.user_data.setdefault("ew_sentence_probs", {})
    out = []
    for sent in doc.sents:
        if sent.start_char in covered or sent.root.pos_ not in ("VERB", "AUX"):
            continue
        if _in_condition(sent.root) is not None or len(sent) < 4:
            continue
        probs = _sentence_probs(doc, cache, sent)
        if probs is None:
            continue
        cls = max(range(len(probs)), key=lambda k: probs[k])
        if cls == 0 or probs[cls] < FALLBACK_MIN_P:
            continue
        root = sent.root
        if root.lemma_.lower() in SPEECH_VERBS:
            # "X stated that Y would ...": a statement is not the event; its content may be
            content = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            if not content:
                continue
            root = content[0]
        if root.lemma_.lower() in ("have", "be", "do", "get") or _hypothetical(root) or _negated(root):
            continue  # without a trigger, only a plain assertion is worth coding
        sources = _actors_for(doc, _agent(root) or _subject(root), source=True)
        if not sources:
            continue
        targets = [t for t in _actors_for(doc, [c for c in root.children if c.dep_ in ("dobj", "dative")])
                   if t not in sources] or [None]
        plover, cameo = FALLBACK[cls]
        for s in sources:
            for t in targets:
                out.append(Event(
                    id="", type=plover, cameo=cameo, mode=None, source=s, target=t,
                    trigger=Mention(root.idx, root.idx + len(root.text), root.text),
                    sentence={"start": sent.start_char, "end": sent.end_char},
                    negated=False, hypothetical=False, condition=None,
                    goldstein=_goldstein(cameo), confidence=round(0.3 * float(probs[cls]), 2),
                    reporter=_reporter(doc, root), date=None, place=None))
    return out


@Language.factory("eventwire_events", assigns=["doc._.ew_events"],
                  requires=["doc._.ew_actors", "doc._.ew_times", "doc._.ew_places"])
def make_events(nlp, name):
    def component(doc):
        doc._.ew_events = find_events(doc)
        return doc

    return component
