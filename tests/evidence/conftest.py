"""Fixtures for the evidence-bundle tests: the same filled store as the report tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reports.report_fixtures import filled_store


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A fresh store with sample orders, verdicts, notes and hostile attachment names."""
    connection = filled_store(tmp_path)
    yield connection
    connection.close()
