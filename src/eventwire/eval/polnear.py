"""Score eventwire's quotes against PolNeAR attributions (research-use data, read from ../shared only).

Data: ``<shared>/data/quotes/polnear/{train,dev}/text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``
(brat stand-off). One annotator per article: the file with the most attribution relations, ties broken by
the annotator code in alphabetical order.

Splits (deterministic, over sorted file names): ``test`` = every 5th ``train`` article (index % 5 == 4),
held out for reporting; ``dev`` = ``polnear/dev`` plus the other ``train`` articles. ``limit`` takes the
first N articles of the split.

Gold: attribution relations that have a Source and a Content, and whose Content is speech:
- content holding a double quote mark (“ ” " or the ASCII pairs '' ``): ``direct`` if >= 80% of its letters/digits are inside quote marks,
  else ``mixed``;
- otherwise content whose Cue holds a speech word (``data/quotes/gold_speech_cues.txt``) and that has at
  least ``MIN_INDIRECT_WORDS`` words (so "declared bankruptcy", "mentioned Machado" — a topic, not a
  statement — are left out): ``indirect``.
Beliefs, intentions and other non-speech attributions are not gold (but still count for precision).

Matching (letters and digits only, so quote marks, spaces and punctuation never decide a match):
- a gold content is *found* when the predicted quotes together cover >= 50% of its characters
  (``recall_span``), and *found with the right speaker* when the quotes that do so all have a speaker
  that matches the gold Source (``recall``);
- (where an annotator swapped Source and Cue — the Source is a speech word, the Cue is not — the Cue
  span is used as the Source);
- a predicted speaker matches when its speaker_mention or any mention of its actor overlaps the Source
  span, or the actor name's last word (3+ letters) is a word of the Source text;
- precision: a predicted quote is right when >= 50% of its characters lie inside any gold attribution
  content of that article (speech or not).
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Optional

DOUBLE_MARKS = "“”„\""
OVERLAP = 0.5
MIN_INDIRECT_WORDS = 4  # "declared bankruptcy", "mentioned Machado": a topic, not a reported statement
DIRECT_SHARE = 0.8


def default_path() -> Path:
    root = Path(__file__).resolve().parents[3]
    shared = Path(os.environ.get("EVENTWIRE_SHARED", root.parent / "shared"))
    return shared / "data" / "quotes" / "polnear"


@functools.lru_cache(maxsize=None)
def gold_cues() -> tuple[frozenset, tuple]:
    """(single words, multi-word phrases) that make a PolNeAR cue a speech cue."""
    path = resources.files("eventwire") / "data" / "quotes" / "gold_speech_cues.txt"
    words, phrases = set(), []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line in ("according to", "in a statement"):
            phrases.append(line)
        else:
            words.update(line.split())
    return frozenset(words), tuple(phrases)


def is_speech_cue(cue: str) -> bool:
    words, phrases = gold_cues()
    low = cue.lower()
    return any(p in low for p in phrases) or any(w in words for w in re.findall(r"[a-z]+", low))


@dataclass
class GoldQuote:
    kind: str  # direct | mixed | indirect
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: str
    text: str
    source_text: str


@dataclass
class Item:
    name: str
    text: str
    published: Optional[str]
    gold: list[GoldQuote] = field(default_factory=list)
    all_content: list[list[tuple[int, int]]] = field(default_factory=list)


# ---- reading ----------------------------------------------------------------------------------------

def _metadata(path: Path) -> dict[str, str]:
    meta = path / "metadata.tsv"
    out = {}
    if meta.exists():
        rows = meta.read_text(encoding="utf-8").splitlines()
        head = rows[0].split("\t")
        for row in rows[1:]:
            r = dict(zip(head, row.split("\t")))
            d = r.get("publication_date", "")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                out[r["filename"]] = d
    return out


def _parse_ann(text: str) -> tuple[dict, list[dict]]:
    spans, rels = {}, []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            typ, _, offs = parts[1].partition(" ")
            try:
                ranges = [tuple(int(x) for x in o.split()) for o in offs.split(";")]
            except ValueError:
                continue
            spans[parts[0]] = (typ, ranges)
        elif parts[0].startswith("E"):
            args = {}
            for a in parts[1].split()[1:]:
                k, _, v = a.partition(":")
                args[re.sub(r"\d+$", "", k)] = v
            rels.append(args)
    return spans, rels


def _choose_ann(anns: list[Path]) -> Path:
    def key(p: Path):
        n = sum(1 for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("E"))
        return (-n, p.name)
    return sorted(anns, key=key)[0]


def has_marks(s: str) -> bool:
    return any(m in s for m in DOUBLE_MARKS) or "''" in s or "``" in s


def quoted_share(text: str, ranges: list[tuple[int, int]]) -> float:
    """Share of the content's letters/digits that are inside double quote marks (“ ” " and '' ``)."""
    text = text.replace("''", ' "').replace("``", ' "')  # same length: offsets stay valid
    chars = [i for s, e in ranges for i in range(s, e)]
    inside, total, quoted = False, 0, []
    for i in chars:
        ch = text[i]
        if ch in DOUBLE_MARKS:
            closing = ch == "”" or ch == '"' and i > 0 and not text[i - 1].isspace()
            if closing and not inside and not any(text[j] in DOUBLE_MARKS for j in quoted):
                quoted = [j for j in chars if j < i and text[j].isalnum()]  # content began inside a quote
                inside = False
                continue
            inside = not inside
            continue
        if text[i].isalnum():
            total += 1
            if inside:
                quoted.append(i)
    return len(quoted) / total if total else 0.0


