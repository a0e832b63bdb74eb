"""Douyin 抖店 rules D1 and D2 (seed 003). D3/D4 are informational: see `policies.info`.

Per order: D1 — timeout auto-compensation suspended for orders paid from 2022-12-19 12:00:00
(inclusive), still due for orders paid before (which are the pre-report/appeal candidates, FAQ
Q5/Q6);
false shipping (duplicate waybills, FAQ Q3) still assessed. Per shop: D2 — experience indicators
protected at the industry average (`d2_protect`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from policies.catalogue import clause_english, clause_ref
from policies.context import EvalContext, VerdictBuilder, fmt, fmt_start, param_step
from policies.deadlines import (
    classify,
    exclusion,
    happened,
    no_deadline,
    percent_amount,
    pickup_anomaly,
    standard_deadline,
)
from policies.douyin_d5 import (
    QIC,
    d5_plan,
    d5_ship_time,
    promise_type_deadline,
    qic_arrival,
    shortest_promise,
)
from policies.douyin_d6 import d6_deduction, d6_plan
from policies.douyin_track import d7_pickup_timeout, d8_anomaly, track_plans, track_quiet
from policies.params import ParameterSet, Resolved
from policies.records import (
    FALSE_SHIPPING,
    LATE,
    OVERDUE,
    PICKUP_ANOMALY,
    IndicatorProtection,
    OrderRecord,
    TraceStep,
    Verdict,
)

D1_CLAUSE: Final = clause_ref("douyin-epidemic-adjustment", ["一、1(1)", "一、1(2)"])
# Seed 003 一、1(2): 支付时间为2022年12月19日12:00:00(含)以后的订单豁免超时自动赔付 — the
# parameter douyin.d1.suspended carries it; the texts name the instant the plan read from it.
D1_FAQ_Q1: Final = clause_ref("douyin-epidemic-adjustment", ["FAQ Q1"])
D1_FAQ_Q3: Final = clause_ref("douyin-epidemic-adjustment", ["FAQ Q3"])
D1_FAQ_Q5: Final = clause_ref("douyin-epidemic-adjustment", ["FAQ Q5", "FAQ Q6"])
# The appeal reasons cite what protects the seller, in the reason's own language.
_Q5: Final = clause_ref("douyin-epidemic-adjustment", ["FAQ Q5"])
_Q5_EN: Final = clause_english(_Q5)
_Q56_EN: Final = clause_english(D1_FAQ_Q5)
D2_CLAUSE: Final = clause_ref("douyin-epidemic-adjustment", ["一、2(1)", "一、2(2)"])
_ZERO: Final = Decimal(0)


def d1_suspended(order: OrderRecord, ctx: EvalContext, b: VerdictBuilder) -> bool:
    """D1 — is timeout auto-compensation suspended for this order? (seed 003 一、1, FAQ Q1/Q2)

    Stated: suspended nationwide (no region restriction, FAQ Q2) for orders whose payment time is
    at or after 2022-12-19 12:00:00; orders paid before are still compensated (FAQ Q1); the end
    is "to be announced" (parameter ``douyin.d1.suspension_end``, open by default).
    """
    paid = order.paid_at
    assert paid is not None
    return _suspended(_d1_plan(ctx, paid), paid, b)


def _suspended(plan: _D1Plan, paid: datetime, b: VerdictBuilder) -> bool:
    """`d1_suspended` with the segment's plan at hand."""
    if b.explain:
        b.trace.append(plan.suspended_step)
    if plan.suspended_on and plan.ends_at is not None and paid >= plan.ends_at:
        if b.explain:
            b.trace.append(plan.end_step)
        return False
    return plan.suspended_on


@dataclass(frozen=True, slots=True)
class _D1Plan:
    """D1's parameters and their trace steps at one parameter segment."""

    suspended: Resolved
    end: Resolved
    suspended_on: bool  # suspended.value is True
    # By date, not by a seller setting: when the suspension in force began (suspended), or when
    # it begins (not suspended yet: paid before it, FAQ Q1) — for the texts.
    since: datetime | None
    starts: datetime | None
    ends_at: datetime | None  # end.value when set
    suspended_step: TraceStep
    end_step: TraceStep
    round_to_yuan: bool
    late: tuple[Resolved, Resolved, Resolved]
    late_steps: tuple[TraceStep, ...]
    pickup: tuple[Resolved, Resolved, Resolved]
    pickup_steps: tuple[TraceStep, ...]
    appeal_step: TraceStep


