"""The session's background work: long reads (the dashboard's metrics) off the table's reader and
the database worker, answered on the GUI thread, and never waited for when the window closes."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from conftest import fill_store

from desktop_app.gui.session import Session, run_sync
from desktop_app.store.connection import open_store


def _open(db: Path) -> Session:
    store = open_store(db, daily_backup=False)
    fill_store(store.conn, 30)
    store.close()
    session = Session(db)
    run_sync(session, lambda _store: session.open_in_worker())
    session.start_reader()
    return session


def test_slow_read_answers_on_the_gui_thread(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = _open(tmp_path / "s.db")
    got: list[tuple[int, bool]] = []

    def job(conn: sqlite3.Connection) -> int:
        return int(conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])

    session.read_slow(
        job, lambda n: got.append((n, threading.current_thread() is threading.main_thread()))
    )
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [(30, True)]
    errors: list[BaseException] = []
    session.read_slow(
        lambda conn: conn.execute("DELETE FROM orders"), lambda _r: None, errors.append
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], sqlite3.OperationalError)  # read-only connection
    session.close()


def test_closing_does_not_wait_for_a_slow_read(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = _open(tmp_path / "s.db")
    release = threading.Event()
    answered: list[object] = []

    def job(conn: sqlite3.Connection) -> int:
        release.wait(10)
        return 1

    session.read_slow(job, answered.append)
    started = time.perf_counter()
    session.drop_reader()
    assert time.perf_counter() - started < 1.0
    release.set()
    qtbot.wait(200)
    assert answered == []  # the answer of a dropped reader is not delivered
    session.close()
