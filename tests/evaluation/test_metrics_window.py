"""`metrics_for` loads only the orders a period can count (plus those sharing a tracking number):
its metrics equal those computed over every stored order, for weeks and months of each platform,
across shops, with a presale order due long after payment, orders due by their product's promise
(no promised time), a false-shipping pair split across periods, a shop whose only pickup scan lies
in another period, and a K4 waiver spent on an order of the following week."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from benchmarks.engine import AREAS, BASE, make_orders, products
from desktop_app.evaluation import metrics_for
from desktop_app.evaluation.load import load_inputs
from desktop_app.evaluation.metrics import PROMISED_IS_DEADLINE
from desktop_app.store.connection import Store
from desktop_app.store.settings import set_setting
from policies.douyin_d5 import promise_span
from policies.engine import evaluate_orders
from policies.metrics import platform_metrics
from policies.params import ParameterSet
from policies.records import Platform, PlatformMetrics
from tests.evaluation.storedata import (
    insert_cross_period_orders,
    insert_orders,
    synthetic_store,
)

AS_OF = BASE + timedelta(days=30)
SHOPS = ("", "预售店", "扫描店", "无扫描店")


def _everything(
    store: Store, platform: Platform, period: str, start: date, shop: str
) -> PlatformMetrics:
    inputs = load_inputs(store, platform)
    return platform_metrics(
        platform,
        inputs.orders,
        AS_OF,
        period,
        start,
        shop=shop,
        params=inputs.params,
        products=inputs.products,
        areas=inputs.areas,
        seller_values=inputs.settings,
    )


def _t(days: float, hours: float = 0) -> str:
    return (BASE + timedelta(days=days, hours=hours)).strftime("%Y-%m-%d %H:%M:%S")


def _monday(d: datetime) -> date:
    return d.date() - timedelta(days=d.weekday())


def insert_window_edge_orders(store: Store) -> None:
    """Orders only a careful window finds (BASE is Saturday 2024-06-01):
    - in 预售店, a Kuaishou and a Douyin order without a promised time, paid on Sunday 06-09 at
      20:00 with a 72-hour product (P2), so due on Wednesday 06-12 — in the week after the one
      they were paid in, shipped never (overdue);
    - in 扫描店, a Kuaishou order shipped in the week of 06-10 without a pickup scan, and one paid,
      shipped and scanned in the week of 06-24 (after one never paid, excluded, but scanned, and
      one whose scan is stored empty):
      the shop's data carry pickup scans, so the first week's pickup-anomaly rate is measurable
      although none of its own orders has one;
    - in 无扫描店 the same, but the scanned order was never paid (excluded): not measurable;
    - in 预售店, a 闪电购 order of an in-stock product paid in the week of 06-10 (K4 counts it
      paid, not in stock)."""
    insert_orders(
        store.conn,
        [
            {
                "platform": "kuaishou",
                "order_id": "2298000000000000001",
                "paid_at": _t(8, 20),
                "product_id": "P2",
                "paid_amount_fen": 1000,
                "shop": "预售店",
            },
            {
                "platform": "douyin",
                "order_id": "4998000000000000001",
                "sub_order_id": "49980000000000000011",
                "paid_at": _t(8, 20),
                "promised_ship_at": "",  # stored empty: no promised time either
                "product_id": "P2",
                "paid_amount_fen": 1000,
                "shop": "预售店",
            },
            {
                "platform": "kuaishou",
                "order_id": "2298000000000000002",
                "order_type": "闪电购",
                "paid_at": _t(11, 10),
                "promised_ship_at": _t(16, 10),
                "shipped_at": _t(12),
                "product_id": "P0",
                "shop": "预售店",
            },
            {
                "platform": "kuaishou",
                "order_id": "2297000000000000000",
                "promised_ship_at": _t(25),
                "shipped_at": _t(24, 5),
                "picked_up_at": _t(24, 8),
                "shop": "扫描店",
            },
            {
                "platform": "kuaishou",
                "order_id": "2297000000000000001",
                "paid_at": _t(10),
                "promised_ship_at": _t(11),
                "shipped_at": _t(10, 5),
                "shop": "扫描店",
            },
            {
                "platform": "kuaishou",
                "order_id": "22970000000000000015",
                "paid_at": _t(23),
                "promised_ship_at": _t(24),
                "shipped_at": _t(23, 5),
                "picked_up_at": "",  # stored empty: no scan
                "shop": "扫描店",
            },
            {
                "platform": "kuaishou",
                "order_id": "2297000000000000002",
                "paid_at": _t(24),
                "promised_ship_at": _t(25),
                "shipped_at": _t(24, 5),
                "picked_up_at": _t(24, 8),
                "shop": "扫描店",
            },
            {
                "platform": "kuaishou",
                "order_id": "2296000000000000001",
                "paid_at": _t(10),
                "promised_ship_at": _t(11),
                "shipped_at": _t(10, 5),
                "shop": "无扫描店",
            },
            {
                "platform": "kuaishou",
                "order_id": "2296000000000000002",
                "promised_ship_at": _t(25),
                "shipped_at": _t(24, 5),
                "picked_up_at": _t(24, 8),
                "shop": "无扫描店",
            },
        ],
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with synthetic_store(tmp_path_factory.mktemp("m") / "m.db", 1500, seed=11) as s:
        insert_cross_period_orders(s.conn)
        insert_window_edge_orders(s)
        yield s


def _each_period() -> list[tuple[str, date]]:
    out = []
    day = BASE.date() - timedelta(days=BASE.weekday())
    while day <= (BASE + timedelta(days=31)).date():
        out += [("week", day), ("month", day)]
        day += timedelta(days=7)
    return out


def test_period_orders_give_the_metrics_of_all_orders(store: Store) -> None:
    for platform in Platform:
        for shop in SHOPS:
            for period, day in _each_period():
                windowed = metrics_for(store, platform, period, day, AS_OF, shop=shop)
                assert windowed == _everything(store, platform, period, day, shop), (
                    platform,
                    shop,
                    period,
                    day,
                )


def test_the_edge_orders_really_count(store: Store) -> None:
    # the presale order is due (and overdue) in its week though paid 80 days before; the
    # in-period Douyin order carries D1's false-shipping compensation because of an order paid two
    # months earlier
    k = metrics_for(store, "kuaishou", "week", _monday(BASE + timedelta(days=9)), AS_OF, "预售店")
    d = metrics_for(store, "douyin", "week", _monday(BASE + timedelta(days=3)), AS_OF, "预售店")
    assert d.money_at_stake == 15 and d.on_time_rate.denominator == 1
    # the week of 06-10 holds the presale order and the two due by their product's promise
    assert (k.on_time_rate.numerator, k.on_time_rate.denominator) == (0, 2)
    d = metrics_for(store, "douyin", "week", date(2024, 6, 10), AS_OF, "预售店")
    assert (d.on_time_rate.numerator, d.on_time_rate.denominator) == (0, 1)
    # the shop's one pickup scan is in another week: measured (one shipment, no scan in time)
    s = metrics_for(store, "kuaishou", "week", date(2024, 6, 10), AS_OF, "扫描店")
    assert s.pickup_anomaly_rate.measurable
    assert (s.pickup_anomaly_rate.numerator, s.pickup_anomaly_rate.denominator) == (1, 1)
    n = metrics_for(store, "kuaishou", "week", date(2024, 6, 10), AS_OF, "无扫描店")
    assert not n.pickup_anomaly_rate.measurable
    waiver = k.high_stock_waiver
    assert waiver is not None and (waiver.paid_orders, waiver.in_stock_ratio) == (1, 0)


def test_a_waiver_spent_in_the_following_week(tmp_path: Path) -> None:
    """With K4's thresholds at zero every week with paid orders earns the waiver, spent on the
    following week's late order with the largest penalty, then the largest paid amount."""
    store = synthetic_store(tmp_path / "k4.db", 1500, seed=11)
    with store:
        for key in (
            "kuaishou.k4.paid_orders_threshold",
            "kuaishou.k4.in_stock_ratio_threshold",
            "kuaishou.k4.on_time_rate_threshold",
        ):
            set_setting(store.conn, key, 0)
        set_setting(store.conn, "kuaishou.k4.overdue_penalty", 50)
        suggested = 0
        for _, day in _each_period()[::2]:
            for shop in ("", "预售店"):
                windowed = metrics_for(store, "kuaishou", "week", day, AS_OF, shop=shop)
                assert windowed == _everything(store, Platform.KUAISHOU, "week", day, shop)
                waiver = windowed.high_stock_waiver
                suggested += waiver is not None and waiver.suggested_order is not None
        assert suggested >= 3


