"""Splitting an input into records (bulk/items.py): JSON Lines, YAML streams, whole files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_schema.bulk import Item, read_items


def items(text: str, format: str) -> list[tuple[int, int, str]]:
    """Each record of `text` as (index, line, text)."""
    return [(i.index, i.line, i.text) for i in read_items(text.splitlines(keepends=True), format)]


# JSON Lines


def test_json_lines_skip_blank_lines_and_keep_each_records_own_line_number() -> None:
    text = '\n{"a":1}\n\n   \n{"b":2}\n\t\n{"c":3}\n'
    assert items(text, "jsonl") == [(0, 2, '{"a":1}\n'), (1, 5, '{"b":2}\n'), (2, 7, '{"c":3}\n')]


def test_json_lines_with_crlf_endings_number_lines_the_same() -> None:
    text = '{"a":1}\r\n\r\n{"b":2}\r\n'
    assert [(i, line) for i, line, _ in items(text, "jsonl")] == [(0, 1), (1, 3)]


def test_json_lines_without_a_final_newline_keep_the_last_record() -> None:
    assert items('{"a":1}\n{"b":2}', "jsonl") == [(0, 1, '{"a":1}\n'), (1, 2, '{"b":2}')]


@pytest.mark.parametrize("text", ["", "\n", "  \n\n\t\n"])
def test_json_lines_with_no_records_give_none(text: str) -> None:
    assert items(text, "jsonl") == []


@settings(max_examples=100)
@given(
    st.lists(st.one_of(st.just(""), st.sampled_from([" ", "\t", "  \t "]), st.just("{}")), max_size=30),
    st.sampled_from(["\n", "\r\n"]),
)
def test_every_json_line_is_found_at_its_line(lines: list[str], newline: str) -> None:
    text = "".join(line + newline for line in lines)
    expected = [n for n, line in enumerate(lines, 1) if line == "{}"]
    found = list(read_items(text.splitlines(keepends=True), "jsonl"))
    assert [i.line for i in found] == expected
    assert [i.index for i in found] == list(range(len(expected)))


def test_records_are_read_lazily_one_line_at_a_time() -> None:
    consumed = []

    def lines() -> Iterator[str]:
        for n in range(1_000_000):
            consumed.append(n)
            yield "{}\n"

    first = next(read_items(lines(), "jsonl"))
    assert first == Item(0, 1, "{}\n")
    assert len(consumed) == 1


# YAML streams


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "---\na: 1\nb: 2\n---\nc: 3\n",
            [(0, 2, "a: 1\nb: 2\n"), (1, 5, "c: 3\n")],
            id="a document starts after its marker and ends at the next",
        ),
        pytest.param(
            "---\na: 1\n...\n---\nb: 2\n...\n",
            [(0, 2, "a: 1\n"), (1, 5, "b: 2\n")],
            id="a document end marker closes a document",
        ),
        pytest.param(
            "# records of May 2018\n# exported by hand\n\n---\na: 1\n",
            [(0, 5, "a: 1\n")],
            id="leading comments are not a document",
        ),
        pytest.param(
            "---\na: 1\n---\n# nothing here\n\n---\nb: 2\n",
            [(0, 2, "a: 1\n"), (1, 7, "b: 2\n")],
            id="a document of only comments is skipped",
        ),
        pytest.param(
            "--- {a: 1}\n--- {b: 2}\n---\nc: 3\n",
            [(0, 1, "{a: 1}\n"), (1, 2, "{b: 2}\n"), (2, 4, "c: 3\n")],
            id="an inline document starts on its marker line",
        ),
        pytest.param(
            "--- # the first\na: 1\n",
            [(0, 1, "# the first\na: 1\n")],
            id="a comment after a marker is not a document",
        ),
        pytest.param(
            "a: 1\nb:\n  - 2\n",
            [(0, 1, "a: 1\nb:\n  - 2\n")],
            id="a single document without markers is one record",
        ),
        pytest.param(
            "a: 1\r\n---\r\nb: 2\r\n",
            [(0, 1, "a: 1\r\n"), (1, 3, "b: 2\r\n")],
            id="markers with CRLF endings split documents",
        ),
        pytest.param(
            "---\ntext: |\n  ---\n  ...\nb: 2\n",
            [(0, 2, "text: |\n  ---\n  ...\nb: 2\n")],
            id="dashes inside an indented block scalar do not split a document",
        ),
    ],
)
def test_a_yaml_stream_is_split_into_documents_each_at_its_first_line(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert items(text, "yaml") == expected


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "---\n...\n"])
def test_a_yaml_stream_with_no_content_has_no_records(text: str) -> None:
    assert items(text, "yaml") == []


def test_yaml_version_directives_before_each_document_split_the_stream_like_pyyaml() -> None:
    # Regression: `%YAML 1.1`, which PyYAML's dump_all(version=...) writes before every
    # document, was read as a document of its own and glued to the end of the previous one.
    text = yaml.safe_dump_all([{"a": 1}, {"b": 2}], version=(1, 1))
    assert text == "%YAML 1.1\n---\na: 1\n%YAML 1.1\n---\nb: 2\n"
    found = list(read_items(text.splitlines(keepends=True), "yaml"))
    assert [(i.line, i.text) for i in found] == [(3, "a: 1\n"), (6, "b: 2\n")]
    assert [yaml.safe_load(i.text) for i in found] == list(yaml.safe_load_all(text))


@settings(max_examples=100)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["---\n", "--- {inline: %d}\n", "# note\n---\n", "...\n---\n", "\n---\n# c\n"]),
            st.integers(0, 3),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_every_yaml_document_is_found_and_parses_to_itself(docs: list[tuple[str, int]]) -> None:
    text, expected = "", []
    for n, (opening, extra_keys) in enumerate(docs):
        text += opening.replace("%d", str(n))
        body = "".join(f"k{n}_{k}: {k}\n" for k in range(extra_keys)) if "inline" not in opening else ""
        text += body
        expected.append({"inline": n} if "inline" in opening else {f"k{n}_{k}": k for k in range(extra_keys)})
    found = list(read_items(text.splitlines(keepends=True), "yaml"))
    # A document with no keys is only markers and comments: nothing to read.
    assert [yaml.safe_load(i.text) for i in found] == [d for d in expected if d]
    lines = text.splitlines()
    for item in found:
        assert item.text.splitlines()[0] in lines[item.line - 1]


# Whole files


@pytest.mark.parametrize("format", ["json", "turtle", "ntriples", "jsonld"])
def test_a_whole_file_format_is_one_record_from_line_one(format: str) -> None:
    text = '\n\n{\n  "a": 1\n}\n\n---\n'
    assert items(text, format) == [(0, 1, text)]


def test_an_empty_whole_file_is_still_one_record_so_it_is_reported_invalid() -> None:
    assert items("", "json") == [(0, 1, "")]
