"""Corpus and store commands: run, export, query, stats, failures, schema. Thin wrappers over
:mod:`eventwire.runner`, :mod:`eventwire.store` and :mod:`eventwire.export` (docs/store.md, docs/exports.md)."""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

import click

from . import cli as _cli

DEFAULT_DB = "eventwire.duckdb"

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, envvar="EVENTWIRE_DB",
                         help="DuckDB database file.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _open_read_only(db: str):
    from .store import Store, StoreError

    if not Path(db).exists():
        _cli.fail(f"{db}: no such database (create one with `eventwire run INPUT... --db {db}`)")
    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        _cli.fail(str(exc))


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _print_rows(names, rows, as_json: bool):
    """JSON, a rich table on a terminal, or tab-separated lines when piped."""
    if as_json:
        click.echo(json.dumps([dict(zip(names, r)) for r in rows], default=_json_default, ensure_ascii=False,
                              indent=1))
        return
    if not sys.stdout.isatty():
        click.echo("\t".join(names))
        for r in rows:
            click.echo("\t".join("" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in r))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*names)
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    Console().print(table)


class _Progress:
    """Progress for the run loop: a rich bar (articles/s, ETA) on a terminal, else a line per few seconds."""

    def __init__(self, console):
        self.console = console
        self.bar = None
        self.task = None
        self.total = 0
        self.completed = 0
        self.started = time.monotonic()
        self.last_line = 0.0

    def start(self, total: int):
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                return Text(f"{task.speed:.1f} articles/s" if task.speed else "- articles/s")

        self.total = total
        self.started = time.monotonic()
        if self.console.is_terminal:
            self.bar = Progress(TextColumn("[bold]eventwire run"), BarColumn(), MofNCompleteColumn(), Rate(),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=self.console)
            self.task = self.bar.add_task("run", total=total or None)
            self.bar.start()

    def advance(self, n: int, summary):
        self.completed += n
        if self.completed > self.total:
            self.total = self.completed
        if self.bar is not None:
            self.bar.update(self.task, advance=n, total=self.total)
            return
        now = time.monotonic()
        if self.last_line and now - self.last_line < 5.0:
            return
        self.last_line = now
        rate = self.completed / max(now - self.started, 1e-6)
        self.console.print(f"eventwire: committed {self.completed}/{self.total} records ({summary.done} done, "
                           f"{summary.skipped} skipped, {summary.failed} failed), {rate:.1f} articles/s",
                           markup=False, highlight=False, soft_wrap=True)

    def stop(self):
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(0), default=1, show_default=True,
              help="Worker processes, each with its own model (0: extract in this process).")
@_cli.model_option
@click.option("--reprocess", is_flag=True,
              help="Re-extract articles stored by another extractor version or model, replacing their rows.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
              help="Articles per worker batch and per database transaction.")
def run(inputs, db, workers, model, reprocess, batch_size):
    """Extract a corpus into a DuckDB store: idempotent, resumable, deduplicated.

    INPUTS: folders (searched recursively), .txt/.html files, .json/.jsonl/.jsonl.gz article records,
    RSS/Atom feeds (.xml/.rss/.atom) and WARC files (.warc/.warc.gz), mixed freely. Articles already stored
    are skipped; unreadable, empty, binary, non-English or oversized inputs are recorded as failures
    (see `eventwire failures`) and the run goes on. Interrupt at any time and run the same command to finish.
    """
    from rich.console import Console

    from .nlp import ModelNotFound
    from .runner import run_corpus
    from .store import StoreError

    console = Console(stderr=True)

    def warn(line):
        console.print(line, markup=False, highlight=False, soft_wrap=True)

    try:
        summary = run_corpus(inputs, db, workers=workers, model=model, reprocess=reprocess, batch_size=batch_size,
                             warn=warn, progress=_Progress(console))
    except (ModelNotFound, StoreError, RuntimeError) as exc:
        _cli.fail(str(exc))
    click.echo(f"{summary.line()} -> {db} (run {summary.run_id})")
    if summary.interrupted:
        click.echo("eventwire: interrupted; run the same command again to finish", err=True)
        sys.exit(130)


