"""Kuaishou 快手小店 rules K1–K4 (seeds 000, 001, 002). K5/K6 are informational: see
`policies.info`.

Per order: K1 (affected-area exemption) and K2 (delayed-shipping compensation). Per shop and week:
K3 (secondary-source score components) and K4 (high-in-stock waiver) — computed by
`policies.metrics` from the helpers here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

from policies.catalogue import clause_english, clause_ref
from policies.context import EvalContext, VerdictBuilder, fmt, fmt_start, param_step, text_step
from policies.deadlines import (
    classify,
    exclusion,
    happened,
    no_deadline,
    percent_amount,
    pickup_anomaly,
    standard_deadline,
)
from policies.params import ParameterSet, Resolved
from policies.records import (
    AT_RISK,
    EXEMPT,
    FALSE_SHIPPING,
    LATE,
    NO_FREIGHT_TEMPLATE,
    ON_TIME,
    OVERDUE,
    PENDING,
    PICKUP_ANOMALY,
    Condition,
    OrderRecord,
    ProductRecord,
    TraceStep,
    Verdict,
)
from policies.regions import region_in, resolve_address, resolve_text

K1_CLAUSE: Final = clause_ref("kuaishou-epidemic-assessment", ["〖壹〗", "〖贰〗", "〖肆〗"])
K1_PROTECTION: Final = clause_ref("kuaishou-epidemic-assessment", ["〖肆〗"])
K1_PROTECTION_EN: Final = clause_english(K1_PROTECTION)
K2_CLAUSE: Final = clause_ref("kuaishou-epidemic-assessment", ["〖叁〗"])
K4_CLAUSE: Final = clause_ref("kuaishou-in-stock-waiver", ["豁免条件", "豁免范围"])
K3_CLAUSE: Final = clause_ref("kuaishou-assessment-upgrade", ["发货及时率"])
_ZERO: Final = Decimal(0)


def ship_from_of(order: OrderRecord, product: ProductRecord | None) -> str:
    """The ship-from address: the order's warehouse address, else the product's 发货地址."""
    if order.ship_from_address:
        return order.ship_from_address
    return product.ship_from_address if product is not None else ""


def k1_exemption(
    order: OrderRecord, product: ProductRecord | None, ctx: EvalContext, b: VerdictBuilder
) -> bool:
    """K1 — epidemic-affected-area exemption (seed 000 〖壹〗〖贰〗〖肆〗).

    Stated: physical orders whose promised ship time, ship-from or receiving address lies in an
    affected area leave the on-time and pickup-anomaly rates and get no delayed-shipping deduction;
    products without a freight template (no ship-from address) get no protection.
    Inferred: the promised ship time must fall inside an area's active dates *and* the ship-from or
    receiving address must lie in that area (province, city or district level).
    Returns True when the order is exempt; records the no-freight-template refusal otherwise.
    """
    deadline = b.deadline
    if not ctx.areas or deadline is None:
        return False
    active = ctx.areas_on(deadline.date())
    if not active:
        return False
    ship_from = ship_from_of(order, product)
    no_template = product is not None and product.uses_freight_template is False
    require = ctx.params.resolve("kuaishou.k1.require_ship_from_address", deadline)
    if require.value is True and (no_template or not ship_from):
        b.rule("K1")
        b.flag(NO_FREIGHT_TEMPLATE)
        if b.explain:
            why = "商品不使用运费模板" if no_template else "订单和商品表都没有发货地址"
            why_en = (
                "the product uses no freight template" if no_template else "no ship-from address"
            )
            b.reason(
                f"{why}，无法识别是否位于疫情影响区域，不享受 K1 考核豁免",
                f"K1 does not apply: {why_en}, so the affected area cannot be identified",
            )
            b.trace.append(
                param_step(
                    "K1",
                    K1_CLAUSE,
                    "无发货地址的商品不享受考核保护",
                    "No ship-from → no K1",
                    require,
                )
            )
        return False
    ship_region = resolve_text(ship_from) if ship_from else None
    recv_region = resolve_address(order.receiver_address)
    for ra in active:
        where = ""
        if ship_region is not None and region_in(ship_region, ra.region):
            where, where_en = "发货地址", "ship-from address"
        elif region_in(recv_region, ra.region):
            where, where_en = "收货地址", "receiving address"
        if not where:
            continue
        b.rule("K1")
        if not b.explain:
            return True
        a = ra.area
        window = f"{a.start.isoformat()}~{a.end.isoformat() if a.end else '至今'}"
        window_en = f"{a.start.isoformat()}–{a.end.isoformat() if a.end else 'open'}"
        b.reason(
            f"K1 豁免：承诺发货时间 {fmt(deadline)} 在受影响区域“{a.region}”（{window}）期间，"
            f"且{where}位于该区域——不计入及时发货率、揽收异常率，不扣延迟发货款",
            f"K1 exempt: promised ship time {fmt(deadline)} falls in affected area '{a.region}' "
            f"({window_en}) and the {where_en} is in it — out of the on-time and pickup-anomaly "
            f"rates, no delayed-shipping deduction",
        )
        b.trace.append(
            text_step(
                "K1",
                K1_CLAUSE,
                f"受影响区域“{a.region}”（{window}）；{where}匹配"
                "（公告未明说，本软件按承诺发货时间是否在区域有效期内判断）",
                f"Affected area '{a.region}' ({window_en}); {where_en} matches "
                "(the announcement does not say; ShipCheck checks the promised time against "
                "the area's dates)",
            )
        )
        return True
    return False


def k2_compensation(order: OrderRecord, ctx: EvalContext, b: VerdictBuilder) -> None:
    """K2 — delayed-shipping proactive compensation (seed 000 〖叁〗), plus K4's overdue penalty.

    Stated: from 2022-07-11, an order past its promised ship time unshipped through the merchant's
    fault gets a coupon paid from the deposit, per order. Inferred: paused before 2022-07-11.
    The amount is not published: rate/floor/cap are seller parameters; unset → unknown (None).
    Not waived by K4.

    K4 (seed 002): the 超时未发货处罚 (overdue-unshipped penalty) that K4's weekly waiver lifts is
    counted on top when the seller has set ``kuaishou.k4.overdue_penalty`` (`_k4_penalty`).
    """
    deadline = b.deadline
    assert deadline is not None
    b.rule("K2")
    key = ("K2", ctx.params.segment(deadline))
    plan: _K2Plan | None = ctx.memo.get(key)
    if plan is None:
        plan = ctx.memo[key] = _k2_plan(ctx, deadline)
    if not plan.active:
        b.compensation = _ZERO
        if b.explain:
            if plan.resumes is not None:
                since = fmt_start(plan.resumes)
                b.reason(
                    f"承诺发货时间在 {since} 之前，延迟发货主动赔付处于暂停期，无赔付"
                    "（公告说该日起“恢复”，可见此前暂停）",
                    f"Promised time before {since}: delayed-shipping compensation was paused "
                    "(the announcement says it resumed then, so it was paused before)",
                )
            else:
                b.reason(
                    "按卖家设置，承诺发货时间时延迟发货主动赔付未生效，无赔付",
                    "By the seller's setting, delayed-shipping compensation "
                    "is not in force at the promised time: no compensation",
                )
            b.trace.extend(plan.steps)
        if plan.penalty is not None or b.explain:  # no call on the bulk path when unset
            _k4_penalty(plan, b)
        return
    if b.explain:
        b.trace.extend(plan.steps)
    amount = percent_amount(order.paid_amount, plan.rate, plan.floor, plan.cap)
    b.compensation = amount
    if amount is None:
        if plan.rate.value is None:
            b.reason(
                "K2：超承诺时效未发货，平台将从保证金按单扣除赔付；赔付金额未设置，金额未知"
                "（请在设置中填写“延迟发货赔付：实付款的比例”）",
                "K2: past the promised time unshipped — compensation is deducted from the deposit; "
                "amount not set, unknown (enter “Delayed-shipping compensation: share of the "
                "paid amount” in the settings)",
            )
        else:
            b.reason(
                "K2：实付款缺失，赔付金额未知", "K2: paid amount missing, compensation unknown"
            )
    elif b.explain:
        b.reason(
            f"K2：超承诺时效未发货，预计从保证金扣除赔付 {amount} 元（非商家责任可申诉）",
            f"K2: past the promised time unshipped — about {amount} yuan from the deposit "
            "(appealable when not the merchant's fault)",
        )
    if plan.penalty is not None or b.explain:  # no call on the bulk path when unset
        _k4_penalty(plan, b)


def _k4_penalty(plan: _K2Plan, b: VerdictBuilder) -> None:
    """K4 (seed 002) — the overdue-unshipped penalty (超时未发货处罚) on a late or overdue order.

    Stated: K4's weekly waiver lifts only this penalty; the experience score and K2's compensation
    still apply. Inferred: it falls on the same orders as K2 — past the promised ship time
    unshipped (超时未发货 / 超承诺时效未发货), whether still unshipped (overdue) or shipped after
    it (late); never on K1-exempt orders (the caller's K1 path returns first). The amount is not
    published: counted in `compensation` (on top of K2's amount) only when the seller sets
    ``kuaishou.k4.overdue_penalty``; unset, nothing changes and the trace says it is not set (the
    money is not made unknown for it).
    """
    penalty = plan.penalty
    if penalty is not None:
        b.rule("K4")
        b.charge(penalty)
    if not b.explain:
        return
    b.trace.append(plan.penalty_step)
    if penalty is not None:
        when = "仍未发货" if b.status == OVERDUE else "之后才发货也计——公告未明说，本软件的理解"
        when_en = (
            "still unshipped"
            if b.status == OVERDUE
            else "shipped after it: counted too — the announcement does not say; "
            "ShipCheck's reading"
        )
        b.reason(
            f"K4：超过承诺发货时间未发货（{when}），超时未发货处罚 {penalty} 元"
            "（卖家设置）；高现货商家每周可豁免一单，延迟发货赔付照常",
            f"K4: past the promised ship time unshipped ({when_en}) — overdue-unshipped penalty "
            f"{penalty} yuan (seller setting); a high-in-stock "
            "merchant may waive one order a week, the K2 compensation still applies",
        )
    b.trace.append(
        text_step(
            "K4",
            K4_CLAUSE,
            "K4 每周豁免仅免超时未发货处罚，不免延迟发货赔付",
            "The K4 weekly waiver does not waive K2 compensation",
        )
    )


@dataclass(frozen=True, slots=True)
class _K2Plan:
    """K2's parameters and K4's overdue penalty at one parameter segment (by promised time)."""

    steps: tuple[TraceStep, ...]  # K2's trace steps
    active: bool
    resumes: datetime | None  # not in force by date (not by a setting): when K2 resumes
    rate: Resolved
    floor: Resolved
    cap: Resolved
    penalty: Decimal | None  # kuaishou.k4.overdue_penalty when set
    penalty_step: TraceStep


def _k2_plan(ctx: EvalContext, at: datetime) -> _K2Plan:
    """K2's parameters and K4's penalty at `at` (memoised per parameter segment)."""
    p = ctx.params
    active = p.resolve("kuaishou.k2.active", at)
    rate = p.resolve("kuaishou.k2.compensation_rate", at)
    floor = p.resolve("kuaishou.k2.compensation_min", at)
    cap = p.resolve("kuaishou.k2.compensation_max", at)
    penalty = p.resolve("kuaishou.k4.overdue_penalty", at)
    first = param_step("K2", K2_CLAUSE, "延迟发货赔付是否生效", "K2 in force", active)
    on = active.value is True
    steps: tuple[TraceStep, ...] = (first,)
    if on:
        steps = (
            first,
            param_step("K2", K2_CLAUSE, "赔付比例", "Compensation rate", rate),
            param_step("K2", K2_CLAUSE, "每单最低", "Floor", floor),
            param_step("K2", K2_CLAUSE, "每单最高", "Cap", cap),
        )
    if isinstance(penalty.value, Decimal):
        penalty_step = param_step(
            "K4",
            K4_CLAUSE,
            "超时未发货处罚（每单）：超过承诺发货时间未发货的订单，之后才发货的也计"
            "（公告未明说，本软件的理解）",
            "Overdue-unshipped penalty per order: orders past their promised ship time "
            "unshipped, those shipped later too (the announcement does not say; "
            "ShipCheck's reading)",
            penalty,
        )
    else:
        penalty_step = param_step(
            "K4",
            K4_CLAUSE,
            "超时未发货处罚未设置：平台未公布金额，不计入涉及金额"
            "（请在设置中填写“超时未发货处罚：每单金额（元）”）",
            "Overdue-unshipped penalty not set: the platform publishes no amount, so it is not "
            "counted (enter “Overdue-unshipped penalty per order (yuan)” in the settings)",
            penalty,
        )
    return _K2Plan(
        steps=steps,
        active=on,
        resumes=None if on else p.change_after("kuaishou.k2.active", at),
        rate=rate,
        floor=floor,
        cap=cap,
        penalty=penalty.value if isinstance(penalty.value, Decimal) else None,
        penalty_step=penalty_step,
    )


def overdue_penalty(params: ParameterSet, at: datetime) -> Decimal | None:
    """K4 — the seller-set overdue-unshipped penalty per order at `at` (None when not set): what
    spending the weekly waiver on an order due at `at` saves (see `_k4_penalty`)."""
    value = params.value("kuaishou.k4.overdue_penalty", at)
    return value if isinstance(value, Decimal) else None


def evaluate(order: OrderRecord, ctx: EvalContext) -> Verdict:
    """Judge one Kuaishou order as of ctx.as_of (K1, K2; core deadline and status)."""
    b = VerdictBuilder(order, ctx.explain)
    if exclusion(order, ctx, b):
        return b.build(ctx.as_of)
    product = ctx.product_of(order)
    if ctx.is_false_shipping(order):
        _false_shipping(b)
    if not standard_deadline(order, product, b):
        no_deadline(b)
        return b.build(ctx.as_of)
    assert b.deadline is not None
    classify(happened(order.shipped_at, ctx.as_of), b.deadline, ctx, b)
    if pickup_anomaly(order, ctx):
        b.flag(PICKUP_ANOMALY)
    outcome = b.status
    if ctx.areas and k1_exemption(order, product, ctx, b):
        b.status = EXEMPT
        b.compensation = _ZERO
        if outcome in (LATE, OVERDUE):
            b.appeal_because(
                f"订单涉及受影响地区，未能按时发货：可在快手小店后台申请考核保护（{K1_PROTECTION}）",
                "The order involves an affected area and could not ship on time: apply for "
                f"assessment protection in the Kuaishou shop back-end ({K1_PROTECTION_EN})",
            )
        return b.build(ctx.as_of)
    if outcome in (LATE, OVERDUE):
        k2_compensation(order, ctx, b)
    elif outcome in (ON_TIME, PENDING, AT_RISK):
        b.rule("CORE")
    return b.build(ctx.as_of)


def _false_shipping(b: VerdictBuilder) -> None:
    b.flag(FALSE_SHIPPING)
    b.rule("CORE")
    b.reason(
        "同一快递单号用于不同收件人的订单，疑似虚假发货（重复运单号），请核实",
        "The same tracking number is used for orders to different receivers: possible false "
        "shipping",
    )


# --- K4 -----------------------------------------------------------------------------------------


def is_committed_in_stock(
    order: OrderRecord, product: ProductRecord | None, params: ParameterSet, at: datetime
) -> bool | None:
    """K4 — committed-in-stock order (seed 002): product promise 24 h / 48 h, not 闪电购.

    None when the product's promise length is unknown (no product sheet row).
    """
    words = params.value("kuaishou.k4.excluded_order_keywords", at)
    if isinstance(words, tuple) and any(
        isinstance(w, str) and w and w in order.order_type for w in words
    ):
        return False
    if product is None or product.promise_hours is None:
        return None
    hours = params.value("kuaishou.k4.in_stock_promise_hours", at)
    allowed = {str(h).strip() for h in hours} if isinstance(hours, tuple) else set()
    return str(product.promise_hours) in allowed


def k4_conditions(
    paid_orders: int,
    in_stock_ratio: Decimal | None,
    on_time_rate: Decimal | None,
    params: ParameterSet,
    at: datetime,
) -> tuple[Condition, ...]:
    """K4 — the three conditions (seed 002): paid > 3000, in-stock ratio > 70 %, on-time ≥ 97 %."""
    p_orders = params.resolve("kuaishou.k4.paid_orders_threshold", at)
    p_ratio = params.resolve("kuaishou.k4.in_stock_ratio_threshold", at)
    p_rate = params.resolve("kuaishou.k4.on_time_rate_threshold", at)

    def cond(
        key: str, label: str, label_en: str, value: Decimal | None, res: object, op: str
    ) -> Condition:
        from policies.params import Resolved

        assert isinstance(res, Resolved)
        threshold = res.value
        if not isinstance(threshold, Decimal | int) or isinstance(threshold, bool):
            return Condition(key, label, label_en, value, Decimal(0), op, None, "K4", res.cite)
        t = Decimal(threshold)
        met: bool | None
        met = None if value is None else value > t if op == ">" else value >= t
        return Condition(key, label, label_en, value, t, op, met, "K4", res.cite)

    return (
        cond("paid_orders", "支付订单量", "Paid orders", Decimal(paid_orders), p_orders, ">"),
        cond(
            "in_stock_ratio",
            "承诺现货订单占比",
            "Committed-in-stock ratio",
            in_stock_ratio,
            p_ratio,
            ">",
        ),
        cond("on_time_rate", "及时发货率", "On-time shipping rate", on_time_rate, p_rate, ">="),
    )
