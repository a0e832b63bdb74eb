"""AliExpress 速卖通 半托管 rules A1–A3 (seed 004, 2024-04-12).

Per order: the deadline by fulfilment mode — POP (first online scan 上网), JIT pickup (揽收 scan by
23:59 of working day T+N) and JIT self-send (到仓 within N hours of payment) — relaxed by A1 for new
and slow products, with A3's holiday rules (POP: Sundays not counted; public holidays from the
official calendar, overridable by the seller). Per month: A2's penalty refund (`a2_refund`).
"""

from __future__ import annotations

import calendar as _stdcal
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Final

from policies.catalogue import clause_ref
from policies.context import EvalContext, VerdictBuilder, fmt, inactive_words, param_step, text_step
from policies.deadlines import classify, exclusion, happened, no_deadline, standard_deadline
from policies.params import Resolved
from policies.records import (
    A1_RELAXED,
    CALENDAR_FALLBACK,
    EVENT_MISSING,
    FALSE_SHIPPING,
    LATE,
    OVERDUE,
    OrderRecord,
    PenaltyRefund,
    ProductRecord,
    TraceStep,
    Verdict,
)

A1_CLAUSE: Final = clause_ref("aliexpress-semi-managed-relaxation", ["第一", "第一（即）"])
A2_CLAUSE: Final = clause_ref("aliexpress-semi-managed-relaxation", ["第二"])
A3_CLAUSE: Final = clause_ref("aliexpress-semi-managed-relaxation", ["第三"])

POP: Final = "POP"
JIT_PICKUP: Final = "JIT揽收"
JIT_SELF: Final = "JIT自寄"
_END_OF_DAY: Final = time(23, 59, 59)


def fulfilment_mode(order: OrderRecord, product: ProductRecord | None) -> str:
    """POP / JIT揽收 / JIT自寄 from the order (else the product sheet); "" when unknown."""
    raw = order.fulfilment_mode or (product.fulfilment_mode if product is not None else "")
    mode = _MODES.get(raw)
    if mode is None:
        if len(_MODES) > 1000:
            _MODES.clear()
        mode = _MODES[raw] = _mode_of(raw)
    return mode


# An export spells the mode in a handful of ways: classified once per spelling, not per order.
_MODES: Final[dict[str, str]] = {}


def _mode_of(raw: str) -> str:
    """The mode one spelling names (`fulfilment_mode` memoises it)."""
    text = raw.upper()
    if "JIT" in text:
        return JIT_SELF if ("自寄" in raw or "SELF" in text) else JIT_PICKUP
    if "POP" in text:
        return POP
    return ""


def a1_applies(
    order: OrderRecord,
    product: ProductRecord | None,
    ctx: EvalContext,
    b: VerdictBuilder,
    plan: _A1Plan | None = None,
) -> bool:
    """A1 — relaxed timing for products listed within 30 days or with last-month sales ≤ 10.

    Stated in seed 004 (from 2024-04-12); the numbers are parameters
    (``aliexpress.a1.new_product_days``, ``aliexpress.a1.max_last_month_sales``) and the texts name
    the values used. "Listed within 30 days" is measured at payment time
    (inferred). Needs the product sheet; without it A1 cannot be applied and the verdict says so.
    """
    paid = order.paid_at
    assert paid is not None
    if plan is None:
        plan = _a1_plan(ctx, paid)
    if not plan.active:
        return False
    if product is None:
        b.reason(
            "无商品表数据（上架时间/上月销量），无法判断是否适用 A1 放宽时效",
            "No product sheet row (listing date / last-month sales): A1 relaxation not checked",
        )
        return False
    days, sales = plan.days, plan.sales
    new = (
        product.listed_at is not None
        and plan.new_within is not None
        and paid - product.listed_at <= plan.new_within
    )
    slow = (
        product.last_month_sales is not None
        and plan.max_sales is not None
        and product.last_month_sales <= plan.max_sales
    )
    if not (new or slow):
        return False
    b.rule("A1")
    b.flag(A1_RELAXED)
    # The texts name the values the decision used (`days`, `sales`: announced or seller-set).
    if new:
        if b.explain:
            b.trace.append(
                param_step(
                    "A1",
                    A1_CLAUSE,
                    "新发商品：上架天数上限",
                    "New product: listed within days",
                    days,
                )
            )
            b.reason(
                f"A1：商品上架于 {fmt(product.listed_at)}，属 {days.value} 天内新发商品，"
                "适用放宽时效",
                f"A1: product listed {fmt(product.listed_at)} — new product (within "
                f"{days.value} days), relaxed timing",
            )
    elif b.explain:
        b.trace.append(
            param_step(
                "A1",
                A1_CLAUSE,
                "低销量商品：上月销量上限（笔）",
                "Slow product: last-month sales at most",
                sales,
            )
        )
        b.reason(
            f"A1：商品上月销量 {product.last_month_sales} 笔（≤{sales.value}），适用放宽时效",
            f"A1: last-month sales {product.last_month_sales} (≤ {sales.value}), relaxed timing",
        )
    return True


