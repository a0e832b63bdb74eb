"""Looking at a database file without changing it: what it is (`inspect_database`), whether it is
whole (`check_integrity`), whether it holds anything a seller would miss (`has_user_data`).

Used by the store's open, its backups and its restore alike; it imports none of them.
"""

from __future__ import annotations

import enum
import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


class FileState(enum.Enum):
    """What `inspect_database` found at a path."""

    MISSING = "missing"  # no file, or an empty one: a new database will be created
    OK = "ok"  # a healthy ShipCheck database, this version or older
    FOREIGN = "foreign"  # not SQLite, or SQLite belonging to another application
    DAMAGED = "damaged"  # SQLite header but unreadable or failing quick_check
    NEWER = "newer"  # written by a newer ShipCheck


@dataclass(frozen=True, slots=True)
class Inspection:
    """The result of looking at a database file without changing it."""

    state: FileState
    version: int = 0
    has_tables: bool = False
    detail: str = ""


def connect_readonly(path: Path, *, inspect: bool = False) -> sqlite3.Connection:
    """A read-only connection. For `inspect`, when no ``-wal`` file is beside the database, open it
    ``immutable`` so that looking at a file that may not be ours creates no ``-wal``/``-shm``."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if inspect and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


# Tables that grow with the orders (and attachments, which hold whole files): `quick_check` over
# them reads the whole database (seconds on a large one), so the open-time check can leave them
# to a full check run later (`check_integrity`), off the path to the first window.
LARGE_TABLES: tuple[str, ...] = ("orders", "verdict_rows", "attachments")


def _integrity_problems(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """``PRAGMA quick_check`` over the whole file (`full`) or over every table except
    `LARGE_TABLES` (the schema, settings, imports …: what an open reads; milliseconds at any
    size). Returns the problems found ([] when healthy)."""
    if full:
        result = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
        return [] if result == ["ok"] else result
    tables = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\'"
        )
    ]
    problems: list[str] = []
    for table in tables:
        if table in LARGE_TABLES:
            continue
        quoted = table.replace('"', '""')
        result = [str(r[0]) for r in conn.execute(f'PRAGMA quick_check("{quoted}")')]
        if result != ["ok"]:
            problems += result
    return problems[:5]


def inspect_database(path: Path, *, check: bool = True, full_check: bool = True) -> Inspection:
    """Classify the file at `path` (see `FileState`) without writing to it.

    With `check`, a SQLite file that claims to be ours is also run through ``PRAGMA quick_check``:
    over the whole file, or with `full_check` False only over the tables that do not grow with
    the orders (see `LARGE_TABLES`; `check_integrity` checks the rest later).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Inspection(FileState.MISSING)
    if path.is_dir():
        return Inspection(FileState.FOREIGN, detail="a folder")
    if size == 0:
        return Inspection(FileState.MISSING)
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        return Inspection(FileState.FOREIGN, detail="not an SQLite file")
    try:
        conn = connect_readonly(path, inspect=True)
    except sqlite3.Error as exc:
        return Inspection(FileState.DAMAGED, detail=str(exc))
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        n_tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        if app_id != APPLICATION_ID:
            if app_id == 0 and n_tables == 0 and version == 0:
                return Inspection(FileState.MISSING)
            return Inspection(FileState.FOREIGN, detail=f"application_id {app_id:#x}")
        if version > SCHEMA_VERSION:
            return Inspection(FileState.NEWER, version=version, has_tables=n_tables > 0)
        later = _objects_of_later_versions(conn, version) if version < SCHEMA_VERSION else []
        if later:
            return Inspection(
                FileState.DAMAGED,
                version=version,
                detail=f"schema version {version} does not match its tables: "
                f"{', '.join(later[:3])} as in a later version",
            )
        if check:
            problems = _integrity_problems(conn, full=full_check)
            if problems:
                return Inspection(FileState.DAMAGED, version=version, detail="; ".join(problems))
        return Inspection(FileState.OK, version=version, has_tables=n_tables > 0)
    except sqlite3.DatabaseError as exc:
        return Inspection(FileState.DAMAGED, detail=str(exc))
    finally:
        conn.close()


def check_integrity(path: Path) -> Inspection:
    """The full ``PRAGMA quick_check`` of a database that may be open (and written) elsewhere in
    this process, on a read-only connection of its own: what `open_store(full_check=False)` left
    out. Reads the whole file (seconds at a million orders): call it off the GUI thread, after
    the first page. DAMAGED → show `refusal(path, found)` and offer the restore path."""
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        return Inspection(FileState.DAMAGED, detail=str(exc))
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        problems = _integrity_problems(conn, full=True)
        if problems:
            return Inspection(FileState.DAMAGED, version=version, detail="; ".join(problems))
        return Inspection(FileState.OK, version=version, has_tables=True)
    except sqlite3.DatabaseError as exc:
        return Inspection(FileState.DAMAGED, detail=str(exc))
    finally:
        conn.close()


def has_user_data(conn: sqlite3.Connection) -> bool:
    """Whether the database holds anything a seller would miss (orders, imports, settings …)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return any(
        conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{t}")').fetchone()[0]
        for t in ("orders", "products", "imports", "settings", "affected_areas")
        if t in tables
    )


@functools.cache
def _schema_names(version: int) -> frozenset[str]:
    """The tables and indexes a database at `version` has: its migrations replayed in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        rows = conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return frozenset(str(r[0]) for r in rows)
    finally:
        conn.close()


def _objects_of_later_versions(conn: sqlite3.Connection, version: int) -> list[str]:
    """What shows the file is of a later version than its `user_version` says (the number was
    lowered by hand or by another tool, and migrating would fail halfway): tables and indexes only
    a later migration creates, or ones its version has that a later migration drops, missing."""
    at_version, current = _schema_names(version), _schema_names(SCHEMA_VERSION)
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
    created_later = present & (current - at_version)
    dropped_later = (at_version - current) - present
    return sorted(created_later | {f"no {name}" for name in dropped_later})
