"""places component (first version: placeholder that finds nothing)."""
from __future__ import annotations

from spacy.language import Language

from ..model import Place


def find_places(doc) -> list[Place]:
    return []


@Language.factory("eventwire_places", assigns=["doc._.ew_places"])
def make_places(nlp, name):
    def component(doc):
        doc._.ew_places = find_places(doc)
        return doc

    return component
