"""Runs every data-driven case in tests/policies/cases/*.toml against the engine and the metrics."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from policies.engine import evaluate_orders
from policies.metrics import platform_metrics
from policies.records import OrderRecord, Platform, Verdict
from tests.policies.casefile import (
    Case,
    load_cases,
    make_area,
    make_order,
    make_params,
    make_product,
    when,
)

CASES = load_cases()
_ENGLISH = re.compile(r"[A-Za-z]{3,} [A-Za-z]{2,}")  # English words (a Chinese text has none)


def test_every_rule_has_cases() -> None:
    """Each computed rule id has at least one data file case."""
    rules = {c.rule for c in CASES}
    computed = {"K1", "K2", "K3", "K4", "D1", "D2", "D5", "D6", "D7", "D8", "A1", "A2", "A3"}
    assert computed | {"CORE"} <= rules


def _verdict_for(case: Case) -> Verdict:
    d = case.data
    platform = d["platform"]
    main = make_order(d["order"], platform)
    others = [make_order(o, platform) for o in d.get("orders", [])]
    verdicts = evaluate_orders(
        [main, *others],
        when(d["as_of"]),
        params=make_params(d.get("settings", {})),
        products=[make_product(p, platform) for p in d.get("products", [])],
        areas=[make_area(a) for a in d.get("areas", [])],
    )
    return verdicts[0]


def _check_verdict(v: Verdict, expect: dict[str, Any]) -> None:
    if "status" in expect:
        assert v.status == expect["status"], v.reasons
    if "deadline" in expect:
        got = None if v.deadline is None else v.deadline.strftime("%Y-%m-%d %H:%M:%S")
        assert got == expect["deadline"], v.deadline_basis
    if "compensation" in expect:
        want = expect["compensation"]
        if want == "unknown":
            assert v.compensation is None, v.reasons
        else:
            assert v.compensation == Decimal(str(want)), v.reasons
    if "charges" in expect:
        got = [(c.rule, c.kind, None if c.amount is None else str(c.amount)) for c in v.charges]
        want = [
            (c["rule"], c["kind"], None if c["amount"] == "unknown" else str(c["amount"]))
            for c in expect["charges"]
        ]
        assert got == want, v.reasons
    for f in expect.get("flags_include", []):
        assert f in v.flags, v.flags
    for f in expect.get("flags_exclude", []):
        assert f not in v.flags, v.flags
    for r in expect.get("rules_include", []):
        assert r in v.rules, v.rules
    for r in expect.get("rules_exclude", []):
        assert r not in v.rules, v.rules
    if "appeal_candidate" in expect:
        assert v.appeal_candidate is expect["appeal_candidate"], v.appeal_reason
    if "appeal_reason_contains" in expect:
        assert expect["appeal_reason_contains"] in v.appeal_reason
    if "basis_contains" in expect:
        assert expect["basis_contains"] in v.deadline_basis
    for text in expect.get("reason_contains", []):
        assert any(text in r for r in v.reasons), v.reasons
    for text in expect.get("reason_excludes", []):
        assert not any(text in r for r in (*v.reasons, v.appeal_reason)), v.reasons
    for text in expect.get("reason_en_contains", []):
        assert any(text in r for r in v.reasons_en), v.reasons_en
    for text in expect.get("reason_en_excludes", []):
        assert not any(text in r for r in (*v.reasons_en, v.appeal_reason_en)), v.reasons_en
    for text in expect.get("trace_contains", []):
        assert any(text in s.text or text in s.text_en for s in v.trace), [s.text for s in v.trace]
    for text in expect.get("trace_excludes", []):
        assert not any(text in s.text or text in s.text_en for s in v.trace), [
            s.text for s in v.trace
        ]
    for param in expect.get("trace_parameters", []):
        assert any(s.parameter == param for s in v.trace), [s.parameter for s in v.trace]
    for param, shown in expect.get("trace_values", {}).items():
        assert any(s.parameter == param and s.value == shown for s in v.trace), [
            (s.parameter, s.value) for s in v.trace
        ]
    # every verdict explains itself, in both languages
    assert v.reasons and v.reasons_en and len(v.reasons) == len(v.reasons_en)
    assert v.rules
    assert bool(v.deadline_basis) == bool(v.deadline_basis_en), v.deadline_basis
    assert bool(v.appeal_reason) == bool(v.appeal_reason_en), v.appeal_reason
    for english in (*v.reasons_en, v.deadline_basis_en, v.appeal_reason_en):
        assert not english or _ENGLISH.search(english), english


def _orders_for_metrics(case: Case) -> list[OrderRecord]:
    d = case.data
    platform = d["metrics"]["platform"]
    orders: list[OrderRecord] = []
    n = 0
    for group in d.get("groups", []):
        template = dict(group)
        count = int(template.pop("count", 1))
        for _ in range(count):
            n += 1
            raw = dict(template)
            raw["order_id"] = f"{n:06d}"
            orders.append(make_order(raw, platform))
    return orders


def _check_metrics(case: Case) -> None:
    d = case.data
    m = d["metrics"]
    platform = Platform(m["platform"])
    result = platform_metrics(
        platform,
        _orders_for_metrics(case),
        when(d["as_of"]),
        m["period"],
        date.fromisoformat(m["start"]),
        params=make_params(d.get("settings", {})),
        products=[make_product(p, m["platform"]) for p in d.get("products", [])],
        areas=[make_area(a) for a in d.get("areas", [])],
        seller_values=d.get("settings", {}),
    )
    e = d["expect"]
    assert len(result.notes_en) == len(result.notes)
    assert all(_ENGLISH.search(n) for n in result.notes_en), result.notes_en
    waiver = result.high_stock_waiver
    if waiver is not None:
        assert bool(waiver.suggested_reason) == bool(waiver.suggested_reason_en)
    if "on_time_rate" in e:
        want = e["on_time_rate"]
        if want == "carried_over":
            assert result.on_time_rate.value is None and result.on_time_rate.carried_over
        else:
            assert result.on_time_rate.value == Decimal(str(want))
    if "assessable_orders" in e:
        assert result.assessable_orders == e["assessable_orders"]
    if "pickup_anomaly_rate" in e:
        want = e["pickup_anomaly_rate"]
        if want == "carried_over":
            assert result.pickup_anomaly_rate.carried_over
        elif want == "not_measurable":
            r = result.pickup_anomaly_rate
            assert r.value is None and not r.measurable and not r.carried_over
            assert any("揽收时间" in n for n in result.notes)
        else:
            assert result.pickup_anomaly_rate.value == Decimal(str(want))
    if e.get("waiver") == "not_in_force":
        assert result.high_stock_waiver is None
        assert any("K4" in n and "2023-02-15" in n for n in result.notes)
        assert any("K4" in n and "2023-02-15" in n for n in result.notes_en)
    if "waiver_eligible" in e:
        w = result.high_stock_waiver
        assert w is not None
        assert w.eligible is e["waiver_eligible"], w.conditions
        for key, met in e.get("conditions_met", {}).items():
            cond = next(c for c in w.conditions if c.key == key)
            assert cond.met is met, cond
        if "paid_orders" in e:
            assert w.paid_orders == e["paid_orders"]
        if "suggested_order" in e:
            assert w.suggested_order == (e["suggested_order"], "")
        if "waiver_saving" in e:
            want = e["waiver_saving"]
            assert w.waiver_saving == (None if want == "unknown" else Decimal(str(want)))
        for text in e.get("suggested_reason_contains", []):
            assert text in w.suggested_reason or text in w.suggested_reason_en, w.suggested_reason
    if e.get("refund") == "not_in_force":
        assert result.penalty_refund is None
        assert any("A2" in n and "2024-04-12" in n for n in result.notes), result.notes
        assert any("A2" in n and "2024-04-12" in n for n in result.notes_en), result.notes_en
    if "refund_eligible" in e:
        r = result.penalty_refund
        assert r is not None
        assert r.eligible is e["refund_eligible"]
        if "refund_amount" in e:
            want = e["refund_amount"]
            assert r.refund_amount == (None if want == "unknown" else Decimal(str(want)))
        if "refund_date" in e:
            assert r.refund_date == date.fromisoformat(e["refund_date"])
    if "protected" in e:
        prot = {p.key: p for p in result.experience_protection or ()}
        for key, want in e["protected"].items():
            assert prot[key].protected is want["protected"], prot[key]
            assert prot[key].protected_value == Decimal(str(want["value"]))
    if "k3" in e:
        comps = {c.key: c for c in result.shop_score or ()}
        for key, met in e["k3"].items():
            cond = comps[key].condition
            assert cond is not None and cond.met is met, cond
            assert cond.source.startswith("secondary source")
    if "k3_score" in e:
        assert any(f"加权分（ShipCheck 公式）{e['k3_score']}" in n for n in result.notes), (
            result.notes
        )
    for text in e.get("notes_contain", []):
        assert any(text in n for n in (*result.notes, *result.notes_en)), result.notes
    for text in e.get("notes_exclude", []):
        assert not any(text in n for n in (*result.notes, *result.notes_en)), result.notes
    if "late_alerts" in e:
        got = result.late_shipping_alerts
        want = e["late_alerts"]
        if want == "not_known":
            assert got is None
        else:
            assert got is not None
            found = sorted((a.scope, a.product_id, a.day.isoformat(), a.late_orders) for a in got)
            wanted = [(w["scope"], w.get("product_id", ""), w["day"], w["late"]) for w in want]
            assert found == sorted(wanted)
    if "money_at_stake" in e:
        want = e["money_at_stake"]
        assert result.money_at_stake == (None if want == "unknown" else Decimal(str(want)))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case) -> None:
    """One data-driven case."""
    if "metrics" in case.data:
        _check_metrics(case)
    else:
        _check_verdict(_verdict_for(case), case.data["expect"])
