"""actors component (placeholder; being replaced by the dictionary + coreference version)."""
from __future__ import annotations

from typing import Optional

from spacy.language import Language

from ..model import Actor


def actor_at(doc, span) -> Optional[str]:
    """Actor id mentioned by this span or token (pronouns resolved), or None."""
    tokens = [span] if hasattr(span, "i") else list(span)
    table = doc._.ew_token_actor or {}
    for t in tokens:
        if t.i in table:
            return table[t.i]
    return None


def ensure_actor(doc, span) -> Optional[str]:
    """The actor for a noun phrase, created (with country/sector when they can be inferred) if new."""
    return actor_at(doc, span)


def find_actors(doc) -> list[Actor]:
    doc._.ew_token_actor = {}
    return []


@Language.factory("eventwire_actors", assigns=["doc._.ew_actors", "doc._.ew_token_actor"])
def make_actors(nlp, name):
    def component(doc):
        doc._.ew_actors = find_actors(doc)
        return doc

    return component
