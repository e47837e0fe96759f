"""JSON Schema (formats/jsonschema.py): valid 2020-12, and in agreement with the models.

The differential tests validate the same plain data with the Pydantic models and with
`jsonschema`, an independent validator reading the committed schema: generated valid
records must pass both, mutated ones must fail both. What JSON Schema cannot say
(references, cycles, spans against the text, calendar dates, ...) is exempt, and a test
keeps the list of those rules true, in the schema's description and in the README.

JSON Schema's `pattern` is an ECMA-262 regular expression, searched anywhere in the
string. Python's `jsonschema` hands it to `re.search`, which reads it as a Python regex:
there `$` also matches before a final newline (so "id\\n" would pass `^...$`) and `\\s`
is Python's white space, not ECMA-262's. `ECMA_VALIDATOR` translates each pattern so it
means what any other 2020-12 validator takes it to mean.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, ValidationError, validators
from pydantic import BaseModel
from pydantic import ValidationError as ModelError

from engagement_schema import Dataset, Person, to_data
from engagement_schema.errors import Path
from engagement_schema.formats.jsonschema import DIALECT, SCHEMA_BASE, dataset_schema, entity_names, entity_schema
from engagement_schema.models import COLLECTIONS
from tests.conftest import REPO_ROOT
from tests.strategies import dataset_data

#: ECMA-262 WhiteSpace and LineTerminator, the set its `\s` matches.
ECMA_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """`pattern` as ECMA-262 reads it, written for Python's `re` (enough for our schemas).

    `$` outside a class becomes `\\Z` (end of input only); `\\s`, `\\S` and `\\d` become
    ECMA-262's sets. Escapes whose meaning differs and that the schema does not use fail
    loudly rather than being read the Python way.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escape = pattern[i + 1]
            if escape == "s":
                out.append(ECMA_SPACE if in_class else f"[{ECMA_SPACE}]")
            elif escape == "S" and not in_class:
                out.append(f"[^{ECMA_SPACE}]")
            elif escape == "d":
                out.append("0-9" if in_class else "[0-9]")
            elif escape in "SDwWbB":
                raise NotImplementedError(f"\\{escape} in {pattern!r}")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "$" and not in_class:
            char = r"\Z"
        out.append(char)
        i += 1
    return re.compile("".join(out))


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


EcmaValidator = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})
COMMITTED = json.loads((REPO_ROOT / "schemas" / "dataset.schema.json").read_text(encoding="utf-8"))
ECMA_VALIDATOR = EcmaValidator(COMMITTED)
DEFS = COMMITTED["$defs"]


def schema_accepts(data: Any) -> bool:
    return bool(ECMA_VALIDATOR.is_valid(data))


def models_accept(data: Any, model: type[BaseModel] = Dataset) -> bool:
    try:
        model.model_validate(data)
    except ModelError:
        return False
    return True


# --- the schema itself ------------------------------------------------------------------


@pytest.mark.parametrize("name", entity_names())
def test_every_schema_is_valid_against_the_2020_12_meta_schema(name: str) -> None:
    schema = entity_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DIALECT
    assert schema["$id"] == f"{SCHEMA_BASE}{name.lower()}.schema.json"


def test_the_committed_schema_is_the_generated_one() -> None:
    assert dataset_schema() == COMMITTED


def test_titles_and_descriptions_come_from_the_docstrings() -> None:
    assert COMMITTED["title"] == "Dataset"
    assert DEFS["Person"]["description"].startswith("A named person")
    assert DEFS["MonetaryAmount"]["properties"]["qualifier"]["description"].startswith("How the stated value")


def test_an_entity_schema_validates_one_record() -> None:
    validator = EcmaValidator(entity_schema("person"))
    assert validator.is_valid({"id": "votel", "name": "Joseph Votel", "rank": "general", "country": "US"})
    assert not validator.is_valid({"id": "votel", "name": "Joseph Votel", "rank": "General"})


def test_an_unknown_entity_name_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="Person"):
        entity_schema("Persons")


