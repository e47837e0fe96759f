"""Reading RDF back into a dataset (rdf/reading.py): every triple is read or reported.

Unknown triples are named one by one unless the caller ignores them; a literal of the
wrong datatype, an IRI outside the base, or a second value for a one-valued field is an
error at the field's path; malformed input is an `InvalidRecord` with its position; and a
JSON-LD document that needs a remote context is refused without touching the network.
"""

from __future__ import annotations

import socket
import time

import pytest

from engagement_schema import Dataset, InvalidRecord, dumps, loads
from engagement_schema.models import AidProgram, MonetaryAmount, Person, Place, Statement
from engagement_schema.rdf.namespaces import DEFAULT_BASE

ID = DEFAULT_BASE
SCHEMA = "http://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PERSON = f"<{ID}p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SCHEMA}Person> .\n"
NAMED = PERSON + f'<{ID}p> <{SCHEMA}name> "Joseph Votel" .\n'

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


def problems(text: str, format: str = "ntriples", **options: object) -> list[str]:
    """Each problem reading `text` reports, as `path: message`; fails if there is none."""
    with pytest.raises(InvalidRecord) as caught:
        loads(text, format, **options)  # type: ignore[arg-type]
    return [f"{p.dotted}: {p.message}" for p in caught.value.problems]


@pytest.fixture(scope="module")
def aid() -> Dataset:
    """A dataset with one aid program and its amount."""
    return Dataset(
        places=[Place(id="us", name="United States", kind="country")],
        aid_programs=[
            AidProgram(
                id="aid",
                donor="us",
                recipient="us",
                start="1992",
                amount=MonetaryAmount(value="1800000000", currency="USD", qualifier="over"),
            )
        ],
    )


# --- unknown triples --------------------------------------------------------------------

UNKNOWN = [
    f"<{ID}p> <{SCHEMA}knows> <{ID}q> .\n",
    f'<{ID}elsewhere> <{SCHEMA}name> "Not a record" .\n',
    f"<{ID}p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SCHEMA}Thing> .\n",
    f'<{ID}p> <{SCHEMA}name> "Votel"@en .\n',
]


def test_every_unknown_triple_is_reported_by_name() -> None:
    found = problems(NAMED + "".join(UNKNOWN[:3]))
    assert len(found) == 3
    assert all(p.startswith("(document): triple not in the model: ") for p in found)
    for triple in (f"<{SCHEMA}knows>", "<https://w3id.org/engagement-schema/id/elsewhere>", f"<{SCHEMA}Thing>"):
        assert sum(triple in p for p in found) == 1


def test_unknown_triples_are_dropped_only_when_asked() -> None:
    dataset = loads(NAMED + "".join(UNKNOWN[:3]), "ntriples", ignore_unknown=True)
    assert dataset == Dataset(people=[Person(id="p", name="Joseph Votel")])


def test_ignoring_unknown_triples_still_reports_wrong_values_of_known_fields() -> None:
    # A language-tagged name is a known predicate with a wrong value, not an unknown triple.
    assert problems(PERSON + UNKNOWN[3], ignore_unknown=True) == [
        'people.0.name: "Votel"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> should be a literal '
        "of datatype <http://www.w3.org/2001/XMLSchema#string>"
    ]


def test_a_blank_node_subject_is_reported_not_read() -> None:
    found = problems(f'_:b <{SCHEMA}name> "x" .\n' + NAMED)
    assert len(found) == 1
    assert found[0].startswith("(document): triple not in the model: _:")


# --- values of the wrong kind -----------------------------------------------------------


def _replace_amount(aid: Dataset, literal: str) -> str:
    text = dumps(aid, "ntriples")
    wanted = f'"1800000000"^^<{XSD}decimal>'
    assert text.count(wanted) == 1
    return text.replace(wanted, literal)


@pytest.mark.parametrize(
    "literal",
    [f'"1800000000"^^<{XSD}double>', '"1800000000"', f'"1800000000"^^<{XSD}integer>', f'"1.8E9"^^<{XSD}float>'],
    ids=["double", "plain-string", "integer", "float"],
)
def test_an_amount_that_is_not_an_xsd_decimal_is_an_error_naming_the_field(aid: Dataset, literal: str) -> None:
    found = problems(_replace_amount(aid, literal))
    assert len(found) == 1
    assert found[0].startswith("aid_programs.0.amount.value: ")
    assert found[0].endswith(f"should be a literal of datatype <{XSD}decimal>")


