"""Everything the detail panel shows about one order, read in one reader job. No Qt here."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from desktop_app.evaluation.run import trace_from_json
from desktop_app.store.rawcells import raw_keys_sql, raw_row
from desktop_app.store.read.lines import (
    VERDICT_FIELDS,
    VERDICT_JOIN,
    VERDICT_SELECT,
    LineTexts,
    json_list,
    line_attachments,
    merge_texts,
    read_notes,
)
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
    appeal_mark: bool  # the seller's mark on this line or its whole order
    note: str  # the seller's notes on this line and its whole order
    own_mark: bool  # the mark filed on this line itself (the panel's check box)
    own_note: str  # the note filed on this line itself (the panel's editor)
    attachments: list[AttachmentRow] = field(default_factory=list)
    raw: list[tuple[str, str]] = field(default_factory=list)
    logistics_raw: list[tuple[str, str]] = field(default_factory=list)


def _pairs(raw_json: str | None, keys_json: str | None = None) -> list[tuple[str, str]]:
    """The stored raw cells (either form, `desktop_app.store.rawcells`) as (header, text) pairs."""
    value = raw_row(raw_json, keys_json)
    if value is None:
        return []
    return [(str(k), "" if v is None else str(v)) for k, v in value.items()]


@dataclass(frozen=True, slots=True)
class _Made:
    """What the engine makes on demand for the panel: the trace, the texts, the announcements."""

    trace: list[TraceStep]
    texts: LineTexts | None = None
    announcements: tuple[str, ...] = ()
    announcements_en: tuple[str, ...] = ()


def _explained(conn: sqlite3.Connection, key: OrderKey) -> _Made:
    """The order's trace and texts made on demand by the engine (the store keeps neither), the
    trace headed by a note when settings or data changed since the evaluation, and the
    announcements that judged it."""
    from desktop_app.errors import BadInput
    from desktop_app.evaluation.explain import explain_order
    from policies.explain import announcement_lines

    try:
        found = explain_order(conn, *key)
    except BadInput:  # malformed stored settings: the panel shows the verdict without a trace
        return _Made([])
    if found is None:
        return _Made([])
    stale = found.stale_step()
    v = found.verdict
    trace = ([stale] if stale is not None else []) + list(v.trace)
    texts = LineTexts.of(v)
    return _Made(
        trace,
        texts,
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
    found = conn.execute(
        f"SELECT {VERDICT_SELECT} FROM orders o JOIN {VERDICT_JOIN}"
        " WHERE o.platform = ? AND o.order_id = ? AND o.sub_order_id = ?",
        key,
    ).fetchone()
    verdict = None
    if found is not None:
        v = dict(zip(VERDICT_FIELDS, found, strict=True))
        made = _explained(conn, key)
        trace = list(trace_from_json(v["trace_json"])) or made.trace
        stored = LineTexts(
            tuple(json_list(v["reasons_json"])),
            tuple(json_list(v["reasons_en_json"])),
            v["deadline_basis"] or "",
            "",
            v["appeal_reason"] or "",
            "",
        )
        texts = merge_texts(stored, made.texts)
        verdict = VerdictInfo(
            as_of=v["as_of"],
            status=v["status"],
            deadline=v["deadline"],
            deadline_basis=texts.deadline_basis,
            rules=json_list(v["rules_json"]),
            reasons=list(texts.reasons),
            reasons_en=list(texts.reasons_en),
            flags=json_list(v["flags_json"]),
            compensation_fen=v["compensation_fen"],
            appeal_candidate=bool(v["appeal_candidate"]),
            appeal_reason=texts.appeal_reason,
            trace=trace,
            deadline_basis_en=texts.deadline_basis_en,
            appeal_reason_en=texts.appeal_reason_en,
            announcements=made.announcements,
            announcements_en=made.announcements_en,
        )
    notes = read_notes(conn, key)
    attachments = [
        AttachmentRow(a.id, a.file_name, a.size_bytes, a.sha256, a.added_at, a.description)
        for a in line_attachments(conn, key)
    ]
    return OrderDetail(
        key=key,
        order=order,
        verdict=verdict,
        appeal_mark=notes.appeal_mark,
        note=notes.note,
        own_mark=notes.own_mark,
        own_note=notes.own_note,
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
