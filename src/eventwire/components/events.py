"""events component (first version: placeholder that finds nothing)."""
from __future__ import annotations

from spacy.language import Language

from ..model import Event


def find_events(doc) -> list[Event]:
    return []


@Language.factory("eventwire_events", assigns=["doc._.ew_events"])
def make_events(nlp, name):
    def component(doc):
        doc._.ew_events = find_events(doc)
        return doc

    return component