def gold_for(text: str, ann_text: str) -> tuple[list[GoldQuote], list[list[tuple[int, int]]]]:
    spans, rels = _parse_ann(ann_text)
    gold, contents = [], []
    for r in rels:
        content = spans.get(r.get("Content", ""))
        if not content:
            continue
        contents.append(content[1])
        source = spans.get(r.get("Source", ""))
        if not source:
            continue
        ctext = " ".join(text[s:e] for s, e in content[1])
        cue = " ".join(text[s:e] for s, e in spans.get(r.get("Cue", ""), ("", []))[1])
        if has_marks(ctext):
            kind = "direct" if quoted_share(text, content[1]) >= DIRECT_SHARE else "mixed"
        elif is_speech_cue(cue) and len(re.findall(r"\w+", ctext)) >= MIN_INDIRECT_WORDS:
            kind = "indirect"
        else:
            continue
        src = source[1]
        if is_speech_cue(" ".join(text[s:e] for s, e in src)) and not is_speech_cue(cue):
            src = spans.get(r.get("Cue", ""), ("", src))[1]  # Source and Cue swapped by the annotator
        gold.append(GoldQuote(kind, content[1], src, cue, ctext, " ".join(text[s:e] for s, e in src)))
    return gold, contents


def split_names(path: Path, split: str) -> list[tuple[str, str]]:
    """(part, NAME) of the articles in a split, in a fixed order."""
    train = sorted(p.stem for p in (path / "train" / "text").glob("*.txt"))
    held = [n for k, n in enumerate(train) if k % 5 == 4]
    if split == "test":
        return [("train", n) for n in held]
    if split == "dev":
        dev = sorted(p.stem for p in (path / "dev" / "text").glob("*.txt"))
        return [("dev", n) for n in dev] + [("train", n) for k, n in enumerate(train) if k % 5 != 4]
    raise ValueError(f"unknown split {split!r} (test | dev)")


def load(path: Path, split: str = "test", limit: Optional[int] = None) -> list[Item]:
    meta = _metadata(path)
    items = []
    for part, name in split_names(path, split)[:limit]:
        text = (path / part / "text" / f"{name}.txt").read_text(encoding="utf-8")
        anns = sorted((path / part / "attributions").glob(f"{name}_*.ann"))
        anns = [a for a in anns if re.fullmatch(re.escape(name) + r"_[0-9a-f]+", a.stem)]
        item = Item(name, text, meta.get(name))
        if anns:
            item.gold, item.all_content = gold_for(text, _choose_ann(anns).read_text(encoding="utf-8"))
        items.append(item)
    return items