def _d1_plan(ctx: EvalContext, paid: datetime) -> _D1Plan:
    """D1's parameters at `paid`, memoised per parameter segment."""
    key = ("D1", ctx.params.segment(paid))
    hit: _D1Plan | None = ctx.memo.get(key)
    if hit is not None:
        return hit
    p = ctx.params
    suspended = p.resolve("douyin.d1.suspended", paid)
    end = p.resolve("douyin.d1.suspension_end", paid)
    late = (
        p.resolve("douyin.d1.late_ship_rate", paid),
        p.resolve("douyin.d1.late_ship_min", paid),
        p.resolve("douyin.d1.late_ship_max", paid),
    )
    pickup = (
        p.resolve("douyin.d1.pickup_timeout_rate", paid),
        p.resolve("douyin.d1.pickup_timeout_min", paid),
        p.resolve("douyin.d1.pickup_timeout_max", paid),
    )
    names = (("比例", "rate"), ("最低", "floor"), ("最高", "cap"))
    plan = _D1Plan(
        suspended=suspended,
        end=end,
        suspended_on=suspended.value is True,
        since=p.in_force_since("douyin.d1.suspended", paid) if suspended.value is True else None,
        starts=None if suspended.value is True else p.change_after("douyin.d1.suspended", paid),
        ends_at=end.value if isinstance(end.value, datetime) else None,
        suspended_step=param_step(
            "D1", D1_CLAUSE, "按支付时间判断是否暂停超时自动赔付", "Suspended?", suspended
        ),
        end_step=param_step("D1", D1_CLAUSE, "暂停已结束", "Suspension has ended", end),
        round_to_yuan=p.resolve("douyin.d1.round_to_yuan", paid).value is True,
        late=late,
        late_steps=tuple(
            param_step("D1", D1_FAQ_Q1, f"发货超时赔付{zh}", f"Ship timeout {en}", r)
            for r, (zh, en) in zip(late, names, strict=True)
        ),
        pickup=pickup,
        pickup_steps=tuple(
            param_step("D1", D1_FAQ_Q1, f"揽收超时赔付{zh}", f"Pickup timeout {en}", r)
            for r, (zh, en) in zip(pickup, names, strict=True)
        ),
        appeal_step=param_step(
            "D1",
            D1_FAQ_Q5,
            "判罚后申诉期限",
            "Appeal deadline",
            p.resolve("douyin.d1.appeal_window_days", paid),
        ),
    )
    ctx.memo[key] = plan
    return plan


