import json

import jsonschema
import pytest

from eventwire import schema

from .conftest import EXAMPLE, ROOT

TEXTS = [
    "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Tuesday. "
    "“We want peace,” Xi said.",
    "Protesters rallied outside the parliament in Nairobi last week, police said.",
    "Nothing happened here.",
]


def test_schema_published_copy_is_identical():
    assert json.loads((ROOT / "docs" / "eventwire-1.schema.json").read_text()) == schema.load()


@pytest.mark.parametrize("text", TEXTS)
def test_schema_validates_outputs(run, text):
    schema.validate(run(text).to_dict())


def test_schema_validates_example_article(run):
    d = run(EXAMPLE.read_text(), published="2025-05-19").to_dict()
    schema.validate(d)
    assert d["events"] and d["actors"]


def test_schema_rejects_broken_offsets(run):
    d = run(TEXTS[0]).to_dict()
    d["actors"][0]["mentions"][0]["start"] += 1
    with pytest.raises(ValueError):
        schema.check_offsets(d)


def test_schema_rejects_unknown_event_type(run):
    d = run(TEXTS[0]).to_dict()
    assert d["events"], "expected the meeting to be coded"
    d["events"][0]["type"] = "MEET"
    with pytest.raises(jsonschema.ValidationError):
        schema.validate(d)