def test_kuaishou_deadlines_are_the_standard_ones() -> None:
    """The premise of `PROMISED_IS_DEADLINE`: a Kuaishou order's deadline is its promised ship
    time when it has one, else payment + its product's promise hours (or none)."""
    orders = make_orders(900, seed=3)
    orders += [o._replace(promised_ship_at=None) for o in orders]
    sheet = products()
    hours = {(p.platform, p.product_id): p.promise_hours for p in sheet}
    verdicts = evaluate_orders(orders, AS_OF, None, sheet, AREAS, explain=False)
    checked = 0
    for o, v in zip(orders, verdicts, strict=True):
        if o.platform not in PROMISED_IS_DEADLINE or v.deadline is None:
            continue
        assert o.paid_at is not None
        h = hours[(o.platform, o.product_id)] or 0
        assert v.deadline == (o.promised_ship_at or o.paid_at + timedelta(hours=h)), o
        checked += 1
    assert checked > 500


def test_douyin_deadlines_lie_within_the_promise_span() -> None:
    """The premise of Douyin's window: from 2025-09-29 (D5) a Douyin order's deadline is its
    promised time, or lies between payment and payment + `promise_span` (a product's promise
    type or length, the shorter promise winning) — so the window's look-back by payment finds
    every order due in a period."""
    shift = datetime(2025, 10, 6) - BASE  # into D5's promise types and shortest promise
    times = ("created_at", "paid_at", "promised_ship_at", "shipped_at", "picked_up_at")
    orders = [
        o._replace(**{f: getattr(o, f) + shift for f in times if getattr(o, f) is not None})
        for o in make_orders(900, seed=3)
    ]
    orders += [o._replace(promised_ship_at=None) for o in orders]
    kinds = ("当日发货", "次日发货", "48小时发货", "自主设置", "质检仓", "")
    sheet = [
        dataclasses.replace(p, promise_type=kinds[i % len(kinds)]) for i, p in enumerate(products())
    ]
    params = ParameterSet()
    longest = max(p.promise_hours or 0 for p in sheet if p.platform == Platform.DOUYIN)
    span = promise_span(params, longest)
    verdicts = evaluate_orders(orders, AS_OF + shift, params, sheet, AREAS, explain=False)
    checked = 0
    for o, v in zip(orders, verdicts, strict=True):
        if o.platform != Platform.DOUYIN or v.deadline is None:
            continue
        assert o.paid_at is not None
        if v.deadline != o.promised_ship_at:
            assert o.paid_at <= v.deadline <= o.paid_at + span, o
            checked += 1
    assert checked > 100


def test_without_products(tmp_path: Path) -> None:
    """No product sheet: an order without a promised time has no deadline; the rest as usual."""
    with synthetic_store(tmp_path / "np.db", 600, seed=5) as store:
        insert_window_edge_orders(store)
        store.conn.execute("DELETE FROM products")
        for platform in Platform:
            for period, day in _each_period()[2:6]:
                for shop in ("", "预售店"):
                    windowed = metrics_for(store, platform, period, day, AS_OF, shop=shop)
                    assert windowed == _everything(store, platform, period, day, shop)
