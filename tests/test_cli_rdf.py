"""The command line with RDF (cli.py): convert, validate, seed and load options for RDF.

Converting through every format gives back the dataset; `--base` and `--ignore-unknown`
do what they say; `validate` takes RDF; `seed` writes every format; and no traceback
reaches the user whatever the input holds.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from engagement_schema import Dataset, dumps, load, loads
from engagement_schema.cli import main
from engagement_schema.formats.jsonschema import dataset_schema
from engagement_schema.io import FORMATS
from engagement_schema.rdf.namespaces import DEFAULT_BASE

RDF_FORMATS = ("turtle", "ntriples", "jsonld")
SUFFIX = {name: fmt.suffixes[0] for name, fmt in FORMATS.items()}
OTHER_BASE = "https://example.org/records#"

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


@pytest.fixture(scope="module")
def seed_files(seed: Dataset, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed in every format, by format name."""
    root = tmp_path_factory.mktemp("seed")
    files = {}
    for name in FORMATS:
        files[name] = root / f"seed{SUFFIX[name]}"
        files[name].write_text(dumps(seed, name), encoding="utf-8")
    return files


def convert(source: Path, to: str, out: Path, *options: str) -> int:
    return main(["convert", str(source), "--to", to, "-o", str(out), *options])


# --- convert ----------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target"), list(itertools.product(FORMATS, RDF_FORMATS)))
def test_convert_to_and_from_rdf_keeps_the_dataset(
    seed: Dataset, seed_files: dict[str, Path], tmp_path: Path, source: str, target: str
) -> None:
    out = tmp_path / f"out{SUFFIX[target]}"
    assert convert(seed_files[source], target, out) == 0
    assert out.read_text(encoding="utf-8") == dumps(seed, target)
    back = tmp_path / "back.json"
    assert convert(out, "json", back) == 0
    assert load(back) == seed


def test_a_chain_of_conversions_through_every_format_ends_where_it_began(
    seed_files: dict[str, Path], tmp_path: Path
) -> None:
    chain = ["turtle", "jsonld", "yaml", "ntriples", "turtle", "json", "jsonld", "json"]
    current = seed_files["json"]
    for i, target in enumerate(chain):
        out = tmp_path / f"{i}{SUFFIX[target]}"
        assert convert(current, target, out) == 0
        current = out
    assert current.read_bytes() == seed_files["json"].read_bytes()


