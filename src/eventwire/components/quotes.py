"""quotes component (first version: placeholder that finds nothing)."""
from __future__ import annotations

from spacy.language import Language

from ..model import Quote


def find_quotes(doc) -> list[Quote]:
    return []


@Language.factory("eventwire_quotes", assigns=["doc._.ew_quotes"])
def make_quotes(nlp, name):
    def component(doc):
        doc._.ew_quotes = find_quotes(doc)
        return doc

    return component
