"""`eventwire serve`: the read-only web UI and JSON API over a store (see docs/web.md)."""
from __future__ import annotations

import ipaddress
import os

import click


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--db", "db", default="eventwire.duckdb", show_default=True, envvar="EVENTWIRE_DB",
              type=click.Path(dir_okay=False), help="The DuckDB store written by `eventwire run` (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind. The default serves this machine only; there is no authentication.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(db, host, port, log_level):
    """Browse a store in the web browser: dashboard, events, actors, articles; JSON API under /api.

    Read-only: every request opens the database with DuckDB read_only=True. OpenAPI at /openapi.json.
    """
    import uvicorn

    from .cli import fail
    from .web.app import create_app, open_db
    from .web.queries import table_names

    if not os.path.isfile(db):
        fail(f"{db}: no such database (create one with `eventwire run INPUT... --db {db}`)")
    try:
        con = open_db(db)
        try:
            missing = {"articles", "events", "actors", "quotes"} - table_names(con)
        finally:
            con.close()
    except Exception as exc:  # not a DuckDB file, or locked by a writer
        fail(f"{db}: cannot open read-only ({str(exc).splitlines()[0]})")
    if missing:
        fail(f"{db}: not an eventwire store (missing tables: {', '.join(sorted(missing))})")
    if not _is_loopback(host):
        click.echo(f"eventwire: warning: serving on {host}: anyone who can reach it can read the store "
                   "(there is no authentication).", err=True)
    click.echo(f"eventwire: serving {db} read-only at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level=log_level)


COMMANDS = [serve]
