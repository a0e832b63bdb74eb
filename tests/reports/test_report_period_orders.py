"""A report as of another instant than the stored evaluation evaluates only the orders its period
can find (plus those sharing a tracking number): what the period's queries see is exactly what
they see when every order is evaluated — weeks across the data, each platform, a shop, a presale
order due long after payment and a false-shipping pair split across periods."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.engine import BASE
from desktop_app.evaluation import evaluate_store
from desktop_app.reports.data import _ORDER_JOINS, _PERIOD_WHERE, _params, verdicts_as_of
from desktop_app.store.connection import Store
from policies.records import Platform
from tests.evaluation.storedata import insert_cross_period_orders, synthetic_store

STORED = BASE + timedelta(days=29)
OTHER = BASE + timedelta(days=20, hours=7)  # the report's instant: not the stored one


def _seen(store: Store, platform: Platform, first: date, last: date, shop: str, period: bool):  # type: ignore[no-untyped-def]
    conn = store.conn
    params = _params(platform, shop, first, last)
    with verdicts_as_of(conn, platform, OTHER, (first, last) if period else None) as notes:
        assert notes[0]  # evaluated for the report
        rows: list[Any] = conn.execute(
            f"SELECT o.order_id, o.sub_order_id, v.status, v.deadline, v.flags_json, "
            f"v.compensation_fen, v.appeal_candidate, v.reasons_json, v.trace_json "
            f"{_ORDER_JOINS} WHERE {_PERIOD_WHERE} ORDER BY 1, 2",
            params,
        ).fetchall()
        missing = conn.execute(
            "SELECT COUNT(*) FROM orders o LEFT JOIN verdicts v ON v.platform = o.platform "
            "AND v.order_id = o.order_id AND v.sub_order_id = o.sub_order_id "
            "WHERE v.order_id IS NULL AND o.platform = :platform "
            "AND (:shop = '' OR o.shop = :shop) "
            "AND COALESCE(o.paid_at, o.created_at) >= :start "
            "AND COALESCE(o.paid_at, o.created_at) < :end",
            params,
        ).fetchone()[0]
    return rows, missing


def test_the_period_sees_what_evaluating_everything_shows(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "r.db", 900, seed=5)
    insert_cross_period_orders(store.conn)
    with store:
        evaluate_store(store, STORED)
        flagged = presale = 0
        for platform in Platform:
            for shop in ("", "预售店"):
                first = BASE.date() - timedelta(days=BASE.weekday())
                while first <= (BASE + timedelta(days=28)).date():
                    last = first + timedelta(days=6)
                    period = _seen(store, platform, first, last, shop, True)
                    everything = _seen(store, platform, first, last, shop, False)
                    assert period == everything, (platform, shop, first)
                    assert period[1] == 0  # every order the period finds was evaluated
                    flagged += sum("false_shipping" in r[4] for r in period[0])
                    presale += sum(r[0] == "2299000000000000001" for r in period[0])
                    first += timedelta(days=7)
        assert flagged and presale  # the cases that need more than the period's own orders
