"""The actor knowledge base: countries, seats of power, organisations, office holders, sector nouns.

All of it is data under ``data/actors/`` (see its README); users add or override entries with
``--actors FILE`` (same columns as people.csv, organizations.csv or metonyms.csv).
"""
from __future__ import annotations

import csv
import functools
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Optional

HEADS = {"president", "prime minister", "chancellor", "king", "queen", "supreme leader", "emir", "crown prince",
         "premier", "leader", "head of state", "sultan", "emperor", "chief adviser", "general secretary"}
# role words in text -> the roles in people.csv they can mean ("his US counterpart" of a foreign minister
# is the US secretary of state)
ROLE_SYNONYMS = {"foreign minister": {"foreign minister", "secretary of state"},
                 "foreign secretary": {"foreign minister"}, "secretary of state": {"secretary of state"},
                 "defence minister": {"defence minister"}, "defense minister": {"defence minister"},
                 "defence secretary": {"defence minister"}, "defense secretary": {"defence minister"},
                 "interior minister": {"interior minister"}, "finance minister": {"finance minister"},
                 "prime minister": {"prime minister"}, "vice president": {"vice president"},
                 "supreme leader": {"supreme leader"}, "press secretary": {"press secretary"},
                 "president": {"president"}, "premier": {"premier", "prime minister"},
                 "chancellor": {"chancellor"}, "king": {"king"}, "leader": HEADS,
                 "secretary-general": {"secretary-general"}, "spokesperson": {"spokesperson"},
                 "spokesman": {"spokesperson"}, "spokeswoman": {"spokesperson"}}


@dataclass
class Entry:
    """One thing a phrase can name."""
    name: str
    kind: str  # person | organization | country | group
    country: Optional[str] = None
    sector: Optional[str] = None
    code: Optional[str] = None
    role: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    gender: Optional[str] = None
    source: str = ""  # file the entry came from (provenance)
    metonym: bool = False  # a place or building standing for a government

    def active_on(self, date: Optional[str]) -> bool:
        if not date or (not self.start and not self.end):
            return True
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass
class Ethnic:
    """An ethnic or religious community: coded by the country it lives in, its home country as a fallback."""
    group: str
    country: Optional[str]
    code: str
    source: str = ""


@dataclass
class Religion:
    """A CAMEO religion code and the broader one it belongs to ("SHI" in "MOS")."""
    code: str
    label: str
    parent: Optional[str] = None


