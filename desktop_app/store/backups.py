"""Automatic and manual backups of the database, made with SQLite's online backup API.

Never a plain file copy (which would miss pages still in the WAL): `create_backup` asks SQLite for a
consistent snapshot, writes it to a temporary file, fsyncs it and renames it into place, so a backup
file is always complete. Backups live in ``backups/`` beside the database, named
``<db stem>-YYYYMMDD-HHMMSS-<reason>.db`` (China time), where reason is one of `REASONS`.

When: before every migration, every import and every rule-update install or undo, once a day at
open, on demand, and before a restore.
Rotation after each new backup keeps the newest `KEEP_LAST`, the newest of each of the last
`KEEP_DAYS` days and the newest of each of the last `KEEP_MONTHS` months; the rest are deleted.

`restore.restore` puts a backup back. For a damaged database, `latest_good_backup` names the
newest backup that passes ``quick_check`` — what the app offers to restore.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from desktop_app.atomic import fsync_directory
from desktop_app.chinatime import TIME_FORMAT, china_now
from desktop_app.errors import BadInput, Problem
from desktop_app.store.inspection import (
    FileState,
    connect_readonly,
    has_user_data,
    inspect_database,
)
from desktop_app.store.paths import backups_dir, resolve_db_path

REASONS = ("manual", "daily", "import", "migration", "pre-restore", "rule-pack")
KEEP_LAST = 10
KEEP_DAYS = 14
KEEP_MONTHS = 12

# One backup (or restore) at a time in this process: the GUI takes the day's backup on a thread
# of its own while the database worker may start an import's backup or a restore; each also
# clears the temporary files of interrupted backups, which must not be a running one's.
BACKUP_LOCK = threading.RLock()

_NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<seq>\d+))?-(?P<reason>[a-z-]+)\.db$"
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file."""

    name: str  # file name, what `shipcheck backup restore NAME` takes
    path: Path
    created_at: str  # "YYYY-MM-DD HH:MM:SS", China time
    reason: str
    size_bytes: int


def _parse(path: Path, stem: str) -> BackupInfo | None:
    m = _NAME_RE.match(path.name)
    if m is None or m["stem"] != stem:
        return None
    try:
        stamp = datetime.strptime(m["date"] + m["time"], "%Y%m%d%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(
        name=path.name,
        path=path,
        created_at=stamp.strftime(TIME_FORMAT),
        reason=m["reason"],
        size_bytes=size,
    )


def _sort_key(info: BackupInfo) -> tuple[str, int]:
    m = _NAME_RE.match(info.name)
    seq = int(m["seq"]) if m is not None and m["seq"] else 0
    return (info.created_at, seq)


def list_backups(db_path: Path | str | None = None) -> list[BackupInfo]:
    """The backups of the database at `db_path`, newest first."""
    db = resolve_db_path(db_path)
    folder = backups_dir(db)
    if not folder.is_dir():
        return []
    found = [_parse(p, db.stem) for p in folder.glob(f"{glob_escape(db.stem)}-*.db")]
    return sorted((b for b in found if b is not None), key=_sort_key, reverse=True)


def glob_escape(text: str) -> str:
    """`text` with glob metacharacters escaped."""
    return re.sub(r"([*?\[])", r"[\1]", text)


def has_backup_today(db_path: Path) -> bool:
    """Whether a backup of `db_path` was already made today (China date)."""
    today = china_now().strftime("%Y-%m-%d")
    return any(b.created_at.startswith(today) for b in list_backups(db_path))


def _target_name(folder: Path, stem: str, reason: str) -> Path:
    """A fresh name; backups made within the same second get a sequence number so they sort."""
    stamp = china_now().strftime("%Y%m%d-%H%M%S")
    same_second = list(folder.glob(f"{glob_escape(stem)}-{stamp}-*.db")) if folder.is_dir() else []
    seq = len(same_second)
    while True:
        middle = f"{stamp}-{seq}" if seq else stamp
        target = folder / f"{stem}-{middle}-{reason}.db"
        if not target.exists():
            return target
        seq += 1


def write_copy(source: sqlite3.Connection, tmp: Path) -> None:
    """A complete, fsynced, self-contained copy of `source` at `tmp` (via the backup API)."""
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    dest = sqlite3.connect(tmp, isolation_level=None)
    try:
        source.backup(dest)
        # A self-contained single file: no -wal beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())


