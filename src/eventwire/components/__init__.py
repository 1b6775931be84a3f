"""eventwire's spaCy components, registered by name.

The pipeline reads ``ingest -> nlp -> actors -> times / places / quotes / events -> affiliations``.
Each component reads the Doc (and what earlier components wrote) and writes one
``doc._.ew_<thing>`` list of dataclasses from :mod:`eventwire.model`.
"""
from spacy.tokens import Doc

EXTENSIONS = {
    "ew_article": None,  # eventwire.model.Article, set before the pipeline runs
    "ew_actors": None,  # list[Actor]
    "ew_token_actor": None,  # dict: token index -> actor id (includes resolved pronouns)
    "ew_times": None,  # list[TimeExpr]
    "ew_places": None,  # list[Place]
    "ew_quotes": None,  # list[Quote]
    "ew_events": None,  # list[Event]
    "ew_warnings": None,  # list[str]
}
for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

from . import actors, affiliations, events, paragraphs, places, quotes, times  # noqa: E402,F401  (registers the factories)

# Order matters: actors first (others point at actor ids), events after times and places (it uses them), and
# affiliations last (it codes every actor, those that quotes and events added too).
COMPONENTS = ["eventwire_actors", "eventwire_times", "eventwire_places", "eventwire_quotes", "eventwire_events",
              "eventwire_affiliations"]
