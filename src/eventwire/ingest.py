"""Reading articles: plain text, HTML (via trafilatura) and stdin.

Corpus readers (folders, JSON Lines, feeds, WARC) build on ``read_article``.
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path
from typing import Optional

from .errors import InputError
from .model import Article

MAX_BYTES = 5_000_000  # one article larger than this is almost certainly not an article


def normalise_text(text: str) -> str:
    """Unicode NFC and unified newlines, so the same story hashes the same wherever it came from."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def article_id(text: str) -> str:
    """Content hash of the normalised text: the same text is the same article, whatever its file name."""
    key = re.sub(r"\s+", " ", normalise_text(text)).lower()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, path) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})") from None


def from_html(html: str, path) -> Article:
    """Main text and metadata of a web page; trafilatura does the boilerplate removal."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(path, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    published = None
    if meta is not None and meta.date:
        published = str(meta.date)[:10]
    return Article(
        text=normalise_text(text),
        title=getattr(meta, "title", None) if meta else None,
        url=getattr(meta, "url", None) if meta else None,
        source=getattr(meta, "sitename", None) if meta else None,
        published=published,
    )


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def read_article(path: str, published: Optional[str] = None, title: Optional[str] = None,
                 url: Optional[str] = None) -> Article:
    """One article from a .txt/.html file or '-' (stdin). Raises InputError naming the file."""
    name = "<stdin>" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(name, "no such file")
        if p.is_dir():
            raise InputError(name, "is a directory (use `eventwire run` for folders)")
        if p.stat().st_size > MAX_BYTES:
            raise InputError(name, f"larger than {MAX_BYTES} bytes")
        data = p.read_bytes()
    text = decode(data, name)
    is_html = name.lower().endswith((".html", ".htm")) or looks_like_html(text)
    article = from_html(text, name) if is_html else Article(text=normalise_text(text))
    if not article.text:
        raise InputError(name, "empty text")
    if published:
        article.published = published
    if title:
        article.title = title
    if url:
        article.url = url
    article.source = article.source or (None if path == "-" else Path(path).name)
    article.id = article_id(article.text)
    return article
