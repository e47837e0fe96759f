"""Loading into a real triple store (rdf/store.py, `engagement-schema load`) and asking it questions.

One Oxigraph server per module (the `oxigraph` package's binary, on 127.0.0.1 with a
temporary store) takes the seed through the CLI; every competency question in
`examples/queries/*.rq` is then answered over SPARQL HTTP and compared with its
hand-checked `*.expected.json`. The embedded store (`engagement-schema query`) must give
the same answers without any server. Loading is idempotent, replacing a graph drops what
it held, and a store that is down, slow or refusing gives a clear message and exit 1.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from engagement_schema import Dataset, dumps
from engagement_schema import cli as cli_module
from engagement_schema.cli import main
from engagement_schema.models import Person
from engagement_schema.rdf.queries import answer, store_of
from engagement_schema.rdf.store import GraphStore

REPO_ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((REPO_ROOT / "examples" / "queries").glob("*.rq"))
SEED_GRAPH = "https://example.org/graphs/seed"

Row = dict[str, str]


def expected(query: Path) -> list[Row]:
    """The hand-checked answer of a competency question."""
    return json.loads(query.with_suffix(".expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def oxigraph_binary() -> str:
    """The `oxigraph` command the PyPI package installs next to this interpreter."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        pytest.fail("the oxigraph server is not installed: pip install oxigraph (it is in the test extras)")
    return found


