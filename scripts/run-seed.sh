#!/usr/bin/env bash
# The main job, end to end on the seed: validate the hand-checked record, write it as
# JSON and YAML with the JSON Schema to out/, and print who met whom.
. "$(dirname "$0")/venv.sh" ""
out="${1:-out}"
engagement-schema validate seeds/votel-tajikistan-2018.yaml
engagement-schema seed --out "$out"
