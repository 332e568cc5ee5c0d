# Entry points, each working on a fresh machine with Python 3.11:
#   make report                   set up .venv, then run the whole analysis on seeds/
#                                 (tables/, figures/, reports/)
#   make report CORPUS=my_study   the same on another study folder (or a bare folder of pages)
#   make lab                      set up .venv, then open JupyterLab on notebooks/
#   make test                     set up .venv, then run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
CORPUS ?= seeds
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: setup report lab test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

setup: $(VENV)/.installed

report: setup
	$(BIN)/python -m analysis report --corpus "$(CORPUS)"

lab: setup
	$(BIN)/python -m jupyterlab --notebook-dir=notebooks

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) tables reports
