"""Douyin D5 — 《商家发货行为管理规则》, revised and in force from 2025-09-29 (rule centre 101706).

- 2.2: where the carrier reports back, the ship time is its pickup record (揽收); only where it
  reports nothing is it the seller's ship click. In an export: 揽收时间 when present, else 发货时间.
- 3.1: the promise types — 极速发货/当日发货 (paid before 16:00 → by 23:59:59 that day, from
  16:00 → by 23:59:59 the next day), 次日发货 (by 23:59:59 the day after payment), 48小时发货
  (48 h), 自主设置 (the seller's own promise length), QIC warehouse ordinary goods (48 h to the
  warehouse) — taken from the product sheet's promise type, by the payment time (the promise is
  made when the buyer pays).
- 3.1: promises made on several channels — the shortest one to the buyer applies. The export's
  承诺发货时间 and the product sheet's promise are two such promises: the earlier deadline wins.

Version instant: the payment time (promised shipping times count from it; 7.3 applies the rules in
force when the behaviour happened).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Final

from policies.context import EvalContext, VerdictBuilder, fmt, param_step, text_step
from policies.douyin_cite import cite
from policies.params import ParameterSet, Resolved
from policies.records import OrderRecord, ProductRecord, TraceStep

D5: Final = "D5"
ANNOUNCEMENT: Final = "douyin-shipping-behaviour"


@dataclass(frozen=True, slots=True)
class D5Plan:
    """D5's switch at one parameter segment, its citations and trace step."""

    active: bool
    resolved: Resolved
    step: TraceStep
    ship: tuple[str, str]  # 2.2 cited (Chinese, English)
    promise: tuple[str, str]  # 3.1 cited


def d5_plan(ctx: EvalContext, paid: datetime) -> D5Plan:
    """D5's parameters at the payment time, memoised per parameter segment."""
    key = (D5, ctx.params.segment(paid))
    hit: D5Plan | None = ctx.memo.get(key)
    if hit is None:
        resolved = ctx.params.resolve("douyin.d5.active", paid)
        ship = cite(ANNOUNCEMENT, "2.2", paid)
        hit = D5Plan(
            active=resolved.value is True,
            resolved=resolved,
            step=param_step(
                D5,
                ship[0],
                "发货时间以快递揽收记录为准（按支付时间判断适用版本）",
                "Ship time = the carrier's pickup record (version chosen by the payment time)",
                resolved,
            ),
            ship=ship,
            promise=cite(ANNOUNCEMENT, "3.1", paid),
        )
        ctx.memo[key] = hit
    return hit


SAME_DAY: Final = frozenset(("当日发货", "极速发货"))
NEXT_DAY: Final = "次日发货"
H48: Final = "48小时发货"
OWN: Final = "自主设置"
QIC: Final = "质检仓"
_DAY_END: Final = time(23, 59, 59)


@dataclass(frozen=True, slots=True)
class PromisePlan:
    """D5 3.1's promise-type parameters at one parameter segment (None = not in force / unset)."""

    active: bool
    cutoff: time | None
    h48: timedelta | None
    qic: timedelta | None
    steps: tuple[TraceStep, ...]
    promise: tuple[str, str]  # 3.1 cited (Chinese, English)


def promise_plan(ctx: EvalContext, paid: datetime) -> PromisePlan:
    """The promise types' parameters at the payment time, memoised per parameter segment."""
    key = ("D5-promise", ctx.params.segment(paid))
    hit: PromisePlan | None = ctx.memo.get(key)
    if hit is None:
        p = ctx.params
        active = p.resolve("douyin.d5.active", paid)
        cutoff = p.resolve("douyin.d5.same_day_cutoff", paid)
        h48 = p.resolve("douyin.d5.h48_hours", paid)
        qic = p.resolve("douyin.d5.qic_hours", paid)
        promise = cite(ANNOUNCEMENT, "3.1", paid)
        hit = PromisePlan(
            active=active.value is True,
            cutoff=cutoff.value if isinstance(cutoff.value, time) else None,
            h48=_hours(h48),
            qic=_hours(qic),
            steps=tuple(
                param_step(D5, promise[0], zh, en, r)
                for r, zh, en in (
                    (
                        cutoff,
                        "当日发货截单时刻",
                        "Same-day cut-off",
                    ),
                    (h48, "48小时发货时限", "48-hour shipping"),
                    (qic, "质检仓送仓时限", "QIC warehouse delivery"),
                )
            ),
            promise=promise,
        )
        ctx.memo[key] = hit
    return hit


