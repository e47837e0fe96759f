"""Faults while writing (io.atomic_writer, through the CLI): a full disk, a process killed
mid-write, a target we may not write. The previous file stays as it was, nothing is
left beside it, and the message names the file and says what went wrong.

The full disk is a device node of our own that behaves as /dev/full (when root), so
that no regression can ever rename a file over the system's.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from engagement_schema import io as es_io
from engagement_schema.cli import main

SCRIPT = shutil.which("engagement-schema", path=str(Path(sys.executable).parent)) or "engagement-schema"
CASES = Path(__file__).parent / "cases"
GOOD = CASES / "yaml" / "norway.yaml"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """(exit status, stderr) of the CLI run in-process; no traceback allowed."""
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


# --- a full disk ------------------------------------------------------------------------


def test_a_full_disk_under_the_report_of_bad_records_exits_1_naming_it(
    full_device: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = CASES / "streams" / "jsonl-bad-third-line.jsonl"
    out = tmp_path / "out.json"
    argv = ["convert", str(bad), "--to", "json", "--keep-going", "--report", str(full_device), "-o", str(out)]
    assert run(argv, capsys) == (1, f"{full_device}: No space left on device\n")
    assert not out.exists()  # the records are not written when their report cannot be
    assert stat.S_ISCHR(full_device.stat().st_mode)


def test_a_full_disk_under_an_extraction_exits_1_naming_it(
    full_device: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = CASES / "text" / "no-engagement.txt"
    argv = ["extract", str(text), "--published", "2018-05-14", "-o", str(full_device)]
    assert run(argv, capsys) == (1, f"{full_device}: No space left on device\n")


def test_a_full_disk_under_stdout_exits_1_without_a_traceback(full_device: Path) -> None:
    with full_device.open("w") as full:
        done = subprocess.run(
            [SCRIPT, "convert", str(GOOD), "--to", "turtle"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (1, "engagement-schema: No space left on device\n")


# --- a process killed while it writes ---------------------------------------------------


@pytest.fixture
def big_stream(tmp_path: Path) -> Path:
    """JSON Lines that take a few seconds to convert: 40,000 small records."""
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(40_000):
            record = {"people": [{"id": f"p{i}", "name": f"Person {i}", "given_name": 'Joseph "Joe"\nVotel'}]}
            out.write(json.dumps(record) + "\n")
    return path


def _writing(pid: int, folder: Path) -> bool:
    """Whether process `pid` holds a file in `folder` open and has written into it."""
    fds = Path(f"/proc/{pid}/fd")
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
            position = int((Path(f"/proc/{pid}/fdinfo") / fd.name).read_text().split()[1])
        except OSError:
            continue
        if target.startswith(str(folder)) and not target.endswith(".jsonl") and position > 0:
            return True
    return False


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see the process writing")
def test_a_process_killed_mid_write_leaves_the_previous_file_and_nothing_beside_it(
    big_stream: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.nt"
    out.write_text("previous\n", encoding="utf-8")
    with subprocess.Popen(
        [SCRIPT, "convert", str(big_stream), "--to", "ntriples", "-o", str(out), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as process:
        deadline = time.monotonic() + 30
        while not _writing(process.pid, tmp_path):
            assert process.poll() is None, "finished before it could be killed: make the input bigger"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    assert out.read_text(encoding="utf-8") == "previous\n"
    left = sorted(p.name for p in tmp_path.iterdir())
    if es_io._UNNAMED:
        assert left == ["big.jsonl", "out.nt"]  # the unnamed file went with the process
    else:  # pragma: no cover - systems without O_TMPFILE: a hidden temporary may stay
        assert all(name in ("big.jsonl", "out.nt") or name.startswith(".out.nt.") for name in left)


# --- a target we may not write ----------------------------------------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder anyone may write in (so an unprivileged user can be given its files)."""
    folder = Path(tempfile.mkdtemp(prefix="es-hostile-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            path.chmod(0o777 if path.is_dir() else 0o666)
        shutil.rmtree(folder)


#: The CLI as a user who is not root: root may write anything, so as root the child drops
#: to nobody once Python has started (the interpreter may live where nobody cannot read).
AS_A_USER = """
import os, sys
from engagement_schema.cli import main
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("what", ["read-only file", "read-only folder"])
def test_a_target_we_may_not_write_is_refused_and_left_as_it_was(what: str, shared_folder: Path) -> None:
    folder = shared_folder / "out"
    folder.mkdir()
    folder.chmod(0o777)
    out = folder / "out.json"
    out.write_text("previous\n", encoding="utf-8")
    source = shared_folder / "in.yaml"
    shutil.copyfile(GOOD, source)
    source.chmod(0o644)
    if what == "read-only file":
        out.chmod(0o444)
    else:
        out.chmod(0o666)
        folder.chmod(0o555)
    done = subprocess.run(
        [sys.executable, "-c", AS_A_USER, "convert", str(source), "--to", "json", "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, f"{out}: Permission denied\n")
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in folder.iterdir()) == ["out.json"]
