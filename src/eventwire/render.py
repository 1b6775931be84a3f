"""Readable terminal summary of one Document (``--format table``)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .model import Document


def print_table(document: Document, console: Console | None = None) -> None:
    console = console or Console()
    a = document.article
    console.rule(f"[bold]{a.title or a.source or 'article'}[/] · published {a.published or 'unknown'}")
    names = {x.id: x.name for x in document.actors}
    places = {p.id: p.name for p in document.places}

    t = Table(title="Actors", title_justify="left")
    for col in ("id", "name", "kind", "code", "role", "mentions"):
        t.add_column(col)
    for x in document.actors:
        t.add_row(x.id, x.name, x.kind, x.code or "", x.role or "", str(len(x.mentions)))
    console.print(t)

    t = Table(title="Events", title_justify="left")
    for col in ("id", "type", "cameo", "source", "target", "trigger", "date", "place", "flags"):
        t.add_column(col)
    for e in document.events:
        flags = ",".join(f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical),
                                         ("conditional", e.condition is not None)) if on)
        t.add_row(e.id, e.type + (f"/{e.mode}" if e.mode else ""), e.cameo or "", names.get(e.source, ""),
                  names.get(e.target, ""), e.trigger.text, e.date or "", places.get(e.place, ""), flags)
    console.print(t)

    t = Table(title="Quotes", title_justify="left")
    for col in ("id", "kind", "speaker", "cue", "text"):
        t.add_column(col)
    for q in document.quotes:
        speaker = names.get(q.speaker) or (q.speaker_mention.text if q.speaker_mention else "")
        text = q.text if len(q.text) <= 120 else q.text[:117] + "..."
        t.add_row(q.id, q.kind, speaker, q.cue or "", text)
    console.print(t)

    t = Table(title="Times", title_justify="left")
    for col in ("id", "text", "value", "granularity"):
        t.add_column(col)
    for x in document.times:
        t.add_row(x.id, x.text, x.value or "", x.granularity)
    console.print(t)

    t = Table(title="Places", title_justify="left")
    for col in ("id", "name", "kind", "country", "lat", "lon"):
        t.add_column(col)
    for p in document.places:
        t.add_row(p.id, p.name, p.kind, p.country or "", f"{p.lat:.2f}" if p.lat is not None else "",
                  f"{p.lon:.2f}" if p.lon is not None else "")
    console.print(t)
    for w in document.warnings:
        console.print(f"[yellow]warning:[/] {w}")
