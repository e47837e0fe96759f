#!/usr/bin/env bash
# The main job, end to end on the seed: validate the hand-checked record, write it in
# every format with the JSON Schema to out/, print who met whom, and answer the
# competency questions on an embedded store (no server needed).
. "$(dirname "$0")/venv.sh" ""
out="${1:-out}"
echo "== validate the hand-checked seed record"
engagement-schema validate seeds/votel-tajikistan-2018.yaml
echo
echo "== write every format and the JSON Schema to $out/, and say who met whom"
engagement-schema seed --out "$out"
echo
echo "== the RDF conforms to the SHACL shapes"
engagement-schema validate "$out/votel-tajikistan-2018.ttl"
echo
echo "== competency questions, answered on an embedded store"
engagement-schema query examples/queries/*.rq --data "$out/votel-tajikistan-2018.ttl"
echo
echo "== fill a record from the seed text alone, and score it against the hand-checked one"
engagement-schema extract seeds/votel-tajikistan-2018.txt --published 2018-05-14 -o "$out/extracted.yaml"
engagement-schema validate "$out/extracted.yaml"
engagement-schema summary "$out/extracted.yaml"
engagement-schema evaluate seeds/votel-tajikistan-2018.yaml "$out/extracted.yaml"
