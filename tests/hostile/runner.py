"""Run the command line once per hostile case, each in a child process under hard limits.

    python -m tests.hostile.runner CASES.json RESULTS.json

Importing the CLI costs more than most cases, so this process imports it once (and warms
the SHACL shapes and the extraction tables), then forks a child per case, as a fork
server does. The child is the console script in all that matters: it sets its limits
(address space, CPU seconds, a wall-clock alarm), points stdin, stdout and stderr at the
case's files, runs `main(argv)` and exits with its status; an exception that escapes
prints a traceback and exits 1, as Python would. An audit hook ends the child with
`NETWORK` the moment anything tries to resolve a name or open a connection: no input
may make the library touch the network. Children run two at a time.

Each case is {"id", "argv", "cwd", "stdin", "stdout", "stderr"}; each result adds the
exit status (or the signal that ended the child), its CPU seconds and peak memory.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
import traceback
from typing import Any

#: The hard limits of every case: 2 GB of address space, 20 s of CPU, 120 s of wall clock.
#: The CPU limit bounds the work; the alarm only catches a case that waits, so it is loose
#: enough that a machine busy with other work does not end a case that is merely slow.
ADDRESS_SPACE = 2 << 30
CPU_SECONDS = 20
WALL_SECONDS = 120
#: The exit status of a child that tried to use the network.
NETWORK = 97
PARALLEL = 2


def main(cases_path: str, results_path: str) -> None:
    with open(cases_path, encoding="utf-8") as handle:
        cases: list[dict[str, Any]] = json.load(handle)
    _warm()
    running: dict[int, tuple[dict[str, Any], float]] = {}
    results: dict[str, dict[str, Any]] = {}
    pending = list(cases)
    while pending or running:
        while pending and len(running) < PARALLEL:
            case = pending.pop(0)
            running[_fork(case)] = (case, time.monotonic())
        pid, status, usage = os.wait4(-1, 0)
        case, started = running.pop(pid)
        results[case["id"]] = {
            "id": case["id"],
            "exit": os.waitstatus_to_exitcode(status),  # negative: the signal that ended it
            "cpu": round(usage.ru_utime + usage.ru_stime, 3),
            "wall": round(time.monotonic() - started, 3),
            "max_rss_mb": usage.ru_maxrss // 1024,
        }
    with open(results_path, "w", encoding="utf-8") as handle:
        json.dump([results[case["id"]] for case in cases], handle, indent=1)


def _warm() -> None:
    """Import and fill the caches every child would otherwise fill again."""
    import pyshacl  # noqa: F401 - imported lazily by `validate` on RDF

    from engagement_schema import cli  # noqa: F401
    from engagement_schema.extraction import extract
    from engagement_schema.rdf import shacl

    shacl._shapes()
    extract("General Joseph Votel visited Dushanbe on May 11, 2018.", published="2018-05-14")


def _fork(case: dict[str, Any]) -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        code = _child(case)
    finally:
        os._exit(code)


def _child(case: dict[str, Any]) -> int:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    signal.alarm(WALL_SECONDS)
    os.chdir(case["cwd"])
    for fd, path, flags in (
        (0, case["stdin"], os.O_RDONLY),
        (1, case["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, case["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(path, flags, 0o644)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as long as the child
    sys.addaudithook(_no_network)
    from engagement_schema.cli import main as cli

    try:
        code = cli(case["argv"])
    except SystemExit as exit:  # argparse's usage errors, as the console script would exit
        code = exit.code if isinstance(exit.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def _no_network(event: str, args: tuple[Any, ...]) -> None:
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        os.write(2, f"NETWORK: {event} {args!r}\n".encode())
        os._exit(NETWORK)


if __name__ == "__main__":
    main(*sys.argv[1:])
