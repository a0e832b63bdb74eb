"""policies.explain renders verdicts; policies.info carries the informational rules verbatim."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from policies.engine import evaluate_orders
from policies.explain import explain
from policies.info import INFO_RULES, info_for, info_rule
from policies.records import OrderRecord, Platform


def test_explain_names_rule_clause_parameter_value_and_source() -> None:
    order = OrderRecord(
        Platform.DOUYIN,
        "6920000000000000001",
        paid_at=datetime(2022, 12, 19, 11, 59, 59),
        promised_ship_at=datetime(2022, 12, 21, 12),
        paid_amount=Decimal(100),
    )
    (v,) = evaluate_orders([order], datetime(2023, 1, 1))
    zh = "\n".join(explain(v))
    en = "\n".join(explain(v, english=True))
    assert "超时未发货" in zh and "涉及金额：3 元" in zh and "可报备/申诉" in zh
    # the value with its name as a seller reads it and where it is written, never a file or key
    assert "= 否 (no)（《抖音疫情期间商家最新发货及服务调整公告》（2024-09-27）FAQ Q1）" in zh
    assert "D1：按支付时间，《抖音疫情期间商家最新发货及服务调整公告》当时尚未生效" in zh
    assert "Status: overdue" in en and "Money at stake: 3 yuan" in en
    assert "(“Douyin: latest shipping and service adjustments for merchants during the " in en
    for text in (zh, en):
        assert "douyin.d1" not in text and "seed" not in text.lower()


def test_unknown_money_is_said_so() -> None:
    order = OrderRecord(
        Platform.KUAISHOU,
        "1",
        paid_at=datetime(2022, 8, 1),
        promised_ship_at=datetime(2022, 8, 2),
        paid_amount=Decimal(100),
    )
    (v,) = evaluate_orders([order], datetime(2022, 9, 1))
    assert v.compensation is None
    assert "涉及金额：未知（金额未设置）" in explain(v)


def test_info_rules_are_quoted_verbatim_from_the_seeds() -> None:
    assert [r.rule for r in INFO_RULES] == ["K5", "K6", "D3", "D4"]
    assert [r.rule for r in info_for(Platform.KUAISHOU)] == ["K5", "K6"]
    k5 = info_rule("K5")
    assert "2023年2月16日生效" in k5.quotes[0] and k5.summary_en
    assert any("上海、北京、武汉、长春、沈阳" in q for q in info_rule("D3").quotes)


def test_seed_000_quotes_are_character_for_character() -> None:
    # shared/ lives beside the repository (CI) or a few levels up (worktrees)
    candidates = [p / "shared" / "seeds" for p in Path(__file__).resolve().parents]
    files = [f for c in candidates if c.is_dir() for f in sorted(c.glob("000_*.txt"))]
    if not files:
        pytest.skip("shared seeds not beside the repository")
    text = files[0].read_text(encoding="utf-8")
    for rule in ("D3", "D4"):
        for quote in info_rule(rule).quotes:
            assert quote in text, quote
