# Two entry points for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-8)

.PHONY: install demo test eval bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# One article in detail, then the bundled sample corpus into DuckDB, then the web UI over it (Ctrl-C stops it).
demo: install
	$(BIN)/eventwire extract examples/trump-putin-call.txt --published 2025-05-19 --format table
	$(BIN)/eventwire run corpus/sample.jsonl --db eventwire.duckdb
	$(BIN)/eventwire stats --db eventwire.duckdb
	$(BIN)/eventwire serve --db eventwire.duckdb --port $${PORT:-8000}

test: install
	$(BIN)/python -m pytest -q -m "not slow" -p no:cacheprovider

eval: install
	$(BIN)/python -m pytest -q -m slow -p no:cacheprovider tests/eval

bench: install
	$(BIN)/pip install -q -e '.[test,bench]'
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info
