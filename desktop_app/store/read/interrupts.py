"""Stopping a running read query: the one SQLite progress handler of a connection, shared.

SQLite gives a connection a single progress handler, and two things want to stop the reader's
queries: the reader itself, when the job's answer is no longer wanted (`DbReader.submit(stale=…)`),
and a page query of `store.read.pages` that runs out of its time budget and takes another way. Each
setting its own handler would silently drop the other's (a superseded search would then run its
fallback to the end). So the reader's connection remembers the job's check (`WatchedConnection`),
and `budget` adds a deadline to it for one query and puts it back after. No Qt here.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# SQLite virtual-machine steps between two checks: at the ~50 M steps a second measured here, a
# check every ~0.02 ms — fine enough for a 0.05 s budget; the checks cost nothing measurable (a
# 3M-row query took 1.28 s CPU without a handler, 1.04 s with one every 1,000 steps — noise).
STEPS = 1000


class WatchedConnection(sqlite3.Connection):
    """A connection that remembers the running job's stale check (None between jobs)."""

    stale: Callable[[], bool] | None = None


def _check_of(conn: sqlite3.Connection) -> Callable[[], bool] | None:
    return getattr(conn, "stale", None)


def watch(conn: WatchedConnection, stale: Callable[[], bool] | None) -> None:
    """Stop `conn`'s queries from now on whenever `stale()` is true (None: never)."""
    conn.stale = stale
    _install(conn, stale)


def _install(conn: sqlite3.Connection, check: Callable[[], bool] | None) -> None:
    if check is None:
        conn.set_progress_handler(None, 0)
    else:
        conn.set_progress_handler(lambda: 1 if check() else 0, STEPS)


@contextmanager
def budget(conn: sqlite3.Connection, seconds: float) -> Iterator[Callable[[], bool]]:
    """Stop `conn`'s queries also once `seconds` have passed, inside the block; yields
    ``expired()``, which tells the two reasons for an OperationalError('interrupted') apart.
    The connection's own check (`watch`) keeps working throughout and is back alone after."""
    deadline = time.perf_counter() + seconds
    outer = _check_of(conn)

    def expired() -> bool:
        return time.perf_counter() > deadline

    if outer is None:
        _install(conn, expired)
    else:
        _install(conn, lambda: outer() or expired())
    try:
        yield expired
    finally:
        _install(conn, outer)