def _snapshot(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into a new file at `target` via the backup API; atomic (temp file + rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        write_copy(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_directory(target.parent)


class OpenStore(Protocol):
    """What a backup needs of an open store (`connection.Store`, which imports this module)."""

    path: Path
    conn: sqlite3.Connection
    backed_up_state: tuple[int, int] | None

    def change_marker(self) -> tuple[int, int]: ...


def create_backup(store: OpenStore, reason: str = "manual", *, rotate: bool = True) -> BackupInfo:
    """Back up the open `store` now (outside any transaction); then apply the rotation."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if store.conn.in_transaction:
        raise RuntimeError("create_backup inside a transaction would copy uncommitted changes")
    with BACKUP_LOCK:
        info = _backup_connection(store.conn, store.path, reason)
        store.backed_up_state = store.change_marker()
        if rotate:
            rotate_backups(store.path)
    return info


def _backup_connection(conn: sqlite3.Connection, db_path: Path, reason: str) -> BackupInfo:
    """Snapshot `conn` (the database at `db_path`) into a new backup file named for `reason`."""
    folder = backups_dir(db_path)
    _remove_leftovers(folder, db_path.stem)
    target = _target_name(folder, db_path.stem, reason)
    try:
        _snapshot(conn, target)
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == 13:
            raise BadInput(_backup_failed(db_path, "磁盘空间已满", "the disk is full")) from exc
        raise
    except OSError as exc:
        raise BadInput(_backup_failed(db_path, str(exc), str(exc))) from exc
    info = _parse(target, db_path.stem)
    assert info is not None
    return info


# What SQLite may leave beside a temporary copy killed mid-write: its rollback journal (the copy is
# written in DELETE mode) and, on the next open of that copy, WAL files.
_TMP_SIDECARS = ("", "-journal", "-wal", "-shm")


def _remove_leftovers(folder: Path, stem: str) -> None:
    """Temporary files of backups interrupted by a crash, journals included. Only called with
    `BACKUP_LOCK` held in the process that holds the writer lock: none of them is live."""
    if folder.is_dir():
        for suffix in _TMP_SIDECARS:
            for tmp in folder.glob(f".{glob_escape(stem)}-*.db.tmp{suffix}"):
                with contextlib.suppress(OSError):
                    tmp.unlink()


def remove_leftovers(db_path: Path) -> None:
    """At a writable open (the writer lock held): the temporary files a killed backup or restore
    left — the half-written copies and their journals, never a finished backup."""
    with BACKUP_LOCK:
        _remove_leftovers(backups_dir(db_path), db_path.stem)
        restore_tmp = restore_tmp_path(db_path)
        for suffix in _TMP_SIDECARS:
            with contextlib.suppress(OSError):
                restore_tmp.with_name(restore_tmp.name + suffix).unlink()


def backup_if_changed(store: OpenStore, reason: str) -> BackupInfo | None:
    """Back up unless the database is empty or unchanged since this Store's last backup."""
    if store.backed_up_state == store.change_marker() or not has_user_data(store.conn):
        return None
    return create_backup(store, reason)


def daily_backup_if_due(store: OpenStore) -> BackupInfo | None:
    """The day's automatic backup, unless one was made today (China date) or the database holds
    nothing yet. `open_store` calls it; a long-running session (the GUI, open for days) can call it
    again, e.g. once an hour or before a write."""
    if not has_user_data(store.conn) or has_backup_today(store.path):
        return None
    return create_backup(store, reason="daily")


def daily_backup_beside(db_path: Path) -> BackupInfo | None:
    """The day's automatic backup of a database another connection of this process holds open
    (the GUI's store), taken on a read-only connection of its own — so it can run on its own
    thread after the window shows its first page, instead of holding up the open.

    WAL mode lets the store keep writing meanwhile: the copy is the snapshot of the moment it
    starts (one step of the backup API: no restart when the store writes). Call it only after
    `connection.check_integrity` found the database healthy: a damaged copy must never become
    the day's backup and push good ones out of the rotation.
    """
    with BACKUP_LOCK:
        conn = connect_readonly(db_path)
        try:
            if not has_user_data(conn) or has_backup_today(db_path):
                return None
            info = _backup_connection(conn, db_path, "daily")
        finally:
            conn.close()
        rotate_backups(db_path)
    return info


def _backup_failed(db_path: Path, why_zh: str, why_en: str) -> Problem:
    return Problem(
        message=f"无法创建数据库备份（{why_zh}），为安全起见没有继续。数据库未被改动。",
        message_en=f"Could not back up the database ({why_en}), so nothing was changed.",
        file=str(db_path),
    )


def backups_to_keep(backups: list[BackupInfo], now: datetime | None = None) -> set[str]:
    """Names kept by the rotation: newest KEEP_LAST, newest per day (KEEP_DAYS), per month."""
    now = now or china_now()
    ordered = sorted(backups, key=_sort_key, reverse=True)
    keep = {b.name for b in ordered[:KEEP_LAST]}
    first_day = (now - timedelta(days=KEEP_DAYS - 1)).strftime("%Y-%m-%d")
    months: list[str] = []
    y, m = now.year, now.month
    for _ in range(KEEP_MONTHS):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    seen_days: set[str] = set()
    seen_months: set[str] = set()
    for b in ordered:
        day, month = b.created_at[:10], b.created_at[:7]
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(b.name)
        if month in months and month not in seen_months:
            seen_months.add(month)
            keep.add(b.name)
    return keep


def rotate_backups(
    db_path: Path, now: datetime | None = None, *, keep_also: frozenset[str] = frozenset()
) -> list[str]:
    """Delete the backups of `db_path` the rotation does not keep (nor any named in `keep_also`:
    the one just restored); returns the deleted names."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups, now) | keep_also
    deleted = []
    for b in backups:
        if b.name not in keep:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
            deleted.append(b.name)
    return deleted


def find_backup(db_path: Path | str | None, name: str) -> BackupInfo:
    """The backup called `name` (a file name from `list_backups`, or a path); `BadInput` if none."""
    db = resolve_db_path(db_path)
    for b in list_backups(db):
        if name in (b.name, str(b.path)):
            return b
    candidate = Path(name)
    if candidate.is_file():
        return BackupInfo(
            name=candidate.name,
            path=candidate.resolve(),
            created_at="",
            reason="",
            size_bytes=candidate.stat().st_size,
        )
    raise BadInput(
        Problem(
            message="找不到这个备份。用 shipcheck backup list 查看可用的备份。",
            message_en="No such backup. See shipcheck backup list for the available ones.",
            file=name,
        )
    )


def restore_tmp_path(db: Path) -> Path:
    """Where `restore` writes the copy that then replaces a damaged or missing database."""
    return db.with_name(f".{db.name}.restore.tmp")


def latest_good_backup(db_path: Path | str | None = None) -> BackupInfo | None:
    """The newest backup of `db_path` that is a healthy ShipCheck database this program can open
    (``PRAGMA quick_check`` passes), or None. What to offer when the database is damaged."""
    for info in list_backups(db_path):
        if inspect_database(info.path).state is FileState.OK:
            return info
    return None
