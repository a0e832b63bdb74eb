"""The order table's rows against a plain reference: every filter × sort × direction, found every
way the queries can (in the sort's order, through the filter's own indexes, through the narrow key
index for a text search, and through a fallback taken mid-way), gives exactly the rows and the
order a straightforward reading of every order and verdict in Python gives — and the chip counts
are those of that reading."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from conftest import fill_store

from desktop_app.store.connection import Store
from desktop_app.store.read import interrupts, pages
from desktop_app.store.read.columns import SORT_KEYS
from desktop_app.store.read.pages import (
    OrderFilter,
    PageQuery,
    fetch_page,
    page_queries,
    plan_pages,
    status_counts,
)

PAGE = 23
FLAGGED = '["false_shipping"]'
FILTERS = [
    OrderFilter(),
    OrderFilter(search="张三1"),  # a 3-character name: 张三1, 张三10, 张三11, 张三12
    OrderFilter(search="张三"),  # every receiver
    OrderFilter(search="李四"),  # nobody
    OrderFilter(search="scarf"),  # ASCII matches whatever the case (Wool SCARF)
    OrderFilter(search="100%"),  # a literal %, not a wildcard
    OrderFilter(search="号 3"),
    OrderFilter(platform="douyin", search="张三1"),
    OrderFilter(shop="小店", search="围巾 1"),
    OrderFilter(shop="小店"),
    OrderFilter(platform="kuaishou", shop="旗舰店"),
    OrderFilter(statuses=frozenset({"overdue"}), search="张三1"),
    OrderFilter(statuses=frozenset({"excluded"}), false_shipping=True),
    OrderFilter(statuses=frozenset({"late", "at_risk"}), false_shipping=True),
    OrderFilter(platform="douyin", statuses=frozenset({"pending"}), false_shipping=True),
    OrderFilter(statuses=frozenset({"on_time"}), false_shipping=True, search="张三"),
    OrderFilter(false_shipping=True, search="scarf"),
    OrderFilter(false_shipping=True),
]


@pytest.fixture
def mixed(empty_store: Store) -> Store:
    """600 orders of three platforms (570 evaluated), flags on every status, mixed-case texts."""
    conn = empty_store.conn
    fill_store(conn, 600, evaluated=570)
    conn.execute(
        "UPDATE verdict_rows SET flags_json = ? WHERE CAST(order_id AS INTEGER) % 17 = 3",
        (FLAGGED,),
    )
    conn.execute(
        "UPDATE orders SET product_name = 'Wool SCARF 100% 号 3' "
        "WHERE CAST(order_id AS INTEGER) % 29 = 5"
    )
    return empty_store


def _reference(conn: sqlite3.Connection, flt: OrderFilter, column: str, desc: bool) -> list[Any]:
    """The rows' keys, filtered and sorted in Python from a plain read of both tables."""
    verdicts = {
        (r[0], r[1], r[2]): r[3:]
        for r in conn.execute(
            "SELECT platform, order_id, sub_order_id, status, urgency, deadline, "
            "compensation_fen, flags_json FROM verdict_rows NOT INDEXED"
        )
    }
    text = flt.search.strip()

    def found(order: tuple[Any, ...]) -> bool:
        platform, order_id, sub, shop, product, _paid, _shipped, tracking, receiver = order
        if (flt.platform and platform != flt.platform) or (flt.shop and shop != flt.shop):
            return False
        if text:
            exact = text in (order_id, sub, tracking)
            within = [text.lower() in c.lower() for c in (order_id, tracking, receiver, product)]
            if not (exact or any(within)):
                return False
        verdict = verdicts.get((platform, order_id, sub))
        if flt.chips:
            if verdict is None:
                return False
            return verdict[0] in flt.statuses or (flt.false_shipping and verdict[4] == FLAGGED)
        return True

    def sort_key(order: tuple[Any, ...]) -> tuple[Any, ...]:
        platform, order_id, sub, _shop, product, paid, shipped, _tracking, _receiver = order
        pk = (platform, order_id, sub)
        verdict = verdicts.get(pk)
        if SORT_KEYS[column].driver == "verdicts":
            if verdict is None:  # after every evaluated order, in key order
                return (1, *pk)
            _status, urgency, deadline, money, _flags = verdict
            deadline = "~" if deadline is None else deadline
            first = {
                "status": (urgency, deadline),
                "money": (-1 if money is None else money,),
            }.get(column, (deadline,))
            return (0, *first, *pk)
        return {
            "platform": pk,
            "order_id": (order_id, platform, sub),
            "product": (product, *pk),
            "paid": (paid or "", *pk),
            "shipped": (shipped or "", *pk),
        }[column]

    orders = conn.execute(
        "SELECT platform, order_id, sub_order_id, shop, product_name, paid_at, shipped_at, "
        "tracking_no, receiver_name FROM orders NOT INDEXED"
    ).fetchall()
    rows = sorted((o for o in orders if found(o)), key=sort_key, reverse=desc)
    return [tuple(o[:3]) for o in rows]


