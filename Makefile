# Story digest. `make html` builds the site into output/; `make test` runs the tests.
# Both create the virtual environment (.venv) and install what they need when it is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
STAMP := $(VENV)/.installed
AXE := node_modules/axe-core/axe.min.js

.PHONY: html serve devserver publish clean test lint benchmark install lock

install: $(STAMP)

# Every package at the version in constraints.txt: a fresh machine installs what the tests last
# passed with, whatever has been released since. `make lock` writes it anew from the newest releases.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first, pinned: pip takes the CPU build rather than the registry's CUDA one.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# The newest releases that pyproject.toml allows, installed into a throwaway environment and
# written down; then `make test` on a fresh clone says whether they pass.
lock:
	rm -rf $(VENV)-lock
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet --upgrade pip
	$(VENV)-lock/bin/python -m pip install --quiet torch==2.13.0
	$(VENV)-lock/bin/python -m pip install --quiet -e '.[dev]'
	{ echo "# Written by 'make lock' (pip freeze of a fresh install); 'make install' keeps to it."; \
	  $(VENV)-lock/bin/python -m pip freeze --exclude-editable | sed -e 's/+cpu$$//'; } > constraints.txt
	rm -rf $(VENV)-lock

html: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --fatal errors

serve: $(STAMP)
	$(PELICAN) -l $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT)

# Rebuilds on content and theme changes; plugin code changes need a restart.
devserver: $(STAMP)
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT)

publish: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) --fatal errors

clean:
	rm -rf $(OUTPUTDIR) $(OUTPUTDIR).tmp-* $(OUTPUTDIR).old-* $(OUTPUTDIR).lock

test: $(STAMP) $(AXE)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/mypy

# axe-core (npm; package-lock.json pins it) for the accessibility checks the browser tests run.
$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(AXE)
