"""A one-line progress display on stderr for long runs: records, rate and time left."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Redraws at most five times a second; silent unless `enabled` (a terminal, not --quiet)."""

    def __init__(self, stream: TextIO, *, enabled: bool, total_bytes: int | None) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = total_bytes
        self.started = time.monotonic()
        self._drawn = 0.0

    def update(self, records: int, done_bytes: int) -> None:
        """Show progress after `records` records and `done_bytes` of input."""
        now = time.monotonic()
        if not self.enabled or now - self._drawn < 0.2:
            return
        self._drawn = now
        elapsed = max(now - self.started, 1e-9)
        line = f"{records:,} records  {records / elapsed:,.0f}/s"
        if self.total and done_bytes:
            left = elapsed * (self.total - done_bytes) / done_bytes
            line += f"  {min(100.0, 100 * done_bytes / self.total):.0f}%  ETA {_clock(left)}"
        self.stream.write(f"\r{line:<60}")
        self.stream.flush()

    def clear(self) -> None:
        """Blank the line, so a message written next (a rejected record) starts a line of its
        own; the progress is drawn again at the next update."""
        if self.enabled and self._drawn:
            self.stream.write(f"\r{'':<60}\r")
            self._drawn = 0.0

    def finish(self) -> None:
        """End the progress line so later output starts on a fresh one."""
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(max(seconds, 0)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