def test_a_negative_decimal_amount_is_refused_by_the_model(aid: Dataset) -> None:
    found = problems(_replace_amount(aid, f'"-5"^^<{XSD}decimal>'))
    assert [p.split(":")[0] for p in found] == ["aid_programs.0.amount.value"]


@pytest.mark.parametrize(
    "literal",
    [f'"1992"^^<{XSD}date>', '"1992"', f'"1992"^^<{XSD}integer>', f'"1992-01"^^<{XSD}gYear>'],
)
def test_a_date_whose_datatype_does_not_match_its_precision_is_an_error(aid: Dataset, literal: str) -> None:
    text = dumps(aid, "ntriples")
    text = text.replace(f'"1992"^^<{XSD}gYear>', literal)
    found = problems(text)
    assert len(found) == 1
    assert found[0].startswith("aid_programs.0.start: ")


def test_a_literal_where_a_record_is_expected_is_an_error(aid: Dataset) -> None:
    text = dumps(aid, "ntriples").replace(f"<{SCHEMA}funder> <{ID}us>", f'<{SCHEMA}funder> "us"')
    assert problems(text) == [f'aid_programs.0.donor: "us"^^<{XSD}string> should be an IRI']


def test_an_iri_where_a_literal_is_expected_is_an_error() -> None:
    found = problems(PERSON + f"<{ID}p> <{SCHEMA}name> <{ID}votel> .\n")
    assert found == [f"people.0.name: <{ID}votel> should be a literal"]


def test_a_concept_outside_its_scheme_is_an_error() -> None:
    speech_act = "https://w3id.org/engagement-schema/vocab/speech-acts/shouted"
    topic = "https://w3id.org/engagement-schema/vocab/topics/terrorism"
    record = (
        f"<{ID}s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SCHEMA}Action> .\n"
        f"<{ID}s> <{SCHEMA}agent> <{ID}p> .\n"
    )
    unknown_act = problems(
        NAMED + record + f"<{ID}s> <https://w3id.org/engagement-schema/ns#speechAct> <{speech_act}> .\n"
    )
    assert any(p.startswith("statements.0.act: ") and "shouted" in p for p in unknown_act)
    wrong_scheme = problems(NAMED + record + f"<{ID}s> <https://w3id.org/engagement-schema/ns#speechAct> <{topic}> .\n")
    assert any(p.startswith("statements.0.act: ") and "speech-acts/" in p for p in wrong_scheme)


# --- IRIs outside the base --------------------------------------------------------------


def test_a_record_outside_the_base_is_an_error_at_its_id() -> None:
    text = NAMED.replace(ID, "https://example.org/other/")
    assert problems(text) == [
        f"people.0.id: <https://example.org/other/p> should be an IRI under the base <{ID}>",
    ]


def test_a_reference_outside_the_base_is_an_error_at_its_field(aid: Dataset) -> None:
    text = dumps(aid, "ntriples").replace(f"<{SCHEMA}funder> <{ID}us>", f"<{SCHEMA}funder> <https://example.org/us>")
    assert problems(text) == [f"aid_programs.0.donor: <https://example.org/us> should be an IRI under the base <{ID}>"]


def test_reading_under_another_base_than_the_one_written_names_the_base(aid: Dataset) -> None:
    text = dumps(aid, "turtle", base="https://example.org/data/")
    found = problems(text, "turtle")
    assert found
    assert all(f"should be an IRI under the base <{ID}>" in p for p in found)
    assert loads(text, "turtle", base="https://example.org/data/") == aid


# --- cardinality ------------------------------------------------------------------------


def test_two_values_for_a_single_valued_field_is_an_error() -> None:
    found = problems(NAMED + f'<{ID}p> <{SCHEMA}name> "General Votel" .\n')
    assert found == [f"people.0.name: <{ID}p> has 2 values; expected one"]


def test_two_amounts_for_one_aid_program_is_an_error(aid: Dataset) -> None:
    text = dumps(aid, "ntriples")
    amount = next(line for line in text.splitlines() if f"<{SCHEMA}amount>" in line)
    other = amount.replace("#amount-", "#amount-other-")
    found = problems(text + other + "\n", ignore_unknown=True)
    assert "aid_programs.0.amount" in {p.split(": ")[0] for p in found}


