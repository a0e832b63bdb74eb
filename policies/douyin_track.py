"""Douyin D7 【商家-物流轨迹超时】实施细则 (aHwHroCPheig) and D8 【商家-物流轨迹异常】实施细则
(aHzmeN9E9dBF): what the exports let us judge of them.

Version instant for both: the ship click (the tracking upload), from which their timeouts count.

- D7 揽收超时: no pickup record within 24 h of the upload. Compensation by the promise's length:
  ≤ 48 h → 1 %, ¥3–30; > 48 h → 5 %, ¥5–50 (version in force 2025-05-13 … 2026-07-08; the one
  from 2026-07-09 was not seen: amount unknown). Not judged from exports: 发运超时 and 中转超时 need
  the sorting-centre and delivery events, which no export carries; pet goods 厂家自送 (30 %) need
  the category, which no export carries.
- D8 轨迹异常: no pickup within 48 h of the upload; the tracking number already used for an order
  to another receiver (重复运单号); the first track event (pickup or first online scan) earlier
  than the payment. 25 %, ¥5–100, once per order (version noticed 2026-04-10, in force about
  2026-04-17 … 2026-06-24; the versions from about 2026-01-02 and from 2026-06-25 were not seen:
  amount unknown). Not judged: 48 h without a sorting record, repeated identical events, waybill
  receiver differing from the order's, unwanted recalls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from policies.context import EvalContext, VerdictBuilder, fmt, fmt_start, param_step
from policies.deadlines import cached_percent_amount
from policies.douyin_cite import cite
from policies.params import Resolved
from policies.records import FALSE_SHIPPING, TRACK_ANOMALY, OrderRecord, TraceStep

D7: Final = "D7"
D8: Final = "D8"
D7_ANNOUNCEMENT: Final = "douyin-track-timeout"
D8_ANNOUNCEMENT: Final = "douyin-track-anomaly"


def _hours(r: Resolved) -> timedelta | None:
    return timedelta(hours=float(r.value)) if isinstance(r.value, Decimal) else None


@dataclass(frozen=True, slots=True)
class D7Plan:
    """D7's parameters at one parameter segment."""

    active: bool
    version: datetime | None
    pickup: timedelta | None
    short: timedelta | None
    short_amount: tuple[Resolved, Resolved, Resolved]
    long_amount: tuple[Resolved, Resolved, Resolved]
    round_to_yuan: bool
    steps: tuple[TraceStep, ...]
    cite: tuple[str, str]  # 1.1 揽收超时 and the compensation clause (Chinese, English)
    short_amounts: dict[Decimal, Decimal | None]  # by paid amount (`cached_percent_amount`)
    long_amounts: dict[Decimal, Decimal | None]


def track_plans(ctx: EvalContext, upload: datetime) -> tuple[D7Plan, D8Plan]:
    """D7's and D8's parameters at the tracking upload, memoised per parameter segment (one
    look-up for both: they are read for every shipped order)."""
    key = ("D7D8", ctx.params.segment(upload))
    hit: tuple[D7Plan, D8Plan] | None = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = (_d7_plan(ctx, upload), _d8_plan(ctx, upload))
    return hit


