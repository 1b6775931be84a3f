"""The corpus run loop: read inputs, skip what is stored, extract in worker processes, commit per batch.

Workers are separate processes (spawn), each loading the spaCy model once; they only extract. The main
process is the single DuckDB writer and commits each batch's articles in one transaction, so killing the
run at any moment loses at most the batches in flight, and running the same command again finishes the
rest: articles already stored (same text hash, extractor version and model) are skipped.
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

from . import EXTRACTOR_VERSION
from .corpus import Record, count_records, read_inputs
from .model import Article, Document
from .store import Store

DEFAULT_BATCH_SIZE = 16
FAILURE_FLUSH = 200  # write pending failures at least this often even when no article is ready


@dataclass
class RunSummary:
    run_id: str
    done: int = 0
    skipped: int = 0
    outdated: int = 0  # skipped because stored by another extractor version/model (see --reprocess)
    failed: int = 0
    events: int = 0
    quotes: int = 0
    interrupted: bool = False
    failures: list[tuple[str, Optional[str], str]] = field(default_factory=list)

    def line(self) -> str:
        text = (f"{self.done} articles done, {self.skipped} skipped (already stored), {self.failed} failed; "
                f"{self.events} events, {self.quotes} quotes")
        if self.outdated:
            text += f" ({self.outdated} stored by another extractor version or model: use --reprocess)"
        return text


def resolve_model(model: Optional[str]) -> str:
    """The spaCy package name a run uses (what is stored in articles.model); fails early if not installed."""
    import importlib.util

    from .nlp import ALIASES, ModelNotFound, default_model_name, installed_models

    name = ALIASES.get(model or default_model_name(), model or default_model_name())
    if importlib.util.find_spec(name) is None:
        raise ModelNotFound(f"unknown spaCy model {name!r}; installed: {', '.join(installed_models()) or 'none'}")
    return name


# -- worker side ------------------------------------------------------------------------------------------
def _watch_parent(parent: int):
    """Exit when the parent process dies (kill -9 of the run must not leave model-sized orphans behind)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(model: Optional[str], parent: int):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's business
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    from .pipeline import build_nlp

    build_nlp(model)  # load once, before the first batch


def extract_batch(articles: Sequence[Article], model: Optional[str]) -> list[tuple[Optional[Document], Optional[str]]]:
    """Extract a batch; if the batch fails, retry one by one so one bad article cannot sink the others."""
    from .pipeline import process

    try:
        return [(doc, None) for doc in process(articles, model=model, batch_size=max(1, len(articles)))]
    except Exception:
        pass
    out = []
    for article in articles:
        try:
            out.append((next(process([article], model=model)), None))
        except Exception as exc:  # a bug in a component: record it, go on
            out.append((None, f"extraction failed: {type(exc).__name__}: {exc}"))
    return out


# -- main side --------------------------------------------------------------------------------------------
class _Inline:
    """workers=0: extract in this process (debugging, tests); same interface as the executor."""

    def __init__(self, model):
        self.model = model

    def submit(self, fn, *args):
        fut: Future = Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller like a real executor would
            fut.set_exception(exc)
        return fut

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def new_run_id() -> str:
    return f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