def _all_rows(conn: sqlite3.Connection, segments: list[PageQuery]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for query in segments:
        after = None
        while True:
            page = fetch_page(conn, query, after)
            rows += [tuple(r[:3]) for r in page]
            assert len(rows) <= 600, "a page came again"
            if len(page) < PAGE:
                break
            after = tuple(page[-1][-query.key_width :])
    return rows


def _ways(conn: sqlite3.Connection, flt: OrderFilter) -> dict[str, Callable[..., list[PageQuery]]]:
    ways: dict[str, Callable[..., list[PageQuery]]] = {
        "in sort order": lambda c, d: page_queries(flt, c, d, PAGE),
        "found": lambda c, d: page_queries(flt, c, d, PAGE, few=True),
        "planned": lambda c, d: plan_pages(conn, flt, c, d, PAGE),
    }
    if pages._text_search(flt):
        ways["narrow"] = lambda c, d: page_queries(flt, c, d, PAGE, finder="search")
    return ways


def test_every_way_gives_the_reference_rows(mixed: Store) -> None:
    conn = mixed.conn
    for flt in FILTERS:
        for column, desc in itertools.product(SORT_KEYS, (False, True)):
            expected = _reference(conn, flt, column, desc)
            for way, segments in _ways(conn, flt).items():
                assert _all_rows(conn, segments(column, desc)) == expected, (flt, column, desc, way)


@pytest.mark.parametrize("first_page", [True, False])
def test_a_fallback_taken_at_any_page_gives_the_reference_rows(
    mixed: Store, monkeypatch: pytest.MonkeyPatch, first_page: bool
) -> None:
    """Reading in the sort's order gives up at once (no time allowed) — on the first page, or on
    the second after a first page read in order: that page is found the other way, and so is
    every later page of that query."""
    conn = mixed.conn
    monkeypatch.setattr(pages, "SELECTIVE_ROWS", 0)
    monkeypatch.setattr(pages, "SELECTIVE_ROWS_BY_TIME", 0)
    monkeypatch.setattr(interrupts, "STEPS", 1)
    fetch = pages.fetch_page

    def budget_after_the_first_page(
        conn: sqlite3.Connection, query: PageQuery, after: tuple[Any, ...] | None
    ) -> list[tuple[Any, ...]]:
        no_time = first_page or after is not None
        if query.fallback is not None:
            query = pages.replace(query, budget=-1.0 if no_time else 1e9)
        return fetch(conn, query, after)

    monkeypatch.setitem(globals(), "fetch_page", budget_after_the_first_page)
    fell_back = 0
    for flt in FILTERS:
        for column, desc in itertools.product(SORT_KEYS, (False, True)):
            segments = plan_pages(conn, flt, column, desc, PAGE)
            if pages._text_search(flt) or (flt.chips and column not in ("platform",)):
                assert any(q.fallback is not None for q in segments), (flt, column)
            rows = _all_rows(conn, segments)
            assert rows == _reference(conn, flt, column, desc), (flt, column, desc)
            fell_back += sum(bool(q.fell_back) for q in segments)
    assert fell_back > 100
    monkeypatch.setitem(globals(), "fetch_page", fetch)
    # Each page tries the sort's order first again.
    flt = OrderFilter(search="张三")
    (query, _rest) = plan_pages(conn, flt, "status", False, PAGE)
    assert query.fallback is not None and query.budget == pages.SEARCH_BUDGET
    query = pages.replace(query, budget=-1.0)
    page = fetch_page(conn, query, None)
    assert query.fell_back == [True]
    query = pages.replace(query, budget=1e9)
    after = tuple(page[-1][-query.key_width :])
    assert fetch_page(conn, query, after) == fetch_page(conn, query.fallback, after)
    assert query.fell_back == [True]


def test_an_error_other_than_the_budget_is_raised(
    mixed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = mixed.conn
    (query, _rest) = plan_pages(conn, OrderFilter(search="张三"), "status", False, PAGE)
    assert query.fallback is not None
    broken = pages.replace(query, first_sql="SELECT * FROM no_such_table")
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        fetch_page(conn, broken, None)
    assert not broken.fell_back
    # The progress handler is gone after each page: a long statement runs uninterrupted.
    monkeypatch.setattr(interrupts, "STEPS", 1)
    fetch_page(conn, pages.replace(query, budget=-1.0), None)
    assert conn.execute("SELECT COUNT(*) FROM orders a, orders b").fetchone()[0] == 600 * 600


def test_a_read_no_longer_wanted_is_not_taken_for_a_budget_run_out(mixed: Store) -> None:
    """On the reader's connection a page query stops also when its job is stale; that stop must
    end the job, not send it down the (costlier) fallback."""
    conn = sqlite3.connect(mixed.path, factory=interrupts.WatchedConnection)
    try:
        (query, _rest) = plan_pages(conn, OrderFilter(search="张三"), "status", False, PAGE)
        assert query.fallback is not None
        query = pages.replace(query, budget=1e9)
        interrupts.watch(conn, lambda: True)
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            fetch_page(conn, query, None)
        assert not query.fell_back
        interrupts.watch(conn, None)
        assert fetch_page(conn, query, None)  # wanted again: the page comes
    finally:
        conn.close()


def test_chip_counts_are_the_references(mixed: Store) -> None:
    conn = mixed.conn
    for flt in FILTERS:
        plain = OrderFilter(platform=flt.platform, shop=flt.shop, search=flt.search)
        rows = set(_reference(conn, plain, "platform", False))
        verdicts = {
            (r[0], r[1], r[2]): (r[3], r[4])
            for r in conn.execute(
                "SELECT platform, order_id, sub_order_id, status, flags_json FROM verdict_rows"
            )
        }
        expected: dict[str, int] = {}
        for key in rows:
            status = verdicts[key][0] if key in verdicts else ""
            expected[status] = expected.get(status, 0) + 1
        expected["false_shipping"] = sum(
            1 for key in rows if key in verdicts and verdicts[key][1] == FLAGGED
        )
        expected["all"] = len(rows)
        expected.setdefault("", 0)
        # the rows the table shows with the chips too: exactly what the reference reading lists
        expected["shown"] = len(set(_reference(conn, flt, "platform", False)))
        assert status_counts(conn, flt) == expected, flt
