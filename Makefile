# The two commands of the README:  make run  (install + start the site)  and  make test.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3
PORT ?= 8000

.PHONY: setup run test test-sqlite test-postgres lint format bench system-deps clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[site,dev]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

system-deps:
	scripts/system-deps.sh

# `endqi demo` checks the port before anything else and names a free one if it is taken.
run: setup
	$(BIN)/endqi demo --port $(PORT)

# Lint, then the whole suite on SQLite (browser tests included), then again on PostgreSQL.
test: setup system-deps lint test-sqlite test-postgres

lint:
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

test-sqlite:
	ENDQI_TESTING=1 $(BIN)/pytest

test-postgres:
	ENDQI_TESTING=1 scripts/with-postgres.sh $(BIN)/pytest -m "not browser" tests/web

format:
	$(BIN)/ruff check --fix src tests benchmarks
	$(BIN)/ruff format src tests benchmarks

bench: setup system-deps
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) node_modules artifacts staticfiles endqi.sqlite3 build dist
	rm -rf src/*.egg-info *.egg-info .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -not -path './.git/*' -prune -exec rm -rf {} +
