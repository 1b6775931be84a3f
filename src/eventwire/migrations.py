"""The store's schema as named migrations: applied in order, recorded in ``migrations``, safe to re-run.

Add a change by appending a new ``(name, sql)`` pair; never edit one that has shipped. Every statement
is idempotent on its own (IF NOT EXISTS), so a migration interrupted half-way can simply run again.
``SCHEMA_VERSION`` is the number of migrations; it is written to ``meta`` after migrating.
Column meanings are documented in docs/store.md (a test checks every column is listed there).
"""
from __future__ import annotations

INITIAL = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    extractor_version VARCHAR,
    model VARCHAR,
    inputs JSON,
    articles_done INTEGER DEFAULT 0,
    articles_skipped INTEGER DEFAULT 0,
    articles_failed INTEGER DEFAULT 0,
    status VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    published DATE,
    source VARCHAR,
    url VARCHAR,
    text VARCHAR,
    input_path VARCHAR,
    extractor_version VARCHAR,
    model VARCHAR,
    run_id VARCHAR,
    processed_at TIMESTAMP,
    document JSON,
    input_record VARCHAR,
    external_id VARCHAR,
    warnings JSON
);
CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR,
    actor_id VARCHAR,
    name VARCHAR,
    kind VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    code VARCHAR,
    role VARCHAR,
    why VARCHAR,
    confidence DOUBLE,
    mention_count INTEGER,
    PRIMARY KEY (article_id, actor_id)
);
CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id VARCHAR,
    actor_id VARCHAR,
    start INTEGER,
    "end" INTEGER,
    text VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR,
    event_id VARCHAR,
    type VARCHAR,
    mode VARCHAR,
    cameo VARCHAR,
    quad_class TINYINT,
    goldstein DOUBLE,
    confidence DOUBLE,
    source_actor VARCHAR,
    target_actor VARCHAR,
    source_name VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    target_name VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    date VARCHAR,
    place_id VARCHAR,
    place_name VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    condition_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text VARCHAR,
    sentence_start INTEGER,
    sentence_end INTEGER,
    reporter_actor VARCHAR,
    cluster_id VARCHAR,
    day DATE,
    source_sector VARCHAR,
    target_sector VARCHAR,
    reporter_name VARCHAR,
    condition_start INTEGER,
    condition_end INTEGER,
    PRIMARY KEY (article_id, event_id)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR,
    quote_id VARCHAR,
    kind VARCHAR,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    speaker_actor VARCHAR,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    cue VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_text VARCHAR,
    PRIMARY KEY (article_id, quote_id)
);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR,
    place_id VARCHAR,
    name VARCHAR,
    kind VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonameid BIGINT,
    mention_count INTEGER,
    PRIMARY KEY (article_id, place_id)
);
CREATE TABLE IF NOT EXISTS place_mentions (
    article_id VARCHAR,
    place_id VARCHAR,
    start INTEGER,
    "end" INTEGER,
    text VARCHAR
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR,
    time_id VARCHAR,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    value VARCHAR,
    granularity VARCHAR,
    PRIMARY KEY (article_id, time_id)
);
CREATE TABLE IF NOT EXISTS failures (
    run_id VARCHAR,
    path VARCHAR,
    record VARCHAR,
    reason VARCHAR,
    failed_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY,
    type VARCHAR,
    source_code VARCHAR,
    target_code VARCHAR,
    date DATE,
    place_key VARCHAR,
    num_articles INTEGER,
    num_sources INTEGER,
    num_mentions INTEGER,
    first_seen DATE,
    last_seen DATE,
    cameo VARCHAR,
    goldstein DOUBLE
);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id);
CREATE INDEX IF NOT EXISTS actor_mentions_article ON actor_mentions (article_id);
CREATE INDEX IF NOT EXISTS place_mentions_article ON place_mentions (article_id);
"""

# CAMEO religion and ethnic codes of actors (GDELT's Actor1Religion1Code / Actor1EthnicCode)
AFFILIATIONS = """
ALTER TABLE actors ADD COLUMN IF NOT EXISTS religion VARCHAR;
ALTER TABLE actors ADD COLUMN IF NOT EXISTS ethnicity VARCHAR;
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", INITIAL),
    ("0002_indexes", INDEXES),
    ("0003_actor_affiliations", AFFILIATIONS),
]

SCHEMA_VERSION = len(MIGRATIONS)


def ddl() -> str:
    """The whole schema as SQL, in the order it is applied (what ``eventwire schema`` prints)."""
    parts = []
    for name, sql in MIGRATIONS:
        parts.append(f"-- migration {name}\n{sql.strip()}\n")
    return "\n".join(parts)


def migrate(con) -> list[str]:
    """Apply the migrations this database has not recorded yet; returns their names."""
    con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    done = {row[0] for row in con.execute("SELECT name FROM migrations").fetchall()}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in _statements(sql):
                con.execute(statement)
            con.execute("INSERT INTO migrations VALUES (?, current_timestamp)", [name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    if applied or not done:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return applied


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
