"""quotes: who said what, with the speaker linked to an actor.

Three passes over the parsed Doc, each a general rule (verb lists live in ``data/quotes/``):

1. **Quote marks.** Double marks (“ ” „ and straight ") are paired per paragraph; single marks (‘ ’) are
   never paired, so an inner ‘…’ stays part of the outer quote. A paragraph that opens a quote without
   closing it continues into the next paragraph when that one starts with an opening mark (the news
   convention); otherwise the quote ends with its paragraph. The quote's text excludes the outer marks.
   Kind: ``direct`` when the opening mark starts a paragraph/sentence or follows ``:`` / ``,``; ``mixed``
   when it follows a word inside a clause ("indicated that it “takes two to tango”"); a mixed quote's
   text is the reported clause around the quoted part (inner marks kept), also when the speech verb comes
   after it ("Not paying taxes “makes me smart,” Trump said"); a quote after a comma whose reported clause
   has words outside the marks ("With many systems, “there is no single point of failure,” he said") is
   ``mixed`` too. Also the ASCII pairs '' and ``.
2. **Speaker of a quote.** The nearest cue above the quote in the dependency parse (a speech verb, or for
   fragments also a verb such as *call*/*describe*); else a speech verb right after the closing mark in
   the same sentence ("“…,” Vance said"); else the nearest one before the opening mark in the same
   sentence ("He continued, “…”") or a sentence ending in a colon just before ("Vance said: “…”"); else,
   before a colon, any verb with a subject that announces the quote ("Cruz called them on it: “…”").
   The speaker is the cue's subject (through conj/advcl/xcomp heads, relative pronouns to their noun,
   "according to X" to X), resolved by the actors component (``actor_at``; ``ensure_actor`` creates
   anonymous speakers such as "a White House official"; an unresolved pronoun gives speaker None).
   Quoted spans also take the quote-only cues of ``quote_verbs.txt`` ("sings", "chanted", "put it") and
   "according to". A quote of a paragraph that has no cue of its own inherits the speaker of the quote
   just before it, when that one ended in the previous paragraph (continued quotes), else the last
   speaker reported in the previous paragraph (news convention); a quote still without a speaker takes
   the subject of the verb it hangs from. A relative pronoun speaker keeps "who" as its mention and its
   noun's actor as the speaker.
3. **Indirect speech.** A speech verb's complement clause (``ccomp``) — before or after the verb, "said in
   a statement (that)", "told X that" — and "according to X, …" give ``indirect`` quotes. A complement
   that is mostly a quoted span is left to that quote; one that only contains a quoted fragment is kept
   and reported as ``mixed``. Speech verbs inside quote marks are not read (nested speech is the quoted
   speaker's voice). "asked X to do Y" (``request_verbs.txt``) gives "X to do Y"; verbs whose object is
   the message (``np_content_verbs.txt``: "recalled her opposition to …") give an object noun phrase of
   ``MIN_NP_WORDS``+ words.

Scare quotes and titles: a quoted fragment (at most ``FRAGMENT_WORDS`` words, no sentence punctuation)
with no speech or fragment verb above it in the parse is dropped. A fragment under such a verb is kept as a
``mixed`` quote of that verb's subject: in "Trump, who has frequently called for an end to the “bloodshed”",
*called* governs the fragment and its subject *who* stands for Trump. See docs/quotes.md.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

from spacy.language import Language

from ..model import Mention, Quote

OPEN_MARKS = "“„"
CLOSE_MARKS = "”"
STRAIGHT = '"'
DOUBLE_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
QUOTE_CHARS = DOUBLE_MARKS + "‘’'«»"
FRAGMENT_WORDS = 4
AFTER_WINDOW = 12  # tokens after a closing mark in which "said X" / "X said" may appear
REL_PRONOUNS = {"who", "which", "that", "whom"}
HEDGE_AUX = {"might", "may", "could", "would", "should", "can", "must"}
MIN_NP_WORDS = 4  # a shorter object ("mentioned Machado", "denied it") names a topic, not a statement
MIN_OUTSIDE_WORDS = 2  # words of a reported clause outside a "direct" quote that make it a mixed one
NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP")
SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
SPEAKER_CONTEXT_DEPS = ("conj", "advcl", "xcomp", "relcl", "acl", "pcomp", "prep")


@functools.lru_cache(maxsize=None)
def _lemmas(name: str) -> frozenset:
    path = resources.files("eventwire") / "data" / "quotes" / name
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.add(line)
    return frozenset(out)


def speech_verbs() -> frozenset:
    return _lemmas("speech_verbs.txt")


def fragment_verbs() -> frozenset:
    return _lemmas("fragment_verbs.txt")


def np_content_verbs() -> frozenset:
    return _lemmas("np_content_verbs.txt")


def request_verbs() -> frozenset:
    return _lemmas("request_verbs.txt")


def quote_verbs() -> frozenset:
    """Speech verbs plus the cues that only attribute quoted spans ("sings", "chanted", "put it")."""
    return speech_verbs() | _lemmas("quote_verbs.txt")


# ---- pass 1: quote marks -------------------------------------------------------------------------

@dataclass
class _Span:
    start: int  # first character inside the marks
    end: int  # character after the last one inside the marks
    open_at: int  # index of the opening mark
    close_at: Optional[int]  # index of the closing mark (None: ended with the paragraph)
    kind: str = "direct"
    cue_tok: object = None
    speaker_tok: object = None
    speaker_span: object = None
    tokens: list = field(default_factory=list)


def _mark_role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or 'ambig' for the double quote mark at text[i:i+width], from its neighbours and shape."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + width] if i + width < len(text) else "\n"
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}—–"
    ch = text[i:i + width]
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if ch in OPEN_MARKS or ch == "``":
        return "open"
    if ch in CLOSE_MARKS:
        return "close"
    return "ambig"


def _marks(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """(position, width) of the double quote marks in text[ps:pe]: “ ” „ " and the ASCII pairs '' ``."""
    out, i = [], ps
    while i < pe:
        if text[i] in DOUBLE_MARKS:
            out.append((i, 1))
        elif text[i:i + 2] in ("''", "``") and i + 1 < pe:
            out.append((i, 2))
            i += 1
        i += 1
    return out


