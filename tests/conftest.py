import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
EXAMPLE = ROOT / "examples" / "trump-putin-call.txt"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def run():
    """Extract one written text (published date optional) and return the Document."""
    from eventwire.model import Article
    from eventwire.pipeline import extract

    def _run(text, published="2025-03-12"):
        return extract(Article(text=text, published=published, id="test"))

    return _run


@pytest.fixture(scope="session")
def shared():
    if not SHARED.exists():
        pytest.skip(f"shared data not found at {SHARED} (set EVENTWIRE_SHARED)")
    return SHARED


def ew(*args, **kw):
    """Run the `eventwire` command as a user would: a real subprocess."""
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, timeout=300,
                          **kw)


def stored(db, sql):
    """Rows of a query on a DuckDB file, through a read-only connection that is closed again."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