def promise_span(params: ParameterSet, product_hours: int) -> timedelta:
    """The longest time from payment to the deadline a product's promise can give (次日发货 and
    the same-day cut: under 48 h; 48小时 and 质检仓 by any of their values; 自主设置 and the
    promise length by `product_hours`, the longest of the products')."""
    span = timedelta(hours=max(48, product_hours))
    for key in ("douyin.d5.h48_hours", "douyin.d5.qic_hours"):
        for at in params.timeline(key) or [datetime.max]:
            value = params.value(key, at)
            if isinstance(value, Decimal):
                span = max(span, timedelta(hours=float(value)))
    return span


def _hours(r: Resolved) -> timedelta | None:
    return timedelta(hours=float(r.value)) if isinstance(r.value, Decimal) else None


def promise_deadline(
    kind: str, paid: datetime, own_hours: int | None, plan: PromisePlan
) -> datetime | None:
    """The deadline a promise type gives for an order paid at `paid` (None: unknown type, or a
    value it needs is not set)."""
    if kind in SAME_DAY:
        if plan.cutoff is None:
            return None
        day = paid.date() if paid.time() < plan.cutoff else paid.date() + timedelta(days=1)
        return datetime.combine(day, _DAY_END)
    if kind == NEXT_DAY:
        return datetime.combine(paid.date() + timedelta(days=1), _DAY_END)
    if kind == H48:
        return None if plan.h48 is None else paid + plan.h48
    if kind == QIC:
        return None if plan.qic is None else paid + plan.qic
    if kind == OWN:
        return None if not own_hours else paid + timedelta(hours=own_hours)
    return None


def product_promise(
    order: OrderRecord, product: ProductRecord | None, ctx: EvalContext
) -> datetime | None:
    """The deadline of the product sheet's promise: its type from 2025-09-29 where it has one,
    else its promise length (None: neither)."""
    paid = order.paid_at
    if paid is None or product is None:
        return None
    if product.promise_type:
        plan = promise_plan(ctx, paid)
        if plan.active:
            when = promise_deadline(product.promise_type, paid, product.promise_hours, plan)
            if when is not None:
                return when
    hours = product.promise_hours
    if not hours:
        return None
    span = _SPANS.get(hours)
    if span is None:
        span = _SPANS[hours] = timedelta(hours=hours)
    return paid + span


# Promise lengths as timedeltas, made once each (a product's hours repeat across its orders).
_SPANS: Final[dict[int, timedelta]] = {}


def _product_words(order: OrderRecord, product: ProductRecord, ctx: EvalContext) -> tuple[str, str]:
    """How `product_promise` found its deadline, in words (for the texts)."""
    paid = order.paid_at
    assert paid is not None
    if product.promise_type:
        plan = promise_plan(ctx, paid)
        if plan.active and promise_deadline(
            product.promise_type, paid, product.promise_hours, plan
        ):
            return (
                f"商品发货时效类型“{product.promise_type}”",
                f"the product's promise type '{product.promise_type}'",
            )
    return (
        f"商品承诺发货时长 {product.promise_hours} 小时",
        f"the product's promise of {product.promise_hours} h",
    )


