"""Every SQL statement the web UI and JSON API run, in one place.

Values from the request only ever travel as ``?`` parameters. The only strings spliced into SQL are
constants from this module (column expressions, whitelisted sort orders), never request data.
Functions take an open DuckDB connection and return plain dicts/lists that are JSON-serialisable
(dates stay ``datetime.date``; FastAPI and the CSV writer turn them into ISO strings).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, Optional

MAX_LIMIT = 500  # page-size cap for every list endpoint
EXPORT_MAX = 100_000  # most rows one CSV/PLOVER export returns

QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}


def actor_key_sql(code: str, name: str, country: str) -> str:
    """SQL expression for the cross-article actor key (see docs/web.md, "Actor identity").

    Actors are stored per article. Across articles they are grouped by their CAMEO-style ``code``
    (upper case, e.g. ``USAGOV``) when the actor also has a ``country`` (so the code names one state,
    organisation or their agency), else by a slug of their name (lower case, e.g. ``fox-news``): a bare
    sector code such as ``GOV`` or ``CVL`` says what kind of actor it is, not who. Keys never need URL
    escaping and codes and slugs cannot collide. The slug follows ``eventwire.store.actor_key``; names
    with no ASCII letter or digit at all get ``h`` + a hash of the name. The arguments are column names
    chosen by this module, never request data.
    """
    ascii_name = f"regexp_replace(strip_accents(coalesce({name}, '')), '[^\\x00-\\x7F]', '', 'g')"
    slug = f"trim(lower(regexp_replace({ascii_name}, '[^A-Za-z0-9]+', '-', 'g')), '-')"
    clean_code = f"upper(regexp_replace(coalesce({code}, ''), '[^A-Za-z0-9]', '', 'g'))"
    return (f"(CASE WHEN {clean_code} <> '' AND coalesce({country}, '') <> '' THEN {clean_code} "
            f"WHEN {slug} <> '' THEN {slug} "
            f"WHEN {name} IS NOT NULL THEN 'h' || substr(md5({name}), 1, 12) END)")


SRC_KEY = actor_key_sql("e.source_code", "e.source_name", "e.source_country")
TGT_KEY = actor_key_sql("e.target_code", "e.target_name", "e.target_country")
ACTOR_KEY = actor_key_sql("ac.code", "ac.name", "ac.country")
# A quote's speaker: its actor row (joined as ``sa``), else the name stored on the quote.
SPEAKER_KEY = actor_key_sql("sa.code", "coalesce(sa.name, qu.speaker_name)", "sa.country")
QUOTES_FROM = ("FROM quotes qu JOIN articles a ON a.id = qu.article_id "
               "LEFT JOIN actors sa ON sa.article_id = qu.article_id AND sa.actor_id = qu.speaker_actor")
# The day an event is counted on: its own resolved date, else the article's publication date.
EVENT_DAY = "coalesce(TRY_CAST(e.date AS DATE), TRY_CAST(a.published AS DATE))"
SENTENCE = "substring(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"
EVENTS_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"

EVENT_SORTS = {
    "date": f"{EVENT_DAY} ASC NULLS LAST, e.article_id, e.trigger_start",
    "-date": f"{EVENT_DAY} DESC NULLS LAST, e.article_id, e.trigger_start",
    "goldstein": "e.goldstein ASC NULLS LAST, e.article_id, e.trigger_start",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.article_id, e.trigger_start",
    "confidence": "e.confidence ASC NULLS LAST, e.article_id, e.trigger_start",
    "-confidence": "e.confidence DESC NULLS LAST, e.article_id, e.trigger_start",
    "type": "e.type ASC NULLS LAST, e.article_id, e.trigger_start",
    "cameo": "e.cameo ASC NULLS LAST, e.article_id, e.trigger_start",
}


@dataclass
class EventFilter:
    """The filters shared by /api/events, its exports, the timeline, the network and the map."""
    actor: Optional[str] = None  # actor key, CAMEO code or exact name (case-insensitive), source or target
    country: Optional[str] = None  # ISO3 of the source or target actor
    type: Optional[str] = None  # PLOVER event type
    cameo: Optional[str] = None  # CAMEO code prefix
    quad: Optional[int] = None  # 1..4
    since: Optional[dt.date] = None
    until: Optional[dt.date] = None
    q: Optional[str] = None  # substring of the trigger or the sentence
    article: Optional[str] = None  # article id

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters."""
        clauses, params = [], []
        if self.actor:
            side = ("({key} = ? OR upper({code}) = upper(?) OR lower({name}) = lower(?))")
            clauses.append("(" + side.format(key=SRC_KEY, code="e.source_code", name="e.source_name") + " OR "
                           + side.format(key=TGT_KEY, code="e.target_code", name="e.target_name") + ")")
            params += [self.actor] * 6
        if self.country:
            clauses.append("(upper(e.source_country) = upper(?) OR upper(e.target_country) = upper(?))")
            params += [self.country] * 2
        if self.type:
            clauses.append("upper(e.type) = upper(?)")
            params.append(self.type)
        if self.cameo:
            clauses.append("starts_with(CAST(e.cameo AS VARCHAR), ?)")
            params.append(self.cameo)
        if self.quad:
            clauses.append("TRY_CAST(e.quad_class AS INTEGER) = ?")
            params.append(int(self.quad))
        if self.since:
            clauses.append(f"{EVENT_DAY} >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{EVENT_DAY} <= ?")
            params.append(self.until)
        if self.q:
            clauses.append(f"(contains(lower(coalesce(e.trigger_text, '')), lower(?)) "
                           f"OR contains(lower(coalesce({SENTENCE}, '')), lower(?)))")
            params += [self.q] * 2
        if self.article:
            clauses.append("e.article_id = ?")
            params.append(self.article)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def as_params(self) -> dict[str, str]:
        """The non-empty filters as query-string parameters (for export and paging links)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value not in (None, ""):
                out[f.name] = value.isoformat() if isinstance(value, dt.date) else str(value)
        return out


def rows(con, sql: str, params: list | tuple = ()) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def one(con, sql: str, params: list | tuple = ()) -> Optional[dict]:
    found = rows(con, sql, params)
    return found[0] if found else None


def scalar(con, sql: str, params: list | tuple = ()):
    return con.execute(sql, list(params)).fetchone()[0]


def table_names(con) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").fetchall()}


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))


# ---------------------------------------------------------------- events

EVENT_COLUMNS = (f"e.*, {EVENT_DAY} AS day, {SRC_KEY} AS source_key, {TGT_KEY} AS target_key, "
                 f"{SENTENCE} AS sentence_text, a.title AS article_title, a.published AS article_published, "
                 "a.source AS article_source, a.url AS article_url, a.extractor_version")


def events(con, flt: EventFilter, sort: str = "-date", limit: int = 50, offset: int = 0) -> dict:
    """One page of events matching ``flt`` plus the total count."""
    limit, offset = _page(limit, offset)
    where, params = flt.where()
    total = scalar(con, f"SELECT count(*) {EVENTS_FROM}{where}", params)
    items = rows(con, f"SELECT {EVENT_COLUMNS} {EVENTS_FROM}{where} ORDER BY {EVENT_SORTS[sort]} LIMIT ? OFFSET ?",
                 params + [limit, offset])
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def events_export(con, flt: EventFilter, sort: str = "-date") -> list[dict]:
    """Every event matching ``flt`` (up to EXPORT_MAX) for CSV / PLOVER export."""
    where, params = flt.where()
    return rows(con, f"SELECT {EVENT_COLUMNS} {EVENTS_FROM}{where} ORDER BY {EVENT_SORTS[sort]} LIMIT ?",
                params + [EXPORT_MAX])


def plover_record(ev: dict) -> dict:
    """One event as a PLOVER JSON record (fields per the PLOVER manual; see docs/web.md)."""
    def entity(prefix):
        if not (ev.get(f"{prefix}_name") or ev.get(f"{prefix}_code")):
            return []
        code = ev.get(f"{prefix}_code") or ""
        return [{"code": ev.get(f"{prefix}_country") or (code[:3] if code else None),
                 "sector": code[3:] or None if len(code) > 3 else None,
                 "entity_text": ev.get(f"{prefix}_name"), "identifier_text": ev.get(f"{prefix}_name")}]

    day = ev.get("day")
    quad = ev.get("quad_class")
    rec = {
        "id": f"{ev['article_id']}-{ev['event_id']}",
        "has_event": True,
        "date": day.isoformat() if isinstance(day, dt.date) else day,
        "actor": entity("source"),
        "recipient": entity("target"),
        "event": [ev.get("type")],
        "event_text": [ev.get("trigger_text")],
        "quad_code": int(quad) if isinstance(quad, (int, float)) or (isinstance(quad, str) and quad.isdigit()) else None,
        "event_scale": ev.get("goldstein"),
        "mode": [ev["mode"]] if ev.get("mode") else [],
        "context": [],
        "text": ev.get("sentence_text"),
        "text_info": {"start": ev.get("sentence_start"), "end": ev.get("sentence_end")},
        "cite_info": {"url": ev.get("article_url"), "title": ev.get("article_title"),
                      "publication": ev.get("article_source"), "coder": "eventwire", "codebook": "PLOVER",
                      "version": ev.get("extractor_version")},
        "coder": "eventwire",
        "comment": f"cameo={ev.get('cameo')}; negated={bool(ev.get('negated'))}; "
                   f"hypothetical={bool(ev.get('hypothetical'))}",
    }
    if ev.get("place_name") or ev.get("lat") is not None:
        rec["event_loc"] = {"extracted_place": ev.get("place_name"), "resolved_place": ev.get("place_name"),
                            "lat": ev.get("lat"), "lon": ev.get("lon")}
    return rec


def timeline(con, flt: EventFilter, by: str = "type") -> dict:
    """Event counts per day, split by PLOVER type or quad class."""
    where, params = flt.where()
    group = "coalesce(e.type, '?')" if by == "type" else "TRY_CAST(e.quad_class AS INTEGER)"
    data = rows(con, f"SELECT {EVENT_DAY} AS day, {group} AS key, count(*) AS count {EVENTS_FROM}{where} "
                     f"GROUP BY ALL HAVING day IS NOT NULL ORDER BY day, key", params)
    series: dict[str, list] = {}
    for r in data:
        label = r["key"] if by == "type" else QUAD_NAMES.get(r["key"], "Unknown")
        series.setdefault(str(label), []).append({"day": r["day"], "count": r["count"]})
    return {"by": by, "series": [{"name": k, "points": v} for k, v in series.items()]}


def network(con, flt: EventFilter, limit: int = 150) -> dict:
    """Directed dyads (source key -> target key) with event count and mean Goldstein score."""
    where, params = flt.where()
    cond = f"{SRC_KEY} IS NOT NULL AND {TGT_KEY} IS NOT NULL AND {SRC_KEY} <> {TGT_KEY}"
    where = (where + " AND " + cond) if where else " WHERE " + cond
    edges = rows(con, f"SELECT {SRC_KEY} AS source, {TGT_KEY} AS target, count(*) AS count, "
                      f"avg(e.goldstein) AS goldstein, mode(e.source_name) AS source_name, "
                      f"mode(e.target_name) AS target_name {EVENTS_FROM}{where} "
                      f"GROUP BY ALL ORDER BY count DESC, source, target LIMIT ?", params + [min(limit, MAX_LIMIT)])
    nodes: dict[str, dict] = {}
    for e in edges:
        for side in ("source", "target"):
            node = nodes.setdefault(e[side], {"id": e[side], "label": e[f"{side}_name"] or e[side], "count": 0})
            node["count"] += e["count"]
        e["goldstein"] = round(e["goldstein"], 2) if e["goldstein"] is not None else None
    return {"nodes": list(nodes.values()),
            "edges": [{"from": e["source"], "to": e["target"], "count": e["count"], "goldstein": e["goldstein"]}
                      for e in edges]}


def places(con, flt: EventFilter, limit: int = 500) -> dict:
    """Geolocated places with how many events happened there and how many articles mention them."""
    where, params = flt.where()
    where_place = (where + " AND " if where else " WHERE ") + "e.place_id IS NOT NULL"
    event_counts = rows(con, f"SELECT e.article_id, e.place_id, count(*) AS n {EVENTS_FROM}{where_place} "
                             "GROUP BY ALL", params)
    per_place = {(r["article_id"], r["place_id"]): r["n"] for r in event_counts}
    found = rows(con, "SELECT article_id, place_id, name, kind, country, lat, lon, geonameid, mention_count "
                      "FROM places WHERE lat IS NOT NULL AND lon IS NOT NULL")
    grouped: dict[tuple, dict] = {}
    for p in found:
        key = (p["geonameid"],) if p["geonameid"] is not None else (p["name"], round(p["lat"], 2), round(p["lon"], 2))
        g = grouped.setdefault(key, {"name": p["name"], "kind": p["kind"], "country": p["country"], "lat": p["lat"],
                                     "lon": p["lon"], "geonameid": p["geonameid"], "articles": 0, "mentions": 0,
                                     "events": 0})
        g["articles"] += 1
        g["mentions"] += p["mention_count"] or 0
        g["events"] += per_place.get((p["article_id"], p["place_id"]), 0)
    items = sorted(grouped.values(), key=lambda g: (-g["events"], -g["articles"], g["name"] or ""))
    if where:
        items = [g for g in items if g["events"]]
    return {"items": items[:min(limit, MAX_LIMIT)], "total": len(items)}


# ---------------------------------------------------------------- clusters

def clusters(con, type: Optional[str] = None, limit: int = 50, offset: int = 0) -> dict:
    if "event_clusters" not in table_names(con):
        return {"items": [], "total": 0, "limit": limit, "offset": offset}
    limit, offset = _page(limit, offset)
    where, params = ("", []) if not type else (" WHERE upper(type) = upper(?)", [type])
    total = scalar(con, f"SELECT count(*) FROM event_clusters{where}", params)
    items = rows(con, f"SELECT * FROM event_clusters{where} ORDER BY num_articles DESC NULLS LAST, "
                      f"num_mentions DESC NULLS LAST, last_seen DESC NULLS LAST, cluster_id LIMIT ? OFFSET ?",
                 params + [limit, offset])
    return {"items": items, "total": total, "limit": limit, "offset": offset}


# ---------------------------------------------------------------- actors

_ACTOR_GROUP = f"""
    SELECT {ACTOR_KEY} AS key, mode(ac.name) AS name, list(DISTINCT ac.name ORDER BY ac.name) AS names,
           mode(ac.code) AS code, mode(ac.kind) AS kind, mode(ac.country) AS country,
           count(DISTINCT ac.article_id) AS articles
    FROM actors ac