def d1_compensation(
    order: OrderRecord, ctx: EvalContext, b: VerdictBuilder, late: bool, pickup_late: bool
) -> None:
    """D1 — timeout compensation (ship / pickup timeout) or its suspension, and the appeal path.

    Amounts: not in seed 003; defaults from Douyin's public 商家发货行为管理规则 (2025 revision),
    overridable. Orders paid before the suspension that timed out are pre-report (unshipped, FAQ
    Q5 报备中心) or appeal (penalised, FAQ Q5/Q6 申诉中心) candidates.
    """
    paid = order.paid_at
    assert paid is not None
    b.rule("D1")
    plan = _d1_plan(ctx, paid)
    if _suspended(plan, paid, b):
        b.compensation = _ZERO
        if b.explain:
            if plan.since is not None:
                since = fmt_start(plan.since)
                b.reason(
                    f"D1：支付时间 {fmt(paid)} 在 {since}（含）之后，全国暂停超时自动赔付；"
                    "物流积分仍正常考核（FAQ Q4）。该公告未宣布暂停的结束时间，之后已知的发货超时"
                    "与物流轨迹规则各自只覆盖其生效期间；此订单不在其内，故仍按暂停处理——"
                    "如平台已宣布结束，请在设置中填写结束时刻",
                    f"D1: paid at {fmt(paid)}, on/after {since} — timeout "
                    "auto-compensation suspended nationwide; logistics points still assessed "
                    "(FAQ Q4). The announcement never gave the suspension an end; the later "
                    "late-shipping and track rules known to us each cover only their own period, "
                    "and this order falls in none of them, so the suspension is applied — if the "
                    "platform has announced its end, enter it in the settings",
                )
            else:
                b.reason(
                    f"D1：按卖家设置，支付时间 {fmt(paid)} 的订单暂停超时"
                    "自动赔付；物流积分仍正常考核（FAQ Q4）",
                    f"D1: by the seller's setting, timeout "
                    f"auto-compensation is suspended for orders paid at {fmt(paid)}; logistics "
                    "points still assessed (FAQ Q4)",
                )
        return
    rnd = plan.round_to_yuan
    total: Decimal | None = _ZERO
    parts: list[str] = []
    if late:
        rate, lo, hi = plan.late
        if b.explain:
            b.trace.extend(plan.late_steps)
        amount = percent_amount(order.paid_amount, rate, lo, hi, rnd)
        total = _add(total, amount)
        parts.append("发货超时")
    if pickup_late:
        rate, lo, hi = plan.pickup
        if b.explain:
            b.trace.extend(plan.pickup_steps)
        amount = percent_amount(order.paid_amount, rate, lo, hi, rnd)
        total = _add(total, amount)
        parts.append("揽收超时")
    b.compensation = total
    # Paid before the suspension starts by date (FAQ Q1/Q5 speak of these orders), or not
    # suspended because the seller entered the announced end (or switched the suspension
    # off): the texts differ.
    starts = plan.starts
    if b.explain:
        shown = "金额未知" if total is None else f"约 {total} 元"
        shown_en = "amount unknown" if total is None else f"about {total} yuan"
        if starts is not None:
            b.reason(
                f"D1：支付时间 {fmt(paid)} 早于 {fmt_start(starts)}，{'、'.join(parts)}仍会自动赔付"
                f"（FAQ Q1），"
                f"{shown}",
                f"D1: paid at {fmt(paid)}, before {fmt_start(starts)} — timeout compensation "
                f"still applies (FAQ Q1), {shown_en}",
            )
        elif plan.ends_at is not None and plan.suspended_on:
            b.reason(
                f"D1：支付时间 {fmt(paid)} 不早于超时自动赔付暂停的结束时刻 {fmt(plan.ends_at)}"
                f"（卖家设置），{'、'.join(parts)}恢复自动赔付，{shown}",
                f"D1: paid at {fmt(paid)}, at/after the end of the suspension "
                f"{fmt(plan.ends_at)} (seller setting) — timeout compensation applies again, "
                f"{shown_en}",
            )
        else:
            b.reason(
                f"D1：按卖家设置，支付时间 {fmt(paid)} 的订单不暂停超时自动赔付，"
                f"{'、'.join(parts)}自动赔付，{shown}",
                f"D1: by the seller's setting, timeout auto-compensation is not suspended for "
                f"orders paid at {fmt(paid)}, {shown_en}",
            )
    if starts is None:
        # FAQ Q5 speaks of orders paid before 2022-12-19; the same pre-report / appeal paths
        # are offered for later timeout orders without claiming that date (inferred).
        if b.status == OVERDUE:
            b.appeal_because(
                f"因不可抗力无法发货的订单，可在抖店报备中心提前报备，豁免判罚（参照{_Q5}）",
                "An order that force majeure kept from shipping can be pre-reported in the Douyin "
                f"shop's 报备中心 (report centre) to avoid the penalty (as in {_Q5_EN})",
            )
        else:
            b.appeal_because(
                "已因超时被判罚、原因属不可抗力的订单，可在抖店申诉中心按《商家申诉管理规则》申诉"
                f"（参照{D1_FAQ_Q5}）",
                "An order already penalised for a timeout that force majeure caused can be "
                "appealed in the Douyin shop's 申诉中心 (appeal centre) under 《商家申诉管理规则》 "
                f"(as in {_Q56_EN})",
            )
    else:
        # FAQ Q5/Q6 quoted with the suspension's start the plan read (the texts only).
        zh = en = ""
        if b.explain:
            day = starts.date().isoformat()
            if b.status == OVERDUE:
                zh = (
                    f"{day} 前支付、受疫情影响无法发货的订单，可在抖店报备中心提前报备，"
                    f"豁免判罚（{_Q5}）"
                )
                en = (
                    f"Orders paid before {day} that the epidemic kept from shipping can be "
                    "pre-reported in the Douyin shop's 报备中心 (report centre) to avoid the "
                    f"penalty ({_Q5_EN})"
                )
            else:
                zh = (
                    f"{day} 前支付的超时订单如已被判罚，可在抖店申诉中心按《商家申诉管理规则》"
                    f"申诉（{D1_FAQ_Q5}）"
                )
                en = (
                    f"A timeout order paid before {day} that was already penalised can be "
                    "appealed in the Douyin shop's 申诉中心 (appeal centre) under "
                    f"《商家申诉管理规则》 ({_Q56_EN})"
                )
        b.appeal_because(zh, en)
    if b.explain:
        b.trace.append(plan.appeal_step)


