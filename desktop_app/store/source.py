"""What a reader is handed: the open Store or just its sqlite3 connection (the reports' and the
window's background readers pass the latter)."""

from __future__ import annotations

import sqlite3
from typing import Protocol


class HasConn(Protocol):
    """A `desktop_app.store.connection.Store` (or anything with its connection as `.conn`)."""

    conn: sqlite3.Connection


Source = sqlite3.Connection | HasConn


def connection_of(source: Source) -> sqlite3.Connection:
    """The sqlite3 connection of `source`."""
    return source if isinstance(source, sqlite3.Connection) else source.conn
