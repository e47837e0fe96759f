#!/usr/bin/env bash
# The whole check, as CI runs it: lint, types, generated-artefact drift, tests.
. "$(dirname "$0")/venv.sh" test
ruff check src tests benchmarks examples
ruff format --check src tests benchmarks examples
mypy
python -m pytest "$@"
