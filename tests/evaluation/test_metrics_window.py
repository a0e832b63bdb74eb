"""`metrics_for` loads only the orders a period can count (plus those sharing a tracking number):
its metrics equal those computed over every stored order, for weeks and months of each platform,
across shops, with a presale order due long after payment and a false-shipping pair split across
periods."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.engine import BASE
from desktop_app.evaluation import metrics_for
from desktop_app.evaluation.load import load_inputs
from desktop_app.store.connection import Store
from policies.metrics import platform_metrics
from policies.records import Platform
from tests.evaluation.storedata import insert_cross_period_orders, synthetic_store

AS_OF = BASE + timedelta(days=30)


def _everything(store: Store, platform: Platform, period: str, start: date, shop: str):  # type: ignore[no-untyped-def]
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


def test_period_orders_give_the_metrics_of_all_orders(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "m.db", 1500, seed=11)
    insert_cross_period_orders(store.conn)
    with store:
        for platform in Platform:
            for shop in ("", "预售店"):
                day = BASE.date() - timedelta(days=BASE.weekday())
                while day <= (BASE + timedelta(days=31)).date():
                    for period in ("week", "month"):
                        windowed = metrics_for(store, platform, period, day, AS_OF, shop=shop)
                        assert windowed == _everything(store, platform, period, day, shop), (
                            platform,
                            shop,
                            period,
                            day,
                        )
                    day += timedelta(days=7)

        # the presale order and the false-shipping pair really count: the presale order is due
        # (and overdue) in its week though paid 80 days before; the in-period Douyin order carries
        # D1's false-shipping compensation because of an order paid two months earlier
        def monday(d: datetime) -> date:
            return d.date() - timedelta(days=d.weekday())

        k = metrics_for(
            store, "kuaishou", "week", monday(BASE + timedelta(days=9)), AS_OF, "预售店"
        )
        assert (k.on_time_rate.numerator, k.on_time_rate.denominator) == (0, 1)
        d = metrics_for(store, "douyin", "week", monday(BASE + timedelta(days=3)), AS_OF, "预售店")
        assert d.money_at_stake == 15 and d.on_time_rate.denominator == 1