def quote_spans(text: str) -> list[tuple[int, int, int, Optional[int]]]:
    """(start, end, open_at, close_at) of each top-level double-quoted span, in text order.

    ``start:end`` is the text inside the marks, ``open_at`` the first character of the opening mark,
    ``close_at`` the last character of the closing mark (None when the quote ran to its paragraph's end).
    Paired per paragraph; an unclosed quote continues into the next paragraph only if that paragraph
    opens with a quote mark. Inner single quotes are ignored (they belong to the outer quote).
    """
    out = []
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    opened: Optional[tuple[int, int]] = None
    skip_first = False
    for k, (ps, pe) in enumerate(paras):
        marks = _marks(text, ps, pe)
        if skip_first and marks and marks[0][0] == ps:
            marks = marks[1:]  # the continuation mark of a quote that runs on from the last paragraph
        skip_first = False
        for i, w in marks:
            role = _mark_role(text, i, w)
            if opened is None:
                if role in ("open", "ambig"):
                    opened = (i, w)
            elif role in ("close", "ambig"):
                if text[opened[0] + opened[1]:i].strip():
                    out.append((opened[0] + opened[1], i, opened[0], i + w - 1))
                opened = None
            else:  # an opening mark while a quote is open: the earlier one was never closed
                _close_unclosed(text, out, opened, i)
                opened = (i, w)
        if opened is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            first = _marks(text, nxt[0], min(nxt[1], nxt[0] + 2)) if nxt else []
            continues = bool(first) and first[0][0] == nxt[0] and \
                _mark_role(text, *first[0]) != "close" and text[nxt[0]] not in CLOSE_MARKS
            if continues:
                skip_first = True
            else:
                _close_unclosed(text, out, opened, pe)
                opened = None
    return out


def _close_unclosed(text, out, opened, end):
    start = opened[0] + opened[1]
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[start:end].strip():
        out.append((start, end, opened[0], None))


# ---- shared helpers -------------------------------------------------------------------------------

