"""Typed records that cross the policy engine's boundary: orders and products in, verdicts and
metrics out.

All datetimes are *naive* and mean China Standard Time (Asia/Shanghai, UTC+8, no DST).
Money is `Decimal` yuan. `None` money means "unknown" (an amount the seller has not set),
never zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Final, NamedTuple


class Platform(StrEnum):
    """The three platforms ShipCheck assesses."""

    # Hash as the text (equal members and strings already compare equal): Enum's own __hash__ is a
    # Python-level call, paid on every dict/set lookup keyed by a member.
    __hash__ = str.__hash__

    KUAISHOU = "kuaishou"
    DOUYIN = "douyin"
    ALIEXPRESS = "aliexpress"


class Status(StrEnum):
    """An order's verdict status (DESIGN.md's JSON contract)."""

    # Hash as the text (equal members and strings already compare equal): Enum's own __hash__ is a
    # Python-level call, paid on every dict/set lookup keyed by a member.
    __hash__ = str.__hash__

    ON_TIME = "on_time"  # shipped at or before the deadline
    LATE = "late"  # shipped after the deadline
    OVERDUE = "overdue"  # unshipped, as-of time past the deadline
    AT_RISK = "at_risk"  # unshipped, deadline within the warning window
    PENDING = "pending"  # unshipped, deadline further away
    EXEMPT = "exempt"  # assessable order removed from assessment by a rule (K1 …)
    EXCLUDED = "excluded"  # not assessable (cancelled/closed before shipping, not paid …)


class Flag(StrEnum):
    """Flags a verdict can carry besides its status."""

    # Hash as the text (equal members and strings already compare equal): Enum's own __hash__ is a
    # Python-level call, paid on every dict/set lookup keyed by a member.
    __hash__ = str.__hash__

    FALSE_SHIPPING = "false_shipping"  # D1 FAQ Q3: one tracking number, different receivers
    NO_FREIGHT_TEMPLATE = "no_freight_template"  # K1: product has no ship-from address
    NO_DEADLINE = "no_deadline"  # neither a promised time nor a promise length is known
    CALENDAR_FALLBACK = "calendar_fallback"  # A1/A3: holiday data missing, weekends only
    WAIVER_SUGGESTED = "waiver_suggested"  # K4: best order to spend the weekly waiver on
    PICKUP_ANOMALY = (
        "pickup_anomaly"  # shipped, no carrier pickup scan within the window (D1 揽收超时)
    )
    A1_RELAXED = "a1_relaxed"  # AliExpress new/slow product: relaxed timing applied
    EVENT_MISSING = "event_missing"  # AliExpress: the rule's own event column absent, 发货时间 used
    TRACK_ANOMALY = "track_anomaly"  # D8: duplicate waybill, first track event before payment …


# The members as plain module constants, for the code that runs once per order: on Python 3.11
# reading an Enum class's attribute (``Status.LATE``) takes the slow path of EnumType.__getattr__,
# several times slower than a module global — also in the mypyc-compiled engine.
ON_TIME: Final = Status.ON_TIME
LATE: Final = Status.LATE
OVERDUE: Final = Status.OVERDUE
AT_RISK: Final = Status.AT_RISK
PENDING: Final = Status.PENDING
EXEMPT: Final = Status.EXEMPT
EXCLUDED: Final = Status.EXCLUDED
FALSE_SHIPPING: Final = Flag.FALSE_SHIPPING
NO_FREIGHT_TEMPLATE: Final = Flag.NO_FREIGHT_TEMPLATE
NO_DEADLINE: Final = Flag.NO_DEADLINE
CALENDAR_FALLBACK: Final = Flag.CALENDAR_FALLBACK
WAIVER_SUGGESTED: Final = Flag.WAIVER_SUGGESTED
PICKUP_ANOMALY: Final = Flag.PICKUP_ANOMALY
A1_RELAXED: Final = Flag.A1_RELAXED
EVENT_MISSING: Final = Flag.EVENT_MISSING
TRACK_ANOMALY: Final = Flag.TRACK_ANOMALY


# Address, OrderRecord and Verdict are made once per order: they are immutable NamedTuples
# (attribute access, keywords, defaults, equality and hashing as before) because a frozen dataclass
# costs more per instance in CPython than judging the order does.


class Address(NamedTuple):
    """A postal address as exported: separate province/city/district columns and/or one string."""

    province: str = ""
    city: str = ""
    district: str = ""
    detail: str = ""  # street / full address string exactly as exported


class OrderRecord(NamedTuple):
    """One assessable unit: an order (or a Douyin sub-order) as stored from an export."""

    platform: Platform
    order_id: str  # exactly as exported (digit string, never a float)
    sub_order_id: str = ""  # "" where the platform has none
    shop: str = ""
    status_text: str = ""  # 订单状态 as exported
    after_sale_status: str = ""  # 售后状态 as exported
    order_type: str = ""  # 订单类型 / 订单载体 / 活动订单 … (e.g. contains 闪电购)
    product_id: str = ""
    product_name: str = ""
    quantity: int | None = None
    paid_amount: Decimal | None = None  # yuan actually paid (实付款 / 订单应付金额 / 订单金额)
    created_at: datetime | None = None
    paid_at: datetime | None = None
    promised_ship_at: datetime | None = None  # 承诺发货时间 / 预售/承诺发货时间 / 发货期限
    shipped_at: datetime | None = None  # 发货时间
    picked_up_at: datetime | None = None  # 揽收时间 (carrier pickup scan)
    online_at: datetime | None = None  # 上网时间 (first online scan)
    warehouse_at: datetime | None = None  # 到仓时间 (platform warehouse arrival, AliExpress JIT)
    completed_at: datetime | None = None
    cancel_reason: str = ""
    fulfilment_mode: str = ""  # "" | "POP" | "JIT揽收" | "JIT自寄"
    carrier: str = ""
    tracking_no: str = ""
    receiver_name: str = ""
    receiver_phone: str = ""
    receiver_address: Address = Address()
    ship_from_address: str = ""  # order's warehouse address (仓库地址), "" if none


@dataclass(frozen=True, slots=True)
class ProductRecord:
    """A product sheet row (商品ID …): what A1, K1 and K4 need and no order export carries."""

    platform: Platform
    product_id: str
    name: str = ""
    listed_at: datetime | None = None  # 上架时间
    last_month_sales: int | None = None  # 上月销量
    promise_hours: int | None = None  # 承诺发货时长(小时): 24 / 48 / 72 …
    uses_freight_template: bool | None = None  # 是否使用运费模板 (None = unknown)
    ship_from_address: str = ""  # 发货地址
    fulfilment_mode: str = ""  # POP / JIT揽收 / JIT自寄
    # Douyin D5 promise type: 当日发货/极速发货, 次日发货, 48小时发货, 自主设置, 质检仓 ("" = none)
    promise_type: str = ""


@dataclass(frozen=True, slots=True)
class AffectedArea:
    """A seller-maintained epidemic-affected area (K1): a region and its active dates."""

    region: str  # as the seller entered it, e.g. "上海市浦东新区"
    start: date
    end: date | None = None  # None = still active (open-ended)
    province: str = ""  # resolved administrative names ("" = any)
    city: str = ""
    district: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class TraceStep:
    """One line of a verdict's explanation: which rule, which clause, which parameter value,
    from where."""

    rule: str  # rule id: "K2", "D1", "A1" … or "CORE" for cross-cutting definitions
    clause: str  # the citation: 《title》（date）clause (`policies.catalogue.clause_ref`)
    text: str  # what happened, in Chinese
    text_en: str  # the same in English
    parameter: str = ""  # parameter key, e.g. "kuaishou.k2.compensation_rate" (not for sellers)
    value: str = ""  # the value used, as shown to the seller
    source: str = ""  # where a seller reads that value: announcement + clause, or the assumption
    clause_en: str = ""  # the citation in English
    label: str = ""  # the parameter's name as a seller reads it
    label_en: str = ""
    source_en: str = ""


class Charge(NamedTuple):
    """One amount an order costs the seller under one rule."""

    rule: str
    kind: str  # "compensation" (paid to the buyer) | "deduction" (taken by the platform)
    amount: Decimal | None  # yuan; None = unknown (not published, not set)


class Verdict(NamedTuple):
    """The engine's judgement of one order as of an instant."""

    platform: Platform
    order_id: str
    sub_order_id: str
    as_of: datetime
    status: Status
    deadline: datetime | None
    deadline_basis: str  # how the deadline was derived (Chinese, short; English: deadline_basis_en)
    rules: tuple[str, ...]  # rule ids that decided it
    reasons: tuple[str, ...]  # human-readable, Chinese
    reasons_en: tuple[str, ...]
    flags: tuple[str, ...] = ()
    compensation: Decimal | None = Decimal(0)  # yuan at stake; None = unknown (amount not set)
    appeal_candidate: bool = False
    appeal_reason: str = ""
    trace: tuple[TraceStep, ...] = ()
    deadline_basis_en: str = ""
    appeal_reason_en: str = ""
    # Each rule's amount; `compensation` is their total (None when any is unknown).
    charges: tuple[Charge, ...] = ()
    # Rule id → the date of the announcement version that judged it ("" = an undated version,
    # None = no version of its announcement in force at the rule's instant); explained verdicts
    # only (`policies.rulebook.rule_versions`).
    rule_versions: tuple[tuple[str, str | None], ...] = ()


