"""Shared fixtures and the hypothesis profiles of the test suite.

The hypothesis profile has no deadline (the first example of a property pays for imports
and schema compilation, which is not slowness); each property sets its own
`max_examples`, sized so the whole suite stays well under a minute.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from engagement_schema import Dataset, seed_dataset, seed_text

settings.register_profile("engagement-schema", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("engagement-schema")

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root, where `schemas/`, `seeds/` and `examples/` are."""
    return REPO_ROOT


@pytest.fixture
def full_device(tmp_path: Path) -> Path:
    """A device that refuses every write as /dev/full does; our own node when we are root,
    so that a regression replacing the output by rename cannot replace the system's."""
    if os.geteuid() != 0:
        return Path("/dev/full")
    node = tmp_path / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except OSError:
        pytest.skip("cannot make a device node here")
    return node


@pytest.fixture(scope="session")
def seed() -> Dataset:
    """The validated seed dataset, with its article text attached."""
    return seed_dataset()


@pytest.fixture(scope="session")
def article() -> str:
    """The seed article's exact text."""
    return seed_text()
