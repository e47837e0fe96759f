"""Checking a graph against our SHACL shapes with pySHACL, an independent validator.

The shapes are the ones generated from the models (`rdf.shapes`); running a separate
engine over them catches any place where our own reader and the published shapes
would disagree about a graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import rdflib

from engagement_schema.errors import Problem
from engagement_schema.formats.turtle import Compactor
from engagement_schema.rdf.graphs import to_graph
from engagement_schema.rdf.namespaces import DEFAULT_BASE
from engagement_schema.rdf.shapes import shape_triples
from engagement_schema.rdf.terms import Triple

__all__ = ["shacl_problems"]

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def shacl_problems(triples: Iterable[Triple], *, base: str = DEFAULT_BASE) -> list[Problem]:
    """One problem per SHACL validation result; empty when the graph conforms."""
    import pyshacl

    _, report, _ = pyshacl.validate(to_graph(triples), shacl_graph=_shapes(), allow_warnings=True)
    compact = Compactor(base)
    problems = []
    for result in report.subjects(rdflib.RDF.type, _SH.ValidationResult):
        focus = report.value(result, _SH.focusNode)
        path = report.value(result, _SH.resultPath)
        message = report.value(result, _SH.resultMessage)
        where = f"{compact.turtle(str(focus))} {compact.turtle(str(path)) if isinstance(path, rdflib.URIRef) else ''}"
        problems.append(Problem((), f"SHACL: {where.strip()}: {message}"))
    return sorted(problems, key=lambda p: p.message)


@cache
def _shapes() -> rdflib.Graph:
    return to_graph(shape_triples())
