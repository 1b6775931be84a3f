from eventwire.model import Article
from eventwire.pipeline import extract


def test_pipeline_returns_schema_document():
    doc = extract(Article(text="Iran condemned Israel on Monday.", published="2025-01-08"))
    d = doc.to_dict()
    assert d["schema"] == "eventwire/1"
    assert d["article"]["text"] == "Iran condemned Israel on Monday."
