"""Answering SPARQL queries over records without any server, on an embedded rdflib store.

The store holds the records and the shipped vocabularies, so queries can use concept
labels; answers come back as rows of plain strings (IRIs and lexical forms), the same
shape a SPARQL endpoint's JSON results reduce to, so one expected answer serves both.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import rdflib
from rdflib.query import ResultRow

from engagement_schema.errors import EngagementSchemaError
from engagement_schema.models import Dataset
from engagement_schema.rdf.concepts import concept_triples
from engagement_schema.rdf.graphs import to_graph
from engagement_schema.rdf.mapping import dataset_triples
from engagement_schema.rdf.namespaces import DEFAULT_BASE

__all__ = ["QueryError", "Row", "answer", "store_of"]

Row = dict[str, str]


class QueryError(EngagementSchemaError):
    """The query is not valid SPARQL, or not a SELECT."""


def store_of(datasets: Iterable[Dataset], *, base: str = DEFAULT_BASE) -> rdflib.Graph:
    """An in-memory graph of the datasets and the shipped vocabularies."""
    records = (triple for dataset in datasets for triple in dataset_triples(dataset, base))
    return to_graph(itertools.chain(concept_triples(), records))


def answer(graph: rdflib.Graph, query: str) -> list[Row]:
    """The rows of a SELECT query, each variable bound to its string value."""
    try:
        result = graph.query(query)
    except Exception as err:  # rdflib raises pyparsing and assorted errors for bad queries
        raise QueryError(
            f"cannot run the query: {str(err).splitlines()[0] if str(err) else type(err).__name__}"
        ) from None
    if result.type != "SELECT":
        raise QueryError(f"expected a SELECT query, got {result.type}")
    variables = [str(v) for v in result.vars or ()]
    rows: list[Row] = []
    for row in result:
        assert isinstance(row, ResultRow)
        rows.append({name: str(row[name]) for name in variables if row[name] is not None})
    return rows
