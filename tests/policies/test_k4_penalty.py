"""K4's overdue-unshipped penalty (kuaishou.k4.overdue_penalty) where the data cases cannot reach:
penalties that differ between orders (dated values) and the bulk path."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal

from policies.engine import evaluate_orders
from policies.metrics import platform_metrics
from policies.params import Entry, ParameterSet, definitions
from policies.records import Address, OrderRecord, Platform, ProductRecord

KEY = "kuaishou.k4.overdue_penalty"


def _dated_penalty() -> ParameterSet:
    """Bundled definitions, the penalty 50 from 2023-02-15 and 80 from 2023-03-16 (a dated change
    only the parameter files can make: seller settings have no date)."""
    defs = dict(definitions())
    p = defs[KEY]
    defs[KEY] = dataclasses.replace(
        p,
        entries=(
            Entry(datetime(2023, 2, 15), Decimal(50), "test"),
            Entry(datetime(2023, 3, 16), Decimal(80), "test"),
        ),
    )
    return ParameterSet(defs)


def _order(n: int, paid: str, promised: str, shipped: str | None, amount: str) -> OrderRecord:
    return OrderRecord(
        platform=Platform.KUAISHOU,
        order_id=f"{n:06d}",
        paid_at=datetime.fromisoformat(paid),
        promised_ship_at=datetime.fromisoformat(promised),
        shipped_at=None if shipped is None else datetime.fromisoformat(shipped),
        paid_amount=Decimal(amount),
        product_id="S24",
        receiver_address=Address(),
    )


def _week() -> list[OrderRecord]:
    """3001 on-time orders in the week of 2023-03-06 (eligible), two overdue orders in the waiver
    week: the costlier one due under the 50 penalty, the cheaper one under the 80 penalty."""
    orders = [
        _order(i, "2023-03-06 10:00:00", "2023-03-07 10:00:00", "2023-03-07 09:00:00", "10")
        for i in range(3001)
    ]
    orders.append(_order(9001, "2023-03-13 10:00:00", "2023-03-14 10:00:00", None, "999"))
    orders.append(_order(9002, "2023-03-16 10:00:00", "2023-03-17 10:00:00", None, "20"))
    return orders


def test_the_waiver_goes_to_the_order_it_saves_most_on() -> None:
    orders = _week()
    params = _dated_penalty()
    m = platform_metrics(
        Platform.KUAISHOU,
        orders,
        datetime(2023, 3, 20),
        "week",
        date(2023, 3, 6),
        params=params,
        products=[ProductRecord(platform=Platform.KUAISHOU, product_id="S24", promise_hours=24)],
    )
    w = m.high_stock_waiver
    assert w is not None and w.eligible
    assert w.suggested_order == ("009002", "")  # 80 saved beats 50, though it paid less
    assert w.waiver_saving == Decimal(80)
    assert "80 元" in w.suggested_reason and "80 yuan" in w.suggested_reason_en
    verdicts = evaluate_orders(orders[-2:], datetime(2023, 3, 20), params=params)
    assert [v.compensation for v in verdicts] == [None, None]  # K2's amount not set: unknown


def test_bulk_path_counts_the_penalty_like_the_explained_one() -> None:
    params = ParameterSet.from_settings(
        {"kuaishou.k2.compensation_rate": "0.05", KEY: "50"}, definitions()
    )
    orders = [
        _order(1, "2023-03-01 10:00:00", "2023-03-02 10:00:00", None, "100"),
        _order(2, "2023-03-01 10:00:00", "2023-03-02 10:00:00", "2023-03-02 10:00:01", "100"),
        _order(3, "2023-03-01 10:00:00", "2023-03-02 10:00:00", "2023-03-02 10:00:00", "100"),
    ]
    as_of = datetime(2023, 3, 20)
    slow = evaluate_orders(orders, as_of, params=params)
    fast = evaluate_orders(orders, as_of, params=params, explain=False)
    assert [v.compensation for v in fast] == [Decimal(55), Decimal(55), Decimal(0)]
    assert [(v.compensation, v.rules) for v in fast] == [(v.compensation, v.rules) for v in slow]
    assert all(not v.reasons and not v.trace for v in fast)
