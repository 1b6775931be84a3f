"""Fixtures for the web tests: a small DuckDB store written through eventwire.store (so its schema never
drifts from the real one) and a real `python -m eventwire serve` subprocess on a free localhost port."""
from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from eventwire.model import Actor, Article, Document, Event, Mention, Place, Quote, TimeExpr

HOSTILE = '<script>window.ewPwned=true;alert(1)</script>'
HOSTILE_IMG = '<img src=x onerror="window.ewPwned=true">'


def at(text: str, phrase: str, nth: int = 0) -> Mention:
    """The nth occurrence of phrase in text as a Mention (offsets computed, never hand-typed)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase)


def sentence_of(text: str, m: Mention) -> dict:
    start = max(text.rfind(". ", 0, m.start) + 2, 0) if text.rfind(". ", 0, m.start) >= 0 else 0
    end = text.find(". ", m.end)
    return {"start": start, "end": len(text) if end < 0 else end + 1}


def event(text, eid, etype, cameo, trigger, source=None, target=None, goldstein=0.0, date=None, place=None, **kw):
    m = at(text, trigger)
    return Event(id=eid, type=etype, cameo=cameo, trigger=m, sentence=sentence_of(text, m), source=source,
                 target=target, goldstein=goldstein, date=date, place=place, confidence=0.8, **kw)


def documents() -> list[Document]:
    """Three written articles: a meeting with a quote, an aid story, and one full of hostile markup."""
    a = ('President Ana Varga of France met Chancellor Otto Brandt in Berlin on Monday. '
         '"We will defend our <b>borders</b> & our values," Varga said. '
         'Brandt criticized the <i>Bold</i> Front for the attack.')
    doc_a = Document(
        article=Article(text=a, id="art-a", title="Varga & Brandt meet in Berlin", published="2025-03-10",
                        source="Test Wire", url="https://example.org/a"),
        actors=[Actor("A1", "Ana Varga", "person", country="FRA", sector="GOV", code="FRAGOV",
                      mentions=[at(a, "Ana Varga"), at(a, "Varga", 1)]),
                Actor("A2", "Otto Brandt", "person", country="DEU", sector="GOV", code="DEUGOV",
                      mentions=[at(a, "Otto Brandt"), at(a, "Brandt", 1)]),
                Actor("A3", "<i>Bold</i> Front", "group", mentions=[at(a, "<i>Bold</i> Front")])],
        events=[event(a, "E1", "CONSULT", "040", "met", "A1", "A2", 1.0, "2025-03-10", "P1"),
                event(a, "E2", "ACCUSE", "111", "criticized", "A2", "A3", -2.0, "2025-03-10")],
        quotes=[Quote("Q1", "direct", at(a, '"We will defend our <b>borders</b> & our values,"').text,
                      *[getattr(at(a, '"We will defend our <b>borders</b> & our values,"'), k) for k in ("start", "end")],
                      speaker="A1", speaker_mention=at(a, "Varga", 1), cue="said")],
        places=[Place("P1", "Berlin", "city", "DEU", 52.52, 13.405, 2950159, [at(a, "Berlin")])],
        times=[TimeExpr("T1", "Monday", *[getattr(at(a, "Monday"), k) for k in ("start", "end")], "2025-03-10", "day")])

    b = ('Germany sent aid to Ukraine on Wednesday, officials in Kyiv said. '
         'Otto Brandt praised Ana Varga for her support.')
    doc_b = Document(
        article=Article(text=b, id="art-b", title="Aid for Ukraine", published="2025-03-12", source="Other Wire"),
        actors=[Actor("A1", "Germany", "country", country="DEU", code="DEU", mentions=[at(b, "Germany")]),
                Actor("A2", "Ukraine", "country", country="UKR", code="UKR", mentions=[at(b, "Ukraine")]),
                Actor("A3", "Otto Brandt", "person", country="DEU", sector="GOV", code="DEUGOV",
                      mentions=[at(b, "Otto Brandt")]),
                Actor("A4", "Ana Varga", "person", country="FRA", sector="GOV", code="FRAGOV",
                      mentions=[at(b, "Ana Varga")])],
        events=[event(b, "E1", "AID", "070", "sent aid", "A1", "A2", 7.0, "2025-03-12", "P1"),
                event(b, "E2", "SUPPORT", "051", "praised", "A3", "A4", 3.4)],
        places=[Place("P1", "Kyiv", "city", "UKR", 50.45, 30.52, 703448, [at(b, "Kyiv")])],
        times=[TimeExpr("T1", "Wednesday", *[getattr(at(b, "Wednesday"), k) for k in ("start", "end")],
                        "2025-03-12", "day")])

    x = (f'Officials said {HOSTILE} and {HOSTILE_IMG} appeared in a statement by "Evil <b>Corp</b>". '
         'Police arrested protesters in Paris on Tuesday.')
    doc_x = Document(
        article=Article(text=x, id="art-x", title=f"Statement {HOSTILE}", published="2025-03-11",
                        source="Hostile <b>Wire</b>", url="javascript:window.ewPwned=true"),
        actors=[Actor("A1", "Evil <b>Corp</b>", "organization", mentions=[at(x, "Evil <b>Corp</b>")]),
                Actor("A4", "Officials", "group", sector="GOV", code="GOV", mentions=[at(x, "Officials")]),
                Actor("A2", "Police", "organization", country="FRA", sector="COP", code="FRACOP",
                      mentions=[at(x, "Police")]),
                Actor("A3", "protesters", "group", country="FRA", code="FRAOPP", mentions=[at(x, "protesters")])],
        events=[event(x, "E1", "COERCE", "173", "arrested", "A2", "A3", -5.0, "2025-03-11", "P1")],
        quotes=[Quote("Q1", "indirect", HOSTILE + " and " + HOSTILE_IMG,
                      at(x, HOSTILE).start, at(x, HOSTILE_IMG).end, speaker="A1", cue="said")],
        places=[Place("P1", "Paris", "city", "FRA", 48.85, 2.35, 2988507, [at(x, "Paris")])],
        times=[TimeExpr("T1", "Tuesday", *[getattr(at(x, "Tuesday"), k) for k in ("start", "end")],
                        "2025-03-11", "day")])
    return [doc_a, doc_b, doc_x]


def build_store(path: Path) -> Path:
    from eventwire import EXTRACTOR_VERSION
    from eventwire.store import Store

    meta = dict(input_path="fixture", extractor_version=EXTRACTOR_VERSION, model="fixture",
                processed_at=dt.datetime(2025, 3, 13, 12, 0))
    with Store(str(path)) as store:
        store.start_run("fixture-run", ["fixture"], EXTRACTOR_VERSION, "fixture")
        store.write_batch([(d, meta) for d in documents()], "fixture-run")
        store.finish_run("fixture-run")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db),
                                      "--port", str(self.port)], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("eventwire serve exited:\n" + self.proc.stdout.read())
            try:
                if httpx.get(self.url + "/openapi.json", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("eventwire serve did not start within 30 s")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "fixture.duckdb")


@pytest.fixture(scope="session")
def server(store_path):
    srv = Server(store_path)
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server.url, timeout=10) as c:
        yield c