# --- metrics -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Condition:
    """One eligibility condition compared against its threshold (K4, A2, K3 …)."""

    key: str  # e.g. "paid_orders"
    label: str  # Chinese
    label_en: str
    value: Decimal | None
    threshold: Decimal
    comparison: str  # ">", ">=", "<", "<="
    met: bool | None  # None = cannot be decided (no data)
    rule: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class RateMetric:
    """A rate over a window; `value` is None and `carried_over` True when nothing was assessable
    (K1)."""

    key: str  # "on_time_rate", "pickup_anomaly_rate"
    numerator: int
    denominator: int
    value: Decimal | None  # 0..1
    carried_over: bool = False
    threshold: Decimal | None = None
    comparison: str = ""
    meets: bool | None = None
    rules: tuple[str, ...] = ()
    # False when the data cannot tell (e.g. no pickup scans were imported): value is None and the
    # rate is neither carried over nor 0 % / 100 %.
    measurable: bool = True


@dataclass(frozen=True, slots=True)
class HighStockWaiver:
    """K4: eligibility measured over one natural week, granting one waiver in the following week."""

    week_start: date  # Monday of the measured week
    waiver_week_start: date  # Monday of the week the waiver may be used in
    eligible: bool
    paid_orders: int
    in_stock_ratio: Decimal | None
    on_time_rate: Decimal | None
    conditions: tuple[Condition, ...]
    suggested_order: tuple[str, str] | None = None  # (order_id, sub_order_id) to spend it on
    suggested_reason: str = ""
    suggested_reason_en: str = ""
    # What the suggested waiver saves: its overdue penalty (kuaishou.k4.overdue_penalty) in yuan;
    # None = not set by the seller (unknown) or no order suggested.
    waiver_saving: Decimal | None = None


