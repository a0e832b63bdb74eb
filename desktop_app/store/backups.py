"""Automatic and manual backups of the database, made with SQLite's online backup API.

Never a plain file copy (which would miss pages still in the WAL): `create_backup` asks SQLite for a
consistent snapshot, writes it to a temporary file, fsyncs it and renames it into place, so a backup
file is always complete. Backups live in ``backups/`` beside the database, named
``<db stem>-YYYYMMDD-HHMMSS-<reason>.db`` (China time), where reason is one of `REASONS`.

When: before every migration, every import and every rule-update install or undo, once a day at
open, on demand, and before a restore.
Rotation after each new backup keeps the newest `KEEP_LAST`, the newest of each of the last
`KEEP_DAYS` days and the newest of each of the last `KEEP_MONTHS` months; the rest are deleted.

`restore` first backs up the current database (or, if it is damaged, keeps it renamed to
``<name>.damaged-<time>``), then replaces its content in a single SQLite transaction (or an atomic
rename when the current file is damaged or missing). For a damaged database, `latest_good_backup`
names the newest backup that passes ``quick_check`` — what the app offers to restore.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.chinatime import TIME_FORMAT, china_now
from desktop_app.errors import BadInput, Problem
from desktop_app.store.paths import backups_dir, resolve_db_path

if TYPE_CHECKING:
    from desktop_app.store.connection import Store

REASONS = ("manual", "daily", "import", "migration", "pre-restore", "rule-pack")
KEEP_LAST = 10
KEEP_DAYS = 14
KEEP_MONTHS = 12

# One backup (or restore) at a time in this process: the GUI takes the day's backup on a thread
# of its own while the database worker may start an import's backup or a restore; each also
# clears the temporary files of interrupted backups, which must not be a running one's.
_BACKUP_LOCK = threading.RLock()

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
    return china_now()


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


def _write_copy(source: sqlite3.Connection, tmp: Path) -> None:
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
        _write_copy(source, tmp)
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
    with _BACKUP_LOCK:
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


def daily_backup_if_due(store: Store) -> BackupInfo | None:
    """The day's automatic backup, unless one was made today (China date) or the database holds
    nothing yet. `open_store` calls it; a long-running session (the GUI, open for days) can call it
    again, e.g. once an hour or before a write."""
    from desktop_app.store.connection import has_user_data

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
    from desktop_app.store.connection import _connect_readonly, has_user_data

    with _BACKUP_LOCK:
        conn = _connect_readonly(db_path)
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
    with _BACKUP_LOCK:  # not while the GUI's daily backup still reads the file
        return _restore(db_path, name)


def _restore(db_path: Path | str | None, name: str) -> RestoreResult:
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
        src = sqlite3.connect(
            chosen.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )
        try:
            if current.state is FileState.OK:
                with open_store(db, daily_backup=False) as store:
                    pre = create_backup(store, reason="pre-restore")
                    try:
                        src.backup(store.conn)  # all pages in one step: one atomic transaction
                    except sqlite3.OperationalError as exc:
                        raise _restore_error(db, exc) from exc
                    store.conn.execute("PRAGMA journal_mode = WAL")
                return RestoreResult(chosen, pre)
            kept = _replace_file(src, db, "damaged" if current.state is FileState.DAMAGED else "")
            return RestoreResult(chosen, None, kept)
        finally:
            src.close()
    finally:
        lock.release()


def _replace_file(src: sqlite3.Connection, db: Path, label: str) -> tuple[Path, ...]:
    """Put a copy of `src` at `db` (damaged or missing): copy first; then keep the old files aside
    (`label` ``damaged``: the main file by a hard link, so `db` never goes missing, its -wal/-shm
    by renaming; leftovers of a missing database become ``orphaned``); then switch the copy in by
    one atomic rename. On any failure the old files are put back where they were."""
    tmp = db.with_name(f".{db.name}.restore.tmp")
    try:
        _write_copy(src, tmp)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise _restore_error(db, exc) from exc
    suffixes = ("", "-wal", "-shm") if label else ("-wal", "-shm")  # an empty file: replaced
    kept: list[tuple[Path, Path, bool]] = []
    try:
        kept = _move_aside(db, label or "orphaned", suffixes)
        os.replace(tmp, db)
    except BaseException:
        _undo_aside(kept)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(db.parent)
    return tuple(aside for _part, aside, _linked in kept)


def _move_aside(db: Path, tag: str, suffixes: tuple[str, ...]) -> list[tuple[Path, Path, bool]]:
    """Keep the existing ``db + suffix`` files as ``<name>.<tag>-<time><suffix>`` (never over an
    earlier kept copy): the main file (suffix '') by a hard link (a copy where links are not
    supported) so that it stays in place too, the others by renaming. Returns (old, kept, linked)
    triples; on failure, what was done is undone."""
    stamp = base = _now().strftime("%Y%m%d-%H%M%S")
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
        _undo_aside(kept)
        raise
    return kept


def _undo_aside(kept: list[tuple[Path, Path, bool]]) -> None:
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
        aside for _part, aside, _linked in _move_aside(db_path, "orphaned", ("-wal", "-shm"))
    )


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


def latest_good_backup(db_path: Path | str | None = None) -> BackupInfo | None:
    """The newest backup of `db_path` that is a healthy ShipCheck database this program can open
    (``PRAGMA quick_check`` passes), or None. What to offer when the database is damaged."""
    from desktop_app.store.connection import FileState, inspect_database

    for info in list_backups(db_path):
        if inspect_database(info.path).state is FileState.OK:
            return info
    return None


def kept_damaged_files(db_path: Path | str | None = None) -> list[Path]:
    """The damaged database files `restore` kept aside (``<name>.damaged-<time>``), newest first."""
    db = resolve_db_path(db_path)
    found = db.parent.glob(f"{glob_escape(db.name)}.damaged-*")
    return sorted((p for p in found if not p.name.endswith(("-wal", "-shm"))), reverse=True)