def _is_cue(tok, lemmas) -> bool:
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lemmas or tok.pos_ == "VERB" and tok.lower_ in lemmas:
        return True
    # two-word cues ("shoot back", "put it"): the verb with that particle or object among its children
    return tok.pos_ == "VERB" and any(f"{tok.lemma_.lower()} {c.lower_}" in lemmas for c in tok.children
                                      if c.dep_ in ("prt", "dobj", "advmod"))


def _is_span_cue(tok, lemmas) -> bool:
    """A cue next to a quoted span: a listed verb, "according to", or a sentence-initial inverted verb
    that the tagger read as a name ("Stated Stone: “…”", "Continued Stone: …")."""
    if _is_cue(tok, lemmas) or tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    low = tok.lower_
    return tok.is_sent_start and tok.pos_ == "PROPN" and (low in ("said", "says") or low.endswith("ed") and
                                                          (low[:-1] in lemmas or low[:-2] in lemmas)) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"


def _subject(cue, skip=()):
    """The token naming who speaks for cue verb ``cue`` (None if not found).

    Subjects inside the ``skip`` spans (the quote itself: “My reaction was …,” the strategist said, where
    the parser makes *reaction* a subject) are passed over.
    """
    if cue.lower_ == "according":
        for c in cue.children:
            if c.lower_ == "to":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        return None
    if cue.pos_ == "PROPN" and cue.dep_ == "compound":
        return cue.head  # "Stated Stone:" read as one name
    tok = cue
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in SUBJ_DEPS and not (skip and _in_any(c, skip)):
                return c  # a relative pronoun ("Perez, who said …") is resolved to its noun in _resolve
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
            return tok.head  # "officials who said …", "voters saying …"
        if tok.dep_ in SPEAKER_CONTEXT_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return _left_speaker(cue) if cue.lower_ != "according" and cue.dep_ in ("ROOT", "dep", "conj") else None


def _left_speaker(cue):
    """When the parse gives a speech verb no subject: the noun phrase right before it.

    "Yin Myint May, 60, a doctor, said she …" parsed with *May* as a date modifier -> May.
    """
    doc = cue.doc
    k = cue.i - 1
    while k >= cue.sent.start and (doc[k].is_punct or doc[k].is_space or doc[k].dep_ in ("advmod", "aux", "neg")):
        if doc[k].text in DOUBLE_MARKS or "\n" in doc[k].text:
            return None
        k -= 1
    if k < cue.sent.start:
        return None
    t = doc[k]
    chain = [t]
    while t.dep_ in ("appos", "compound", "flat", "pobj", "prep", "nummod") and t.head.i < cue.i and t.head.i != t.i:
        t = t.head
        chain.append(t)
    if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and t.head.i != cue.i or \
            t.pos_ in ("NOUN", "PROPN") and t.dep_ == "npadvmod":
        return t
    # "…, while on the trail for his wife, former president Bill Clinton said …": the chain ran up into a
    # phrase on the verb; the name right before the verb speaks
    return next((c for c in chain if c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.dep_ != "compound"), None)


def _mention_span(tok):
    """The phrase naming the speaker: the token with its left modifiers, or its named entity."""
    doc = tok.doc
    if tok.ent_type_ and tok.ent_iob_ in ("B", "I"):
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                start = min(ent.start, _left_start(tok))
                return doc[start:max(ent.end, tok.i + 1)]
    return doc[_left_start(tok):tok.i + 1]


def _left_start(tok):
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss", "quantmod", "advmod", "case") \
                and not any(ch in QUOTE_CHARS for ch in c.text):
            start = min(start, c.left_edge.i)
    while start < tok.i and (tok.doc[start].is_punct or tok.doc[start].lower_ in REL_PRONOUNS):
        start += 1
    return start


def _resolve(doc, tok):
    """(actor id, Mention) for a speaker token; anonymous noun phrases become new actors."""
    from .actors import actor_at, ensure_actor

    if tok.lower_ in REL_PRONOUNS and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        # "Labor Secretary Thomas Perez, who said …": the mention is "who", the speaker its noun
        return _resolve(doc, tok.head.head)[0], Mention(tok.idx, tok.idx + len(tok), tok.text)
    span = _mention_span(tok)
    mention = Mention(span.start_char, span.end_char, span.text)
    if tok.pos_ == "PRON":
        return actor_at(doc, tok), mention
    try:
        return ensure_actor(doc, span), mention
    except Exception:  # the actors component must never break quotes
        return actor_at(doc, span), mention