_DAYS: Final[dict[Decimal, timedelta]] = {}


def _days(value: Decimal) -> timedelta:
    """timedelta(days=value), memoised (a handful of distinct parameter values)."""
    hit = _DAYS.get(value)
    if hit is None:
        hit = _DAYS[value] = timedelta(days=float(value))
    return hit


_HOURS: Final[dict[Decimal, timedelta]] = {}


def _hours(value: Decimal) -> timedelta:
    """timedelta(hours=value), memoised like `_days`."""
    hit = _HOURS.get(value)
    if hit is None:
        hit = _HOURS[value] = timedelta(hours=float(value))
    return hit


# Parameter keys by (mode, relaxed) and by (relaxed, before cut-off): built once, not per order.
_HOURS_KEY: Final[dict[tuple[str, bool], str]] = {}
_PICKUP_DAYS_KEY: Final[dict[tuple[bool, bool], str]] = {
    (relaxed, before): f"aliexpress.{'a1' if relaxed else 'core'}.jit_pickup_days_"
    f"{'before' if before else 'after'}_cutoff"
    for relaxed in (False, True)
    for before in (False, True)
}


@dataclass(frozen=True, slots=True)
class _A1Plan:
    """A1/A3's parameters (and A2's penalty) at one parameter segment, in the forms the per-order
    code compares."""

    active: bool
    days: Resolved
    new_within: timedelta | None  # `days` as a timedelta when set
    sales: Resolved
    max_sales: int | None  # `sales` when set
    cutoff: Resolved
    pickup_days: dict[tuple[bool, bool], Resolved]  # by (relaxed, before the cut-off)
    hours: dict[tuple[str, bool], tuple[Resolved, timedelta | None]]  # by (mode, relaxed)
    a3: dict[str, tuple[tuple[TraceStep, ...], bool, bool, bool]]  # `_a3_plan` by mode
    late_penalty: Resolved  # A2: the penalty per late order


def _a1_plan(ctx: EvalContext, paid: datetime) -> _A1Plan:
    """A1/A3's parameters at `paid`, resolved once per parameter segment (not 4–6 resolves and
    conversions per order)."""
    key = ("A1", ctx.params.segment(paid))
    hit: _A1Plan | None = ctx.memo.get(key)
    if hit is not None:
        return hit
    p = ctx.params
    days = p.resolve("aliexpress.a1.new_product_days", paid)
    sales = p.resolve("aliexpress.a1.max_last_month_sales", paid)
    hours = {mr: p.resolve(k, paid) for mr, k in _HOURS_KEY.items()}
    plan = _A1Plan(
        active=p.resolve("aliexpress.a1.active", paid).value is True,
        days=days,
        new_within=_days(days.value) if isinstance(days.value, Decimal) else None,
        sales=sales,
        max_sales=sales.value if isinstance(sales.value, int) else None,
        cutoff=p.resolve("aliexpress.a1.jit_pickup_cutoff", paid),
        pickup_days={rb: p.resolve(k, paid) for rb, k in _PICKUP_DAYS_KEY.items()},
        hours={
            mr: (h, _hours(h.value) if isinstance(h.value, Decimal) else None)
            for mr, h in hours.items()
        },
        a3={mode: _a3_plan(mode, ctx, paid) for mode in (POP, JIT_SELF)},
        late_penalty=p.resolve("aliexpress.core.late_penalty", paid),
    )
    ctx.memo[key] = plan
    return plan


