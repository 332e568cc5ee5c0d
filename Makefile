# Two entry points, each working on a fresh machine with Python 3.11:
#   make report   set up .venv, then run the whole analysis on seeds/ (tables/, figures/, reports/)
#   make test     set up .venv, then run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: setup report test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

setup: $(VENV)/.installed

report: setup
	$(BIN)/python -m analysis report

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) tables reports