@dataclass
class KB:
    phrases: dict[str, list[Entry]] = field(default_factory=dict)  # exact surface form -> entries
    demonyms: dict[str, str] = field(default_factory=dict)  # "Ukrainian" -> UKR
    country_names: dict[str, str] = field(default_factory=dict)  # iso3 -> short name
    capitals: dict[str, str] = field(default_factory=dict)  # "Kyiv" -> UKR
    people: list[Entry] = field(default_factory=list)
    sectors: dict[str, str] = field(default_factory=dict)  # lemma -> sector code
    regions: dict[str, tuple[str, str]] = field(default_factory=dict)
    country_regions: dict[str, set] = field(default_factory=dict)  # UKR -> {"EEU", "EUR"}
    # "southeast asian" -> SEA, from region phrases such as "Southeast Asian nations" ("the Southeast Asian nation")
    region_adjectives: dict[str, str] = field(default_factory=dict)
    ethnic: dict[str, "Ethnic"] = field(default_factory=dict)  # "Kurds" -> Ethnic("Kurds", None, "kur")
    religions: dict[str, Religion] = field(default_factory=dict)  # "Shiite" -> Religion("SHI", "Shia Islam", "MOS")
    statehood: dict[str, tuple[str, str]] = field(default_factory=dict)  # "XKX" -> ("SRB", "2008-02-17")
    former_names: dict[str, str] = field(default_factory=dict)  # "Yugoslav" -> "2003-02-04" (last day)
    _near: Optional[dict] = field(default=None, repr=False)  # (first letter, length) -> names, built lazily
    _near_seen: dict = field(default_factory=dict, repr=False)  # misspelling -> the phrase it means (or None)
    _near_sectors: Optional[dict] = field(default=None, repr=False)  # (first letter, length) -> sector nouns

    def add_phrase(self, phrase: str, entry: Entry) -> None:
        phrase = phrase.strip()
        if not phrase:
            return
        forms = {phrase}
        if phrase.lower().startswith("the "):
            forms.add(phrase[4:])
            forms.add("The " + phrase[4:])
        if phrase[0].islower():
            forms.add(phrase[0].upper() + phrase[1:])
        for f in forms:
            entries = self.phrases.setdefault(f, [])
            # a later file (user override) replaces an entry with the same name and dates
            entries[:] = [e for e in entries if not (e.name == entry.name and e.start == entry.start)]
            entries.append(entry)

    def lookup(self, phrase: str, date: Optional[str] = None, named=()) -> Optional[Entry]:
        """The best entry for a phrase on a date: people in office then, else the most recent holder. ``named``:
        the countries the text names; of bodies that share a name ("PTI": India's news agency, Pakistan's
        party), those of a named country."""
        entries = self.phrases.get(phrase) or self.phrases.get(phrase.title()) or []
        if not entries:
            return None
        active = [e for e in entries if e.active_on(date)]
        pool = active or entries
        if len({e.country for e in pool if e.kind != "person"}) > 1:
            pool = [e for e in pool if e.kind == "person" or e.country in named] or pool
        if len({e.country for e in pool if e.kind != "person"}) > 1:
            # no named country decides: the organisation rather than a party that shares its name
            pool = [e for e in pool if e.source != "parties.csv"] or pool
        # prefer people in office, then the latest term; with no date, an office over a spell in opposition
        # ("President Gbagbo" in an undated text is the president, not the later opposition figure)
        return sorted(pool, key=lambda e: (e.kind != "person", not date and e.sector == "OPP" and e.kind == "person",
                                           -(int((e.start or "0")[:4] or 0))))[0]

    def near_miss(self, phrase: str, date: Optional[str] = None) -> Optional[Entry]:
        """The country or person a misspelt name most likely means ("Ethopia", "Bouteflicka"): one letter
        added, dropped, changed or two swapped, in names of seven letters or more, same first letter."""
        if len(phrase) < 7 or phrase in self.phrases or phrase in self.demonyms or phrase in self.ethnic:
            return None
        if phrase in self._near_seen:  # the same word again: the answer does not change within a run
            found = self._near_seen[phrase]
            return self.lookup(found, date) if found else None
        if self._near is None:
            self._near = {}
            for p, entries in self.phrases.items():
                if len(p) >= 6 and any(e.kind in ("country", "person") for e in entries):
                    self._near.setdefault((p[0], len(p)), []).append(p)
        found = {p for n in (len(phrase) - 1, len(phrase), len(phrase) + 1)
                 for p in self._near.get((phrase[0], n), []) if _one_edit(phrase, p)}
        names = {e.name for p in found for e in self.phrases[p]}
        self._near_seen[phrase] = next(iter(found)) if len(names) == 1 else None
        return self.lookup(self._near_seen[phrase], date) if len(names) == 1 else None

    def near_sector(self, word: str) -> Optional[str]:
        """The one sector noun a misspelt word of seven letters or more most likely means ("peackeeper" ->
        "peacekeeper", "goverment" -> "government"): one edit apart, same first letter; None if several."""
        if len(word) < 7 or word in self.sectors:
            return None
        if self._near_sectors is None:
            self._near_sectors = {}
            for noun in self.sectors:
                if " " not in noun and len(noun) >= 6:
                    self._near_sectors.setdefault((noun[0], len(noun)), []).append(noun)
        found = {n for k in (len(word) - 1, len(word), len(word) + 1)
                 for n in self._near_sectors.get((word[0], k), []) if _one_edit(word, n)}
        return found.pop() if len(found) == 1 else None

    def as_of(self, iso: Optional[str], date: Optional[str]) -> Optional[str]:
        """The country an actor of ``iso`` belonged to on ``date``: Kosovo's before 2008 was Serbia."""
        part_of = self.statehood.get(iso or "")
        return part_of[0] if part_of and date and date < part_of[1] else iso

    def last_term(self, name: str, date: str) -> Optional[Entry]:
        """The person's latest term that ended before the date, when no term of theirs covers it."""
        terms = [p for p in self.people if p.name == name]
        if any(p.active_on(date) for p in terms):
            return None
        ended = [p for p in terms if p.end and p.end < date]
        return max(ended, key=lambda p: p.end) if ended else None

    def held_office(self, name: str, date: Optional[str]) -> bool:
        """Has the person held a government office that began on or before the date (any, with no date)?"""
        return any(p.name == name and p.sector == "GOV" and (not date or not p.start or p.start <= date)
                   for p in self.people)

    def not_yet_in_office(self, name: str, date: str) -> bool:
        """Do all of the person's rows start after the date (someone who took office later)?"""
        terms = [p for p in self.people if p.name == name]
        return bool(terms) and all(p.start and p.start > date for p in terms)

    def office_holder(self, country: str, roles: set[str], date: Optional[str]) -> Optional[Entry]:
        hits = [p for p in self.people if p.country == country and (p.role or "") in roles and p.active_on(date)]
        hits.sort(key=lambda p: p.sector != "GOV")  # "the Palestinian leader": the government's, not a militia's
        if not hits and date:
            hits = [p for p in self.people if p.country == country and (p.role or "") in roles
                    and (p.start or "") <= date]
            hits.sort(key=lambda p: p.end or "9999", reverse=True)
            hits = hits[:1]
        return hits[0] if hits else None


def _one_edit(a: str, b: str) -> bool:
    """Are a and b one insertion, deletion, substitution or swap of neighbours apart (case-insensitive)?"""
    a, b = a.lower(), b.lower()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[i:] == long_[i + 1:]


