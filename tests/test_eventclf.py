"""The learned sentence classifier: loads the shipped weights and codes sentences written for these tests."""
import numpy as np
import pytest

from eventwire import eventclf


@pytest.fixture(scope="module")
def sent(nlp):
    def _sent(text):
        return next(iter(nlp(text).sents))
    return _sent


def test_eventclf_weights_ship_and_are_small():
    assert eventclf.available()
    clf = eventclf.load()
    assert set(clf.heads) >= {"quad", "plover"}
    assert clf.heads["quad"].W.shape == (clf.vector_dim + eventclf.HASH_DIM, 5)
    assert "quad_train" in clf.meta["trained_on"]["quad"]


def test_eventclf_airstrike_is_material_conflict(sent):
    cls, probs = eventclf.predict_quad(sent("Fighter jets bombed a rebel camp overnight, killing at least twenty militants."))
    assert cls == 4
    assert len(probs) == 5 and abs(sum(probs) - 1) < 1e-3 and probs[4] == max(probs)


def test_eventclf_aid_is_material_cooperation(sent):
    cls, _ = eventclf.predict_quad(sent("Japan delivered tons of food, tents and medicine to flood victims in Pakistan."))
    assert cls == 2


def test_eventclf_condemnation_is_verbal_conflict(sent):
    cls, _ = eventclf.predict_quad(sent("Germany condemned the missile test as a violation of international law."))
    assert cls == 3


def test_eventclf_talks_are_verbal_cooperation(sent):
    cls, _ = eventclf.predict_quad(sent("The two presidents met in Geneva and held talks on trade."))
    assert cls == 1


def test_eventclf_plover_head(sent):
    typ, p = eventclf.predict_plover(sent("Thousands of students marched through the capital to protest against tuition fees."))
    assert typ == "PROTEST" and 0 < p <= 1


def test_eventclf_features_are_stable_and_normalised(nlp):
    a = eventclf.featurize(nlp("Police arrested the opposition leader."), 300)
    b = eventclf.featurize(nlp("Police arrested the opposition leader."), 300)
    assert np.array_equal(a, b) and a.shape == (300 + eventclf.HASH_DIM,)
    assert abs(np.linalg.norm(a[:300]) - 1) < 1e-4 and abs(np.linalg.norm(a[300:]) - 1) < 1e-4


def test_eventclf_train_head_learns_separable_data():
    rng = np.random.default_rng(1)
    X = rng.standard_normal((200, 4)).astype(np.float32)
    y = (X[:, 0] > 0).astype(int) + 2 * (X[:, 1] > 0).astype(int)
    W, b = eventclf.train_head(X, y, 4, l2=1e-4, epochs=300)
    assert ((X @ W + b).argmax(1) == y).mean() > 0.9


def test_eventclf_save_and_load_roundtrip(tmp_path):
    head = eventclf.Head(["A", "B"], np.ones((3 + eventclf.HASH_DIM, 2), np.float32), np.zeros(2, np.float32))
    clf = eventclf.EventClassifier(vector_dim=3, heads={"plover": head}, meta={"x": 1})
    clf.save(tmp_path / "m.npz")
    back = eventclf.EventClassifier.from_file(tmp_path / "m.npz")
    assert back.vector_dim == 3 and back.meta == {"x": 1} and back.heads["plover"].labels == ["A", "B"]
