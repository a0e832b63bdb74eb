"""`shipcheck metrics` as readable tables, in Chinese or English (``--json`` has the same data)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from policies.records import Condition, PlatformMetrics, RateMetric

PLATFORM_NAMES = {"kuaishou": ("快手小店", "Kuaishou"), "douyin": ("抖店", "Douyin")}
COMPARISONS = {">": ">", ">=": "≥", "<": "<", "<=": "≤"}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(rows: list[list[str]]) -> list[str]:
    """Rows as aligned text columns (Chinese characters count double), the first row a header."""
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines


class MetricsText:
    """Formatting in one language."""

    def __init__(self, english: bool) -> None:
        self.en = english

    def pick(self, zh: str, en: str) -> str:
        return en if self.en else zh

    def pct(self, value: Decimal | None) -> str:
        return "—" if value is None else f"{(value * 100).quantize(Decimal('0.01'))}%"

    def number(self, key: str, value: Decimal | None) -> str:
        if value is None:
            return "—"
        return self.pct(value) if "rate" in key or "ratio" in key else f"{value.normalize():f}"

    def met(self, met: bool | None) -> str:
        if met is None:
            return self.pick("无法判断（缺数据）", "cannot tell (no data)")
        return self.pick("达标", "met") if met else self.pick("未达标", "not met")

    def money(self, value: Decimal | None) -> str:
        return self.pick("未设置", "not set") if value is None else f"¥{value:,.2f}"

    def rate_row(self, name: str, rate: RateMetric) -> list[str]:
        if not rate.measurable:
            value = self.pick("无法计算（没有揽收记录）", "not measurable (no pickup scans)")
        elif rate.value is None and rate.carried_over:
            value = self.pick("沿用上期", "carried over")
        else:
            value = self.pct(rate.value)
        detail = f"{rate.numerator} / {rate.denominator}"
        if rate.threshold is not None:
            sign = COMPARISONS.get(rate.comparison, rate.comparison)
            detail += self.pick("，门槛 ", ", threshold ") + f"{sign} {self.pct(rate.threshold)}"
            detail += self.pick("：", ": ") + self.met(rate.meets)
        return [name, value, detail]

    def condition_rows(self, conditions: tuple[Condition, ...]) -> list[list[str]]:
        rows = [
            self.header(("条件", "数值", "门槛", "结果"), ("condition", "value", "threshold", ""))
        ]
        for c in conditions:
            sign = COMPARISONS.get(c.comparison, c.comparison)
            rows.append(
                [
                    self.pick(c.label, c.label_en),
                    self.number(c.key, c.value),
                    f"{sign} {self.number(c.key, c.threshold)}",
                    self.met(c.met),
                ]
            )
        return rows

    def header(self, zh: tuple[str, ...], en: tuple[str, ...]) -> list[str]:
        return list(en if self.en else zh)


def metrics_lines(m: PlatformMetrics, english: bool) -> list[str]:
    """The metrics of one platform and period as lines of text."""
    t = MetricsText(english)
    names = PLATFORM_NAMES.get(m.platform.value, ("速卖通", "AliExpress"))
    shop = m.shop or t.pick("全部店铺", "every shop")
    lines = [
        f"{t.pick(*names)} · {shop} · {m.period_start} – {m.period_end}"
        + t.pick(
            f"（截至 {m.as_of:%Y-%m-%d %H:%M:%S} 北京时间）", f" (as of {m.as_of} China time)"
        ),
        "",
    ]
    money_detail = (
        t.pick(f"{m.money_unknown_orders} 单金额未设置", f"{m.money_unknown_orders} orders not set")
        if m.money_unknown_orders
        else ""
    )
    lines += table(
        [
            t.header(("指标", "数值", "明细"), ("metric", "value", "detail")),
            [t.pick("可考核订单", "Assessable orders"), str(m.assessable_orders), ""],
            t.rate_row(t.pick("及时发货率", "On-time shipping rate"), m.on_time_rate),
            t.rate_row(t.pick("揽收异常率", "Pickup-anomaly rate"), m.pickup_anomaly_rate),
            [t.pick("涉及金额", "Money at stake"), t.money(m.money_at_stake), money_detail],
        ]
    )
    w = m.high_stock_waiver
    if w is not None:
        verdict = t.pick("符合", "eligible") if w.eligible else t.pick("不符合", "not eligible")
        lines += [
            "",
            t.pick(
                f"高现货商家超时未发货处罚豁免：{verdict}（{w.week_start} 当周考核，"
                f"可用于 {w.waiver_week_start} 当周）",
                f"High-in-stock overdue-penalty waiver: {verdict} (week of {w.week_start}, "
                f"usable in the week of {w.waiver_week_start})",
            ),
        ]
        lines += table(t.condition_rows(w.conditions))
        if w.suggested_order is not None:
            order = " ".join(part for part in w.suggested_order if part)
            reason = t.pick(w.suggested_reason, w.suggested_reason_en)
            lines.append(
                t.pick(f"  建议用在订单 {order}：{reason}", f"  Use it on {order}: {reason}")
            )
    r = m.penalty_refund
    if r is not None:
        verdict = t.pick("符合", "eligible") if r.eligible else t.pick("不符合", "not eligible")
        lines += ["", t.pick(f"优质履约免罚激励：{verdict}", f"Good-fulfilment refund: {verdict}")]
        lines += table(
            [
                t.header(("项目", "数值"), ("item", "value")),
                [t.pick("当月及时发货率", "On-time rate of the month"), t.pct(r.on_time_rate)],
                [t.pick("门槛", "Threshold"), f"≥ {t.pct(r.threshold)}"],
                [t.pick("被罚订单", "Penalised orders"), str(r.penalised_orders)],
                [t.pick("已扣金额", "Deducted"), t.money(r.deducted_amount)],
                [t.pick("可返还", "Refund"), t.money(r.refund_amount)],
                [t.pick("返还日期", "Refund date"), r.refund_date.isoformat()],
            ]
        )
    if m.experience_protection is not None:
        lines += ["", t.pick("体验分保护", "Experience-score protection")]
        rows = [
            t.header(
                ("指标", "本店", "行业均值", "计分值", "是否保护"),
                ("indicator", "own", "industry", "scored", "protected"),
            )
        ]
        for i in m.experience_protection:
            rows.append(
                [
                    t.pick(i.label, i.label_en),
                    t.number(i.key, i.own),
                    t.number(i.key, i.industry),
                    t.number(i.key, i.protected_value),
                    t.pick("是", "yes") if i.protected else t.pick("否", "no"),
                ]
            )
        lines += table(rows)
    if m.shop_score is not None:
        lines += ["", t.pick("店铺考核权重（二手资料）", "Shop score weights (secondary source)")]
        rows = [t.header(("项目", "权重", "数值", "结果"), ("item", "weight", "value", "result"))]
        for c in m.shop_score:
            met = "" if c.condition is None else t.met(c.condition.met)
            rows.append(
                [t.pick(c.label, c.label_en), t.pct(c.weight), t.number(c.key, c.value), met]
            )
        lines += table(rows)
    notes = m.notes_en if english else m.notes
    lines += [t.pick(f"注：{note}", f"Note: {note}") for note in notes]
    return lines
