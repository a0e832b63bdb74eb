"""Douyin D5 — 《商家发货行为管理规则》, revised and in force from 2025-09-29 (rule centre 101706).

- 2.2: where the carrier reports back, the ship time is its pickup record (揽收); only where it
  reports nothing is it the seller's ship click. In an export: 揽收时间 when present, else 发货时间.
- 3.1: promises made on several channels — the shortest one to the buyer applies. The export's
  承诺发货时间 and the product sheet's promise length are two such promises: the earlier deadline
  wins.

Version instant: the order's deadline (7.3: behaviour after the effective date follows the revised
rules; the shipping it judges is due at the deadline — our choice, the text names no instant).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from policies.context import EvalContext, VerdictBuilder, fmt, param_step
from policies.params import Resolved
from policies.records import OrderRecord, ProductRecord, TraceStep

D5: Final = "D5"
D5_TITLE: Final = "《商家发货行为管理规则》（2025-09-29 修订）"
D5_SHIP_CLAUSE: Final = D5_TITLE + " 2.2"
D5_PROMISE_CLAUSE: Final = D5_TITLE + " 3.1"


@dataclass(frozen=True, slots=True)
class D5Plan:
    """D5's switch at one parameter segment and its trace step."""

    active: bool
    resolved: Resolved
    step: TraceStep


def d5_plan(ctx: EvalContext, deadline: datetime) -> D5Plan:
    """D5's parameters at the deadline, memoised per parameter segment."""
    key = (D5, ctx.params.segment(deadline))
    hit: D5Plan | None = ctx.memo.get(key)
    if hit is None:
        resolved = ctx.params.resolve("douyin.d5.active", deadline)
        hit = D5Plan(
            active=resolved.value is True,
            resolved=resolved,
            step=param_step(
                D5,
                D5_SHIP_CLAUSE,
                "发货时间以快递揽收记录为准（按发货时限判断适用版本）",
                "Ship time = the carrier's pickup record (version chosen by the deadline)",
                resolved,
            ),
        )
        ctx.memo[key] = hit
    return hit


def shortest_promise(order: OrderRecord, product: ProductRecord | None, b: VerdictBuilder) -> None:
    """D5 3.1 — the export's promised time and the product's promise length: the earlier one.

    Only where both are known; `b.deadline` already holds the one `standard_deadline` chose."""
    promised = order.promised_ship_at
    paid = order.paid_at
    if promised is None or paid is None or product is None or not product.promise_hours:
        return
    by_product = paid + timedelta(hours=product.promise_hours)
    if by_product >= promised:
        return
    b.deadline = by_product
    if b.explain:
        b.basis(
            f"支付时间 + 商品承诺发货时长 {product.promise_hours} 小时，早于导出表的承诺发货时间"
            f" {fmt(promised)}：多个承诺取最短（{D5_PROMISE_CLAUSE}）",
            f"payment + the product's promise of {product.promise_hours} h, earlier than the "
            f"export's promised time {fmt(promised)}: the shortest promise applies "
            f"({D5_PROMISE_CLAUSE})",
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
    if picked is not None and picked <= as_of:
        if b.explain:
            b.reason(
                f"发货时间以快递揽收记录 {fmt(picked)} 为准（{D5_SHIP_CLAUSE}）",
                f"Ship time = the carrier's pickup record {fmt(picked)} ({D5_SHIP_CLAUSE})",
            )
        return picked
    shipped = order.shipped_at
    if shipped is not None and shipped <= as_of:
        if b.explain:
            b.reason(
                f"尚无快递揽收记录，发货时间暂按商家点击发货 {fmt(shipped)}（{D5_SHIP_CLAUSE}）",
                f"No carrier pickup record yet: ship time taken as the seller's ship click "
                f"{fmt(shipped)} for now ({D5_SHIP_CLAUSE})",
            )
        return shipped
    return None
