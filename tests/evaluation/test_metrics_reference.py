"""`policies.metrics`' one-pass pickup-anomaly rate and memoised K4 in-stock count give what
their plain definitions give (kept here as the reference): scans after the as-of instant,
shipments on the period's bounds, 闪电购 orders, and an in-stock promise list that changes in the
middle of a week (so the memo must be per parameter segment)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from benchmarks.engine import AREAS, BASE, make_orders, products
from policies import aliexpress, kuaishou
from policies.deadlines import pickup_anomaly
from policies.engine import evaluate_orders, make_context
from policies.metrics import (
    _in,
    _rate,
    high_stock_waiver,
    on_time_rate,
    pickup_anomaly_rate,
    platform_metrics,
)
from policies.params import Entry, ParameterSet, definitions
from policies.records import OrderRecord, Platform, RateMetric, Status, Verdict


def _reference_pickup(
    pairs: Sequence[tuple[OrderRecord, Verdict]], lo: date, hi: date, ctx: Any
) -> RateMetric:
    """The rate as first written (a list of the assessed pairs, then a pass over it)."""
    assessed = [(o, v) for o, v in pairs if v.status not in (Status.EXEMPT, Status.EXCLUDED)]
    num = den = 0
    for o, _v in assessed:
        shipped = o.shipped_at
        if shipped is None or shipped > ctx.as_of or not _in(shipped.date(), lo, hi):
            continue
        picked = (
            o.picked_up_at if o.picked_up_at is not None and o.picked_up_at <= ctx.as_of else None
        )
        if picked is None and ctx.as_of <= shipped + ctx.pickup_hours:
            continue
        den += 1
        if pickup_anomaly(o, ctx):
            num += 1
    if den and not any(o.picked_up_at is not None for o, _v in assessed):
        return RateMetric(
            "pickup_anomaly_rate", 0, 0, None, comparison="<=", rules=("K1",), measurable=False
        )
    return _rate("pickup_anomaly_rate", num, den, None, "<=", ("K1",))


def _reference_in_stock(
    pairs: Sequence[tuple[OrderRecord, Verdict]], week_start: date, ctx: Any
) -> tuple[int, int]:
    """K4's paid and committed-in-stock counts as first written (no memo)."""
    paid = in_stock = 0
    for o, _v in pairs:
        if o.paid_at is None or o.paid_at > ctx.as_of:
            continue
        if not _in(o.paid_at.date(), week_start, week_start + timedelta(days=6)):
            continue
        paid += 1
        if kuaishou.is_committed_in_stock(o, ctx.product_of(o), ctx.params, o.paid_at):
            in_stock += 1
    return paid, in_stock


def _orders() -> list[OrderRecord]:
    """Kuaishou orders with every kind of edge the two passes compare on."""
    out = []
    for i, o in enumerate(make_orders(4500, seed=23)):
        if o.platform != Platform.KUAISHOU:
            continue
        midnight = datetime.combine(o.paid_at.date() + timedelta(days=1), datetime.min.time())
        if i % 7 == 0:
            o = o._replace(order_type="闪电购")
        if i % 11 == 0:  # shipped on a day's bound, scanned late or never
            o = o._replace(shipped_at=midnight, picked_up_at=None if i % 2 else midnight)
        if i % 13 == 0:
            o = o._replace(picked_up_at=None)
        out.append(o)
    return out


def _params() -> ParameterSet:
    """K4 earned by any week with paid orders, and 48-hour products no longer in stock from
    the middle of the week of 06-10."""
    defs = dict(definitions())
    key = "kuaishou.k4.in_stock_promise_hours"
    p = defs[key]
    change = Entry(BASE + timedelta(days=11, hours=13), ("24",), "test")
    defs[key] = replace(p, entries=(*p.entries, change))
    zero = {
        "kuaishou.k4.paid_orders_threshold": Decimal(0),
        "kuaishou.k4.in_stock_ratio_threshold": Decimal(0),
        "kuaishou.k4.on_time_rate_threshold": Decimal(0),
    }
    return ParameterSet(defs, zero)


def test_pickup_rate_and_in_stock_count_match_their_definitions() -> None:
    orders = _orders()
    params = _params()
    checked = 0
    for as_of in (BASE + timedelta(days=12, hours=7), BASE + timedelta(days=40)):
        ctx = make_context(orders, as_of, params, products(), AREAS, explain=False)
        verdicts = evaluate_orders(orders, as_of, params, products(), AREAS, explain=False)
        pairs = list(zip(orders, verdicts, strict=True))
        for week in (date(2024, 5, 27), date(2024, 6, 3), date(2024, 6, 10), date(2024, 6, 17)):
            hi = week + timedelta(days=6)
            rate = pickup_anomaly_rate(pairs, week, hi, ctx, ("K1",))
            assert rate == _reference_pickup(pairs, week, hi, ctx)
            on_time, _ = on_time_rate([v for _, v in pairs], week, hi, None, ("K1",))
            waiver = high_stock_waiver(pairs, week, on_time, ctx)
            paid, in_stock = _reference_in_stock(pairs, week, ctx)
            assert waiver.paid_orders == paid
            expected = Decimal(in_stock) / Decimal(paid) if paid else None
            assert waiver.in_stock_ratio == expected
            checked += paid + rate.denominator
    assert checked > 2000


