"""What every rule needs besides the order: as-of instant, parameters, products, areas, calendar.

`EvalContext` is built once per evaluation run (`policies.engine.evaluate_orders`); `VerdictBuilder`
collects one order's rule ids, reasons, flags and trace cheaply and freezes them into a `Verdict`
(texts and trace only when explaining: see `EvalContext.explain`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Final

from policies.calendar import WorkCalendar
from policies.catalogue import clause_english
from policies.params import ParameterSet, Resolved
from policies.records import (
    PENDING,
    AffectedArea,
    Charge,
    OrderRecord,
    Platform,
    ProductRecord,
    TraceStep,
    Verdict,
)
from policies.regions import Region, area_active, area_region
from policies.rulebook import CHARGE_KINDS, rule_versions

ProductKey = tuple[Platform, str]
OrderKey = tuple[Platform, str, str]


@dataclass(frozen=True, slots=True)
class ResolvedArea:
    """An affected area with its region resolved once per run."""

    area: AffectedArea
    region: Region


@dataclass(slots=True)
class EvalContext:
    """Shared inputs of one evaluation run. Build with `EvalContext.create`."""

    as_of: datetime
    params: ParameterSet
    products: Mapping[ProductKey, ProductRecord]
    areas: tuple[ResolvedArea, ...]
    calendar: WorkCalendar
    false_shipping: frozenset[OrderKey] = frozenset()
    # Platforms whose imported data carry carrier pickup scans (揽收时间) at all. Without any, a
    # pickup anomaly cannot be judged (inferred: an export without the column is not evidence that
    # no parcel was picked up). None = assume every platform has them.
    pickup_data: frozenset[str] | None = None
    area_days: frozenset[date] = field(default_factory=frozenset)
    warning: timedelta = timedelta(hours=12)
    pickup_hours: timedelta = timedelta(hours=24)
    _areas_by_day: dict[date, tuple[ResolvedArea, ...]] = field(default_factory=dict)
    # Per-run memo for what rules derive from parameters alone, keyed by the rule's own key that
    # includes `params.segment(at)` (see ParameterSet.segment).
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    # True: every verdict carries its texts (reasons, deadline basis, appeal reason, Chinese and
    # English) and its explanation trace (TraceStep list). False: the fast path of bulk
    # evaluation — the same rule code decides, only the texts and trace steps are not made (the
    # decision fields: status, deadline, rules, flags, compensation, appeal_candidate are
    # identical). The texts and trace of any one order are produced on demand by running it again
    # with explain=True (`desktop_app.evaluation.explain`), so they can never disagree with the
    # stored verdict.
    explain: bool = True
    # `products` by platform, then product id (ids "" left out): see `product_of`.
    _by_platform: dict[str, dict[str, ProductRecord]] = field(init=False, repr=False)
    # The order ids among `false_shipping`: see `is_false_shipping`.
    _false_ids: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by: dict[str, dict[str, ProductRecord]] = {}
        for (platform, product_id), product in self.products.items():
            if product_id:
                by.setdefault(platform, {})[product_id] = product
        self._by_platform = by
        self._false_ids = frozenset(order_id for _, order_id, _ in self.false_shipping)

    def is_false_shipping(self, order: OrderRecord) -> bool:
        """True when the order shares its waybill with an order to another receiver (D1 FAQ Q3).

        The order id is looked up first: a string whose hash is cached, where the whole key is a
        tuple to build and hash for every order."""
        return (
            order.order_id in self._false_ids
            and (order.platform, order.order_id, order.sub_order_id) in self.false_shipping
        )

    @classmethod
    def create(
        cls,
        as_of: datetime,
        params: ParameterSet | None = None,
        products: Iterable[ProductRecord] = (),
        areas: Iterable[AffectedArea] = (),
        false_shipping: Iterable[OrderKey] = (),
        pickup_data: Iterable[str] | None = None,
        explain: bool = True,
    ) -> EvalContext:
        """Resolve areas, index products, read the calendar overrides and the warning window."""
        ps = params if params is not None else ParameterSet()
        holidays = ps.value("common.calendar.extra_holidays", as_of)
        workdays = ps.value("common.calendar.extra_workdays", as_of)
        cal = WorkCalendar(
            [d for d in holidays if isinstance(d, date)] if isinstance(holidays, tuple) else [],
            [d for d in workdays if isinstance(d, date)] if isinstance(workdays, tuple) else [],
        )
        resolved = tuple(ResolvedArea(a, area_region(a)) for a in areas)
        warning = ps.value("common.core.warning_hours", as_of)
        pickup = ps.value("common.core.pickup_anomaly_hours", as_of)
        return cls(
            as_of=as_of,
            params=ps,
            products={(p.platform, p.product_id): p for p in products},
            areas=resolved,
            calendar=cal,
            false_shipping=frozenset(false_shipping),
            pickup_data=None if pickup_data is None else frozenset(pickup_data),
            warning=_hours(warning, "common.core.warning_hours"),
            pickup_hours=_hours(pickup, "common.core.pickup_anomaly_hours"),
            explain=explain,
        )

    def areas_on(self, day: date) -> tuple[ResolvedArea, ...]:
        """The affected areas active on `day` (memoised per day)."""
        hit = self._areas_by_day.get(day)
        if hit is None:
            hit = tuple(ra for ra in self.areas if area_active(ra.area, day))
            self._areas_by_day[day] = hit
        return hit

    def has_pickup_data(self, platform: str) -> bool:
        """True when `platform`'s imported data carry pickup scans, so anomalies can be judged."""
        return self.pickup_data is None or platform in self.pickup_data

    def product_of(self, order: OrderRecord) -> ProductRecord | None:
        """The product sheet row for the order's product, if imported.

        Two plain lookups instead of building and hashing a (platform, id) tuple: 100k orders
        0.025 s -> 0.016 s CPU."""
        products = self._by_platform.get(order.platform)
        return None if products is None else products.get(order.product_id)


