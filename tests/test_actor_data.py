"""Validates the actor knowledge base files in src/eventwire/data/actors/ (formats in their README.md)."""
from __future__ import annotations

import csv
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pycountry
import pytest

BASE = Path(str(resources.files("eventwire") / "data" / "actors"))

HEADERS = {
    "countries.csv": ["iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "region"],
    "metonyms.csv": ["phrase", "country", "sector", "name"],
    "organizations.csv": ["name", "aliases", "country", "sector", "code", "kind", "start", "end"],
    "parties.csv": ["name", "aliases", "country", "sector", "code", "kind", "start", "end"],
    "people.csv": ["name", "aliases", "country", "sector", "role", "start", "end", "gender"],
    "regions.csv": ["phrase", "code", "name"],
    "sectors.csv": ["noun", "sector"],
    "ethnic_groups.csv": ["group", "forms", "country", "ethnic_code"],
}
MIN_ROWS = {"countries.csv": 198, "metonyms.csv": 100, "organizations.csv": 200, "parties.csv": 300, "people.csv": 500,
            "regions.csv": 20, "sectors.csv": 2000, "ethnic_groups.csv": 50}
NON_STATE = {"XKX"}  # Kosovo: not in ISO 3166
GROUP_COUNTRIES = {"IGO", "UNO", "EUR", "NGO", "IMG"}
REGIONS = {"AFR", "NAF", "WAF", "EAF", "CFR", "SAF", "ASA", "CAS", "SAS", "SEA", "EUR", "EEU", "CEU", "SCN",
           "BLK", "CAU", "MDT", "MEA", "PGS", "LAM", "SAM", "CRB", "NMR", "WST", "PAC", "ARB"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "MED", "BUS", "CVL", "JUD", "LEG", "COP", "EDU", "HLH", "REF", "LAB",
           "ELI", "CRM", "REL", "NGO", "IGO", "AGR", "PTY", "SOC", "PRM", "PRE", "UAF", "SPY"}
OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "ELI", "PRM"}
# roles a description such as "the Palestinian leader" can resolve to: only office holders (and armed groups'
# leaders, for "the leader" after "Taliban leader X") may have them
HEAD_ROLES = {"president", "prime minister", "leader", "king", "premier", "chancellor"}
ROLES = {
    "president", "vice president", "prime minister", "deputy prime minister", "premier", "chancellor", "king",
    "queen", "emperor", "emir", "sultan", "crown prince", "supreme leader", "head of state", "leader",
    "regional leader", "general secretary", "chief adviser", "pope",
    "foreign minister", "secretary of state", "defence minister", "interior minister", "finance minister",
    "justice minister", "economy minister", "national security minister",
    "national security adviser", "security council secretary", "security council deputy chairman",
    "chief of staff", "chief cabinet secretary", "adviser", "envoy", "senior official", "press secretary",
    "spokesperson", "UN ambassador", "mayor", "governor",
    "speaker", "majority leader", "minority leader", "opposition leader", "dissident", "exiled opposition leader",
    "opposition candidate",
    "military chief", "military commander", "intelligence chief", "director of national intelligence", "director",
    "secretary-general", "commission president", "council president", "foreign policy chief",
    "parliament president", "central bank president", "general assembly president", "high commissioner",
    "director-general", "executive director", "managing director", "under-secretary-general",
    "commissioner-general", "commission chairperson", "prosecutor", "judge", "legislator",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _read(name: str) -> tuple[list[str], list[dict]]:
    with open(BASE / name, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(line for line in fh if not line.startswith("#"))
        return list(reader.fieldnames or []), list(reader)


def _split(value: str) -> list[str]:
    return value.split("|") if value else []


def _iso3() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries} | NON_STATE


def _country_ok(code: str) -> bool:
    return code in _iso3() or code in GROUP_COUNTRIES


def _valid_date(s: str) -> bool:
    if not DATE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        import datetime
        try:
            datetime.date(*parts)
        except ValueError:
            return False
    return True


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_actor_data_headers_rows_and_cells(name):
    header, rows = _read(name)
    assert header == HEADERS[name]
    assert len(rows) >= MIN_ROWS[name], f"{name}: only {len(rows)} rows"
    for i, row in enumerate(rows, start=2):
        assert None not in row and all(v is not None for v in row.values()), f"{name}:{i} wrong column count"
        for col, value in row.items():
            assert value == value.strip(), f"{name}:{i} {col} has surrounding spaces"
            assert "||" not in value and not value.startswith("|") and not value.endswith("|"), \
                f"{name}:{i} {col} has an empty | item"


def test_actor_data_countries_codes_regions_and_demonyms():
    _, rows = _read("countries.csv")
    iso = _iso3()
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes))
    for extra in ("PSE", "XKX", "TWN", "HKG", "VAT", "USA", "UKR", "RUS", "SSD"):
        assert extra in codes
    demonym_owner: dict[str, str] = {}
    for r in rows:
        assert r["iso3"] in iso, r["iso3"]
        assert r["name"]
        regions = _split(r["region"])
        assert regions and set(regions) <= REGIONS, (r["iso3"], regions)
        for d in _split(r["demonyms"]):
            assert demonym_owner.setdefault(d, r["iso3"]) == r["iso3"], f"demonym {d!r} in two countries"
    by = {r["iso3"]: r for r in rows}
    assert {"U.S.", "US", "USA", "America", "the United States"} <= set(_split(by["USA"]["aliases"]))
    assert {"UK", "Britain"} <= set(_split(by["GBR"]["aliases"]))
    assert "Ukrainians" in _split(by["UKR"]["demonyms"]) and by["UKR"]["capital"] == "Kyiv"
    assert "Kiev" in _split(by["UKR"]["capital_aliases"])


