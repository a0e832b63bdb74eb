"""Explanations on demand: one order's full verdict (reasons and trace) from the stored data.

Bulk evaluation (`evaluate_store`) computes verdicts without their trace. When the detail panel, a
report or an evidence bundle needs the trace of some orders, `explain_orders` runs the *same* rule
code again on those orders with the trace recorder on, as of the stored evaluation's instant — so
the explanation cannot disagree with the stored verdict unless the data changed since. Each
`Explanation` says whether that happened: the recomputed verdict differs from the stored row
(orders re-imported) and/or the settings, affected areas or products changed since the evaluation
(`verdict_runs.inputs_fingerprint`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.chinatime import china_now
from desktop_app.evaluation.load import (
    ORDER_COLUMNS,
    load_context_inputs,
    order_from_row,
    platforms_with_pickup_scans,
)
from desktop_app.evaluation.run import (
    _Encoder,
    inputs_fingerprint,
    params_checked,
    stored_row,
)
from desktop_app.store.source import Source, connection_of
from policies.context import EvalContext
from policies.engine import RULES, false_shipping_keys
from policies.records import OrderRecord, Platform, TraceStep, Verdict

Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Explanation:
    """One order's verdict recomputed with its full explanation."""

    verdict: Verdict
    # The recomputed verdict differs from the stored row (the order was re-imported or changed
    # after the evaluation): the explanation describes the current data, not the stored verdict.
    differs: bool
    # Settings, affected areas or products changed since the evaluation (fingerprint mismatch).
    settings_changed: bool

    @property
    def stale(self) -> bool:
        """True when the stored verdict should be re-evaluated before relying on it."""
        return self.differs or self.settings_changed

    def stale_step(self) -> TraceStep | None:
        """A trace line telling the seller the explanation is newer than the stored verdict."""
        if not self.stale:
            return None
        return TraceStep(
            "CORE",
            "",
            "评估之后设置、受影响区域、商品表或订单数据已更改：以下说明按当前数据重新计算，"
            "与已保存的评估结果可能不同——请重新评估",
            "Settings, affected areas, products or order data changed after the evaluation: this "
            "explanation uses the current data and may differ from the stored verdict — "
            "re-evaluate",
        )


def _runs(conn: sqlite3.Connection) -> dict[str, tuple[str, str, int]]:
    """platform → (as_of, inputs_fingerprint, pickup_data) of its latest evaluation."""
    try:
        rows = conn.execute(
            "SELECT platform, as_of, inputs_fingerprint, pickup_data FROM main.verdict_runs"
        ).fetchall()
    except sqlite3.OperationalError:  # an older schema opened read-only: no runs recorded
        return {}
    return {str(r[0]): (str(r[1]), str(r[2]), int(r[3])) for r in rows}


def _orders(conn: sqlite3.Connection, keys: list[Key]) -> list[OrderRecord]:
    # One primary-key lookup per order: a row-value IN (VALUES …) list would scan the table.
    sql = (
        f"SELECT {', '.join(ORDER_COLUMNS)} FROM main.orders "
        "WHERE platform = ? AND order_id = ? AND sub_order_id = ?"
    )
    out: list[OrderRecord] = []
    for key in keys:
        row = conn.execute(sql, key).fetchone()
        if row is not None:
            out.append(order_from_row(row))
    return out


def _sharing_tracking(conn: sqlite3.Connection, orders: list[OrderRecord]) -> list[OrderRecord]:
    """Orders (any) with the same platform and tracking number as one of `orders` (as stored or
    stripped): the input of the false-shipping pass for these orders."""
    wanted = sorted(
        {(o.platform.value, t) for o in orders for t in {o.tracking_no, o.tracking_no.strip()} if t}
    )
    sql = (
        f"SELECT {', '.join(ORDER_COLUMNS)} FROM main.orders "
        "WHERE tracking_no = ? AND tracking_no <> '' AND platform = ?"
    )
    out: dict[Key, OrderRecord] = {}
    for platform, number in wanted:
        for row in conn.execute(sql, (number, platform)):
            o = order_from_row(row)
            out[(o.platform.value, o.order_id, o.sub_order_id)] = o
    return list(out.values())


