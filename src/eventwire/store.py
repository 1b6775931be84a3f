"""The embedded DuckDB store: the only module that talks to DuckDB.

One writer (the run loop's main process) writes whole articles in one transaction per batch, so a crash
leaves every article either complete or absent. Rows are inserted from pyarrow tables (DuckDB scans them
directly), not row by row. Readers (export, stats, query, the web UI) open the file read-only.
Tables and columns: docs/store.md. Schema changes: :mod:`eventwire.migrations`.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional, Sequence

import pyarrow as pa

from .migrations import SCHEMA_VERSION, ddl, migrate
from .model import Document

S, I, F, B, D, T = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32(), pa.timestamp("us")

# Column name -> Arrow type of every row the writer inserts (the order is the insert order).
COLUMNS: dict[str, dict[str, pa.DataType]] = {
    "articles": dict(id=S, title=S, published=D, source=S, url=S, text=S, input_path=S, extractor_version=S,
                     model=S, run_id=S, processed_at=T, document=S, input_record=S, external_id=S, warnings=S),
    "actors": dict(article_id=S, actor_id=S, name=S, kind=S, country=S, sector=S, code=S, role=S, why=S,
                   confidence=F, mention_count=I, religion=S, ethnicity=S),
    "actor_mentions": dict(article_id=S, actor_id=S, start=I, end=I, text=S),
    "events": dict(article_id=S, event_id=S, type=S, mode=S, cameo=S, quad_class=I, goldstein=F, confidence=F,
                   source_actor=S, target_actor=S, source_name=S, source_code=S, source_country=S, target_name=S,
                   target_code=S, target_country=S, date=S, place_id=S, place_name=S, lat=F, lon=F, negated=B,
                   hypothetical=B, condition_text=S, trigger_start=I, trigger_end=I, trigger_text=S,
                   sentence_start=I, sentence_end=I, reporter_actor=S, cluster_id=S, day=D, source_sector=S,
                   target_sector=S, reporter_name=S, condition_start=I, condition_end=I),
    "quotes": dict(article_id=S, quote_id=S, kind=S, text=S, start=I, end=I, speaker_actor=S, speaker_name=S,
                   speaker_code=S, cue=S, speaker_start=I, speaker_end=I, speaker_text=S),
    "places": dict(article_id=S, place_id=S, name=S, kind=S, country=S, lat=F, lon=F, geonameid=I,
                   mention_count=I),
    "place_mentions": dict(article_id=S, place_id=S, start=I, end=I, text=S),
    "times": dict(article_id=S, time_id=S, text=S, start=I, end=I, value=S, granularity=S),
}
ARTICLE_TABLES = ["actor_mentions", "actors", "events", "quotes", "place_mentions", "places", "times"]
CLUSTER_KEYS = dict(cluster_id=S, type=S, source_code=S, target_code=S, date=D, place_key=S)


class StoreError(Exception):
    """The database cannot be opened or used (locked by a writer, not a DuckDB file, newer schema)."""


def quad_class(cameo: Optional[str]) -> Optional[int]:
    """GDELT's quad class from the CAMEO root: 01-04 verbal cooperation (1), 05-08 material cooperation (2),
    09-13 verbal conflict (3), 14-20 material conflict (4)."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if 1 <= root <= 4:
        return 1
    if 5 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


def _date(value: Optional[str]) -> Optional[dt.date]:
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]) else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    """PLOVER sector codes (data/ontology/plover_sector_codes.csv): codes that name a category of actor."""
    from importlib import resources

    try:
        text = resources.files("eventwire").joinpath("data/ontology/plover_sector_codes.csv").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(line.split(",", 1)[0].strip().upper() for line in text.splitlines()[1:] if line.strip())


def actor_key(code: Optional[str], name: Optional[str], country: Optional[str] = None,
              sector: Optional[str] = None) -> str:
    """Cross-article actor identity: the CAMEO-style code (upper case, letters and digits) when it identifies
    the actor, else a lower-case slug of the name. A bare sector code (``GOV`` for a government of unknown
    country) names a category, not an actor, so it falls back to the name: two "GOV" actors are not the same."""
    clean = re.sub(r"[^A-Za-z0-9]", "", code or "").upper()
    bare_sector = not country and (clean == (sector or "").upper() or clean in sector_codes())
    if clean and not bare_sector:
        return clean
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or clean


def place_key(place) -> str:
    """A place's identity across articles: its GeoNames id, else its lower-cased name and country."""
    if place is None:
        return ""
    if place.geonameid:
        return f"geonames:{place.geonameid}"
    return f"name:{place.name.strip().lower()}|{(place.country or '').upper()}"


