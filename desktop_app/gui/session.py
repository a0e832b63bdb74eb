"""The database the window works on: one writable store owned by the worker thread, one reader.

- Writes (import, evaluation, notes, attachments, settings) run as `BackgroundOp`s on the single
  database worker, through the one writable `Store` this session opens there.
- Reads for the table, chips, detail panel and dashboard go through `reader` (its own read-only
  connection on its own thread).

No widget code here; the GUI thread never touches `store`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.errors import BadInput
from desktop_app.gui.mailbox import mailbox
from desktop_app.gui.reader import DbReader
from desktop_app.gui.tasks import BackgroundOp, OpContext, executor
from desktop_app.qt import QtCore, QtWidgets, Signal
from desktop_app.store.connection import Store, open_store

log = logging.getLogger(__name__)

MAINTENANCE_NICE = 10
SLOW_READ_BUSY_MS = 10_000

T = TypeVar("T")


class Session(QtCore.QObject):
    """An open ShipCheck database for the GUI.

    Opening does only what does not grow with the database (create or migrate, the writer lock,
    an integrity check of the small tables): the first page of orders follows at once. On the
    first open of the day the rest — the full integrity check, then the day's automatic backup —
    runs afterwards on a thread of its own (`start_maintenance`), reporting `damaged` or
    `maintained`.
    """

    damaged = Signal(object)  # StoreRefused: the full check found the file damaged
    maintained = Signal(object)  # list[str]: warnings ("中文 / English"), [] when all went well

    def __init__(self, db_path: Path, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._store: Store | None = None
        self.reader: DbReader | None = None
        self._slow: _SlowReads | None = None
        self._maintenance: threading.Thread | None = None

    # --- worker side ------------------------------------------------------------------------------

    def store(self) -> Store:
        """The writable store. Call only from inside a background op (the worker thread)."""
        if self._store is None:
            # The full quick_check and the daily backup read the whole file:
            # `start_maintenance` runs them once the first page is shown.
            self._store = open_store(self.db_path, daily_backup=False, full_check=False)
        return self._store

    def close_store_in_worker(self) -> None:
        """Close the writable store (and give up the writer lock), from the worker thread."""
        store, self._store = self._store, None
        if store is not None:
            store.close()

    def open_in_worker(self) -> list[str]:
        """Open the store (create, migrate, lock). The indexes the window needs are the
        schema's (built where the data is written), so nothing here grows with the database."""
        store = self.store()
        return list(getattr(store, "warnings", []))

    # --- after the first page ---------------------------------------------------------------------

    def start_maintenance(self) -> None:
        """When the day's backup is due: check the whole file, then (if healthy) take the backup —
        on a thread of its own with its own read-only connection, so neither the table's reads nor
        the worker's writes wait for it (WAL). Reports `damaged` or `maintained` on the GUI
        thread."""
        if self._maintenance is not None and self._maintenance.is_alive():
            return
        path = self.db_path

        def run() -> None:
            # Below the window's threads for the CPU (Linux: a thread has its own nice value):
            # the table's reads must not wait for a check of gigabytes.
            with contextlib.suppress(AttributeError, OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), MAINTENANCE_NICE)
            from desktop_app.store.backups import daily_backup_beside, has_backup_today
            from desktop_app.store.connection import refusal
            from desktop_app.store.inspection import FileState, check_integrity

            warnings: list[str] = []
            damage = None
            if not has_backup_today(path):
                # Once a day, with the day's backup, which must not copy a damaged file. (The
                # other opens check the small tables only; SQLite reports damage it meets.)
                found = check_integrity(path)
                if found.state is FileState.DAMAGED:
                    damage = refusal(path, found)
            if damage is None and not has_backup_today(path):
                try:
                    before = executor().submit(self._store_marker).result()
                    if daily_backup_beside(path) is not None and before is not None:
                        executor().submit(lambda: self._backed_up_if_unchanged(before))
                except RuntimeError:  # the worker has shut down: the app is closing
                    return
                except (OSError, sqlite3.Error, BadInput) as exc:  # never stop the seller
                    log.warning("daily backup failed: %s", exc)
                    warnings.append(f"每日自动备份失败 / daily backup failed: {exc}")
            # Workers never touch Qt (see `mailbox`): the signals are emitted on the GUI thread.
            mailbox().post(self._report_maintenance, damage, warnings)

        mailbox().expect()
        # A daemon thread: closing the window does not wait for a backup of gigabytes (the
        # backup writes a temporary file first; the next backup clears an interrupted one).
        self._maintenance = threading.Thread(target=run, name="shipcheck-maintenance", daemon=True)
        self._maintenance.start()

    def _store_marker(self) -> tuple[int, int] | None:
        """Worker: the open store's change marker (None when no store is open)."""
        return self._store.change_marker() if self._store is not None else None

    def _backed_up_if_unchanged(self, before: tuple[int, int]) -> None:
        """Worker: nothing was written since `before` (taken before the daily backup started),
        so that backup holds exactly the current state — tell the store, as `open_store`'s own
        daily backup does, so an import right after it skips an identical backup (a full copy of
        the file)."""
        store = self._store
        if store is not None and store.change_marker() == before:
            store.backed_up_state = before

    def _report_maintenance(self, damage: BaseException | None, warnings: list[str]) -> None:
        # RuntimeError: the window (this QObject) went away meanwhile.
        with contextlib.suppress(RuntimeError):
            if damage is not None:
                self.damaged.emit(damage)
            else:
                self.maintained.emit(warnings)

    def wait_maintenance(self, timeout: float | None = None) -> None:
        """Wait for the check and backup started by `start_maintenance` (tests, restore)."""
        if self._maintenance is not None:
            self._maintenance.join(timeout)

    # --- GUI side ---------------------------------------------------------------------------------

    def start_reader(self) -> DbReader:
        """The read-only connection thread (after the store exists on disk)."""
        if self.reader is None:
            self.reader = DbReader(self.db_path, self)
        return self.reader

    def drop_reader(self) -> None:
        """Close the read connections (before a restore replaces the file); reopening makes them."""
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        if self._slow is not None:  # not waited for: its answer is dropped
            self._slow.stop()
            self._slow = None

    def read_slow(
        self,
        job: Callable[[sqlite3.Connection], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a long read-only job (the dashboard's metrics read every order of a platform)
        on a thread of its own with its own connection, so that
        neither the table's reads nor the worker's writes queue behind it — and closing the
        window or restoring a backup does not wait for it either."""
        if self.reader is None:  # not open (yet), or closed for a restore
            return
        if self._slow is None:
            self._slow = _SlowReads(self.db_path)
        self._slow.submit(job, done, failed)

    def op(
        self,
        parent: QtWidgets.QWidget | None,
        work: Callable[[Store, OpContext], T],
        success: Callable[[T], None],
    ) -> BackgroundOp[T]:
        """A background op handed the writable store; call `.run_in_background()` on it."""
        return BackgroundOp(parent, lambda ctx: work(self.store(), ctx), success)

    def raw_op(
        self,
        parent: QtWidgets.QWidget | None,
        work: Callable[[None, OpContext], T],
        success: Callable[[T], None],
    ) -> BackgroundOp[T]:
        """A background op on the worker that does not open the store (backups, restore)."""
        return BackgroundOp(parent, lambda ctx: work(None, ctx), success)

    def read(
        self,
        job: Callable[[sqlite3.Connection], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        stale: Callable[[], bool] | None = None,
    ) -> None:
        """Run a read-only query job on the reader thread (`stale`: see `DbReader.submit`)."""
        if self.reader is None:
            return
        self.reader.submit(job, done, failed, stale)

    def close(self) -> None:
        """Close the readers and (on the worker) the store."""
        self.drop_reader()
        store = self._store
        self._store = None
        if store is not None:
            executor().submit(store.close).result(timeout=60)


class _SlowReads:
    """One daemon thread running read-only jobs in order on its own connection; answers reach
    the GUI thread through the mailbox (workers never touch Qt). `stop()` returns at once: a job
    still running finishes on its own and its answer is dropped."""

    def __init__(self, db_path: Path) -> None:
        # Each job in a one-item list, which the GUI thread empties (see `tasks.QtExecutor.submit`).
        self._jobs: queue.SimpleQueue[list[Callable[[sqlite3.Connection], None]] | None] = (
            queue.SimpleQueue()
        )
        self._stopped = False
        self._box = mailbox()  # made on the GUI thread, where it is drained
        thread = threading.Thread(
            target=self._run, args=(db_path,), name="shipcheck-slow-read", daemon=True
        )
        thread.start()

    def _run(self, db_path: Path) -> None:
        conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {SLOW_READ_BUSY_MS}")
            conn.execute("PRAGMA query_only = 1")
            while (holder := self._jobs.get()) is not None:
                holder[0](conn)
                self._box.post(holder.clear)
        finally:
            conn.close()

    def submit(
        self,
        job: Callable[[sqlite3.Connection], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None,
    ) -> None:
        box = self._box
        box.expect()  # the answer
        box.expect()  # the job, dropped on the GUI thread

        def answer(result: object, error: BaseException | None) -> None:
            if self._stopped:
                return
            if error is None:
                done(result)  # type: ignore[arg-type]
            elif failed is not None:
                failed(error)
            else:
                log.warning("database read failed: %r", error)

        def run(conn: sqlite3.Connection) -> None:
            try:
                result = job(conn)
            except BaseException as exc:  # delivered to `failed` on the GUI thread
                box.post(answer, None, exc)
            else:
                box.post(answer, result, None)

        self._jobs.put([run])

    def stop(self) -> None:
        self._stopped = True
        self._jobs.put(None)


def run_sync(session: Session, work: Callable[[Store], Any]) -> Any:
    """Run `work(store)` on the worker and wait (tests and start-up only, never from a slot)."""
    return executor().submit(lambda: work(session.store())).result(timeout=600)