_ZERO: Final = Decimal(0)
_PARAM_STEPS: Final[dict[tuple[int, str, str, str, str], tuple[Resolved, TraceStep]]] = {}
_TEXT_STEPS: Final[dict[tuple[str, str, str, str], TraceStep]] = {}


def param_step(rule: str, clause: str, text: str, text_en: str, resolved: Resolved) -> TraceStep:
    """A trace step quoting one parameter value and its source.

    Memoised on the identity of `resolved` (ParameterSet hands out one object per value), which the
    cache keeps alive, so an id is never reused while its entry exists.
    """
    key = (id(resolved), rule, clause, text, text_en)
    hit = _PARAM_STEPS.get(key)
    if hit is not None:
        return hit[1]
    if len(_PARAM_STEPS) > 20000:
        _PARAM_STEPS.clear()
    step = TraceStep(
        rule,
        clause,
        text,
        text_en,
        resolved.key,
        resolved.shown(),
        resolved.cite,
        clause_english(clause),
        resolved.label,
        resolved.label_en,
        resolved.cite_en,
    )
    _PARAM_STEPS[key] = (resolved, step)
    return step


def text_step(rule: str, clause: str, text: str, text_en: str) -> TraceStep:
    """A trace step without a parameter (memoised: steps repeat across orders)."""
    key = (rule, clause, text, text_en)
    hit = _TEXT_STEPS.get(key)
    if hit is None:
        if len(_TEXT_STEPS) > 20000:
            _TEXT_STEPS.clear()
        hit = _TEXT_STEPS[key] = TraceStep(
            rule, clause, text, text_en, clause_en=clause_english(clause)
        )
    return hit