def test_actor_data_metonyms_codes():
    _, rows = _read("metonyms.csv")
    for r in rows:
        assert _split(r["phrase"]), r
        assert _country_ok(r["country"]), r
        assert r["sector"] == "" or r["sector"] in SECTORS, r
        assert r["name"]
    phrases = {p: r for r in rows for p in _split(r["phrase"])}
    assert (phrases["the Kremlin"]["country"], phrases["the Kremlin"]["sector"]) == ("RUS", "GOV")
    # a defence ministry is government first (CAMEO's agents: DEFENSE_DEPARTMENT GOVMIL)
    assert (phrases["the Pentagon"]["country"], phrases["the Pentagon"]["sector"]) == ("USA", "GOV")
    assert phrases["Brussels"]["country"] == "EUR"


def test_actor_data_organizations_codes():
    _, rows = _read("organizations.csv")
    names = Counter((r["name"], r["start"]) for r in rows)
    assert not [n for n, c in names.items() if c > 1], "duplicate organisation names (same start date)"
    for r in rows:
        assert all(not d or _valid_date(d) for d in (r["start"], r["end"])), r
        assert not (r["start"] and r["end"]) or r["start"] < r["end"], r
    periods = [r for r in rows if r["name"] == "Taliban"]
    assert {(r["code"], bool(r["start"]), bool(r["end"])) for r in periods} == {("AFGREBTAL", False, True),
                                                                                ("AFGGOVTAL", True, False)}
    for r in rows:
        assert _country_ok(r["country"]), r
        assert r["sector"] in SECTORS, r
        assert r["kind"] in {"organization", "group"}, r
        assert re.fullmatch(r"[A-Z0-9]{3,12}", r["code"]), r
        assert r["code"][:3] in ({r["country"]} | GROUP_COUNTRIES), r
    by = {r["name"]: r for r in rows}
    assert by["North Atlantic Treaty Organization"]["code"] == "IGOWSTNAT"
    assert by["United Nations"]["code"] == "IGOUNO"
    assert by["European Union"]["code"] == "EUR"
    assert "NATO" in _split(by["North Atlantic Treaty Organization"]["aliases"])


def test_actor_data_party_periods_are_contiguous_and_name_known_parties():
    _, rows = _read("parties.csv")
    _, orgs = _read("organizations.csv")
    undated = {r["name"]: r for r in orgs + rows if not r["start"] and not r["end"]}
    by: dict[str, list] = {}
    for r in rows:
        assert _country_ok(r["country"]) and r["kind"] == "organization", r
        assert all(not d or _valid_date(d) for d in (r["start"], r["end"])), r
        if r["start"] or r["end"]:
            assert r["sector"] in {"PTY", "OPP"} and r["code"][3:6] == r["sector"], r
            by.setdefault(r["name"], []).append(r)
    for name, periods in by.items():
        assert name in undated, f"{name}: dated rows for a party with no undated row"
        periods.sort(key=lambda r: r["start"])
        for a, b in zip(periods, periods[1:]):
            assert a["end"] and a["end"] == b["start"], (a, b)  # no gaps, no overlaps
    likud = {r["start"][:4]: r["sector"] for r in by["Likud"]}
    assert likud["2009"] == "PTY" and likud["2006"] == "OPP"


def test_actor_data_people_dates_roles_and_duplicates():
    _, rows = _read("people.csv")
    keys = Counter((r["name"], r["start"]) for r in rows)
    assert not [k for k, c in keys.items() if c > 1], "duplicate (name, start)"
    for r in rows:
        assert _country_ok(r["country"]), r
        assert r["sector"] in SECTORS, r
        if r["sector"] in OFFICE_SECTORS:  # offices and opposition roles have a closed list and dates
            assert r["role"] in ROLES, r
            assert r["start"] and _valid_date(r["start"]), r
        else:  # "journalist", "business leader": free text, dates where the role changed
            assert r["role"] and (r["role"] not in HEAD_ROLES or r["sector"] in ("REB", "IMG")), r
            assert not r["start"] or _valid_date(r["start"]), r
        assert r["gender"] in {"m", "f"}, r
        if r["end"]:
            assert _valid_date(r["end"]), r
            assert r["start"] <= r["end"], r
        assert r["name"] not in _split(r["aliases"]), r
    trump = sorted(r["start"] for r in rows if r["name"] == "Donald Trump" and r["role"] == "president")
    assert trump == ["2017-01-20", "2025-01-20"]
    zel = [r for r in rows if r["name"] == "Volodymyr Zelensky"][0]
    assert zel["start"] == "2019-05-20" and zel["end"] == "" and "Zelenskyy" in _split(zel["aliases"])