def cluster_key(article_id: str, event, src: str, tgt: str, day: Optional[dt.date], pkey: str) -> tuple:
    """What makes two events (in different articles) the same real-world event; see docs/store.md.
    An event with no actor and no place cannot be matched safely and gets a cluster of its own."""
    if not src and not tgt and not pkey:
        return ("single", article_id, event.id)
    key = (event.type or "", src, tgt, day.isoformat() if day else "", pkey)
    flags = tuple(f for f in ("negated", "hypothetical") if getattr(event, f, False))
    return key + flags


def cluster_id(key: tuple) -> str:
    """Deterministic: the same key always gives the same id, so reprocessing keeps clusters stable."""
    return hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:16]


@dataclass
class EventFilter:
    """Filters for exports and stats; every value travels as a SQL parameter."""
    since: Optional[str] = None  # event day >= (YYYY-MM-DD)
    until: Optional[str] = None  # event day <=
    actor: Optional[str] = None  # actor code prefix or name substring, source or target, case-insensitive
    country: Optional[str] = None  # ISO3 of the source or target actor
    type: Optional[str] = None  # PLOVER event type
    quad: Optional[int] = None  # 1-4

    def where(self, alias: str = "e") -> tuple[str, list]:
        clauses, params = [], []
        if self.since:
            clauses.append(f"{alias}.day >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append(f"{alias}.day <= CAST(? AS DATE)")
            params.append(self.until)
        if self.actor:
            a = self.actor
            clauses.append(f"(upper({alias}.source_code) LIKE upper(?) || '%' OR upper({alias}.target_code) LIKE "
                           f"upper(?) || '%' OR {alias}.source_name ILIKE '%' || ? || '%' OR "
                           f"{alias}.target_name ILIKE '%' || ? || '%')")
            params += [a, a, a, a]
        if self.country:
            clauses.append(f"(upper({alias}.source_country) = upper(?) OR upper({alias}.target_country) = upper(?))")
            params += [self.country, self.country]
        if self.type:
            clauses.append(f"upper({alias}.type) = upper(?)")
            params.append(self.type)
        if self.quad:
            clauses.append(f"{alias}.quad_class = ?")
            params.append(int(self.quad))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def document_rows(document: Document, meta: dict) -> dict[str, list[dict]]:
    """Flatten one Document into rows per table. ``meta``: input_path, input_record, external_id, run_id,
    model, extractor_version, processed_at."""
    art = document.article
    aid = art.id
    actors = {a.id: a for a in document.actors}
    places = {p.id: p for p in document.places}
    out: dict[str, list[dict]] = {t: [] for t in COLUMNS}
    out["articles"].append(dict(
        id=aid, title=art.title, published=_date(art.published), source=art.source, url=art.url, text=art.text,
        document=json.dumps(document.to_dict(), ensure_ascii=False), warnings=json.dumps(document.warnings),
        **{k: meta.get(k) for k in ("input_path", "input_record", "external_id", "run_id", "model",
                                     "extractor_version", "processed_at")}))
    for a in document.actors:
        out["actors"].append(dict(article_id=aid, actor_id=a.id, name=a.name, kind=a.kind, country=a.country,
                                  sector=a.sector, code=a.code, role=a.role, why=a.why, confidence=a.confidence,
                                  mention_count=len(a.mentions), religion=a.religion, ethnicity=a.ethnicity))
        out["actor_mentions"] += [dict(article_id=aid, actor_id=a.id, start=m.start, end=m.end, text=m.text)
                                  for m in a.mentions]
    for p in document.places:
        out["places"].append(dict(article_id=aid, place_id=p.id, name=p.name, kind=p.kind, country=p.country,
                                  lat=p.lat, lon=p.lon, geonameid=p.geonameid, mention_count=len(p.mentions)))
        out["place_mentions"] += [dict(article_id=aid, place_id=p.id, start=m.start, end=m.end, text=m.text)
                                  for m in p.mentions]
    for t in document.times:
        out["times"].append(dict(article_id=aid, time_id=t.id, text=t.text, start=t.start, end=t.end,
                                 value=t.value, granularity=t.granularity))
    for q in document.quotes:
        sp = actors.get(q.speaker)
        sm = q.speaker_mention
        out["quotes"].append(dict(article_id=aid, quote_id=q.id, kind=q.kind, text=q.text, start=q.start, end=q.end,
                                  speaker_actor=q.speaker, speaker_name=sp.name if sp else None,
                                  speaker_code=sp.code if sp else None, cue=q.cue,
                                  speaker_start=sm.start if sm else None, speaker_end=sm.end if sm else None,
                                  speaker_text=sm.text if sm else None))
    published = _date(art.published)
    for e in document.events:
        src, tgt, rep = actors.get(e.source), actors.get(e.target), actors.get(e.reporter)
        place = places.get(e.place)
        day = _date(e.date) or published
        key = cluster_key(aid, e, actor_key(src.code, src.name, src.country, src.sector) if src else "",
                          actor_key(tgt.code, tgt.name, tgt.country, tgt.sector) if tgt else "", day,
                          place_key(place))
        cid = cluster_id(key)
        out.setdefault("_clusters", []).append(dict(
            cluster_id=cid, type=e.type, source_code=key[1] if key[0] != "single" else None,
            target_code=key[2] if key[0] != "single" else None, date=day,
            place_key=(key[4] or None) if key[0] != "single" else None))
        cond = e.condition
        out["events"].append(dict(
            article_id=aid, event_id=e.id, type=e.type, mode=e.mode, cameo=e.cameo, quad_class=quad_class(e.cameo),
            goldstein=e.goldstein, confidence=e.confidence, source_actor=e.source, target_actor=e.target,
            source_name=src.name if src else None, source_code=src.code if src else None,
            source_country=src.country if src else None, source_sector=src.sector if src else None,
            target_name=tgt.name if tgt else None, target_code=tgt.code if tgt else None,
            target_country=tgt.country if tgt else None, target_sector=tgt.sector if tgt else None,
            date=e.date, day=day, place_id=e.place, place_name=place.name if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None, negated=bool(e.negated),
            hypothetical=bool(e.hypothetical), condition_text=cond.text if cond else None,
            condition_start=cond.start if cond else None, condition_end=cond.end if cond else None,
            trigger_start=e.trigger.start, trigger_end=e.trigger.end, trigger_text=e.trigger.text,
            sentence_start=(e.sentence or {}).get("start"), sentence_end=(e.sentence or {}).get("end"),
            reporter_actor=e.reporter, reporter_name=rep.name if rep else None, cluster_id=cid))
    return out


def arrow_table(rows: list[dict], columns: dict[str, pa.DataType]) -> pa.Table:
    return pa.table({name: pa.array([r.get(name) for r in rows], type=typ) for name, typ in columns.items()})


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


class Store:
    """An open eventwire database. ``Store(path)`` creates and migrates it; ``read_only=True`` for readers."""

    def __init__(self, path: str, read_only: bool = False):
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"{self.path}: cannot open ({_first_line(exc)})") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: {_first_line(exc)}") from None
        if not read_only:
            migrate(self.con)
        else:
            version = self.schema_version()
            if version is None:
                raise StoreError(f"{self.path}: not an eventwire database (no schema version)")
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {version} is newer than this eventwire "
                                 f"({SCHEMA_VERSION}); upgrade eventwire")

    def close(self):
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- bookkeeping -------------------------------------------------------------------------------------
    def schema_version(self) -> Optional[int]:
        try:
            rows = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        except Exception:
            return None
        return int(rows[0][0]) if rows else None

    def start_run(self, run_id: str, inputs: Sequence[str], extractor_version: str, model: str):
        # The file lock admits one writer, so a run still marked 'running' died without finishing (kill -9).
        self.con.execute("UPDATE runs SET status = 'killed' WHERE status = 'running'")
        self.con.execute("INSERT INTO runs (run_id, started_at, extractor_version, model, inputs, status) "
                         "VALUES (?, ?, ?, ?, ?, 'running')",
                         [run_id, _now(), extractor_version, model, json.dumps(list(inputs))])

    def finish_run(self, run_id: str, status: str = "finished"):
        self.con.execute("UPDATE runs SET finished_at = ?, status = ? WHERE run_id = ?", [_now(), status, run_id])

    def stored_versions(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """{article id: (extractor_version, model)} for the ids already in the store."""
        if not ids:
            return {}
        rows = self.con.execute("SELECT id, extractor_version, model FROM articles WHERE id IN (SELECT unnest(?))",
                                [list(ids)]).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    # -- writing -----------------------------------------------------------------------------------------
    def write_batch(self, items: Sequence[tuple[Document, dict]], run_id: str,
                    failures: Sequence[tuple[str, Optional[str], str]] = (), skipped: int = 0) -> dict:
        """Store whole articles (replacing any earlier rows for the same ids), their failures and the run's
        counters, in ONE transaction. Returns counts of what was written."""
        tables: dict[str, list[dict]] = {t: [] for t in COLUMNS}
        clusters: list[dict] = []
        for document, meta in items:
            rows = document_rows(document, {**meta, "run_id": run_id})
            for name in COLUMNS:
                tables[name] += rows[name]
            clusters += rows.get("_clusters", [])
        ids = [d.article.id for d, _ in items]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            touched = set(c["cluster_id"] for c in clusters)
            if ids:
                old = con.execute("SELECT DISTINCT cluster_id FROM events WHERE article_id IN (SELECT unnest(?)) "
                                  "AND cluster_id IS NOT NULL", [ids]).fetchall()
                touched |= {r[0] for r in old}
                for name in ARTICLE_TABLES + ["articles"]:
                    col = "id" if name == "articles" else "article_id"
                    con.execute(f"DELETE FROM {name} WHERE {col} IN (SELECT unnest(?))", [ids])
            for name, columns in COLUMNS.items():
                if tables[name]:
                    self._insert(name, arrow_table(tables[name], columns))
            if touched:
                self._update_clusters(sorted(touched), clusters)
            if failures:
                now = _now()
                self._insert("failures", arrow_table(
                    [dict(run_id=run_id, path=p, record=r, reason=why, failed_at=now) for p, r, why in failures],
                    dict(run_id=S, path=S, record=S, reason=S, failed_at=T)))
            con.execute("UPDATE runs SET articles_done = articles_done + ?, articles_failed = articles_failed + ?, "
                        "articles_skipped = articles_skipped + ? WHERE run_id = ?",
                        [len(items), len(failures), skipped, run_id])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return {"articles": len(items), "events": len(tables["events"]), "quotes": len(tables["quotes"]),
                "actors": len(tables["actors"])}

    def _insert(self, name: str, table: pa.Table):
        view = f"_ew_batch_{name}"
        self.con.register(view, table)
        try:
            cols = _quoted(table.column_names)
            self.con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM {view}")
        finally:
            self.con.unregister(view)

    def _update_clusters(self, touched: list[str], new_keys: list[dict]):
        """Recount every touched cluster from the events that support it now; drop clusters left empty.
        A cluster's key columns are written once, when it first appears (the id is a hash of them)."""
        con = self.con
        keys: dict[str, dict] = {}
        for k in new_keys:
            keys.setdefault(k["cluster_id"], k)
        con.register("_ew_cluster_keys", arrow_table(list(keys.values()), CLUSTER_KEYS))
        try:
            con.execute("""
                CREATE OR REPLACE TEMP TABLE _ew_cluster_stats AS
                SELECT e.cluster_id, count(DISTINCT e.article_id) AS num_articles,
                       count(DISTINCT a.source) AS num_sources, count(*) AS num_mentions,
                       min(coalesce(a.published, CAST(a.processed_at AS DATE))) AS first_seen,
                       max(coalesce(a.published, CAST(a.processed_at AS DATE))) AS last_seen,
                       mode(e.cameo ORDER BY e.cameo) AS cameo, avg(e.goldstein) AS goldstein
                FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.cluster_id IN (SELECT unnest(?)) GROUP BY e.cluster_id""", [touched])
            con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT unnest(?)) "
                        "AND cluster_id NOT IN (SELECT cluster_id FROM _ew_cluster_stats)", [touched])
            con.execute("""
                UPDATE event_clusters SET num_articles = s.num_articles, num_sources = s.num_sources,
                    num_mentions = s.num_mentions, first_seen = s.first_seen, last_seen = s.last_seen,
                    cameo = s.cameo, goldstein = s.goldstein
                FROM _ew_cluster_stats s WHERE event_clusters.cluster_id = s.cluster_id""")
            con.execute("""
                INSERT INTO event_clusters (cluster_id, type, source_code, target_code, date, place_key,
                    num_articles, num_sources, num_mentions, first_seen, last_seen, cameo, goldstein)
                SELECT k.cluster_id, k.type, k.source_code, k.target_code, k.date, k.place_key, s.num_articles,
                       s.num_sources, s.num_mentions, s.first_seen, s.last_seen, s.cameo, s.goldstein
                FROM _ew_cluster_keys k JOIN _ew_cluster_stats s ON s.cluster_id = k.cluster_id
                WHERE k.cluster_id NOT IN (SELECT cluster_id FROM event_clusters)""")
            con.execute("DROP TABLE _ew_cluster_stats")
        finally:
            con.unregister("_ew_cluster_keys")

    # -- reading -----------------------------------------------------------------------------------------
    def execute(self, sql: str, params: Optional[list] = None):
        return self.con.execute(sql, params or [])

    def query(self, sql: str, params: Optional[list] = None) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description] if cur.description else []
        return names, cur.fetchall()

    def failures(self, run_id: Optional[str] = None) -> tuple[list[str], list[tuple]]:
        where, params = ("WHERE run_id = ?", [run_id]) if run_id else ("", [])
        return self.query(f"SELECT failed_at, run_id, path, record, reason FROM failures {where} "
                          "ORDER BY failed_at, path, record", params)

    def counts(self) -> dict[str, int]:
        tables = ["articles", "actors", "events", "quotes", "places", "times", "event_clusters", "failures", "runs"]
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}

    def stats(self, limit: int = 10) -> dict[str, Any]:
        """Counts, top actors, top dyads and events per day (the ``eventwire stats`` report)."""
        out: dict[str, Any] = {"counts": self.counts()}
        out["multi_article_clusters"] = self.con.execute(
            "SELECT count(*) FROM event_clusters WHERE num_articles > 1").fetchall()[0][0]
        _, out["top_actors"] = self.query("""
            SELECT name, code, count(*) AS events FROM (
                SELECT source_name AS name, source_code AS code FROM events WHERE source_name IS NOT NULL
                UNION ALL SELECT target_name, target_code FROM events WHERE target_name IS NOT NULL)
            GROUP BY name, code ORDER BY events DESC, name LIMIT ?""", [limit])
        _, out["top_dyads"] = self.query("""
            SELECT source_name, target_name, count(*) AS events FROM events
            WHERE source_name IS NOT NULL AND target_name IS NOT NULL
            GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?""", [limit])
        _, out["events_per_day"] = self.query(
            "SELECT day, count(*) AS events FROM events WHERE day IS NOT NULL GROUP BY day ORDER BY day")
        _, out["runs"] = self.query(
            "SELECT run_id, started_at, finished_at, status, articles_done, articles_skipped, articles_failed "
            "FROM runs ORDER BY started_at DESC LIMIT ?", [limit])
        return out

    def export_events(self, filt: EventFilter) -> pa.Table:
        """Events joined with their article and cluster (parquet/csv exports)."""
        where, params = filt.where("e")
        return self.con.sql(f"""
            SELECT e.article_id, e.event_id, e.day AS event_date, e.date AS date_text, e.type, e.mode, e.cameo,
                   e.quad_class, e.goldstein, e.confidence,
                   e.source_actor, e.source_name, e.source_code, e.source_country, e.source_sector,
                   sa.kind AS source_kind, sa.role AS source_role, sa.religion AS source_religion,
                   sa.ethnicity AS source_ethnicity,
                   e.target_actor, e.target_name, e.target_code, e.target_country, e.target_sector,
                   ta.kind AS target_kind, ta.role AS target_role, ta.religion AS target_religion,
                   ta.ethnicity AS target_ethnicity,
                   e.reporter_actor, e.reporter_name,
                   e.place_id, e.place_name, p.country AS place_country, e.lat, e.lon, p.geonameid,
                   e.negated, e.hypothetical, e.condition_text,
                   e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start, e.sentence_end,
                   substring(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
                   e.cluster_id, c.num_articles AS cluster_articles, c.num_sources AS cluster_sources,
                   c.num_mentions AS cluster_mentions, p.kind AS place_kind,
                   a.title AS article_title, a.published AS article_published, a.source AS article_source,
                   a.url AS article_url, a.extractor_version, a.processed_at
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.actor_id = e.source_actor
            LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.actor_id = e.target_actor
            LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id
            LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
            {where}
            ORDER BY e.day NULLS LAST, e.article_id, e.trigger_start, e.event_id""", params=params).to_arrow_table()

    def export_records(self, filt: EventFilter) -> list[dict]:
        """One dict per event with everything the PLOVER and GDELT writers need, in a stable order."""
        return self.export_events(filt).to_pylist()

    def documents(self, filt: Optional[EventFilter] = None) -> Iterator[str]:
        """The stored eventwire/1 JSON of each article (those with a matching event when filtered)."""
        if filt is None or filt == EventFilter():
            cur = self.con.execute("SELECT document FROM articles ORDER BY published NULLS LAST, id")
        else:
            where, params = filt.where("e")
            cur = self.con.execute(f"SELECT document FROM articles WHERE id IN (SELECT e.article_id FROM events e"
                                   f"{where}) ORDER BY published NULLS LAST, id", params)
        while True:
            rows = cur.fetchmany(256)
            if not rows:
                break
            for (doc,) in rows:
                yield doc


def schema_sql() -> str:
    return ddl()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
