"""Each rule's share of what an order costs (`Verdict.charges`), their total (`compensation`,
None when any share is unknown), and the announcement version each rule judged by
(`Verdict.rule_versions`)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from policies.engine import evaluate_orders
from policies.params import ParameterSet
from policies.records import Charge, OrderRecord, Platform

AS_OF = datetime(2026, 12, 1)


def _kuaishou_late(paid: str = "2023-03-06 10:00:00") -> OrderRecord:
    return OrderRecord(
        platform=Platform.KUAISHOU,
        order_id="K",
        paid_at=datetime.fromisoformat(paid),
        promised_ship_at=datetime.fromisoformat(paid).replace(hour=23),
        shipped_at=None,
        paid_amount=Decimal("100"),
    )


def test_k2_and_k4_each_charge_their_share() -> None:
    params = ParameterSet.from_settings(
        {"kuaishou.k2.compensation_rate": "0.05", "kuaishou.k4.overdue_penalty": "7"}
    )
    (v,) = evaluate_orders([_kuaishou_late()], AS_OF, params)
    assert v.charges == (
        Charge("K2", "compensation", Decimal("5.00")),
        Charge("K4", "deduction", Decimal("7")),
    )
    assert v.compensation == Decimal("12.00")
    assert dict(v.rule_versions)["K2"] == "2022-06-21"


def test_unknown_share_makes_the_total_unknown() -> None:
    (v,) = evaluate_orders([_kuaishou_late()], AS_OF)  # K2's rate is not published
    assert v.charges == (Charge("K2", "compensation", None),)
    assert v.compensation is None


def test_bulk_path_charges_alike() -> None:
    params = ParameterSet.from_settings({"kuaishou.k2.compensation_rate": "0.05"})
    (bulk,) = evaluate_orders([_kuaishou_late()], AS_OF, params, explain=False)
    (full,) = evaluate_orders([_kuaishou_late()], AS_OF, params, explain=True)
    assert bulk.charges == full.charges and bulk.rule_versions == ()


@pytest.mark.parametrize(
    ("paid", "version"),
    [("2022-12-19 11:59:59", None), ("2022-12-19 12:00:00", "2024-09-27")],
)
def test_d1_version_on_both_sides_of_the_suspension(paid: str, version: str | None) -> None:
    at = datetime.fromisoformat(paid)
    order = OrderRecord(
        platform=Platform.DOUYIN,
        order_id="D",
        paid_at=at,
        promised_ship_at=at.replace(hour=23, minute=0, second=0),
        paid_amount=Decimal("100"),
    )
    (v,) = evaluate_orders([order], datetime(2023, 1, 31))
    assert dict(v.rule_versions)["D1"] == version
    if version is None:  # before the suspension: timeout compensation charged under D1
        assert v.charges and v.charges[0].rule == "D1" and v.charges[0].kind == "compensation"
    else:
        assert v.charges == () and v.compensation == 0


def test_on_time_order_costs_nothing() -> None:
    order = _kuaishou_late()._replace(shipped_at=datetime(2023, 3, 6, 12))
    (v,) = evaluate_orders([order], AS_OF)
    assert v.charges == () and v.compensation == 0
