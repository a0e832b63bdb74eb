"""The reader thread: stale jobs are skipped or interrupted, and the next job does not wait."""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import Any

import pytest
from conftest import AS_OF

from desktop_app.gui.order_model import OrderTableModel
from desktop_app.gui.reader import DbReader
from desktop_app.store.connection import Store
from desktop_app.store.read.pages import OrderFilter

# Counts to a billion in SQL: minutes if nothing stops it.
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
    "SELECT count(*) FROM c"
)


@pytest.fixture
def reader(store: Store, qtbot):  # type: ignore[no-untyped-def]
    r = DbReader(store.path)
    yield r
    r.close()


class Calls:
    """What the GUI thread was told."""

    def __init__(self) -> None:
        self.done: list[Any] = []
        self.failed: list[BaseException] = []

    def ok(self, result: Any) -> None:
        self.done.append(result)

    def bad(self, exc: BaseException) -> None:
        self.failed.append(exc)


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])


def test_a_running_query_is_interrupted_once_stale(qtbot, reader: DbReader) -> None:  # type: ignore[no-untyped-def]
    calls, later = Calls(), Calls()
    wanted = [True]
    started = threading.Event()

    def endless(conn: sqlite3.Connection) -> int:
        started.set()
        return int(conn.execute(ENDLESS).fetchone()[0])

    reader.submit(endless, calls.ok, calls.bad, stale=lambda: not wanted[0])
    reader.submit(_count, later.ok, later.bad)  # queued behind it
    assert started.wait(10)
    time.sleep(0.2)  # the query is running now
    t = time.perf_counter()
    wanted[0] = False
    qtbot.waitUntil(lambda: not reader.busy, timeout=10_000)
    assert time.perf_counter() - t < 5
    # Neither callback of the superseded job; the next job ran on the same connection.
    assert calls.done == [] and calls.failed == []
    assert later.done == [70] and later.failed == []


def test_a_queued_stale_job_is_skipped(qtbot, reader: DbReader) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    ran: list[str] = []
    first, skipped, last = Calls(), Calls(), Calls()

    def blocked(conn: sqlite3.Connection) -> int:
        gate.wait(10)
        return _count(conn)

    def never(conn: sqlite3.Connection) -> int:
        ran.append("never")
        return _count(conn)

    wanted = [True]
    reader.submit(blocked, first.ok, first.bad)
    reader.submit(never, skipped.ok, skipped.bad, stale=lambda: not wanted[0])
    reader.submit(_count, last.ok, last.bad, stale=lambda: False)
    wanted[0] = False  # superseded while still queued
    gate.set()
    qtbot.waitUntil(lambda: not reader.busy, timeout=10_000)
    assert ran == []
    assert skipped.done == [] and skipped.failed == []
    assert first.done == [70] and last.done == [70]


def test_a_wanted_job_reports_its_failure_and_the_progress_check_is_removed(
    qtbot,  # type: ignore[no-untyped-def]
    reader: DbReader,
) -> None:
    calls, after = Calls(), Calls()
    reader.submit(
        lambda conn: conn.execute("SELECT nope FROM orders"),
        calls.ok,
        calls.bad,
        stale=lambda: False,
    )
    qtbot.waitUntil(lambda: not reader.busy, timeout=10_000)
    assert calls.done == [] and len(calls.failed) == 1
    assert isinstance(calls.failed[0], sqlite3.OperationalError)
    # A later job without `stale` is not interrupted by the earlier job's check.
    reader.submit(
        lambda conn: conn.execute(ENDLESS.replace("1000000000", "200000")).fetchone()[0],
        after.ok,
        after.bad,
    )
    qtbot.waitUntil(lambda: not reader.busy, timeout=10_000)
    assert after.done == [200000] and after.failed == []


def test_the_order_table_drops_a_superseded_listing(qtbot, reader: DbReader) -> None:  # type: ignore[no-untyped-def]
    """A new filter makes the reads asked for the previous one stale; the new ones are not."""
    seen: list[Any] = []
    submit = reader.submit

    def spy(job: Any, done: Any, failed: Any = None, stale: Any = None) -> None:
        seen.append(stale)
        submit(job, done, failed, stale)

    reader.submit = spy  # type: ignore[method-assign]
    model = OrderTableModel(reader, AS_OF, page_size=16)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    first = [s for s in seen if s is not None]
    assert first and not any(s() for s in first)
    model.set_filter(OrderFilter(statuses=frozenset({"overdue"})))
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert all(s() for s in first)
    newer = [s for s in seen[len(first) :] if s is not None]
    assert newer and not any(s() for s in newer)