def test_the_seed_validates_against_the_committed_schema(seed: Dataset) -> None:
    data = to_data(seed)
    ECMA_VALIDATOR.validate(data)
    Draft202012Validator(COMMITTED).validate(data)


def test_patterns_are_read_as_ecma_262_where_python_would_differ() -> None:
    # Why the validator is extended: stock `jsonschema` lets "votel\n" through `^...$`.
    data = {"people": [{"id": "votel\n", "name": "Joseph Votel"}]}
    assert Draft202012Validator(COMMITTED).is_valid(data)
    assert not schema_accepts(data)
    assert not models_accept(data)


def test_an_id_may_be_left_out_in_schema_and_models_alike() -> None:
    # Regression: the schema required `id`, which the models derive when it is left out.
    data = {"people": [{"name": "Joseph Votel", "country": "US"}]}
    assert schema_accepts(data)
    assert Dataset.model_validate(data).people[0].id == Person(name="Joseph Votel", country="US").id


# --- differential: the models and jsonschema agree --------------------------------------


@settings(max_examples=100)
@given(dataset_data())
def test_generated_valid_datasets_pass_both_validators(data: dict[str, Any]) -> None:
    assert models_accept(data)
    ECMA_VALIDATOR.validate(data)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = DEFS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _describing(schema: dict[str, Any], value: Any) -> dict[str, Any]:
    """The resolved schema (anyOf branch) that describes `value`: optional fields are [X, null]."""
    schema = _resolve(schema)
    options = [_resolve(option) for option in schema.get("anyOf", [])]
    if not options:
        return schema
    return next(o for o in options if (o.get("type") == "null") == (value is None))


def _json_types(schema: dict[str, Any]) -> set[str]:
    schema = _resolve(schema)
    if "anyOf" in schema:
        return set().union(*(_json_types(option) for option in schema["anyOf"]))
    if "type" in schema:
        return {schema["type"]}
    return {type(v).__name__.replace("str", "string") for v in schema.get("enum", [schema.get("const")])}