"""


def _event_counts(con, keys: list[str]) -> dict[str, int]:
    if not keys:
        return {}
    found = rows(con, f"SELECT k AS key, count(*) AS n FROM (SELECT unnest([{SRC_KEY}, {TGT_KEY}]) AS k "
                      f"FROM events e) WHERE k IN (SELECT unnest(?)) GROUP BY k", [keys])
    return {r["key"]: r["n"] for r in found}


def counterparts(con, key: str, limit: int = 10) -> list[dict]:
    """Who an actor deals with: per counterpart, events in either direction and mean Goldstein per dyad."""
    return rows(con, f"""
        SELECT other AS key, mode(other_name) AS name, count(*) AS events,
               count(*) FILTER (WHERE outgoing) AS outgoing, count(*) FILTER (WHERE NOT outgoing) AS incoming,
               round(avg(goldstein), 2) AS goldstein,
               round(avg(goldstein) FILTER (WHERE outgoing), 2) AS goldstein_out,
               round(avg(goldstein) FILTER (WHERE NOT outgoing), 2) AS goldstein_in
        FROM (
            SELECT {TGT_KEY} AS other, e.target_name AS other_name, true AS outgoing, e.goldstein FROM events e
            WHERE {SRC_KEY} = ? AND {TGT_KEY} IS NOT NULL
            UNION ALL
            SELECT {SRC_KEY}, e.source_name, false, e.goldstein FROM events e
            WHERE {TGT_KEY} = ? AND {SRC_KEY} IS NOT NULL
        ) WHERE other <> ?
        GROUP BY other ORDER BY events DESC, key LIMIT ?""", [key, key, key, limit])


def _top_counterparts(con, keys: list[str], top: int) -> dict[str, list[dict]]:
    """The ``top`` counterparts of each of ``keys`` in one query (the actor list shows them)."""
    if not keys:
        return {}
    found = rows(con, f"""
        WITH d AS (
            SELECT {SRC_KEY} AS k, {TGT_KEY} AS other, e.target_name AS other_name, e.goldstein FROM events e
            WHERE {SRC_KEY} IN (SELECT unnest(?)) AND {TGT_KEY} IS NOT NULL
            UNION ALL
            SELECT {TGT_KEY}, {SRC_KEY}, e.source_name, e.goldstein FROM events e
            WHERE {TGT_KEY} IN (SELECT unnest(?)) AND {SRC_KEY} IS NOT NULL),
        g AS (SELECT k, other AS key, mode(other_name) AS name, count(*) AS events,
                     round(avg(goldstein), 2) AS goldstein FROM d WHERE other <> k GROUP BY k, other)
        SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY k ORDER BY events DESC, key) AS rank FROM g)
        WHERE rank <= ? ORDER BY k, rank""", [keys, keys, top])
    out: dict[str, list[dict]] = {}
    for r in found:
        out.setdefault(r.pop("k"), []).append({k: r[k] for k in ("key", "name", "events", "goldstein")})
    return out


def actors(con, q: Optional[str] = None, limit: int = 50, offset: int = 0, top: int = 3) -> dict:
    """Actors grouped across articles, most-mentioned first, with event counts and top counterparts."""
    limit, offset = _page(limit, offset)
    where, params = "", []
    if q:
        where = " WHERE contains(lower(ac.name), lower(?)) OR upper(coalesce(ac.code, '')) = upper(?)"
        params = [q, q]
    total = scalar(con, f"SELECT count(DISTINCT {ACTOR_KEY}) FROM actors ac{where}", params)
    items = rows(con, f"""
        WITH grp AS ({_ACTOR_GROUP}{where} GROUP BY 1 HAVING key IS NOT NULL),
             m AS (SELECT {ACTOR_KEY} AS key, count(*) AS mentions FROM actor_mentions am
                   JOIN actors ac ON ac.article_id = am.article_id AND ac.actor_id = am.actor_id GROUP BY 1)
        SELECT grp.*, coalesce(m.mentions, 0) AS mentions FROM grp LEFT JOIN m USING (key)
        ORDER BY articles DESC, mentions DESC, key LIMIT ? OFFSET ?""", params + [limit, offset])
    keys = [a["key"] for a in items]
    counts = _event_counts(con, keys)
    tops = _top_counterparts(con, keys, top) if top else {}
    for a in items:
        a["events"] = counts.get(a["key"], 0)
        a["counterparts"] = tops.get(a["key"], [])
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def actor(con, key: str) -> Optional[dict]:
    """One actor (by key): who it is, its events over time, quotes, counterparts."""
    found = one(con, f"{_ACTOR_GROUP} WHERE {ACTOR_KEY} = ? GROUP BY 1", [key])
    if not found:
        return None
    found["mentions"] = scalar(con, f"SELECT count(*) FROM actor_mentions am JOIN actors ac ON "
                                    f"ac.article_id = am.article_id AND ac.actor_id = am.actor_id "
                                    f"WHERE {ACTOR_KEY} = ?", [key])
    found["events"] = _event_counts(con, [key]).get(key, 0)
    found["counterparts"] = counterparts(con, key, limit=50)
    found["timeline"] = rows(con, f"""
        SELECT {EVENT_DAY} AS day, count(*) FILTER (WHERE {SRC_KEY} = ?) AS as_source,
               count(*) FILTER (WHERE {TGT_KEY} = ?) AS as_target, round(avg(e.goldstein), 2) AS goldstein
        {EVENTS_FROM} WHERE ({SRC_KEY} = ? OR {TGT_KEY} = ?) GROUP BY 1 HAVING day IS NOT NULL ORDER BY 1""",
                             [key] * 4)
    found["quotes"] = quotes(con, speaker=key, limit=50)["items"]
    found["articles_list"] = rows(con, f"""
        SELECT DISTINCT a.id, a.title, a.published, a.source FROM actors ac JOIN articles a ON a.id = ac.article_id
        WHERE {ACTOR_KEY} = ? ORDER BY a.published DESC NULLS LAST, a.id LIMIT 100""", [key])
    return found


# ---------------------------------------------------------------- quotes and articles

def quotes(con, speaker: Optional[str] = None, q: Optional[str] = None, limit: int = 50, offset: int = 0) -> dict:
    """Quotes, newest article first. ``speaker``: actor key, CAMEO code or exact name."""
    limit, offset = _page(limit, offset)
    key = SPEAKER_KEY
    clauses, params = [], []
    if speaker:
        clauses.append(f"({key} = ? OR upper(qu.speaker_code) = upper(?) OR lower(qu.speaker_name) = lower(?))")
        params += [speaker] * 3
    if q:
        clauses.append("contains(lower(qu.text), lower(?))")
        params.append(q)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    base = QUOTES_FROM
    total = scalar(con, f"SELECT count(*) {base}{where}", params)
    items = rows(con, f"SELECT qu.*, {key} AS speaker_key, a.title AS article_title, a.published AS article_published, "
                      f"a.source AS article_source {base}{where} "
                      f"ORDER BY a.published DESC NULLS LAST, qu.article_id, qu.start LIMIT ? OFFSET ?",
                 params + [limit, offset])
    return {"items": items, "total": total, "limit": limit, "offset": offset}


ARTICLE_COLUMNS = ("a.id, a.title, a.published, a.source, a.url, a.input_path, a.extractor_version, a.model, "
                   "a.run_id, a.processed_at")


def articles(con, q: Optional[str] = None, limit: int = 50, offset: int = 0) -> dict:
    """Articles, newest first, with per-article annotation counts (no text)."""
    limit, offset = _page(limit, offset)
    where, params = "", []
    if q:
        where = " WHERE contains(lower(coalesce(a.title, '')), lower(?)) OR contains(lower(a.text), lower(?))"
        params = [q, q]
    total = scalar(con, f"SELECT count(*) FROM articles a{where}", params)
    items = rows(con, f"""
        SELECT {ARTICLE_COLUMNS}, length(a.text) AS chars,
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
               (SELECT count(*) FROM quotes qu WHERE qu.article_id = a.id) AS quotes,
               (SELECT count(*) FROM actors ac WHERE ac.article_id = a.id) AS actors
        FROM articles a{where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?""",
                 params + [limit, offset])
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def article(con, article_id: str) -> Optional[dict]:
    """One article with its text and every annotation, each list ordered by position in the text."""
    found = one(con, f"SELECT {ARTICLE_COLUMNS}, a.text FROM articles a WHERE a.id = ?", [article_id])
    if not found:
        return None
    p = [article_id]
    found["actors"] = rows(con, f"SELECT ac.*, {ACTOR_KEY} AS key FROM actors ac WHERE ac.article_id = ? "
                                "ORDER BY ac.actor_id", p)
    found["actor_mentions"] = rows(con, 'SELECT * FROM actor_mentions WHERE article_id = ? ORDER BY start, "end"', p)
    found["events"] = rows(con, f"SELECT e.*, {SRC_KEY} AS source_key, {TGT_KEY} AS target_key FROM events e "
                                "WHERE e.article_id = ? ORDER BY e.trigger_start", p)
    found["quotes"] = rows(con, f"SELECT qu.*, {SPEAKER_KEY} AS speaker_key {QUOTES_FROM} "
                                "WHERE qu.article_id = ? ORDER BY qu.start", p)
    found["places"] = rows(con, "SELECT * FROM places WHERE article_id = ? ORDER BY place_id", p)
    found["place_mentions"] = rows(con, 'SELECT * FROM place_mentions WHERE article_id = ? ORDER BY start, "end"', p)
    found["times"] = rows(con, "SELECT * FROM times WHERE article_id = ? ORDER BY start", p)
    return found


def summary(con) -> dict:
    """Corpus counts for the dashboard header."""
    out = {}
    for table in ("articles", "events", "actors", "quotes", "places"):
        out[table] = scalar(con, f"SELECT count(*) FROM {table}")
    out["first_day"], out["last_day"] = con.execute(
        f"SELECT min({EVENT_DAY}), max({EVENT_DAY}) {EVENTS_FROM}").fetchone()
    return out


def event_types(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY 1").fetchall()]
