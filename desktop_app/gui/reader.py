"""Read-only database queries on a thread of their own, answers delivered on the GUI thread.

The order table, the filter-chip counts and the dashboard read through a `DbReader`, so a slow
query (a substring search over every order, a sort with a filter no index covers) never
freezes the window. The reader has its own SQLite connection, opened in its thread; writes go
through `tasks.BackgroundOp` on the database worker, so a long import never holds up the table.

A job may say when its answer is no longer wanted (`stale`: the seller typed on, chose another
chip or sort). A stale job still queued is skipped, and a running one is interrupted inside SQLite
(`interrupts.watch`: the connection's progress handler, shared with a page query's time budget),
so the next request does not wait behind a superseded one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.gui.mailbox import mailbox
from desktop_app.gui.tasks import QtExecutor
from desktop_app.qt import QtCore
from desktop_app.store.read.interrupts import WatchedConnection, watch

T = TypeVar("T")

BUSY_TIMEOUT_MS = 10_000
# Page cache of the reader's connection: a filtered table page may look up tens of thousands of
# index entries, which SQLite's default 2 MB cache would re-read from the file every time.
CACHE_KIB = 65_536


class _Superseded:
    """What a stale job delivers: nothing to report (neither `done` nor `failed` is called)."""


_SUPERSEDED = _Superseded()


class DbReader(QtCore.QObject):
    """Runs `job(conn)` on the reader thread; `done(result)` / `failed(exc)` on the GUI thread."""

    def __init__(self, db_path: Path, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._executor = QtExecutor("shipcheck-read", qt_objects=False)
        self._local = threading.local()
        self._pending = 0
        self._closed = False

    def _connection(self) -> WatchedConnection:
        conn: WatchedConnection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.db_path, isolation_level=None, factory=WatchedConnection)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = 1")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._local.conn = conn
        return conn

    @property
    def busy(self) -> bool:
        """True while a submitted job has not reported back."""
        return self._pending > 0

    def submit(
        self,
        job: Callable[[sqlite3.Connection], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        stale: Callable[[], bool] | None = None,
    ) -> None:
        """Queue `job`; jobs run one at a time, in order.

        `stale()` (called on the reader thread; keep it to a comparison of plain values) says
        the answer is no longer wanted: the job is then skipped, or interrupted while its query
        runs, and neither `done` nor `failed` is called."""
        if self._closed:
            return
        self._pending += 1
        box = mailbox()

        def run() -> None:
            if stale is not None and stale():
                box.post(self._deliver, None, _SUPERSEDED, None)
                return
            conn = self._connection()
            if stale is not None:
                watch(conn, stale)
            try:
                result = job(conn)
            except BaseException as exc:
                # An interrupted query raises OperationalError('interrupted'); any failure of a
                # job nobody waits for any more is dropped with it.
                gone = stale is not None and stale()
                box.post(self._deliver, None, _SUPERSEDED if gone else exc, failed)
            else:
                box.post(self._deliver, done, result, None)
            finally:
                if stale is not None:
                    watch(conn, None)

        self._executor.submit(run, box)  # `run` holds `done`: dropped on the GUI thread
        box.expect()

    def _deliver(self, callback: Any, result: Any, failed: Any) -> None:
        self._pending -= 1
        if self._closed or result is _SUPERSEDED:
            return
        if isinstance(result, BaseException):
            if failed is not None:
                failed(result)
            else:
                QtCore.qWarning(f"ShipCheck: database read failed: {result!r}")
            return
        callback(result)

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the jobs queued so far have run (answers still come via the event loop)."""
        self._executor.submit(lambda: None).result(timeout=timeout)

    def close(self) -> None:
        """Stop the thread and close its connection."""
        if self._closed:
            return
        self._closed = True

        def shut() -> None:
            conn = getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()

        self._executor.submit(shut)
        self._executor.shutdown(wait=True)
