"""apply_import: counts, idempotence, stale rule, duplicates, logistics, products, rollback."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_importdata import dump, order_stream, plan, row, with_problem_at

from desktop_app.errors import BadInput, Cancelled, Problem
from desktop_app.importing.model import ParsedRow
from desktop_app.store.backups import list_backups
from desktop_app.store.connection import Store, open_store
from desktop_app.store.importer import PROBLEM_LIMIT, apply_import
from desktop_app.store.rawcells import raw_keys_sql, raw_row


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "shop.db", daily_backup=False) as s:
        yield s


def _order(store: Store, order_id: str, sub: str = "") -> sqlite3.Row:
    store.conn.row_factory = sqlite3.Row
    try:
        found = store.conn.execute(
            "SELECT * FROM orders WHERE order_id = ? AND sub_order_id = ?", (order_id, sub)
        ).fetchone()
    finally:
        store.conn.row_factory = None
    assert isinstance(found, sqlite3.Row)
    return found


def _raw(store: Store, order_id: str, sub: str = "") -> dict[str, object] | None:
    """The order's raw cells as every reader gets them (store.rawcells)."""
    raw_json, keys_json = store.conn.execute(
        f"SELECT raw_json, {raw_keys_sql('orders')} FROM orders"
        " WHERE order_id = ? AND sub_order_id = ?",
        (order_id, sub),
    ).fetchone()
    return raw_row(raw_json, keys_json)


def test_first_import_stores_every_value_exactly(store: Store) -> None:
    p = plan(shop="小店A")
    result = apply_import(store, p, order_stream(p, 50), backup=False)
    assert (result.new, result.updated, result.unchanged, result.stale) == (50, 0, 0, 0)
    assert result.rows == 50 and result.import_id > 0
    assert (result.rows_new, result.rows_updated, result.rows_unchanged, result.rows_stale) == (
        50,
        0,
        0,
        0,
    )
    o = _order(store, "6920000000000000007")
    assert o["quantity"] == 2 and o["paid_amount_fen"] == 1257
    assert o["shipped_at"] == "2026-11-02 09:00:00"
    assert o["tracking_no"] == "SF1000007" and o["shop"] == "小店A"
    assert o["picked_up_at"] is None and o["receiver_city"] == ""
    assert (
        o["source_row"] == 9 and o["source_sheet"] == "订单" and o["import_id"] == result.import_id
    )
    cells = json.loads(o["raw_json"])  # the cells only; their headers once per sheet
    assert isinstance(cells, list) and "SF1000007" in cells
    raw = _raw(store, "6920000000000000007")
    assert raw is not None and raw["H_tracking_no"] == "SF1000007"
    assert raw["key"] == "6920000000000000007"
    keys = store.conn.execute("SELECT import_id, sheet, keys_json FROM import_raw_keys").fetchall()
    assert [(i, sheet) for i, sheet, _k in keys] == [(result.import_id, "订单")]
    assert json.loads(keys[0][2])[cells.index("SF1000007")] == "H_tracking_no"
    imp = store.conn.execute(
        "SELECT platform, kind, shop, rows_new, rows_total, sheets_json FROM imports"
    ).fetchone()
    assert imp[:5] == ("douyin", "orders", "小店A", 50, 50)
    sheets = json.loads(imp[5])
    assert sheets[0]["name"] == "订单" and sheets[0]["rows"] == 50
    assert sheets[0]["mapping"]["order_id"] == "H_order_id"


def test_reimport_changes_nothing(store: Store) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 30), backup=False)
    before = dump(store.conn)
    result = apply_import(store, p, order_stream(p, 30), backup=False)
    assert (result.new, result.updated, result.unchanged, result.stale) == (0, 0, 30, 0)
    after = dump(store.conn)
    assert after["orders"] == before["orders"]  # not even raw_json / import_id touched
    assert len(after["imports"]) == 2  # the history records the second import too


def test_later_export_updates(store: Store) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 10), backup=False)
    later = [
        row(
            p,
            "6920000000000000001",
            status_text="已完成",
            shipped_at="2026-11-02 09:00:00",
            tracking_no="SF1000001",
            quantity=2,
            paid_amount_fen=1251,
            created_at="2026-11-01 10:00:00",
            paid_at="2026-11-01 10:00:05",
            promised_ship_at="2026-11-03 10:00:05",
        ),
        row(p, "6920000000000000099", status_text="待发货", n=3),
    ]
    result = apply_import(store, p, later, backup=False)
    assert (result.new, result.updated, result.unchanged, result.stale) == (1, 1, 0, 0)
    o = _order(store, "6920000000000000001")
    assert o["status_text"] == "已完成" and o["import_id"] == result.import_id


