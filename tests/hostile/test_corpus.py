"""The hostile corpus: every case of `cases.yaml` through the real command line.

Each case is an input we wrote to break a reader (`cases/`, or made here when too big
to commit), the command to run on it, the exit status and the problem line it must
print. All cases run once per session in `runner.py`'s children, each under 2 GB of
address space, 20 CPU seconds and 30 wall-clock seconds, with the network forbidden;
each test then checks its case's outcome. A few cases also go through the installed
console script, to show the runner's children behave as the script does.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.hostile import runner

HERE = Path(__file__).parent
CASES = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))
ROOT = HERE.parents[1]

#: A problem line: `PATH[:LINE:COL]: field.path: message`; or a stream's tally of bad records.
PROBLEM = re.compile(r"^(?P<path>[^:]+)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<field>\S+?): (?P<message>.+)$")
TALLY = re.compile(r"^\S+: \d+ of \d+ records invalid$")

PREFIXES = (
    "@prefix id: <https://w3id.org/engagement-schema/id/> .\n"
    "@prefix schema: <http://schema.org/> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
)
TEN_MB = 10 * 1024 * 1024


# --- inputs too big to commit -----------------------------------------------------------


def deep_yaml_flow() -> str:
    return "people: " + "[" * 10_000 + "]" * 10_000 + "\n"


def deep_yaml_block() -> str:
    return "".join(" " * depth + "a:\n" for depth in range(200)) + " " * 200 + "b: 1\n"


def huge_yaml_integer() -> str:
    return "people:\n- id: votel\n  name: " + "9" * 10_000 + "\n"


def huge_yaml_name() -> str:
    return "people:\n- id: votel\n  name: " + "Votel " * (TEN_MB // 6) + "\n"


def huge_yaml_id() -> str:
    return "people:\n- id: " + "v" * 1_000_000 + "\n  name: Joseph Votel\n"


def deep_json() -> str:
    return '{"people": ' + "[" * 100_000 + "]" * 100_000 + "}"


def huge_json_integer() -> str:
    return '{"people": [{"id": "votel", "name": "Joseph Votel", "rank": ' + "9" * 10_000 + "}]}"


def huge_json_name() -> str:
    return json.dumps({"people": [{"id": "votel", "name": "Votel " * (TEN_MB // 6)}]})


def deep_turtle() -> str:
    return PREFIXES + "id:votel schema:knows " + "[ schema:knows " * 5_000 + "id:x" + " ]" * 5_000 + " .\n"


def enormous_turtle_literal() -> str:
    return PREFIXES + 'id:votel a schema:Person ;\n    schema:name "' + "Votel \\n " * (TEN_MB // 9) + '" .\n'


def enormous_wrong_literal() -> str:
    return PREFIXES + 'id:votel a schema:Person ;\n    schema:name "' + "7" * TEN_MB + '"^^xsd:integer .\n'


def enormous_ntriples_iri() -> str:
    person = "<https://w3id.org/engagement-schema/id/" + "v" * 5_000_000 + ">"
    return f"{person} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .\n"


def deep_jsonld() -> str:
    return '{"@graph": ' + "[" * 100_000 + "]" * 100_000 + "}"


def enormous_jsonld_literal() -> str:
    node = {
        "@id": "https://w3id.org/engagement-schema/id/votel",
        "@type": "http://schema.org/Person",
        "http://schema.org/name": "Votel " * (TEN_MB // 6),
    }
    return json.dumps(node)


def ten_megabytes_of_text() -> str:
    """A report's worth of ordinary prose, over and over, to 10 MB."""
    prose = (HERE / "cases" / "text" / "no-engagement.txt").read_text(encoding="utf-8").replace("\n", " ")
    return (prose * (TEN_MB // len(prose) + 1))[:TEN_MB]


MAKERS: dict[str, Callable[[], str]] = {
    f.__name__: f
    for f in (
        deep_yaml_flow,
        deep_yaml_block,
        huge_yaml_integer,
        huge_yaml_name,
        huge_yaml_id,
        deep_json,
        huge_json_integer,
        huge_json_name,
        deep_turtle,
        enormous_turtle_literal,
        enormous_wrong_literal,
        enormous_ntriples_iri,
        deep_jsonld,
        enormous_jsonld_literal,
        ten_megabytes_of_text,
    )
}


# --- running the corpus -----------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What the command line did with one case."""

    file: str
    exit: int
    stdout: str
    stderr: str
    cpu: float
    max_rss_mb: int


def _input(case: dict[str, Any], folder: Path) -> Path:
    if "make" in case:
        maker, suffix = case["make"]
        path = folder / f"{case['case']}{suffix}"
        path.write_text(MAKERS[maker](), encoding="utf-8")
        return path
    source = HERE / "cases" / case["file"]
    if source.is_dir():
        return source
    path = folder / case["case"] / source.name  # its own folder: some cases write files beside it
    path.parent.mkdir()
    shutil.copyfile(source, path)
    return path


def _argv(case: dict[str, Any], path: Path) -> list[str]:
    return [arg.replace("{file}", str(path)) for arg in case.get("run", ["validate", "{file}"])]


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Every case run once, in the runner's limited children."""
    folder = tmp_path_factory.mktemp("hostile")
    jobs, files = [], {}
    for case in CASES:
        path = _input(case, folder)
        files[case["case"]] = str(path)
        argv = _argv(case, path)
        stdin = path if "-" in argv and path.is_file() else Path(os.devnull)
        out = folder / f"{case['case']}.out"
        jobs.append(
            {
                "id": case["case"],
                "argv": argv,
                "cwd": str(path.parent if path.is_file() else folder),
                "stdin": str(stdin),
                "stdout": str(out) + "1",
                "stderr": str(out) + "2",
            }
        )
    big_first = sorted(
        jobs, key=lambda job: -os.path.getsize(files[job["id"]]) if os.path.isfile(files[job["id"]]) else 0
    )
    (folder / "cases.json").write_text(json.dumps(big_first), encoding="utf-8")
    command = [sys.executable, "-m", "tests.hostile.runner", str(folder / "cases.json"), str(folder / "results.json")]
    subprocess.run(command, cwd=ROOT, check=True, timeout=300)
    results = {r["id"]: r for r in json.loads((folder / "results.json").read_text(encoding="utf-8"))}
    return {
        job["id"]: Outcome(
            file=files[job["id"]],
            exit=results[job["id"]]["exit"],
            stdout=Path(job["stdout"]).read_text(encoding="utf-8", errors="replace"),
            stderr=Path(job["stderr"]).read_text(encoding="utf-8", errors="replace"),
            cpu=results[job["id"]]["cpu"],
            max_rss_mb=results[job["id"]]["max_rss_mb"],
        )
        for job in jobs
    }


# --- the checks -------------------------------------------------------------------------


def _marked(case: dict[str, Any]) -> Any:
    if "xfail" in case:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=case["xfail"]))
    return case


