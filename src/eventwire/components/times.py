"""times component (first version: placeholder that finds nothing)."""
from __future__ import annotations

from spacy.language import Language

from ..model import TimeExpr


def find_times(doc) -> list[TimeExpr]:
    return []


@Language.factory("eventwire_times", assigns=["doc._.ew_times"])
def make_times(nlp, name):
    def component(doc):
        doc._.ew_times = find_times(doc)
        return doc

    return component
