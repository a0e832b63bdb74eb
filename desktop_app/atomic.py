"""Atomic file writing: write to a temporary file beside the target, fsync, then rename over it.

A failed or interrupted write leaves the previous file (or no file) in place — never half a file.
The new file keeps the permissions of the file it replaces; a new file is rw-r--r-- on POSIX
(the private temporary file is 0600, but reports and bundles are opened by other programs).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_write(target: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Open a temporary file for writing; on success it replaces `target`, on error it goes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    fd, tmp_name = tempfile.mkstemp(prefix=_tmp_prefix(target), suffix=".tmp", dir=target.parent)
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


# A temporary file untouched this long belongs to a write that was killed: a live one is written
# continuously and lives seconds.
STALE_AFTER_SECONDS = 3600.0


# A temporary name adds the dot, a random part and ".tmp" to the target's: the target's part is
# cut short enough that any name the file system holds still has a temporary beside it.
_TMP_NAME_PART = 200


def _tmp_prefix(target: Path) -> str:
    """``.<name>.`` — with <name> cut, by whole characters, to `_TMP_NAME_PART` bytes."""
    name = target.name
    while len(os.fsencode(name)) > _TMP_NAME_PART:
        name = name[:-1]
    return f".{name}."


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Delete the temporary files that killed writes of `target` left beside it (those not
    written for `STALE_AFTER_SECONDS`); returns what was deleted."""
    removed: list[Path] = []
    cutoff = time.time() - STALE_AFTER_SECONDS
    escaped = re.sub(r"([*?\[])", r"[\1]", _tmp_prefix(target))
    for tmp in target.parent.glob(f"{escaped}*.tmp"):
        with contextlib.suppress(OSError):
            if tmp.is_file() and tmp.stat().st_mtime < cutoff:
                tmp.unlink()
                removed.append(tmp)
    return removed


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