def later_rules_since(ctx: EvalContext) -> datetime:
    """The first instant at which any of D5–D8 can be in force (by date or the seller's setting),
    memoised per run: orders wholly before it are judged by D1 alone, without their plans."""
    hit: datetime | None = ctx.memo.get(_LATER)
    if hit is None:
        hit = datetime.max
        p = ctx.params
        for key in ("douyin.d5.active", "douyin.d6.active", "douyin.d7.active", "douyin.d8.active"):
            if key in p.overrides:
                if p.overrides[key] is True:
                    hit = datetime.min
                continue
            for at in p.timeline(key):
                if p.value(key, at) is True and at < hit:
                    hit = at
                    break
        ctx.memo[_LATER] = hit
    return hit


_LATER: Final = ("D5-D8", "first in force")


def final_margins(params: ParameterSet) -> tuple[timedelta, timedelta]:
    """How long after the deadline, and after the ship click, a Douyin verdict can still change
    with time alone: D6's lateness band (the deduction's cell moves) and D7/D8's pickup windows,
    the longest of any version or seller setting, plus the one second after which `>` holds."""
    after_deadline = after_ship = timedelta(0)
    for key in ("douyin.d6.late_band_hours", "douyin.d7.pickup_hours", "douyin.d8.pickup_hours"):
        for at in params.timeline(key) or [datetime.max]:
            value = params.value(key, at)
            if isinstance(value, Decimal):
                span = timedelta(hours=float(value)) + _SECOND
                if key == "douyin.d6.late_band_hours":
                    after_deadline = max(after_deadline, span)
                else:
                    after_ship = max(after_ship, span)
    return after_deadline, after_ship


_SECOND: Final = timedelta(seconds=1)


def _add(total: Decimal | None, amount: Decimal | None) -> Decimal | None:
    return None if total is None or amount is None else total + amount


def d1_false_shipping(order: OrderRecord, ctx: EvalContext, b: VerdictBuilder) -> None:
    """D1 FAQ Q3 — false shipping (duplicate waybill numbers) is still assessed, never suspended."""
    paid = order.paid_at
    assert paid is not None
    b.rule("D1")
    b.flag(FALSE_SHIPPING)
    rate = ctx.params.resolve("douyin.d1.false_shipping_rate", paid)
    lo = ctx.params.resolve("douyin.d1.false_shipping_min", paid)
    hi = ctx.params.resolve("douyin.d1.false_shipping_max", paid)
    rnd = ctx.params.resolve("douyin.d1.round_to_yuan", paid).value is True
    for r, zh, en in ((rate, "比例", "rate"), (lo, "最低", "floor"), (hi, "最高", "cap")):
        if b.explain:
            b.trace.append(
                param_step("D1", D1_FAQ_Q3, f"虚假发货赔付{zh}", f"False shipping {en}", r)
            )
    amount = percent_amount(order.paid_amount, rate, lo, hi, rnd)
    b.compensation = _add(b.compensation, amount)
    b.reason(
        f"D1 FAQ Q3：快递单号 {order.tracking_no} 同时用于不同收件人的订单，疑似虚假发货（重复"
        f"运单号），"
        "不在暂停赔付范围内，仍正常考核",
        f"D1 FAQ Q3: tracking number {order.tracking_no} is used for orders to different "
        f"receivers — "
        "possible false shipping (duplicate waybill), still assessed",
    )


