"""Cross-cutting definitions (POLICY-REFERENCE "Cross-cutting"): assessability, deadline,
status, money.

- **Assessable**: paid, and not cancelled/refunded before shipping (per-platform keyword
parameters).
- **Deadline**: the promised ship time when the export gives it; else payment time + the product's
  promise hours; A1/A3 change it for AliExpress (see `policies.aliexpress`).
- **Status**: on_time / late for shipped orders, overdue / at_risk / pending for unshipped ones,
as of
  the evaluation instant. Events recorded *after* the as-of instant are treated as not yet happened,
  so evaluating "as of" a past instant reproduces what was known then.
- **Money**: percentage of the paid amount with optional floor and cap, optionally rounded to yuan.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from policies.catalogue import own_ref
from policies.context import EvalContext, VerdictBuilder, param_step, text_step
from policies.params import Resolved
from policies.records import (
    AT_RISK,
    EXCLUDED,
    LATE,
    ON_TIME,
    OVERDUE,
    PENDING,
    OrderRecord,
    ProductRecord,
)

CORE: Final = "CORE"
_CLAUSE: Final = own_ref(
    "通用定义（各平台公告共同的发货时限与考核口径）",
    "general definitions (the deadline and assessment terms the announcements share)",
)


def happened(at: datetime | None, as_of: datetime) -> datetime | None:
    """`at` if it happened at or before the as-of instant, else None."""
    return at if at is not None and at <= as_of else None


def exclusion(order: OrderRecord, ctx: EvalContext, b: VerdictBuilder) -> bool:
    """Mark `b` excluded (not assessable) when unpaid, or cancelled/refunded before shipping."""
    as_of = ctx.as_of
    if order.paid_at is None or order.paid_at > as_of:
        b.status = EXCLUDED
        b.rule(CORE)
        if order.paid_at is None:
            b.reason("未支付，不纳入考核", "Not paid: not assessable")
        else:
            b.reason(
                "评估时刻之后才支付，不纳入考核", "Paid after the as-of instant: not assessable"
            )
        if b.explain:
            b.trace.append(
                text_step(
                    CORE, _CLAUSE, "考核对象为已支付的实物订单", "Only paid orders are assessed"
                )
            )
        return True
    shipped = order.shipped_at
    if shipped is not None and shipped <= as_of:  # happened(shipped_at, as_of), inlined
        return False
    if not order.status_text and not order.after_sale_status:
        return False
    cancelled, words, refunded, rwords = _keywords(order.platform.value, ctx, order.paid_at)
    hit = next((w for w in words if w in order.status_text), "")
    rhit = next((w for w in rwords if w in order.after_sale_status), "")
    if not hit and not rhit:
        return False
    b.status = EXCLUDED
    b.rule(CORE)
    if hit:
        b.reason(
            f"发货前已取消/关闭（订单状态“{order.status_text}”），不纳入考核",
            f"Cancelled/closed before shipping (status '{order.status_text}'): not assessable",
        )
        if b.explain:
            b.trace.append(
                param_step(
                    CORE,
                    _CLAUSE,
                    "未发货即取消的订单不考核",
                    "Cancelled before shipping",
                    cancelled,
                )
            )
    else:
        b.reason(
            f"发货前已退款（售后状态“{order.after_sale_status}”），不纳入考核",
            f"Refunded before shipping (after-sale '{order.after_sale_status}'): not assessable",
        )
        if b.explain:
            b.trace.append(
                param_step(
                    CORE, _CLAUSE, "未发货即退款的订单不考核", "Refunded before shipping", refunded
                )
            )
    return True


def _keywords(
    prefix: str, ctx: EvalContext, at: datetime
) -> tuple[Resolved, tuple[str, ...], Resolved, tuple[str, ...]]:
    """The platform's cancelled / refunded keyword parameters at `at` and their words,
    memoised per parameter segment."""
    key = ("EXCL", prefix, ctx.params.segment(at))
    hit: tuple[Resolved, tuple[str, ...], Resolved, tuple[str, ...]] | None = ctx.memo.get(key)
    if hit is None:
        cancelled = ctx.params.resolve(f"{prefix}.core.cancelled_keywords", at)
        refunded = ctx.params.resolve(f"{prefix}.core.refunded_keywords", at)
        hit = ctx.memo[key] = (cancelled, _words(cancelled), refunded, _words(refunded))
    return hit


def _words(resolved: Resolved) -> tuple[str, ...]:
    value = resolved.value
    return tuple(w for w in value if isinstance(w, str)) if isinstance(value, tuple) else ()


def standard_deadline(order: OrderRecord, product: ProductRecord | None, b: VerdictBuilder) -> bool:
    """Set `b.deadline` from the promised ship time or payment + promise hours. False if unknown."""
    if order.promised_ship_at is not None:
        b.deadline = order.promised_ship_at
        b.basis("承诺发货时间（导出表）", "promised ship time (from the export)")
        if b.explain:
            b.trace.append(
                text_step(
                    CORE,
                    _CLAUSE,
                    "发货时限取导出表中的承诺发货时间",
                    "Deadline = the promised ship time in the export",
                )
            )
        return True
    if order.paid_at is not None and product is not None and product.promise_hours:
        b.deadline = order.paid_at + timedelta(hours=product.promise_hours)
        if b.explain:
            b.basis(
                f"支付时间 + 承诺发货时长 {product.promise_hours} 小时（商品表）",
                f"paid time + promised {product.promise_hours} hours to ship (product table)",
            )
            b.trace.append(
                text_step(
                    CORE,
                    _CLAUSE,
                    "导出表无承诺发货时间：支付时间 + 商品承诺发货时长 "
                    f"{product.promise_hours} 小时",
                    f"No promised time in the export: payment time + product promise "
                    f"{product.promise_hours} h",
                )
            )
        return True
    return False


def no_deadline(b: VerdictBuilder) -> None:
    """Mark a verdict whose deadline cannot be derived (flag no_deadline, status pending)."""
    b.status = PENDING
    b.rule(CORE)
    b.flag("no_deadline")
    b.basis("无法确定", "cannot be determined")
    b.reason(
        "导出表无承诺发货时间，商品表也没有承诺发货时长，无法判断是否超时；请补充商品表",
        "No promised ship time and no product promise length: cannot judge; import the product "
        "sheet",
    )


def classify(
    event: datetime | None, deadline: datetime, ctx: EvalContext, b: VerdictBuilder
) -> None:
    """Status from the decisive event (ship / scan / arrival) against the deadline, as of
    ctx.as_of (with its reason when explaining)."""
    as_of = ctx.as_of
    if event is not None and event <= as_of:
        b.status = ON_TIME if event <= deadline else LATE
    elif as_of > deadline:
        b.status = OVERDUE
    elif deadline - as_of <= ctx.warning:
        b.status = AT_RISK
    else:
        b.status = PENDING
    if b.explain:
        _classify_reason(event, deadline, as_of, b)


def _classify_reason(
    event: datetime | None, deadline: datetime, as_of: datetime, b: VerdictBuilder
) -> None:
    """The reason `classify` gives for the status it set."""
    dl = deadline.isoformat(" ", "seconds")
    status = b.status
    if status in (ON_TIME, LATE):
        assert event is not None
        ev = event.isoformat(" ", "seconds")
        if status == ON_TIME:
            b.reason(f"已于 {ev} 完成，未超过时限 {dl}", f"Done at {ev}, within the deadline {dl}")
        else:
            zh, en = _spans(event - deadline)
            b.reason(
                f"于 {ev} 完成，超过时限 {dl}（晚 {zh}）",
                f"Done at {ev}, after the deadline {dl} ({en} late)",
            )
    elif status == OVERDUE:
        b.reason(
            f"截至评估时刻仍未完成，已超过时限 {dl}",
            f"Not done by the as-of instant; deadline {dl} has passed",
        )
    elif status == AT_RISK:
        zh, en = _spans(deadline - as_of)
        b.reason(f"尚未完成，距时限 {dl} 仅剩 {zh}", f"Not done yet; only {en} left before {dl}")
    else:
        b.reason(f"尚未完成，时限为 {dl}", f"Not done yet; deadline {dl}")


def pickup_anomaly(order: OrderRecord, ctx: EvalContext) -> bool:
    """Shipped, and no carrier pickup scan within the pickup window (known as of ctx.as_of).

    Never true for a platform whose data carry no pickup scans at all (`ctx.has_pickup_data`).
    """
    pickup_data = ctx.pickup_data
    if pickup_data is not None and order.platform not in pickup_data:
        return False  # = not ctx.has_pickup_data(order.platform), inlined (hot path)
    as_of = ctx.as_of
    shipped = order.shipped_at
    if shipped is None or shipped > as_of:  # happened(...), inlined here and below
        return False
    limit = shipped + ctx.pickup_hours
    picked = order.picked_up_at
    if picked is not None and picked <= as_of:
        return picked > limit
    return as_of > limit


def percent_amount(
    paid: Decimal | None,
    rate: Resolved,
    floor: Resolved | None,
    cap: Resolved | None,
    round_to_yuan: bool = False,
) -> Decimal | None:
    """paid × rate, clamped to [floor, cap] when those are set; None when rate or paid is
    unknown."""
    if not isinstance(rate.value, Decimal) or paid is None:
        return None
    amount = paid * rate.value
    if floor is not None and isinstance(floor.value, Decimal) and amount < floor.value:
        amount = floor.value
    if cap is not None and isinstance(cap.value, Decimal) and amount > cap.value:
        amount = cap.value
    return amount.quantize(_YUAN if round_to_yuan else _FEN, ROUND_HALF_UP)


def cached_percent_amount(
    memo: dict[Decimal, Decimal | None],
    paid: Decimal | None,
    rate: Resolved,
    floor: Resolved | None,
    cap: Resolved | None,
    round_to_yuan: bool,
) -> Decimal | None:
    """`percent_amount` remembered per paid amount in `memo` (one memo per set of parameters:
    orders of one price repeat, and the Decimal arithmetic is the costly part)."""
    if paid is None:
        return None
    hit = memo.get(paid, _MISSING)
    if hit is _MISSING:
        hit = memo[paid] = percent_amount(paid, rate, floor, cap, round_to_yuan)
    return hit


_YUAN: Final = Decimal(1)
_FEN: Final = Decimal("0.01")
_MISSING: Final = Decimal(-1)  # no amount is negative


def _spans(delta: timedelta) -> tuple[str, str]:
    """Whole minutes as Chinese and English text: "1 天 2 小时 5 分钟", "1 d 2 h 5 min"."""
    minutes = int(delta.total_seconds() // 60)
    d, rem = divmod(minutes, 1440)
    h, m = divmod(rem, 60)
    if d:
        return f"{d} 天 {h} 小时 {m} 分钟", f"{d} d {h} h {m} min"
    if h:
        return f"{h} 小时 {m} 分钟", f"{h} h {m} min"
    return f"{m} 分钟", f"{m} min"
