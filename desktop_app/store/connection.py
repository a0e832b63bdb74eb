"""Opening the ShipCheck database: create or migrate it, and refuse files that are not ours.

Minimal first version — the store owner hardens it (WAL, busy timeout, locking, quick_check,
backups before migrations). Other layers use only `open_store` and `Store.conn` / `Store.db`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType

import sqlite_utils

from desktop_app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


class Store:
    """An open ShipCheck database: a sqlite3 connection and a sqlite-utils view of it."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(path: Path) -> Store:
    """Open (creating or migrating as needed) the database at `path`."""
    conn = sqlite3.connect(path, isolation_level=None)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        for script in MIGRATIONS[version:]:
            for statement in script.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    return Store(path, conn)