def test_older_export_never_reverts(store: Store) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 5), backup=False)
    before = dump(store.conn)["orders"]
    base = {
        "status_text": "待发货",
        "created_at": "2026-11-01 10:00:00",
        "paid_at": "2026-11-01 10:00:05",
        "promised_ship_at": "2026-11-03 10:00:05",
    }
    older = [
        # shipped time and tracking cleared: the export predates shipping
        row(p, "6920000000000000000", n=2, **base),
        # shipped earlier than stored
        row(
            p,
            "6920000000000000001",
            n=3,
            **{**base, "shipped_at": "2026-11-01 12:00:00", "tracking_no": "SF1000001"},
        ),
        # tracking number cleared only
        row(p, "6920000000000000002", n=4, **{**base, "shipped_at": "2026-11-02 09:00:00"}),
    ]
    result = apply_import(store, p, older, backup=False)
    assert (result.new, result.updated, result.unchanged, result.stale) == (0, 0, 0, 3)
    assert result.stale_keys == (
        ("6920000000000000000", ""),
        ("6920000000000000001", ""),
        ("6920000000000000002", ""),
    )
    assert dump(store.conn)["orders"] == before
    assert store.conn.execute("SELECT rows_stale FROM imports ORDER BY id DESC").fetchone() == (3,)


def test_fields_absent_from_the_sheet_never_overwrite(store: Store) -> None:
    full = plan(fields=("status_text", "picked_up_at", "buyer_note", "quantity"))
    apply_import(
        store,
        full,
        [
            row(
                full,
                "A1",
                status_text="已发货",
                picked_up_at="2026-11-02 18:00:00",
                buyer_note="请尽快",
                quantity=3,
            )
        ],
        backup=False,
    )
    narrow = plan(fields=("status_text",))
    result = apply_import(store, narrow, [row(narrow, "A1", status_text="已完成")], backup=False)
    assert result.updated == 1
    o = _order(store, "A1")
    assert (o["status_text"], o["picked_up_at"], o["buyer_note"], o["quantity"]) == (
        "已完成",
        "2026-11-02 18:00:00",
        "请尽快",
        3,
    )
    # a sheet that HAS the pickup column but leaves it blank keeps the stored pickup time,
    # while a mapped, blank text column is a real change (the note was removed)
    result = apply_import(
        store,
        full,
        [row(full, "A1", status_text="已完成", buyer_note="", quantity=3)],
        backup=False,
    )
    assert (result.updated, result.stale) == (1, 0)
    o = _order(store, "A1")
    assert (o["picked_up_at"], o["buyer_note"]) == ("2026-11-02 18:00:00", "")


def test_identical_duplicates_are_stored_once(store: Store) -> None:
    p = plan(sheets=("订单1", "订单2"))
    rows = list(order_stream(p, 3))
    dup = ParsedRow("订单2", 7, rows[1].key, rows[1].values, rows[1].raw_json, rows[1].raw_keys)
    result = apply_import(store, p, [*rows, dup], backup=False)
    assert (result.new, result.duplicates, result.rows) == (3, 1, 4)
    assert _order(store, rows[1].key[0])["source_row"] == rows[1].row


def test_conflicting_duplicates_keep_the_later_row_and_name_both(store: Store) -> None:
    p = plan()
    first = row(p, "X1", n=5, status_text="待发货")
    second = row(p, "X1", n=9, status_text="已发货")
    result = apply_import(store, p, [first, row(p, "X2", n=6), second], backup=False)
    assert (result.new, result.conflict_total) == (2, 1)
    assert _order(store, "X1")["status_text"] == "已发货"
    assert _order(store, "X1")["source_row"] == 9
    zh, en = result.conflicts[0].message()
    assert "row 5" in en and "row 9" in en and "第 5 行" in zh and "第 9 行" in zh
    assert store.conn.execute("SELECT rows_conflict FROM imports").fetchone()[0] == 1


@pytest.mark.parametrize("k", [0, 1, 2, 999, 1999, 2000, 2001, 3500, 4999])
def test_problem_at_row_k_rolls_back_everything(tmp_path: Path, k: int) -> None:
    db = tmp_path / "k.db"
    with open_store(db, daily_backup=False) as store:
        p = plan()
        apply_import(store, p, order_stream(p, 100, start=4000), backup=False)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before_rows = dump(store.conn)
        before_bytes = db.read_bytes()
        with pytest.raises(BadInput) as info:
            apply_import(store, p, with_problem_at(order_stream(p, 5000), k), backup=False)
        assert info.value.total == 1 and info.value.problems[0].row == k + 2
        assert dump(store.conn) == before_rows
        assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert not store.conn.in_transaction
    assert db.read_bytes() == before_bytes


