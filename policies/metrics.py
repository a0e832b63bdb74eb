"""Per-platform metrics for a shop and period, as of an instant (K1, K3, K4, D2, A2).

- On-time shipping rate = on-time / assessable orders *due* in the window (deadline in the
window and
  the outcome known as of the instant). Exempt (K1) and excluded orders are removed from both sides.
  A window with nothing assessable is "carried over" (K1: the platform keeps the earlier data) —
  value None, never 100 % or 0 %.
- Pickup-anomaly rate = shipped assessable orders without a carrier pickup scan within the window
  parameter ``common.core.pickup_anomaly_hours`` / shipped assessable orders (outcome known).
- K3 components (secondary source), K4 waiver eligibility, A2 refund projection, D2 protection.

Seller-entered values that are not parameters (K3 return/after-sales rates, D2 own and industry
indicator values) are listed in `SELLER_VALUES`; the settings command validates against it.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from policies import aliexpress, douyin, kuaishou
from policies.context import EvalContext, inactive_words
from policies.deadlines import pickup_anomaly
from policies.douyin_cite import cite
from policies.engine import evaluate_order, make_context
from policies.params import ParameterSet
from policies.records import (
    LATE,
    ON_TIME,
    OVERDUE,
    AffectedArea,
    Condition,
    DailyPoint,
    HighStockWaiver,
    IndicatorProtection,
    LateShippingAlert,
    OrderRecord,
    PenaltyRefund,
    Platform,
    PlatformMetrics,
    ProductRecord,
    RateMetric,
    ScoreComponent,
    Status,
    Verdict,
)
from policies.rulebook import staleness

DECIDED = (ON_TIME, LATE, OVERDUE)
PERIODS = ("week", "month")


@dataclass(frozen=True, slots=True)
class SellerValue:
    """A seller-entered number the metrics use (not a dated parameter)."""

    key: str
    rule: str
    label: str
    label_en: str


def _seller_values() -> dict[str, SellerValue]:
    out = {
        "kuaishou.k3.return_rate": SellerValue(
            "kuaishou.k3.return_rate", "K3", "退货率（店铺后台数值，0–1）", "Return rate (0–1)"
        ),
        "kuaishou.k3.after_sales_rate": SellerValue(
            "kuaishou.k3.after_sales_rate",
            "K3",
            "售后服务率（店铺后台数值，0–1）",
            "After-sales service rate (0–1)",
        ),
    }
    for ind in douyin.D2_INDICATORS:
        for side, zh, en in (("own", "本店", "own"), ("industry", "行业均值", "industry average")):
            key = f"douyin.d2.{side}.{ind.key}"
            out[key] = SellerValue(key, "D2", f"{ind.label}（{zh}）", f"{ind.label_en} ({en})")
    return out


SELLER_VALUES: dict[str, SellerValue] = _seller_values()


def seller_number(values: Mapping[str, Any], key: str) -> Decimal | None:
    """A seller-entered number from settings (None when unset or not a number)."""
    raw = values.get(key)
    if raw is None or isinstance(raw, bool):
        return None
    try:
        text = str(raw).strip()
        return Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
    except InvalidOperation:
        return None


def period_bounds(period: str, start: date) -> tuple[date, date]:
    """(first day, last day inclusive) of a week starting at `start` or the month containing it."""
    if period == "week":
        return start, start + timedelta(days=6)
    if period == "month":
        first = start.replace(day=1)
        return first, date(first.year, first.month, _stdcal.monthrange(first.year, first.month)[1])
    raise ValueError(f"period must be 'week' or 'month', not {period!r}")


def period_days_needed(period: str, start: date) -> tuple[date, date]:
    """(first, last day inclusive) on which an order due, paid or shipped can count in the
    period's metrics: the period itself and, for a week, the next week (K4's waiver is spent on
    an order due then)."""
    lo, hi = period_bounds(period, start)
    return lo, (hi + timedelta(days=7) if period == "week" else hi)


def _in(day: date, lo: date, hi: date) -> bool:
    return lo <= day <= hi


def on_time_rate(
    verdicts: Sequence[Verdict],
    lo: date,
    hi: date,
    threshold: Decimal | None,
    rules: tuple[str, ...],
) -> tuple[RateMetric, tuple[DailyPoint, ...]]:
    """The on-time rate over orders due in [lo, hi] (exempt/excluded removed), and daily points."""
    days: dict[date, list[int]] = {}
    on_time = due = 0
    decided, done = DECIDED, ON_TIME  # (a module constant, not `Status.ON_TIME` per verdict)
    for v in verdicts:
        deadline = v.deadline
        if deadline is None or v.status not in decided:
            continue
        d = deadline.date()
        if not lo <= d <= hi:
            continue
        due += 1
        point = days.get(d)
        if point is None:
            point = days[d] = [0, 0, 0]
        point[0] += 1
        if v.status == done:
            on_time += 1
            point[1] += 1
        else:
            point[2] += 1
    daily = []
    d = lo
    while d <= hi:
        p = days.get(d, [0, 0, 0])
        daily.append(DailyPoint(d, p[0], p[1], p[2]))
        d += timedelta(days=1)
    return _rate("on_time_rate", on_time, due, threshold, ">=", rules), tuple(daily)


def _rate(
    key: str, num: int, den: int, threshold: Decimal | None, comparison: str, rules: tuple[str, ...]
) -> RateMetric:
    if den == 0:
        return RateMetric(key, 0, 0, None, True, threshold, comparison, None, rules)
    value = Decimal(num) / Decimal(den)
    meets: bool | None = None
    if threshold is not None:
        meets = value >= threshold if comparison == ">=" else value <= threshold
    return RateMetric(key, num, den, value, False, threshold, comparison, meets, rules)


def pickup_anomaly_rate(
    pairs: Sequence[tuple[OrderRecord, Verdict]],
    lo: date,
    hi: date,
    ctx: Any,
    rules: tuple[str, ...] = ("K1",),
) -> RateMetric:
    """Shipped assessable orders (shipped in [lo, hi], outcome known) without a timely pickup
    scan. `rules`: the rule ids the rate cites (K1 names it for Kuaishou; the definition itself
    is the cross-cutting one, a parameter)."""
    num = den = 0
    scanned = False  # some assessed order (of any period) carries a pickup scan
    as_of, window = ctx.as_of, ctx.pickup_hours
    # (one pass, no list of the assessed pairs: 1.5 → 0.5 s at 300k orders)
    begin = datetime.combine(lo, datetime.min.time())
    end = datetime.combine(hi + timedelta(days=1), datetime.min.time())
    unassessed = (Status.EXEMPT, Status.EXCLUDED)
    for o, v in pairs:
        if v.status in unassessed:
            continue
        if o.picked_up_at is not None:
            scanned = True
        shipped = o.shipped_at
        # shipped by the as-of instant, on a day in [lo, hi]
        if shipped is None or shipped > as_of or not begin <= shipped < end:
            continue
        picked = o.picked_up_at
        if (picked is None or picked > as_of) and as_of <= shipped + window:
            continue  # not decided yet
        den += 1
        if pickup_anomaly(o, ctx):
            num += 1
    if den and not scanned:
        # Shipped orders, but no pickup scan anywhere in the assessable data (e.g. the export
        # has no 揽收时间 column): not measurable, never 100 % (inferred; see platform_metrics).
        return RateMetric(
            "pickup_anomaly_rate", 0, 0, None, comparison="<=", rules=rules, measurable=False
        )
    return _rate("pickup_anomaly_rate", num, den, None, "<=", rules)


def k4_decision_instant(week_start: date) -> datetime:
    """The instant K4's parameters are read at for the week measured from `week_start`: the end of
    the following week, the one the waiver is used in (inferred: a waiver week that K4 reaches
    on any day — e.g. 2023-02-13…19, announced 02-15 — is granted on the week before's data)."""
    return datetime.combine(week_start + timedelta(days=13), datetime.max.time()).replace(
        microsecond=0
    )


def high_stock_waiver(
    pairs: Sequence[tuple[OrderRecord, Verdict]],
    week_start: date,
    rate: RateMetric,
    ctx: Any,
) -> HighStockWaiver:
    """K4 (seed 002): eligibility over the natural week at `week_start`, waiver in the next week.

    Paid orders = orders paid in the week by the as-of instant (any later status, inferred);
    committed-in-stock = product
    promise 24/48 h, not 闪电购 (unknown promise → not counted, noted). Suggested order: among
    the late/overdue non-exempt orders due in the waiver week, the one whose overdue penalty
    (``kuaishou.k4.overdue_penalty``, seller-set) is largest, then the largest paid amount
    (inferred); `waiver_saving` is that penalty, None when not set.
    """
    if week_start.weekday() != 0:
        raise ValueError("K4 uses natural weeks: --start must be a Monday")
    week_end = week_start + timedelta(days=6)
    at = k4_decision_instant(week_start)
    params: ParameterSet = ctx.params
    paid = in_stock = 0
    begin = datetime.combine(week_start, datetime.min.time())
    end = datetime.combine(week_end + timedelta(days=1), datetime.min.time())
    # Whether an order is committed in stock depends on its type, its product and parameters
    # alone: memoised per parameter segment (`ParameterSet.segment`), 1.2 → 0.2 s at 250k orders.
    committed: dict[tuple[str, str, int], bool | None] = {}
    for o, _v in pairs:
        paid_at = o.paid_at
        # An order paid after the as-of instant has not happened yet (its verdict is excluded).
        if paid_at is None or paid_at > ctx.as_of or not begin <= paid_at < end:
            continue
        paid += 1
        key = (o.order_type, o.product_id, params.segment(paid_at))
        if key in committed:
            hit = committed[key]
        else:
            hit = committed[key] = kuaishou.is_committed_in_stock(
                o, ctx.product_of(o), params, paid_at
            )
        if hit:
            in_stock += 1
    ratio = Decimal(in_stock) / Decimal(paid) if paid else None
    conditions = kuaishou.k4_conditions(paid, ratio, rate.value, params, at)
    active = params.value("kuaishou.k4.active", at) is True
    eligible = active and all(c.met is True for c in conditions)
    waiver_start = week_start + timedelta(days=7)
    suggested: tuple[str, str] | None = None
    saving: Decimal | None = None
    reason = reason_en = ""
    if eligible:
        # The waiver saves the order's overdue penalty (`kuaishou._k4_penalty`): the largest known
        # saving first, then (equal or unknown penalties) the largest paid amount, then the
        # earliest deadline — inferred, seed 002 gives no order.
        best: tuple[tuple[bool, Decimal, Decimal], datetime, OrderRecord] | None = None
        for o, v in pairs:
            if v.status not in (Status.LATE, Status.OVERDUE) or v.deadline is None:
                continue
            if not _in(v.deadline.date(), waiver_start, waiver_start + timedelta(days=6)):
                continue
            penalty = kuaishou.overdue_penalty(params, v.deadline)
            rank = (
                penalty is not None,
                penalty if penalty is not None else Decimal(0),
                o.paid_amount or Decimal(0),
            )
            if best is None or rank > best[0] or (rank == best[0] and v.deadline < best[1]):
                best = (rank, v.deadline, o)
        if best is not None:
            (known, amount, top_paid), _, o = best
            suggested = (o.order_id, o.sub_order_id)
            if known:
                saving = amount
                reason = (
                    f"建议把本周豁免用于订单 {o.order_id}：可免其超时未发货处罚 {amount} 元"
                    "（卖家设置；处罚最高者优先，相同时取实付款最高"
                    f"的，此单 {top_paid} 元——公告未明说，本软件的建议）；"
                    "豁免只免超时未发货处罚，延迟发货赔付（K2）照常"
                )
                reason_en = (
                    f"Suggested: spend this week's waiver on order {o.order_id} — it saves its "
                    f"overdue-unshipped penalty of {amount} yuan ("
                    "seller setting; the largest penalty first, on a tie the largest "
                    f"paid amount, here {top_paid} yuan — the announcement does not say; "
                    "ShipCheck's suggestion); the waiver covers only the "
                    "overdue penalty, the late-shipping compensation (K2) still applies"
                )
            else:
                reason = (
                    f"建议把本周豁免用于订单 {o.order_id}：实付款 {top_paid} 元最高，超时处罚最重（"
                    "本软件的建议）；超时未发货处罚金额未设置（平台未公布，可在设置中填写），"
                    "豁免可省金额未知；"
                    "豁免只免超时未发货处罚，延迟发货赔付（K2）照常"
                )
                reason_en = (
                    f"Suggested: spend this week's waiver on order {o.order_id} — at {top_paid} "
                    "yuan paid it carries the heaviest overdue penalty (ShipCheck's "
                    "suggestion); the penalty amount is not set (not published; it can be "
                    "entered in the settings), so what the waiver saves "
                    "is unknown; the waiver covers only the overdue penalty, the late-shipping "
                    "compensation (K2) still applies"
                )
    return HighStockWaiver(
        week_start=week_start,
        waiver_week_start=waiver_start,
        eligible=eligible,
        paid_orders=paid,
        in_stock_ratio=ratio,
        on_time_rate=rate.value,
        conditions=conditions,
        suggested_order=suggested,
        suggested_reason=reason,
        suggested_reason_en=reason_en,
        waiver_saving=saving,
    )


def shop_score(
    rate: RateMetric, values: Mapping[str, Any], params: ParameterSet, at: datetime
) -> tuple[tuple[ScoreComponent, ...], tuple[str, str]]:
    """K3 components (seed 001, secondary source) and a weighted score under a documented formula.

    Formula (ShipCheck's, the article gives none): on-time × w1 + (1 − return rate) × w2 +
    after-sales rate × w3, × 100; shown only when every component is known.
    """
    w_on = params.resolve("kuaishou.k3.on_time_weight", at)
    t_on = params.resolve("kuaishou.k3.on_time_threshold", at)
    w_ret = params.resolve("kuaishou.k3.return_weight", at)
    t_ret = params.resolve("kuaishou.k3.return_threshold", at)
    w_as = params.resolve("kuaishou.k3.after_sales_weight", at)
    if not all(isinstance(r.value, Decimal) for r in (w_on, t_on, w_ret, t_ret, w_as)):
        return (), ("", "")
    ret = seller_number(values, "kuaishou.k3.return_rate")
    aft = seller_number(values, "kuaishou.k3.after_sales_rate")
    assert isinstance(w_on.value, Decimal) and isinstance(t_on.value, Decimal)
    assert isinstance(w_ret.value, Decimal) and isinstance(t_ret.value, Decimal)
    assert isinstance(w_as.value, Decimal)
    src = "secondary source: " + t_on.cite
    c_on = Condition(
        "on_time_rate",
        "及时发货率",
        "On-time shipping rate",
        rate.value,
        t_on.value,
        ">=",
        None if rate.value is None else rate.value >= t_on.value,
        "K3",
        src,
    )
    c_ret = Condition(
        "return_rate",
        "退货率",
        "Return rate",
        ret,
        t_ret.value,
        "<=",
        None if ret is None else ret <= t_ret.value,
        "K3",
        "secondary source: " + t_ret.cite,
    )
    comps = (
        ScoreComponent(
            "on_time_rate", "及时发货率", "On-time shipping rate", w_on.value, rate.value, c_on
        ),
        ScoreComponent("return_rate", "退货率", "Return rate", w_ret.value, ret, c_ret),
        ScoreComponent(
            "after_sales_rate", "售后服务率", "After-sales service rate", w_as.value, aft, None
        ),
    )
    note = (
        "K3 来自第三方文章《快手电商疫情下商家发货考核全面升级》（2024-08-14），"
        "不是平台公告，仅供参考"
    )
    note_en = (
        "K3 comes from a third party's article (2024-08-14), not a platform announcement: "
        "for reference only"
    )
    if rate.value is not None and ret is not None and aft is not None:
        score = (rate.value * w_on.value + (1 - ret) * w_ret.value + aft * w_as.value) * 100
        note += f"；加权分（ShipCheck 公式）{score.quantize(Decimal('0.1'))}"
        note_en += f"; weighted score (ShipCheck's formula) {score.quantize(Decimal('0.1'))}"
    return comps, (note, note_en)


def experience_protection(
    values: Mapping[str, Any], params: ParameterSet, at: datetime
) -> tuple[IndicatorProtection, ...]:
    """D2 protected indicators from the seller-entered own and industry values."""
    own = {i.key: seller_number(values, f"douyin.d2.own.{i.key}") for i in douyin.D2_INDICATORS}
    ind = {
        i.key: seller_number(values, f"douyin.d2.industry.{i.key}") for i in douyin.D2_INDICATORS
    }
    return douyin.d2_protect(own, ind, douyin.d2_active(params, at))


_NOT_DUE = frozenset((Status.EXCLUDED, Status.EXEMPT))


def late_shipping_alerts(
    pairs: Sequence[tuple[OrderRecord, Verdict]], lo: date, hi: date, ps: ParameterSet
) -> tuple[tuple[LateShippingAlert, ...], bool]:
    """D6 escalation warnings for each day of [lo, hi] on which thresholds are known, per shop:
    one product's day (≥ 50 % and ≥ 100 late → product may be banned), the shop's day (≥ 30 %
    and ≥ 200 late → no new orders for 7 days), the shop's two days in a row (≥ 40 % and ≥ 200
    late each day → orders capped at 100 a day for 7 days).

    A day's orders due are the assessable orders whose deadline falls on it (those not due yet
    included: the platform counts the whole day); its late orders are those of them late or
    still unshipped past the deadline (as of the evaluation). Returns the
    alerts and whether any day of the period had thresholds at all.
    """
    # (shop, day) -> [due, late]; (shop, product, day) -> [due, late]
    shop_days: dict[tuple[str, date], list[int]] = {}
    product_days: dict[tuple[str, str, date], list[int]] = {}
    names: dict[tuple[str, str], str] = {}
    for o, v in pairs:
        deadline = v.deadline
        if deadline is None or v.status in _NOT_DUE:
            continue
        day = deadline.date()
        if not lo <= day <= hi:
            continue
        late = 1 if v.status in (LATE, OVERDUE) else 0
        count = shop_days.setdefault((o.shop, day), [0, 0])
        count[0] += 1
        count[1] += late
        if o.product_id:
            pcount = product_days.setdefault((o.shop, o.product_id, day), [0, 0])
            pcount[0] += 1
            pcount[1] += late
            names.setdefault((o.shop, o.product_id), o.product_name)
    alerts: list[LateShippingAlert] = []
    known = False
    day = lo
    while day <= hi:
        at = datetime.combine(day, datetime.min.time())
        limits = _escalation_limits(ps, at)
        if limits is not None:
            known = True
            (p_rate, p_late), (two_rate, two_late), (d_rate, d_late) = limits
            for (shop, product, d), (due, late) in product_days.items():
                if d == day and late >= p_late and Decimal(late) >= p_rate * due:
                    alerts.append(
                        _alert(
                            "product",
                            shop,
                            product,
                            names.get((shop, product), ""),
                            day,
                            due,
                            late,
                            p_rate,
                            p_late,
                            "该商品可能被禁售，迟发订单货款冻结 7 天；迟发订单揽收后次日解除",
                            "the product may be banned and its late orders' money frozen for "
                            "7 days; lifted the day after the late orders are picked up",
                        )
                    )
            for (shop, d), (due, late) in shop_days.items():
                if d != day:
                    continue
                if late >= d_late and Decimal(late) >= d_rate * due:
                    alerts.append(
                        _alert(
                            "shop_day",
                            shop,
                            "",
                            "",
                            day,
                            due,
                            late,
                            d_rate,
                            d_late,
                            "店铺可能 7 天内每日不能接单（0 单/日）；迟发订单揽收后次日解除",
                            "the shop may take no orders (0 a day) for 7 days; lifted the day "
                            "after the late orders are picked up",
                        )
                    )
                before = shop_days.get((shop, day - timedelta(days=1)))
                if (
                    before is not None
                    and late >= two_late
                    and Decimal(late) >= two_rate * due
                    and before[1] >= two_late
                    and Decimal(before[1]) >= two_rate * before[0]
                ):
                    alerts.append(
                        _alert(
                            "shop_two_days",
                            shop,
                            "",
                            "",
                            day,
                            due,
                            late,
                            two_rate,
                            two_late,
                            "店铺可能 7 天内每日限 100 单；迟发订单揽收后次日解除",
                            "the shop's orders may be capped at 100 a day for 7 days; lifted the "
                            "day after the late orders are picked up",
                        )
                    )
        day += timedelta(days=1)
    return tuple(alerts), known


def _escalation_limits(
    ps: ParameterSet, at: datetime
) -> tuple[tuple[Decimal, int], tuple[Decimal, int], tuple[Decimal, int]] | None:
    """The three (rate, count) thresholds in force on a day, or None when any is not known."""
    out: list[tuple[Decimal, int]] = []
    for scope in ("product", "shop_two_days", "shop_day"):
        rate = ps.value(f"douyin.d6.escalation.{scope}_rate", at)
        late = ps.value(f"douyin.d6.escalation.{scope}_late", at)
        if not isinstance(rate, Decimal) or not isinstance(late, int) or isinstance(late, bool):
            return None
        out.append((rate, late))
    return out[0], out[1], out[2]


def _alert(
    scope: str,
    shop: str,
    product: str,
    name: str,
    day: date,
    due: int,
    late: int,
    rate: Decimal,
    count: int,
    measure: str,
    measure_en: str,
) -> LateShippingAlert:
    source, source_en = cite("douyin-late-shipping", "违规处理", datetime.combine(day, time()))
    return LateShippingAlert(
        scope=scope,
        shop=shop,
        product_id=product,
        product_name=name,
        day=day,
        due_orders=due,
        late_orders=late,
        late_rate=(Decimal(late) / Decimal(due)).quantize(Decimal("0.0001")),
        rate_threshold=rate,
        count_threshold=count,
        measure=measure,
        measure_en=measure_en,
        source=source,
        source_en=source_en,
    )


def alert_note(a: LateShippingAlert) -> tuple[str, str]:
    """An alert as a dashboard line (Chinese, English)."""
    pct = f"{(a.late_rate * 100).quantize(Decimal('0.1'))}%"
    limit = f"{(a.rate_threshold * 100).normalize():f}%"
    day = a.day.isoformat()
    shop = f"店铺「{a.shop}」" if a.shop else "店铺"
    shop_en = f"shop '{a.shop}'" if a.shop else "the shop"
    if a.scope == "product":
        name = a.product_name or a.product_id
        owner = f"店铺「{a.shop}」的" if a.shop else ""
        owner_en = f" ({shop_en})" if a.shop else ""
        what = f"{owner}商品「{name}」{day} 迟发率 {pct}，迟发 {a.late_orders} 单"
        what_en = (
            f"{day}: the late rate of product '{name}'{owner_en} is {pct} with "
            f"{a.late_orders} late orders"
        )
    elif a.scope == "shop_day":
        what = f"{shop} {day} 迟发率 {pct}，迟发 {a.late_orders} 单"
        what_en = f"{day}: {shop_en}'s late rate is {pct} with {a.late_orders} late orders"
    else:
        what = f"{shop}连续两日（至 {day}）迟发率均不低于 {limit}，{day} 迟发 {a.late_orders} 单"
        what_en = (
            f"two days in a row up to {day}: {shop_en}'s late rate was at least {limit}, "
            f"{a.late_orders} late orders on {day}"
        )
    return (
        f"D6 发货超时预警：{what}（门槛 ≥{limit} 且 ≥{a.count_threshold} 单）：{a.measure}"
        f"（{a.source}）",
        f"D6 late-shipping warning: {what_en} (threshold ≥ {limit} and ≥ {a.count_threshold} "
        f"orders): {a.measure_en} ({a.source_en or a.source})",
    )


_LATER_RULES = ("D6", "D7", "D8")


def douyin_gap_notes(
    pairs: Sequence[tuple[OrderRecord, Verdict]], begin: datetime, end: datetime, ps: ParameterSet
) -> list[tuple[str, str]]:
    """What the period's Douyin verdicts owe to gaps in the known rules, said once each:
    orders judged under a later rule's version whose figures are not known (amount unknown),
    and late or timed-out orders to which the 2022-12-19 suspension, never given an end, applied.
    """
    unknown = suspended = 0
    for o, v in pairs:
        deadline = v.deadline
        if deadline is None or not begin <= deadline < end:
            continue
        rules = v.rules
        if v.compensation is None and any(r in rules for r in _LATER_RULES):
            unknown += 1
        elif "D1" in rules and v.compensation == 0 and o.paid_at is not None:
            paid = o.paid_at
            ends = ps.value("douyin.d1.suspension_end", paid)
            if ps.value("douyin.d1.suspended", paid) is True and (
                not isinstance(ends, datetime) or paid < ends
            ):
                suspended += 1
    notes: list[tuple[str, str]] = []
    if unknown:
        notes.append(
            (
                f"{unknown} 单落在抖音规则的某个版本内，而该版本的扣款/赔付数额没有公开来源，"
                "金额未知（不按 0 计）；可在设置中填写或导入规则更新",
                f"{unknown} orders fall under a version of a Douyin rule whose figures have no "
                "public source: their amount is unknown (not 0); enter the figures in the "
                "settings or install a rule update",
            )
        )
    if suspended:
        notes.append(
            (
                f"{suspended} 单的超时按《抖音电商疫情期间商家最新发货及服务调整公告》"
                "（2022-12-19 起暂停超时自动赔付）处理：该公告未宣布结束时间，之后已知的规则也"
                "未覆盖这些订单；如平台已宣布结束，请在设置中填写结束时刻",
                f"{suspended} orders' timeouts follow the 2022-12-19 suspension of timeout "
                "compensation, which never announced an end, and no later rule known to us "
                "covers them; if the platform has announced its end, enter it in the settings",
            )
        )
    return notes


def platform_metrics(
    platform: Platform,
    orders: Sequence[OrderRecord],
    as_of: datetime,
    period: str,
    start: date,
    *,
    shop: str = "",
    params: ParameterSet | None = None,
    products: Sequence[ProductRecord] = (),
    areas: Sequence[AffectedArea] = (),
    seller_values: Mapping[str, Any] | None = None,
    verdicts: Sequence[Verdict] | None = None,
    pickup_data: Iterable[str] | None = None,
) -> PlatformMetrics:
    """Everything `platform` assesses for `shop` ("" = all) over the period starting at `start`.

    `orders` may hold every platform's orders; only `platform`'s (and `shop`'s) are used. Pass
    `verdicts` (aligned with `orders`) to reuse an evaluation; otherwise they are computed here.
    `orders` may also be just those due, paid or shipped on the days the period reads
    (`period_days_needed`) plus every order sharing a tracking number with another;
    `pickup_data` then names the platforms whose whole data carry pickup scans.
    """
    lo, hi = period_bounds(period, start)
    ps = params if params is not None else ParameterSet()
    values = seller_values or {}
    if verdicts is not None and pickup_data is not None:
        # No verdict is made here: the context serves only the metrics' own reads (parameters,
        # products, the pickup window), so without the false-shipping pass over `orders`.
        ctx = EvalContext.create(as_of, ps, products, areas, pickup_data=pickup_data, explain=False)
    else:
        ctx = make_context(
            orders, as_of, ps, products, areas, explain=False, pickup_data=pickup_data
        )
    if verdicts is None:
        pairs = [
            (o, evaluate_order(o, ctx))
            for o in orders
            if o.platform == platform and (not shop or o.shop == shop)
        ]
    else:
        pairs = [
            (o, v)
            for o, v in zip(orders, verdicts, strict=True)
            if o.platform == platform and (not shop or o.shop == shop)
        ]
    # The verdicts due in the period, picked once: all the on-time rate, the money at stake, the
    # calendar-fallback note and A2 read (each pass filtered every verdict by its deadline's day).
    begin = datetime.combine(lo, datetime.min.time())
    end = datetime.combine(hi + timedelta(days=1), datetime.min.time())
    due = [v for _, v in pairs if v.deadline is not None and begin <= v.deadline < end]
    threshold: Decimal | None = None
    rules: tuple[str, ...] = ("K1",) if platform == Platform.KUAISHOU else ()
    notes: list[tuple[str, str]] = []  # (Chinese, English)
    if platform == Platform.KUAISHOU:
        t = ps.value("kuaishou.k3.on_time_threshold", as_of)
        threshold = t if isinstance(t, Decimal) else None
    elif platform == Platform.ALIEXPRESS:
        t = ps.value("aliexpress.a2.on_time_threshold", as_of)
        threshold = t if isinstance(t, Decimal) else None
        rules = ("A2",)
    rate, daily = on_time_rate(due, lo, hi, threshold, rules)
    # K1 names the pickup-anomaly rate (and its carry-over) for Kuaishou only.
    k1 = ("K1",) if platform == Platform.KUAISHOU else ()
    pickup = pickup_anomaly_rate(pairs, lo, hi, ctx, k1)
    if not pickup.measurable:
        notes.append(
            (
                "揽收异常率：导入的数据里没有揽收时间（揽收时间列），无法计算——"
                "请导入含揽收时间的订单表或物流表",
                "Pickup-anomaly rate: the imported data carry no pickup scans (揽收时间), so it "
                "cannot be measured — import an order or logistics sheet with pickup times",
            )
        )
    for r, zh, en in (
        (rate, "及时发货率", "On-time shipping rate"),
        (pickup, "揽收异常率", "Pickup-anomaly rate"),
    ):
        if r.carried_over:
            cite = "（K1）" if k1 else "（公告未明说，本软件的做法）"
            cite_en = " (K1)" if k1 else " (the announcement does not say; ShipCheck's approach)"
            notes.append(
                (
                    f"{zh}：本期没有可考核订单，沿用上一期数据{cite}，不显示为 100% 或 0%",
                    f"{en}: no assessable orders in this period — the previous period's value "
                    f"carries over{cite_en}; not shown as 100 % or 0 %",
                )
            )
    money: Decimal | None = Decimal(0)
    unknown = 0
    for v in due:
        if v.compensation is None:
            unknown += 1
        elif money is not None:
            money += v.compensation
    if unknown:
        money = None
        notes.append(
            (
                f"{unknown} 单的赔付/罚扣金额未设置，涉及金额未知",
                f"{unknown} orders have no compensation/penalty amount set: the money at stake "
                "is unknown",
            )
        )
    fallback = sum(1 for v in due if "calendar_fallback" in v.flags)
    if fallback:
        notes.append(
            (
                f"{fallback} 单超出节假日数据范围，按仅周末休息计算（calendar_fallback）",
                f"{fallback} orders fall outside the holiday data: only weekends were treated as "
                "days off (calendar_fallback)",
            )
        )
    waiver: HighStockWaiver | None = None
    refund: PenaltyRefund | None = None
    protection: tuple[IndicatorProtection, ...] | None = None
    score: tuple[ScoreComponent, ...] | None = None
    alerts: tuple[LateShippingAlert, ...] | None = None
    if platform == Platform.KUAISHOU:
        k4_at = k4_decision_instant(lo)
        if period == "week" and ps.value("kuaishou.k4.active", k4_at) is not True:
            zh, en = inactive_words(ps, "kuaishou.k4.active", k4_at)
            # Not yet (a start date ahead) or not at all (the seller's setting).
            yet, yet_en = (
                ("尚未", " yet") if "kuaishou.k4.active" not in ps.overrides else ("不", "")
            )
            notes.append(
                (
                    f"K4 高现货商家超时未发货处罚豁免{zh}在下一周{yet}生效，本周数据不产生豁免",
                    f"K4 high-in-stock waiver{en} is not{yet_en} in force in the following week: "
                    "this week's data grant no waiver",
                )
            )
        elif period == "week":
            waiver = high_stock_waiver(pairs, lo, rate, ctx)
        comps, note = shop_score(rate, values, ps, as_of)
        if comps:
            score = comps
            notes.append(note)
    elif platform == Platform.ALIEXPRESS and period == "month":
        month_at = datetime.combine(lo, datetime.min.time())
        t = ps.value("aliexpress.a2.on_time_threshold", month_at)
        if ps.value("aliexpress.a2.active", month_at) is not True:
            zh, en = inactive_words(ps, "aliexpress.a2.active", month_at)
            notes.append(
                (
                    f"A2 优质履约免罚激励{zh}本月不适用",
                    f"The A2 good-fulfilment penalty refund{en} does not apply to this month",
                )
            )
        elif isinstance(t, Decimal):
            penalties = [v.compensation for v in due if v.status in (Status.LATE, Status.OVERDUE)]
            refund = aliexpress.a2_refund(lo, rate.value, t, penalties)
    elif platform == Platform.DOUYIN:
        at = min(as_of, datetime.combine(hi, datetime.max.time()))
        protection = experience_protection(values, ps, at)
        found, known = late_shipping_alerts(pairs, lo, min(hi, as_of.date()), ps)
        if known:
            alerts = found
            notes.extend(alert_note(a) for a in found)
        notes.extend(douyin_gap_notes(pairs, begin, end, ps))
    stale = staleness(platform.value, as_of)
    if stale is not None:
        notes.append(stale)
    return PlatformMetrics(
        platform=platform,
        shop=shop,
        period_start=lo,
        period_end=hi,
        as_of=as_of,
        assessable_orders=rate.denominator,
        on_time_rate=rate,
        pickup_anomaly_rate=pickup,
        money_at_stake=money,
        money_unknown_orders=unknown,
        high_stock_waiver=waiver,
        penalty_refund=refund,
        experience_protection=protection,
        shop_score=score,
        late_shipping_alerts=alerts,
        daily=daily,
        notes=tuple(zh for zh, _ in notes),
        notes_en=tuple(en for _, en in notes),
    )
