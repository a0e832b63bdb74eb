"""The order table's indexes belong to the store: a new database has every one the window's sorts,
filters and searches use, and opening it in the window builds nothing and gathers no statistics."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.gui.session import Session
from desktop_app.store.connection import open_store

GUI_INDEXES = {
    "gui_verdicts_urgency",
    "gui_verdicts_deadline",
    "gui_verdicts_money",
    "gui_verdicts_key",
    "gui_verdicts_false_shipping",
    "gui_orders_paid",
    "gui_orders_shipped",
    "gui_orders_product",
    "gui_orders_shop",
    "gui_orders_order_id",
    "gui_orders_sub_order_id",
    "gui_orders_key_times",
    "verdicts_status",
}


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_new_database_has_the_windows_indexes(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        assert _indexes(store.conn) >= GUI_INDEXES


def test_opening_in_the_window_changes_no_schema(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.db"
    open_store(db, daily_backup=False).close()
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    session = Session(db)
    try:
        from desktop_app.gui.session import run_sync

        run_sync(session, lambda store: session.open_in_worker())
    finally:
        session.close()
    conn = sqlite3.connect(db)
    after = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    assert after == before  # no index built, no sqlite_stat1 made at open
