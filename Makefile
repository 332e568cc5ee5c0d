# Entry points, each working on a fresh machine with Python 3.11:
#   make report                   set up .venv, then run the whole analysis on seeds/
#                                 (tables/, figures/, reports/)
#   make report CORPUS=my_study   the same on another study folder (or a bare folder of pages),
#                                 into output/my_study/ (tables/, figures/, reports/)
#   make lab                      set up .venv, then open JupyterLab on notebooks/
#   make test                     set up .venv, then run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
CORPUS ?= seeds
# The seeds' outputs are the repository's tables/, figures/ and reports/; another study's go to
# output/<its folder name>/, so its figures never replace the committed ones.
ifeq ($(CORPUS),seeds)
OUTPUTS :=
else
OUTPUT_DIR := output/$(notdir $(abspath $(CORPUS)))
OUTPUTS := --out "$(OUTPUT_DIR)/reports" --figures "$(OUTPUT_DIR)/figures" --tables "$(OUTPUT_DIR)/tables"
endif
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
	$(BIN)/python -m analysis report --corpus "$(CORPUS)" $(OUTPUTS)

lab: setup
	$(BIN)/python -m jupyterlab --notebook-dir=notebooks

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) tables reports
