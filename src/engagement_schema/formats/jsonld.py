"""JSON-LD: the mapping's triples as a flattened graph under an inline `@context`.

Flattened form (every node a top-level object with its own `@id`) sidesteps the
nested-context errors LinkML's users report (linkml/linkml#2772): nothing depends on
where a node sits. The context is only prefixes, inline, so a reader never has to
fetch anything; `schemas/context.jsonld` is the same context for reuse.
Reading refuses any remote context rather than fetch it: no network, ever.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from engagement_schema.formats.turtle import Compactor, compactor
from engagement_schema.models import Dataset
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.terms import RDF_TYPE, XSD_STRING, Literal, Term, Triple

__all__ = ["context", "malformed_context", "node_objects", "remote_contexts", "write"]


def write(dataset: Dataset, base: str, *, indent: int | None = 2) -> str:
    """The dataset as one JSON-LD document; `indent=None` puts it on one line (JSON Lines)."""
    compact = compactor(base)
    graph = node_objects(dataset_triples(dataset, base), compact)
    document = {"@context": context(compact), "@graph": graph}
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":")) + "\n"


def context(compact: Compactor) -> dict[str, str]:
    """The `@context`: our prefixes, the id base among them as `id`."""
    return dict(sorted(compact.prefixes.items()))


def node_objects(triples: Iterable[Triple], compact: Compactor) -> list[dict[str, Any]]:
    """One JSON-LD node object per subject, in the order subjects first appear."""
    nodes: dict[str, dict[str, Any]] = {}
    for subject, predicate, obj in triples:
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = {"@id": compact(subject)}
        if predicate == RDF_TYPE:
            node.setdefault("@type", []).append(compact(obj))  # type: ignore[arg-type]
        else:
            node.setdefault(compact(predicate), []).append(_value(obj, compact))
    return [{k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in n.items()} for n in nodes.values()]


def remote_contexts(document: Any) -> list[str]:
    """Every `@context` or `@import` in the document that would need a fetch."""
    return [ref for _, value in _contexts(document) for ref in _references(value)]


def malformed_context(document: Any) -> str | None:
    """What is wrong with the first `@context` that is not a context (JSON-LD 1.1 allows
    null, an IRI, an object, or an array of those), if one is not."""
    for key, value in _contexts(document):
        if key != "@context":
            continue
        for item in value if isinstance(value, list) else [value]:
            if not (item is None or isinstance(item, str | dict)):
                return f"@context is an object, an IRI, null or an array of those, not {_json_type(item)}"
    return None


def _contexts(document: Any) -> Iterator[tuple[str, Any]]:
    """Each `@context` and `@import` value of the document, with its key."""
    stack = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if key in ("@context", "@import"):
                    yield key, value
                stack.append(value)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an array" if isinstance(value, list) else type(value).__name__


def _references(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [ref for item in value for ref in _references(item)]
    if isinstance(value, dict) and isinstance(value.get("@import"), str):
        return [value["@import"]]
    return []


def _value(obj: Term, compact: Compactor) -> Any:
    if isinstance(obj, Literal):
        if obj.datatype == XSD_STRING:
            return obj.lexical
        return {"@value": obj.lexical, "@type": compact(obj.datatype)}
    short = compact(obj)
    scheme = short.partition(":")[0]
    if short == obj and scheme in compact.prefixes:
        # An IRI of its own whose scheme is one of our prefixes (`schema:Person` as a
        # sameAs) would be read as a compact IRI; switch the prefix off around it.
        return {"@context": {scheme: None}, "@id": obj}
    return {"@id": short}
