"""Shared fixtures and the hypothesis profiles of the test suite.

The hypothesis profile has no deadline (the first example of a property pays for imports
and schema compilation, which is not slowness); each property sets its own
`max_examples`, sized so the whole suite stays well under a minute.
"""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def seed() -> Dataset:
    """The validated seed dataset, with its article text attached."""
    return seed_dataset()


@pytest.fixture(scope="session")
def article() -> str:
    """The seed article's exact text."""
    return seed_text()
