"""Opening the ShipCheck database safely: create or migrate it, and refuse files that are not ours.

`open_store` is the only way any layer opens the database. It

- resolves the path (``--db`` → ``$SHIPCHECK_DB`` → the user's data directory, see `paths`);
- takes the one-writer lock (see `lock`) unless opened read-only;
- refuses, without touching the file, anything that is not a healthy ShipCheck database of this
  version or older: non-SQLite bytes, a SQLite file of another application, a damaged file
  (``PRAGMA quick_check``), or a file written by a newer ShipCheck — each as `BadInput` in Chinese
  and English;
- sets WAL mode, ``synchronous=FULL``, a busy timeout and foreign keys;
- migrates older schemas in code (`schema.MIGRATIONS`), one transaction per migration, after a
  backup of any existing non-empty database; and takes the day's automatic backup.

Writes go through `Store.transaction()` (``BEGIN IMMEDIATE`` … ``COMMIT``, ``ROLLBACK`` on any
exception); the connection itself is in autocommit mode.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


from desktop_app.errors import BadInput, Problem
from desktop_app.store.aside import set_aside_orphans
from desktop_app.store.backups import (
    create_backup,
    daily_backup_if_due,
    latest_good_backup,
    remove_leftovers,
)
from desktop_app.store.inspection import (
    FileState,
    Inspection,
    connect_readonly,
    has_user_data,
    inspect_database,
)
from desktop_app.store.lock import StoreBusy, WriterLock, acquire_writer_lock, busy_problem
from desktop_app.store.paths import backups_dir, resolve_db_path
from desktop_app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from desktop_app.store.wal import WalDamage, check_wal, keep_damaged_wal

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
SQLITE_FULL = 13
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
SQLITE_READONLY = 8


class StoreRefused(BadInput):
    """`open_store` refused the file, untouched. `state` says why (FOREIGN, DAMAGED, NEWER).

    For a DAMAGED database the GUI offers ``backups.latest_good_backup(path)`` and, when the
    seller agrees, ``backups.restore(path, info.name)`` (the damaged files are kept aside and
    listed in the result's ``kept``).
    """

    def __init__(
        self,
        problem: Problem,
        path: Path,
        state: FileState,
        wal_damage: WalDamage | None = None,
    ) -> None:
        super().__init__(problem)
        self.path = path
        self.state = state
        self.wal_damage = wal_damage  # set when the refusal is over a damaged WAL


def refusal(path: Path, found: Inspection) -> StoreRefused:
    """The error explaining why the file at `path` cannot be opened (FOREIGN/DAMAGED/NEWER)."""
    if found.state is FileState.FOREIGN:
        problem = Problem(
            message="这个文件不是 ShipCheck 数据库，未做任何改动。请用 --db 指定正确的数据库文件。",
            message_en=(
                "This file is not a ShipCheck database; it was left untouched. "
                "Use --db to choose the right database file."
            ),
            file=str(path),
        )
    elif found.state is FileState.NEWER:
        problem = Problem(
            message=(
                f"这个数据库由更新版本的 ShipCheck 写入（结构版本 {found.version}，本程序支持到 "
                f"{SCHEMA_VERSION}），未做任何改动。请升级 ShipCheck。"
            ),
            message_en=(
                f"This database was written by a newer ShipCheck (schema version {found.version}; "
                f"this program understands up to {SCHEMA_VERSION}). It was left untouched — "
                "please upgrade ShipCheck."
            ),
            file=str(path),
        )
    else:
        hint_zh, hint_en = _restore_hint(path)
        problem = Problem(
            message=f"数据库文件已损坏（{found.detail}），未做任何改动。{hint_zh}",
            message_en=(
                f"The database file is damaged ({found.detail}); it was left untouched. {hint_en}"
            ),
            file=str(path),
        )
    return StoreRefused(problem, path, found.state)


def wal_refusal(path: Path, damage: WalDamage, copy: Path) -> StoreRefused:
    """Why a database whose WAL would lose committed transactions is not opened: what is lost,
    as far as the log tells, where its copy is, and the newest backup to restore."""
    hint_zh, hint_en = _restore_hint(path)
    if latest_good_backup(path) is None:
        hint_zh += f"如果要不含这些更改继续使用数据库，请把 {damage.wal.name} 移到别处后重新打开。"
        hint_en += (
            f" To go on with the database without these changes, move {damage.wal.name} "
            "elsewhere and open it again."
        )
    problem = Problem(
        message=(
            f"{damage.describe(english=False)}数据库没有打开，也未做任何改动；"
            f"日志已另存为 {copy.name}。{hint_zh}"
        ),
        message_en=(
            f"{damage.describe(english=True)} The database was not opened and nothing was "
            f"changed; the log was copied to {copy.name}. {hint_en}"
        ),
        file=str(path),
    )
    return StoreRefused(problem, path, FileState.DAMAGED, damage)


def _refuse_damaged_wal_if_idle(db_path: Path) -> None:
    """For a reader: the WAL check, when no writer is at work (its log is live then). A reader
    would only show the state before the lost changes, but the seller must hear of them."""
    try:
        lock = acquire_writer_lock(db_path)
    except (StoreBusy, OSError):  # a writer at work, or a folder we may not write (read-only media)
        return
    try:
        if lock.first:
            _refuse_damaged_wal(db_path)
    finally:
        lock.release()


def _refuse_damaged_wal(db_path: Path) -> None:
    """StoreRefused (the WAL copied aside first) when the WAL would lose committed changes."""
    damage = check_wal(db_path)
    if damage is not None:
        raise wal_refusal(db_path, damage, keep_damaged_wal(damage))


def _restore_hint(path: Path) -> tuple[str, str]:
    try:
        newest = latest_good_backup(path)
    except OSError:
        newest = None
    if newest is None:
        return ("没有找到可用的备份。", "No usable backup was found.")
    cmd = f'shipcheck backup restore {newest.name} --db "{path}"'
    return (
        f"可以恢复最近的备份（{newest.created_at}）：{cmd}（损坏的文件会被保留）。",
        f"You can restore the latest backup ({newest.created_at}): {cmd} "
        "(the damaged file is kept).",
    )


def disk_full_problem(path: Path) -> Problem:
    """The message for SQLITE_FULL: the disk (or the database's size limit) is full."""
    return Problem(
        message="磁盘空间已满，无法写入数据库；本次更改已全部撤销，原有数据未受影响。请清理磁盘后重试。",
        message_en=(
            "The disk is full, so the database could not be written. This change was rolled back "
            "completely and the existing data is intact. Free some space and try again."
        ),
        file=str(path),
    )


def split_sql(script: str) -> list[str]:
    """Split a DDL script into complete statements (comments and string literals respected)."""
    statements: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buf.splitlines()
    ):
        raise ValueError(f"incomplete SQL statement at end of migration: {buf[:80]!r}")
    return statements


class Store:
    """An open ShipCheck database: a sqlite3 connection (autocommit) and a sqlite-utils view of it.

    Use `transaction()` for every write. The connection may be used from another thread, but by one
    thread at a time.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        readonly: bool = False,
        lock: WriterLock | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.readonly = readonly
        self._lock = lock
        self.warnings: list[str] = []
        # change_marker() when this Store last made a backup: lets an import skip a backup
        # identical to the one just taken (e.g. the daily backup at open).
        self.backed_up_state: tuple[int, int] | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils view of the connection, made on first use (importing sqlite-utils costs
        ~0.3 s of the GUI's cold start, which never needs it)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def change_marker(self) -> tuple[int, int]:
        """Changes since open by this connection and by others (total_changes, data_version)."""
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        return (self.conn.total_changes, version)

    @property
    def backups_dir(self) -> Path:
        """Where this database's backups are kept."""
        return backups_dir(self.path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; ``ROLLBACK`` on any exception (including cancel).

        Nested use becomes a SAVEPOINT. "Disk full" becomes a `BadInput`; so does a lock held by
        another process (which the writer lock normally prevents).
        """
        if self.conn.in_transaction:
            name = f"sp_{id(self)}_{_next_savepoint()}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._translate(exc) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                translated = self._translate(exc)
                if translated is not exc:
                    raise translated from exc
            raise

    def _translate(self, exc: sqlite3.DatabaseError) -> Exception:
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == SQLITE_FULL:
            return BadInput(disk_full_problem(self.path))
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return BadInput(busy_problem(self.path))
        if primary == SQLITE_READONLY:
            return BadInput(readonly_problem(self.path))
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
            detail = Inspection(FileState.DAMAGED, detail=str(exc))
            return refusal(self.path, detail)
        return exc

    def close(self) -> None:
        """Close the connection and give up the writer lock."""
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


_savepoints = 0


def _next_savepoint() -> int:
    global _savepoints
    _savepoints += 1
    return _savepoints


NEW_DATABASE_PAGE_SIZE = 16384


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != "wal":  # e.g. a network drive without shared memory: rollback journal is fine
            log.warning("journal_mode is %s, not WAL", mode)
        conn.execute("PRAGMA synchronous = FULL")


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply MIGRATIONS[from_version:] — each in its own transaction that also sets user_version."""
    for index in range(from_version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_sql(MIGRATIONS[index]):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {index + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def open_store(
    path: Path | str | None = None,
    *,
    readonly: bool = False,
    daily_backup: bool = True,
    full_check: bool = True,
) -> Store:
    """Open the ShipCheck database at `path` (``--db``; None → ``$SHIPCHECK_DB`` → the data dir).

    Writable (default): creates the file if missing, migrates an older schema (backup first),
    holds the one-writer lock until `Store.close()`, and takes the day's automatic backup unless
    `daily_backup` is False. Read-only: the file must exist and be at the current schema version.
    Raises `BadInput` for a file that is not ours, damaged, newer, missing (read-only) or busy.

    `full_check` False checks at open only what does not grow with the orders (milliseconds at a
    million orders instead of seconds) and `check_integrity` is left to the caller (the GUI runs
    it in the background once the first page is shown, before the day's backup).
    """
    db_path = resolve_db_path(path)
    try:
        if readonly:
            return _open_readonly(db_path)
        lock = acquire_writer_lock(db_path)
        try:
            _check_writable(db_path)
            if lock.first:  # nothing of ours is writing the log or a backup now
                _refuse_damaged_wal(db_path)
                remove_leftovers(db_path)
            return _open_writable(db_path, lock, daily_backup=daily_backup, full_check=full_check)
        except BaseException:
            lock.release()
            raise
    except OSError as exc:  # permissions, a read-only disk, a missing drive …
        raise BadInput(_cannot_open(db_path, exc.strerror or str(exc))) from exc
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == SQLITE_READONLY:
            raise BadInput(readonly_problem(db_path)) from exc
        if "unable to open" in str(exc):
            raise BadInput(_cannot_open(db_path, str(exc))) from exc
        raise


def store_error_problem(exc: sqlite3.DatabaseError, path: Path | None = None) -> Problem | None:
    """The message for a SQLite failure the user can act on — a read-only, damaged, full or busy
    database — or None when it is none of these."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    where = path or Path("")
    found: Problem | None = None
    if primary == SQLITE_READONLY:
        found = readonly_problem(where)
    elif primary == SQLITE_FULL:
        found = disk_full_problem(where)
    elif primary in (SQLITE_BUSY, SQLITE_LOCKED):
        found = busy_problem(where)
    elif primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        found = Problem(
            message=f"数据库文件已损坏（{exc}）。可以用 shipcheck backup list 查看备份并恢复。",
            message_en=f"The database file is damaged ({exc}). See shipcheck backup list for "
            "the backups to restore.",
        )
    if found is None or path is not None:
        return found
    return dataclasses.replace(found, file="")


def readonly_problem(db_path: Path) -> Problem:
    """The message for a database ShipCheck may read but not write."""
    return Problem(
        message=(
            "数据库文件（或它所在的文件夹）是只读的，无法写入；数据库未做任何改动。"
            "请取消文件的只读属性、检查文件夹权限，或把数据库复制到可写的位置后用 --db 指定。"
            "只读查看（orders、report、evidence）仍然可用。"
        ),
        message_en=(
            "The database file (or its folder) is read-only, so it cannot be written; nothing "
            "was changed. Clear the file's read-only mark, check the folder's permissions, or "
            "copy the database somewhere writable and choose it with --db. Reading it (orders, "
            "report, evidence) still works."
        ),
        file=str(db_path),
    )


def _check_writable(db_path: Path) -> None:
    """BadInput when the database file cannot be opened for writing (read-only file or disk)."""
    try:
        fd = os.open(db_path, os.O_RDWR)
    except PermissionError as exc:
        raise BadInput(readonly_problem(db_path)) from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise BadInput(readonly_problem(db_path)) from exc
        raise
    os.close(fd)


def _cannot_open(db_path: Path, why: str) -> Problem:
    return Problem(
        message=f"无法打开数据库文件（{why}）。请检查路径和文件权限。",
        message_en=f"Cannot open the database file ({why}). Check the path and its permissions.",
        file=str(db_path),
    )


def _open_readonly(db_path: Path) -> Store:
    if db_path.is_file():
        _refuse_damaged_wal_if_idle(db_path)
    found = inspect_database(db_path)
    if found.state is FileState.MISSING:
        raise BadInput(
            Problem(
                message="数据库还不存在：请先导入订单。",
                message_en="There is no database yet: import some orders first.",
                file=str(db_path),
            )
        )
    if found.state is not FileState.OK:
        raise refusal(db_path, found)
    if found.version < SCHEMA_VERSION:
        raise BadInput(
            Problem(
                message=(
                    "数据库需要升级：请先用 ShipCheck 窗口打开一次，或运行一次 shipcheck evaluate"
                    "（升级前会自动备份）。"
                ),
                message_en=(
                    "The database needs an upgrade: open it once in the ShipCheck window, or run "
                    "shipcheck evaluate once (a backup is taken before the upgrade)."
                ),
                file=str(db_path),
            )
        )
    conn = connect_readonly(db_path)
    _configure(conn, readonly=True)
    return Store(db_path, conn, readonly=True)


def _open_writable(
    db_path: Path, lock: WriterLock, *, daily_backup: bool, full_check: bool = True
) -> Store:
    found = inspect_database(db_path, full_check=full_check)
    if found.state not in (FileState.MISSING, FileState.OK):
        raise refusal(db_path, found)
    orphans: tuple[Path, ...] = ()
    if found.state is FileState.MISSING:
        orphans = set_aside_orphans(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    try:
        if found.state is FileState.MISSING:
            # Order rows (raw cells included) are 1.5–2 KB: on SQLite's default 4 KiB pages each
            # spills into an overflow page. 16 KiB pages halve the store's import time and shrink
            # the file ~2.7× (docs/benchmarks.md). Only possible before the first table exists.
            conn.execute(f"PRAGMA page_size = {NEW_DATABASE_PAGE_SIZE}")
        _configure(conn, readonly=False)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        store = Store(db_path, conn, lock=None)
        if version < SCHEMA_VERSION:
            if version > 0 and has_user_data(conn):
                create_backup(store, reason="migration")
            migrate(conn, version)
        store._lock = lock
        if orphans:
            log.warning("set aside the WAL of a missing database: %s", orphans[0])
            store.warnings.append(
                f"数据库文件不存在，但旁边留有它的日志文件；已另存为 {orphans[0].name}，"
                f"并新建了数据库。 / The database file was missing but its WAL was left beside "
                f"it; kept as {orphans[0].name} and a new database was created."
            )
        if daily_backup:
            _daily_backup(store)
        return store
    except sqlite3.OperationalError as exc:
        conn.close()
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
            raise BadInput(disk_full_problem(db_path)) from exc
        raise
    except BaseException:
        conn.close()
        raise


def _daily_backup(store: Store) -> None:
    try:
        daily_backup_if_due(store)
    except (OSError, sqlite3.Error, BadInput) as exc:  # never stop the seller working over this
        log.warning("daily backup failed: %s", exc)
        store.warnings.append(f"每日自动备份失败 / daily backup failed: {exc}")