@pytest.mark.parametrize("case", [_marked(c) for c in CASES], ids=[c["case"] for c in CASES])
def test_each_hostile_case_fails_cleanly_where_it_should(case: dict[str, Any], outcomes: dict[str, Outcome]) -> None:
    done = outcomes[case["case"]]
    assert done.exit >= 0, f"killed by signal {-done.exit} after {done.cpu} CPU s, {done.max_rss_mb} MB"
    assert done.exit != runner.NETWORK, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.exit == case.get("exit", 1), done.stderr[:2000]
    said = done.stdout if done.exit == 0 else done.stderr
    lines = [line.lstrip() for line in said.splitlines()]
    for expected in case["says"]:
        wanted = expected.replace("{file}", done.file)
        assert any(line.startswith(wanted) for line in lines), f"no line starts {wanted!r} in:\n{said[:2000]}"
    if done.exit == 0:
        return
    assert lines, "failed without a word"
    for line in lines:
        assert len(line) < 4000, f"a {len(line)}-character line: an enormous value is echoed"
        if done.exit == 2:
            assert line.startswith("engagement-schema: "), line
        elif case.get("plain"):
            assert line.startswith(f"{done.file}: "), line
        else:
            assert PROBLEM.match(line) or TALLY.match(line), f"not a problem line: {line[:300]!r}"


def test_the_readme_states_how_many_hostile_cases_there_are() -> None:
    assert f"**{len(CASES)} hostile cases**" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_corpus_covers_every_kind_of_input_the_issue_names() -> None:
    names = {c["case"] for c in CASES}
    for prefix in ("yaml-", "json-", "jsonl-", "turtle-", "ntriples-", "jsonld-", "extract-"):
        assert any(n.startswith(prefix) for n in names), prefix
    assert len(CASES) >= 120


#: Cases the installed console script runs too, under the same limits via `preexec_fn`.
SCRIPTED = ["yaml-alias-bomb", "json-nan", "engagement-ends-before-it-starts", "jsonld-remote-context"]


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (runner.ADDRESS_SPACE, runner.ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CPU, (runner.CPU_SECONDS, runner.CPU_SECONDS))


@pytest.mark.parametrize("name", SCRIPTED)
def test_the_installed_script_does_what_the_runner_saw(name: str, outcomes: dict[str, Outcome], tmp_path: Path) -> None:
    case = next(c for c in CASES if c["case"] == name)
    path = _input(case, tmp_path)
    script = shutil.which("engagement-schema", path=str(Path(sys.executable).parent))
    assert script is not None
    done = subprocess.run(
        [script, *_argv(case, path)],
        capture_output=True,
        text=True,
        preexec_fn=_limits,
        timeout=runner.WALL_SECONDS,
        check=False,
    )
    seen = outcomes[name]
    assert done.returncode == seen.exit
    assert done.stderr.replace(str(path), "FILE") == seen.stderr.replace(seen.file, "FILE")