def _d7_plan(ctx: EvalContext, upload: datetime) -> D7Plan:
    """D7's parameters at the tracking upload."""
    p = ctx.params
    active = p.resolve("douyin.d7.active", upload)
    pickup = p.resolve("douyin.d7.pickup_hours", upload)
    short = p.resolve("douyin.d7.promise_short_hours", upload)
    short_amount = tuple(p.resolve(f"douyin.d7.short.{k}", upload) for k in ("rate", "min", "max"))
    long_amount = tuple(p.resolve(f"douyin.d7.long.{k}", upload) for k in ("rate", "min", "max"))
    assert len(short_amount) == 3 and len(long_amount) == 3
    words = (
        ("揽收超时规则是否适用（按上传单号时间判断版本）", "Track-timeout rules in force?"),
        ("揽收超时时限", "Pickup timeout after the upload"),
        ("赔付分档：承诺发货时长上限", "Compensation band: promise up to"),
        ("赔付（承诺≤48小时）比例", "Compensation (promise ≤ 48 h) rate"),
        ("赔付（承诺≤48小时）最低", "Compensation (promise ≤ 48 h) floor"),
        ("赔付（承诺≤48小时）最高", "Compensation (promise ≤ 48 h) cap"),
        ("赔付（承诺＞48小时）比例", "Compensation (promise > 48 h) rate"),
        ("赔付（承诺＞48小时）最低", "Compensation (promise > 48 h) floor"),
        ("赔付（承诺＞48小时）最高", "Compensation (promise > 48 h) cap"),
    )
    resolved = (active, pickup, short, *short_amount, *long_amount)
    what = cite(D7_ANNOUNCEMENT, "1.1 揽收超时", upload)
    pay = cite(D7_ANNOUNCEMENT, "二、1 消费者赔付", upload)
    both = (_join(what[0], pay[0]), _join(what[1], pay[1], "; "))
    plan = D7Plan(
        active=active.value is True,
        version=p.in_force_since("douyin.d7.short.rate", upload),
        pickup=_hours(pickup),
        short=_hours(short),
        short_amount=(short_amount[0], short_amount[1], short_amount[2]),
        long_amount=(long_amount[0], long_amount[1], long_amount[2]),
        round_to_yuan=p.resolve("douyin.d9.round_to_yuan", upload).value is True,
        steps=tuple(
            param_step(D7, both[0], zh, en, r) for r, (zh, en) in zip(resolved, words, strict=True)
        ),
        cite=both,
        short_amounts={},
        long_amounts={},
    )
    return plan


def track_quiet(order: OrderRecord, ctx: EvalContext, upload: datetime, duplicate: bool) -> bool:
    """True when neither D7 nor D8 can find anything, whatever version: picked up within the
    shortest pickup window of any version (and the app's own), no track event before the
    payment, no duplicate waybill — most shipped orders, spared the plans' look-up."""
    if duplicate:
        return False
    picked = order.picked_up_at
    paid = order.paid_at
    if picked is None or paid is None or picked > ctx.as_of or picked < paid:
        return False
    online = order.online_at
    if online is not None and online < paid:
        return False
    return picked - upload <= _shortest_window(ctx)


def _shortest_window(ctx: EvalContext) -> timedelta:
    """The shortest pickup window of any D7/D8 version or seller setting, and the app's own."""
    hit: timedelta | None = ctx.memo.get(_SHORTEST)
    if hit is None:
        hit = ctx.pickup_hours
        p = ctx.params
        for key in ("douyin.d7.pickup_hours", "douyin.d8.pickup_hours"):
            for at in p.timeline(key) or [datetime.max]:
                window = _hours(p.resolve(key, at))
                if window is not None and window < hit:
                    hit = window
        ctx.memo[_SHORTEST] = hit
    return hit


_SHORTEST: Final = ("D7D8", "shortest window")


def no_pickup_within(order: OrderRecord, ctx: EvalContext, window: timedelta) -> bool:
    """Shipped (the tracking upload), and no pickup record within `window` of it, as of
    ctx.as_of; never true where the imported data carry no pickup records at all."""
    if not ctx.has_pickup_data(order.platform):
        return False
    as_of = ctx.as_of
    shipped = order.shipped_at
    if shipped is None or shipped > as_of:
        return False
    limit = shipped + window
    picked = order.picked_up_at
    if picked is not None and picked <= as_of:
        return picked > limit
    return as_of > limit


