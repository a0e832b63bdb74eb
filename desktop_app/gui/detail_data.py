"""Everything the detail panel shows about one order, read in one reader job. No Qt here."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from desktop_app.evaluation.run import trace_from_json
from desktop_app.store.rawcells import raw_keys_sql, raw_row
from policies.records import TraceStep

OrderKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class VerdictInfo:
    """The stored verdict of an order."""

    as_of: str
    status: str
    deadline: str | None
    deadline_basis: str
    rules: list[str]
    reasons: list[str]
    reasons_en: list[str]
    flags: list[str]
    compensation_fen: int | None
    appeal_candidate: bool
    appeal_reason: str
    trace: list[TraceStep]
    # English of deadline_basis / appeal_reason, from the explanation made on demand ('' when
    # there is none: the panel then shows the Chinese).
    deadline_basis_en: str = ""
    appeal_reason_en: str = ""
    # Which version of which announcement judged each rule, by title and date (explained).
    announcements: tuple[str, ...] = ()
    announcements_en: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """An attachment's metadata (its content stays in the database)."""

    id: int
    file_name: str
    size_bytes: int
    sha256: str
    added_at: str
    description: str


@dataclass(frozen=True, slots=True)
class OrderDetail:
    """One order with its verdict, the seller's marks and the raw export row."""

    key: OrderKey
    order: dict[str, Any]
    verdict: VerdictInfo | None
    appeal_mark: bool
    note: str
    attachments: list[AttachmentRow] = field(default_factory=list)
    raw: list[tuple[str, str]] = field(default_factory=list)
    logistics_raw: list[tuple[str, str]] = field(default_factory=list)


def json_list(text: str | None) -> list[str]:
    """A stored JSON list (rules, flags, reasons) as strings; [] for NULL, bad JSON, non-lists."""
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _pairs(raw_json: str | None, keys_json: str | None = None) -> list[tuple[str, str]]:
    """The stored raw cells (either form, `desktop_app.store.rawcells`) as (header, text) pairs."""
    value = raw_row(raw_json, keys_json)
    if value is None:
        return []
    return [(str(k), "" if v is None else str(v)) for k, v in value.items()]


@dataclass(frozen=True, slots=True)
class _Explained:
    trace: list[TraceStep]
    deadline_basis: str = ""
    deadline_basis_en: str = ""
    reasons: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    appeal_reason: str = ""
    appeal_reason_en: str = ""
    announcements: tuple[str, ...] = ()
    announcements_en: tuple[str, ...] = ()


def _explained(conn: sqlite3.Connection, key: OrderKey) -> _Explained:
    """The order's trace and texts made on demand by the engine (the store keeps neither), the
    trace headed by a note when settings or data changed since the evaluation."""
    from desktop_app.errors import BadInput
    from desktop_app.evaluation.explain import explain_order
    from policies.explain import announcement_lines

    try:
        found = explain_order(conn, *key)
    except BadInput:  # malformed stored settings: the panel shows the verdict without a trace
        return _Explained([])
    if found is None:
        return _Explained([])
    stale = found.stale_step()
    v = found.verdict
    trace = ([stale] if stale is not None else []) + list(v.trace)
    return _Explained(
        trace,
        v.deadline_basis,
        v.deadline_basis_en,
        v.reasons,
        v.reasons_en,
        v.appeal_reason,
        v.appeal_reason_en,
        tuple(announcement_lines(v)),
        tuple(announcement_lines(v, english=True)),
    )


def load_order_detail(conn: sqlite3.Connection, key: OrderKey) -> OrderDetail | None:
    """The order `key` with everything the panel shows, or None when it no longer exists."""
    cur = conn.execute(
        f"SELECT *, {raw_keys_sql('orders')} AS raw_keys_json FROM orders"
        " WHERE platform = ? AND order_id = ? AND sub_order_id = ?",
        key,
    )
    row = cur.fetchone()
    if row is None:
        return None
    order = {d[0]: v for d, v in zip(cur.description, row, strict=True)}
    keys_json = order.pop("raw_keys_json")
    vrow = conn.execute(
        "SELECT as_of, status, deadline, deadline_basis, rules_json, reasons_json,"
        " reasons_en_json, flags_json, compensation_fen, appeal_candidate, appeal_reason,"
        " trace_json FROM verdicts WHERE platform = ? AND order_id = ? AND sub_order_id = ?",
        key,
    ).fetchone()
    verdict = None
    if vrow is not None:
        explained = _explained(conn, key)
        trace = list(trace_from_json(vrow[11])) or explained.trace
        reasons = json_list(vrow[5])
        # Rows the evaluator wrote hold no texts: the explanation's (same rule code) are shown.
        texts = not reasons
        verdict = VerdictInfo(
            as_of=vrow[0],
            status=vrow[1],
            deadline=vrow[2],
            deadline_basis=explained.deadline_basis if texts else vrow[3] or "",
            rules=json_list(vrow[4]),
            reasons=list(explained.reasons) if texts else reasons,
            reasons_en=(list(explained.reasons_en) if texts else json_list(vrow[6])),
            flags=json_list(vrow[7]),
            compensation_fen=vrow[8],
            appeal_candidate=bool(vrow[9]),
            appeal_reason=explained.appeal_reason if texts else vrow[10] or "",
            trace=trace,
            deadline_basis_en=explained.deadline_basis_en,
            appeal_reason_en=explained.appeal_reason_en,
            announcements=explained.announcements,
            announcements_en=explained.announcements_en,
        )
    nrow = conn.execute(
        "SELECT appeal_mark, note FROM order_notes"
        " WHERE platform = ? AND order_id = ? AND sub_order_id = ?",
        key,
    ).fetchone()
    attachments = [
        AttachmentRow(*r)
        for r in conn.execute(
            "SELECT id, file_name, size_bytes, sha256, added_at, description FROM attachments"
            " WHERE platform = ? AND order_id = ? AND sub_order_id = ? ORDER BY id",
            key,
        )
    ]
    return OrderDetail(
        key=key,
        order=order,
        verdict=verdict,
        appeal_mark=bool(nrow[0]) if nrow else False,
        note=(nrow[1] or "") if nrow else "",
        attachments=attachments,
        raw=_pairs(order.get("raw_json"), keys_json),
        logistics_raw=_pairs(order.get("logistics_raw_json")),
    )


# The timeline's events, in order: (order column or "deadline", translatable label).
TIMELINE_EVENTS: tuple[str, ...] = (
    "paid_at",
    "deadline",
    "shipped_at",
    "picked_up_at",
    "online_at",
    "warehouse_at",
)


def timeline(detail: OrderDetail) -> list[tuple[str, str | None]]:
    """(event, time text or None) for paid → promised → shipped → picked up / online / arrived.

    Events a platform never records (e.g. warehouse arrival outside AliExpress JIT) are left out
    unless they have a time.
    """
    order = detail.order
    deadline = detail.verdict.deadline if detail.verdict else None
    deadline = deadline or order.get("promised_ship_at")
    events: list[tuple[str, str | None]] = []
    for name in TIMELINE_EVENTS:
        value = deadline if name == "deadline" else order.get(name)
        if name == "warehouse_at" and not value and order.get("platform") != "aliexpress":
            continue
        if name == "online_at" and not value and order.get("platform") == "kuaishou":
            continue
        events.append((name, value))
    return events
