"""order_query.ensure_indexes: planner statistics are gathered only when an index lacks them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from desktop_app.gui import order_query
from desktop_app.store.connection import open_store


class _CountingConnection:
    """Passes statements through and counts the ANALYZE ones."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.analyses = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.strip().upper() == "ANALYZE":
            self.analyses += 1
        return self.conn.execute(sql, *args)


def test_analyze_runs_once_then_only_after_an_index_is_rebuilt(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        store.conn.execute(
            "INSERT INTO imports(file_name, file_path, sha256, size_bytes, file_format, platform,"
            " kind, sheets_json, imported_at) VALUES ('a.csv', 'a.csv', 'x', 1, 'csv', 'douyin',"
            " 'orders', '[]', '2024-05-01 00:00:00')"
        )
        store.conn.executemany(
            "INSERT INTO orders(platform, order_id, raw_json, import_id, source_row)"
            " VALUES ('douyin', ?, '{}', 1, 2)",
            [(f"49{i:017d}",) for i in range(50)],
        )
        spy = _CountingConnection(store.conn)
        order_query.ensure_indexes(spy)  # type: ignore[arg-type]
        order_query.ensure_indexes(spy)  # type: ignore[arg-type]
        assert spy.analyses == 1
        store.conn.execute("DROP INDEX gui_orders_paid")  # as a big evaluation run does
        order_query.ensure_indexes(spy)  # type: ignore[arg-type]
        assert spy.analyses == 2
        assert store.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'gui_orders_paid'"
        ).fetchone()
