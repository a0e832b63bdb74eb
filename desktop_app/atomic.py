"""Atomic file writing: write to a temporary file beside the target, fsync, then rename over it.

A failed or interrupted write leaves the previous file (or no file) in place — never half a file.
The new file keeps the permissions of the file it replaces; a new file is rw-r--r-- on POSIX
(the private temporary file is 0600, but reports and bundles are opened by other programs).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_write(target: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Open a temporary file for writing; on success it replaces `target`, on error it goes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            try:
                perms = stat.S_IMODE(target.stat().st_mode)
            except FileNotFoundError:
                perms = 0o644
            os.chmod(tmp, perms)
        os.replace(tmp, target)
        fsync_directory(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def fsync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically."""
    with atomic_write(target) as fh:
        fh.write(data)
