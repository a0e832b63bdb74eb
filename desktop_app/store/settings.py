"""Seller settings: one JSON value per key in the `settings` table (overrides, UI choices)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop_app.chinatime import china_now_text


def get_setting(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """The stored value of `key`, or `default` when it was never set."""
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(conn: sqlite3.Connection, key: str, value: Any) -> None:
    """Store `value` (anything JSON can hold) under `key`, replacing what was there."""
    conn.execute(
        "INSERT INTO settings(key, value_json, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, "
        "updated_at = excluded.updated_at",
        (key, json.dumps(value, ensure_ascii=False), china_now_text()),
    )


def delete_setting(conn: sqlite3.Connection, key: str) -> None:
    """Forget `key`, so its default applies again."""
    conn.execute("DELETE FROM settings WHERE key = ?", (key,))


def all_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every stored setting, key → value."""
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value_json FROM settings")}