def _rows(path: Path):
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            yield {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _code(country: Optional[str], sector: Optional[str]) -> Optional[str]:
    if not country:
        return sector or None
    if sector and sector != country:
        return country + sector
    return country


def load_file(kb: KB, path: Path) -> None:
    """Add one CSV to the KB; its kind is recognised from its columns."""
    rows = list(_rows(path))
    if not rows:
        return
    cols = set(rows[0])
    src = path.name
    if {"iso3", "demonyms"} <= cols:
        for r in rows:
            iso = r["iso3"]
            e = Entry(name=r["name"], kind="country", country=iso, code=iso, source=src)
            kb.country_names[iso] = r["name"]
            for p in [r["name"], *_split(r.get("aliases", ""))]:
                kb.add_phrase(p, e)
            for d in _split(r.get("demonyms", "")):
                kb.demonyms[d] = iso
            for c in [r.get("capital", ""), *_split(r.get("capital_aliases", ""))]:
                if c:
                    kb.capitals[c] = iso
            kb.country_regions[iso] = set(_split(r.get("region", "")))
    elif {"phrase", "country", "sector"} <= cols:
        for r in rows:
            country, sector = r["country"] or None, r["sector"] or None
            for p in _split(r["phrase"]):
                e = Entry(name=r.get("name") or p.removeprefix("the "), kind="organization", country=country,
                          sector=sector, code=_code(country, sector), source=src, metonym=True)
                kb.add_phrase(p, e)
    elif {"role", "start"} <= cols:
        for r in rows:
            e = Entry(name=r["name"], kind="person", country=r["country"] or None, sector=r.get("sector") or "GOV",
                      role=r.get("role") or None, start=r.get("start") or None, end=r.get("end") or None,
                      gender=r.get("gender") or None, source=src)
            e.code = _code(e.country, e.sector)
            kb.people.append(e)
            for p in [r["name"], *_split(r.get("aliases", ""))]:
                kb.add_phrase(p, e)
    elif {"name", "aliases", "code"} <= cols:
        for r in rows:
            e = Entry(name=r["name"], kind=r.get("kind") or "organization", country=r.get("country") or None,
                      sector=r.get("sector") or None, code=r.get("code") or None, source=src,
                      start=r.get("start") or None, end=r.get("end") or None)
            for p in [r["name"], *_split(r.get("aliases", ""))]:
                kb.add_phrase(p, e)
    elif {"group", "forms", "ethnic_code"} <= cols:
        for r in rows:
            e = Ethnic(group=r["group"], country=r.get("country") or None, code=r["ethnic_code"], source=src)
            for f in _split(r["forms"]):
                kb.ethnic[f] = e
    elif {"country", "part_of", "since"} <= cols:
        for r in rows:
            kb.statehood[r["country"]] = (r["part_of"], r["since"])
    elif {"form", "until"} <= cols:
        for r in rows:
            kb.former_names[r["form"]] = r["until"]
    elif {"religion_code", "forms"} <= cols:
        for r in rows:
            rel = Religion(code=r["religion_code"], label=r.get("label") or r["religion_code"],
                           parent=r.get("parent") or None)
            for f in _split(r["forms"]):
                kb.religions[f] = rel
    elif {"noun", "sector"} <= cols:
        for r in rows:
            kb.sectors[r["noun"].lower()] = r["sector"]
    elif {"phrase", "code"} <= cols:
        for r in rows:
            for p in _split(r["phrase"]):
                kb.regions[p] = (r["code"], r.get("name") or p)
                words = p.removeprefix("the ").split()
                if len(words) > 1 and words[-1].lower() in ("nations", "countries", "states"):
                    kb.region_adjectives.setdefault(" ".join(words[:-1]).lower(), r["code"])
                kb.add_phrase(p, Entry(name=r.get("name") or p, kind="group", country=r["code"], code=r["code"],
                                       source=src))
    else:
        raise ValueError(f"{path}: unrecognised actor file columns {sorted(cols)}")


ORDER = ["countries.csv", "regions.csv", "organizations.csv", "parties.csv", "metonyms.csv", "people.csv", "sectors.csv",
         "ethnic_groups.csv", "religions.csv", "statehood.csv", "former_names.csv"]


@functools.lru_cache(maxsize=8)
def load_kb(extra: tuple[str, ...] = ()) -> KB:
    """Built-in data, then EVENTWIRE_ACTORS / --actors files (later files override earlier ones)."""
    kb = KB()
    base = Path(str(resources.files("eventwire") / "data" / "actors"))
    for name in ORDER:
        if (base / name).exists():
            load_file(kb, base / name)
    env = tuple(p for p in os.environ.get("EVENTWIRE_ACTORS", "").split(os.pathsep) if p)
    for p in env + tuple(extra):
        load_file(kb, Path(p))
    return kb