@dataclass(frozen=True, slots=True)
class PenaltyRefund:
    """A2: if the month's on-time rate ≥ threshold, that month's deducted penalties come back."""

    month_start: date
    eligible: bool
    on_time_rate: Decimal | None
    threshold: Decimal
    deducted_amount: Decimal | None  # None = penalty amount not set by the seller
    refund_amount: Decimal | None
    refund_date: date  # last day of the next month
    penalised_orders: int


@dataclass(frozen=True, slots=True)
class IndicatorProtection:
    """D2: one experience indicator, own vs industry average, and the value scored."""

    key: str
    label: str
    label_en: str
    higher_is_better: bool
    own: Decimal | None
    industry: Decimal | None
    protected_value: Decimal | None
    protected: bool  # True when the industry average replaced a worse own value


@dataclass(frozen=True, slots=True)
class ScoreComponent:
    """K3: one weighted component of the (secondary-source) Kuaishou shop score."""

    key: str
    label: str
    label_en: str
    weight: Decimal
    value: Decimal | None
    condition: Condition | None


@dataclass(frozen=True, slots=True)
class DailyPoint:
    """One day of a period, for the dashboard's small charts."""

    day: date
    due: int
    on_time: int
    late: int  # late + overdue due that day


@dataclass(frozen=True, slots=True)
class LateShippingAlert:
    """D6 escalation: a day's late-shipping rate and count past a threshold (Douyin, from
    2026-08-10). Late rate = the day's late orders / the day's orders due (by their deadline)."""

    scope: str  # "product" (one day), "shop_day" (one day), "shop_two_days" (two days in a row)
    shop: str
    product_id: str  # "" for the shop scopes
    product_name: str
    day: date  # the day measured (the second of two for "shop_two_days")
    due_orders: int
    late_orders: int
    late_rate: Decimal  # 0–1
    rate_threshold: Decimal
    count_threshold: int
    measure: str  # what the platform may do, Chinese
    measure_en: str
    source: str  # the announcement, version and clause the thresholds come from (Chinese)
    source_en: str = ""


@dataclass(frozen=True, slots=True)
class PlatformMetrics:
    """Everything a platform assesses for one shop and period, as of an instant."""

    platform: Platform
    shop: str  # "" = all shops
    period_start: date
    period_end: date  # inclusive
    as_of: datetime
    assessable_orders: int
    on_time_rate: RateMetric
    pickup_anomaly_rate: RateMetric
    money_at_stake: Decimal | None  # None when some amount is not set
    money_unknown_orders: int  # orders whose amount is unknown
    high_stock_waiver: HighStockWaiver | None = None  # Kuaishou
    penalty_refund: PenaltyRefund | None = None  # AliExpress
    experience_protection: tuple[IndicatorProtection, ...] | None = None  # Douyin
    shop_score: tuple[ScoreComponent, ...] | None = None  # Kuaishou K3 (secondary source)
    # Douyin D6 escalation warnings for the period's days (None: no thresholds known for it).
    late_shipping_alerts: tuple[LateShippingAlert, ...] | None = None
    daily: tuple[DailyPoint, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. calendar fallback warnings (Chinese)
    notes_en: tuple[str, ...] = ()  # the same notes in English, one for one
