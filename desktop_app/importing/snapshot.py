"""Read an export file once: a private copy, hashed while it is copied, is what gets imported.

A sync client may rewrite a file while it is imported; reading it twice (once to hash, again to
parse) would then store rows of one version under the hash of another. `take_snapshot` copies the
file into a private temporary folder under its own name (so every message still names the seller's
file) and hashes exactly the bytes it writes; the readers only ever open that copy. A file whose
size, modification time or identity changed during the copy is refused: the copy may mix two
versions.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import BadInput, Problem

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Snapshot:
    """A private copy of one export file and the SHA-256 of its bytes."""

    path: Path  # the copy, in a folder of its own, under the original file name
    sha256: str
    size: int
    source: tuple[int, int, int, int]  # the original's size, mtime, inode and device when copied

    def source_changed(self, source: Path) -> bool:
        """True if the original file is no longer the one copied (rewritten, replaced, gone)."""
        try:
            return _fingerprint(source.stat()) != self.source
        except OSError:
            return True

    def discard(self) -> None:
        """Delete the copy and its folder (a copy still open elsewhere is left for the OS)."""
        shutil.rmtree(self.path.parent, ignore_errors=True)


def _fingerprint(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)


def _unreadable(name: str, exc: OSError) -> BadInput:
    reason = exc.strerror or str(exc)
    return BadInput(
        Problem(f"无法读取文件：{reason}", f"cannot read the file: {reason}", file=name)
    )


def changed_while_read(name: str) -> BadInput:
    """The message for a file that changed while it was being read."""
    return BadInput(
        Problem(
            "文件在读取过程中被修改了（可能是同步软件正在写入）——请等同步完成后重新导入",
            "the file changed while it was being read (a sync client may be writing it) — "
            "wait until the sync has finished and import it again",
            file=name,
        )
    )


def take_snapshot(source: Path) -> Snapshot:
    """Copy `source` once into a private folder, hashing the bytes copied.

    BadInput when the file cannot be read or copied, or changed while it was copied."""
    name = source.name
    folder = Path(tempfile.mkdtemp(prefix="shipcheck-import-"))
    target = folder / name
    h = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as src:
            before = _fingerprint(os.fstat(src.fileno()))
            with target.open("wb") as dst:
                while chunk := src.read(_CHUNK):
                    h.update(chunk)
                    dst.write(chunk)
                    size += len(chunk)
            after = _fingerprint(os.fstat(src.fileno()))
        now = _fingerprint(source.stat())
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise _unreadable(name, exc) from None
    if before != after or after != now or size != after[0]:
        shutil.rmtree(folder, ignore_errors=True)
        raise changed_while_read(name)
    return Snapshot(path=target, sha256=h.hexdigest(), size=size, source=now)
