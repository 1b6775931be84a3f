"""Article text with highlighted annotation spans, displaCy-style, built safely.

The text is cut at every span boundary and each piece is HTML-escaped on its own; only tags made
here from escaped attribute values are added around the pieces, so article text can never inject
markup. Spans may nest (an actor inside a quote) or cross (a quote ending inside a mention): a span
that crosses another is closed and reopened, so the HTML is always well formed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from markupsafe import Markup, escape


@dataclass
class Span:
    start: int
    end: int
    kind: str  # actor | trigger | quote | time | place (CSS class ew-<kind>)
    attrs: dict = field(default_factory=dict)  # extra HTML attributes (title, data-*)
    label: Optional[str] = None  # badge shown at the end of the span
    href: Optional[str] = None  # the badge links here
    order: int = 0  # tie-break: lower opens first (outside) when two spans share start and end


def _attrs(attrs: dict) -> str:
    return "".join(f' {escape(k)}="{escape(v)}"' for k, v in attrs.items() if v is not None)


def _open(span: Span, first: bool) -> str:
    attrs = dict(span.attrs)
    if not first:  # a continued piece: no duplicate id
        attrs.pop("id", None)
    classes = f"ew-span ew-{span.kind}" + ("" if first else " ew-cont") + (
        " " + attrs.pop("class") if attrs.get("class") else "")
    return f'<mark class="{escape(classes)}"{_attrs(attrs)}>'


def _close(span: Span, last: bool) -> str:
    badge = ""
    if last and span.label:
        if span.href:
            badge = f'<a class="ew-lbl" href="{escape(span.href)}">{escape(span.label)}</a>'
        else:
            badge = f'<span class="ew-lbl">{escape(span.label)}</span>'
    return badge + "</mark>"


def render(text: str, spans: list[Span]) -> Markup:
    """``text`` as escaped HTML with every valid span wrapped in a ``<mark>``."""
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    spans.sort(key=lambda s: (s.start, -s.end, s.order))
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    bounds = sorted({0, n} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for b in bounds:
        out.append(str(escape(text[pos:b])))
        pos = b
        ending = [i for i, s in enumerate(stack) if s.end == b]
        if ending:
            low = ending[0]
            reopen = [s for s in stack[low:] if s.end != b]
            for s in reversed(stack[low:]):
                out.append(_close(s, last=s.end == b))
            del stack[low:]
            for s in reopen:
                out.append(_open(s, first=False))
                stack.append(s)
        for s in starts.get(b, []):
            out.append(_open(s, first=True))
            stack.append(s)
    for s in reversed(stack):  # only spans ending at n remain, already closed above; defensive
        out.append(_close(s, last=True))
    return Markup("".join(out))


def article_spans(art: dict, actor_href) -> list[Span]:
    """All spans of one article (as returned by ``queries.article``).

    actor_href(key) -> URL of an actor page.
    """
    actors = {a["actor_id"]: a for a in art["actors"]}
    places = {p["place_id"]: p for p in art["places"]}
    spans: list[Span] = []
    for q in art["quotes"]:
        speaker = actors.get(q.get("speaker_actor"))
        name = q.get("speaker_name") or (speaker or {}).get("name")
        key = (speaker or {}).get("key") or q.get("speaker_key")
        spans.append(Span(q["start"], q["end"], "quote", {
            "id": f"q-{q['quote_id']}", "data-quote": q["quote_id"], "data-speaker": q.get("speaker_actor"),
            "title": f"{q.get('kind') or 'quote'} quote" + (f" by {name}" if name else ""),
            "class": f"ew-quote-{q.get('kind')}" if q.get("kind") else None},
            label=f"— {name}" if name else "— ?", href=actor_href(key) if key else None, order=0))
    for m in art["actor_mentions"]:
        a = actors.get(m["actor_id"], {})
        spans.append(Span(m["start"], m["end"], "actor", {
            "data-actor": m["actor_id"], "title": " · ".join(str(x) for x in (
                a.get("name"), a.get("code"), a.get("kind")) if x)},
            label=a.get("code") or a.get("kind"), href=actor_href(a["key"]) if a.get("key") else None, order=1))
    triggers: dict[tuple[int, int], list[dict]] = {}  # one mark per trigger, even when it codes several events
    for e in art["events"]:
        if e.get("trigger_start") is not None and e.get("trigger_end") is not None:
            triggers.setdefault((e["trigger_start"], e["trigger_end"]), []).append(e)
    for (start, end), evs in triggers.items():
        flags = [f for f in ("negated", "hypothetical") if any(e.get(f) for e in evs)]
        types = list(dict.fromkeys(str(e.get("type")) for e in evs))
        label = " ".join(types) + (f" ×{len(evs)}" if len(evs) > 1 else "")
        spans.append(Span(start, end, "trigger", {
            "id": f"t-{start}", "data-event": " ".join(e["event_id"] for e in evs), "data-type": " ".join(types),
            "title": "; ".join(f"{e['event_id']} {e.get('type')} (CAMEO {e.get('cameo')}, Goldstein {e.get('goldstein')})"
                               for e in evs) + (f" [{', '.join(flags)}]" if flags else ""),
            "class": " ".join(f"ew-{f}" for f in flags) or None},
            label=label, order=2))
    for t in art["times"]:
        value = t.get("value")
        tip = f"{value} ({t.get('granularity')})" if value else "unresolved"
        spans.append(Span(t["start"], t["end"], "time", {
            "data-time": t["time_id"], "data-value": value, "data-tip": tip, "title": tip}, order=3))
    for m in art["place_mentions"]:
        p = places.get(m["place_id"], {})
        where = ", ".join(str(x) for x in (p.get("name"), p.get("country")) if x)
        if p.get("lat") is not None:
            where += f" ({p['lat']:.2f}, {p['lon']:.2f})"
        spans.append(Span(m["start"], m["end"], "place", {
            "data-place": m["place_id"], "title": where or None}, order=4))
    return spans
