"""N-Triples: one triple a line, written straight from the mapping's triples."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from engagement_schema.models import Dataset
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.terms import XSD_STRING, Literal, Triple, quoted

__all__ = ["lines", "write"]


def write(dataset: Dataset, base: str) -> str:
    """The dataset as an N-Triples document."""
    return "".join(lines(dataset_triples(dataset, base)))


def lines(triples: Iterable[Triple]) -> Iterator[str]:
    """Each triple as an N-Triples line, newline included."""
    for subject, predicate, obj in triples:
        yield f"{_node(subject)} <{predicate}> {_object(obj)} .\n"


def _object(obj: str | Literal) -> str:
    if isinstance(obj, Literal):
        text = quoted(obj.lexical)
        return text if obj.datatype == XSD_STRING else f"{text}^^<{obj.datatype}>"
    return _node(obj)


def _node(iri: str) -> str:
    return iri if iri.startswith("_:") else f"<{iri}>"
