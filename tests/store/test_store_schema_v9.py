"""Schema v9: the narrow key index of the orders (`gui_orders_key_times`) also holds the columns a
text search and the shop filter read, in new and upgraded databases; the data is kept, and a text
search then reads that index, not the order rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.store.connection import open_store
from desktop_app.store.read import pages
from desktop_app.store.read.columns import SORT_KEYS
from desktop_app.store.schema import SCHEMA_VERSION
from tests.store.olddb import database_at

# What a key search reads from the order rows: the key, the sort's times, the shop and the texts a
# search matches (`pages._where`).
COLUMNS = [
    "platform",
    "order_id",
    "sub_order_id",
    "paid_at",
    "shipped_at",
    "shop",
    "tracking_no",
    "receiver_name",
    "product_name",
]


def _columns(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("PRAGMA index_info('gui_orders_key_times')").fetchall()
    return [str(r[2]) for r in sorted(rows)]


def test_a_new_database_has_the_wide_key_index(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        assert _columns(store.conn) == COLUMNS


def test_a_v8_database_gets_the_wide_key_index_and_keeps_its_data(tmp_path: Path) -> None:
    db = tmp_path / "v8.db"
    database_at(db, 8)
    with sqlite3.connect(db) as old:
        assert _columns(old) == COLUMNS[:5]
        orders = old.execute("SELECT * FROM orders ORDER BY order_id").fetchall()
        verdicts = old.execute("SELECT * FROM verdict_rows ORDER BY order_id").fetchall()
    with open_store(db, daily_backup=False) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _columns(conn) == COLUMNS
        assert conn.execute("SELECT * FROM orders ORDER BY order_id").fetchall() == orders
        assert conn.execute("SELECT * FROM verdict_rows ORDER BY order_id").fetchall() == verdicts
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # A name search pages through the upgraded database, its matches found in the index.
        flt = pages.OrderFilter(shop="小店", search="张三1")
        want = sorted(f"{4000 + i}" for i in range(40) if i % 2 and i % 5 == 1)
        for column in SORT_KEYS:
            for finder in (None, "search"):
                segments = pages.page_queries(flt, column, False, 200, finder=finder)
                rows = pages.fetch_page(conn, segments[0], None)
                assert sorted(r[1] for r in rows) == want, (column, finder)
        (query,) = pages.page_queries(flt, "paid", False, 200, finder="search")
        plan = [
            str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + query.key_sql, query.params)
        ]
        assert plan[0] == "SCAN o USING COVERING INDEX gui_orders_key_times", plan
