"""Fixtures for the import tests: the generated corpus (built once per session in a temp dir)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _corpus_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_corpus", ROOT / "tests/corpus/make_corpus.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_corpus", mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """{file name: path} of every generated corpus file."""
    files: dict[str, Path] = _corpus_module().build(tmp_path_factory.mktemp("corpus"))
    return files


@pytest.fixture(scope="session")
def corpus_module():  # type: ignore[no-untyped-def]
    """The corpus generator module (for building one-off files in a test)."""
    return _corpus_module()
