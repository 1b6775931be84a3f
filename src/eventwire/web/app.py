"""The read-only web UI and JSON API over an eventwire DuckDB store: ``create_app(db_path)``.

Every request opens its own read-only DuckDB connection (external file access disabled) and closes it
when the response is done, so ``eventwire run`` can still write to the file between requests and no
request can change it. There are only GET routes. All SQL lives in :mod:`eventwire.web.queries`.
Pages are Jinja2 templates (autoescape on); ``templates/_partials`` are the fragments HTMX swaps in.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from importlib import resources
from pathlib import Path
from typing import Iterator, Literal, Optional
from urllib.parse import urlencode

import duckdb
import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import highlight, queries
from .queries import MAX_LIMIT, EventFilter

HERE = Path(__file__).resolve().parent
SORT_PATTERN = "^-?(date|goldstein|confidence|type|cameo)$"
DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"
# Scripts only from this server; Plotly and vis-network add inline styles, HTMX's eval is switched off.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")


def plotly_js_path() -> Path:
    """plotly.min.js is served from the installed ``plotly`` package (not copied into the repo)."""
    return Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))


def open_db(db_path: str):
    return duckdb.connect(db_path, read_only=True, config={"enable_external_access": False})


def event_filter(
    actor: Optional[str] = Query(None, description="actor key, CAMEO code or exact name (source or target)"),
    country: Optional[str] = Query(None, max_length=3, description="ISO3 country of the source or target actor"),
    type: Optional[str] = Query(None, max_length=40, description="PLOVER event type, e.g. CONSULT"),
    cameo: Optional[str] = Query(None, pattern=r"^\d{0,4}$", description="CAMEO code prefix, e.g. 04"),
    quad: Optional[str] = Query(None, pattern=r"^[1-4]?$", description="quad class 1-4"),
    since: Optional[str] = Query(None, pattern=DATE_PATTERN, description="event day >= (YYYY-MM-DD)"),
    until: Optional[str] = Query(None, pattern=DATE_PATTERN, description="event day <= (YYYY-MM-DD)"),
    q: Optional[str] = Query(None, max_length=200, description="text in the trigger or the sentence"),
    article: Optional[str] = Query(None, max_length=200, description="article id"),
) -> EventFilter:
    # Empty strings mean "no filter" (that is what an HTML form sends for an empty field).
    return EventFilter(actor=actor or None, country=country or None, type=type or None, cameo=cameo or None,
                       quad=int(quad) if quad else None, since=_date(since, "since"), until=_date(until, "until"),
                       q=q or None, article=article or None)


def _date(value: Optional[str], name: str) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.ChainableUndefined)
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "default": str}  # dates -> ISO strings
    env.globals["version"] = __version__
    env.globals["quad_names"] = queries.QUAD_NAMES
    env.filters["qs"] = lambda params, **extra: urlencode({**params, **{k: v for k, v in extra.items()
                                                                        if v is not None}})
    env.filters["http_url"] = lambda url: url if isinstance(url, str) and url.lower().startswith(
        ("http://", "https://")) else None  # never render javascript:/data: links from stored data
    env.filters["goldstein_class"] = lambda g: ("" if g is None else "coop" if g > 0.5 else
                                                "conflict" if g < -0.5 else "neutral")
    return Jinja2Templates(env=env)


def create_app(db_path: str | Path) -> FastAPI:
    """The FastAPI application serving ``db_path`` read-only."""
    db_path = str(db_path)
    # No Swagger/ReDoc pages: they load their JavaScript from a CDN, and the UI must work offline.
    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over an eventwire event store. See docs/web.md.")
    templates = _templates()

    def con() -> Iterator[duckdb.DuckDBPyConnection]:
        c = open_db(db_path)
        try:
            yield c
        finally:
            c.close()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def page(request: Request, name: str, status_code: int = 200, **context):
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return page(request, "error.html", status_code=exc.status_code, status=exc.status_code, detail=exc.detail)

    # ------------------------------------------------------------------ JSON API

    @app.get("/api/events", tags=["events"])
    def api_events(flt: EventFilter = Depends(event_filter), sort: str = Query("-date", pattern=SORT_PATTERN),
                   limit: int = Query(50, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0), db=Depends(con)):
        """Events matching the filters, one page: ``{"items": [...], "total": N}``."""
        return queries.events(db, flt, sort, limit, offset)

    @app.get("/api/events.csv", tags=["events"], response_class=Response)
    def api_events_csv(flt: EventFilter = Depends(event_filter), sort: str = Query("-date", pattern=SORT_PATTERN),
                       db=Depends(con)):
        """Every event matching the filters as CSV (at most EXPORT_MAX rows)."""
        data = queries.events_export(db, flt, sort)
        buf = io.StringIO()
        if data:
            writer = csv.DictWriter(buf, fieldnames=list(data[0]), extrasaction="ignore")
            writer.writeheader()
            for row in data:
                writer.writerow({k: _csv_value(v) for k, v in row.items()})
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/api/events.plover.json", tags=["events"])
    def api_events_plover(flt: EventFilter = Depends(event_filter), sort: str = Query("-date", pattern=SORT_PATTERN),
                          db=Depends(con)):
        """Every event matching the filters as a JSON list of PLOVER records."""
        records = [queries.plover_record(e) for e in queries.events_export(db, flt, sort)]
        return Response(json.dumps(records, ensure_ascii=False, default=str), media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="events.plover.json"'})

    @app.get("/api/clusters", tags=["events"])
    def api_clusters(type: Optional[str] = Query(None, max_length=40), limit: int = Query(50, ge=0, le=MAX_LIMIT),
                     offset: int = Query(0, ge=0), db=Depends(con)):
        """Cross-article event clusters, most-reported first."""
        return queries.clusters(db, type, limit, offset)

    @app.get("/api/timeline", tags=["aggregates"])
    def api_timeline(flt: EventFilter = Depends(event_filter), by: Literal["type", "quad"] = "type",
                     db=Depends(con)):
        """Event counts per day, one series per PLOVER type or quad class."""
        return queries.timeline(db, flt, by)

    @app.get("/api/network", tags=["aggregates"])
    def api_network(flt: EventFilter = Depends(event_filter), limit: int = Query(150, ge=1, le=MAX_LIMIT),
                    db=Depends(con)):
        """Actor dyads: nodes (actor keys) and directed edges with event count and mean Goldstein score."""
        return queries.network(db, flt, limit)

    @app.get("/api/places", tags=["aggregates"])
    def api_places(flt: EventFilter = Depends(event_filter), limit: int = Query(MAX_LIMIT, ge=1, le=MAX_LIMIT),
                   db=Depends(con)):
        """Geolocated places with event, article and mention counts."""
        return queries.places(db, flt, limit)

    @app.get("/api/actors", tags=["actors"])
    def api_actors(q: Optional[str] = Query(None, max_length=200), limit: int = Query(50, ge=0, le=MAX_LIMIT),
                   offset: int = Query(0, ge=0), db=Depends(con)):
        """Actors grouped across articles (by code, else name) with counts and top counterparts."""
        return queries.actors(db, q, limit, offset)

    @app.get("/api/actors/{key}", tags=["actors"])
    def api_actor(key: str, db=Depends(con)):
        """One actor: names, counts, events over time, counterparts (Goldstein per dyad), quotes, articles."""
        found = queries.actor(db, key)
        if not found:
            raise HTTPException(404, f"no actor with key {key!r}")
        return found

    @app.get("/api/quotes", tags=["quotes"])
    def api_quotes(speaker: Optional[str] = Query(None, max_length=200), q: Optional[str] = Query(None, max_length=200),
                   limit: int = Query(50, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0), db=Depends(con)):
        """Quotes, optionally by speaker (actor key, code or name) or containing ``q``."""
        return queries.quotes(db, speaker, q, limit, offset)

    @app.get("/api/articles", tags=["articles"])
    def api_articles(q: Optional[str] = Query(None, max_length=200), limit: int = Query(50, ge=0, le=MAX_LIMIT),
                     offset: int = Query(0, ge=0), db=Depends(con)):
        """Articles (no text) with annotation counts, newest first."""
        return queries.articles(db, q, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(article_id: str, db=Depends(con)):
        """One article with its text and all annotations (actors, mentions, events, quotes, places, times)."""
        found = queries.article(db, article_id)
        if not found:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return found

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, db=Depends(con)):
        return page(request, "index.html", summary=queries.summary(db),
                    quotes=queries.quotes(db, limit=8)["items"], actors=queries.actors(db, limit=12, top=0)["items"],
                    clusters=queries.clusters(db, limit=8)["items"])

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, flt: EventFilter = Depends(event_filter),
                    sort: str = Query("-date", pattern=SORT_PATTERN), limit: int = Query(50, ge=1, le=MAX_LIMIT),
                    offset: int = Query(0, ge=0), db=Depends(con)):
        result = queries.events(db, flt, sort, limit, offset)
        context = dict(result=result, flt=flt, params=flt.as_params(), sort=sort, limit=limit, offset=offset,
                       types=queries.event_types(db))
        partial = request.headers.get("HX-Request") == "true" and request.headers.get("HX-Target") == "events-table"
        response = page(request, "_partials/_events_table.html" if partial else "events.html", **context)
        response.headers["Vary"] = "HX-Request, HX-Target"
        return response

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, q: Optional[str] = Query(None, max_length=200),
                    offset: int = Query(0, ge=0), db=Depends(con)):
        return page(request, "actors.html", result=queries.actors(db, q, 100, offset), q=q or "", offset=offset)

    @app.get("/actors/{key}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, key: str, db=Depends(con)):
        found = queries.actor(db, key)
        if not found:
            raise HTTPException(404, f"No actor with key {key!r}.")
        return page(request, "actor.html", actor=found)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, q: Optional[str] = Query(None, max_length=200),
                      offset: int = Query(0, ge=0), db=Depends(con)):
        return page(request, "articles.html", result=queries.articles(db, q, 100, offset), q=q or "", offset=offset)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, db=Depends(con)):
        found = queries.article(db, article_id)
        if not found:
            raise HTTPException(404, f"No article with id {article_id!r}.")
        spans = highlight.article_spans(found, lambda k: str(request.url_for("actor_page", key=k).path))
        return page(request, "article.html", article=found, body=highlight.render(found["text"] or "", spans),
                    actors={a["actor_id"]: a for a in found["actors"]},
                    places={p["place_id"]: p for p in found["places"]})

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, speaker: Optional[str] = Query(None, max_length=200),
                    q: Optional[str] = Query(None, max_length=200), offset: int = Query(0, ge=0), db=Depends(con)):
        return page(request, "quotes.html", result=queries.quotes(db, speaker, q, 100, offset), q=q or "",
                    speaker=speaker or "", offset=offset)

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js():
        return FileResponse(plotly_js_path(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


def _csv_value(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value