def test_actor_data_regions_and_sectors_codes():
    _, regions = _read("regions.csv")
    for r in regions:
        assert r["code"] in REGIONS, r
    phrases = {p: r["code"] for r in regions for p in _split(r["phrase"])}
    assert phrases["the West"] == "WST" and phrases["European nations"] == "EUR"
    _, sectors = _read("sectors.csv")
    nouns = Counter(r["noun"] for r in sectors)
    assert not [n for n, c in nouns.items() if c > 1], "duplicate sector nouns"
    for r in sectors:
        assert r["noun"] == r["noun"].lower() and r["sector"] in SECTORS, r
    table = {r["noun"]: r["sector"] for r in sectors}
    expected = {"government": "GOV", "official": "GOV", "side": "GOV", "troop": "MIL", "air force": "MIL",
                "rebel": "REB", "opposition": "OPP", "state media": "MED", "journalist": "MED",
                "company": "BUS", "protester": "CVL", "prosecutor": "JUD", "lawmaker": "LEG", "police": "COP"}
    assert {k: table.get(k) for k in expected} == expected


def test_actor_data_phrases_name_one_thing():
    """A country, metonym, organisation or region phrase must name only one thing across the files."""
    seen: dict[str, str] = {}
    clashes = []
    for name, cols in (("countries.csv", ["name", "aliases"]), ("metonyms.csv", ["phrase"]),
                       ("organizations.csv", ["name", "aliases"]),
                       ("regions.csv", ["phrase"])):
        _, rows = _read(name)
        for r in rows:
            for col in cols:
                for p in _split(r[col]):
                    key = p.removeprefix("the ").removeprefix("The ")
                    owner = f"{name}:{r.get('iso3') or r.get('name') or r.get('phrase')}"
                    if seen.setdefault(key, owner) != owner:
                        clashes.append((p, seen[key], owner))
    assert not clashes, clashes


def test_actor_data_loads_into_kb():
    from eventwire.actor_kb import KB, load_file

    kb = KB()
    for name in HEADERS:
        load_file(kb, BASE / name)
    assert len(kb.people) >= MIN_ROWS["people.csv"]
    assert kb.demonyms["Ukrainian"] == "UKR" and kb.capitals["Kiev"] == "UKR"
    assert kb.lookup("Biden", "2023-05-01").role == "president"
    assert kb.lookup("Trump", "2019-06-01").start == "2017-01-20"


def test_actor_data_ethnic_groups_codes_and_forms():
    _, rows = _read("ethnic_groups.csv")
    _, countries = _read("countries.csv")
    demonyms = {d for r in countries for d in _split(r["demonyms"])}
    forms = Counter(f for r in rows for f in _split(r["forms"]))
    assert not [f for f, c in forms.items() if c > 1], "a form names two groups"
    assert not set(forms) & demonyms, "demonyms are countries' (countries.csv), not ethnic groups"
    for r in rows:
        assert not r["country"] or r["country"] in _iso3(), r
        assert re.fullmatch(r"[a-z]{3}", r["ethnic_code"]), r
        assert all(f[:1].isupper() for f in _split(r["forms"])), r  # matched as names, not common nouns


def test_actor_data_grammar_lists_are_lowercase_word_lists():
    import json

    grammar = json.loads((BASE / "grammar.json").read_text(encoding="utf-8"))
    assert "_about" in grammar
    for name, value in grammar.items():
        if name == "_about":
            continue
        words = list(value) if isinstance(value, (list, dict)) else []
        assert words, name
        codes = list(value.values()) if name in ("title_sectors", "follower_sectors", "name_head_sectors",
                                                 "name_phrase_sectors") else []
        if name in ("person_sectors", "former_sectors", "follower_sectors", "dated_sector_words",
                    "past_office_sectors"):
            codes += words  # CAMEO sector codes
        else:
            assert all(w == w.lower() for w in words), name
        assert all(c in SECTORS for c in codes), name
    assert {"son", "wife"} <= set(grammar["kin_nouns"]) and "government" in grammar["institutions"]


def test_actor_data_region_adjectives_and_country_regions_come_from_the_files():
    from eventwire.actor_kb import load_kb

    kb = load_kb()
    assert kb.region_adjectives["southeast asian"] == "SEA"  # from "Southeast Asian nations" in regions.csv
    assert "SEA" in kb.country_regions["MYS"] and "SEA" not in kb.country_regions["CHN"]