def test_a_missing_required_field_is_an_error_at_its_path() -> None:
    assert [p.split(": ")[0] for p in problems(PERSON)] == ["people.0.name"]


# --- malformed input --------------------------------------------------------------------


def syntax_problem(text: str, format: str) -> tuple[str, int | None, int | None]:
    with pytest.raises(InvalidRecord) as caught:
        loads(text, format, source="broken")
    [problem] = caught.value.problems
    return problem.message, problem.line, problem.column


def test_malformed_turtle_is_an_invalid_record_with_line_and_column(seed: Dataset) -> None:
    lines = dumps(seed, "turtle").splitlines(keepends=True)
    broken = next(i for i, line in enumerate(lines) if line.endswith(" ;\n") and i > 20)
    lines[broken] = lines[broken].replace(" ;\n", "\n")
    message, line, column = syntax_problem("".join(lines), "turtle")
    assert message == "invalid turtle: expected '.' or '}' or ']' at end of statement"
    assert line == broken + 2  # the statement runs on into the next line, 1-based
    assert column == 5


def test_a_turtle_syntax_error_on_the_first_line_is_at_line_one() -> None:
    message, line, column = syntax_problem('<http://x/a> <http://x/p> "x" , .\n', "turtle")
    assert message == "invalid turtle: objectList expected"
    assert line == 1
    assert column == 26  # rdflib points at the object list it could not finish


def test_a_turtle_statement_cut_off_at_the_end_is_placed_at_the_end_not_at_a_negative_column() -> None:
    # Regression: rdflib gives offset -1 at the end of the text; the column came out as -145.
    text = f'@prefix id: <{ID}> .\nid:p <{SCHEMA}name> "x" \n'
    assert syntax_problem(text, "turtle") == ("invalid turtle: EOF found after object", 3, 1)


def test_turtle_nested_deeper_than_the_parser_follows_is_an_invalid_record() -> None:
    text = f"<{ID}p> <{SCHEMA}knows> " + "[ <http://x/p> " * 3000 + "]" * 3000 + " .\n"
    message, _, _ = syntax_problem(text, "turtle")
    assert message == "invalid turtle: nesting deeper than the parser can follow"


def test_a_long_literal_of_the_wrong_datatype_is_shown_cut_short_with_its_closing_quote() -> None:
    # Regression: the quoted form was cut at 80 characters, closing quote and all.
    found = problems(PERSON + f'<{ID}p> <{SCHEMA}name> "{"7" * 10_000}"^^<{XSD}integer> .\n')
    assert found == [f'people.0.name: "{"7" * 79}…"^^<{XSD}integer> should be a literal of datatype <{XSD}string>']


def test_a_five_megabyte_ntriples_line_is_read_in_linear_time() -> None:
    # Regression: rdflib's reader re-scanned a line's buffer for every 2 KB of it; 74 s here.
    long = "p" * 5_000_000
    started = time.monotonic()
    assert problems(PERSON + f'<{ID}p> <{SCHEMA}name> "{long}" .\n<{ID}{long}> <{SCHEMA}name> "x" .\n')
    assert time.monotonic() - started < 5


def test_malformed_ntriples_names_the_bad_line(seed: Dataset) -> None:
    lines = dumps(seed, "ntriples").splitlines(keepends=True)
    lines[41] = lines[41].replace("> <", "> ", 1)
    message, line, _ = syntax_problem("".join(lines), "ntriples")
    assert message.startswith("invalid ntriples: ")
    assert line == 42


def test_malformed_json_ld_gives_line_and_column() -> None:
    assert syntax_problem('{\n  "@graph": [1,\n', "jsonld")[1:] == (3, 1)


@pytest.mark.parametrize(
    "text",
    [
        '{"@context": 5, "@id": "http://x/a"}',
        '"just a string"',
        '[{"@id": "http://x/a", "http://x/p": {"@value": "x", "@type": 5}}]',
    ],
    ids=["context-is-a-number", "top-level-string", "datatype-is-a-number"],
)
def test_malformed_json_ld_is_an_invalid_record_not_a_crash(text: str) -> None:
    message, _, _ = syntax_problem(text, "jsonld")
    assert message.startswith("invalid jsonld: ")


