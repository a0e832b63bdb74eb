"""A database as an older schema version left it, for the migration tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.store.connection import split_sql
from desktop_app.store.schema import APPLICATION_ID, MIGRATIONS


def database_at(path: Path, version: int) -> None:
    """Schema `version` (migrations 1..version only), with 40 orders of two platforms — every
    fourth Douyin, every other in the shop 小店, receivers 张三0–张三4 — and their verdicts
    (overdue, or pending for every third)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:version]:
        for statement in split_sql(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO imports(id, file_name, file_path, sha256, size_bytes, file_format, platform, "
        "kind, sheets_json, imported_at) VALUES (1, 'a.csv', '/a.csv', 'x', 1, 'csv', "
        "'kuaishou', 'orders', '[]', '2026-01-01 00:00:00')"
    )
    for i in range(40):
        platform = "douyin" if i % 4 == 0 else "kuaishou"
        conn.execute(
            "INSERT INTO orders(platform, order_id, shop, paid_at, receiver_name, product_name, "
            "raw_json, import_id, source_row) VALUES (?, ?, ?, '2026-01-01 10:00:00', ?, ?, "
            "'[]', 1, ?)",
            (platform, f"{4000 + i}", "小店" if i % 2 else "", f"张三{i % 5}", f"围巾 {i}", i + 2),
        )
        conn.execute(
            "INSERT INTO verdict_rows(platform, order_id, as_of, status, rules_json, "
            "reasons_json, reasons_en_json, flags_json, trace_id, urgency) "
            "VALUES (?, ?, '2026-01-02 00:00:00', ?, '[]', '[]', '[]', '[]', 0, ?)",
            (platform, f"{4000 + i}", "overdue" if i % 3 else "pending", i % 3),
        )
    conn.close()
