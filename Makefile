# circleci-api developer tasks.  `make test` is what CI runs (via .ci/run).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Runtime-only venvs: the demo's, and the two ends of pyproject.toml's dependency ranges.
DEMO_VENV ?= .venv-demo
LOWEST_VENV ?= .venv-lowest
NEWEST_VENV ?= .venv-newest
# `make test` fails when `make demo` in a fresh clone takes longer than this many seconds.
DEMO_SECONDS_LIMIT ?= 10
PIP_QUIET := --quiet --disable-pip-version-check
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

# The demo needs only the runtime dependencies (requirements/runtime.txt, a dozen small wheels); the
# checkout's two source directories go on the venv's path with a .pth file, as `make venv` does.
$(DEMO_VENV)/.installed: requirements/runtime.txt
	rm -rf $(DEMO_VENV)
	$(PYTHON) -m venv --without-pip $(DEMO_VENV)
	@# The demo venv needs no pip of its own: the system's pip (>= 22.3) installs into it; else ensurepip.
	if $(PYTHON) -m pip --python $(DEMO_VENV)/bin/python --version >/dev/null 2>&1; then \
	  $(PYTHON) -m pip --python $(DEMO_VENV)/bin/python install $(PIP_QUIET) -r requirements/runtime.txt; \
	else \
	  $(DEMO_VENV)/bin/python -m ensurepip --default-pip > /dev/null; \
	  $(DEMO_VENV)/bin/python -m pip install $(PIP_QUIET) -r requirements/runtime.txt; \
	fi
	$(DEMO_VENV)/bin/python -c 'import sys, sysconfig; open(sysconfig.get_paths()["purelib"] + "/circleci_api_checkout.pth", "w").write("\n".join(sys.argv[1:]) + "\n")' \
	  "$(CURDIR)/overlay" "$(CURDIR)/generated"
	touch $@

.PHONY: demo
demo: $(DEMO_VENV)/.installed  ## Run the demo: the seed workflow against a local fake CircleCI (no account needed)
	$(DEMO_VENV)/bin/python -m circleci_api.demo

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
test: venv node  ## Everything CI checks: lint, generated drift, the suite, fresh-clone demo, dependency bounds
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory check-generated
	CI=$${CI:-true} $(VENV)/bin/pytest -n 2 --timeout=300
	$(MAKE) --no-print-directory demo-fresh
	$(MAKE) --no-print-directory test-lowest
	$(MAKE) --no-print-directory test-newest

.PHONY: test-fast
test-fast: venv  ## The suite without the slow and the contract tests (no Node.js needed; about a minute)
	$(VENV)/bin/pytest -n 2 --timeout=300 -m "not slow and not contract"

.PHONY: demo-fresh
demo-fresh: venv  ## Time `make demo` in a fresh clone of HEAD, pip cache off; fail above DEMO_SECONDS_LIMIT (10) s
	$(PY) -m tools.fresh_demo --limit $(DEMO_SECONDS_LIMIT) --python $(PYTHON)

# The lowest-versions run: the development set with httpx, attrs, python-dateutil, sniffio ... at
# the lower bounds of pyproject.toml (tools/dependency_bounds.py), and the suite less its 7 slow
# build-and-regenerate tests, which exercise the build tools rather than the runtime dependencies.
build/requirements-lowest.txt: requirements/dev.txt pyproject.toml tools/dependency_bounds.py | venv
	$(PY) -m tools.dependency_bounds lowest -o $@

$(LOWEST_VENV)/.installed: build/requirements-lowest.txt
	rm -rf $(LOWEST_VENV)
	$(PYTHON) -m venv $(LOWEST_VENV)
	$(LOWEST_VENV)/bin/python -m pip install $(PIP_QUIET) --upgrade pip==25.3
	$(LOWEST_VENV)/bin/python -m pip install $(PIP_QUIET) -r build/requirements-lowest.txt
	$(LOWEST_VENV)/bin/python -m pip install $(PIP_QUIET) --no-deps --no-build-isolation -e .
	touch $@

.PHONY: test-lowest
test-lowest: $(LOWEST_VENV)/.installed node  ## The suite (less the slow tests) against the lowest allowed runtime versions
	@echo "test-lowest: runtime dependencies at their lower bounds:" $$($(LOWEST_VENV)/bin/python -m tools.dependency_bounds report)
	CI=$${CI:-true} $(LOWEST_VENV)/bin/pytest -n 2 --timeout=300 -m "not slow" -p no:cacheprovider

# The newest-versions run: the wheel installed as a user installs it (pip picks the newest release
# each range allows), then every module imported and the smoke script and the demo run outside the checkout.
.PHONY: test-newest
test-newest: dist  ## Install the wheel with the newest allowed runtime releases; import and smoke-test it
	rm -rf $(NEWEST_VENV)
	$(PYTHON) -m venv $(NEWEST_VENV)
	$(NEWEST_VENV)/bin/python -m pip install $(PIP_QUIET) dist/circleci_api-*.whl
	cd $(NEWEST_VENV) && bin/python -I $(CURDIR)/tests/release/smoke.py
	cd $(NEWEST_VENV) && bin/python -I -m circleci_api.demo > demo.log || { cat demo.log; exit 1; }
	@echo "test-newest: imports, smoke test and demo passed"

.PHONY: dist
dist: venv  ## Build the wheel and sdist into dist/, reproducibly (timestamps from the last commit)
	rm -rf dist
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 1700000000) \
	  $(PY) -m build --no-isolation --outdir dist . > /dev/null
	@ls -l dist

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
	$(PY) -m tools.dependency_bounds runtime -o requirements/runtime.txt

.PHONY: clean
clean:  ## Remove build output (not the venv)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
