# Run `make help` for the targets. Everything runs inside .venv, which `make setup` creates.
.DEFAULT_GOAL := help
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup: $(STAMP) ## create .venv with the locked requirements and the notebook kernel

$(STAMP): requirements.txt pyproject.toml tools/check-system.sh
	@bash tools/check-system.sh
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m ipykernel install --sys-prefix --name vnlabour --display-name "vnlabour (.venv)" >/dev/null
	@touch $@

extract: setup ## data/raw/articles -> data/interim
	$(PY) -m vnlabour extract

report: setup ## build tables, figures and the report
	$(PY) -m vnlabour report

test: setup ## every test, then ruff
	$(PY) -m pytest
	$(VENV)/bin/ruff check vnlabour tests benchmarks notebooks
	$(VENV)/bin/ruff format --check vnlabour tests benchmarks notebooks

eval: setup ## score the extractor on the hand-labelled passages in tests/eval
	$(PY) -m vnlabour.evaluate tests/eval/corpus tests/eval/labels.json

bench: setup ## speed and memory on generated corpora (BENCH_FULL=1 adds 100,000 articles)
	$(PY) benchmarks/bench.py

bench-report: setup ## the one-process build against the papermill + nbconvert command chain
	$(PY) benchmarks/bench_report.py

lock: ## re-pin requirements.txt from requirements.in
	$(VENV)/bin/pip-compile --quiet --strip-extras --allow-unsafe --no-header \
	  --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	sed -i 's#^-e file://.*#-e .#' requirements.txt

.PHONY: help setup extract report test eval bench bench-report lock