def _a3_plan(
    mode: str, ctx: EvalContext, at: datetime
) -> tuple[tuple[TraceStep, ...], bool, bool, bool]:
    """A3's parameters at `at` for `mode`: (trace steps, in force, skip Sundays, skip holidays)."""
    active = ctx.params.resolve("aliexpress.a3.active", at)
    if active.value is not True:
        step = param_step("A3", A3_CLAUSE, "假期考核调整未生效", "A3 not in force", active)
        return (step,), False, False, False
    steps: list[TraceStep] = []
    if mode == POP:
        sundays = ctx.params.resolve("aliexpress.a3.pop_exclude_sundays", at)
        holidays = ctx.params.resolve("aliexpress.a3.pop_exclude_holidays", at)
        steps.append(param_step("A3", A3_CLAUSE, "POP 周日不计", "POP: Sundays excluded", sundays))
    else:
        sundays = None
        holidays = ctx.params.resolve("aliexpress.a3.jit_exclude_holidays", at)
    steps.append(
        param_step("A3", A3_CLAUSE, "法定节假日不计", "Public holidays excluded", holidays)
    )
    skip_sunday = sundays is not None and sundays.value is True
    return tuple(steps), True, skip_sunday, holidays.value is True


def a1_deadline(
    order: OrderRecord,
    mode: str,
    relaxed: bool,
    ctx: EvalContext,
    b: VerdictBuilder,
    plan: _A1Plan | None = None,
) -> bool:
    """A1/A3 — the AliExpress deadline for a known fulfilment mode. False when not derivable.

    `plan`: the parameters at the payment time when the caller has them (`_a1_plan`)."""
    paid = order.paid_at
    assert paid is not None
    tag = "A1 放宽" if relaxed else "标准时效，由放宽时效推算"
    tag_en = "A1 relaxed" if relaxed else "standard, worked out from the relaxed time"
    fallback = False
    if plan is None:
        plan = _a1_plan(ctx, paid)
    if mode == JIT_PICKUP:
        cutoff = plan.cutoff
        if not isinstance(cutoff.value, time):
            return False
        start, fb1 = ctx.calendar.first_workday_from(paid.date())
        # Inferred: an order placed on a non-working day counts from the next working day's
        # start, i.e. as a before-cut-off order of that day.
        before = paid.time() < cutoff.value or start != paid.date()
        days = plan.pickup_days[relaxed, before]
        if not isinstance(days.value, int):
            return False
        if b.explain:
            b.trace.append(param_step("A1", A1_CLAUSE, "JIT 揽收截单时刻", "JIT cut-off", cutoff))
            b.trace.append(param_step("A1", A1_CLAUSE, f"JIT 揽收 T+N（{tag}）", "JIT T+N", days))
            if start != paid.date():
                b.trace.append(
                    text_step(
                        "A3",
                        A3_CLAUSE,
                        "下单日非工作日：从下一个工作日起算（公告未明说，本软件的理解）",
                        "Ordered on a non-working day: T counts from the next working day "
                        "(the announcement does not say; ShipCheck's reading)",
                    )
                )
        day, fb2 = ctx.calendar.add_workdays(start, days.value)
        fallback = fb1 or fb2
        b.deadline = datetime.combine(day, _END_OF_DAY)
        if b.explain:
            b.basis(
                f"JIT揽收 {tag}：{'截单前' if before else '截单后'}订单 T+{days.value} 个工作日 "
                "23:59",
                f"JIT pickup, {tag_en}: ordered {'before' if before else 'after'} the cut-off, "
                f"T+{days.value} working days 23:59",
            )
    else:
        hours, span = plan.hours[mode, relaxed]
        if span is None:
            if b.explain:
                b.trace.append(param_step("A1", A1_CLAUSE, "时效小时数", "Hours", hours))
            return False
        if b.explain:
            b.trace.append(
                param_step("A1", A1_CLAUSE, f"{mode} 时效（{tag}）", f"{mode} hours", hours)
            )
        a3_steps, _, sundays, holidays = plan.a3[mode]  # A3: days not counted
        if b.explain:
            b.trace.extend(a3_steps)
        b.deadline, fallback = ctx.calendar.add_hours(paid, span, sundays, holidays)
        if b.explain:
            what = "上网" if mode == POP else "到仓"
            b.basis(
                f"{mode} {tag}：付款后 {hours.value} 小时内{what}"
                + ("（不计周日/节假日）" if mode == POP else "（不计节假日）"),
                f"{mode} {tag_en}: "
                + ("online" if mode == POP else "at the warehouse")
                + f" within {hours.value} hours of payment ("
                + ("Sundays and holidays not counted" if mode == POP else "holidays not counted")
                + ")",
            )
    if fallback:
        b.flag(CALENDAR_FALLBACK)
        b.reason(
            "节假日数据未覆盖该年份：暂按仅周末休息计算，请在设置中补充节假日",
            "Holiday data does not cover this year: weekends only were used; add the holidays "
            "in settings",
        )
    return True