# ---- scoring ----------------------------------------------------------------------------------------

def _alnum(text: str, ranges) -> set[int]:
    return {i for s, e in ranges for i in range(s, e) if text[i].isalnum()}


def _overlaps(a: tuple[int, int], ranges) -> bool:
    return any(a[0] < e and s < a[1] for s, e in ranges)


def speaker_matches(pred, actor, text: str, source: list[tuple[int, int]]) -> bool:
    m = pred.get("speaker_mention")
    if m and _overlaps((m["start"], m["end"]), source):
        return True
    if actor is None:
        return False
    if any(_overlaps((am["start"], am["end"]), source) for am in actor.get("mentions", [])):
        return True
    last = re.findall(r"[A-Za-z]+", actor.get("name", ""))
    words = {w.lower() for s, e in source for w in re.findall(r"[A-Za-z]+", text[s:e])}
    return bool(last) and len(last[-1]) >= 3 and last[-1].lower() in words


def score_article(item: Item, quotes: list[dict], actors: dict[str, dict]) -> dict:
    """Per-gold outcomes and per-prediction correctness for one article (quotes/actors as dicts)."""
    text = item.text
    qchars = [_alnum(text, [(q["start"], q["end"])]) for q in quotes]
    golds = []
    for g in item.gold:
        gc = _alnum(text, g.content)
        if not gc:
            continue
        hits = [k for k, c in enumerate(qchars) if c & gc]
        covered = set().union(*(qchars[k] & gc for k in hits)) if hits else set()
        right = [k for k in hits if speaker_matches(quotes[k], actors.get(quotes[k].get("speaker")), text, g.source)]
        covered_right = set().union(*(qchars[k] & gc for k in right)) if right else set()
        span_ok = len(covered) >= OVERLAP * len(gc)
        golds.append({"kind": g.kind, "span": span_ok, "speaker": len(covered_right) >= OVERLAP * len(gc),
                      "gold": g, "preds": hits})
    content = set().union(*(_alnum(text, c) for c in item.all_content)) if item.all_content else set()
    preds = [bool(c) and len(c & content) >= OVERLAP * len(c) for c in qchars]
    return {"gold": golds, "preds": preds}


def _ratio(a: int, b: int) -> Optional[float]:
    return round(a / b, 4) if b else None


