"""The read-only web UI and JSON API (`eventwire serve`): ``eventwire.web.app.create_app(db_path)``.

See docs/web.md. All SQL is in ``queries.py``; the highlighted article text is built in ``highlight.py``.
"""