def d7_pickup_timeout(
    order: OrderRecord, ctx: EvalContext, b: VerdictBuilder, plan: D7Plan, generic_late: bool
) -> tuple[bool, Decimal | None]:
    """D7 揽收超时 in D7's windows: (timed out, compensation). Where the version's threshold is
    not known the app's own pickup window (`generic_late`) decides, and the amount is unknown."""
    paid = order.paid_at
    deadline = b.deadline
    assert paid is not None and deadline is not None
    window = plan.pickup
    if window is None or window == ctx.pickup_hours:
        late = generic_late  # the app's own window: `pickup_anomaly` has judged it already
    else:
        late = no_pickup_within(order, ctx, window)
    if not late:
        return False, _ZERO
    b.rule(D7)
    if b.explain:
        b.trace.extend(plan.steps)
    since = "" if plan.version is None else fmt_start(plan.version)
    cite_zh, cite_en = plan.cite
    if plan.short is None:
        if b.explain:
            b.reason(
                f"D7：上传单号 {fmt(order.shipped_at)} 后未按时揽收；适用{cite_zh}（{since} 起），"
                "该版本的时限与赔付数额没有公开来源，赔付金额未知（不按 0 计）；如您的后台显示了"
                "数额，可在设置中填写",
                f"D7: no pickup in time after the upload at {fmt(order.shipped_at)}; {cite_en} "
                f"(in force from {since}) has no public source for its thresholds and figures — "
                "compensation unknown (not 0); if your back office shows them, enter them in the "
                "settings",
            )
        return True, None
    short = deadline - paid <= plan.short
    rate, lo, hi = plan.short_amount if short else plan.long_amount
    memo = plan.short_amounts if short else plan.long_amounts
    amount = cached_percent_amount(memo, order.paid_amount, rate, lo, hi, plan.round_to_yuan)
    if b.explain:
        shown = "金额未知" if amount is None else f"赔付 {amount} 元"
        shown_en = "amount unknown" if amount is None else f"compensation {amount} yuan"
        band = "承诺≤48小时" if short else "承诺＞48小时"
        band_en = "promise ≤ 48 h" if short else "promise > 48 h"
        b.reason(
            f"D7：上传单号 {fmt(order.shipped_at)} 后 {plan.pickup} 内无揽收记录（揽收超时），"
            f"{band}：订单实付金额 {rate.shown()}（最低 ¥{lo.value}、最高 ¥{hi.value}），{shown}"
            f"（{cite_zh}）",
            f"D7: no pickup record within {plan.pickup} of the upload at {fmt(order.shipped_at)} "
            f"(pickup timeout), {band_en}: {rate.shown()} of the paid amount (min ¥{lo.value}, "
            f"max ¥{hi.value}), {shown_en} ({cite_en})",
        )
    return True, amount


@dataclass(frozen=True, slots=True)
class D8Plan:
    """D8's parameters at one parameter segment."""

    active: bool
    version: datetime | None
    pickup: timedelta | None
    amount: tuple[Resolved, Resolved, Resolved]
    round_to_yuan: bool
    steps: tuple[TraceStep, ...]
    cite: tuple[str, str]  # the anomaly and compensation clauses (Chinese, English)
    amounts: dict[Decimal, Decimal | None]  # by paid amount (`cached_percent_amount`)


def _d8_plan(ctx: EvalContext, upload: datetime) -> D8Plan:
    """D8's parameters at the tracking upload."""
    p = ctx.params
    active = p.resolve("douyin.d8.active", upload)
    pickup = p.resolve("douyin.d8.pickup_hours", upload)
    amount = (
        p.resolve("douyin.d8.rate", upload),
        p.resolve("douyin.d8.min", upload),
        p.resolve("douyin.d8.max", upload),
    )
    what = cite(D8_ANNOUNCEMENT, "1.1 虚假单号/轨迹异常", upload)
    pay = cite(D8_ANNOUNCEMENT, "2.1 消费者赔付", upload)
    both = (_join(what[0], pay[0]), _join(what[1], pay[1], "; "))
    words = (
        ("物流轨迹异常规则是否适用（按上传单号时间判断版本）", "Track-anomaly rules in force?"),
        ("轨迹超时异常：未揽收时限", "Track-timeout anomaly: no pickup within"),
        ("赔付比例", "Compensation rate"),
        ("赔付最低", "Compensation floor"),
        ("赔付最高", "Compensation cap"),
    )
    plan = D8Plan(
        active=active.value is True,
        version=p.in_force_since("douyin.d8.rate", upload),
        pickup=_hours(pickup),
        amount=amount,
        round_to_yuan=p.resolve("douyin.d9.round_to_yuan", upload).value is True,
        steps=tuple(
            param_step(D8, both[0], zh, en, r)
            for r, (zh, en) in zip((active, pickup, *amount), words, strict=True)
        ),
        cite=both,
        amounts={},
    )
    return plan