def promise_type_deadline(
    order: OrderRecord, product: ProductRecord | None, ctx: EvalContext, b: VerdictBuilder
) -> bool:
    """D5 3.1 — the deadline from the product's promise type when the export gives no promised
    time (False: no type, not in force at the payment time, or a value it needs is unset)."""
    paid = order.paid_at
    if order.promised_ship_at is not None or paid is None or product is None:
        return False
    if not product.promise_type:
        return False
    plan = promise_plan(ctx, paid)
    if not plan.active:
        return False
    when = promise_deadline(product.promise_type, paid, product.promise_hours, plan)
    if when is None:
        return False
    b.deadline = when
    b.rule(D5)
    if b.explain:
        zh, en = plan.promise
        b.basis(
            f"商品发货时效类型“{product.promise_type}”（{zh}）",
            f"the product's promise type '{product.promise_type}' ({en})",
        )
        b.trace.extend(plan.steps)
        b.trace.append(
            text_step(
                D5,
                zh,
                f"导出表无承诺发货时间：按商品发货时效类型“{product.promise_type}”计算发货时限",
                f"No promised time in the export: deadline from the product's promise type "
                f"'{product.promise_type}'",
            )
        )
    return True


def shortest_promise(
    order: OrderRecord, product: ProductRecord | None, ctx: EvalContext, b: VerdictBuilder
) -> None:
    """D5 3.1 — the export's promised time and the product's promise: the earlier one.

    Only where both are known; `b.deadline` already holds the export's."""
    promised = order.promised_ship_at
    if promised is None:
        return
    by_product = product_promise(order, product, ctx)
    if by_product is None or by_product >= promised:
        return
    b.deadline = by_product
    if b.explain:
        paid = order.paid_at
        assert paid is not None and product is not None
        zh, en = _product_words(order, product, ctx)
        cite_zh, cite_en = d5_plan(ctx, paid).promise
        b.basis(
            f"{zh}，早于导出表的承诺发货时间 {fmt(promised)}：多个承诺取最短（{cite_zh}）",
            f"{en}, earlier than the export's promised time {fmt(promised)}: the shortest "
            f"promise applies ({cite_en})",
        )


def d5_ship_time(
    order: OrderRecord, ctx: EvalContext, b: VerdictBuilder, plan: D5Plan
) -> datetime | None:
    """D5 2.2 — the order's ship time as of ctx.as_of: the pickup record when the carrier has
    reported one, else the ship click (None when neither has happened)."""
    as_of = ctx.as_of
    picked = order.picked_up_at
    b.rule(D5)
    if b.explain:
        b.trace.append(plan.step)
    zh, en = plan.ship
    if picked is not None and picked <= as_of:
        if b.explain:
            b.reason(
                f"D5：发货时间以快递揽收记录 {fmt(picked)} 为准（{zh}）",
                f"D5: ship time = the carrier's pickup record {fmt(picked)} ({en})",
            )
        return picked
    shipped = order.shipped_at
    if shipped is not None and shipped <= as_of:
        if b.explain:
            b.reason(
                f"D5：尚无快递揽收记录，发货时间暂按商家点击发货 {fmt(shipped)}（{zh}）",
                f"D5: no carrier pickup record yet — ship time taken as the seller's ship click "
                f"{fmt(shipped)} for now ({en})",
            )
        return shipped
    return None


def qic_arrival(
    order: OrderRecord, ctx: EvalContext, b: VerdictBuilder, plan: D5Plan
) -> datetime | None:
    """D5 3.1 — for a QIC (质检仓) product the deadline is for the goods to reach the warehouse:
    the decisive event is the warehouse arrival (到仓时间, from an export or logistics sheet).
    Where none is recorded the ship time stands in, and the reason says so."""
    arrived = order.warehouse_at
    if arrived is not None and arrived <= ctx.as_of:
        b.rule(D5)
        if b.explain:
            zh, en = plan.promise
            b.reason(
                f"D5：质检仓商品以到仓时间 {fmt(arrived)} 判断是否按时送仓（{zh}）",
                f"D5: a QIC product is judged by its warehouse arrival {fmt(arrived)} ({en})",
            )
        return arrived
    if b.explain:
        zh, en = plan.promise
        b.reason(
            f"D5：质检仓商品尚无到仓时间（导入含“到仓时间”的表可按送仓判断），暂以发货时间判断（{zh}）",
            f"D5: no warehouse arrival recorded for this QIC product (import a sheet with "
            f"到仓时间 to judge the delivery to the warehouse): judged by the ship time for now "
            f"({en})",
        )
    return d5_ship_time(order, ctx, b, plan)
