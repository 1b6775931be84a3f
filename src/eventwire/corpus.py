"""Corpus readers: turn folders, JSON Lines, JSON, feeds and WARC files into a stream of articles.

Every input yields :class:`Record` items in a stable order: an article with where it came from, or a
failure (path, record number, reason) so that one bad item never stops a run. Readers never touch the
store; the runner decides what to skip. Single files (.txt/.html) go through ``eventwire.ingest``.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Optional
from urllib.parse import urlparse

from .errors import InputError
from .ingest import article_id, from_html, normalise_text, read_article
from .model import Article

# An article's text longer than this is not a news article (a book, a log, a dump): it is a failure.
MAX_TEXT_CHARS = 1_000_000
# Texts shorter than this many words are too short to judge their language; they are kept.
MIN_WORDS_FOR_LANGUAGE = 20
# Share of words that must be common English function words. English news runs at 0.35-0.50; French,
# German or Spanish text stays under 0.08 (their articles and prepositions are not on the list).
MIN_STOPWORD_SHARE = 0.12
# Share of letters that must be basic Latin (a-z): catches CJK, Arabic, Cyrillic text with few spaces.
MIN_LATIN_SHARE = 0.6
# Share of characters that may be control characters before a text counts as binary.
MAX_CONTROL_SHARE = 0.01

# The most frequent English function words; deliberately excludes words that are also common in
# other Latin-script languages ("a", "in", "on", "die", "me", "no", "so").
ENGLISH_STOPWORDS = frozenset("""
the of and to is was for that with as by at from it its this be are were has have had not but or which
who will would their they them he his she her we our you your an been more than also after about into
over there when what said says could should one new two other some up out all can if no
""".split()) - {"no"}

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz")
CORPUS_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES


@dataclass
class Record:
    """One item read from an input: an article, or why there is none. ``record`` locates it in the file:
    ``line 12`` (JSON Lines), ``item 3`` (JSON list, feed entry), ``offset 40960`` (WARC) or None."""
    path: str
    record: Optional[str]
    article: Optional[Article] = None
    error: Optional[str] = None
    external_id: Optional[str] = None  # the input's own id field, kept for reference

    @property
    def where(self) -> str:
        return f"{self.path}:{self.record}" if self.record else self.path


def check_text(text: str) -> Optional[str]:
    """Why this text is not an article we can code (empty, binary, too long, not English), or None."""
    if not text or not text.strip():
        return "empty text"
    if len(text) > MAX_TEXT_CHARS:
        return f"text longer than {MAX_TEXT_CHARS} characters"
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\t\r\f")
    if "\x00" in text or controls > MAX_CONTROL_SHARE * min(len(text), 20000):
        return "binary content, not text"
    letters = [c for c in text[:20000] if c.isalpha()]
    if letters and sum(1 for c in letters if c.isascii()) / len(letters) < MIN_LATIN_SHARE:
        return "not English (mostly non-Latin script)"
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) >= MIN_WORDS_FOR_LANGUAGE:
        share = sum(1 for w in words if w in ENGLISH_STOPWORDS) / len(words)
        if share < MIN_STOPWORD_SHARE:
            return f"not English (English function words {share:.0%} of words)"
    return None


def to_date(value) -> Optional[str]:
    """A date, ISO timestamp, RFC 822 date or Unix time as YYYY-MM-DD; None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds
        try:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        from dateutil import parser

        return parser.parse(text).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def source_of(url: Optional[str], fallback: Optional[str]) -> Optional[str]:
    """The outlet: its web domain without ``www.`` when there is a URL, else the fallback (file name)."""
    if url:
        host = urlparse(url).netloc.lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return fallback


class _TextOnly(HTMLParser):
    """Text of an HTML fragment (feed entry content), one paragraph per block element."""
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_fragment_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()


def _finish(path: str, record: Optional[str], article: Article, external_id=None) -> Record:
    article.text = normalise_text(article.text or "")
    reason = check_text(article.text)
    if reason:
        return Record(path, record, error=reason, external_id=external_id)
    article.id = article_id(article.text)
    return Record(path, record, article=article, external_id=external_id)


def from_json_record(obj, path: str, record: Optional[str]) -> Record:
    """One article from a JSON object with ``text`` or ``html`` and optional title/url/published/source/id."""
    if not isinstance(obj, dict):
        return Record(path, record, error=f"expected a JSON object, got {type(obj).__name__}")
    ext = obj.get("id")
    ext = None if ext is None else str(ext)
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return Record(path, record, error="no 'text' or 'html' field", external_id=ext)
    if isinstance(text, str) and (text.strip() or not (isinstance(html, str) and html.strip())):
        article = Article(text=text)
    else:
        try:
            article = from_html(html or "", f"{path}:{record}" if record else path)
        except InputError as exc:
            return Record(path, record, error=exc.reason, external_id=ext)
    if obj.get("title"):
        article.title = str(obj["title"])
    if obj.get("url"):
        article.url = str(obj["url"])
    published = to_date(obj.get("published") or obj.get("date"))
    if published:
        article.published = published
    article.source = str(obj["source"]) if obj.get("source") else source_of(article.url, article.source
                                                                             or Path(path).name)
    return _finish(path, record, article, ext)


