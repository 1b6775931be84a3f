"""Geoparsing gate: a small held-out GeoVirus sample by default, both full test splits when slow."""
import pytest

from eventwire.eval import geo

# Floors sit a little below what was measured (see the numbers next to each).
# GeoVirus test split, first 40 articles (about 5 s): measured found 0.888, acc161 0.923, acc_by_kind 0.937.
SAMPLE_ARTICLES = 40
SAMPLE_FOUND_FLOOR = 0.85
SAMPLE_ACC_FLOOR = 0.88
SAMPLE_ACC_BY_KIND_FLOOR = 0.90


@pytest.fixture
def places_dir(shared):
    path = shared / "data" / "places"
    if not (path / "GeoVirus.xml").exists():
        pytest.skip(f"geoparsing data not found at {path}")
    return path


def test_geo_splits_are_disjoint_and_deterministic(places_dir):
    for name in ("GeoVirus.xml", "GWN.xml"):
        test = [a.url for a in geo.load(places_dir / name, "test")]
        dev = [a.url for a in geo.load(places_dir / name, "dev")]
        assert test and dev and not set(test) & set(dev)
        assert test == [a.url for a in geo.load(places_dir / name, "test")]


def test_geo_gold_offsets_slice_to_names(places_dir):
    for name in ("GeoVirus.xml", "GWN.xml"):
        arts = geo.load(places_dir / name, "test", limit=5)
        gold = [(a.text[g.start:g.end], g.name) for a in arts for g in a.gold]
        assert gold and sum(t == n for t, n in gold) >= 0.95 * len(gold)
        assert all(g.lat is not None for a in arts for g in a.gold)


def test_geo_score_counts_overlaps_and_distance():
    art = geo.GeoArticle("a", "u", "Rain in Paris and Lyon.", [geo.Toponym("Paris", 8, 13, 48.85, 2.35),
                                                              geo.Toponym("Lyon", 18, 22, 45.76, 4.84)])
    art.ok = list(art.gold)
    preds = [[geo.Predicted(8, 13, "Paris", 48.86, 2.35, "FRA"), geo.Predicted(0, 4, "Rain", 0.0, 0.0, None)]]
    m = geo.score([art], preds)
    assert m["found"] == 0.5 and m["acc161"] == 1.0 and m["precision"] == 0.5


def test_geo_gate_sample(places_dir):
    m = geo.evaluate(places_dir / "GeoVirus.xml", limit=SAMPLE_ARTICLES, split="test")
    assert m["gold"] > 50
    assert m["found"] >= SAMPLE_FOUND_FLOOR, m["missed"][:5]
    assert m["acc161"] >= SAMPLE_ACC_FLOOR, m["wrong"][:5]
    assert m["acc_by_kind"] >= SAMPLE_ACC_BY_KIND_FLOOR, m["wrong"][:5]
    assert m["precision"] >= 0.9, m["false_positives"][:5]


def test_geo_example_article_places(shared):
    gold = shared / "examples" / "trump-putin-call.gold.json"
    if not gold.exists():
        pytest.skip("example gold not found")
    m = geo.evaluate_example(gold)
    assert m["recall"] >= 0.9, m["missed"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["GeoVirus", "GWN"])
def test_geo_gate_full_test_split(places_dir, name):
    m = geo.evaluate(places_dir / f"{name}.xml", split="test")
    # measured: GWN found 0.807 acc161 0.904 precision 0.979; GeoVirus found 0.901 acc161 0.922 precision 0.964
    assert m["found"] >= 0.79, m["missed"][:10]
    assert m["acc161"] >= 0.88, m["wrong"][:10]
    assert m["precision"] >= 0.95, m["false_positives"][:10]
