"""eventwire: news articles to structured, provenance-backed political event data."""

__version__ = "0.1.0"
# Bumped whenever extraction output may change; stored with every processed article.
EXTRACTOR_VERSION = "0.1.0"
SCHEMA = "eventwire/1"
