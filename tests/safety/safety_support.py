"""Shared helpers for the data-safety tests: the corpus generator, database digests, time limits."""

from __future__ import annotations

import contextlib
import faulthandler
import hashlib
import importlib.util
import signal
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType, ModuleType

ROOT = Path(__file__).resolve().parents[2]

# Every table a seller's data lives in (the digest covers all of them that exist).
DATA_TABLES = (
    "orders",
    "products",
    "imports",
    "settings",
    "affected_areas",
    "verdicts",
)


def corpus_module() -> ModuleType:
    """tests/corpus/make_corpus.py, loaded once (it is a script, not a package)."""
    if "make_corpus" in sys.modules:
        return sys.modules["make_corpus"]
    spec = importlib.util.spec_from_file_location(
        "make_corpus", ROOT / "tests/corpus/make_corpus.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


def table_rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    """Every row of `table`, in a stable order (all columns, sorted)."""
    rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
    return sorted(rows, key=repr)


def digest(conn: sqlite3.Connection, tables: tuple[str, ...] = DATA_TABLES) -> str:
    """SHA-256 over the content of `tables` (those that exist) — equal digests, equal data."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    h = hashlib.sha256()
    for table in tables:
        if table in present:
            h.update(table.encode())
            for row in table_rows(conn, table):
                h.update(repr(row).encode())
    return h.hexdigest()


def integrity_ok(db: Path) -> bool:
    """``PRAGMA integrity_check`` on the file at `db` (a fresh connection) says ok."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


class Hang(Exception):
    """An example ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float, hard_seconds: float = 60.0) -> Iterator[None]:
    """Fail with `Hang` after `seconds` (SIGALRM, for code that returns to Python now and then);
    dump every thread's stack and exit after `hard_seconds` (faulthandler, for a hang inside C)."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows: the hard limit only
        faulthandler.dump_traceback_later(hard_seconds, exit=True)
        try:
            yield
        finally:
            faulthandler.cancel_dump_traceback_later()
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(hard_seconds, exit=True)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        faulthandler.cancel_dump_traceback_later()
