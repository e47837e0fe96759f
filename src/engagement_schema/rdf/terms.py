"""The RDF terms our mapping produces: an IRI is a `str`, a literal a `Literal`.

Plain tuples, not rdflib objects: the writers format millions of them, and rdflib's
term classes cost more to build than the line they end up in.
"""

from __future__ import annotations

import re
from typing import NamedTuple

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class Literal(NamedTuple):
    """A literal: its lexical form and the full IRI of its datatype."""

    lexical: str
    datatype: str = XSD_STRING


Term = str | Literal
Triple = tuple[str, str, Term]


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def quoted(lexical: str) -> str:
    """A lexical form as an N-Triples / Turtle string, every special character escaped.

    Only the two string delimiters' breakers and control characters are escaped; all
    other Unicode passes through as UTF-8, so no value can leave its literal.
    """
    if not _NEEDS_ESCAPE.search(lexical):
        return f'"{lexical}"'
    return '"' + _NEEDS_ESCAPE.sub(_escape, lexical) + '"'


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"