class Oxigraph:
    """A running Oxigraph server: its base URL, and SPARQL over HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.store = f"{url}/store"

    def select(self, query: str, graph: str | None = None) -> list[Row]:
        """A SELECT query's rows as plain strings (the shape of the expected files)."""
        params = f"?{urllib.parse.urlencode({'default-graph-uri': graph})}" if graph else ""
        request = urllib.request.Request(
            f"{self.url}/query{params}",
            data=query.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            results = json.load(response)
        return [{name: value["value"] for name, value in binding.items()} for binding in results["results"]["bindings"]]

    def count(self, graph: str) -> int:
        [row] = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(row["n"])


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Oxigraph]:
    """A fresh Oxigraph server on 127.0.0.1, stopped when the module is done."""
    location = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    log = (location / "server.log").open("wb")
    command = [oxigraph_binary(), "serve", "--location", str(location / "store"), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    server = Oxigraph(f"http://127.0.0.1:{port}")
    try:
        _wait_until_it_answers(server, process, location / "server.log")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_until_it_answers(server: Oxigraph, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"oxigraph exited with {process.returncode}: {log.read_text(errors='replace')}")
        try:
            server.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"oxigraph did not answer within 15 s: {log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def seed_file(seed: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed as Turtle, the way a user would hand it to `load`."""
    path = tmp_path_factory.mktemp("seed") / "seed.ttl"
    path.write_text(dumps(seed, "turtle"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def loaded(oxigraph: Oxigraph, seed_file: Path) -> Oxigraph:
    """The server with the seed and the vocabularies loaded into `SEED_GRAPH` by the CLI."""
    assert main(["load", str(seed_file), "--endpoint", oxigraph.store, "--graph", SEED_GRAPH]) == 0
    return oxigraph


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries of the CLI's store client back off for milliseconds, not seconds."""
    monkeypatch.setattr(cli_module, "GraphStore", functools.partial(GraphStore, backoff=0.01))


def load(*args: str) -> int:
    return main(["load", *args])


# --- competency questions ---------------------------------------------------------------


def test_every_query_has_an_expected_answer() -> None:
    assert len(QUERIES) >= 6
    for query in QUERIES:
        assert expected(query), f"{query.name} expects no answer"


@pytest.mark.server
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_oxigraph_answers_every_competency_question_as_expected(loaded: Oxigraph, query: Path) -> None:
    assert loaded.select(query.read_text(encoding="utf-8"), graph=SEED_GRAPH) == expected(query)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_the_embedded_store_answers_every_competency_question_as_expected(seed: Dataset, query: Path) -> None:
    assert answer(store_of([seed]), query.read_text(encoding="utf-8")) == expected(query)


def test_the_query_command_prints_every_question_and_its_answers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", *map(str, QUERIES)]) == 0
    out = capsys.readouterr().out
    for query in QUERIES:
        question = next(line for line in query.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
        assert f"# {query}: {question.lstrip('# ')}" in out
        for row in expected(query):
            assert all(value[:59] in out for value in row.values())


# --- loading ----------------------------------------------------------------------------


@pytest.mark.server
@pytest.mark.parametrize("mode", [[], ["--add"]], ids=["replace", "add"])
def test_loading_twice_leaves_the_same_triples(loaded: Oxigraph, seed_file: Path, mode: list[str]) -> None:
    before = loaded.count(SEED_GRAPH)
    assert before > 3000
    for _ in range(2):
        assert load(str(seed_file), "--endpoint", loaded.store, "--graph", SEED_GRAPH, *mode) == 0
    assert loaded.count(SEED_GRAPH) == before


@pytest.mark.server
def test_replacing_a_graph_with_a_smaller_dataset_removes_the_old_triples(
    oxigraph: Oxigraph, seed_file: Path, tmp_path: Path
) -> None:
    graph = "https://example.org/graphs/replaced"
    assert load(str(seed_file), "--endpoint", oxigraph.store, "--graph", graph, "--no-vocabularies") == 0
    small = tmp_path / "small.json"
    small.write_text(dumps(Dataset(people=[Person(id="someone", name="Someone")]), "json"), encoding="utf-8")
    assert load(str(small), "--endpoint", oxigraph.store, "--graph", graph, "--no-vocabularies") == 0
    assert oxigraph.count(graph) == 3
    names = oxigraph.select(f"SELECT ?name WHERE {{ GRAPH <{graph}> {{ ?s <http://schema.org/name> ?name }} }}")
    assert names == [{"name": "Someone"}]


@pytest.mark.server
def test_load_reports_what_it_wrote(oxigraph: Oxigraph, seed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = "https://example.org/graphs/reported"
    assert load(str(seed_file), "--endpoint", oxigraph.store, "--graph", graph) == 0
    out = capsys.readouterr().out
    assert out == f"replaced <{graph}> at {oxigraph.store}: {oxigraph.count(graph)} triples\n"


# --- failures ---------------------------------------------------------------------------


@pytest.mark.usefixtures("quick_retries")
def test_an_unreachable_endpoint_fails_quickly_with_a_clear_message(
    seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    started = time.monotonic()
    assert load(str(seed_file), "--endpoint", endpoint, "--timeout", "0.5") == 1
    assert time.monotonic() - started < 5
    err = capsys.readouterr().err
    assert f"PUT {endpoint}?default: no answer after 3 attempts" in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("quick_retries")
def test_a_store_that_never_answers_times_out_with_a_clear_message(
    seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as silent:  # accepts connections (the backlog) but never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}/store"
        started = time.monotonic()
        assert load(str(seed_file), "--endpoint", endpoint, "--timeout", "0.2") == 1
        assert time.monotonic() - started < 5
    err = capsys.readouterr().err
    assert "no answer after 3 attempts" in err
    assert "timed out" in err
    assert "Traceback" not in err


@pytest.mark.server
@pytest.mark.parametrize(
    ("where", "status"),
    [
        (["--endpoint", "{url}/no-such-path"], "HTTP 404"),
        (["--endpoint", "{url}/store", "--graph", "https://example.org/bad%zz"], "HTTP 400"),
    ],
    ids=["wrong-path", "bad-graph-iri"],
)
def test_an_http_client_error_fails_at_once_with_its_status(
    oxigraph: Oxigraph, seed_file: Path, capsys: pytest.CaptureFixture[str], where: list[str], status: str
) -> None:
    args = [arg.format(url=oxigraph.url) for arg in where]
    assert load(str(seed_file), *args) == 1
    err = capsys.readouterr().err
    assert status in err
    assert "Traceback" not in err


class _Unavailable(http.server.BaseHTTPRequestHandler):
    """Answers every request with 503, counting them."""

    requests: list[str] = []  # noqa: RUF012 - shared with the test on purpose

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        _Unavailable.requests.append(self.path)
        self.send_response(503)
        self.end_headers()
        self.wfile.write(b"busy")

    def log_message(self, *_: object) -> None:
        pass


@pytest.mark.usefixtures("quick_retries")
def test_a_server_error_is_retried_then_reported(seed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _Unavailable.requests = []
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Unavailable) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            endpoint = f"http://127.0.0.1:{server.server_address[1]}/store"
            assert load(str(seed_file), "--endpoint", endpoint, "--timeout", "2") == 1
        finally:
            server.shutdown()
    assert len(_Unavailable.requests) == 3
    assert "HTTP 503 Service Unavailable: busy" in capsys.readouterr().err