class VerdictBuilder:
    """Accumulates one order's verdict parts; `build` freezes them."""

    __slots__ = (
        "_compensation",
        "_last_rule",
        "appeal",
        "appeal_reason",
        "appeal_reason_en",
        "charges",
        "deadline",
        "deadline_basis",
        "deadline_basis_en",
        "explain",
        "flags",
        "order",
        "reasons",
        "reasons_en",
        "rules",
        "status",
        "trace",
    )

    def __init__(self, order: OrderRecord, explain: bool = True) -> None:
        self.order = order
        self.explain = explain  # collect texts and trace steps (see EvalContext.explain)
        # Tuples, not lists: most verdicts get one rule id and no flag, and the verdict keeps them
        # as they are (no list to make, fill and copy per order).
        self.rules: tuple[str, ...] = ()
        self.flags: tuple[str, ...] = ()
        # The texts' and trace's lists exist only when explaining: on the bulk path, code that
        # forgot to check `explain` before adding to them fails loudly (AttributeError) instead of
        # paying for texts nobody reads.
        if explain:
            self.reasons: list[str] = []
            self.reasons_en: list[str] = []
            self.trace: list[TraceStep] = []
        self.status = PENDING
        self.deadline: datetime | None = None
        self.deadline_basis = ""
        self.deadline_basis_en = ""
        self._compensation: Decimal | None = _ZERO
        self.charges: tuple[Charge, ...] = ()
        self._last_rule = ""
        self.appeal = False
        self.appeal_reason = ""
        self.appeal_reason_en = ""

    def rule(self, rule_id: str) -> None:
        """Record that `rule_id` decided part of this verdict; amounts set after this call are
        charged under it."""
        self._last_rule = rule_id
        if rule_id not in self.rules:
            self.rules = (*self.rules, rule_id)

    @property
    def compensation(self) -> Decimal | None:
        """The total the order costs the seller so far (None = some part unknown)."""
        return self._compensation

    @compensation.setter
    def compensation(self, value: Decimal | None) -> None:
        """Set the total; what it adds is charged under the rule named last (`rule`): rules
        keep writing ``b.compensation = …`` and the verdict still lists each rule's share."""
        old = self._compensation
        self._compensation = value
        if value is not None and not value:
            self.charges = ()  # back to nothing owed
            return
        if value is None:
            if old is not None:
                self._charge(None)
            return
        if old is None:
            self.charges = ()
            self._charge(value)
        elif value != old:
            self._charge(value - old)

    def charge(self, amount: Decimal | None) -> None:
        """Add `amount` (None = unknown) under the rule named last, even when the total is
        already unknown (the share is still listed, known or not)."""
        total = self._compensation
        if total is None:
            self._charge(amount)
        elif amount is None:
            self.compensation = None
        else:
            self.compensation = total + amount

    def _charge(self, amount: Decimal | None) -> None:
        rule = self._last_rule or "CORE"
        kind = CHARGE_KINDS.get(rule, "deduction")
        charge: Charge = _tuple_new(Charge, (rule, kind, amount))  # no NamedTuple.__new__ frame
        self.charges = (*self.charges, charge)

    def reason(self, zh: str, en: str) -> None:
        """Add a human-readable reason (Chinese and English); nothing on the bulk path.

        Call sites whose texts cost formatting (times, amounts) check ``b.explain`` first."""
        if self.explain:
            self.reasons.append(zh)
            self.reasons_en.append(en)

    def basis(self, zh: str, en: str) -> None:
        """Say how the deadline was derived (Chinese and English); nothing on the bulk path."""
        if self.explain:
            self.deadline_basis = zh
            self.deadline_basis_en = en

    def appeal_because(self, zh: str, en: str) -> None:
        """Mark the order an appeal / pre-report candidate, saying why (Chinese and English; the
        why only when explaining)."""
        self.appeal = True
        if self.explain:
            self.appeal_reason = zh
            self.appeal_reason_en = en

    def flag(self, name: str) -> None:
        """Add a flag once."""
        if name not in self.flags:
            self.flags = (*self.flags, name)

    def build(self, as_of: datetime) -> Verdict:
        """The immutable verdict."""
        o = self.order
        reasons: tuple[str, ...] = ()
        reasons_en: tuple[str, ...] = ()
        trace: tuple[TraceStep, ...] = ()
        versions: tuple[tuple[str, str | None], ...] = ()
        if self.explain:
            versions = rule_versions(o, self.rules, self.deadline)
            reasons, reasons_en, trace = (
                tuple(self.reasons),
                tuple(self.reasons_en),
                tuple(self.trace),
            )
        verdict: Verdict = _tuple_new(  # no NamedTuple.__new__ frame: 19 values in field order
            Verdict,
            (
                o.platform,
                o.order_id,
                o.sub_order_id,
                as_of,
                self.status,
                self.deadline,
                self.deadline_basis,
                self.rules,
                reasons,
                reasons_en,
                self.flags,
                self._compensation,
                self.appeal,
                self.appeal_reason,
                trace,
                self.deadline_basis_en,
                self.appeal_reason_en,
                self.charges,
                versions,
            ),
        )
        return verdict


def _new_verdict(values: tuple[Any, ...]) -> Verdict:
    """A Verdict from its 19 field values in declaration order (no NamedTuple.__new__ frame)."""
    verdict: Verdict = _tuple_new(Verdict, values)
    return verdict


_tuple_new: Final[Any] = tuple.__new__


def _hours(value: object, key: str) -> timedelta:
    if not isinstance(value, Decimal):
        raise ValueError(f"parameter {key} must have a value (hours)")
    return timedelta(hours=float(value))


def fmt(dt: datetime | None) -> str:
    """Canonical China-time text of an instant ('' for None)."""
    return "" if dt is None else dt.isoformat(" ", "seconds")


def fmt_start(dt: datetime) -> str:
    """A parameter's start instant as its file writes it: the date alone at midnight
    ('2022-07-11'), else date and time ('2022-12-19 12:00:00')."""
    if dt.hour == 0 and dt.minute == 0 and dt.second == 0:
        return dt.date().isoformat()
    return dt.isoformat(" ", "seconds")


def inactive_words(params: ParameterSet, key: str, at: datetime) -> tuple[str, str]:
    """Why a rule's `active` flag `key` is off at `at`, as words to put after the rule's name
    (Chinese, English): the seller's setting, or the date it starts from (the parameter's next
    entry) — so a text never names a date that a setting has replaced."""
    if key in params.overrides:
        return "（按卖家设置）", " (by the seller's setting)"
    start = params.change_after(key, at)
    if start is None:
        return "", ""
    return f"（{fmt_start(start)} 起）", f" (from {fmt_start(start)})"
