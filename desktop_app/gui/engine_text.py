"""English for the few engine texts that come only in Chinese (deadline basis, metrics notes).

The engine gives English variants for reasons, trace steps and condition labels; a verdict's
`deadline_basis` and `PlatformMetrics.notes` are Chinese only. In English mode the GUI shows them
through this table of the engine's known phrasings; anything it does not recognise is shown as
the engine wrote it (never dropped). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TAGS = {"A1 放宽": "A1 relaxed", "标准（推断）": "standard (inferred)"}
_RATES = {"及时发货率": "On-time shipping rate", "揽收异常率": "Pickup-anomaly rate"}


def _tag(text: str) -> str:
    return _TAGS.get(text, text)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_BASIS: list[_Rule] = [
    (re.compile(r"^承诺发货时间（导出表）$"), lambda m: "promised shipping time (from the export)"),
    (
        re.compile(r"^支付时间 \+ 承诺发货时长 (\S+) 小时（商品表）$"),
        lambda m: f"paid time + promised {m[1]} hours to ship (product table)",
    ),
    (re.compile(r"^无法确定$"), lambda m: "cannot be determined"),
    (
        re.compile(r"^JIT揽收 (.+?)：(截单前|截单后)订单 T\+(\d+) 个工作日 23:59$"),
        lambda m: (
            f"JIT pickup, {_tag(m[1])}: ordered {'before' if m[2] == '截单前' else 'after'}"
            f" the cut-off, T+{m[3]} working days 23:59"
        ),
    ),
    (
        re.compile(
            r"^(\S+) (.+?)：付款后 (\S+) 小时内(上网|到仓)（(不计周日/节假日|不计节假日)）$"
        ),
        lambda m: (
            f"{m[1]} {_tag(m[2])}: "
            + ("online" if m[4] == "上网" else "at the warehouse")
            + f" within {m[3]} hours of payment ("
            + ("Sundays and holidays not counted" if "周日" in m[5] else "holidays not counted")
            + ")"
        ),
    ),
]

_NOTES: list[_Rule] = [
    (
        re.compile(r"^揽收异常率：导入的数据里没有揽收时间.*$"),
        lambda m: (
            "Pickup-anomaly rate: the imported data carry no pickup scans (揽收时间), so it cannot"
            " be measured — import an order or logistics sheet with pickup times"
        ),
    ),
    (
        re.compile(r"^K4 高现货商家超时未发货处罚豁免（2023-02-15 起）在下一周尚未生效.*$"),
        lambda m: (
            "K4 high-in-stock waiver (from 2023-02-15) is not yet in force in the following week:"
            " this week's data grant no waiver"
        ),
    ),
    (
        re.compile(
            r"^(及时发货率|揽收异常率)：本期没有可考核订单，"
            r"沿用上一期数据（K1），不显示为 100% 或 0%$"
        ),
        lambda m: (
            f"{_RATES[m[1]]}: no assessable orders in this period — the previous period's value"
            " carries over (K1); not shown as 100 % or 0 %"
        ),
    ),
    (
        re.compile(r"^(\d+) 单的赔付/罚扣金额未设置，涉及金额未知$"),
        lambda m: (
            f"{m[1]} orders have no compensation/penalty amount set: the money at stake is unknown"
        ),
    ),
    (
        re.compile(r"^(\d+) 单超出节假日数据范围，按仅周末休息计算（calendar_fallback）$"),
        lambda m: (
            f"{m[1]} orders fall outside the holiday data: only weekends were counted as rest days"
            " (calendar_fallback)"
        ),
    ),
    (
        re.compile(
            r"^K3 来自二手资料（seed 001，2024 年文章），仅供参考 / secondary source, for reference"
            r"(?:；加权分（ShipCheck 公式）(\S+))?$"
        ),
        lambda m: (
            "K3 comes from a secondary source (seed 001, a 2024 article), for reference only"
            + (f"; weighted score (ShipCheck formula) {m[1]}" if m[1] else "")
        ),
    ),
    (
        re.compile(r"^A2 优质履约免罚激励自 (\d{4}-\d{2}-\d{2}) 起生效，本月不适用$"),
        lambda m: f"The A2 penalty refund for good fulfilment applies from {m[1]}; not this month",
    ),
]


def _translate(text: str, rules: list[_Rule]) -> str:
    for pattern, build in rules:
        match = pattern.match(text)
        if match:
            return build(match)
    return text


_BILINGUAL_VALUES = {
    "未设置 (not set)": ("未设置", "not set"),
    "未填写 (not entered)": ("未填写", "not entered"),
    "是 (yes)": ("是", "yes"),
    "否 (no)": ("否", "no"),
}


def unit_name(unit: str, fallback: str, english: bool) -> str:
    """A parameter unit's name (`policies.params.UNITS` key; "number" for seller values)."""
    if not english:
        return fallback
    if unit == "number":
        return "number"
    try:
        from policies.params import UNITS
    except ImportError:
        return fallback
    return UNITS[unit][1] if unit in UNITS else fallback


def parameter_value(text: str, english: bool) -> str:
    """A parameter default as shown in settings: the engine's "中文 (English)" pairs split."""
    pair = _BILINGUAL_VALUES.get(text)
    if pair is None:
        return text
    return pair[1] if english else pair[0]


def deadline_basis(text: str, english: bool) -> str:
    """A verdict's deadline basis in the UI language (unknown phrasings unchanged)."""
    return _translate(text, _BASIS) if english else text


def metrics_note(text: str, english: bool) -> str:
    """One `PlatformMetrics.notes` entry in the UI language (unknown phrasings unchanged)."""
    return _translate(text, _NOTES) if english else text
