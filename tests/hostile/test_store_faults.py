"""Faults while loading into a triple store (rdf/store.py, `engagement-schema load`),
against a real Oxigraph server this module starts, kills and restarts on 127.0.0.1.

Between the client and the server sits a small proxy of our own that plays each fault
on cue, attempt by attempt: it cuts the request body off half-way, kills the server
with half a body sent, drops the reply after the server has acted, answers 500, says
nothing at all, or answers with something that is not HTTP. After each fault the
named graph must hold exactly the triples of the last complete load (v1), never part
of the next (v2); retries are bounded and back off; the final error is one clear line.
"""

from __future__ import annotations

import contextlib
import functools
import signal
import socket
import socketserver
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest

from engagement_schema import Dataset, dumps
from engagement_schema import cli as cli_module
from engagement_schema.cli import main
from engagement_schema.models import Person
from engagement_schema.rdf.store import GraphStore
from tests.rdf.test_store import free_port, oxigraph_binary

pytestmark = pytest.mark.server

GRAPH = "https://example.org/graphs/hostile"
BACKOFF = 0.05


# --- a real server we can kill and restart ----------------------------------------------


class Server:
    """An Oxigraph server on a fixed port and store, to stop and start again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.folder / "server.log").open("ab")
        command = [
            oxigraph_binary(),
            "serve",
            "--location",
            str(self.folder / "store"),
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            assert self.process.poll() is None, (self.folder / "server.log").read_text(errors="replace")
            try:
                self.triples()
                return
            except OSError:
                time.sleep(0.05)
        pytest.fail("oxigraph did not answer within 15 s")

    def kill(self) -> None:
        """SIGKILL: no chance to finish anything it was doing."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def triples(self) -> set[str]:
        """Every triple of the graph, as N-Triples lines."""
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
        request = urllib.request.Request(
            f"{self.url}/query",
            data=query.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return _lines(response.read())


def _lines(ntriples: bytes) -> set[str]:
    """N-Triples as a set of canonical lines (Oxigraph's own writing of each triple)."""
    return {str(q.triple) for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("oxigraph"))
    running.start()
    try:
        yield running
    finally:
        running.kill()


# --- the datasets loaded ----------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    """A dataset file to load, and the triples the graph should then hold exactly."""

    path: Path
    triples: set[str]


def _version(folder: Path, name: str, people: int) -> Version:
    dataset = Dataset(people=[Person(id=f"{name}-{i}", name=f"{name} person {i}") for i in range(people)])
    path = folder / f"{name}.nt"
    path.write_text(dumps(dataset, "ntriples"), encoding="utf-8")
    return Version(path, _lines(path.read_bytes()))


@pytest.fixture(scope="module")
def v1(tmp_path_factory: pytest.TempPathFactory) -> Version:
    return _version(tmp_path_factory.mktemp("v1"), "v1", 200)


@pytest.fixture(scope="module")
def v2(tmp_path_factory: pytest.TempPathFactory) -> Version:
    return _version(tmp_path_factory.mktemp("v2"), "v2", 2000)  # over half a megabyte of N-Triples


def load(version: Version, endpoint: str, capsys: pytest.CaptureFixture[str], timeout: float = 5) -> tuple[int, str]:
    argv = ["load", str(version.path), "--endpoint", endpoint, "--graph", GRAPH, "--no-vocabularies"]
    code = main([*argv, "--timeout", str(timeout)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "GraphStore", functools.partial(GraphStore, backoff=BACKOFF))


@pytest.fixture
def holding_v1(server: Server, v1: Version, capsys: pytest.CaptureFixture[str]) -> Server:
    """The server up, its graph holding exactly v1."""
    if server.process is None or server.process.poll() is not None:
        server.start()
    assert load(v1, f"{server.url}/store", capsys)[0] == 0
    assert server.triples() == v1.triples
    return server


# --- the proxy that plays faults --------------------------------------------------------


@dataclass
class Proxy:
    """Plays `script[n]` on the n-th request (then forwards): cut, kill, drop-reply, 500,
    silent, garbage, or forward. Records when each request came."""

    server: Server
    script: list[str]
    arrivals: list[float] = field(default_factory=list)

    def handle(self, client: socket.socket) -> None:
        head, body = _read_request(client)
        self.arrivals.append(time.monotonic())
        act = self.script[len(self.arrivals) - 1] if len(self.arrivals) <= len(self.script) else "forward"
        if act == "500":
            client.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\nConnection: close\r\n\r\noops")
        elif act == "garbage":
            client.sendall(b"garbage\r\n\r\n")
        elif act == "silent":
            time.sleep(2)
        elif act == "short-reply":  # the server acts; its reply is cut off
            _forward(self.server.port, head + body)
            client.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nshort")
        elif act in ("cut", "kill"):
            with socket.create_connection(("127.0.0.1", self.server.port)) as upstream:
                upstream.sendall(head + body[: len(body) // 2])
                time.sleep(0.2)  # let the server take in what it got
                if act == "kill":
                    self.server.kill()
        else:
            reply = _forward(self.server.port, head + body)
            if act != "drop-reply":
                client.sendall(reply)

    def __enter__(self) -> str:
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with contextlib.suppress(OSError):  # the server is down: the client sees the door close
                    proxy.handle(self.request)

        self._tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._tcp.daemon_threads = True
        threading.Thread(target=self._tcp.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._tcp.server_address[1]}/store"

    def __exit__(self, *exc: object) -> None:
        self._tcp.shutdown()
        self._tcp.server_close()


def _read_request(client: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        data += client.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
    )
    while len(body) < length:
        body += client.recv(65536)
    return head + b"\r\n\r\n", body


def _forward(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port)) as upstream:
        upstream.sendall(request)
        reply = b""
        while chunk := upstream.recv(65536):
            reply += chunk
    return reply


# --- the faults -------------------------------------------------------------------------


def test_a_body_cut_off_half_way_leaves_the_graph_as_it_was_and_is_retried_three_times(
    holding_v1: Server, v1: Version, v2: Version, capsys: pytest.CaptureFixture[str]
) -> None:
    play = Proxy(holding_v1, ["cut", "cut", "cut"])
    with play as endpoint:
        code, err = load(v2, endpoint, capsys)
    assert code == 1
    assert err.startswith(f"PUT {endpoint}?graph=")
    assert "no answer after 3 attempts" in err
    assert err.count("\n") == 1
    assert len(play.arrivals) == 3
    assert holding_v1.triples() == v1.triples


def test_a_server_killed_with_half_a_body_comes_back_with_the_graph_it_had(
    holding_v1: Server, v1: Version, v2: Version, capsys: pytest.CaptureFixture[str]
) -> None:
    with Proxy(holding_v1, ["kill"]) as endpoint:
        code, err = load(v2, endpoint, capsys)
    assert code == 1
    assert "no answer after 3 attempts" in err
    holding_v1.start()  # the same store, after a crash
    assert holding_v1.triples() == v1.triples
    assert load(v2, f"{holding_v1.url}/store", capsys)[0] == 0
    assert holding_v1.triples() == v2.triples


def test_a_reply_lost_after_the_server_replaced_the_graph_is_retried_to_the_same_end(
    holding_v1: Server, v2: Version, capsys: pytest.CaptureFixture[str]
) -> None:
    play = Proxy(holding_v1, ["drop-reply"])
    with play as endpoint:
        assert load(v2, endpoint, capsys) == (0, "")
    assert len(play.arrivals) == 2  # PUT replaces: sending it again is safe
    assert holding_v1.triples() == v2.triples


def test_server_errors_are_retried_with_growing_pauses_then_the_load_succeeds(
    holding_v1: Server, v2: Version, capsys: pytest.CaptureFixture[str]
) -> None:
    play = Proxy(holding_v1, ["500", "500"])
    with play as endpoint:
        assert load(v2, endpoint, capsys) == (0, "")
    first, second = (b - a for a, b in zip(play.arrivals, play.arrivals[1:], strict=False))
    assert len(play.arrivals) == 3
    assert BACKOFF <= first < second
    assert second >= 2 * BACKOFF
    assert holding_v1.triples() == v2.triples


@pytest.mark.parametrize(
    ("act", "says", "applied"),
    [
        ("500", "HTTP 500 Internal Server Error: oops", False),
        ("silent", "no answer after 3 attempts: timed out", False),
        ("garbage", "no answer after 3 attempts: a broken reply: BadStatusLine(", False),
        ("short-reply", "no answer after 3 attempts: a broken reply: IncompleteRead(5 bytes read, 95 more", True),
    ],
)
def test_a_store_that_keeps_failing_gets_three_tries_and_one_clear_line(
    act: str,
    says: str,
    applied: bool,
    holding_v1: Server,
    v1: Version,
    v2: Version,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Regression: a reply that was not HTTP, or was cut short, ended in a traceback.
    play = Proxy(holding_v1, [act] * 3)
    with play as endpoint:
        code, err = load(v2, endpoint, capsys, timeout=0.3 if act == "silent" else 5)
    assert (code, err.count("\n")) == (1, 1)
    assert err.startswith(f"PUT {endpoint}?graph=")
    assert says in err
    assert len(play.arrivals) == 3
    assert holding_v1.triples() == (v2 if applied else v1).triples  # all of one, never part


def test_a_store_that_is_down_fails_clearly_and_a_restart_takes_the_load(
    holding_v1: Server, v1: Version, v2: Version, capsys: pytest.CaptureFixture[str]
) -> None:
    holding_v1.kill()
    code, err = load(v2, f"{holding_v1.url}/store", capsys)
    assert code == 1
    assert "no answer after 3 attempts: [Errno 111] Connection refused" in err
    holding_v1.start()
    assert holding_v1.triples() == v1.triples
    assert load(v2, f"{holding_v1.url}/store", capsys)[0] == 0
    assert holding_v1.triples() == v2.triples


def test_the_url_of_a_named_graph_is_escaped() -> None:
    store = GraphStore("http://127.0.0.1:9/store")
    assert store._url("https://example.org/g?x=1&y=2#z") == (
        "http://127.0.0.1:9/store?graph=" + urllib.parse.quote("https://example.org/g?x=1&y=2#z", safe="")
    )