def _cue_text(cue) -> str:
    if cue.lower_ == "according":
        return "according to"
    prt = [c for c in cue.children if c.dep_ == "prt"]
    return cue.text + (" " + prt[0].text if prt else "")


def _alnum(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


# ---- pass 2: speakers of quoted spans ------------------------------------------------------------

def _tokens_in(doc, start, end):
    return [t for t in doc if t.idx >= start and t.idx + len(t) <= end]


def _in_any(tok, spans) -> bool:
    return any(s.open_at <= tok.idx <= (s.close_at if s.close_at is not None else s.end) for s in spans)


def _ancestor_cue(q: _Span, lemmas):
    inside = {t.i for t in q.tokens}
    best = None
    for t in q.tokens:
        if t.head.i in inside or t.head.i == t.i:
            continue
        steps = 0
        for a in t.ancestors:
            if a.i in inside:
                continue
            steps += 1
            if _is_cue(a, lemmas) or a.lower_ == "according":
                if best is None or steps < best[0]:
                    best = (steps, a)
                break
            if a.dep_ == "ROOT" or steps > 6:
                break
    return best[1] if best else None


def _after_cue(doc, q: _Span, spans, lemmas):
    if q.close_at is None:
        return None
    first = next((t for t in doc if t.idx > q.close_at), None)
    if first is None:
        return None
    sent = doc[q.tokens[-1].i].sent if q.tokens else first.sent
    for t in doc[first.i:min(len(doc), first.i + AFTER_WINDOW)]:
        if t.i >= sent.end and t.sent.start != first.sent.start:
            break
        if t.text in DOUBLE_MARKS or t.text in ("''", "``") or _in_any(t, spans) or "\n" in t.text:
            break
        if t.text in ".!?" and t.i > first.i:
            break
        if _is_span_cue(t, lemmas):
            return t
    return None


def _before_cue(doc, q: _Span, spans, lemmas):
    first = next((t for t in doc if t.idx >= q.open_at), None)
    if first is None:
        return None
    sent = first.sent
    for t in reversed(doc[sent.start:first.i]):
        if _in_any(t, spans) or "\n" in t.text:
            break
        if _is_span_cue(t, lemmas):
            return t
    colon = _colon_verb(doc[sent.start:first.i], spans)  # "Trump boomed: “…”"
    if colon is not None:
        return colon
    # "Vance said: “…”" split into two sentences at the colon
    k = sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if q.open_at <= sent.start_char + 1 and k >= 0 and doc[k].text == ":":
        prev = doc[k].sent
        for t in reversed(doc[prev.start:k]):
            if _in_any(t, spans):
                break
            if _is_span_cue(t, lemmas):
                return t
        # "Cruz called them on it:" ↵ “…”: a sentence that announces the quote with a colon
        return _colon_verb(doc[prev.start:k + 1], spans)
    return None


def _colon_verb(toks, spans):
    """The verb with a nominal subject in words that end with a colon announcing a quote ("Trump
    boomed:", "Cruz called them on it:"), or None."""
    toks = [t for t in toks if not t.is_space]
    if not toks or toks[-1].text != ":":
        return None
    for t in reversed(toks[:-1]):
        if _in_any(t, spans) or "\n" in t.text:
            return None
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "PRON", "NOUN")
                                             and not _in_any(c, spans) for c in t.children):
            return t
    return None


def _is_fragment(q: _Span, text: str) -> bool:
    inner = text[q.start:q.end]
    words = re.findall(r"\w+", inner)
    return len(words) <= FRAGMENT_WORDS and not re.search(r"[.!?]\W*$", inner.strip())


