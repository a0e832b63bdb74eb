"""Metrics for one platform/shop/period, computed from the stored orders (re-evaluated as of).

Only the orders the period can count are loaded — the shop's, due, paid or shipped on the days it
reads — and judged without texts, with the cyclic collector paused; the false-shipping pass
(across all orders and shops) gets its candidates from SQL, so a week's dashboard costs what
that week holds, not what the database holds. An order's
deadline is never before its payment nor more than its longest promise after it (holidays and
weekends skipped on top), so orders paid within `SPAN_DAYS` (or the longest promise in the product
sheets, if longer) before the period, or whose exported promised ship time falls in it, cover
every order due in it (`period_orders`, for `evaluate_period`). For Kuaishou and Douyin the
promised time *is* the deadline when exported, so `metrics_for` looks back by the products'
promise hours only for orders without one (`_window`), and reads only the rule columns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from desktop_app.chinatime import TIME_FORMAT
from desktop_app.evaluation.load import (
    ORDER_COLUMNS,
    iter_rule_orders_where,
    load_context_inputs,
    order_from_row,
    platforms_with_pickup_scans,
    shared_tracking_orders,
)
from desktop_app.evaluation.run import params_checked
from desktop_app.store.source import Source, connection_of
from policies.context import EvalContext
from policies.douyin_d5 import promise_span
from policies.engine import RULES, make_context, no_gc
from policies.metrics import period_bounds, period_days_needed, platform_metrics
from policies.params import ParameterSet
from policies.records import (
    AffectedArea,
    OrderRecord,
    Platform,
    PlatformMetrics,
    ProductRecord,
    Status,
    Verdict,
)

# Days between payment and the latest possible deadline, besides the products' own promise:
# 72 h promises, A1's relaxed timings and every holiday and weekend skipped fit many times over.
SPAN_DAYS = 60


def _span(products: list[ProductRecord]) -> timedelta:
    """How long before a period payment can be for the order to be due in it (any platform)."""
    longest = max((p.promise_hours or 0 for p in products), default=0)
    return max(timedelta(days=SPAN_DAYS), timedelta(hours=longest) + timedelta(days=30))


def period_orders(
    store: Source,
    platform: Platform,
    first: date,
    last: date,
    products: list[ProductRecord],
    shop: str = "",
) -> list[OrderRecord]:
    """`platform`'s (and `shop`'s) stored orders that can be due, paid or shipped on the days
    [first, last]."""
    day = TIME_FORMAT
    begin = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()).strftime(day)
    since = (begin - _span(products)).strftime(day)
    sql = (
        f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders WHERE platform = :p "
        "AND (:shop = '' OR shop = :shop) AND ("
        "COALESCE(paid_at, created_at) >= :since AND COALESCE(paid_at, created_at) < :end "
        "OR shipped_at >= :begin AND shipped_at < :end "
        "OR promised_ship_at >= :begin AND promised_ship_at < :end)"
    )
    args = {"p": platform.value, "shop": shop, "since": since, "begin": begin.strftime(day)}
    args["end"] = end
    return [order_from_row(r) for r in connection_of(store).execute(sql, args)]


# Kuaishou orders get their deadline from `policies.deadlines.standard_deadline` alone
# (no other rule code of theirs sets one): the export's promised ship time when it gives one, else
# payment + the product's promise hours. So an order with a promised time is due in a period
# exactly when that time is in it, and only those without one need a look-back by payment — by
# the products' promise hours, not SPAN_DAYS. AliExpress's A1/A3 count
# working days from payment (the export's time is used only when later): it keeps the generic
# look-back.
# `tests/evaluation/test_metrics_window.py` checks the premise on the rules themselves.
# Douyin from 2025-09-29 (D5): a product's shorter promise can come before the promised time, and
# its promise type sets a deadline without one — always between payment and payment + the longest
# promise (`promise_span`): Douyin's orders are found by payment within that span before the period.
PROMISED_IS_DEADLINE = frozenset({Platform.KUAISHOU})


def _window(
    platform: Platform,
    first: date,
    last: date,
    products: list[ProductRecord],
    shop: str,
    params: ParameterSet,
) -> tuple[str, dict[str, Any]]:
    """The SQL condition (and its arguments) for `platform`'s (and `shop`'s) orders that can be
    due, paid or shipped on the days [first, last] — as `period_orders`, but for Kuaishou and
    Douyin by their promised time (`PROMISED_IS_DEADLINE`)."""
    begin = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    if platform in PROMISED_IS_DEADLINE:
        # paid + h in [begin, end) for some product's h ⇔ paid in [begin - max h, end - min h)
        # (`standard_deadline` uses a product's hours when they are not 0 or missing).
        hours = [p.promise_hours for p in products if p.platform == platform and p.promise_hours]
        since = begin - timedelta(hours=max([0, *hours]))
        until = end - timedelta(hours=min([0, *hours]))
        # (an empty stored time is no time, as `load.parse_time` reads it)
        due = "IFNULL(promised_ship_at, '') = '' AND paid_at >= :since AND paid_at < :until"
    elif platform == Platform.DOUYIN:
        hours = [p.promise_hours for p in products if p.platform == platform and p.promise_hours]
        since, until = begin - promise_span(params, max([0, *hours])), end
        due = "paid_at >= :since AND paid_at < :until"
    else:
        since, until = begin - _span(products), end
        due = "COALESCE(paid_at, created_at) >= :since AND COALESCE(paid_at, created_at) < :end"
    where = (
        "platform = :p AND (:shop = '' OR shop = :shop) AND ("
        "COALESCE(paid_at, created_at) >= :begin AND COALESCE(paid_at, created_at) < :end "
        "OR shipped_at >= :begin AND shipped_at < :end "
        f"OR promised_ship_at >= :begin AND promised_ship_at < :end OR {due})"
    )
    times = {"begin": begin, "end": end, "since": since, "until": until}
    args: dict[str, Any] = {k: t.strftime(TIME_FORMAT) for k, t in times.items()}
    return where, {**args, "p": platform.value, "shop": shop}


def _period_inputs(
    store: Source, platform: Platform, first: date, last: date, as_of: datetime, shop: str = ""
) -> tuple[list[OrderRecord], list[ProductRecord], list[AffectedArea], dict[str, Any]]:
    """The period's orders (`period_orders`) plus every order sharing a tracking number with
    another, and the products, areas and settings."""
    products, areas, settings = load_context_inputs(store)
    orders = period_orders(store, platform, first, last, products, shop)
    seen = {(o.order_id, o.sub_order_id) for o in orders}
    for o in shared_tracking_orders(store, as_of, platform):
        if (o.order_id, o.sub_order_id) not in seen:
            seen.add((o.order_id, o.sub_order_id))
            orders.append(o)
    return orders, products, areas, settings


def evaluate_period(
    store: Source, platform: Platform, first: date, last: date, as_of: datetime
) -> list[Verdict]:
    """Full verdicts (texts and traces) as of `as_of` for `platform`'s orders due, paid or shipped
    on the days [first, last], plus those sharing a tracking number (a report for an instant
    other than the stored evaluation's). Malformed settings raise BadInput."""
    with no_gc():
        orders, products, areas, settings = _period_inputs(store, platform, first, last, as_of)
        ctx = make_context(
            orders,
            as_of,
            params_checked(settings, store),
            products,
            areas,
            pickup_data=platforms_with_pickup_scans(store),
        )
        rules = RULES
        return [rules[o.platform](o, ctx) for o in orders]


def metrics_for(
    store: Source,
    platform: Platform | str,
    period: str,
    start: date,
    as_of: datetime,
    shop: str | None = None,
) -> PlatformMetrics:
    """`policies.metrics.platform_metrics` over the stored orders of `platform` (and `shop`).

    Only the orders that can be due, paid or shipped in the period itself are loaded (`_window`),
    with just the columns the rules and the metrics read, and judged once; the false-shipping
    pass gets its candidates from SQL (`shared_tracking_orders`), as a full evaluation does. What
    the metrics read beyond the period is added only when they read it: the following week's
    orders (K4's waiver is spent on one) only for a week that earns the waiver, and one order
    with a pickup scan from elsewhere only when the period's own orders show none
    (`_pickup_witness`). `store` is the Store or its sqlite3 connection."""
    p = Platform(platform)
    lo, hi = period_bounds(period, start)
    last = period_days_needed(period, start)[1]
    shop = shop or ""
    with no_gc():  # hundreds of thousands of records at a time: no cyclic garbage in them
        products, areas, settings = load_context_inputs(store)
        params = params_checked(settings, store)
        # Only `p`'s orders are judged: the other platforms' scans are not looked for.
        pickup = platforms_with_pickup_scans(store, (p,))
        ctx = make_context(
            shared_tracking_orders(store, as_of, p),
            as_of,
            params,
            products,
            areas,
            explain=False,
            pickup_data=pickup,
        )
        rule = RULES[p]
        where, args = _window(p, lo, hi, products, shop, params)
        orders = list(iter_rule_orders_where(store, p, where, args, bool(areas)))
        verdicts = [rule(o, ctx) for o in orders]

        def compute() -> PlatformMetrics:
            # Every order passed is the shop's (the SQL chose them), so no shop filter here; the
            # shop goes into the result below.
            return platform_metrics(
                p,
                orders,
                as_of,
                period,
                start,
                params=params,
                products=products,
                areas=areas,
                seller_values=settings,
                verdicts=verdicts,
                pickup_data=pickup,
            )

        metrics = compute()
        waiver = metrics.high_stock_waiver
        if waiver is not None and waiver.eligible and last > hi:
            # Earned: spent on the following week's late order with the largest penalty — its
            # orders too. (Whether it is earned depends on this week's orders alone.)
            where, args = _window(p, hi + timedelta(days=1), last, products, shop, params)
            seen = {(o.order_id, o.sub_order_id) for o in orders}
            for o in iter_rule_orders_where(store, p, where, args, bool(areas)):
                if (o.order_id, o.sub_order_id) not in seen:
                    orders.append(o)
                    verdicts.append(rule(o, ctx))
            metrics = compute()
        if not metrics.pickup_anomaly_rate.measurable and p.value in pickup:
            witness = _pickup_witness(store, ctx, p, shop, bool(areas))
            if witness is not None:
                orders.append(witness[0])
                verdicts.append(witness[1])
                metrics = compute()
    return replace(metrics, shop=shop)


def _pickup_witness(
    store: Source, ctx: EvalContext, platform: Platform, shop: str, addresses: bool
) -> tuple[OrderRecord, Verdict] | None:
    """An order of `platform` (and `shop`) with a pickup scan that is neither exempt nor
    excluded, and its verdict; None when there is none.

    `policies.metrics.pickup_anomaly_rate` measures the rate only when some assessed order —
    of all those passed, not only the period's — carries a pickup scan. When the period's own
    orders carry none, one such order from elsewhere gives the answer every order gives; being
    neither due, paid nor shipped in the period, it changes nothing else. (Called only then: a
    walk of the platform's orders with a scan, stopping at the first that is assessed.)"""
    where = "platform = :p AND (:shop = '' OR shop = :shop) AND picked_up_at IS NOT NULL"
    rule = RULES[platform]
    for o in iter_rule_orders_where(
        store, platform, where, {"p": platform.value, "shop": shop}, addresses
    ):
        if o.picked_up_at is None:  # stored empty: read as no scan
            continue
        v = rule(o, ctx)
        if v.status not in (Status.EXEMPT, Status.EXCLUDED):
            return o, v
    return None