@click.command()
@click.argument("out")
@db_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["plover-json", "gdelt-tsv", "parquet", "csv", "jsonl"]),
              help="plover-json: PLOVER event records; gdelt-tsv: GDELT 2.0 event table (61 columns); "
                   "parquet/csv: events with actors, places and clusters; jsonl: full eventwire/1 documents.")
@click.option("--since", callback=_cli.valid_date, help="Events on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=_cli.valid_date, help="Events on or before this day (YYYY-MM-DD).")
@click.option("--actor", help="Source or target actor: code prefix (RUS, USAGOV) or name substring.")
@click.option("--country", help="ISO3 country of the source or target actor.")
@click.option("--type", "event_type", help="PLOVER event type (CONSULT, ASSAULT, ...).")
@click.option("--quad", type=click.IntRange(1, 4), help="Quad class 1-4.")
@click.option("--lines", is_flag=True, default=None, help="plover-json as JSON Lines (default when OUT ends .jsonl).")
@click.option("--header", is_flag=True, help="gdelt-tsv: write a header row (GDELT's files have none).")
@click.option("--keep-unasserted", is_flag=True,
              help="plover-json/gdelt-tsv: include negated and hypothetical events (left out by default).")
def export(out, db, fmt, since, until, actor, country, event_type, quad, lines, header, keep_unasserted):
    """Write the store's events (or documents) to OUT ('-' for stdout, except parquet)."""
    from .export import export as do_export
    from .store import EventFilter

    if fmt == "parquet" and out == "-":
        _cli.fail("parquet needs a file name, not -")
    if country and len(country) != 3:
        _cli.fail(f"--country {country}: expected an ISO3 code such as RUS or UKR")
    filt = EventFilter(since=since, until=until, actor=actor, country=country, type=event_type, quad=quad)
    store = _open_read_only(db)
    try:
        n = do_export(store, fmt, out, filt, lines=lines or None, header=header, keep_unasserted=keep_unasserted)
    except OSError as exc:
        _cli.fail(f"{out}: {exc.strerror or exc}")
    finally:
        store.close()
    if out != "-":
        unit = "documents" if fmt == "jsonl" else "events"
        click.echo(f"wrote {n} {unit} to {out} ({fmt})", err=True)


@click.command()
@click.argument("sql")
@db_option
@json_option
def query(sql, db, as_json):
    """Run one SQL statement on a read-only connection and print the result."""
    import duckdb

    store = _open_read_only(db)
    try:
        names, rows = store.query(sql)
    except duckdb.Error as exc:
        _cli.fail(f"query: {str(exc).strip().splitlines()[0]}")
    finally:
        store.close()
    _print_rows(names, rows, as_json)


@click.command()
@db_option
@json_option
def stats(db, as_json):
    """Counts, top actors, top dyads and events per day."""
    store = _open_read_only(db)
    try:
        report = store.stats()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(report, default=_json_default, indent=1))
        return
    click.echo("counts: " + ", ".join(f"{k} {v}" for k, v in report["counts"].items()))
    click.echo(f"clusters reported by more than one article: {report['multi_article_clusters']}")
    click.echo("\ntop actors (events as source or target):")
    _print_rows(["name", "code", "events"], report["top_actors"], False)
    click.echo("\ntop dyads (source -> target):")
    _print_rows(["source", "target", "events"], report["top_dyads"], False)
    click.echo("\nevents per day:")
    _print_rows(["day", "events"], report["events_per_day"], False)


@click.command()
@db_option
@click.option("--run", "run_id", help="Only this run's failures.")
@json_option
def failures(db, run_id, as_json):
    """List inputs that could not be processed (path, record, reason)."""
    store = _open_read_only(db)
    try:
        names, rows = store.failures(run_id)
    finally:
        store.close()
    _print_rows(names, rows, as_json)


@click.command()
def schema():
    """Print the store's SQL schema (all migrations, in order); columns are documented in docs/store.md."""
    from .store import schema_sql

    click.echo(schema_sql())


COMMANDS = [run, export, query, stats, failures, schema]

# When this module is imported before eventwire.cli finished importing it, register here too.
for _command in COMMANDS:
    if _command.name not in _cli.main.commands:
        _cli.main.add_command(_command)