# The decision columns of a verdict row, and their places in a `stored_row` (texts are not
# compared: rows written before texts were left out still hold them).
_DECISION = "status, deadline, rules_json, flags_json, compensation_fen, appeal_candidate, urgency"
_DECISION_AT = (4, 5, 7, 10, 11, 12, 15)


def _stored(conn: sqlite3.Connection, keys: list[Key]) -> dict[Key, tuple[object, ...]]:
    sql = (
        f"SELECT {_DECISION} "
        "FROM main.verdict_rows WHERE platform = ? AND order_id = ? AND sub_order_id = ?"
    )
    out: dict[Key, tuple[object, ...]] = {}
    for key in keys:
        row = conn.execute(sql, key).fetchone()
        if row is not None:
            out[key] = tuple(row)
    return out


def explain_orders(
    source: Source,
    keys: Iterable[Key],
    as_of: datetime | None = None,
    check_stale: bool = True,
) -> dict[Key, Explanation]:
    """Full verdicts (texts and trace) for the stored orders `keys` ((platform, order_id,
    sub_order_id)), as of `as_of` or else as of each platform's latest evaluation (now when the
    platform was never evaluated). Orders not stored are left out. Malformed settings raise
    `BadInput`, as evaluation does. ``check_stale=False`` skips comparing with the stored rows and
    inputs (every Explanation then says not stale): for texts shown beside the stored verdict."""
    conn = connection_of(source)
    wanted = list(dict.fromkeys((str(p), str(o), str(s)) for p, o, s in keys))
    if not wanted:
        return {}
    orders = _orders(conn, wanted)
    if not orders:
        return {}
    runs = _runs(conn)
    products, areas, settings = load_context_inputs(source)
    params = params_checked(settings, source)
    fingerprints: dict[str, str] = {}
    sharing = _sharing_tracking(conn, orders)
    stored = _stored(conn, wanted) if check_stale else {}
    enc = _Encoder()
    # Pickup anomalies are judged only for platforms whose data carry pickup scans: as recorded
    # by the evaluation, else (never evaluated since schema v3) from the data now.
    pickup = {p for p, r in runs.items() if r[2]}
    if any(o.platform.value not in runs for o in orders):
        pickup |= {p for p in platforms_with_pickup_scans(conn) if p not in runs}
    out: dict[Key, Explanation] = {}
    contexts: dict[datetime, EvalContext] = {}
    for order in orders:
        run = runs.get(order.platform.value)
        at = as_of or (datetime.fromisoformat(run[0]) if run else china_now())
        ctx = contexts.get(at)
        if ctx is None:
            ctx = contexts[at] = EvalContext.create(
                at,
                params=params,
                products=products,
                areas=areas,
                false_shipping=false_shipping_keys(sharing, at),
                pickup_data=pickup,
                explain=True,
            )
        verdict = RULES[order.platform](order, ctx)
        key = (order.platform.value, order.order_id, order.sub_order_id)
        differs = changed = False
        if as_of is None and run is not None and check_stale:
            row = stored_row(verdict, enc)
            was = stored.get(key)
            differs = was is not None and was != tuple(row[i] for i in _DECISION_AT)
            platform = order.platform.value
            if platform not in fingerprints:
                fingerprints[platform] = inputs_fingerprint(source, platform)
            changed = run[1] != fingerprints[platform]
        out[key] = Explanation(verdict, differs, changed)
    return out


def verdict_texts(
    source: Source, keys: Iterable[Key]
) -> dict[Key, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The reasons (Chinese, English) of the stored orders `keys`, as of their platform's latest
    evaluation: what the order table shows as a row's tooltip (the store keeps no texts)."""
    return {
        key: (e.verdict.reasons, e.verdict.reasons_en)
        for key, e in explain_orders(source, keys, check_stale=False).items()
    }


def explain_order(
    source: Source, platform: Platform | str, order_id: str, sub_order_id: str = ""
) -> Explanation | None:
    """One stored order's explanation (see `explain_orders`); None when the order is not stored."""
    key = (str(platform), order_id, sub_order_id)
    return explain_orders(source, [key]).get(key)