@pytest.mark.parametrize(
    ("context", "kind"), [("5", "a number"), ("[null, {}, true]", "a boolean"), ('[["http://x/"]]', "an array")]
)
def test_a_context_that_is_no_context_is_named_in_our_words(context: str, kind: str) -> None:
    # Regression: rdflib's own wording ("'int' object has no attribute 'get'") reached the user.
    message, _, _ = syntax_problem(f'{{"@context": {context}, "@id": "http://x/a"}}', "jsonld")
    assert message == f"invalid jsonld: @context is an object, an IRI, null or an array of those, not {kind}"


def test_json_ld_that_is_a_number_says_what_a_document_is() -> None:
    # Regression: rdflib failed with "cannot access local variable 'resources'".
    assert syntax_problem("42", "jsonld") == ("invalid jsonld: a document is an object or an array, not int", 1, 1)


def test_json_ld_nested_deeper_than_records_go_is_an_invalid_record_not_a_recursion_error() -> None:
    # Regression: a traceback (RecursionError) from the check for remote contexts.
    message, line, column = syntax_problem('{"@graph": ' + "[" * 100_000 + "]" * 100_000 + "}", "jsonld")
    assert (message, line, column) == ("nesting deeper than 64 levels", 1, 76)


def test_a_duplicate_key_in_json_ld_is_refused_not_half_read() -> None:
    # Regression: rdflib kept the second name and dropped the first without a word.
    text = f'{{"@id": "{ID}p", "@type": "{SCHEMA}Person", "{SCHEMA}name": "A",\n "{SCHEMA}name": "B"}}'
    assert syntax_problem(text, "jsonld") == (f"duplicate key '{SCHEMA}name'", 2, 28)


def test_invalid_utf8_is_an_invalid_record_with_its_position() -> None:
    with pytest.raises(InvalidRecord) as caught:
        loads(NAMED.encode("utf-8") + b"\xff\n", "ntriples")
    [problem] = caught.value.problems
    assert problem.message.startswith("not UTF-8")
    assert problem.line == 3


# --- no network, ever -------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail(f"tried to open a connection: {args[1:]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


REMOTE = "http://127.0.0.1:9/context.jsonld"
GRAPH = f'"@graph": [{{"@id": "{ID}p", "@type": "schema:Person", "schema:name": "Joseph Votel"}}]'


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    "context",
    [
        f'"{REMOTE}"',
        f'["{REMOTE}", {{"schema": "http://schema.org/"}}]',
        f'{{"@import": "{REMOTE}", "schema": "http://schema.org/"}}',
        f'{{"schema": "http://schema.org/", "p": {{"@id": "schema:knows", "@context": "{REMOTE}"}}}}',
    ],
    ids=["string", "list", "import", "scoped"],
)
def test_a_remote_context_is_refused_without_any_network_access(context: str) -> None:
    message, _, _ = syntax_problem(f'{{"@context": {context}, {GRAPH}}}', "jsonld")
    assert REMOTE in message
    assert "never fetched" in message


@pytest.mark.usefixtures("no_network")
def test_a_remote_context_deep_in_the_graph_is_refused_too() -> None:
    text = f'{{"@context": {{"schema": "http://schema.org/"}}, "@graph": [{{"@context": "{REMOTE}", "@id": "{ID}p"}}]}}'
    assert REMOTE in syntax_problem(text, "jsonld")[0]


@pytest.mark.usefixtures("no_network")
def test_our_json_ld_reads_back_offline(seed: Dataset) -> None:
    assert loads(dumps(seed, "jsonld"), "jsonld") == seed


def test_a_class_the_record_does_not_imply_is_reported_not_dropped() -> None:
    # A statement whose act is "discussed" is a CommunicateAction; calling it an
    # EndorseAction too would be silently lost on the way back out.
    statement = Dataset(
        people=[Person(id="p", name="P")], statements=[Statement(id="s", act="discussed", actors=["p"])]
    )
    contrary = f"<{ID}s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SCHEMA}EndorseAction>"
    text = dumps(statement, "ntriples") + contrary + " .\n"
    assert problems(text) == [f"(document): class the record's fields do not imply: {contrary}"]
    assert loads(text, "ntriples", ignore_unknown=True) == statement