def test_all_problems_are_counted_but_the_list_is_bounded(store: Store) -> None:
    p = plan()
    with pytest.raises(BadInput) as info:
        apply_import(store, p, with_problem_at(order_stream(p, 1000), 10, extra=500), backup=False)
    assert info.value.total == 500
    assert len(info.value.problems) == PROBLEM_LIMIT
    assert "另有" in info.value.render()


@pytest.mark.parametrize("after", [1, 2, 5])
def test_cancel_rolls_back(store: Store, after: int) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 10), backup=False)
    before = dump(store.conn)
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls >= after

    seen: list[int] = []
    with pytest.raises(Cancelled):
        apply_import(
            store,
            p,
            order_stream(p, 9000, start=5),
            progress=seen.append,
            cancelled=cancelled,
            backup=False,
        )
    assert dump(store.conn) == before
    assert seen and seen == sorted(seen)


@pytest.mark.parametrize("k", [0, 1500, 2000, 7777])
def test_failure_half_way_rolls_back(store: Store, k: int) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 10), backup=False)
    before = dump(store.conn)

    def exploding() -> Iterator[ParsedRow]:
        for i, r in enumerate(order_stream(p, 10000)):
            if i == k:
                raise OSError("zip member truncated")
            yield r

    with pytest.raises(OSError):
        apply_import(store, p, exploding(), backup=False)
    assert dump(store.conn) == before
    assert not store.conn.in_transaction


def test_logistics_updates_only_logistics_fields(store: Store) -> None:
    orders = plan(fields=("status_text", "tracking_no", "receiver_name"))
    apply_import(
        store,
        orders,
        [
            row(orders, "L1", "1", status_text="已发货", tracking_no="YT1", receiver_name="张三"),
            row(orders, "L1", "2", n=3, status_text="已发货", tracking_no="YT1"),
            row(orders, "L2", "", n=4, status_text="已发货", tracking_no="YT2"),
        ],
        backup=False,
    )
    logi = plan("logistics", fields=("picked_up_at", "online_at", "status_text", "receiver_name"))
    result = apply_import(
        store,
        logi,
        [
            # no sub-order id: applies to both sub-orders of L1; non-logistics fields ignored
            row(
                logi,
                "L1",
                picked_up_at="2026-11-02 18:00:00",
                online_at="2026-11-02 20:00:00",
                status_text="已签收",
                receiver_name="李四",
            ),
            row(logi, "L2", n=3, picked_up_at="2026-11-03 08:00:00"),
        ],
        backup=False,
    )
    assert (result.new, result.updated, result.unchanged, result.stale) == (0, 3, 0, 0)
    for sub in ("1", "2"):
        o = _order(store, "L1", sub)
        assert o["picked_up_at"] == "2026-11-02 18:00:00"
        assert o["online_at"] == "2026-11-02 20:00:00"
        assert o["status_text"] == "已发货"
        assert json.loads(o["logistics_raw_json"])["H_picked_up_at"] == "2026-11-02 18:00:00"
        assert o["logistics_import_id"] == result.import_id
    assert _order(store, "L1", "1")["receiver_name"] == "张三"
    raw = _raw(store, "L1", "1")
    assert raw is not None and raw["H_receiver_name"] == "张三" and "H_picked_up_at" not in raw
    # the order export later, without logistics columns, keeps the pickup time
    again = apply_import(
        store, orders, [row(orders, "L2", status_text="已完成", tracking_no="YT2")], backup=False
    )
    assert again.updated == 1
    assert _order(store, "L2")["picked_up_at"] == "2026-11-03 08:00:00"


def test_logistics_for_unknown_orders_is_refused(store: Store) -> None:
    logi = plan("logistics", fields=("picked_up_at",))
    before = dump(store.conn)
    with pytest.raises(BadInput) as info:
        apply_import(
            store, logi, [row(logi, "NOPE", n=4, picked_up_at="2026-11-03 08:00:00")], backup=False
        )
    problem = info.value.problems[0]
    assert (
        problem.row == 4 and problem.value == "NOPE" and "order sheet first" in problem.message_en
    )
    assert dump(store.conn) == before