def _kind(text: str, q: _Span) -> str:
    i = q.open_at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\n.!?:,;—–-(" or text[i] in QUOTE_CHARS:
        return "direct"
    return "mixed"


# ---- pass 3: indirect speech ---------------------------------------------------------------------

def _hedged(cue) -> bool:
    """A cue that reports no actual statement: negated, modal or embedded ("might have to declare")."""
    if cue.dep_ in ("xcomp", "amod", "acomp"):
        return True
    for c in cue.children:
        if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HEDGE_AUX:
            return True
    return False


def _content_tokens(cue, spans):
    """The tokens of the reported content for a speech verb or 'according', or None.

    A complement whose head word is inside a quoted span is that quote (None); coordinated clauses
    that hold a quoted span are left to the quote ("said that A, but “B”" -> A indirect, B quoted).
    """
    doc = cue.doc
    if cue.lower_ == "according":
        sent = cue.sent
        sub = {t.i for t in cue.subtree}
        lo, hi = min(sub), max(sub)
        before = [t for t in doc[sent.start:lo]]
        after = [t for t in doc[hi + 1:sent.end]]
        if len([t for t in before if not t.is_punct]) >= 3 and len([t for t in after if not t.is_punct]) < 3:
            return before
        if len([t for t in after if not t.is_punct]) >= 3 and len([t for t in before if not t.is_punct]) < 3:
            return after
        return list(sent)
    comps = [c for c in cue.children if c.dep_ == "ccomp"]
    if not comps:  # "said in a statement that ...", parsed as a clause on "statement"
        comps = [a for p in cue.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ in ("acl", "relcl") and a.i > o.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
                 and any(c.dep_ in SUBJ_DEPS for c in a.children)]
    if comps:
        c = comps[0]
        if _in_any(c, spans):
            return None
        lo, hi = c.left_edge.i, c.right_edge.i
        if c.i < cue.i:  # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the rest goes too
            for r in cue.rights:
                if r.dep_ in ("advcl", "conj", "ccomp", "parataxis") and r.i > cue.i:
                    hi = max(hi, r.right_edge.i)
        toks = list(doc[lo:hi + 1])
        for conj in c.children:
            if conj.dep_ == "conj" and any(_in_any(t, spans) for t in conj.subtree):
                cut = conj.left_edge.i
                for sib in c.children:  # the "but"/"," before the conjunct goes with it
                    if sib.dep_ in ("cc", "punct") and sib.i < cut and sib.i > c.i:
                        cut = min(cut, sib.i)
                toks = [t for t in toks if t.i < cut or t.i > conj.right_edge.i]
        return toks
    # "The call is ongoing, officials said." parsed with "said" hanging off the reported clause
    if cue.dep_ in ("parataxis", "ccomp", "conj") and cue.head.i < cue.i and any(c.dep_ in SUBJ_DEPS for c in cue.children) \
            and cue.head.pos_ in ("VERB", "AUX"):
        lo = cue.head.left_edge.i
        hi = cue.left_edge.i
        toks = list(doc[lo:hi])
        if cue.head.dep_ == "ROOT":
            return toks
    # "asked supporters to run for office": the object and its infinitive are the request
    if cue.lemma_.lower() in request_verbs():
        for c in cue.rights:
            if c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    and not _in_any(c, spans):
                objs = [o for o in cue.rights if o.dep_ in ("dobj", "dative") and o.i < c.i]
                lo = objs[0].left_edge.i if objs else c.left_edge.i
                return list(doc[lo:c.right_edge.i + 1])
    # "Clinton recalled her opposition to the plan": the object noun phrase is the content
    if cue.lemma_.lower() in np_content_verbs():
        for c in cue.rights:
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in NAME_ENTS \
                    and not _in_any(c, spans):
                toks = list(doc[c.left_edge.i:c.right_edge.i + 1])
                if len([t for t in toks if not t.is_punct]) >= MIN_NP_WORDS and "\n" not in "".join(t.text for t in toks):
                    return toks
    return None


def _trim(tokens):
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ == "that" and tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in DOUBLE_MARKS:
        tokens = tokens[:-1]
    return tokens


# ---- main ------------------------------------------------------------------------------------------

def find_quotes(doc) -> list[Quote]:
    """Direct, mixed and indirect quotes in text order, ids Q1.., speakers as actor ids."""
    text = doc.text
    speech = speech_verbs()
    quoting = quote_verbs()
    both = quoting | fragment_verbs()
    spans = [_Span(s, e, o, c) for s, e, o, c in quote_spans(text)]
    for q in spans:
        q.tokens = _tokens_in(doc, q.start, q.end)
        q.kind = _kind(text, q)

    found: list[tuple] = []  # (start, end, kind, speaker, mention, cue text, cue token index)
    prev_q = None
    for q in spans:
        if not q.tokens:
            continue
        fragment = _is_fragment(q, text)
        if prev_q is not None and _interrupted(doc, prev_q, q) and _after_cue(doc, q, spans, quoting) is None:
            # “A,” she said, “B.” — the second part belongs to the same speaker
            found.append((q.start, q.end, q.kind, prev_q[1], prev_q[2], prev_q[3], None, q.start))
            prev_q = (q.end, *prev_q[1:])
            continue
        cue = _ancestor_cue(q, both if fragment else quoting)
        if cue is None:
            cue = _after_cue(doc, q, spans, quoting) or _before_cue(doc, q, spans, quoting)
        if cue is None and fragment:
            continue  # scare quote or title
        speaker_tok = _subject(cue, [q]) if cue is not None else None
        if cue is not None and speaker_tok is None and q.close_at is not None and cue.idx > q.close_at:
            speaker_tok = _nearby_speaker(doc, q, cue)
        cue_text = _cue_text(cue) if cue is not None else None
        if cue is None:
            speaker_tok = _dash_speaker(doc, q)
            cue_text = text[q.close_at + 1:speaker_tok.idx].strip() if speaker_tok is not None else None
        speaker = mention = None
        if speaker_tok is not None and not _in_any(speaker_tok, [q]):
            speaker, mention = _resolve(doc, speaker_tok)
        elif cue is None and prev_q is not None and q.kind == "direct" and _continues(text, prev_q[0], q.open_at):
            speaker, mention, cue_text = prev_q[1], prev_q[2], prev_q[3]  # the same speaker goes on
        elif cue is None and q.kind == "direct":
            # a quote paragraph with no cue of its own: whoever was reported speaking just before it
            prev_cue = _paragraph_cue(doc, q, spans, speech)
            if prev_cue is not None:
                speaker, mention = _resolve(doc, _subject(prev_cue, spans))
                cue_text = _cue_text(prev_cue)
        gov = None
        if speaker is None and mention is None and cue is None and not fragment:
            # no attribution at all: the subject of the verb that governs the quote ("some chanted “USA!”",
            # "the slogan is “I'm with her.”")
            gov = _governor(q)
            sub = _subject(gov, [q]) if gov is not None else None
            if sub is not None and not _in_any(sub, spans):
                speaker, mention = _resolve(doc, sub)
                cue_text = _cue_text(gov)
        if fragment and q.kind == "direct":
            q.kind = "mixed"
        start, end = q.start, q.end
        if q.kind == "mixed" and (cue or gov) is not None:
            start, end = _mixed_extent(doc, q, cue or gov, speech)
        elif q.kind == "direct" and cue is not None and _is_cue(cue, speech):
            # "With thousands of systems, “there is no single point of failure,” he said": the clause
            # around the quote is the statement, a mixed quote
            s2, e2 = _mixed_extent(doc, q, cue, speech)
            outside = re.findall(r"\w+", doc.text[s2:q.open_at] + " " + doc.text[(q.close_at or q.end) + 1:e2])
            if len(outside) >= MIN_OUTSIDE_WORDS:
                start, end, q.kind = s2, e2, "mixed"
        found.append((start, end, q.kind, speaker, mention, cue_text, cue.i if cue is not None else None, q.start))
        if speaker is not None or mention is not None:
            prev_q = (q.end, speaker, mention, cue_text, cue.i if cue is not None else None)

    # indirect speech
    quote_cue = {}  # quote start -> index in found, for quotes whose cue may also govern a complement
    for k, f in enumerate(found):
        if f[6] is not None:
            quote_cue.setdefault(f[6], []).append(k)
    drop: set[int] = set()
    for tok in doc:
        if not (_is_cue(tok, speech) or tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)):
            continue
        if _in_any(tok, spans) or _hedged(tok):
            continue
        toks = _content_tokens(tok, spans)
        if not toks:
            continue
        toks = _trim([t for t in toks if t.i != tok.i])
        if len([t for t in toks if not t.is_punct]) < 3:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        cue_inside = start <= tok.idx < end and tok.lower_ != "according"  # "A, X said, B"
        chars = _alnum(text, start, end)
        quoted = set()
        inside = []
        for q in spans:
            qc = _alnum(text, q.start, q.end)
            if chars & qc:
                quoted |= chars & qc
                if q.open_at >= start and q.start < end and q.end <= end:
                    inside.append(q)
        if chars and len(quoted) >= 0.5 * len(chars):
            continue  # the quoted span carries it (its speaker came from the same cue)
        kind = "mixed" if quoted else "indirect"
        # a quoted fragment inside this content, attributed through the same cue, is the same statement
        for k in quote_cue.get(tok.i, []):
            if any(found[k][7] == q.start for q in inside) and start <= found[k][0] and found[k][1] <= end:
                drop.add(k)
        speaker_tok = _subject(tok)
        speaker = mention = None
        if speaker_tok is not None and (cue_inside or not start <= speaker_tok.idx < end
                                        or tok.lower_ == "according" and speaker_tok.i in {t.i for t in tok.subtree}):
            speaker, mention = _resolve(doc, speaker_tok)
        found.append((start, end, kind, speaker, mention, _cue_text(tok), tok.i, None))
    seen = set()
    kept = []
    for k, f in enumerate(found):
        if k in drop or (f[0], f[1]) in seen:
            continue
        seen.add((f[0], f[1]))
        kept.append(f)
    found = kept

    found.sort(key=lambda f: (f[0], f[1]))
    out = []
    for k, (s, e, kind, speaker, mention, cue, *_) in enumerate(found, 1):
        out.append(Quote(id=f"Q{k}", kind=kind, text=text[s:e], start=s, end=e, speaker=speaker,
                         speaker_mention=mention, cue=cue))
    return out


