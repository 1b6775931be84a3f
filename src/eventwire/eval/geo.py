"""Score the places component on GeoVirus and GeoWebNews (read from ../shared only, never shipped).

Both files (``<shared>/data/places/``, see its README) give news texts with toponym character offsets and
gold coordinates. For each dataset separately:

- ``found``: share of gold toponyms overlapped by a predicted place mention (recognition);
- ``acc161``: share of the found ones whose predicted place lies within 161 km of the gold point;
- ``acc_by_kind``: the same, but countries, regions and seas count within 500 km;
- ``country_match``: share of the found ones whose predicted country equals the gold point's country
  (the country of the nearest gazetteer city within 100 km of the gold point; toponyms with no such city,
  seas for instance, are left out of this figure);
- ``precision``: predicted place mentions that overlap a gold toponym / all predicted place mentions.

GeoWebNews types every place-like mention. Gold for recall is its *literal* toponyms (Literal, Mixed,
Coercion, Literal_Modifier, Embedded_Literal) that carry a GeoNames id (and so coordinates): streets and
buildings with coordinates only are out of reach of an offline gazetteer of cities, regions and countries.
Literal modifiers that are nationality adjectives ("British", "European": GWN types a few of them literal)
are left out too: eventwire, by design, never takes a demonym for a place.
For precision, a prediction overlapping any toponym annotation, literal or not (Metonymic,
Non_Literal_Modifier, Embedded_Non_Lit), is not a false positive: "Moscow said" names a place;
predictions on demonyms, languages, homonyms and non-toponyms are.

Split: ``sha1(article URL) mod 5 == 0`` is ``test`` (held out for reporting), the rest ``dev``; GeoVirus
splits one story into several articles, and the URL keeps them on one side.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import os
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..gazetteer import distance_km

LITERAL = {"Literal", "Mixed", "Coercion", "Literal_Modifier", "Embedded_Literal"}
NON_LITERAL = {"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit"}
KM = 161.0
# acc_by_kind: countries, regions and seas within 500 km (as shared/eval/README.md scores them): gazetteers
# place a country's point differently (GeoVirus uses Wikipedia's, GeoNames its own: Canada differs by 1,000 km)
AREA_KM = 500.0
AREA_KINDS = {"country", "region", "water"}
EXAMPLES = 15


@dataclass
class Toponym:
    name: str
    start: int
    end: int
    lat: Optional[float]
    lon: Optional[float]


@dataclass
class GeoArticle:
    id: str
    url: str
    text: str
    gold: list[Toponym]  # scored for recall and resolution
    ok: list[Toponym] = field(default_factory=list)  # predictions overlapping these are not false positives


@dataclass
class Predicted:
    start: int
    end: int
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country: Optional[str]
    kind: Optional[str] = None


def shared_dir() -> Path:
    root = Path(__file__).resolve().parents[3]
    return Path(os.environ.get("EVENTWIRE_SHARED", root.parent / "shared"))


def default_path(name: str = "GeoVirus.xml") -> Path:
    return shared_dir() / "data" / "places" / name


def split_of(url: str) -> str:
    return "test" if int(hashlib.sha1(url.strip().encode("utf-8")).hexdigest(), 16) % 5 == 0 else "dev"


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset:
    """Nationality adjectives (shared/data/actors/countries.csv) and continental ones."""
    words = {"european", "african", "asian", "american", "arab", "latin american", "western", "eastern"}
    path = shared_dir() / "data" / "actors" / "countries.csv"
    if path.exists():
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                words.update(w.strip().casefold() for w in (row.get("Nationality") or "").split(","))
    return frozenset(w for w in words if w)


def _is_demonym(name: str) -> bool:
    return name.strip().casefold() in _demonyms()


def _align(text: str, t: Toponym) -> Toponym:
    """GeoVirus offsets are one-based; put each toponym where its name is (searched within 3 characters)."""
    if not t.name or text[t.start:t.end] == t.name:
        return t
    for shift in (-1, 1, -2, 2, -3, 3):
        s = t.start + shift
        if s >= 0 and text[s:s + len(t.name)] == t.name:
            return Toponym(t.name, s, s + len(t.name), t.lat, t.lon)
    return t


def _float(text: Optional[str]) -> Optional[float]:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def load(path, split: str = "test", limit: Optional[int] = None) -> list[GeoArticle]:
    """Articles of one split (``dev``, ``test`` or ``all``) of GeoVirus.xml or GWN.xml, in file order."""
    if split not in ("dev", "test", "all"):
        raise ValueError(f"split must be 'dev', 'test' or 'all', not {split!r}")
    root = ET.parse(str(path)).getroot()
    out = []
    for i, art in enumerate(root.findall("article")):
        url = (art.findtext("source") or art.findtext("link") or str(i)).strip()
        if split != "all" and split_of(url) != split:
            continue
        text = art.findtext("text") or ""
        if art.find("locations") is not None:  # GeoVirus
            gold = [_align(text, Toponym(x.findtext("name"), int(x.findtext("start")), int(x.findtext("end")),
                                         _float(x.findtext("lat")), _float(x.findtext("lon"))))
                    for x in art.find("locations")]
            out.append(GeoArticle(art.get("file", str(i)), url, text, gold, list(gold)))
        else:  # GeoWebNews
            gold, ok = [], []
            for x in art.find("toponyms"):
                kind = x.findtext("type")
                t = _align(text, Toponym(x.findtext("extractedName"), int(x.findtext("start")),
                                         int(x.findtext("end")), _float(x.findtext("latitude")),
                                         _float(x.findtext("longitude"))))
                if kind in LITERAL or kind in NON_LITERAL:
                    ok.append(t)
                if kind in LITERAL and (x.findtext("geonamesID") or "").strip() and t.lat is not None \
                        and not _is_demonym(t.name):
                    gold.append(t)
            out.append(GeoArticle(art.get("file", str(i)), url, text, gold, ok))
        if limit and len(out) >= limit:
            break
    return out


def eventwire_predictor(model: Optional[str] = None) -> Callable[[list[str]], list[list[Predicted]]]:
    """Texts -> predicted place mentions, with only the components places needs switched on."""
    from ..model import Article
    from ..pipeline import _prepare, build_nlp

    def predict(texts: list[str]) -> list[list[Predicted]]:
        nlp = build_nlp(model)
        skip = [n for n in nlp.pipe_names if n.startswith("eventwire_") and n != "eventwire_places"]
        out = []
        with nlp.select_pipes(disable=skip):
            docs = (_prepare(nlp, Article(text=t)) for t in texts)
            for doc in nlp.pipe(docs, batch_size=8):
                out.append([Predicted(m.start, m.end, p.name, p.lat, p.lon, p.country, p.kind)
                            for p in doc._.ew_places for m in p.mentions])
        return out

    return predict


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


class _Countries:
    """Country of a gold point: that of the nearest gazetteer city within 100 km."""

    def __init__(self):
        import numpy as np

        from ..gazetteer import load as load_gazetteer

        cities = [e for e in load_gazetteer().entries.values() if e.kind == "city"]
        self.np = np
        self.codes = [e.country for e in cities]
        self.lat = np.radians([e.lat for e in cities])
        self.lon = np.radians([e.lon for e in cities])

    def __call__(self, lat: float, lon: float) -> Optional[str]:
        np = self.np
        p, l = np.radians(lat), np.radians(lon)
        a = np.sin((self.lat - p) / 2) ** 2 + np.cos(p) * np.cos(self.lat) * np.sin((self.lon - l) / 2) ** 2
        i = int(np.argmin(a))
        km = 2 * 6371.0 * np.arcsin(min(1.0, float(np.sqrt(a[i]))))
        return self.codes[i] if km <= 100 else None


def score(articles: list[GeoArticle], predictions: list[list[Predicted]]) -> dict:
    """Recognition, resolution, country match and precision over aligned articles and predictions."""
    country_of = _Countries()
    gold_n = found = within = within_kind = country_n = country_ok = 0
    pred_n = pred_ok = 0
    errors: list[float] = []
    missed, wrong, false_pos = [], [], []
    for art, preds in zip(articles, predictions):
        for g in art.gold:
            gold_n += 1
            hits = [p for p in preds if _overlaps(p.start, p.end, g.start, g.end)]
            if not hits:
                if len(missed) < EXAMPLES:
                    missed.append(g.name)
                continue
            found += 1
            p = max(hits, key=lambda h: min(h.end, g.end) - max(h.start, g.start))
            km = distance_km(p.lat, p.lon, g.lat, g.lon) if p.lat is not None else float("inf")
            errors.append(km)
            within_kind += km <= (AREA_KM if p.kind in AREA_KINDS else KM)
            if km <= KM:
                within += 1
            elif len(wrong) < EXAMPLES:
                wrong.append({"gold": g.name, "predicted": p.name, "km": round(km)})
            gold_country = country_of(g.lat, g.lon)
            if gold_country:
                country_n += 1
                country_ok += p.country == gold_country
        for p in preds:
            pred_n += 1
            if any(_overlaps(p.start, p.end, g.start, g.end) for g in art.ok):
                pred_ok += 1
            elif len(false_pos) < EXAMPLES:
                false_pos.append(art.text[p.start:p.end])
    ratio = lambda a, b: round(a / b, 4) if b else 0.0  # noqa: E731
    finite = [e for e in errors if e != float("inf")]
    return {
        "articles": len(articles), "gold": gold_n, "found": ratio(found, gold_n),
        "acc161": ratio(within, found), "acc161_of_gold": ratio(within, gold_n),
        "acc_by_kind": ratio(within_kind, found),
        "country_match": ratio(country_ok, country_n), "precision": ratio(pred_ok, pred_n),
        "predicted": pred_n, "found_n": found, "within161_n": within,
        "median_error_km": round(statistics.median(finite), 1) if finite else None,
        "missed": missed, "wrong": wrong, "false_positives": false_pos,
    }


def evaluate(path=None, limit: Optional[int] = None, split: str = "test", model: Optional[str] = None,
             predictor: Optional[Callable] = None) -> dict:
    """Score one dataset file (GeoVirus.xml or GWN.xml); a folder scores both, one entry each."""
    path = Path(path) if path else default_path()
    if path.is_dir():
        return {name: evaluate(path / f"{name}.xml", limit, split, model, predictor)
                for name in ("GeoVirus", "GWN")}
    articles = load(path, split, limit)
    predict = predictor or eventwire_predictor(model)
    t0 = time.perf_counter()
    predictions = predict([a.text for a in articles])
    seconds = time.perf_counter() - t0
    result = {"dataset": path.stem, "split": split}
    result.update(score(articles, predictions))
    result["seconds"] = round(seconds, 2)
    return result


def evaluate_example(gold_path=None, model: Optional[str] = None) -> dict:
    """The example article's places gold: share of gold places predicted by name within 50 km (cities)
    or 500 km (countries, regions, seas), as ``shared/eval/README.md`` scores them."""
    import json

    from ..gazetteer import load as load_gazetteer, normalize
    from ..model import Article
    from ..pipeline import extract

    gold_path = Path(gold_path) if gold_path else shared_dir() / "examples" / "trump-putin-call.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["text_file"]).read_text(encoding="utf-8")
    doc = extract(Article(text=text, published=gold.get("published")), model=model)
    gaz = load_gazetteer()
    matched, misses, used = 0, [], set()
    for g in gold.get("places", []):
        limit_km = 50 if g.get("kind", "city") == "city" else 500
        names = {normalize(g["name"])}
        names.update(normalize(e.name) for e, _ in gaz.lookup(g["name"]))
        hit = None
        for p in doc.places:
            if p.id in used or p.lat is None:
                continue
            surface = {normalize(p.name)} | {normalize(m.text) for m in p.mentions}
            if surface & names and distance_km(p.lat, p.lon, g["lat"], g["lon"]) <= limit_km:
                hit = p
                break
        if hit:
            matched += 1
            used.add(hit.id)
        else:
            misses.append(g["name"])
    n = len(gold.get("places", []))
    return {"gold": n, "matched": matched, "recall": round(matched / n, 4) if n else 0.0,
            "predicted": len(doc.places), "precision": round(len(used) / len(doc.places), 4) if doc.places else 0.0,
            "missed": misses}
