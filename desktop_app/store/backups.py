"""Automatic and manual backups of the database, made with SQLite's online backup API.

Never a plain file copy (which would miss pages still in the WAL): `create_backup` asks SQLite for a
consistent snapshot, writes it to a temporary file, fsyncs it and renames it into place, so a backup
file is always complete. Backups live in ``backups/`` beside the database, named
``<db stem>-YYYYMMDD-HHMMSS-<reason>.db`` (China time), where reason is one of `REASONS`.

When: before every migration and every import, once a day at open, on demand, and before a restore.
Rotation after each new backup keeps the newest `KEEP_LAST`, the newest of each of the last
`KEEP_DAYS` days and the newest of each of the last `KEEP_MONTHS` months; the rest are deleted.

`restore_backup` first backs up the current database (or, if it is damaged, keeps it renamed to
``<name>.damaged-<time>``), then replaces its content in a single SQLite transaction (or an atomic
rename when the current file is damaged or missing).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import BadInput, Problem
from desktop_app.store.paths import backups_dir, resolve_db_path

if TYPE_CHECKING:
    from desktop_app.store.connection import Store

CHINA = timezone(timedelta(hours=8))
REASONS = ("manual", "daily", "import", "migration", "pre-restore")
KEEP_LAST = 10
KEEP_DAYS = 14
KEEP_MONTHS = 12

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


def _now() -> datetime:
    return datetime.now(CHINA).replace(tzinfo=None)


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
        created_at=stamp.strftime("%Y-%m-%d %H:%M:%S"),
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
    today = _now().strftime("%Y-%m-%d")
    return any(b.created_at.startswith(today) for b in list_backups(db_path))


def _target_name(folder: Path, stem: str, reason: str) -> Path:
    """A fresh name; backups made within the same second get a sequence number so they sort."""
    stamp = _now().strftime("%Y%m%d-%H%M%S")
    same_second = list(folder.glob(f"{glob_escape(stem)}-{stamp}-*.db")) if folder.is_dir() else []
    seq = len(same_second)
    while True:
        middle = f"{stamp}-{seq}" if seq else stamp
        target = folder / f"{stem}-{middle}-{reason}.db"
        if not target.exists():
            return target
        seq += 1


def _snapshot(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into a new file at `target` via the backup API; atomic (temp file + rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(dest)
            # A self-contained single file: no -wal beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_backup(store: Store, reason: str = "manual", *, rotate: bool = True) -> BackupInfo:
    """Back up the open `store` now (outside any transaction); then apply the rotation."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if store.conn.in_transaction:
        raise RuntimeError("create_backup inside a transaction would copy uncommitted changes")
    folder = backups_dir(store.path)
    _remove_leftovers(folder, store.path.stem)
    target = _target_name(folder, store.path.stem, reason)
    try:
        _snapshot(store.conn, target)
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == 13:
            raise BadInput(_backup_failed(store.path, "磁盘空间已满", "the disk is full")) from exc
        raise
    except OSError as exc:
        raise BadInput(_backup_failed(store.path, str(exc), str(exc))) from exc
    info = _parse(target, store.path.stem)
    assert info is not None
    store.backed_up_state = store.change_marker()
    if rotate:
        rotate_backups(store.path)
    return info


def _remove_leftovers(folder: Path, stem: str) -> None:
    """Temporary files of backups interrupted by a crash (we hold the writer lock: none is live)."""
    if folder.is_dir():
        for tmp in folder.glob(f".{glob_escape(stem)}-*.db.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()


def backup_if_changed(store: Store, reason: str) -> BackupInfo | None:
    """Back up unless the database is empty or unchanged since this Store's last backup."""
    from desktop_app.store.connection import has_user_data

    if store.backed_up_state == store.change_marker() or not has_user_data(store.conn):
        return None
    return create_backup(store, reason)


def _backup_failed(db_path: Path, why_zh: str, why_en: str) -> Problem:
    return Problem(
        message=f"无法创建数据库备份（{why_zh}），为安全起见没有继续。数据库未被改动。",
        message_en=f"Could not back up the database ({why_en}), so nothing was changed.",
        file=str(db_path),
    )


def backups_to_keep(backups: list[BackupInfo], now: datetime | None = None) -> set[str]:
    """Names kept by the rotation: newest KEEP_LAST, newest per day (KEEP_DAYS), per month."""
    now = now or _now()
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


def rotate_backups(db_path: Path, now: datetime | None = None) -> list[str]:
    """Delete the backups of `db_path` the rotation does not keep; returns the deleted names."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups, now)
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


def restore_backup(db_path: Path | str | None, name: str) -> BackupInfo | None:
    """Replace the database at `db_path` with the backup `name`; returns the pre-restore backup.

    The backup is checked first (a healthy ShipCheck database of this version or older). A healthy
    current database is backed up (reason ``pre-restore``) and then overwritten page by page in one
    SQLite transaction through the backup API. A damaged current database is kept as
    ``<name>.damaged-<time>`` and the backup is put in its place by an atomic rename. A file that is
    not a ShipCheck database, or is from a newer ShipCheck, is refused untouched. Holds the writer
    lock throughout; returns None when there was nothing to back up first.
    """
    from desktop_app.store.connection import (
        FileState,
        inspect_database,
        open_store,
        refusal,
    )
    from desktop_app.store.lock import acquire_writer_lock

    db = resolve_db_path(db_path)
    chosen = find_backup(db, name)
    found_backup = inspect_database(chosen.path)
    if found_backup.state is not FileState.OK:
        raise refusal(chosen.path, found_backup)
    lock = acquire_writer_lock(db)
    try:
        current = inspect_database(db)
        if current.state in (FileState.FOREIGN, FileState.NEWER):
            raise refusal(db, current)
        if current.state is FileState.OK:
            with open_store(db, daily_backup=False) as store:
                pre = create_backup(store, reason="pre-restore")
                src = sqlite3.connect(
                    chosen.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
                )
                try:
                    src.backup(store.conn)  # all pages in one step: one atomic write transaction
                finally:
                    src.close()
                store.conn.execute("PRAGMA journal_mode = WAL")
            return pre
        if current.state is FileState.DAMAGED:
            stamp = _now().strftime("%Y%m%d-%H%M%S")
            for suffix in ("", "-wal", "-shm"):
                part = db.with_name(db.name + suffix)
                if part.exists():
                    os.replace(part, db.with_name(f"{db.name}.damaged-{stamp}{suffix}"))
        src = sqlite3.connect(
            chosen.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )
        try:
            _snapshot(src, db)
        finally:
            src.close()
        return None
    finally:
        lock.release()
