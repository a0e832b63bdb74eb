"""Metrics for one platform/shop/period, computed from the stored orders (re-evaluated as of).

Only the orders the period can count are loaded — the shop's, due, paid or shipped on the days it
reads — plus every order sharing a tracking number with another (the false-shipping pass looks
across all orders and shops); they are judged without texts and with the cyclic collector paused.
A week's dashboard over a million stored orders of other weeks read and explained all of them
(~50 s CPU, ~2.5 GB). An order's deadline is never before its payment nor more
than its longest promise after it (holidays and weekends skipped on top), so orders paid within
`SPAN_DAYS` (or the longest promise in the product sheets, if longer) before the period, or whose
exported promised ship time falls in it, cover every order due in it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from desktop_app.evaluation.load import (
    ORDER_COLUMNS,
    Source,
    _conn,
    load_context_inputs,
    order_from_row,
    platforms_with_pickup_scans,
    shared_tracking_orders,
)
from desktop_app.evaluation.run import params_checked
from policies.engine import RULES, make_context, no_gc
from policies.metrics import period_days_needed, platform_metrics
from policies.records import (
    AffectedArea,
    OrderRecord,
    Platform,
    PlatformMetrics,
    ProductRecord,
    Verdict,
)

# Days between payment and the latest possible deadline, besides the products' own promise:
# 72 h promises, A1's relaxed timings and every holiday and weekend skipped fit many times over.
SPAN_DAYS = 60


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
    longest = max((p.promise_hours or 0 for p in products), default=0)
    span = max(timedelta(days=SPAN_DAYS), timedelta(hours=longest) + timedelta(days=30))
    day = "%Y-%m-%d %H:%M:%S"
    begin = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()).strftime(day)
    since = (begin - span).strftime(day)
    sql = (
        f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders WHERE platform = :p "
        "AND (:shop = '' OR shop = :shop) AND ("
        "COALESCE(paid_at, created_at) >= :since AND COALESCE(paid_at, created_at) < :end "
        "OR shipped_at >= :begin AND shipped_at < :end "
        "OR promised_ship_at >= :begin AND promised_ship_at < :end)"
    )
    args = {"p": platform.value, "shop": shop, "since": since, "begin": begin.strftime(day)}
    args["end"] = end
    return [order_from_row(r) for r in _conn(store).execute(sql, args)]


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
            params_checked(settings),
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

    `store` is the Store or its sqlite3 connection."""
    p = Platform(platform)
    first, last = period_days_needed(period, start)
    with no_gc():  # hundreds of thousands of records at a time: no cyclic garbage in them
        # Another shop's orders matter only through a shared tracking number.
        orders, products, areas, settings = _period_inputs(store, p, first, last, as_of, shop or "")
        params = params_checked(settings)
        return platform_metrics(
            p,
            orders,
            as_of,
            period,
            start,
            shop=shop or "",
            params=params,
            products=products,
            areas=areas,
            seller_values=settings,
            pickup_data=platforms_with_pickup_scans(store),
        )
