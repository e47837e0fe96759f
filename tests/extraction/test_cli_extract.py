"""`engagement-schema extract` and `engagement-schema evaluate`: output in every registered
format, clear errors with exit 1 and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from engagement_schema import io
from engagement_schema.extraction.commands import STDIN
from tests.test_cli import run

_REPORT = (
    "Dushanbe, May 11 - President Emomali Rahmon received General Joseph Votel, Commander of U.S. Central "
    "Command. The two sides discussed border security.\n"
)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(_REPORT, encoding="utf-8")
    return path


def test_extract_prints_the_records_as_yaml(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(report), "--published", "2018-05-14"], capsys)
    assert (code, err) == (0, "")
    dataset = io.loads(out, "yaml")
    assert {p.name for p in dataset.people} == {"Emomali Rahmon", "Joseph Votel"}
    assert [e.start for e in dataset.engagements] == ["2018-05-11"]


def test_extract_reads_stdin_and_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out.json"
    code, out, _ = run(
        ["extract", STDIN, "--to", "json", "-o", str(out_file), "--url", "https://example.org/r"],
        capsys,
        stdin=_REPORT.encode(),
    )
    assert (code, out) == (0, "")
    [source] = io.load(out_file).sources
    assert (source.url, source.text) == ("https://example.org/r", _REPORT)


@pytest.mark.parametrize("format", sorted(io.FORMATS))
def test_extract_writes_every_registered_format(report: Path, format: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(report), "--to", format], capsys)
    assert code == 0
    assert {p.name for p in io.loads(out, format).people} == {"Emomali Rahmon", "Joseph Votel"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the text is empty"),
        (b"  \n\t\n", "the text is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8"),
        (b"PK\x03\x04\x00\x00\x00\x00binary zip", "binary"),
        ("caf\u00e9 report".encode("latin-1"), ":1:4: (document): not UTF-8: byte 0xe9 at offset 3"),
    ],
)
def test_input_that_is_no_report_is_a_one_line_error(
    tmp_path: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, out, err = run(["extract", str(path)], capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"{path}")  # PATH: or PATH:LINE:COL:, as every command says it
    assert message in err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1


def test_a_bad_publication_date_and_a_missing_file_are_errors(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", str(report), "--published", "2018-02-30"], capsys)
    assert code == 1
    assert "not a calendar date" in err
    code, _, err = run(["extract", str(report.with_name("missing.txt"))], capsys)
    assert code == 1
    assert "missing.txt" in err
    assert "Traceback" not in err


def test_a_text_of_no_engagement_gives_a_valid_dataset_of_its_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "weather.txt"
    path.write_text("It rained all day and the rivers rose.", encoding="utf-8")
    code, out, _ = run(["extract", str(path)], capsys)
    dataset = io.loads(out, "yaml")
    assert code == 0
    assert (len(dataset.sources), dataset.people, dataset.engagements) == (1, (), ())


def test_evaluate_prints_the_table_and_the_differing_facts(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    predicted = tmp_path / "predicted.yaml"
    run(["extract", str(report), "-o", str(predicted)], capsys)
    gold = tmp_path / "gold.yaml"
    gold.write_text("people:\n  - {name: Emomali Rahmon}\n  - {name: Sherali Mirzo}\n", encoding="utf-8")
    code, out, _ = run(["evaluate", str(gold), str(predicted)], capsys)
    assert code == 0
    assert out.splitlines()[0].split() == ["kind", "expected", "found", "right", "precision", "recall", "F1"]
    assert "people: missing (sherali mirzo)" in out
    assert "people: extra (joseph votel)" in out


def test_evaluate_of_the_extraction_against_itself_has_no_differences(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    predicted = tmp_path / "predicted.json"
    run(["extract", str(report), "--to", "json", "-o", str(predicted)], capsys)
    code, out, _ = run(["evaluate", str(predicted), str(predicted)], capsys)
    assert code == 0
    assert "differing facts" not in out


def test_extract_records_the_publisher_given_and_says_it_was_given(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["extract", str(report), "--publisher", "Khovar  News Agency", "--to", "json"], capsys)
    assert (code, err) == (0, "")
    dataset = io.loads(out, "json")
    (source,) = dataset.sources
    publisher = dataset.get(source.publisher or "")
    assert publisher.name == "Khovar News Agency"  # type: ignore[attr-defined]
    assert publisher.evidence == ()  # the text does not name it: no words to point at ...
    assert [d.field for d in publisher.derivations] == ["name"]  # ... so it says where it came from


def test_a_publisher_the_text_also_names_is_one_organization(capsys: pytest.CaptureFixture[str]) -> None:
    from engagement_schema.extraction import extract

    dataset = extract("General Votel met U.S. Embassy officials in Dushanbe.", publisher="U.S. Embassy")
    (embassy,) = [o for o in dataset.organizations if "Embassy" in o.name]
    assert dataset.sources[0].publisher == embassy.id
    assert embassy.evidence  # named in the text, so it rests on the text's words


def test_extract_refuses_an_empty_publisher(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", str(report), "--publisher", " "], capsys)
    assert code == 1
    assert err.strip() == f"{report}: (document): publisher is empty: name the organization that published the report"


def _corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    gold, predicted = tmp_path / "gold", tmp_path / "predicted"
    gold.mkdir()
    predicted.mkdir()
    for name, who in (("one", "Emomali Rahmon"), ("two", "Sherali Mirzo")):
        report = tmp_path / f"{name}.txt"
        report.write_text(f"President {who} received General Joseph Votel in Dushanbe.\n", encoding="utf-8")
        run(["extract", str(report), "-o", str(predicted / f"{name}.yaml")], capsys)
        (gold / f"{name}.expected.yaml").write_text(f"people:\n  - {{name: {who}}}\n", encoding="utf-8")
    return gold, predicted


def test_evaluate_pools_a_corpus_of_two_directories_report_by_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, predicted = _corpus(tmp_path, capsys)
    code, out, _ = run(["evaluate", str(gold), str(predicted)], capsys)
    assert code == 0
    people = next(line.split() for line in out.splitlines() if line.startswith("people"))
    assert people[:4] == ["people", "2", "4", "2"]  # each report's Votel is a fact of its own
    assert "people: extra (one, joseph votel)" in out
    assert "people: extra (two, joseph votel)" in out


def test_evaluate_refuses_a_corpus_with_a_report_not_extracted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, predicted = _corpus(tmp_path, capsys)
    (predicted / "two.yaml").unlink()
    code, _, err = run(["evaluate", str(gold), str(predicted)], capsys)
    assert code == 1
    assert err.strip() == f"{predicted}: (document): no extraction for 1 report(s) of {gold}: two"


def test_evaluate_refuses_two_files_for_one_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, predicted = _corpus(tmp_path, capsys)
    (gold / "one.json").write_text("{}", encoding="utf-8")
    code, _, err = run(["evaluate", str(gold), str(predicted)], capsys)
    assert code == 1
    assert "a second file for report 'one'" in err