def run_corpus(inputs: Sequence[str], db: str, workers: int = 1, model: Optional[str] = None,
               reprocess: bool = False, batch_size: int = DEFAULT_BATCH_SIZE,
               warn: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
               progress=None) -> RunSummary:
    """Process every input into the store at ``db``; see the module docstring. ``progress``: an object with
    ``start(total)``, ``advance(n, summary)`` and ``stop()`` (the CLI passes a rich progress bar)."""
    model_name = resolve_model(model)
    batch_size = max(1, batch_size)
    store = Store(db)
    summary = RunSummary(run_id=new_run_id())
    store.start_run(summary.run_id, list(inputs), EXTRACTOR_VERSION, model_name)
    if progress is not None:
        progress.start(count_records(inputs))
    if workers > 0:
        import multiprocessing

        executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_init_worker, initargs=(model_name, os.getpid()))
    else:
        executor = _Inline(model_name)
    window = max(2, 2 * workers)
    in_flight: dict[Future, list[tuple[Article, dict]]] = {}
    pending_failures: list[tuple[str, Optional[str], str]] = []
    pending_skipped = 0
    seen: set[str] = set()

    def fail(path, record, reason):
        nonlocal pending_failures
        summary.failed += 1
        summary.failures.append((path, record, reason))
        pending_failures.append((path, record, reason))
        warn(f"eventwire: warning: {path}{':' + record if record else ''}: {reason}")

    def commit(items):
        nonlocal pending_failures, pending_skipped
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
        for _, meta in items:
            meta["processed_at"] = now
        written = store.write_batch(items, summary.run_id, failures=pending_failures, skipped=pending_skipped)
        handled = len(items) + len(pending_failures) + pending_skipped
        pending_failures, pending_skipped = [], 0
        summary.done += written["articles"]
        summary.events += written["events"]
        summary.quotes += written["quotes"]
        if progress is not None:
            progress.advance(handled, summary)

    def collect(done_futures):
        for fut in done_futures:
            batch = in_flight.pop(fut)
            results = fut.result()
            items = []
            for (article, meta), (document, error) in zip(batch, results):
                if error:
                    fail(meta["input_path"], meta["input_record"], error)
                else:
                    items.append((document, meta))
            commit(items)

    def dispatch(candidates: list[tuple[Article, dict]]):
        nonlocal pending_skipped
        stored = store.stored_versions([a.id for a, _ in candidates])
        batch = []
        for article, meta in candidates:
            previous = stored.get(article.id)
            if article.id in seen:
                pending_skipped += 1
                summary.skipped += 1
                continue
            seen.add(article.id)
            if previous is not None and (previous == (EXTRACTOR_VERSION, model_name) or not reprocess):
                pending_skipped += 1
                summary.skipped += 1
                if previous != (EXTRACTOR_VERSION, model_name):
                    summary.outdated += 1
                continue
            batch.append((article, meta))
        if not batch:
            return
        while len(in_flight) >= window:
            done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
            collect(done)
        fut = executor.submit(extract_batch, [a for a, _ in batch], model_name)
        in_flight[fut] = batch

    status = "finished"
    try:
        candidates: list[tuple[Article, dict]] = []
        for rec in read_inputs(inputs):
            if rec.article is None:
                fail(rec.path, rec.record, rec.error or "unreadable")
            else:
                candidates.append((rec.article, _meta(rec, model_name)))
            if len(candidates) >= batch_size:
                dispatch(candidates)
                candidates = []
            if len(pending_failures) >= FAILURE_FLUSH and not in_flight:
                commit([])
            done = [f for f in in_flight if f.done()]
            if done:
                collect(done)
        if candidates:
            dispatch(candidates)
        while in_flight:
            done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
            collect(done)
        if pending_failures or pending_skipped:
            commit([])
    except KeyboardInterrupt:
        status = "interrupted"
        summary.interrupted = True
    except BrokenProcessPool:
        status = "failed"
        raise RuntimeError("a worker process died (out of memory?); run the same command again to continue")
    finally:
        if progress is not None:
            progress.stop()
        _shutdown(executor)
        try:
            if pending_failures or pending_skipped:
                commit([])
            store.finish_run(summary.run_id, status)
        finally:
            store.close()
    return summary


def _meta(rec: Record, model_name: str) -> dict:
    return {"input_path": rec.path, "input_record": rec.record, "external_id": rec.external_id,
            "model": model_name, "extractor_version": EXTRACTOR_VERSION}


def _shutdown(executor):
    if isinstance(executor, _Inline):
        return
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for p in processes:  # do not wait for a batch nobody will store
        if p.is_alive():
            p.terminate()

