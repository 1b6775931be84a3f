"""The CAMEO and PLOVER ontologies as lookups, loaded once from ``data/ontology/`` (see its SOURCES.md).

CAMEO codes are strings of 2-4 digits ("04", "042", "0421"); a code missing from the codebook falls back
to its nearest listed parent, so a finer code coded by a rule still gets a Goldstein score and a class.

Two class schemes are exposed, because they disagree on CAMEO 01-02:
- ``quad_class``: GDELT's QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
  conflict), as in the codebook; public statements and appeals are verbal cooperation;
- ``five_way_class``: the 0-4 sentence classes used in event-classification data (0 neutral = CAMEO 01-02,
  1 verbal coop 03-05, 2 material coop 06-08, 3 verbal conflict 09-13, 4 material conflict 14-20).
"""
from __future__ import annotations

import collections
import csv
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Optional

DROPPED = "(dropped)"
FIVE_WAY_NAMES = ["neutral", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
# CAMEO root (01-20) -> five-way class
_FIVE_WAY_ROOTS = {0: range(1, 3), 1: range(3, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)}


@dataclass(frozen=True)
class CameoCode:
    code: str
    level: int
    root: str
    description: str
    goldstein: Optional[float]
    quad_class: Optional[int]  # GDELT convention, 1-4
    plover_event: Optional[str]  # None where PLOVER drops the code (CAMEO 01-02)
    plover_mode: Optional[str]
    plover_context: Optional[str]


@dataclass(frozen=True)
class PloverType:
    name: str
    quad_code: int
    quad_name: str
    requires_recipient: bool
    definition: str
    score: Optional[float]
    modes: tuple[str, ...]


def _rows(name: str) -> list[dict]:
    path = resources.files("eventwire") / "data" / "ontology" / name
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _float(s: str) -> Optional[float]:
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


@functools.lru_cache(maxsize=1)
def cameo_codebook() -> dict[str, CameoCode]:
    """Every CAMEO code in the codebook, keyed by its string code."""
    table = {}
    for r in _rows("cameo_codebook.csv"):
        event = (r["plover_event"] or "").strip()
        table[r["cameo_code"]] = CameoCode(
            code=r["cameo_code"], level=int(r["level"]), root=r["root"], description=r["description"],
            goldstein=_float(r["goldstein"]),
            quad_class=int(r["quad_class"]) if r["quad_class"].isdigit() else None,
            plover_event=None if not event or event == DROPPED else event,
            plover_mode=(r["plover_mode"] or "").strip() or None,
            plover_context=(r["plover_context"] or "").strip() or None,
        )
    return table


def _normalise(code) -> Optional[str]:
    if code is None:
        return None
    code = str(code).strip()
    if not code.isdigit():
        return None
    if len(code) == 1:  # "4" -> "04"
        code = "0" + code
    return code


def cameo_info(code) -> Optional[CameoCode]:
    """The codebook entry for a CAMEO code, or for its nearest listed parent; None if unknown."""
    code = _normalise(code)
    book = cameo_codebook()
    while code and len(code) >= 2:
        if code in book:
            return book[code]
        code = code[:-1]
    return None


def cameo_root(code) -> Optional[int]:
    """The CAMEO root (1-20) of a code, or None when it is not a valid CAMEO code."""
    code = _normalise(code)
    if not code or len(code) < 2:
        return None
    root = int(code[:2])
    return root if 1 <= root <= 20 else None


def goldstein(code) -> Optional[float]:
    """Goldstein conflict-cooperation score (-10..+10) of a CAMEO code."""
    info = cameo_info(code)
    return info.goldstein if info else None


def quad_class(code) -> Optional[int]:
    """GDELT QuadClass (1-4) of a CAMEO code."""
    info = cameo_info(code)
    return info.quad_class if info else None


def five_way_class(code) -> Optional[int]:
    """The five-way sentence class (0 neutral .. 4 material conflict) of a CAMEO code, from its root."""
    root = cameo_root(code)
    if root is None:
        return None
    for cls, roots in _FIVE_WAY_ROOTS.items():
        if root in roots:
            return cls
    return None


def plover_for_cameo(code) -> Optional[str]:
    """PLOVER event type of a CAMEO code (None for CAMEO 01-02, which PLOVER drops).

    The root "08" maps to two types (CONCEDE for 080-083, RETREAT for 084-087); the first is returned.
    """
    info = cameo_info(code)
    if not info or not info.plover_event:
        return None
    return info.plover_event.split("|")[0]


@functools.lru_cache(maxsize=1)
def plover_types() -> dict[str, PloverType]:
    """The 16 PLOVER event types, in the manual's order."""
    out = {}
    for r in _rows("plover_event_types.csv"):
        out[r["event"]] = PloverType(
            name=r["event"], quad_code=int(r["quad_code"]), quad_name=r["quad_name"],
            requires_recipient=r["requires_recipient"].strip().lower() == "yes", definition=r["definition"],
            score=_float(r["plover_score"]), modes=tuple(m for m in r["modes"].split(";") if m),
        )
    return out


@functools.lru_cache(maxsize=1)
def plover_modes() -> dict[str, dict[str, str]]:
    """PLOVER event type -> {mode: description}."""
    out: dict[str, dict[str, str]] = {}
    for r in _rows("plover_modes.csv"):
        out.setdefault(r["event"], {})[r["mode"]] = r["description"]
    return out


@functools.lru_cache(maxsize=1)
def _plover_five_way() -> dict[str, int]:
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for c in cameo_codebook().values():
        if c.plover_event:
            for event in c.plover_event.split("|"):
                votes[event][five_way_class(c.code)] += 1
    return {event: v.most_common(1)[0][0] for event, v in votes.items()}


def five_way_for_plover(event_type: str) -> Optional[int]:
    """Five-way class of a PLOVER type: the class of most CAMEO codes that map to it (CONCEDE -> 2, as CAMEO 08)."""
    return _plover_five_way().get(event_type)


def cameo_for_plover(event_type: str) -> Optional[str]:
    """The most general CAMEO code that maps to a PLOVER type (shortest, then lowest), e.g. CONSULT -> "04"."""
    codes = [c.code for c in cameo_codebook().values() if c.plover_event and event_type in c.plover_event.split("|")]
    return min(codes, key=lambda c: (len(c), c)) if codes else None


@functools.lru_cache(maxsize=1)
def sector_codes() -> dict[str, str]:
    """PLOVER actor sector code -> description."""
    return {r["sector_code"]: r["description"] for r in _rows("plover_sector_codes.csv")}


@functools.lru_cache(maxsize=1)
def nonstate_country_codes() -> dict[str, str]:
    """PLOVER country codes for non-state actors (IGO, UNO, EUR, NGO, ...) -> name."""
    return {r["code"]: r["name"] for r in _rows("plover_nonstate_country_codes.csv")}
