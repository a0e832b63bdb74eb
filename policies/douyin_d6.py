"""Douyin D6 — 【商家-发货超时】实施细则 (rule centre aHwH9wK4Je2N): the late-shipping deduction.

Per order, a share of the order's actual paid amount with a floor and a cap, by the promise's
length and how late the order ships (D5's ship time); amounts rounded half up to whole yuan (D9):

    promise ≤ 48 h          late ≤ 48 h: none        late > 48 h: 1 %, ¥2–50
    48 h < promise ≤ 240 h  late ≤ 48 h: 1 %, ¥2–50  late > 48 h: 3 %, ¥3–50
    promise > 240 h         late ≤ 48 h: 1 %, ¥3–50  late > 48 h: 5 %, ¥5–50

Version instant: the deadline (when the order becomes late). The table is known for the version in
force on 2026-06-02 (from about 2026-05-13 to 2026-06-28) and from 2026-08-10; for the versions
noticed 2025-12-29 (from about 2026-01-05) and of 2026-06-29 the parameters hold no value and the
amount is unknown (never 0, never a neighbour's figure). Before 2026-01-05 no version is known:
the caller applies D1's suspension.
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
from policies.records import OrderRecord, TraceStep

D6: Final = "D6"
D9: Final = "D9"
ANNOUNCEMENT: Final = "douyin-late-shipping"

# Cell keys in table order: (promise band, lateness band).
CELLS: Final[tuple[str, ...]] = (
    "le48_within48h",
    "le48_over48h",
    "mid_within48h",
    "mid_over48h",
    "long_within48h",
    "long_over48h",
)
_CELL_WORDS: Final[dict[str, tuple[str, str]]] = {
    "le48_within48h": ("承诺≤48小时、超时≤48小时", "promise ≤ 48 h, late ≤ 48 h"),
    "le48_over48h": ("承诺≤48小时、超时＞48小时", "promise ≤ 48 h, late > 48 h"),
    "mid_within48h": ("48小时＜承诺≤240小时、超时≤48小时", "48 h < promise ≤ 240 h, late ≤ 48 h"),
    "mid_over48h": ("48小时＜承诺≤240小时、超时＞48小时", "48 h < promise ≤ 240 h, late > 48 h"),
    "long_within48h": ("承诺＞240小时、超时≤48小时", "promise > 240 h, late ≤ 48 h"),
    "long_over48h": ("承诺＞240小时、超时＞48小时", "promise > 240 h, late > 48 h"),
}


@dataclass(frozen=True, slots=True)
class D6Cell:
    """One cell of the table: rate, floor, cap (floor and cap None where the cell has none)."""

    key: str
    rate: Resolved
    floor: Resolved | None
    cap: Resolved | None
    steps: tuple[TraceStep, ...]
    amounts: dict[Decimal, Decimal | None]  # by paid amount (`cached_percent_amount`)


@dataclass(frozen=True, slots=True)
class D6Plan:
    """D6's parameters at one parameter segment."""

    active: bool
    active_step: TraceStep
    # The version's start by date (None under a seller setting), for the texts.
    version: datetime | None
    short: timedelta | None  # promise band edges and lateness band; None = not known
    long: timedelta | None
    band: timedelta | None
    cells: dict[str, D6Cell]
    round_to_yuan: bool
    band_steps: tuple[TraceStep, ...]
    cite: tuple[str, str]  # the table's clause in the version in force (Chinese, English)


def _hours(r: Resolved) -> timedelta | None:
    return timedelta(hours=float(r.value)) if isinstance(r.value, Decimal) else None


def d6_plan(ctx: EvalContext, deadline: datetime) -> D6Plan:
    """D6's parameters at the deadline, memoised per parameter segment."""
    key = (D6, ctx.params.segment(deadline))
    hit: D6Plan | None = ctx.memo.get(key)
    if hit is not None:
        return hit
    p = ctx.params
    active = p.resolve("douyin.d6.active", deadline)
    table = cite(ANNOUNCEMENT, "订单扣款标准", deadline)
    clause = table[0]
    cells: dict[str, D6Cell] = {}
    for cell in CELLS:
        zh, en = _CELL_WORDS[cell]
        rate = p.resolve(f"douyin.d6.{cell}.rate", deadline)
        floor = cap = None
        if f"douyin.d6.{cell}.min" in p.defs:
            floor = p.resolve(f"douyin.d6.{cell}.min", deadline)
            cap = p.resolve(f"douyin.d6.{cell}.max", deadline)
        parts = [r for r in (rate, floor, cap) if r is not None]
        steps = tuple(
            param_step(D6, clause, f"发货超时扣款（{zh}）", f"Late-shipping deduction ({en})", r)
            for r in parts
        )
        cells[cell] = D6Cell(cell, rate, floor, cap, steps, {})
    bands = (
        p.resolve("douyin.d6.promise_short_hours", deadline),
        p.resolve("douyin.d6.promise_long_hours", deadline),
        p.resolve("douyin.d6.late_band_hours", deadline),
    )
    rounding = p.resolve("douyin.d9.round_to_yuan", deadline)
    plan = D6Plan(
        active=active.value is True,
        active_step=param_step(
            D6,
            clause,
            "发货超时扣款规则是否适用（按发货时限判断版本）",
            "Late-shipping deduction rules in force? (version by the deadline)",
            active,
        ),
        version=p.in_force_since("douyin.d6.le48_over48h.rate", deadline),
        short=_hours(bands[0]),
        long=_hours(bands[1]),
        band=_hours(bands[2]),
        cells=cells,
        round_to_yuan=rounding.value is True,
        band_steps=(
            *(
                param_step(D6, clause, zh, en, r)
                for r, zh, en in zip(
                    bands,
                    ("承诺发货时长分档：短档上限", "承诺发货时长分档：长档起点", "超时时长分档"),
                    ("Promise band: short up to", "Promise band: long above", "Lateness band"),
                    strict=True,
                )
            ),
            param_step(
                D9,
                cite("douyin-violation-measures", "2.2 取整", deadline)[0],
                "金额四舍五入到元",
                "Rounded half up to yuan",
                rounding,
            ),
        ),
        cite=table,
    )
    ctx.memo[key] = plan
    return plan


