# circleci-api developer tasks.  `make test` is what CI runs (via .ci/run).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC ?=
SPEC_DATE ?=

.PHONY: help
help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

$(VENV)/.installed: requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==25.3
	$(PY) -m pip install --quiet -r requirements/dev.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

.PHONY: venv
venv: $(VENV)/.installed  ## Create the virtualenv with pinned dev dependencies

.PHONY: demo
demo: venv  ## Run the demo: the seed workflow against a local fake CircleCI (no account needed)
	$(PY) -m circleci_api.demo

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: node
node: node_modules/.installed  ## Install Prism (pinned in package-lock.json)

.PHONY: generate
generate: venv  ## Apply fixes and regenerate generated/ and docs/operations.md
	$(PY) -m tools.generate

.PHONY: check-generated
check-generated: venv  ## Fail if generated/ is out of date with openapi/, fixes, templates or config
	$(PY) -m tools.check_generated

.PHONY: lint
lint: venv  ## ruff and mypy --strict
	$(VENV)/bin/ruff check overlay tools tests bench
	$(VENV)/bin/ruff format --check overlay tools tests bench
	$(VENV)/bin/mypy

.PHONY: test
test: venv node  ## Everything CI checks: lint, generated drift, the whole test suite
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory check-generated
	CI=$${CI:-true} $(VENV)/bin/pytest -n 2 --timeout=300

.PHONY: bench
bench: venv  ## Benchmarks vs httpx, stock generator output and pycircleci; writes docs/benchmarks.md (~10 min)
	$(PY) -m bench

.PHONY: check-fixes
check-fixes: venv  ## List what each spec fix does; fail if one is obsolete or points at something gone
	$(PY) -m tools.build_spec --check

.PHONY: update-spec
update-spec: venv  ## Import CircleCI's document (SPEC=path-or-url [SPEC_DATE=YYYY-MM-DD]), regenerate, report changes
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path-or-url> [SPEC_DATE=YYYY-MM-DD]"; exit 2; }
	$(PY) -m tools.update_spec "$(SPEC)" $(if $(SPEC_DATE),--date $(SPEC_DATE),)

.PHONY: release-check
release-check: venv  ## Fail if __version__ is not bumped enough since the last tag, or CHANGELOG.md lacks it
	$(PY) -m tools.release_check

.PHONY: lock
lock: venv  ## Re-pin requirements/dev.txt from requirements/dev.in
	$(PY) -m pip install --quiet -r requirements/dev.in
	{ echo "# Full pinned development environment, generated from requirements/dev.in by \`make lock\`."; \
	  $(PY) -m pip freeze --exclude-editable | sort -f; } > requirements/dev.txt

.PHONY: clean
clean:  ## Remove build output (not the venv)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