def _mixed_extent(doc, q: _Span, cue, speech) -> tuple[int, int]:
    """The reported clause around a quoted fragment: "called Trump's supporters “deplorables”".

    For a speech verb, its complement that holds the quote; for other cues (call, describe), from the
    verb's object to the quote. The span keeps the inner quote marks; it never crosses the cue or a
    paragraph, and falls back to the quoted text alone.
    """
    inside = {t.i for t in q.tokens}
    top = next((t for t in q.tokens if t.head.i not in inside), None)
    if top is None or q.tokens[0].i < cue.i <= q.tokens[-1].i:
        return q.start, q.end
    path = top
    while path.head.i != cue.i and path.head.i != path.i and path.dep_ != "conj":
        path = path.head
    if path.head.i != cue.i and path.dep_ != "conj":
        return q.start, q.end
    lo, hi = path.left_edge.i, path.right_edge.i
    if not _is_cue(cue, speech) or cue.lower_ == "according":
        for c in cue.rights:
            if c.dep_ in ("dobj", "oprd", "attr", "dative") and c.i < lo:
                lo = min(lo, c.left_edge.i)
    if cue.i > top.i:  # "Not paying taxes “makes me smart,” Trump said": up to the cue's subject
        if path.dep_ not in ("ccomp", "parataxis") or not _is_cue(cue, speech):
            return q.start, q.end
        hi = min([hi, cue.i - 1] + [c.left_edge.i - 1 for c in cue.children if c.dep_ in SUBJ_DEPS and c.i > lo])
        lo = max(lo, top.sent.start)
    else:
        lo = max(lo, cue.i + 1)
    toks = _trim(list(doc[lo:hi + 1]))
    if not toks:
        return q.start, q.end
    start = min(toks[0].idx, q.start)
    end = max(toks[-1].idx + len(toks[-1]), q.end)
    if start < q.open_at and q.close_at is not None and end <= q.close_at + 1:
        end = q.close_at + 1  # keep the closing mark when the opening one is inside the span
    if "\n" in doc.text[start:end] and "\n" not in doc.text[q.start:q.end]:
        return q.start, q.end
    return start, end