def _reference_due_parts(
    verdicts: Sequence[Verdict], lo: date, hi: date
) -> tuple[tuple[int, int], tuple[tuple[date, int, int, int], ...], Decimal | None, int, int]:
    """(on time, due), the daily points, the money at stake, the orders of unknown amount and
    the calendar-fallback orders, each as first written: a pass over every verdict."""
    on_time = due = 0
    days: dict[date, list[int]] = {}
    for v in verdicts:
        if v.deadline is None or v.status not in (Status.ON_TIME, Status.LATE, Status.OVERDUE):
            continue
        if not _in(v.deadline.date(), lo, hi):
            continue
        due += 1
        point = days.setdefault(v.deadline.date(), [0, 0, 0])
        point[0] += 1
        if v.status == Status.ON_TIME:
            on_time += 1
            point[1] += 1
        else:
            point[2] += 1
    daily = []
    d = lo
    while d <= hi:
        p = days.get(d, [0, 0, 0])
        daily.append((d, p[0], p[1], p[2]))
        d += timedelta(days=1)
    money: Decimal | None = Decimal(0)
    unknown = 0
    for v in verdicts:
        if v.deadline is None or not _in(v.deadline.date(), lo, hi):
            continue
        if v.compensation is None:
            unknown += 1
        elif money is not None:
            money += v.compensation
    fallback = sum(
        1
        for v in verdicts
        if "calendar_fallback" in v.flags
        and v.deadline is not None
        and _in(v.deadline.date(), lo, hi)
    )
    return (on_time, due), tuple(daily), None if unknown else money, unknown, fallback


def test_the_due_verdicts_are_counted_as_their_definitions_say() -> None:
    """Every platform, weeks and months, midnight deadlines, amounts set and unset, and orders
    in 2031 (past the holiday data: calendar fallback)."""
    orders = make_orders(3000, seed=29)
    for i, o in enumerate(orders[:300]):
        assert o.paid_at is not None
        if i % 3 == 0:  # due at a day's very start
            o = o._replace(promised_ship_at=datetime.combine(o.paid_at.date(), datetime.min.time()))
        if i % 5 == 0:  # the same day seven years on: past the holiday data
            o = o._replace(
                paid_at=o.paid_at.replace(year=2031),
                promised_ship_at=o.promised_ship_at and o.promised_ship_at.replace(year=2031),
                shipped_at=o.shipped_at and o.shipped_at.replace(year=2031),
            )
        orders[i] = o
    fallbacks = refunds = 0
    for overrides in ({}, {"kuaishou.k2.compensation_rate": Decimal("0.05")}):
        params = ParameterSet(overrides=overrides)
        for as_of in (BASE + timedelta(days=13), datetime(2031, 7, 1)):
            verdicts = evaluate_orders(orders, as_of, params, products(), AREAS, explain=False)
            for platform in Platform:
                vs = [v for o, v in zip(orders, verdicts, strict=True) if o.platform == platform]
                for period, start in (
                    ("week", date(2024, 6, 10)),
                    ("month", date(2024, 6, 1)),
                    ("month", date(2031, 6, 1)),
                ):
                    m = platform_metrics(
                        platform,
                        orders,
                        as_of,
                        period,
                        start,
                        params=params,
                        products=products(),
                        areas=AREAS,
                        verdicts=verdicts,
                    )
                    counts, daily, money, unknown, fallback = _reference_due_parts(
                        vs, m.period_start, m.period_end
                    )
                    rate = m.on_time_rate
                    assert (rate.numerator, rate.denominator) == counts
                    assert tuple((p.day, p.due, p.on_time, p.late) for p in m.daily) == daily
                    assert (m.money_at_stake, m.money_unknown_orders) == (money, unknown)
                    note = f"{fallback} 单超出节假日数据范围，按仅周末休息计算（calendar_fallback）"
                    noted = [n for n in m.notes if "calendar_fallback" in n]
                    assert noted == ([note] if fallback else [])
                    fallbacks += fallback
                    if platform == Platform.ALIEXPRESS and period == "month":
                        late = [
                            v.compensation
                            for v in vs
                            if v.status in (Status.LATE, Status.OVERDUE)
                            and v.deadline is not None
                            and _in(v.deadline.date(), m.period_start, m.period_end)
                        ]
                        threshold = Decimal("0.95")
                        refund = aliexpress.a2_refund(m.period_start, rate.value, threshold, late)
                        assert m.penalty_refund == refund
                        refunds += bool(late)
    assert fallbacks > 0 and refunds > 0
