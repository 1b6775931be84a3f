"""affiliations: the religion and ethnicity of each actor, as CAMEO codes.

CAMEO actor codes carry them after country and sector ("Shiite militias" in Iraq: IRQ, REB, SHI; "Kurdish
refugees": REF, kur) and GDELT has columns for them (Actor1Religion1Code, Actor1EthnicCode). They are read
only off an actor's own words — the words of its mentions, a person's title ("the Shiite cleric X") — never
guessed from its country. Runs last, so actors that events and quotes created are coded too.

Left uncoded on purpose: countries ("the Islamic Republic"), dictionary organisations and parties (the
"Christian" in "Christian Democratic Union" is a tradition, not a religious actor), people's names ("Christian
Lindner"), stances ("anti-Muslim protesters") and words that are part of a place's name.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language

from ..actor_kb import KB, load_kb
from .actors import _ethnic_word, _finder_for, _title_window

NOT_OWN = ("GPE", "LOC", "FAC")  # "the Islamic Republic", "the Jewish Quarter": a place, not a group's faith


def _stance(tok) -> bool:
    """"anti-Muslim", "pro-Kurdish": the word names whom a group is for or against, not the group."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "pro"):
        return True
    return tok.i >= 1 and doc[tok.i - 1].lower_ in ("anti-", "pro-")


def _words(doc, actor, kb: KB) -> list:
    """The tokens that describe the actor itself: its mentions (a group's whole phrase), a person's title
    words, and an appositive's modifiers ("X, a Sunni cleric")."""
    out = []
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if actor.kind == "person":
            out.extend(_title_window(span, kb.sectors))
            for c in span.root.children:
                if c.dep_ == "appos":
                    out.extend(t for t in c.subtree if t.i <= c.i)
            continue
        out.extend(t for t in span if t.ent_type_ != "PERSON" or t.dep_ in ("compound", "amod"))
    return out


def _religion(words, kb: KB) -> Optional[str]:
    """The most specific religion the words name: "Shiite Muslims" SHI (not MOS); with two unrelated ones the
    last (the head: "Orthodox Jews" JEW) wins."""
    found = []
    for t in words:
        rel = kb.religions.get(t.text) or (kb.religions.get(t.text.title()) if t.text.isupper() else None)
        if rel is None or t.ent_type_ in NOT_OWN or _stance(t):
            continue
        found.append(rel)
    specific = [r for r in found if not any(o.parent == r.code for o in found)]  # drop parents of present codes
    return specific[-1].code if specific else None


def _ethnicity(words, kb: KB) -> Optional[str]:
    codes = []
    for t in words:
        eth = kb.ethnic.get(t.text)
        if eth is not None and _ethnic_word(t) and not _stance(t):
            codes.append(eth.code)
    return codes[-1] if codes else None


def code_affiliations(doc, kb: Optional[KB] = None) -> None:
    """Set ``religion`` and ``ethnicity`` on the doc's actors (where their own words name one)."""
    if kb is None:
        finder = _finder_for(doc)
        kb = finder.kb if finder else load_kb()
    for actor in doc._.ew_actors or []:
        if actor.kind == "country" or actor.kind == "organization" and kb.lookup(actor.name) is not None:
            continue
        words = _words(doc, actor, kb)
        if actor.kind == "organization" and len([t for t in words if t.is_alpha and t.lower_ != "the"]) < 2:
            continue  # "The Hindu" (a newspaper): a bare faith word is the name, not a faith
        religion, ethnicity = _religion(words, kb), _ethnicity(words, kb)
        if religion and not actor.religion:
            actor.religion = religion
            actor.why = (actor.why or "") + f"; religion {religion} ({kb_label(kb, religion)})"
        if ethnicity and not actor.ethnicity:
            actor.ethnicity = ethnicity
            actor.why = (actor.why or "") + f"; ethnic group {ethnicity}"


def kb_label(kb: KB, code: str) -> str:
    return next((r.label for r in kb.religions.values() if r.code == code), code)


@Language.factory("eventwire_affiliations", assigns=["doc._.ew_actors"])
def make_affiliations(nlp, name):
    def component(doc):
        code_affiliations(doc)
        return doc

    return component
