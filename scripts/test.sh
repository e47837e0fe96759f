#!/usr/bin/env bash
# The whole check, as CI runs it: lint, types, generated-artefact drift, tests.
. "$(dirname "$0")/venv.sh" test
ruff check src tests benchmarks examples fuzz
ruff format --check src tests benchmarks examples fuzz
mypy
python -m pytest "$@"
