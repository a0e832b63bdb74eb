"""Evaluate the stored orders and write the `verdicts` table in one transaction."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop_app.errors import BadInput, Cancelled, Problem
from desktop_app.evaluation.load import (
    Inputs,
    count_orders,
    iter_order_chunks,
    load_context_inputs,
    load_inputs,
    shared_tracking_orders,
)
from desktop_app.store.connection import Store
from policies.context import EvalContext
from policies.engine import false_shipping_keys
from policies.params import ParameterError, ParameterSet
from policies.records import Platform, Status, TraceStep, Verdict

# Lower = more urgent; the GUI sorts by (urgency, deadline).
URGENCY: dict[str, int] = {
    Status.OVERDUE: 0,
    Status.AT_RISK: 1,
    Status.LATE: 2,
    Status.PENDING: 3,
    Status.EXEMPT: 4,
    Status.ON_TIME: 5,
    Status.EXCLUDED: 6,
}

INSERT_SQL = (
    "INSERT INTO verdicts (platform, order_id, sub_order_id, as_of, status, deadline, "
    "deadline_basis, rules_json, reasons_json, reasons_en_json, flags_json, compensation_fen, "
    "appeal_candidate, appeal_reason, trace_json, urgency) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

_BATCH = 20000


@dataclass(slots=True)
class EvaluationSummary:
    """What an evaluation run did: counts by status/platform, money at stake, timing."""

    as_of: datetime
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_platform: dict[str, int] = field(default_factory=dict)
    money_at_stake: Decimal | None = Decimal(0)
    money_unknown_orders: int = 0
    appeal_candidates: int = 0
    false_shipping: int = 0
    calendar_fallback: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "as_of": self.as_of.strftime("%Y-%m-%d %H:%M:%S"),
            "total": self.total,
            "by_status": self.by_status,
            "by_platform": self.by_platform,
            "money_at_stake": None if self.money_at_stake is None else float(self.money_at_stake),
            "money_unknown_orders": self.money_unknown_orders,
            "appeal_candidates": self.appeal_candidates,
            "false_shipping": self.false_shipping,
            "calendar_fallback": self.calendar_fallback,
            "seconds": round(self.seconds, 3),
        }


def _fmt(dt: datetime | None) -> str | None:
    return None if dt is None else dt.isoformat(" ", "seconds")


_JSON = json.JSONEncoder(ensure_ascii=False).encode


def trace_json(trace: tuple[TraceStep, ...]) -> str:
    """The trace as JSON (list of objects)."""
    return json.dumps(
        [
            {
                "rule": s.rule,
                "clause": s.clause,
                "text": s.text,
                "text_en": s.text_en,
                "parameter": s.parameter,
                "value": s.value,
                "source": s.source,
            }
            for s in trace
        ],
        ensure_ascii=False,
    )


class _Encoder:
    """Caches JSON for values that repeat across orders (rules, flags, traces)."""

    def __init__(self) -> None:
        self.small: dict[tuple[str, ...], str] = {}
        self.traces: dict[tuple[TraceStep, ...], str] = {}
        self.as_of: dict[datetime, str] = {}

    def tup(self, value: tuple[str, ...]) -> str:
        hit = self.small.get(value)
        if hit is None:
            hit = json.dumps([str(v) for v in value], ensure_ascii=False)
            self.small[value] = hit
        return hit

    def trace(self, value: tuple[TraceStep, ...]) -> str:
        hit = self.traces.get(value)
        if hit is None:
            hit = trace_json(value)
            if len(self.traces) < 100000:
                self.traces[value] = hit
        return hit


def verdict_row(v: Verdict, enc: _Encoder | None = None) -> tuple[Any, ...]:
    """A verdict as a `verdicts` table row (INSERT_SQL order)."""
    e = enc or _Encoder()
    as_of = e.as_of.get(v.as_of)
    if as_of is None:
        as_of = e.as_of[v.as_of] = v.as_of.isoformat(" ", "seconds")
    comp = None if v.compensation is None else int((v.compensation * 100).to_integral_value())
    return (
        v.platform.value,
        v.order_id,
        v.sub_order_id,
        as_of,
        v.status.value,
        _fmt(v.deadline),
        v.deadline_basis,
        e.tup(v.rules),
        _JSON(v.reasons),
        _JSON(v.reasons_en),
        e.tup(v.flags),
        comp,
        1 if v.appeal_candidate else 0,
        v.appeal_reason,
        e.trace(v.trace),
        URGENCY[v.status],
    )


def _params_checked(settings: dict[str, Any]) -> ParameterSet:
    try:
        return ParameterSet.from_settings(settings)
    except ParameterError as exc:
        raise _bad_setting(exc) from None


def _bad_setting(exc: ParameterError) -> BadInput:
    return BadInput(
        Problem(
            f"设置有误：{exc}（用 shipcheck settings unset KEY 恢复默认值）",
            f"Bad setting: {exc} (use 'shipcheck settings unset KEY' to restore the default)",
        )
    )


def load_checked(store: Store, platform: Platform | str | None) -> Inputs:
    """load_inputs, with malformed stored settings reported as BadInput (not a traceback)."""
    try:
        return load_inputs(store, platform)
    except ParameterError as exc:
        raise _bad_setting(exc) from None


def evaluate_store(
    store: Store,
    as_of: datetime,
    platform: Platform | str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sink: Callable[[Verdict], None] | None = None,
) -> EvaluationSummary:
    """Evaluate every stored order (of `platform`) as of `as_of`; replace their verdict rows.

    Orders stream from the database in chunks (constant memory); the one cross-order rule (false
    shipping, D1 FAQ Q3) gets its candidates from SQL first. One transaction: on error or
    cancellation (``cancelled()`` returning True → `Cancelled`) nothing is written.
    `progress(done, total)` is called every few thousand orders; `sink`
    receives each verdict (the CLI prints them).
    """
    started = time.perf_counter()
    products, areas, settings = load_context_inputs(store)
    params = _params_checked(settings)
    candidates = shared_tracking_orders(store, as_of, platform)
    ctx = EvalContext.create(
        as_of,
        params=params,
        products=products,
        areas=areas,
        false_shipping=false_shipping_keys(candidates, as_of),
    )
    from policies.engine import RULES

    summary = EvaluationSummary(as_of=as_of)
    status_count: Counter[str] = Counter()
    platform_count: Counter[str] = Counter()
    enc = _Encoder()
    conn = store.conn
    total = count_orders(store, platform)
    done = 0
    money: Decimal | None = Decimal(0)
    with store.transaction():
        if platform:
            conn.execute("DELETE FROM verdicts WHERE platform = ?", (str(platform),))
        else:
            conn.execute("DELETE FROM verdicts")
        for chunk in iter_order_chunks(store, platform, _BATCH):
            batch: list[tuple[Any, ...]] = []
            for o in chunk:
                v = RULES[o.platform](o, ctx)
                batch.append(verdict_row(v, enc))
                status_count[v.status] += 1
                platform_count[v.platform] += 1
                if v.compensation is None:
                    summary.money_unknown_orders += 1
                elif money is not None:
                    money += v.compensation
                if v.appeal_candidate:
                    summary.appeal_candidates += 1
                if v.flags:
                    if "false_shipping" in v.flags:
                        summary.false_shipping += 1
                    if "calendar_fallback" in v.flags:
                        summary.calendar_fallback += 1
                if sink is not None:
                    sink(v)
            conn.executemany(INSERT_SQL, batch)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise Cancelled()
        if cancelled is not None and cancelled():
            raise Cancelled()
    if progress is not None:
        progress(total, total)
    summary.total = done
    summary.by_status = {str(k): n for k, n in sorted(status_count.items())}
    summary.by_platform = {str(k): n for k, n in sorted(platform_count.items())}
    summary.money_at_stake = None if summary.money_unknown_orders else money
    summary.seconds = time.perf_counter() - started
    return summary
