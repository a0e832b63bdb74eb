"""The database the window works on: one writable store owned by the worker thread, one reader.

- Writes (import, evaluation, notes, attachments, settings) run as `BackgroundOp`s on the single
  database worker, through the one writable `Store` this session opens there.
- Reads for the table, chips, detail panel and dashboard go through `reader` (its own read-only
  connection on its own thread).

No widget code here; the GUI thread never touches `store`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.gui.reader import DbReader
from desktop_app.gui.tasks import BackgroundOp, OpContext, executor
from desktop_app.qt import QtCore, QtWidgets
from desktop_app.store.connection import Store, open_store

T = TypeVar("T")


class Session(QtCore.QObject):
    """An open ShipCheck database for the GUI."""

    def __init__(self, db_path: Path, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._store: Store | None = None
        self.reader: DbReader | None = None

    # --- worker side ------------------------------------------------------------------------------

    def store(self) -> Store:
        """The writable store. Call only from inside a background op (the worker thread)."""
        if self._store is None:
            self._store = open_store(self.db_path)
        return self._store

    def close_store_in_worker(self) -> None:
        """Close the writable store (and give up the writer lock), from the worker thread."""
        store, self._store = self._store, None
        if store is not None:
            store.close()

    def open_in_worker(self) -> list[str]:
        """Open the store (create, migrate, lock, back up) and add the GUI's indexes."""
        from desktop_app.gui.order_query import ensure_indexes

        store = self.store()
        ensure_indexes(store.conn)
        return list(getattr(store, "warnings", []))

    # --- GUI side ---------------------------------------------------------------------------------

    def start_reader(self) -> DbReader:
        """The read-only connection thread (after the store exists on disk)."""
        if self.reader is None:
            self.reader = DbReader(self.db_path, self)
        return self.reader

    def drop_reader(self) -> None:
        """Close the read connection (before a restore replaces the file); reopening makes one."""
        if self.reader is not None:
            self.reader.close()
            self.reader = None

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
    ) -> None:
        """Run a read-only query job on the reader thread."""
        if self.reader is None:
            return
        self.reader.submit(job, done, failed)

    def close(self) -> None:
        """Close the reader and (on the worker) the store."""
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        store = self._store
        self._store = None
        if store is not None:
            executor().submit(store.close).result(timeout=60)


def run_sync(session: Session, work: Callable[[Store], Any]) -> Any:
    """Run `work(store)` on the worker and wait (tests and start-up only, never from a slot)."""
    return executor().submit(lambda: work(session.store())).result(timeout=600)
