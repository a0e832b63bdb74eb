"""The order table's queries at scale: every common sort × filter finds a page's keys through an
index (never a full scan followed by a sort of everything), and the two ways of finding them —
in sort order, or through the filter's index for filters matching few orders — page through
exactly the same rows in the same order."""

from __future__ import annotations

import itertools
import sqlite3
from typing import Any

import pytest
from conftest import fill_store

from desktop_app.store.connection import Store
from desktop_app.store.read.columns import SORT_KEYS
from desktop_app.store.read.pages import (
    OrderFilter,
    PageQuery,
    fetch_page,
    page_queries,
    plan_pages,
    selective,
)

FILTERS = [
    OrderFilter(),
    OrderFilter(platform="douyin"),
    OrderFilter(shop="小店"),
    OrderFilter(platform="douyin", shop="小店"),
    OrderFilter(platform="douyin", search="围巾 7"),
    OrderFilter(platform="douyin", search="2300000000000000004 2300000000000000013"),
    OrderFilter(statuses=frozenset({"overdue"})),
    OrderFilter(statuses=frozenset({"overdue", "late"})),
    OrderFilter(platform="kuaishou", statuses=frozenset({"at_risk"})),
    OrderFilter(platform="aliexpress", statuses=frozenset({"overdue", "late"})),
    OrderFilter(false_shipping=True),
    OrderFilter(platform="kuaishou", false_shipping=True),
    OrderFilter(statuses=frozenset({"overdue"}), false_shipping=True),
    OrderFilter(platform="douyin", statuses=frozenset({"overdue"}), false_shipping=True),
]
VERDICT_SORTS = {"status": "gui_verdicts_urgency", "deadline": "gui_verdicts_deadline"}
VERDICT_SORTS |= {"countdown": "gui_verdicts_deadline", "money": "gui_verdicts_money"}
ORDER_SORTS = {"paid": "gui_orders_paid", "shipped": "gui_orders_shipped"}
ORDER_SORTS |= {"product": "gui_orders_product"}


