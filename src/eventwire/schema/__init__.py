"""The published JSON Schema of eventwire's output (``eventwire/1``)."""
import functools
import json
from importlib import resources


@functools.lru_cache(maxsize=1)
def load() -> dict:
    return json.loads((resources.files("eventwire") / "schema" / "eventwire-1.json").read_text(encoding="utf-8"))


def validate(document: dict) -> None:
    """Raise jsonschema.ValidationError when a document breaks the schema or its offsets."""
    import jsonschema

    jsonschema.validate(document, load())
    check_offsets(document)


def check_offsets(document: dict) -> None:
    """Every span slices the article text to its stated text; ids are unique."""
    text = document["article"]["text"]
    spans = []
    for a in document["actors"]:
        spans += a["mentions"]
    for p in document["places"]:
        spans += p["mentions"]
    for e in document["events"]:
        spans.append(e["trigger"])
        if e["condition"]:
            spans.append(e["condition"])
    for q in document["quotes"]:
        spans.append({"start": q["start"], "end": q["end"], "text": q["text"]})
        if q["speaker_mention"]:
            spans.append(q["speaker_mention"])
    for t in document["times"]:
        spans.append(t)
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            raise ValueError(f"span {s} does not slice to its text: {text[s['start']:s['end']]!r}")
    for part in ("actors", "events", "quotes", "places", "times"):
        ids = [x["id"] for x in document[part]]
        if len(ids) != len(set(ids)):
            raise ValueError(f"duplicate ids in {part}")
    actor_ids = {a["id"] for a in document["actors"]}
    place_ids = {p["id"] for p in document["places"]}
    for e in document["events"]:
        for key in ("source", "target", "reporter"):
            if e.get(key) and e[key] not in actor_ids:
                raise ValueError(f"event {e['id']} {key} {e[key]} is not an actor")
        if e["place"] and e["place"] not in place_ids:
            raise ValueError(f"event {e['id']} place {e['place']} is not a place")
    for q in document["quotes"]:
        if q["speaker"] and q["speaker"] not in actor_ids:
            raise ValueError(f"quote {q['id']} speaker {q['speaker']} is not an actor")