def sites(schema: dict[str, Any], value: Any, path: Path = ()) -> Iterator[tuple[Path, dict[str, Any], Any]]:
    """Every value in `value`, with its path and the (unresolved) schema that governs it."""
    yield path, schema, value
    described = _describing(schema, value)
    if isinstance(value, dict):
        for key, item in value.items():
            yield from sites(described["properties"][key], item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from sites(described["items"], item, (*path, i))


#: A value of each JSON type, for putting one where another belongs (1.5 is no integer).
WRONG_TYPES = {"string": "x", "integer": 1.5, "boolean": True, "null": None, "array": [], "object": {}}
WRONG_VALUES = {"string": 7, "integer": "7", "number": "7", "boolean": 1, "array": {}, "object": []}
#: Strings that break at least one of the schema's patterns.
BAD_STRINGS = ["", " ", "\ufeff", "\x85", "\u3000", "has space", "-lead", "line\n", "A" * 200, "2018-13-45", "1.5e3"]
Mutation = tuple[str, Path, Callable[[Any], Any]]


def mutations(schema: dict[str, Any], path: Path, value: Any) -> Iterator[Mutation]:
    """Each way to make the value at `path` invalid under its schema, with its name."""
    described = _describing(schema, value)
    allowed = _json_types(schema)
    for kind, wrong in WRONG_TYPES.items():
        if kind not in allowed and not (kind == "integer" and "number" in allowed):
            yield "wrong type", path, lambda _, w=wrong: w
    if isinstance(value, dict):
        yield "extra property", path, lambda v: {**v, "unexpected_field": 1}
        for key in described.get("required", []):
            yield "missing required field", path, lambda v, k=key: {n: x for n, x in v.items() if n != k}
    if "enum" in described or "const" in described:
        listed = described.get("enum", [described.get("const")])
        # Another case ("usd" for "USD") is as wrong as a made-up value.
        cased = [v.swapcase() for v in [value] if isinstance(v, str) and v.swapcase() not in listed]
        for bad in ["not-in-the-list", *cased]:
            yield "bad enum", path, lambda _, b=bad: b
    if "pattern" in described and isinstance(value, str):
        regex = ecma_regex(described["pattern"])
        # Near misses of the valid value first: ECMA's `$` is the end of input, not a final newline.
        for bad in [value + "\n", " " + value, value + " ", *BAD_STRINGS]:
            if not regex.search(bad):
                yield "bad pattern", path, lambda _, b=bad: b
    if "minItems" in described:
        yield "too few items", path, lambda _: []
    if "minimum" in described:
        yield "below minimum", path, lambda _: described["minimum"] - 1
    if "maximum" in described:
        yield "above maximum", path, lambda _: described["maximum"] + 1
    if isinstance(value, list) and value and described.get("uniqueItems"):
        yield "duplicate item", path, lambda v: [*v, copy.deepcopy(v[0])]


def mutated(data: dict[str, Any], path: Path, change: Callable[[Any], Any]) -> dict[str, Any]:
    result = copy.deepcopy(data)
    if not path:
        return change(result)  # type: ignore[no-any-return]
    parent = result
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = change(parent[path[-1]])
    return result


@settings(max_examples=300)
@given(dataset_data(max_records=2), st.data())
def test_mutated_invalid_datasets_fail_both_validators(data: dict[str, Any], choose: st.DataObject) -> None:
    candidates: dict[str, list[Mutation]] = {}
    for path, schema, value in sites(COMMITTED, data):
        for mutation in mutations(schema, path, value):
            candidates.setdefault(mutation[0], []).append(mutation)
    # Kind first, then where: every kind gets its share of examples, however common its sites.
    kind = choose.draw(st.sampled_from(sorted(candidates)), label="kind")
    _, path, change = choose.draw(st.sampled_from(candidates[kind]), label="mutation")
    bad = mutated(data, path, change)
    where = ".".join(map(str, path)) or "(document)"
    assert not schema_accepts(bad), f"{kind} at {where}: the schema accepts it"
    assert not models_accept(bad), f"{kind} at {where}: the models accept it"


def seed_mutations(data: dict[str, Any]) -> Iterator[tuple[type[BaseModel], dict[str, Any], Any, str, str]]:
    """(model, schema, mutated data, kind, where) for each distinct mutation of the seed.

    Record by record, so each check is quick; mutations that differ only in which
    record they hit, or in which item of a list, are tried once.
    """
    seen: set[tuple[Any, ...]] = set()
    targets: list[tuple[type[BaseModel], dict[str, Any], dict[str, Any], int]] = [(Dataset, COMMITTED, data, 1)]
    for name, model in COLLECTIONS.items():
        for record in data.get(name, []):
            targets.append((model, {"$ref": f"#/$defs/{model.__name__}", "$defs": DEFS}, record, 99))
    for model, schema, target, depth in targets:
        for path, governing, value in sites(schema, target):
            for kind, where, change in mutations(governing, path, value) if len(path) <= depth else ():
                field = tuple(p for p in where if isinstance(p, str))
                key = (model, field, kind, json.dumps(change(copy.deepcopy(value))))
                if key not in seen:
                    seen.add(key)
                    yield model, schema, mutated(target, where, change), kind, ".".join(map(str, where))


def test_every_distinct_mutation_of_the_seed_fails_both_validators(seed: Dataset) -> None:
    kinds: set[str] = set()
    disagreements = []
    for model, schema, bad, kind, where in seed_mutations(to_data(seed)):
        kinds.add(kind)
        schema_ok, model_ok = EcmaValidator(schema).is_valid(bad), models_accept(bad, model)
        if schema_ok or model_ok:
            verdicts = f"schema {'accepts' if schema_ok else 'rejects'}, models {'accept' if model_ok else 'reject'}"
            disagreements.append(f"{model.__name__}: {kind} at {where}: {verdicts}")
    assert disagreements == []
    assert kinds >= {"wrong type", "extra property", "missing required field", "bad enum", "bad pattern"}
    assert kinds >= {"duplicate item", "too few items", "below minimum", "above maximum"}


# --- what JSON Schema cannot say --------------------------------------------------------

TEXT = "General Joseph Votel visited Dushanbe on May 11."
BASE: dict[str, Any] = {
    "sources": [{"id": "report", "text": TEXT}],
    "places": [{"id": "dushanbe", "name": "Dushanbe", "kind": "city", "country": "TJ"}],
    "organizations": [{"id": "centcom", "name": "U.S. Central Command", "kind": "military-command"}],
    "people": [
        {
            "id": "votel",
            "name": "Joseph Votel",
            "evidence": [{"source": "report", "start": 8, "end": 20, "quote": "Joseph Votel"}],
        }
    ],
    "posts": [{"id": "commander", "label": "Commander", "organization": "centcom"}],
    "engagements": [
        {
            "id": "visit",
            "kind": "visit",
            "start": "2018-05-11",
            "place": "dushanbe",
            "participants": [{"agent": "votel", "role": "visitor", "posts": ["commander"]}],
        }
    ],
}


def _set(path: Path, value: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = value
        return data

    return change


#: Rules only the models check, each with a word the schema description and the README list it by.
EXEMPT: dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "dangling reference": ("resolve", _set(("posts", 0, "organization"), "nobody")),
    "wrong kind of record": ("right kind", _set(("posts", 0, "organization"), "votel")),
    "duplicate id": ("unique", _set(("places", 0, "id"), "votel")),
    "parent cycle": ("cycles", _set(("organizations", 0, "parent"), "centcom")),
    "part-of cycle": ("part-of", _set(("engagements", 0, "part_of"), "visit")),
    "span not as long as quote": (
        "as long as their quote",
        _set(("people", 0, "evidence", 0, "end"), 21),
    ),
    "quote not the text there": (
        "slic",
        _set(("people", 0, "evidence", 0, "quote"), "Joseph Vote!"),
    ),
    "text not matching sha256": ("`sha256`", _set(("sources", 0, "sha256"), "0" * 64)),
    "date not in the calendar": ("2018-02-30", _set(("engagements", 0, "start"), "2018-02-30")),
    "IRI not by RFC 3987": ("RFC 3987", _set(("places", 0, "same_as"), ["https://example.org/a%zz"])),
    "period ending before it starts": ("not end before they start", _set(("engagements", 0, "end"), "2018-05-10")),
    "engagement years after its report": (
        "at most a year after the latest report",
        lambda data: _set(("sources", 0, "published"), "2016-01")(
            _set(("engagements", 0, "evidence"), [{"source": "report", "start": 0, "end": 7, "quote": "General"}])(data)
        ),
    ),
    "offset written as a float": ("1, not 1.0", _set(("people", 0, "evidence", 0, "start"), 8.0)),
    "item repeated with its list reordered": (
        "reordered",
        lambda data: mutated(
            data,
            ("engagements", 0, "participants"),
            lambda ps: [{**ps[0], "posts": ["commander", "x"]}, {**ps[0], "posts": ["x", "commander"]}],
        ),
    ),
}


README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
README_LIST = " ".join(README[README.index("### What the JSON Schema cannot say") :].split("\n## ")[0].split())


def test_the_base_of_the_exempt_cases_is_valid_everywhere() -> None:
    assert schema_accepts(BASE)
    assert models_accept(BASE)


@pytest.mark.parametrize("case", EXEMPT)
def test_rules_json_schema_cannot_state_are_listed_and_checked_by_the_models(case: str) -> None:
    phrase, breaks = EXEMPT[case]
    bad = breaks(copy.deepcopy(BASE))
    assert schema_accepts(bad), f"{case}: the schema can say this after all; take it off the list"
    assert not models_accept(bad), f"{case}: the models accept it"
    assert phrase in " ".join(COMMITTED["description"].split()), f"{case}: not listed in the schema description"
    assert phrase in README_LIST, f"{case}: not listed in the README"
