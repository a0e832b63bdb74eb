"""Schema v8: the order table's platform- and status-prefixed index copies are dropped from new and
upgraded databases; every index the order table's queries rely on is there, and the data is kept."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desktop_app.store.connection import open_store
from desktop_app.store.read import pages
from desktop_app.store.read.columns import SORT_KEYS
from desktop_app.store.schema import SCHEMA_VERSION
from tests.store.olddb import database_at

DROPPED = {
    "gui_verdicts_p_urgency",
    "gui_verdicts_p_deadline",
    "gui_verdicts_p_money",
    "gui_verdicts_status_urgency",
    "gui_verdicts_s_deadline",
    "gui_verdicts_s_money",
    "gui_orders_p_paid",
    "gui_orders_p_shipped",
    "gui_orders_p_product",
}
# What the order table's queries find rows through without naming it (INDEXED BY names are
# checked from the source below).
USED = {
    "verdicts_status",
    "gui_verdicts_urgency",
    "gui_verdicts_deadline",
    "gui_verdicts_money",
    "gui_verdicts_false_shipping",
    "gui_orders_paid",
    "gui_orders_shipped",
    "gui_orders_product",
    "gui_orders_shop",
    "gui_orders_order_id",
    "gui_orders_sub_order_id",
    "gui_orders_key_times",
    "orders_tracking",
}


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql != ''")
    }


def _named_in_queries() -> set[str]:
    source = Path(pages.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r"INDEXED BY (\w+)", source))
    named |= {pages._KEY_TIMES}
    return {n for n in named if not n.startswith("_")}


def test_a_new_database_has_no_prefixed_copies_and_every_index_the_queries_use(
    tmp_path: Path,
) -> None:
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        indexes = _indexes(store.conn)
    assert not indexes & DROPPED
    assert indexes >= USED | _named_in_queries()


def test_a_v7_database_loses_the_prefixed_copies_and_keeps_its_data(tmp_path: Path) -> None:
    db = tmp_path / "v7.db"
    database_at(db, 7)
    with sqlite3.connect(db) as old:
        assert _indexes(old) >= DROPPED
        orders = old.execute("SELECT * FROM orders ORDER BY order_id").fetchall()
        verdicts = old.execute("SELECT * FROM verdict_rows ORDER BY order_id").fetchall()
    with open_store(db, daily_backup=False) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = _indexes(conn)
        assert not indexes & DROPPED
        assert indexes >= USED | _named_in_queries()
        assert conn.execute("SELECT * FROM orders ORDER BY order_id").fetchall() == orders
        assert conn.execute("SELECT * FROM verdict_rows ORDER BY order_id").fetchall() == verdicts
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The order table pages through the upgraded database: a platform with a chip.
        flt = pages.OrderFilter(platform="douyin", statuses=frozenset({"overdue"}))
        for column in SORT_KEYS:
            segments = pages.plan_pages(conn, flt, column, False, 200)
            rows = pages.fetch_page(conn, segments[0], None)
            assert sorted(r[1] for r in rows) == [
                f"{4000 + i}" for i in range(40) if i % 4 == 0 and i % 3
            ], column


def test_read_only_commands_on_an_old_database_give_advice_that_works(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """After an update of the app, `shipcheck orders` / `report` (read-only) on a database of the
    previous schema say how to upgrade it — and doing what they say upgrades it."""
    from desktop_app.cli.main import main

    db = tmp_path / "old.db"
    database_at(db, 7)
    assert main(["orders", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "shipcheck evaluate" in err and "升级" in err
    assert main(["evaluate", "--db", str(db), "--as-of", "2026-01-05 00:00:00"]) == 0
    capsys.readouterr()
    assert main(["orders", "--db", str(db)]) == 0
    assert "4000" in capsys.readouterr().out
