"""rdflib's Turtle and N-Triples parsers, driven so that time grows linearly with input.

rdflib reads an N-Triples line by scanning its buffer again for every 2 KB of it, and a
Turtle string by appending to it one escape at a time: both take time quadratic in the
length of one line or literal (a 5 MB N-Triples line took 74 s; a 6 MB Turtle literal
of escaped newlines, which our own writer makes of a long text, a minute). Here
N-Triples is fed to rdflib a line at a time, and a Turtle string is read by rdflib's own
steps, its pieces collected in a list; every result and nearly every error is rdflib's
(a string left open is reported at its opening quote).
"""

from __future__ import annotations

import re

import rdflib
from rdflib.exceptions import ParserError
from rdflib.plugins.parsers.notation3 import BadSyntax, RDFSink, SinkParser
from rdflib.plugins.parsers.ntriples import NTGraphSink, W3CNTriplesParser

__all__ = ["BadLine", "parse_ntriples", "parse_turtle"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # N-Triples ends a line with any of them


class BadLine(ParserError):
    """An N-Triples line rdflib refuses, with its 1-based number."""

    def __init__(self, number: int, line: str) -> None:
        self.number = number
        super().__init__(f"Invalid line: {line}")


def parse_ntriples(text: str, graph: rdflib.Graph) -> None:
    """Add the triples of an N-Triples document to `graph`; raises `BadLine`."""
    parser = W3CNTriplesParser(NTGraphSink(graph))
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        parser.line = line
        try:
            parser.parseline()
        except ParserError as err:
            raise BadLine(number, line) from err


def parse_turtle(text: str, graph: rdflib.Graph) -> None:
    """Add the triples of a Turtle document to `graph`, as `graph.parse(data=text)` would."""
    _TurtleParser(RDFSink(graph), baseURI=graph.absolutize(""), turtle=True).loadBuf(text)


_SPECIAL = re.compile(r"[\\\r\n\"']")
_SIMPLE = dict(zip("abfrtvn\\\"'", "\a\b\f\r\t\v\n\\\"'", strict=True))


class _TurtleParser(SinkParser):
    def strconst(self, argstr: str, i: int, delim: str) -> tuple[int, str]:
        """rdflib's reading of a string, step for step, but collecting its pieces in a list
        to join once (rdflib appends each to one growing string: quadratic time)."""
        pieces: list[str] = []
        quote, long, start, startline = delim[0], len(delim) == 3, i, self.lines
        while (found := _SPECIAL.search(argstr, i)) is not None:
            at = found.start()
            pieces.append(argstr[i:at])
            char = argstr[at]
            i = at + 1
            if char == quote:
                if not long:
                    return i, "".join(pieces)
                run = len(argstr[at : at + 5]) - len(argstr[at : at + 5].lstrip(quote))
                if run >= 3:  # a long string may end with one or two of its own quotes
                    pieces.append(quote * (run - 3))
                    return at + run, "".join(pieces)
                pieces.append(char)
            elif char in "\"'":
                pieces.append(char)
            elif char in "\r\n":
                if not long:
                    self.BadSyntax(argstr, at, "newline found in string literal")
                self.lines += 1
                self.startOfLine = i
                pieces.append(char)
            elif i < len(argstr) and argstr[i] in _SIMPLE:
                pieces.append(_SIMPLE[argstr[i]])
                i += 1
            elif argstr[i : i + 1] in ("u", "U"):
                escape = self.uEscape if argstr[i] == "u" else self.UEscape
                i, char = escape(argstr, i + 1, startline)
                pieces.append(char)
            else:
                self.BadSyntax(argstr, at, "bad escape")
        raise BadSyntax(self._thisDoc, self.lines, argstr, start - len(delim), "unterminated string literal")
