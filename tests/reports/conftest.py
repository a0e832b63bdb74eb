"""Fixtures for the report tests: a filled store, and PDF text extraction with poppler."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reports.report_fixtures import filled_store


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A fresh store with the Kuaishou and Douyin sample orders, verdicts, notes, attachments."""
    connection = filled_store(tmp_path)
    yield connection
    connection.close()


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) not installed")
    return path


def pdf_text(path: Path, *extra: str) -> str:
    """The text of a PDF as pdftotext extracts it (UTF-8)."""
    out = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", *extra, str(path), "-"],
        check=True,
        capture_output=True,
    )
    return out.stdout.decode("utf-8")


def pdf_fonts(path: Path) -> str:
    """pdffonts' table for a PDF."""
    return subprocess.run(
        [_tool("pdffonts"), str(path)], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> int:
    """The page count from pdfinfo."""
    info = subprocess.run(
        [_tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(info)
