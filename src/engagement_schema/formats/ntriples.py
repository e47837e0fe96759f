"""N-Triples: one triple a line, written straight from the mapping's triples."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from engagement_schema.models import Dataset
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.terms import XSD_STRING, Triple, quoted

__all__ = ["lines", "write"]


def write(dataset: Dataset, base: str) -> str:
    """The dataset as an N-Triples document."""
    return "".join(lines(dataset_triples(dataset, base)))


def lines(triples: Iterable[Triple]) -> Iterator[str]:
    """Each triple as an N-Triples line, newline included."""
    for subject, predicate, obj in triples:
        if isinstance(obj, str):
            text = _node(obj)
        else:
            text = quoted(obj.lexical)
            if obj.datatype != XSD_STRING:
                text = f"{text}^^<{obj.datatype}>"
        yield f"{_node(subject)} <{predicate}> {text} .\n"


def _node(iri: str) -> str:
    return iri if iri[:2] == "_:" else f"<{iri}>"
