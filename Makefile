# Two entry points on a fresh machine with Python 3.11+ and make:
#   make run   -> virtual environment, install, launch the app on the built-in model
#   make test  -> same set-up with the test extra, then the whole suite headless
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# Compiled translations, built from the Qt Linguist sources (never committed).
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.runtime

%.qm: %.ts | $(VENV)/.runtime
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(VENV)/.runtime $(QM)
	$(BIN)/python main.py

test: $(VENV)/.test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(VENV)/.test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build *.egg-info $(QM)