def d6_cell(plan: D6Plan, promise: timedelta, late_by: timedelta) -> str | None:
    """The table cell for a promise length and a lateness; None when the bands are not known."""
    if plan.short is None or plan.long is None or plan.band is None:
        return None
    within = late_by <= plan.band
    if promise <= plan.short:
        return "le48_within48h" if within else "le48_over48h"
    if promise <= plan.long:
        return "mid_within48h" if within else "mid_over48h"
    return "long_within48h" if within else "long_over48h"


def d6_deduction(
    order: OrderRecord,
    ctx: EvalContext,
    b: VerdictBuilder,
    plan: D6Plan,
    ship_time: datetime | None,
) -> Decimal | None:
    """D6 — the late-shipping deduction for a late or overdue order (None = unknown amount).

    Lateness: D5's ship time minus the deadline, or the as-of instant minus the deadline while
    unshipped (the amount can still grow). Promise length: the deadline minus the payment time.
    """
    deadline = b.deadline
    paid = order.paid_at
    assert deadline is not None and paid is not None
    b.rule(D6)
    if b.explain:
        b.trace.append(plan.active_step)
        b.trace.extend(plan.band_steps)
    late_by = (ship_time if ship_time is not None else ctx.as_of) - deadline
    cell = d6_cell(plan, deadline - paid, late_by)
    if cell is None:
        if b.explain:
            _unknown_reason(b, plan, deadline)
        return None
    c = plan.cells[cell]
    if b.explain:
        b.trace.extend(c.steps)
    if not isinstance(c.rate.value, Decimal):
        if b.explain:
            _unknown_reason(b, plan, deadline)
        return None
    amount = cached_percent_amount(
        c.amounts, order.paid_amount, c.rate, c.floor, c.cap, plan.round_to_yuan
    )
    if b.explain:
        zh, en = _CELL_WORDS[cell]
        cite_zh, cite_en = plan.cite
        if c.rate.value == 0:
            b.reason(
                f"D6：发货时限 {fmt(deadline)}，{zh}，不扣款（{cite_zh}）",
                f"D6: deadline {fmt(deadline)}, {en} — no deduction ({cite_en})",
            )
        else:
            shown = "金额未知（订单实付金额未知）" if amount is None else f"扣款 {amount} 元"
            shown_en = (
                "amount unknown (the paid amount is unknown)"
                if amount is None
                else f"deduction {amount} yuan"
            )
            b.reason(
                f"D6：发货时限 {fmt(deadline)}，{zh}：按订单实付金额 {c.rate.shown()}"
                f"（最低 {_yuan(c.floor)}、最高 {_yuan(c.cap)}，四舍五入到元），{shown}"
                f"（{cite_zh}）",
                f"D6: deadline {fmt(deadline)}, {en}: {c.rate.shown()} of the paid amount "
                f"(min {_yuan(c.floor)}, max {_yuan(c.cap)}, rounded half up to yuan), "
                f"{shown_en} ({cite_en})",
            )
    return amount


def _yuan(r: Resolved | None) -> str:
    return "—" if r is None or r.value is None else f"¥{r.value}"


def _unknown_reason(b: VerdictBuilder, plan: D6Plan, deadline: datetime) -> None:
    """The text of an order judged by a D6 version whose figures are not known."""
    since = "" if plan.version is None else fmt_start(plan.version)
    cite_zh, cite_en = plan.cite
    b.reason(
        f"D6：发货时限 {fmt(deadline)} 适用{cite_zh}（{since} 起），该版本的扣款数额没有公开来源，"
        "扣款金额未知（不按 0 计，也不借用前后版本的数额）；如您的后台显示了数额，可在设置中填写"
        "或导入规则更新",
        f"D6: the deadline {fmt(deadline)} falls under {cite_en} (in force from {since}), whose "
        "deduction figures have no public source — amount unknown (not 0, not borrowed from "
        "another version); if your back office shows them, enter them in the settings or "
        "install a rule update",
    )
