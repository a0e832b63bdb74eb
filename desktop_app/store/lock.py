"""One writer at a time: an OS-level lock on ``<db>.lock`` held while a writable store is open.

The lock is ``fcntl.flock`` (Linux/macOS) or ``msvcrt.locking`` (Windows) on an open file, so the
operating system releases it when the holding process dies — a crash never leaves a stale lock
behind, and no lock file has to be cleaned up (the empty ``.lock`` file stays, harmlessly).
Within one process the lock is shared and reference-counted (the GUI may open the store again from
a worker thread); a second *process* — another ShipCheck window or command — is refused with a
clear message instead of SQLite's "database is locked".
"""

from __future__ import annotations

import errno
import os
import sys
import threading
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from desktop_app.store.paths import lock_path

_registry_guard = threading.Lock()
_held: dict[str, tuple[int, int]] = {}  # lock file -> (open descriptor, holds in this process)

_CONTENDED = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in _CONTENDED:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in _CONTENDED:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


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
            fd, count = _held[self._key]
            if count > 1:
                _held[self._key] = (fd, count - 1)
                return
            del _held[self._key]
            try:
                _unlock(fd)
            finally:
                os.close(fd)


def acquire_writer_lock(db_path: Path) -> WriterLock:
    """Take the writer lock of `db_path` without waiting; `StoreBusy` if another process has it."""
    key = str(lock_path(db_path))
    with _registry_guard:
        if key in _held:
            fd, count = _held[key]
            _held[key] = (fd, count + 1)
            return WriterLock(db_path)
        lock_path(db_path).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            raise StoreBusy(busy_problem(db_path))
        _held[key] = (fd, 1)
        return WriterLock(db_path)
