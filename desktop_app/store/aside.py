"""Keeping a database's files aside instead of deleting them: a damaged database with its WAL
before a restore replaces it (``<name>.damaged-<time>``), the WAL of a database that is gone
(``<name>.orphaned-<time>-wal``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from desktop_app.chinatime import china_now
from desktop_app.store.backups import glob_escape
from desktop_app.store.paths import resolve_db_path


def move_aside(db: Path, tag: str, suffixes: tuple[str, ...]) -> list[tuple[Path, Path, bool]]:
    """Keep the existing ``db + suffix`` files as ``<name>.<tag>-<time><suffix>`` (never over an
    earlier kept copy): the main file (suffix '') by a hard link (a copy where links are not
    supported) so that it stays in place too, the others by renaming. Returns (old, kept, linked)
    triples; on failure, what was done is undone."""
    stamp = base = china_now().strftime("%Y%m%d-%H%M%S")
    n = 0
    while any(db.with_name(f"{db.name}.{tag}-{stamp}{x}").exists() for x in ("", "-wal", "-shm")):
        n += 1
        stamp = f"{base}.{n}"
    kept: list[tuple[Path, Path, bool]] = []
    try:
        for suffix in suffixes:
            part = db.with_name(db.name + suffix)
            if not part.exists():
                continue
            aside = db.with_name(f"{db.name}.{tag}-{stamp}{suffix}")
            if suffix == "":
                try:
                    os.link(part, aside)
                except OSError:
                    shutil.copy2(part, aside)
                kept.append((part, aside, True))
            else:
                os.replace(part, aside)
                kept.append((part, aside, False))
    except BaseException:
        undo_aside(kept)
        raise
    return kept


def undo_aside(kept: list[tuple[Path, Path, bool]]) -> None:
    for part, aside, linked in reversed(kept):
        with contextlib.suppress(OSError):
            if linked:
                aside.unlink()
            else:
                os.replace(aside, part)


def set_aside_orphans(db_path: Path) -> tuple[Path, ...]:
    """A ``-wal``/``-shm`` left beside a database file that is missing or empty belongs to a
    database that is gone; SQLite would replay that WAL into the new file and build half a
    database from it. Keep them as ``<name>.orphaned-<time>-wal`` instead; returns what moved."""
    wal = db_path.with_name(db_path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return ()
    if db_path.exists() and db_path.stat().st_size > 0:
        return ()  # the WAL belongs to an existing (if empty) database
    return tuple(
        aside for _part, aside, _linked in move_aside(db_path, "orphaned", ("-wal", "-shm"))
    )


def kept_damaged_files(db_path: Path | str | None = None) -> list[Path]:
    """The damaged database files `restore` kept aside (``<name>.damaged-<time>``), newest first."""
    db = resolve_db_path(db_path)
    found = db.parent.glob(f"{glob_escape(db.name)}.damaged-*")
    return sorted((p for p in found if not p.name.endswith(("-wal", "-shm"))), reverse=True)