def _paragraph_cue(doc, q: _Span, spans, lemmas):
    """The last speech verb with a subject in the paragraph before a quote that opens its paragraph.

    News convention: "Smith said the plan would fail.\n\n“We are not ready,” …" with no cue of its
    own is Smith speaking. Only when the quote starts its paragraph and the cue is not inside a quote.
    """
    text = doc.text
    ps = text.rfind("\n", 0, q.open_at) + 1
    if text[ps:q.open_at].strip():
        return None
    pe = ps - 1
    while pe > 0 and text[pe - 1].isspace():
        pe -= 1
    if pe <= 0:
        return None
    pps = text.rfind("\n", 0, pe) + 1
    for t in reversed([t for t in doc if pps <= t.idx < pe]):
        if _is_cue(t, lemmas) and not _in_any(t, spans) and not _hedged(t):
            sub = _subject(t, spans)
            if sub is not None and not _in_any(sub, spans):
                return t
    return None


def _governor(q: _Span):
    """The nearest verb outside the quote that the quote hangs from in the parse (None if none)."""
    inside = {t.i for t in q.tokens}
    for t in q.tokens:
        if t.head.i in inside or t.head.i == t.i:
            continue
        for a in t.ancestors:
            if a.i in inside:
                continue
            if a.pos_ in ("VERB", "AUX"):
                return a
            if a.dep_ == "ROOT":
                break
    return None


