"""Build the eventwire pipeline and turn articles into Documents.

One spaCy model per process; many articles go through ``nlp.pipe`` in batches.
Only this module turns a processed Doc into a :class:`eventwire.model.Document`.
"""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

from .model import Article, Document
from .nlp import load_spacy


@functools.lru_cache(maxsize=4)
def build_nlp(model: str | None = None, actors: tuple[str, ...] = ()):
    """The spaCy model with eventwire's components appended (and its entity ruler before NER).

    ``actors``: extra actor CSV files (same columns as the built-in ones) that add to or override them.
    """
    from . import components
    from .actor_kb import load_kb
    from .components.actors import add_entity_ruler

    nlp = load_spacy(model) if not actors else _fresh(model)
    add_entity_ruler(nlp, load_kb(tuple(actors)))
    if "parser" in nlp.pipe_names and "eventwire_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraphs", before="parser")
    for name in components.COMPONENTS:
        if name not in nlp.pipe_names:
            config = {"extra_files": list(actors)} if name == "eventwire_actors" else {}
            nlp.add_pipe(name, last=True, config=config)
    return nlp


def _fresh(model):
    """A separate copy of the model, so a custom actor file never leaks into the default pipeline."""
    return load_spacy.__wrapped__(model)


def _prepare(nlp, article: Article):
    doc = nlp.make_doc(article.text)
    doc._.ew_article = article
    doc._.ew_warnings = []
    return doc


def doc_to_document(doc) -> Document:
    article = doc._.ew_article
    return Document(
        article=article,
        actors=list(doc._.ew_actors or []),
        events=list(doc._.ew_events or []),
        quotes=list(doc._.ew_quotes or []),
        places=list(doc._.ew_places or []),
        times=list(doc._.ew_times or []),
        warnings=list(doc._.ew_warnings or []),
    )


def process(articles: Iterable[Article], model: str | None = None, batch_size: int = 16,
            actors: tuple[str, ...] = ()) -> Iterator[Document]:
    """Extract every article; yields Documents in input order."""
    nlp = build_nlp(model, tuple(actors))
    docs = (_prepare(nlp, a) for a in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc_to_document(doc)


def extract(article: Article, model: str | None = None, actors: tuple[str, ...] = ()) -> Document:
    return next(process([article], model=model, actors=actors))
