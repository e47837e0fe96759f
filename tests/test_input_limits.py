"""Inputs too large to hold: refused with a clear line before memory runs out (think of
/dev/zero), whether read whole, as a record of a stream, or from stdin."""

from __future__ import annotations

import io as stdio
from pathlib import Path

import pytest

from engagement_schema import io
from engagement_schema.errors import InvalidRecord
from tests.test_cli import run


class _Endless(stdio.RawIOBase):
    """An input that never ends and holds no newline, as /dev/zero."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        buffer[:] = b"\0" * len(buffer)
        return len(buffer)


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(io, "MAX_INPUT_BYTES", 1024)
    return 1024


def test_an_endless_input_is_refused_once_past_the_limit(small_limit: int) -> None:
    with pytest.raises(InvalidRecord) as caught:
        io.read_whole(stdio.BufferedReader(_Endless()), "/dev/zero")
    assert str(caught.value) == (
        "/dev/zero: (document): more than 1024 bytes in one record: split it, or stream records as JSON Lines"
    )


def test_an_endless_line_of_a_stream_is_refused_at_its_line(small_limit: int) -> None:
    stream = stdio.BufferedReader(stdio.BytesIO(b'{"people": []}\n' + b" " * 5000))
    lines = io.bounded_lines(stream, "big.jsonl")
    assert next(lines) == b'{"people": []}\n'
    with pytest.raises(InvalidRecord) as caught:
        next(lines)
    assert [p.line for p in caught.value.problems] == [2]


def test_inputs_within_the_limit_are_read_whole(small_limit: int, tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_bytes(b"{}" + b" " * 1000)
    assert io.read_path(path) == path.read_bytes()


@pytest.mark.parametrize("command", [["validate"], ["convert", "--to", "ntriples"], ["extract"]])
def test_the_command_line_refuses_a_file_past_the_limit_in_one_line(
    command: list[str], small_limit: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b'{"people": [' + b" " * 5000 + b"]}")
    code, _, err = run([command[0], str(path), *command[1:]], capsys)
    assert code == 1
    assert "in one record: split it, or stream records as JSON Lines" in err
    assert "Traceback" not in err
