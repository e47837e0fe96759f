"""Our triples as an rdflib graph, for the tools that need one (SHACL, SPARQL, tests).

The writers never build a graph; this is the one place our terms become rdflib's.
"""

from __future__ import annotations

from collections.abc import Iterable

import rdflib

from engagement_schema.rdf.terms import XSD_STRING, Literal, Term, Triple

__all__ = ["to_graph"]


def to_graph(triples: Iterable[Triple]) -> rdflib.Graph:
    """An rdflib graph of our triples."""
    graph = rdflib.Graph()
    for subject, predicate, obj in triples:
        graph.add((_node(subject), rdflib.URIRef(predicate), _node(obj)))
    return graph


def _node(term: Term) -> rdflib.term.Identifier:
    if isinstance(term, Literal):
        # RDF 1.1 makes "x" and "x"^^xsd:string one literal; rdflib keeps them apart.
        datatype = None if term.datatype == XSD_STRING else rdflib.URIRef(term.datatype)
        return rdflib.Literal(term.lexical, datatype=datatype)
    if term.startswith("_:"):
        return rdflib.BNode(term[2:])
    return rdflib.URIRef(term)