def _interrupted(doc, prev_q, q: _Span) -> bool:
    """True when only the previous quote's attribution ("she said,") stands between it and ``q``."""
    cue_i = prev_q[4]
    if cue_i is None:
        return False
    between = doc.text[prev_q[0]:q.open_at]
    if "\n" in between or len(between) > 80:
        return False
    cue = doc[cue_i]
    if not prev_q[0] <= cue.idx < q.open_at:
        return False
    others = [t for t in doc if prev_q[0] <= t.idx < q.open_at and t.i != cue_i and _is_cue(t, speech_verbs())]
    return not others


def _continues(text: str, prev_end: int, open_at: int) -> bool:
    """True when a quote opening at ``open_at`` follows the previous one in the same or the next paragraph."""
    between = text[prev_end:open_at]
    if "\n" not in between.strip("\n \t"):
        if "\n" not in between:
            return True  # same paragraph: “A,” she said. “B.”
        return between.rstrip(" \t").endswith("\n")  # the next paragraph starts with the quote
    return False


def _nearby_speaker(doc, q: _Span, cue):
    """When the parse gives the cue no subject: the noun right around it after the quote.

    "“…,” Rep. Jane Doe (D-Md.) said in an interview" -> Doe; "“…,” said Jane Doe, a lawyer" -> Doe.
    """
    between = [t for t in doc if q.close_at < t.idx < cue.idx]
    depth, cands = 0, []
    for t in between:
        depth += t.text == "("
        if depth == 0 and t.pos_ in ("PROPN", "NOUN", "PRON") and "\n" not in t.text:
            cands.append(t)
        depth -= t.text == ")" and depth > 0
    if cands:
        return cands[-1]
    for t in doc[cue.i + 1:min(len(doc), cue.i + 6)]:
        if t.is_punct or "\n" in t.text:
            break
        if t.pos_ == "PROPN":
            while t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].head.i == t.head.i:
                t = doc[t.i + 1]
            return t
    return None


def _dash_speaker(doc, q: _Span):
    """The name after a dash that signs a quote: “…” ― Carla Sanchez."""
    if q.close_at is None:
        return None
    text = doc.text
    i = q.close_at + 1
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] not in "―—–-":
        return None
    tok = next((t for t in doc if t.idx > i and not t.is_space and t.text not in "―—–-"), None)
    if tok is None or tok.idx - i > 3 or not (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP")
                                               or tok.text.istitle()):
        return None
    # the head of the name (its last token)
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i - tok.i < 5:
        tok = tok.head
    return tok


@Language.factory("eventwire_quotes", assigns=["doc._.ew_quotes"])
def make_quotes(nlp, name):
    def component(doc):
        doc._.ew_quotes = find_quotes(doc)
        return doc

    return component
