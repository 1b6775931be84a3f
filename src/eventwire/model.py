"""The data model: plain dataclasses that every component fills and every writer reads.

Offsets are Python string indices into ``Article.text``, end exclusive, so that
``article.text[m.start:m.end] == m.text`` always holds.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

from . import SCHEMA


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Article:
    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD
    source: Optional[str] = None
    url: Optional[str] = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person | organization | country | group
    country: Optional[str] = None
    sector: Optional[str] = None
    code: Optional[str] = None
    role: Optional[str] = None
    mentions: list[Mention] = field(default_factory=list)
    why: Optional[str] = None  # provenance: the rule or dictionary entry that coded it
    confidence: float = 1.0
    religion: Optional[str] = None  # CAMEO religion code read off the actor's own words ("Shiite militias": SHI)
    ethnicity: Optional[str] = None  # CAMEO-style ethnic code ("Kurdish refugees": kur)


@dataclass
class Event:
    id: str
    type: str  # PLOVER event type
    cameo: Optional[str]
    trigger: Mention
    sentence: dict  # {"start", "end"}
    source: Optional[str] = None  # actor id
    target: Optional[str] = None  # actor id
    mode: Optional[str] = None
    date: Optional[str] = None
    place: Optional[str] = None  # place id
    negated: bool = False
    hypothetical: bool = False
    condition: Optional[Mention] = None
    goldstein: float = 0.0
    confidence: float = 0.5
    reporter: Optional[str] = None  # actor id of who reported it ("X said Y attacked Z")
    date_source: Optional[str] = None  # "text" (a time in its clause) | "published" (fallback) | None


@dataclass
class Quote:
    id: str
    kind: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    speaker: Optional[str] = None  # actor id
    speaker_mention: Optional[Mention] = None
    cue: Optional[str] = None


@dataclass
class Place:
    id: str
    name: str
    kind: str  # city | country | region | water | other
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class TimeExpr:
    id: str
    text: str
    start: int
    end: int
    value: Optional[str]
    granularity: str  # day | month | year | week | time | duration


@dataclass
class Document:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = {"schema": SCHEMA}
        d.update(asdict(self))
        return d
