"""English for the engine's Chinese-only texts (deadline basis, metrics notes, parameter values)."""

from __future__ import annotations

import pytest

from desktop_app.gui import engine_text


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("承诺发货时间（导出表）", "promised shipping time (from the export)"),
        ("支付时间 + 承诺发货时长 48 小时（商品表）", "paid time + promised 48 hours to ship"),
        (
            "POP A1 放宽：付款后 72 小时内上网（不计周日/节假日）",
            "POP A1 relaxed: online within 72",
        ),
        ("JIT揽收 标准（推断）：截单后订单 T+3 个工作日 23:59", "ordered after the cut-off, T+3"),
    ],
)
def test_deadline_basis(zh: str, en: str) -> None:
    assert en in engine_text.deadline_basis(zh, english=True)
    assert engine_text.deadline_basis(zh, english=False) == zh


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        (
            "揽收异常率：本期没有可考核订单，沿用上一期数据（K1），不显示为 100% 或 0%",
            "Pickup-anomaly",
        ),
        ("4 单的赔付/罚扣金额未设置，涉及金额未知", "4 orders have no compensation"),
        ("2 单超出节假日数据范围，按仅周末休息计算（calendar_fallback）", "2 orders fall outside"),
        ("A2 优质履约免罚激励自 2024-04-12 起生效，本月不适用", "applies from 2024-04-12"),
        (
            "K3 来自二手资料（seed 001，2024 年文章），仅供参考 / secondary source, for reference"
            "；加权分（ShipCheck 公式）88.5",
            "weighted score (ShipCheck formula) 88.5",
        ),
    ],
)
def test_metrics_notes(zh: str, en: str) -> None:
    out = engine_text.metrics_note(zh, english=True)
    assert en in out and not any("\u4e00" <= ch <= "\u9fff" for ch in out)


def test_unknown_text_is_shown_as_written() -> None:
    assert engine_text.metrics_note("新的提示", english=True) == "新的提示"
    assert engine_text.parameter_value("是 (yes)", english=True) == "yes"
    assert engine_text.parameter_value("未设置 (not set)", english=False) == "未设置"
    assert engine_text.unit_name("hours", "小时", english=True) == "hours"


def test_engine_phrasings_still_match() -> None:
    """The engine's own notes for the demo-like cases are recognised (guards against rewording)."""
    pytest.importorskip("policies.metrics")
    import inspect

    import policies.metrics as metrics

    source = inspect.getsource(metrics)
    for fragment in ("本期没有可考核订单", "单的赔付/罚扣金额未设置", "单超出节假日数据范围"):
        assert fragment in source