def test_convert_reads_rdf_from_stdin_with_format(
    seed: Dataset, seed_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", seed_files["turtle"].open(encoding="utf-8"))
    assert main(["convert", "-", "--format", "turtle", "--to", "json"]) == 0
    assert loads(capsys.readouterr().out, "json") == seed


# --- --base -----------------------------------------------------------------------------


def test_base_puts_every_record_under_it_and_is_needed_to_read_back(
    seed: Dataset, seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "based.nt"
    assert convert(seed_files["json"], "ntriples", out, "--base", OTHER_BASE) == 0
    text = out.read_text(encoding="utf-8")
    assert f"<{OTHER_BASE}joseph-votel>" in text
    assert DEFAULT_BASE not in text
    capsys.readouterr()

    assert convert(out, "json", tmp_path / "wrong.json") == 1
    assert f"should be an IRI under the base <{DEFAULT_BASE}>" in capsys.readouterr().err

    assert convert(out, "json", tmp_path / "back.json", "--base", OTHER_BASE) == 0
    assert load(tmp_path / "back.json") == seed


@pytest.mark.parametrize(
    "base",
    [
        "ftp://example.org/",
        "https://example.org/no-delimiter",
        "not a base/",
        "https://example.org/\x00/",
        "https://e.org/\x7f#",
    ],
    ids=["ftp", "no-delimiter", "not-an-iri", "nul", "delete"],
)
def test_a_base_that_cannot_prefix_ids_is_a_usage_error(
    seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], base: str
) -> None:
    with pytest.raises(SystemExit) as exit:
        convert(seed_files["json"], "turtle", tmp_path / "x.ttl", "--base", base)
    assert exit.value.code == 2
    assert "must be an http(s) IRI ending in '/' or '#'" in capsys.readouterr().err


# --- --ignore-unknown -------------------------------------------------------------------

EXTRA = f'<{DEFAULT_BASE}joseph-votel> <http://xmlns.com/foaf/0.1/nick> "Joe" .\n'


@pytest.fixture
def with_extra_triple(seed_files: dict[str, Path], tmp_path: Path) -> Path:
    """The seed as N-Triples with one triple the model does not know."""
    path = tmp_path / "extra.nt"
    path.write_text(seed_files["ntriples"].read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    return path


def test_convert_refuses_unknown_triples_and_names_them(
    with_extra_triple: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    assert convert(with_extra_triple, "json", out) == 1
    err = capsys.readouterr().err
    assert f'triple not in the model: <{DEFAULT_BASE}joseph-votel> <http://xmlns.com/foaf/0.1/nick> "Joe"' in err
    assert not out.exists()


def test_ignore_unknown_drops_only_the_unknown_triples(seed: Dataset, with_extra_triple: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert convert(with_extra_triple, "json", out, "--ignore-unknown") == 0
    assert load(out) == seed


# --- validate ---------------------------------------------------------------------------


def test_validate_accepts_the_seed_in_every_rdf_format(
    seed_files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(seed_files[name]) for name in RDF_FORMATS]
    assert main(["validate", *paths]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{path}: valid" for path in paths]


def test_validate_reads_rdf_from_stdin(
    seed_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", seed_files["jsonld"].open(encoding="utf-8"))
    assert main(["validate", "-", "--format", "jsonld"]) == 0
    assert capsys.readouterr().out == "-: valid\n"


def test_validate_reports_unknown_triples_unless_told_to_ignore_them(
    with_extra_triple: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(with_extra_triple)]) == 1
    assert "triple not in the model" in capsys.readouterr().err
    assert main(["validate", str(with_extra_triple), "--ignore-unknown"]) == 0


def test_validate_reports_a_syntax_error_with_its_line(
    seed_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = seed_files["ntriples"].read_text(encoding="utf-8").splitlines(keepends=True)
    lines[9] = lines[9].replace(" .\n", "\n")
    path = tmp_path / "broken.nt"
    path.write_text("".join(lines), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:10:1: (document): invalid ntriples: ")
    assert "Traceback" not in err


def test_validate_prints_no_traceback_for_an_ill_typed_literal(tmp_path: Path) -> None:
    # rdflib logs a traceback when it cannot convert "1992" as an xsd:date; the user must not
    # see it. A process of its own: under pytest, pytest's log handlers would swallow it.
    path = tmp_path / "ill-typed.nt"
    path.write_text(
        f"<{DEFAULT_BASE}us> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Place> .\n"
        f'<{DEFAULT_BASE}us> <http://schema.org/name> "United States" .\n'
        f'<{DEFAULT_BASE}us> <https://w3id.org/engagement-schema/ns#placeKind> "country" .\n'
        f"<{DEFAULT_BASE}aid> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/MonetaryGrant> .\n"
        f"<{DEFAULT_BASE}aid> <http://schema.org/funder> <{DEFAULT_BASE}us> .\n"
        f"<{DEFAULT_BASE}aid> <https://w3id.org/engagement-schema/ns#recipient> <{DEFAULT_BASE}us> .\n"
        f'<{DEFAULT_BASE}aid> <http://schema.org/startDate> "1992"^^<http://www.w3.org/2001/XMLSchema#date> .\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from engagement_schema.cli import main; sys.exit(main())",
            "validate",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    err = done.stderr
    assert "aid_programs.0.start: " in err
    assert "Traceback" not in err
    assert "Failed to convert Literal" not in err


# --- seed -------------------------------------------------------------------------------


@pytest.mark.parametrize("format", RDF_FORMATS)
def test_seed_to_an_rdf_format_prints_the_export(
    seed: Dataset, format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["seed", "--to", format]) == 0
    out = capsys.readouterr().out
    assert out == dumps(seed, format)
    assert loads(out, format) == seed


def test_seed_to_turtle_under_another_base(seed: Dataset, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seed", "--to", "turtle", "--base", OTHER_BASE]) == 0
    out = capsys.readouterr().out
    assert f"@prefix id: <{OTHER_BASE}> ." in out
    assert loads(out, "turtle", base=OTHER_BASE) == seed


def test_seed_out_writes_every_format_and_the_schema(
    seed: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["seed", "--out", str(tmp_path)]) == 0
    expected = {f"votel-tajikistan-2018{SUFFIX[name]}" for name in FORMATS} | {"dataset.schema.json"}
    assert {p.name for p in tmp_path.iterdir()} == expected
    for name in FORMATS:
        path = tmp_path / f"votel-tajikistan-2018{SUFFIX[name]}"
        assert path.read_text(encoding="utf-8") == dumps(seed, name)
        assert load(path) == seed
    schema = json.loads((tmp_path / "dataset.schema.json").read_text(encoding="utf-8"))
    assert schema == dataset_schema()
    assert "dataset.schema.json" in capsys.readouterr().out


def test_seed_out_honours_the_base(seed: Dataset, tmp_path: Path) -> None:
    assert main(["seed", "--out", str(tmp_path), "--base", OTHER_BASE]) == 0
    for name in RDF_FORMATS:
        path = tmp_path / f"votel-tajikistan-2018{SUFFIX[name]}"
        assert load(path, base=OTHER_BASE) == seed


# --- load -------------------------------------------------------------------------------


@pytest.mark.parametrize("graph", ["rel/iri", "not an iri", "urn:"])
def test_load_refuses_a_graph_name_that_is_not_an_absolute_iri(
    seed_files: dict[str, Path], capsys: pytest.CaptureFixture[str], graph: str
) -> None:
    # A store resolves a relative name against its own URL: the graph would be elsewhere
    # than the one the command reports having replaced.
    with pytest.raises(SystemExit) as exit:
        main(["load", str(seed_files["json"]), "--endpoint", "http://127.0.0.1:9/store", "--graph", graph])
    assert exit.value.code == 2
    assert f"--graph {graph!r} is not an absolute IRI" in capsys.readouterr().err
