"""When a platform's stored orders were paid: where the dashboard opens when the current period
holds none of them."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime


def newest_paid_day(conn: sqlite3.Connection, platform: str, until: datetime) -> date | None:
    """The day of the platform's latest payment at or before `until` (None: no such order)."""
    row = conn.execute(
        "SELECT MAX(paid_at) FROM orders WHERE platform = ? AND paid_at <= ?",
        (platform, f"{until:%Y-%m-%d %H:%M:%S}"),
    ).fetchone()
    return date.fromisoformat(row[0][:10]) if row and row[0] else None
