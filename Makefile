# Every routine task of the SDK. `make test` and `make demo` work on a fresh clone with only
# python3 (3.11+) installed: they create .venv and install what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(abspath $(VENV))/bin
STAMP  := $(VENV)/.setup-stamp
SPEC          ?= openapi.yaml
GENERATED_DIR ?= kombo_ats_client
LAYER_DIR     ?= custom/kombo_ats/_generated
CHECK_DIR     ?= .generated-check
GEN_ARGS = --path $(SPEC) --config generator-config.yaml --custom-template-path templates --meta none --overwrite
LINT_PATHS := $(wildcard custom tests examples benchmarks templates/layer)

.PHONY: setup generate check-generated lint test demo bench sandbox clean

# Two install levels, each done once (a stamp per level, renewed when pyproject.toml changes):
#   demo - the SDK, its sandbox and the sync extra (the demo syncs into DuckDB, its webhook receiver is FastAPI):
#          all `make demo` needs;
#   dev  - plus the pinned generator, linters and test tools, and the benchmark's extras (the official
#          SDK the tests and benchmarks compare with, matplotlib): mypy checks benchmarks/ against them;
#          and the `sync` and `dagster` extras (dlt, DuckDB, PostgreSQL driver, pyarrow, typer, rich, FastAPI,
#          uvicorn, dagster, dagster-dlt) the sync tests use.
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check
DEMO_STAMP  := $(VENV)/.stamp-demo

setup: $(STAMP)

$(BIN)/python:
	@echo "Creating the virtual environment .venv/ ..."
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip

$(DEMO_STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing the SDK, its sandbox and the sync into .venv/ (httpx, attrs, anyio, msgspec, starlette,"
	@echo "uvicorn; dlt, DuckDB, the PostgreSQL driver, pyarrow, typer, rich, FastAPI; first run only, about a minute) ..."
	@$(PIP) -e '.[sandbox,sync]'
	@touch $(DEMO_STAMP)

$(STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing the SDK with its development tools into .venv/ (generator, linters, test tools,"
	@echo "the official SDK and matplotlib for the benchmarks; first run only, about a minute) ..."
	@$(PIP) -e '.[dev,sandbox,bench,sync,dagster]'
	@touch $(STAMP) $(DEMO_STAMP)

# generate DIR: run the pinned generator (with our templates) into DIR and mark it typed.
# PATH puts the pinned ruff first: the generator's post-hooks call `ruff` by name. A warning means part
# of the spec was silently left out of the generated code (a model, an endpoint): that fails too.
define run_generator
	rm -rf $(1)
	@log=$$(mktemp); PATH="$(BIN):$$PATH" $(BIN)/openapi-python-client generate $(GEN_ARGS) --output-path $(1) \
		>$$log 2>&1; status=$$?; \
	if [ $$status -ne 0 ] || grep -q "encountered" $$log; then cat $$log; rm -f $$log; \
		echo "openapi-python-client could not generate all of $(SPEC) (see above): fix the spec or a template"; \
		exit 1; fi; rm -f $$log
	touch $(1)/py.typed
endef

# The typed layer of kombo_ats (filters, walkers, calls, the spec as JSON) from the same spec.
define run_layer_generator
	PATH="$(BIN):$$PATH" $(BIN)/python templates/layer/generate_layer.py --spec $(SPEC) --output $(1)
endef

generate: setup
	$(call run_generator,kombo_ats_client)
	$(call run_layer_generator,custom/kombo_ats/_generated) --readme README.md
	$(BIN)/python -m kombo_ats_sandbox._doc_tables docs/sandbox.md

# Regenerate into a scratch folder inside the repo (so ruff reads the same config) and fail on
# any difference: proves kombo_ats_client/ and the typed layer are fresh and untouched by hand.
check-generated: setup
	@mkdir -p $(CHECK_DIR)
	@$(call run_generator,$(CHECK_DIR)/kombo_ats_client)
	@cp README.md $(CHECK_DIR)/README.md
	@$(call run_layer_generator,$(CHECK_DIR)/_generated) --readme $(CHECK_DIR)/README.md
	@diff -r -q $(GENERATED_DIR) $(CHECK_DIR)/kombo_ats_client -x __pycache__ \
		|| (echo "$(GENERATED_DIR)/ is stale or was edited by hand: run 'make generate' and commit." && exit 1)
	@diff -r -q $(LAYER_DIR) $(CHECK_DIR)/_generated -x __pycache__ \
		|| (echo "$(LAYER_DIR)/ is stale or was edited by hand: run 'make generate' and commit." && exit 1)
	@diff -q README.md $(CHECK_DIR)/README.md \
		|| (echo "README.md's operations table is stale or was edited by hand: run 'make generate' and commit." && exit 1)
	@cp docs/sandbox.md $(CHECK_DIR)/sandbox.md && $(BIN)/python -m kombo_ats_sandbox._doc_tables $(CHECK_DIR)/sandbox.md
	@diff -q docs/sandbox.md $(CHECK_DIR)/sandbox.md \
		|| (echo "docs/sandbox.md's generated tables are stale or were edited by hand: run 'make generate' and commit." && exit 1)
	@echo "check-generated: $(GENERATED_DIR)/, $(LAYER_DIR)/, README.md's operations table and docs/sandbox.md's tables match $(SPEC)"

lint: setup
	$(BIN)/openapi-spec-validator openapi.yaml
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy --strict $(LINT_PATHS)

# Two workers (pytest-xdist): the suite is CPU-bound and CI has two cores; ~100 s instead of ~175 s here.
# Tests share nothing across files (free ports, tmp dirs, a CHECK_DIR per pipeline test).
test: setup check-generated lint
	$(BIN)/python -m pytest -n 2

demo: $(DEMO_STAMP)
	$(BIN)/python -m examples.demo

sandbox: $(DEMO_STAMP)
	$(BIN)/python -m kombo_ats_sandbox --port 8000

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .generated-check* build dist .mypy_cache .ruff_cache
