"""The bulk path (``explain=False``) decides exactly as the explaining path and makes no texts.

Bulk evaluation stores only the decision; the texts and trace are made on demand by running the
same rules with ``explain=True`` — so the two paths must never disagree on a decision field.
"""

from __future__ import annotations

from datetime import datetime

from benchmarks.engine import AREAS, make_orders, products
from policies.engine import evaluate_orders
from policies.params import ParameterSet
from policies.records import Verdict

DECISION = (
    "platform",
    "order_id",
    "sub_order_id",
    "as_of",
    "status",
    "deadline",
    "rules",
    "flags",
    "compensation",
    "charges",
    "appeal_candidate",
)


def _decision(v: Verdict) -> tuple[object, ...]:
    return tuple(getattr(v, f) for f in DECISION)


def test_bulk_and_explained_verdicts_decide_alike() -> None:
    orders = make_orders(6000, seed=11)
    prods = products()
    statuses: set[str] = set()
    appeals = 0
    for as_of in (datetime(2024, 6, 10, 9), datetime(2024, 6, 28, 12), datetime(2024, 8, 1)):
        bulk = evaluate_orders(orders, as_of, products=prods, areas=AREAS, explain=False)
        full = evaluate_orders(orders, as_of, products=prods, areas=AREAS, explain=True)
        assert [_decision(v) for v in bulk] == [_decision(v) for v in full]
        statuses.update(v.status for v in full)
        appeals += sum(v.appeal_candidate for v in full)
        for b, f in zip(bulk, full, strict=True):
            assert b.reasons == b.reasons_en == b.trace == ()
            assert b.deadline_basis == b.deadline_basis_en == ""
            assert b.appeal_reason == b.appeal_reason_en == ""
            assert b.rule_versions == ()
            assert [r for r, _d in f.rule_versions] == [r for r in f.rules if r != "CORE"]
            assert f.reasons and len(f.reasons) == len(f.reasons_en)
            assert f.appeal_candidate == bool(f.appeal_reason)
    assert {"on_time", "late", "overdue", "at_risk", "pending", "exempt", "excluded"} <= statuses
    assert appeals > 0


def test_bulk_and_explained_agree_under_seller_settings() -> None:
    """The same with the seller-set amounts and thresholds the texts name (K4's overdue penalty
    on top of K2, A1's days and sales, A2's threshold, D1 switched off)."""
    params = ParameterSet.from_settings(
        {
            "kuaishou.k2.compensation_rate": "0.05",
            "kuaishou.k4.overdue_penalty": "7",
            "aliexpress.core.late_penalty": "2",
            "aliexpress.a1.new_product_days": "45",
            "aliexpress.a1.max_last_month_sales": "20",
            "aliexpress.a2.on_time_threshold": "0.9",
            "douyin.d1.suspended": "false",
        }
    )
    orders = make_orders(3000, seed=5)
    prods = products()
    as_of = datetime(2024, 6, 28, 12)
    bulk = evaluate_orders(orders, as_of, params, prods, AREAS, explain=False)
    full = evaluate_orders(orders, as_of, params, prods, AREAS, explain=True)
    assert [_decision(v) for v in bulk] == [_decision(v) for v in full]
    assert any("K4" in v.rules for v in bulk)
