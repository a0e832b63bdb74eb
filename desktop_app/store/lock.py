"""One writer at a time: an OS-level lock on ``<db>.lock`` held while a writable store is open.

The lock is ``fcntl.flock`` / ``msvcrt.locking`` through the `filelock` library, so the operating
system releases it when the holding process dies — a crash never leaves a stale lock behind.
Within one process the lock is shared and reference-counted (the GUI may open the store again from a
worker thread); a second *process* — another ShipCheck window or command — is refused with a clear
message instead of SQLite's "database is locked".
"""

from __future__ import annotations

import threading
from pathlib import Path

from filelock import FileLock, Timeout

from desktop_app.errors import BadInput, Problem
from desktop_app.store.paths import lock_path

_registry_guard = threading.Lock()
_held: dict[str, tuple[FileLock, int]] = {}


def busy_problem(db_path: Path) -> Problem:
    """The message shown when another process is writing to `db_path`."""
    return Problem(
        message="另一个 ShipCheck 窗口或命令正在使用这个数据库，请先关闭它（或等它完成）再试。",
        message_en=(
            "Another ShipCheck window or command is using this database. "
            "Close it (or wait for it to finish) and try again."
        ),
        file=str(db_path),
    )


class StoreBusy(BadInput):
    """Another process holds the database's writer lock."""


class WriterLock:
    """The process's hold on a database's writer lock. Release it exactly once."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._key = str(lock_path(db_path))
        self._released = False

    def release(self) -> None:
        """Give up this hold; the OS lock goes when the last hold in the process is released."""
        if self._released:
            return
        self._released = True
        with _registry_guard:
            lock, count = _held[self._key]
            if count > 1:
                _held[self._key] = (lock, count - 1)
            else:
                del _held[self._key]
                lock.release(force=True)


def acquire_writer_lock(db_path: Path) -> WriterLock:
    """Take the writer lock of `db_path` without waiting; `BadInput` if another process holds it."""
    key = str(lock_path(db_path))
    with _registry_guard:
        if key in _held:
            lock, count = _held[key]
            _held[key] = (lock, count + 1)
            return WriterLock(db_path)
        lock_path(db_path).parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(key, timeout=0, thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            raise StoreBusy(busy_problem(db_path)) from None
        _held[key] = (lock, 1)
        return WriterLock(db_path)
