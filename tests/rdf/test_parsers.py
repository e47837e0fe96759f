"""rdflib's parsers driven in linear time (rdf/parsers.py): the same triples and the same
errors as rdflib's own driver, without its quadratic time on long lines and literals."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.plugins.parsers.notation3 import BadSyntax

from engagement_schema.rdf.parsers import BadLine, parse_ntriples, parse_turtle

PREFIX = "@prefix schema: <http://schema.org/> .\n"

#: Pieces of a string's body that exercise every branch of rdflib's string reader.
PIECES = ["a", "Д", "😀", '"', "'", '""', "''", "\\", "\\n", "\\t", '\\"', "\\'", "\\\\", "\\u0041", "\\U0001F600"]
PIECES += ["\\uZZZZ", "\\U00110000", "\\x", "\n", "\r\n", " "]


def turtle_of(body: str, delimiter: str) -> str:
    return f"{PREFIX}<http://x/s> schema:name {delimiter}{body}{delimiter} .\n"


def outcome(parse: Callable[[rdflib.Graph, str], object], text: str) -> object:
    """The set of triples parsed, or that the parser refused the text (and why, if it says)."""
    graph = rdflib.Graph()
    try:
        parse(graph, text)
    except BadSyntax as err:
        return ("refused", err._why)
    except (AssertionError, IndexError):  # rdflib's way of refusing a string left open
        return ("refused", "unterminated string literal")
    return set(graph)


@settings(max_examples=300)
@given(
    body=st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
    delimiter=st.sampled_from(['"', "'", '"""', "'''"]),
)
def test_turtle_strings_are_read_as_rdflib_reads_them(body: str, delimiter: str) -> None:
    text = turtle_of(body, delimiter)
    ours = outcome(lambda graph, data: parse_turtle(data, graph), text)
    theirs = outcome(lambda graph, data: graph.parse(data=data, format="turtle"), text)
    assert ours == theirs


@pytest.mark.parametrize(("body", "value"), [('a"', 'a"'), ('a""', 'a""'), ('""a', '""a')])
def test_a_long_string_may_hold_one_or_two_of_its_quotes_even_at_its_ends(body: str, value: str) -> None:
    graph = rdflib.Graph()
    parse_turtle(turtle_of(body, '"""'), graph)
    assert [str(o) for o in graph.objects()] == [value]


def test_a_ten_megabyte_literal_of_escaped_newlines_is_read_in_linear_time() -> None:
    # Regression: rdflib appended one escape at a time; 5.7 MB took a minute.
    body = "Votel\\n" * 1_500_000
    graph = rdflib.Graph()
    started = time.monotonic()
    parse_turtle(turtle_of(body, '"'), graph)
    assert time.monotonic() - started < 5
    assert [len(o) for o in graph.objects()] == [6 * 1_500_000]


@pytest.mark.parametrize("delimiter", ['"', '"""'])
def test_a_string_left_open_fails_in_linear_time_at_its_opening_quote(delimiter: str) -> None:
    text = f"{PREFIX}<http://x/s> schema:name {delimiter}" + "a\\n" * 1_000_000
    started = time.monotonic()
    with pytest.raises(BadSyntax) as caught:
        parse_turtle(text, rdflib.Graph())
    assert time.monotonic() - started < 5
    assert (caught.value._why, caught.value._i) == ("unterminated string literal", text.index(delimiter))


def test_an_ntriples_line_rdflib_refuses_is_named_by_its_number() -> None:
    text = '<http://x/s> <http://x/p> "a" .\r\n<http://x/s> <http://x/p> "b" .\r<s> <p> <o> .\n'
    with pytest.raises(BadLine) as caught:
        parse_ntriples(text, rdflib.Graph())
    assert caught.value.number == 3
    assert str(caught.value) == "Invalid line: <s> <p> <o> ."
