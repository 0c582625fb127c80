# The single entry point for humans and CI.
#   make build   create .venv, install, split seeds/ and build _site/
#   make test    lint, type-check and run the whole test suite (browser tests included)

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup build serve test lint browser-deps bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# BASE_URL=https://USER.github.io/REPO/ overrides site.yaml's base_url (the Pages workflow sets it).
build: setup
	$(VENV)/bin/archive build $(if $(BASE_URL),--base-url "$(BASE_URL)")

serve: setup
	$(VENV)/bin/archive serve

# Debian's Chromium for the browser tests; axe-core and the Nu HTML checker from npm.
browser-deps:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@test -d node_modules/axe-core -a -d node_modules/vnu-jar || npm ci --silent --no-audit --no-fund

lint: setup
	$(VENV)/bin/ruff check builder tests benchmarks
	$(VENV)/bin/mypy

test: setup browser-deps lint
	$(PY) -m pytest -n 2 -q

bench: setup
	$(PY) benchmarks/bench_split.py

clean:
	rm -rf _site .cache .pytest_cache .mypy_cache .ruff_cache
