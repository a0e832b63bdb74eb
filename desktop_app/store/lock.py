"""One writer at a time: an OS-level lock on ``<db>.lock`` held while a writable store is open.

The lock is ``fcntl.flock`` (Linux/macOS) or ``msvcrt.locking`` (Windows) on an open file, so the
operating system releases it when the holding process dies — a crash never leaves a stale lock
behind, and no lock file has to be cleaned up (the empty ``.lock`` file stays, harmlessly).
Within one process the lock is shared and reference-counted (the GUI may open the store again from
a worker thread); a second *process* — another ShipCheck window or command — is refused with a
clear message instead of SQLite's "database is locked".

Two locks are held: one beside the path (``<db>.lock``, seen by any machine sharing the folder)
and one named after the file's identity — its device and inode (on Windows the volume serial
and file index) — in the user's temporary folder, because two hard links of one database are two
paths to the same file and must never both be written. A missing database file is created empty
first (an empty file counts as no database) so that it has an identity to lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
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
    """The process's hold on a database's writer locks. Release it exactly once."""

    def __init__(self, db_path: Path, keys: tuple[str, ...], *, first: bool) -> None:
        self.db_path = db_path
        # No other hold in this process: nothing of ShipCheck's is writing the database now.
        self.first = first
        self._keys = keys
        self._released = False

    def release(self) -> None:
        """Give up this hold; the OS locks go when the last hold in the process is released."""
        if self._released:
            return
        self._released = True
        with _registry_guard:
            for key in reversed(self._keys):
                _release_key(key)


def identity_lock_path(db_path: Path) -> Path | None:
    """The lock file named after the database file's identity (device and inode, which hard links
    share); None where the file system reports no inode (the path lock alone then holds)."""
    found = os.stat(db_path)
    if found.st_ino == 0:
        return None
    uid = os.getuid() if hasattr(os, "getuid") else 0
    folder = Path(tempfile.gettempdir()) / f"shipcheck-locks-{uid}"
    return folder / f"{found.st_dev:x}-{found.st_ino:x}.lock"


def _take_key(key: Path) -> bool:
    """One more hold on the lock file `key` (taking the OS lock if this process has none)."""
    name = str(key)
    if name in _held:
        fd, count = _held[name]
        _held[name] = (fd, count + 1)
        return True
    key.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        locked = _try_lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        os.close(fd)
        return False
    _held[name] = (fd, 1)
    return True


def _release_key(name: str) -> None:
    fd, count = _held[name]
    if count > 1:
        _held[name] = (fd, count - 1)
        return
    del _held[name]
    try:
        _unlock(fd)
    finally:
        os.close(fd)


def _create_empty(db_path: Path) -> None:
    """An empty file at `db_path` unless one is there (never opened for writing if it is)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))


def acquire_writer_lock(db_path: Path) -> WriterLock:
    """Take the writer locks of `db_path` (its path and its file's identity) without waiting;
    `StoreBusy` if another process holds either."""
    with _registry_guard:
        taken: list[str] = []
        path_key = lock_path(db_path)
        first = str(path_key) not in _held
        try:
            if not _take_key(path_key):
                raise StoreBusy(busy_problem(db_path))
            taken.append(str(path_key))
            # Only now, under the path lock: no other writer of this path is creating the file.
            _create_empty(db_path)
            identity_key = identity_lock_path(db_path)
            if identity_key is not None:
                if not _take_key(identity_key):
                    raise StoreBusy(busy_problem(db_path))
                taken.append(str(identity_key))
        except BaseException:
            for key in reversed(taken):
                _release_key(key)
            raise
        return WriterLock(db_path, tuple(taken), first=first)
