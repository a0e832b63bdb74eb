"""Restoring a backup over the database (`restore`), healthy, damaged or missing.

A healthy database is backed up first (reason ``pre-restore``) and then overwritten page by page
in one SQLite transaction; a damaged or missing one is kept aside (see `aside`) and the backup's
copy takes its place by an atomic rename. The writer lock is held throughout.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.atomic import fsync_directory
from desktop_app.errors import BadInput, Problem
from desktop_app.store.aside import move_aside, undo_aside
from desktop_app.store.backups import (
    BACKUP_LOCK,
    BackupInfo,
    create_backup,
    find_backup,
    restore_tmp_path,
    rotate_backups,
    write_copy,
)
from desktop_app.store.connection import open_store, refusal
from desktop_app.store.inspection import FileState, inspect_database
from desktop_app.store.lock import acquire_writer_lock
from desktop_app.store.paths import resolve_db_path
from desktop_app.store.wal import check_wal


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What `restore` did."""

    restored: BackupInfo  # the backup now in place
    pre_restore: BackupInfo | None  # the backup of the (healthy) database taken first
    kept: tuple[Path, ...] = ()  # the damaged database's files, renamed aside (main file first)


def restore_backup(db_path: Path | str | None, name: str) -> BackupInfo | None:
    """`restore`, returning only the pre-restore backup (None when there was nothing to back up:
    the database was missing or damaged)."""
    return restore(db_path, name).pre_restore


def restore(db_path: Path | str | None, name: str) -> RestoreResult:
    """Replace the database at `db_path` with the backup `name` (see `list_backups`).

    The backup is checked first (a healthy ShipCheck database of this version or older). A healthy
    current database is backed up (reason ``pre-restore``) and then overwritten page by page in one
    SQLite transaction through the backup API. A damaged current database is kept: its files are
    renamed to ``<name>.damaged-<time>`` (``-wal``/``-shm`` too) — only after a complete copy of the
    backup has been written beside it, which then takes its place by an atomic rename, so a failure
    (a full disk) moves nothing. Leftover ``-wal``/``-shm`` files of a missing database are kept the
    same way (as ``.orphaned-<time>``), never replayed onto the restored copy. A file that is not a
    ShipCheck database, or is from a newer ShipCheck, is refused untouched. Holds the writer lock
    throughout. Raises `BadInput` (nothing changed) when the copy cannot be written.
    """
    with BACKUP_LOCK:  # not while the GUI's daily backup still reads the file
        return _restore(db_path, name)


def _restore(db_path: Path | str | None, name: str) -> RestoreResult:
    db = resolve_db_path(db_path)
    chosen = find_backup(db, name)
    found_backup = inspect_database(chosen.path)
    if found_backup.state is not FileState.OK:
        raise refusal(chosen.path, found_backup)
    lock = acquire_writer_lock(db)
    try:
        lost_in_wal = check_wal(db)  # before any connection: a damaged log is kept as it is
        current = inspect_database(db)
        if current.state in (FileState.FOREIGN, FileState.NEWER):
            raise refusal(db, current)
        src = sqlite3.connect(
            chosen.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )
        try:
            if current.state is FileState.OK and lost_in_wal is None:
                with open_store(db, daily_backup=False) as store:
                    # No rotation yet: it could delete the very backup being restored.
                    pre = create_backup(store, reason="pre-restore", rotate=False)
                    _copy_pages(src, store.conn, db)
                result = RestoreResult(chosen, pre)
            else:
                damaged = current.state is FileState.DAMAGED or lost_in_wal is not None
                label = "damaged" if damaged else ""
                result = RestoreResult(chosen, None, _replace_file(src, db, label))
        finally:
            src.close()
        rotate_backups(db, keep_also=frozenset({chosen.name}))
        return result
    finally:
        lock.release()


def _copy_pages(src: sqlite3.Connection, dest: sqlite3.Connection, db: Path) -> None:
    """Overwrite `dest` with `src` in one transaction through the backup API. A WAL database
    cannot change its page size, so a backup with other pages (4 KiB, from before 16 KiB became
    the default) is copied in rollback-journal mode, equally atomic; WAL is set again after."""
    try:
        src_pages = int(src.execute("PRAGMA page_size").fetchone()[0])
        dest_pages = int(dest.execute("PRAGMA page_size").fetchone()[0])
        if src_pages != dest_pages:
            dest.execute("PRAGMA journal_mode = DELETE")
        src.backup(dest)  # all pages in one step: one atomic transaction
    except sqlite3.OperationalError as exc:
        raise _restore_error(db, exc) from exc
    finally:
        dest.execute("PRAGMA journal_mode = WAL")


def _replace_file(src: sqlite3.Connection, db: Path, label: str) -> tuple[Path, ...]:
    """Put a copy of `src` at `db` (damaged or missing): copy first; then keep the old files aside
    (`label` ``damaged``: the main file by a hard link, so `db` never goes missing, its -wal/-shm
    by renaming; leftovers of a missing database become ``orphaned``); then switch the copy in by
    one atomic rename. On any failure the old files are put back where they were."""
    tmp = restore_tmp_path(db)
    try:
        write_copy(src, tmp)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise _restore_error(db, exc) from exc
    suffixes = ("", "-wal", "-shm") if label else ("-wal", "-shm")  # an empty file: replaced
    kept: list[tuple[Path, Path, bool]] = []
    try:
        kept = move_aside(db, label or "orphaned", suffixes)
        os.replace(tmp, db)
    except BaseException:
        undo_aside(kept)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_directory(db.parent)
    return tuple(aside for _part, aside, _linked in kept)


def _restore_error(db: Path, exc: BaseException) -> BadInput:
    code = getattr(exc, "sqlite_errorcode", None)
    full = (isinstance(code, int) and code & 0xFF == 13) or getattr(exc, "errno", None) == 28
    why_zh = "磁盘空间已满" if full else str(exc)
    why_en = "the disk is full" if full else str(exc)
    return BadInput(
        Problem(
            message=f"无法恢复备份（{why_zh}），数据库和备份都没有改动。",
            message_en=f"Could not restore the backup ({why_en}); the database and the backup "
            "are unchanged.",
            file=str(db),
        )
    )