_HOURS_KEY.update(
    {
        (POP, False): "aliexpress.core.pop_standard_hours",
        (POP, True): "aliexpress.a1.pop_hours",
        (JIT_SELF, False): "aliexpress.core.jit_self_send_hours",
        (JIT_SELF, True): "aliexpress.a1.jit_self_send_hours",
    }
)


def decisive_event(order: OrderRecord, mode: str, b: VerdictBuilder) -> datetime | None:
    """The rule's own event: POP 上网, JIT揽收 揽收, JIT自寄 到仓; 发货时间 when that column is
    empty."""
    if mode == POP:
        event = order.online_at
    elif mode == JIT_PICKUP:
        event = order.picked_up_at
    elif mode == JIT_SELF:
        event = order.warehouse_at
    else:
        event = order.shipped_at
    if event is None and mode and order.shipped_at is not None:
        b.flag(EVENT_MISSING)
        b.reason(
            "缺少该履约模式的考核时间（上网/揽收/到仓），暂以发货时间代替",
            "The mode's own event time (online scan / pickup / arrival) is missing; ship time used",
        )
        return order.shipped_at
    return event


def evaluate(order: OrderRecord, ctx: EvalContext) -> Verdict:
    """Judge one AliExpress order as of ctx.as_of (A1, A3 deadline; A2 penalty at stake)."""
    b = VerdictBuilder(order, ctx.explain)
    if exclusion(order, ctx, b):
        return b.build(ctx.as_of)
    product = ctx.product_of(order)
    if ctx.is_false_shipping(order):
        b.flag(FALSE_SHIPPING)
        b.reason(
            "同一运单号用于不同收件人的订单，疑似虚假发货，请核实",
            "The same tracking number is used for orders to different receivers: check it",
        )
    mode = fulfilment_mode(order, product)
    assert order.paid_at is not None  # (exclusion)
    plan = _a1_plan(ctx, order.paid_at)
    relaxed = a1_applies(order, product, ctx, b, plan)
    derived = bool(mode) and a1_deadline(order, mode, relaxed, ctx, b, plan)
    export_deadline = order.promised_ship_at
    if derived:
        assert b.deadline is not None
        if b.explain and export_deadline is not None and export_deadline != b.deadline:
            # A deadline the announcement sets is never moved by an export column: the
            # export's own date is only shown beside it.
            shown = fmt(export_deadline)
            b.trace.append(
                text_step(
                    "A1",
                    A1_CLAUSE,
                    f"导出表的发货期限为 {shown}，与公告时限不同；按公告时限判断",
                    f"The export's 发货期限 is {shown}, unlike the announcement's deadline; "
                    "the announcement's deadline is used",
                )
            )
            b.deadline_basis += f"（导出表发货期限 {shown}，仅供对照）"
            b.deadline_basis_en += f" (the export's 发货期限 {shown}, shown for reference)"
    elif not standard_deadline(order, product, b):
        no_deadline(b)
        return b.build(ctx.as_of)
    elif not mode:
        b.reason(
            "履约模式（POP/JIT）未知，按导出表发货期限判断",
            "Fulfilment mode (POP/JIT) unknown: the export's deadline is used",
        )
    assert b.deadline is not None
    event = decisive_event(order, mode, b)
    classify(happened(event, ctx.as_of), b.deadline, ctx, b)
    if b.status in (LATE, OVERDUE):
        penalty = plan.late_penalty
        b.rule("A2")
        if b.explain:
            b.trace.append(
                param_step("A2", A2_CLAUSE, "超时罚扣每单金额", "Penalty per order", penalty)
            )
        if isinstance(penalty.value, Decimal):
            b.compensation = penalty.value
            if b.explain:
                # The refund only where A2 is in force for the deadline's month, read at the
                # month's start as the monthly metric reads it (`metrics.platform_metrics`).
                # Its threshold and start are the parameters' (announced or seller-set) values.
                month = datetime(b.deadline.year, b.deadline.month, 1)
                p = ctx.params
                threshold = p.resolve("aliexpress.a2.on_time_threshold", month)
                if p.value("aliexpress.a2.active", month) is True:
                    b.reason(
                        f"预计罚扣 {penalty.value} 元；当月及时发货率≥{threshold.shown()} 时"
                        "次月月底返还（A2）",
                        f"Penalty about {penalty.value} yuan; refunded at the end of next month "
                        f"if the month's on-time rate ≥ {threshold.shown()} (A2)",
                    )
                    b.trace.append(
                        param_step(
                            "A2", A2_CLAUSE, "当月及时发货率返还门槛", "Refund threshold", threshold
                        )
                    )
                else:
                    since, since_en = inactive_words(p, "aliexpress.a2.active", month)
                    b.reason(
                        f"预计罚扣 {penalty.value} 元；A2 优质履约免罚激励{since}"
                        "本月不适用，不返还",
                        f"Penalty about {penalty.value} yuan; the A2 good-fulfilment refund"
                        f"{since_en} does not apply to this month",
                    )
        else:
            b.compensation = None
            b.reason(
                "罚扣金额未设置（平台未公布，请在设置中填写“发货超时罚扣：每单金额（元）”），金额未知",
                "Penalty amount not set (not published: enter “Late-fulfilment penalty per "
                "order (yuan)” in the settings): unknown",
            )
    elif "A1" not in b.rules:
        b.rule("CORE")
    return b.build(ctx.as_of)


# --- A2 -----------------------------------------------------------------------------------------


def month_end(day: date) -> date:
    """The last day of `day`'s month."""
    return date(day.year, day.month, _stdcal.monthrange(day.year, day.month)[1])


def a2_refund(
    month_start: date,
    on_time_rate: Decimal | None,
    threshold: Decimal,
    penalties: list[Decimal | None],
) -> PenaltyRefund:
    """A2 — if the month's on-time rate ≥ 95 %, that month's deducted penalties come back at the end
    of the next month (seed 004 第二, stated). Amount None when any penalty amount is not set.
    """
    first = month_start.replace(day=1)
    next_month = month_end(first) + timedelta(days=1)
    refund_date = month_end(next_month)
    deducted: Decimal | None = Decimal(0)
    for p in penalties:
        deducted = None if p is None or deducted is None else deducted + p
    eligible = on_time_rate is not None and on_time_rate >= threshold
    refund: Decimal | None
    refund = deducted if eligible else Decimal(0)
    return PenaltyRefund(
        month_start=first,
        eligible=eligible,
        on_time_rate=on_time_rate,
        threshold=threshold,
        deducted_amount=deducted,
        refund_amount=refund,
        refund_date=refund_date,
        penalised_orders=len(penalties),
    )