def d8_anomaly(
    order: OrderRecord,
    ctx: EvalContext,
    b: VerdictBuilder,
    plan: D8Plan,
    duplicate: bool,
    generic_late: bool,
) -> tuple[bool, Decimal | None]:
    """D8 in its windows: (anomalous, compensation). One charge per order whatever the count of
    anomalies; a duplicate waybill also carries the false-shipping flag. `generic_late`: no
    pickup within the app's own window (a pickup within it is within any longer one too)."""
    paid = order.paid_at
    assert paid is not None
    as_of = ctx.as_of
    first = order.picked_up_at
    online = order.online_at
    if online is not None and (first is None or online < first):
        first = online
    before_paid = first is not None and first <= as_of and first < paid
    window = plan.pickup
    if window is None or (window >= ctx.pickup_hours and not generic_late):
        no_pickup = False
    else:
        no_pickup = no_pickup_within(order, ctx, window)
    if not (duplicate or before_paid or no_pickup):
        return False, _ZERO
    b.rule(D8)
    b.flag(TRACK_ANOMALY)
    if duplicate:
        b.flag(FALSE_SHIPPING)
    rate, lo, hi = plan.amount
    amount = cached_percent_amount(
        plan.amounts, order.paid_amount, rate, lo, hi, plan.round_to_yuan
    )
    if b.explain:
        b.trace.extend(plan.steps)
        found: list[tuple[str, str]] = []
        if duplicate:
            found.append(
                (
                    f"快递单号 {order.tracking_no} 已用于不同收件人的订单（重复运单号）",
                    f"tracking number {order.tracking_no} already used for an order to another "
                    "receiver (duplicate waybill)",
                )
            )
        if before_paid:
            found.append(
                (
                    f"首条物流轨迹 {fmt(first)} 早于支付时间 {fmt(paid)}",
                    f"the first track event {fmt(first)} is earlier than the payment {fmt(paid)}",
                )
            )
        if no_pickup:
            found.append(
                (
                    f"上传单号 {fmt(order.shipped_at)} 后 {plan.pickup} 内无揽收记录",
                    f"no pickup record within {plan.pickup} of the upload at "
                    f"{fmt(order.shipped_at)}",
                )
            )
        since = "" if plan.version is None else fmt_start(plan.version)
        cite_zh, cite_en = plan.cite
        if amount is None and not isinstance(rate.value, Decimal):
            shown = (
                f"适用版本（{since} 起）的赔付数额没有公开来源，赔付金额未知（不按 0 计）；"
                "如您的后台显示了数额，可在设置中填写"
            )
            shown_en = (
                f"the version in force from {since} has no public source for its figures — "
                "compensation unknown (not 0); if your back office shows them, enter them in "
                "the settings"
            )
        elif amount is None:
            shown, shown_en = "金额未知（订单实付金额未知）", "amount unknown (paid amount unknown)"
        else:
            shown = (
                f"订单实付金额 {rate.shown()}（最低 ¥{lo.value}、最高 ¥{hi.value}），"
                f"赔付 {amount} 元（每单一次）"
            )
            shown_en = (
                f"{rate.shown()} of the paid amount (min ¥{lo.value}, max ¥{hi.value}), "
                f"compensation {amount} yuan (once per order)"
            )
        b.reason(
            f"D8：物流轨迹异常 — {'；'.join(z for z, _ in found)}；{shown}（{cite_zh}）",
            f"D8: track anomaly — {'; '.join(e for _, e in found)}; {shown_en} ({cite_en})",
        )
    return True, amount


_ZERO: Final = Decimal(0)


def _join(first: str, second: str, sep: str = "；") -> str:
    """Two citations of one announcement as one text (the second alone when they are equal)."""
    return first if first == second else first + sep + second