def test_products_upsert(store: Store) -> None:
    p = plan("products", fields=("name", "promise_hours", "uses_freight_template"))
    result = apply_import(
        store,
        p,
        [
            row(p, "P1", name="保温杯", promise_hours=48, uses_freight_template=1),
            row(p, "P2", n=3, name="茶叶", promise_hours=24, uses_freight_template=0),
        ],
        backup=False,
    )
    assert (result.new, result.updated, result.unchanged) == (2, 0, 0)
    result = apply_import(
        store,
        p,
        [
            row(p, "P1", name="保温杯", promise_hours=72, uses_freight_template=1),
            row(p, "P2", n=3, name="茶叶", promise_hours=24, uses_freight_template=0),
        ],
        backup=False,
    )
    assert (result.new, result.updated, result.unchanged) == (0, 1, 1)
    got = store.conn.execute(
        "SELECT product_id, name, promise_hours, uses_freight_template, listed_at FROM products "
        "ORDER BY 1"
    ).fetchall()
    assert got == [("P1", "保温杯", 72, 1, None), ("P2", "茶叶", 24, 0, None)]


def test_platforms_are_separate_keys(store: Store) -> None:
    from policies.records import Platform

    a, b = plan(platform=Platform.DOUYIN), plan(platform=Platform.KUAISHOU)
    apply_import(store, a, order_stream(a, 3), backup=False)
    result = apply_import(store, b, order_stream(b, 3), backup=False)
    assert result.new == 3
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone() == (6,)


def test_backup_is_taken_before_import(store: Store) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 3))  # empty database: nothing to back up
    assert list_backups(store.path) == []
    apply_import(store, p, order_stream(p, 3))
    assert [b.reason for b in list_backups(store.path)] == ["import"]


def test_stream_of_only_problems_writes_nothing(store: Store) -> None:
    before = dump(store.conn)
    problems = [Problem("坏", "bad", row=i) for i in range(3)]
    with pytest.raises(BadInput) as info:
        apply_import(store, plan(), problems, backup=False)
    assert info.value.total == 3
    assert dump(store.conn) == before


def test_disk_full_during_import_is_clear_and_loses_nothing(store: Store) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 200), backup=False)
    before = dump(store.conn)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(BadInput) as info:
        apply_import(store, p, order_stream(p, 5000, start=1000), backup=False)
    assert "磁盘空间已满" in info.value.render()
    assert "disk is full" in info.value.render(english=True)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert dump(store.conn) == before
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    result = apply_import(store, p, order_stream(p, 50, start=1000), backup=False)
    assert result.new == 50  # and the store works normally once there is room again


def test_triplicates_and_hash_collisions(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.store.importer as importer_module

    p = plan()
    rows = list(order_stream(p, 5))
    triple = [rows[2], ParsedRow("订单", 20, rows[2].key, rows[2].values, "{}")] * 2
    monkeypatch.setattr(importer_module, "hash", lambda _key: 7, raising=False)  # all collide
    result = apply_import(store, p, [*rows, *triple], backup=False)
    assert (result.new, result.duplicates) == (5, 4)
    conflicting = row(p, rows[0].key[0], n=30, status_text="已取消")
    again = apply_import(store, p, [*rows, conflicting], backup=False)
    assert again.conflict_total == 1 and again.conflicts[0].later_row == 30
    assert again.conflicts[0].row == 2
    # the later row clears the stored ship time: an older snapshot, kept out by the stale rule
    assert again.stale == 1 and _order(store, rows[0].key[0])["status_text"] == "已发货"


def test_cancel_interrupts_the_merge_statement(store: Store) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 3000), backup=False)
    before = dump(store.conn)
    calls = 0

    def cancelled() -> bool:  # False while streaming (3 ticks), True once SQL polls it
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(Cancelled) as info:
        apply_import(
            store, p, order_stream(p, 3000, status_text="已完成"), cancelled=cancelled, backup=False
        )
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)  # interrupted mid-statement
    assert dump(store.conn) == before
    assert not store.conn.in_transaction
    assert apply_import(store, p, order_stream(p, 3000), backup=False).unchanged == 3000


@pytest.mark.parametrize("fieldname", ["quantity", "paid_amount_fen"])
def test_number_beyond_64_bits_is_a_problem_not_a_crash(store: Store, fieldname: str) -> None:
    p = plan()
    apply_import(store, p, order_stream(p, 5), backup=False)
    before = dump(store.conn)
    rows = list(order_stream(p, 2500, start=100))
    rows[2100] = row(p, "6920000000000009999", n=2202, **{fieldname: 10**20})
    with pytest.raises(BadInput) as info:
        apply_import(store, p, iter(rows), backup=False)
    [problem] = info.value.problems
    assert (problem.sheet, problem.row, problem.header) == ("订单", 2202, f"H_{fieldname}")
    assert "too large" in problem.message_en and problem.message
    assert dump(store.conn) == before
    assert not store.conn.in_transaction