def _plan(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[str]:
    return [str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def _full_scan(plan: list[str]) -> bool:
    """A step reading a whole table or index (SCAN), as opposed to a SEARCH by key or range —
    except the partial index of flagged verdicts, which holds only those, the list of
    platforms (`known`: a few index seeks) and the chips' matches (`m`, found by index)."""
    return any(
        step.startswith("SCAN ")
        and not step.startswith(("SCAN page", "SCAN known", "SCAN m"))
        and not step.endswith("INDEX gui_verdicts_false_shipping")
        for step in plan
    )


@pytest.fixture
def big(empty_store: Store) -> Store:
    fill_store(empty_store.conn, 3000, evaluated=2900)
    return empty_store


def test_no_key_search_scans_everything_and_then_sorts(big: Store) -> None:
    conn = big.conn
    for flt, column, desc in itertools.product(FILTERS, SORT_KEYS, (False, True)):
        for few in (False, True):
            for query in page_queries(flt, column, desc, 200, few=few):
                plan = _plan(conn, query.key_sql, query.params)
                sorts = any("TEMP B-TREE" in step for step in plan)
                assert not (sorts and _full_scan(plan)), (flt, column, desc, few, plan)
                if few and flt.chips:  # found through the chips' own indexes
                    assert not _full_scan(plan), (flt, column, desc, plan)


def test_a_status_chip_sorted_by_an_order_column_reads_the_small_verdict_index(
    big: Store,
) -> None:
    """The 逾期 chip sorted by paid time (the slow case at a million orders): the paid index in
    order, each order's status looked up in the small key index, not in the verdict rows."""
    flt = OrderFilter(statuses=frozenset({"overdue"}))
    (query,) = page_queries(flt, "paid", True, 200)
    plan = _plan(big.conn, query.key_sql, query.params)
    assert any("gui_orders_paid" in step for step in plan), plan
    assert any("COVERING INDEX gui_verdicts_key" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


def test_a_status_chip_matching_many_sorted_by_time_reads_the_narrow_key_index(
    big: Store,
) -> None:
    """The 待发 chip oldest first (its orders sit at the far end of the paid order): found through
    the status index, each match's paid time from the narrow key/time index (schema v5), not from
    the order rows."""
    for column in ("paid", "shipped"):
        flt = OrderFilter(statuses=frozenset({"pending"}))
        (query,) = page_queries(flt, column, False, 200, few=True)
        plan = _plan(big.conn, query.key_sql, query.params)
        assert any("COVERING INDEX gui_orders_key_times" in step for step in plan), plan


def test_a_platform_matching_many_reads_the_global_sort_index_in_order(big: Store) -> None:
    """No index per platform (schema v8): a big platform, alone or with a chip matching many of
    its orders, is read in the sort's own index order, skipping other rows — never sorted whole."""
    for flt in (
        OrderFilter(platform="kuaishou"),
        OrderFilter(platform="kuaishou", statuses=frozenset({"at_risk"})),
        OrderFilter(platform="kuaishou", shop="小店"),
        OrderFilter(platform="kuaishou", search="围巾 7"),
    ):
        for column, index in (VERDICT_SORTS | ORDER_SORTS).items():
            for desc in (False, True):
                query = page_queries(flt, column, desc, 200, unevaluated=False)[0]
                plan = _plan(big.conn, query.key_sql, query.params)
                # The index alone decides what to skip (for the shop, only the platform's
                # orders are read).
                assert any(f"COVERING INDEX {index}" in step for step in plan), (flt, plan)
                assert not any("TEMP B-TREE" in step for step in plan), (flt, column, plan)
        # Sorted by platform or order id, the platform is a range of the primary key (or of the
        # narrow key/time index), in order.
        for column, few in itertools.product(("platform", "order_id"), (False, True)):
            if few and (flt.chips or flt.shop):
                continue  # found through the chips' or the shop's own index
            query = page_queries(flt, column, False, 200, few=few)[0]
            plan = _plan(big.conn, query.key_sql, query.params)
            assert plan[0].startswith("SEARCH o USING") and "(platform=?)" in plan[0], plan
            assert not any("TEMP B-TREE" in step for step in plan), (flt, column, plan)


def test_a_platform_matching_few_is_found_by_its_key_and_sorted(big: Store) -> None:
    """A small platform's rows are a range of the primary key (verdicts) or of a narrow index
    leading with the platform (orders), read and sorted — not the whole sort index skipped."""
    flt = OrderFilter(platform="aliexpress")
    for column in (*VERDICT_SORTS, *ORDER_SORTS):
        query = page_queries(flt, column, False, 200, few=True)[0]
        plan = _plan(big.conn, query.key_sql, query.params)
        assert plan[0].startswith("SEARCH") and "(platform=?)" in plan[0], (column, plan)
        assert not _full_scan(plan), (column, plan)


def test_a_chip_matching_few_is_found_through_the_platform_and_status_index(big: Store) -> None:
    """With or without a platform filter: `verdicts_status` (platform, status) — for every
    platform in turn when none is chosen — then sorted."""
    for flt in (
        OrderFilter(statuses=frozenset({"overdue"})),
        OrderFilter(statuses=frozenset({"overdue", "late"})),
        OrderFilter(platform="aliexpress", statuses=frozenset({"pending"})),
    ):
        for column in SORT_KEYS:
            query = page_queries(flt, column, True, 200, few=True)[0]
            plan = _plan(big.conn, query.key_sql, query.params)
            assert "INDEX verdicts_status (platform=? AND status=?)" in plan[0], (flt, plan)
            assert not _full_scan(plan), (flt, column, plan)


def test_plan_pages_counts_a_skewed_database(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One platform huge, another tiny: the tiny one (alone or with a chip) is found and sorted,
    the huge one read in sort order; both ways give the rows the other would."""
    from desktop_app.store.read import pages

    fill_store(empty_store.conn, 1260, blocks=[("kuaishou", 1200), ("aliexpress", 60)])
    conn = empty_store.conn
    monkeypatch.setattr(pages, "SELECTIVE_ROWS", 100)
    monkeypatch.setattr(pages, "SELECTIVE_ROWS_BY_TIME", 100)
    cases = [
        (OrderFilter(platform="aliexpress"), True),
        (OrderFilter(platform="kuaishou"), False),
        (OrderFilter(platform="aliexpress", statuses=frozenset({"late"})), True),
        (OrderFilter(platform="kuaishou", statuses=frozenset({"late", "overdue"})), False),
        (OrderFilter(platform="kuaishou", statuses=frozenset({"late"})), False),
    ]
    for flt, few in cases:
        assert selective(conn, flt, 100) == few, flt
        for column in ("status", "money", "paid", "product"):
            query = plan_pages(conn, flt, column, False, 37)[0]
            plan = _plan(conn, query.key_sql, query.params)
            sorts = any("TEMP B-TREE" in step for step in plan)
            assert sorts == few, (flt, column, plan)
            ordered = _all_rows(conn, page_queries(flt, column, False, 37))
            assert _all_rows(conn, page_queries(flt, column, False, 37, few=True)) == ordered
            expected = conn.execute(
                "SELECT COUNT(*) FROM orders o JOIN verdicts v USING (platform, order_id, "
                "sub_order_id) WHERE o.platform = ?"
                + (
                    f" AND v.status IN ({', '.join('?' for _ in flt.statuses)})"
                    if flt.statuses
                    else ""
                ),
                (flt.platform, *sorted(flt.statuses)),
            ).fetchone()[0]
            assert len(ordered) == expected, (flt, column)


def _all_rows(conn: sqlite3.Connection, segments: list[PageQuery]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for query in segments:
        after = None
        while True:
            page = fetch_page(conn, query, after)
            rows += [r[:3] for r in page]
            if len(page) < 37:
                break
            after = tuple(page[-1][-query.key_width :])
    return rows


def test_both_ways_page_through_the_same_rows(big: Store) -> None:
    conn = big.conn
    for flt, column, desc in itertools.product(FILTERS, SORT_KEYS, (False, True)):
        ordered = _all_rows(conn, page_queries(flt, column, desc, 37))
        found = _all_rows(conn, page_queries(flt, column, desc, 37, few=True))
        assert found == ordered, (flt, column, desc)
        assert len(set(ordered)) == len(ordered)  # no row twice across page boundaries


def test_selective_counts_the_filter(big: Store) -> None:
    conn = big.conn
    assert not selective(conn, OrderFilter())
    assert selective(conn, OrderFilter(statuses=frozenset({"overdue"})), limit=1000)
    assert not selective(conn, OrderFilter(statuses=frozenset({"overdue"})), limit=100)
    assert selective(conn, OrderFilter(false_shipping=True))
    assert selective(conn, OrderFilter(shop="no such shop"))
    segments = plan_pages(conn, OrderFilter(false_shipping=True), "paid", False, 200)
    plan = _plan(conn, segments[0].key_sql, segments[0].params)
    assert any("gui_verdicts_false_shipping" in step for step in plan), plan


def test_has_unevaluated_follows_other_connections_writes(empty_store: Store) -> None:
    """The answer is kept between pages, but another connection's commit (an import, an
    evaluation) is seen at once."""
    from desktop_app.store.read.pages import has_unevaluated

    fill_store(empty_store.conn, 30)
    reader = sqlite3.connect(empty_store.path, isolation_level=None)
    try:
        assert not has_unevaluated(reader)
        assert not has_unevaluated(reader)
        empty_store.conn.execute("DELETE FROM verdict_rows WHERE order_id = '2300000000000000003'")
        assert has_unevaluated(reader)
    finally:
        reader.close()


def test_a_deep_page_starts_its_index_range_at_the_last_key(big: Store) -> None:
    """Keyset paging: the page after a key is a range of the sort index from that key (SEARCH),
    not a read of the index from its start (SCAN) — page 5,000 costs what page 2 does."""
    conn = big.conn
    for column, desc in itertools.product(SORT_KEYS, (False, True)):
        query = page_queries(OrderFilter(), column, desc, 50, unevaluated=False)[0]
        page = fetch_page(conn, query, None)
        after = tuple(page[-1][-query.key_width :])
        plan = _plan(conn, query.after_sql, (*query.params, *after, after[0]))
        assert plan[1].startswith("SEARCH"), (column, desc, plan)


def test_a_pasted_id_list_finds_exactly_those_orders_through_indexes(big: Store) -> None:
    """A platform's list of penalised orders pasted into the search box: those orders (by order
    id, sub-order id or tracking number), whatever the sort, found through the id indexes."""
    from desktop_app.store.read.pages import MAX_LISTED_IDS, id_list

    assert id_list("2300000000000000001") == []  # one id: the prefix search as before
    assert id_list("2300000000000000001 张三") == []  # not all ids: a text search
    assert id_list(
        " 2300000000000000001\r\n2300000000000000002，SF1000007、 2300000000000000001 "
    ) == [
        "2300000000000000001",
        "2300000000000000002",
        "SF1000007",
    ]
    assert len(id_list(" ".join(f"SF{i:07d}" for i in range(MAX_LISTED_IDS + 5)))) == MAX_LISTED_IDS
    conn = big.conn
    douyin_sub = conn.execute(
        "SELECT sub_order_id FROM orders WHERE platform = 'douyin' AND sub_order_id <> '' LIMIT 1"
    ).fetchone()[0]
    text = (
        "2300000000000000003\n2300000000000000010；SF1000008 " + douyin_sub + " 2399999999999999999"
    )
    want = {"2300000000000000003", "2300000000000000010", "2300000000000000008", douyin_sub[:-1]}
    for column, desc in itertools.product(SORT_KEYS, (False, True)):
        flt = OrderFilter(search=text)
        segments = plan_pages(conn, flt, column, desc, 200)
        rows = _all_rows(conn, segments)
        assert {r[1] for r in rows} == want and len(rows) == len(want), (column, desc, rows)
        for query in segments:
            plan = _plan(conn, query.key_sql, query.params)
            assert not _full_scan(plan), (column, desc, plan)


def test_chip_counts_add_up_each_platforms_counts(big: Store) -> None:
    """Counted per (platform, status) in the order of `verdicts_status` (no index leads with the
    status since schema v8) and added up: the same as counting by status."""
    from desktop_app.store.read.pages import status_counts

    conn = big.conn
    for platform in ("", "douyin"):
        counts = status_counts(conn, OrderFilter(platform=platform))
        where = " WHERE platform = ?" if platform else ""
        params = (platform,) if platform else ()
        expected = dict(
            conn.execute(f"SELECT status, COUNT(*) FROM verdicts{where} GROUP BY status", params)
        )
        assert {s: n for s, n in counts.items() if s in expected} == expected
        total = conn.execute(f"SELECT COUNT(*) FROM orders{where}", params).fetchone()[0]
        assert counts["all"] == total
        assert counts[""] == total - sum(expected.values())
    plan = _plan(
        conn, "SELECT v.status, COUNT(*) FROM verdict_rows v GROUP BY v.platform, v.status", ()
    )
    assert plan == ["SCAN v USING COVERING INDEX verdicts_status"], plan