def summarise(results: list[tuple[Item, dict, list[dict], dict]], n_examples: int = 8) -> dict:
    kinds = ("direct", "mixed", "indirect")
    n = {k: 0 for k in kinds}
    span = {k: 0 for k in kinds}
    right = {k: 0 for k in kinds}
    n_pred = n_pred_ok = 0
    misses, wrong_speaker, false_pos = [], [], []
    for item, res, quotes, actors in results:
        for g in res["gold"]:
            k = g["kind"]
            n[k] += 1
            span[k] += g["span"]
            right[k] += g["speaker"]
            gq = g["gold"]
            if not g["span"] and len(misses) < 3 * n_examples:
                misses.append({"article": item.name, "kind": k, "content": gq.text[:160], "source": gq.source_text,
                               "cue": gq.cue})
            elif g["span"] and not g["speaker"] and len(wrong_speaker) < 3 * n_examples:
                got = [quotes[p] for p in g["preds"]]
                wrong_speaker.append({"article": item.name, "kind": k, "content": gq.text[:120],
                                      "source": gq.source_text,
                                      "predicted": [(actors.get(q.get("speaker"), {}).get("name"),
                                                     (q.get("speaker_mention") or {}).get("text")) for q in got]})
        for q, ok in zip(quotes, res["preds"]):
            n_pred += 1
            n_pred_ok += ok
            if not ok and len(false_pos) < 3 * n_examples:
                false_pos.append({"article": item.name, "kind": q["kind"], "cue": q.get("cue"), "text": q["text"][:160]})
    dm_n = n["direct"] + n["mixed"]
    out = {
        "articles": len(results),
        "recall_direct_mixed": _ratio(right["direct"] + right["mixed"], dm_n),
        "recall_indirect": _ratio(right["indirect"], n["indirect"]),
        "precision": _ratio(n_pred_ok, n_pred),
        "recall_span_direct_mixed": _ratio(span["direct"] + span["mixed"], dm_n),
        "recall_span_indirect": _ratio(span["indirect"], n["indirect"]),
        "predicted": n_pred,
    }
    for k in kinds:
        out[f"gold_{k}"] = n[k]
        out[f"recall_{k}"] = _ratio(right[k], n[k])
        out[f"recall_span_{k}"] = _ratio(span[k], n[k])
    step = max(1, len(misses) // n_examples)
    out["examples_missed"] = misses[::step][:n_examples]
    step = max(1, len(wrong_speaker) // n_examples)
    out["examples_wrong_speaker"] = wrong_speaker[::step][:n_examples]
    step = max(1, len(false_pos) // n_examples)
    out["examples_false_positive"] = false_pos[::step][:n_examples]
    return out


def run(items: list[Item], model: Optional[str] = None, quote_finder=None) -> list[tuple]:
    """Extract quotes for each item; ``quote_finder(doc) -> (quotes, actors)`` replaces eventwire's (benchmarks)."""
    from ..model import Article
    from ..pipeline import _prepare, build_nlp, doc_to_document

    nlp = build_nlp(model)
    out = []
    docs = (_prepare(nlp, Article(text=it.text, id=it.name, published=it.published)) for it in items)
    for it, doc in zip(items, nlp.pipe(docs, batch_size=8)):
        if quote_finder is not None:
            quotes, actors = quote_finder(doc)
        else:
            d = doc_to_document(doc).to_dict()
            quotes, actors = d["quotes"], {a["id"]: a for a in d["actors"]}
        out.append((it, score_article(it, quotes, actors), quotes, actors))
    return out


def evaluate(path=None, limit: Optional[int] = None, split: str = "test", model: Optional[str] = None) -> dict:
    """Quote recall (right speaker / span only) and precision on a PolNeAR split."""
    path = Path(path) if path else default_path()
    if not (path / "train").exists():
        raise FileNotFoundError(f"PolNeAR not found at {path} (set EVENTWIRE_SHARED)")
    items = load(path, split, limit)
    out = summarise(run(items, model))
    out.update({"dataset": "polnear", "split": split, "overlap_rule": f">= {OVERLAP:.0%} of letters/digits"})
    return out


# ---- the example article's gold ------------------------------------------------------------------------

def _norm(s: str) -> str:
    s = re.sub(r"[“”„\"‘’'«»]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def evaluate_example(gold_path=None, model: Optional[str] = None) -> dict:
    """Quotes part of a gold JSON file (eval/README.md rules, one-to-one matching in gold order)."""
    import json

    from ..model import Article
    from ..pipeline import extract

    if gold_path is None:
        gold_path = default_path().parents[2] / "examples" / "trump-putin-call.gold.json"
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["text_file"]).read_text(encoding="utf-8")
    doc = extract(Article(text=text, published=gold.get("published"), id=gold_path.stem), model=model)
    names = {a.id: a.name for a in doc.actors}
    used: set[str] = set()
    found = span_only = 0
    missed = []
    for g in gold.get("quotes", []):
        want, who = _norm(g["contains"]), g["speaker"].lower()
        cands = [q for q in doc.quotes if q.id not in used and want in _norm(q.text)]
        good = [q for q in cands if who in (names.get(q.speaker) or "").lower()
                or q.speaker_mention and who in q.speaker_mention.text.lower()]
        if good:
            used.add(good[0].id)
            found += 1
        else:
            span_only += bool(cands)
            missed.append({**g, "span_found": bool(cands)})
    n = len(gold.get("quotes", []))
    return {"gold": n, "predicted": len(doc.quotes), "recall": _ratio(found, n),
            "precision": _ratio(found, len(doc.quotes)), "span_found_speaker_wrong": span_only, "missed": missed}