def evaluate(order: OrderRecord, ctx: EvalContext) -> Verdict:
    """Judge one Douyin (sub-)order as of ctx.as_of.

    Which text charges what, by the instant each names (see the parameters' windows):
    late shipping — D6 where a version is known at the deadline, else D1 (by payment time);
    pickup timeout — D7 where it is in force at the tracking upload, else D1; track anomalies —
    D8 in its window at the upload, else D1 FAQ Q3 for duplicate waybills. D5 gives the ship
    time (the pickup record; for a QIC product the warehouse arrival) and the shortest promise for
    orders paid from 2025-09-29.
    """
    b = VerdictBuilder(order, ctx.explain)
    if exclusion(order, ctx, b):
        return b.build(ctx.as_of)
    product = ctx.product_of(order)
    false_ship = ctx.is_false_shipping(order)
    if not (
        (product is not None and promise_type_deadline(order, product, ctx, b))
        or standard_deadline(order, product, b)
    ):
        no_deadline(b)
        if false_ship:
            d1_false_shipping(order, ctx, b)
        return b.build(ctx.as_of)
    paid = order.paid_at
    assert paid is not None
    upload = happened(order.shipped_at, ctx.as_of)
    since = later_rules_since(ctx)
    deadline = b.deadline
    assert deadline is not None
    # An order all of whose instants come before any of D5–D8 can apply is judged as before them.
    recent = paid >= since or deadline >= since or (upload is not None and upload >= since)
    d5 = d5_plan(ctx, paid) if recent else None
    if d5 is not None and d5.active:
        shortest_promise(order, product, ctx, b)
        if product is not None and product.promise_type == QIC:
            ship_time = qic_arrival(order, ctx, b, d5)
        else:
            ship_time = d5_ship_time(order, ctx, b, d5)
    else:
        ship_time = happened(order.shipped_at, ctx.as_of)
    deadline = b.deadline
    assert deadline is not None
    classify(ship_time, deadline, ctx, b)
    late = b.status in (LATE, OVERDUE)
    pickup_late = pickup_anomaly(order, ctx)
    if not recent:
        if pickup_late:
            b.flag(PICKUP_ANOMALY)
            b.reason(
                "发货后超过揽收时限仍无揽收记录（揽收超时）",
                "No carrier pickup scan within the pickup window after shipping (pickup timeout)",
            )
        if late or pickup_late:
            d1_compensation(order, ctx, b, late, pickup_late)
        else:
            b.rule("CORE")
        if false_ship:
            d1_false_shipping(order, ctx, b)
        return b.build(ctx.as_of)
    if pickup_late:
        b.flag(PICKUP_ANOMALY)
        b.reason(
            "发货后超过揽收时限仍无揽收记录（揽收超时）",
            "No carrier pickup scan within the pickup window after shipping (pickup timeout)",
        )
    d6 = d6_plan(ctx, deadline) if late else None
    d6_late = d6 is not None and d6.active
    if upload is None or track_quiet(order, ctx, upload, false_ship):
        d7 = d8 = None
    else:
        d7, d8 = track_plans(ctx, upload)
    d7_on = d7 is not None and d7.active
    d1_late = late and not d6_late
    d1_pickup = pickup_late and not d7_on
    if d1_late or d1_pickup:
        d1_compensation(order, ctx, b, d1_late, d1_pickup)
    elif not (d6_late or d7_on):
        b.rule("CORE")
    if d6 is not None and d6_late:
        b.charge(d6_deduction(order, ctx, b, d6, ship_time))
    if d7 is not None and d7_on:
        timed_out, amount = d7_pickup_timeout(order, ctx, b, d7, pickup_late)
        if timed_out:
            b.charge(amount)
        elif not (d1_late or d6_late):
            b.rule("CORE")
    if d8 is not None and d8.active:
        anomalous, amount = d8_anomaly(order, ctx, b, d8, false_ship, pickup_late)
        if anomalous:
            b.charge(amount)
    elif false_ship:
        d1_false_shipping(order, ctx, b)
    return b.build(ctx.as_of)


# --- D2 -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Indicator:
    """A D2 experience indicator (seed 003 一、2 / FAQ Q7) and its direction."""

    key: str
    label: str
    label_en: str
    higher_is_better: bool


D2_INDICATORS: Final[tuple[Indicator, ...]] = (
    Indicator("pickup_timeliness", "揽收及时率", "Pickup timeliness rate", True),
    Indicator("delivery_duration", "配送时长", "Delivery duration", False),
    Indicator("logistics_negative", "物流负反馈率", "Logistics negative-feedback rate", False),
    Indicator("refund_only_duration", "仅退款时长", "Refund-only duration", False),
    Indicator("return_refund_duration", "退货退款时长", "Return-refund duration", False),
    Indicator("complaint_rate", "投诉率", "Complaint rate", False),
)


def d2_active(params: ParameterSet, at: datetime) -> bool:
    """D2 — is experience-score protection in force at `at`? (from 2022-12-22, end TBA)."""
    active = params.value("douyin.d2.active", at)
    end = params.value("douyin.d2.protection_end", at)
    if isinstance(end, datetime) and at >= end:
        return False
    return active is True


def d2_protect(
    own: dict[str, Decimal | None], industry: dict[str, Decimal | None], active: bool
) -> tuple[IndicatorProtection, ...]:
    """D2 — protected value per indicator: the better of own and industry average when active.

    Stated (seed 003 一、2): an indicator worse than the industry average is scored as the average.
    """
    out: list[IndicatorProtection] = []
    for ind in D2_INDICATORS:
        o = own.get(ind.key)
        i = industry.get(ind.key)
        protected = False
        value = o
        if active and o is not None and i is not None:
            worse = o < i if ind.higher_is_better else o > i
            if worse:
                value, protected = i, True
        out.append(
            IndicatorProtection(
                ind.key, ind.label, ind.label_en, ind.higher_is_better, o, i, value, protected
            )
        )
    return tuple(out)