def read_jsonl(path: Path) -> Iterator[Record]:
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                where = f"line {n}"
                try:
                    obj = json.loads(raw.decode("utf-8-sig"))
                except UnicodeDecodeError:
                    yield Record(str(path), where, error="not valid UTF-8")
                    continue
                except json.JSONDecodeError as exc:
                    yield Record(str(path), where, error=f"bad JSON ({exc.msg})")
                    continue
                yield from_json_record(obj, str(path), where)
    except (OSError, EOFError) as exc:  # unreadable or truncated gzip
        yield Record(str(path), None, error=f"cannot read: {exc}")


def read_json(path: Path) -> Iterator[Record]:
    try:
        obj = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, OSError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        yield Record(str(path), None, error=f"bad JSON ({reason})")
        return
    if isinstance(obj, list):
        for n, item in enumerate(obj, 1):
            yield from_json_record(item, str(path), f"item {n}")
    else:
        yield from_json_record(obj, str(path), None)


def read_feed(path: Path) -> Iterator[Record]:
    """RSS/Atom entries: full content when the feed has it, else the summary."""
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
        yield Record(str(path), None, error=f"not a feed with entries ({reason})")
        return
    feed_title = feed.feed.get("title") if hasattr(feed, "feed") else None
    for n, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = max((c.get("value", "") for c in entry["content"]), key=len)
        if not body.strip():
            body = entry.get("summary", "") or ""
        text = html_fragment_text(body) if "<" in body else body
        article = Article(text=text, title=entry.get("title"), url=entry.get("link"))
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            article.published = dt.date(*parsed[:3]).isoformat()
        article.source = source_of(article.url, feed_title or path.name)
        yield _finish(str(path), f"item {n}", article, entry.get("id"))


def read_warc(path: Path) -> Iterator[Record]:
    """HTML response records of a WARC file; other records (requests, metadata, images) are passed over.
    The publication date comes from the page's metadata, else the WARC capture date."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for rec in records:
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                data = rec.content_stream().read()  # before get_record_offset(), which ends the record
                where = f"offset {records.get_record_offset()}"
                charset = re.search(r"charset=([\w-]+)", ctype)
                try:
                    html = data.decode(charset.group(1) if charset else "utf-8", errors="replace")
                except LookupError:
                    html = data.decode("utf-8", errors="replace")
                try:
                    article = from_html(html, f"{path}:{where}")
                except InputError as exc:
                    yield Record(str(path), where, error=exc.reason)
                    continue
                article.url = article.url or url
                article.published = article.published or to_date(rec.rec_headers.get_header("WARC-Date"))
                article.source = source_of(url, article.source) or article.source
                yield _finish(str(path), where, article)
    except Exception as exc:  # warcio raises plain Exceptions on broken archives
        yield Record(str(path), None, error=f"cannot read WARC: {exc}")


def read_single(path: Path) -> Iterator[Record]:
    try:
        article = read_article(str(path))
    except InputError as exc:
        yield Record(str(path), None, error=exc.reason)
        return
    yield _finish(str(path), None, article)


def _suffix_kind(name: str) -> Optional[str]:
    name = name.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("warc", WARC_SUFFIXES), ("json", JSON_SUFFIXES),
                           ("feed", FEED_SUFFIXES), ("single", TEXT_SUFFIXES + HTML_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


READERS = {"jsonl": read_jsonl, "json": read_json, "feed": read_feed, "warc": read_warc, "single": read_single}


def expand(paths: Iterable[str]) -> Iterator[Path | str]:
    """Files to read, in order: folders recursively (sorted, known suffixes only), files as given.
    A missing path comes back as the string itself so the caller can report it."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and _suffix_kind(f.name) and not any(part.startswith(".") for part in
                                                                     f.relative_to(path).parts):
                    yield f
        elif path.exists():
            yield path
        else:
            yield str(p)


def read_inputs(paths: Iterable[str]) -> Iterator[Record]:
    """Every article (or failure) in the inputs, folders and files mixed freely."""
    for path in expand(paths):
        if isinstance(path, str):
            yield Record(path, None, error="no such file or folder")
            continue
        kind = _suffix_kind(path.name)
        if kind is None:  # an explicitly named file of unknown type: sniff it
            kind = _sniff(path)
        yield from READERS[kind](path)


def _sniff(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return "single"
    if head.startswith(b"WARC/"):
        return "warc"
    text = head.decode("utf-8", errors="replace").lstrip().lower()
    if text.startswith("<?xml") or text.startswith("<rss") or text.startswith("<feed"):
        return "feed"
    if text.startswith("{") and "\n{" in text:
        return "jsonl"
    if text.startswith(("{", "[")):
        return "json"
    return "single"


def count_records(paths: Iterable[str]) -> int:
    """A cheap estimate of how many records the inputs hold (for the progress bar's ETA)."""
    total = 0
    for path in expand(paths):
        if isinstance(path, str):
            continue
        kind = _suffix_kind(path.name) or _sniff(path)
        try:
            if kind == "jsonl":
                opener = gzip.open if path.name.endswith(".gz") else open
                with opener(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif kind == "json":
                head = path.open("rb").read(64).lstrip()
                total += sum(1 for _ in read_json(path)) if head.startswith(b"[") else 1
            elif kind in ("feed", "warc"):
                total += max(1, path.stat().st_size // 20000)  # rough: parsing twice costs too much
            else:
                total += 1
        except (OSError, EOFError):
            total += 1
    return total


__all__ = ["Record", "read_inputs", "count_records", "check_text", "to_date", "MAX_TEXT_CHARS"]
