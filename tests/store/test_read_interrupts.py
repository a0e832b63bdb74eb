"""One progress handler per SQLite connection, shared by the reader's stale check and a page
query's time budget (`desktop_app.store.read.interrupts`)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.store.read import interrupts
from desktop_app.store.read.interrupts import WatchedConnection, budget, watch

# Counts to a billion in SQL: minutes if nothing stops it.
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
    "SELECT count(*) FROM c"
)
SHORT = ENDLESS.replace("1000000000", "200000")


def _runs(conn: sqlite3.Connection) -> bool:
    """True when a short query runs to its end (no handler stops it)."""
    try:
        return bool(conn.execute(SHORT).fetchone()[0] == 200000)
    except sqlite3.OperationalError as exc:
        assert "interrupted" in str(exc)
        return False


def test_the_budget_stops_a_query_and_is_gone_after() -> None:
    conn = sqlite3.connect(":memory:")  # a plain connection: no stale check of its own
    with budget(conn, 0.05) as expired:
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            conn.execute(ENDLESS).fetchone()
        assert expired()
    assert _runs(conn)


def test_a_stale_check_stops_a_query_inside_a_budget_and_stays_after() -> None:
    conn = sqlite3.connect(":memory:", factory=WatchedConnection)
    wanted = [True]
    watch(conn, lambda: not wanted[0])
    assert _runs(conn)
    with budget(conn, 1e9) as expired:
        wanted[0] = False
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            conn.execute(ENDLESS).fetchone()
        assert not expired()  # stopped for the stale check, not for the budget
    assert not _runs(conn)  # the stale check is still installed
    wanted[0] = True
    assert _runs(conn)
    watch(conn, None)
    wanted[0] = False
    assert _runs(conn)  # unwatched: nothing stops it


def test_the_checks_run_every_few_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(":memory:", factory=WatchedConnection)
    calls = [0]

    def counted() -> bool:
        calls[0] += 1
        return False

    monkeypatch.setattr(interrupts, "STEPS", 100)
    watch(conn, counted)
    assert _runs(conn)
    assert calls[0] > 1000  # a 200k-row count takes well over 100k steps
