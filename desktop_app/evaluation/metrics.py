"""Metrics for one platform/shop/period, computed from the stored orders (re-evaluated as of)."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.evaluation.load import Source
from desktop_app.evaluation.run import load_checked
from policies.metrics import platform_metrics
from policies.records import Platform, PlatformMetrics


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
    inputs = load_checked(store, p)
    return platform_metrics(
        p,
        inputs.orders,
        as_of,
        period,
        start,
        shop=shop or "",
        params=inputs.params,
        products=inputs.products,
        areas=inputs.areas,
        seller_values=inputs.settings,
    )
