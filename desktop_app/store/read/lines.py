"""An order's line: the order with its verdict, the seller's note and appeal mark, attachments.

Every reader of orders — the order table, the detail panel, the order-list export, the reports
and the evidence bundle — reads a line's fields through the SQL written here, so each field means
the same thing everywhere. In particular:

* **The seller's note and appeal mark of a line** are those filed on the line itself *and* those
  filed on its whole order (``sub_order_id = ''``): a mark on the whole order marks each of its
  sub-orders, and both notes are shown, the whole order's first. The same holds for attachments.
* **A line's texts** (reasons, deadline basis, appeal reason) are the ones stored with the
  verdict when the row holds some (rows written before the evaluator left them out), else the ones
  the engine makes again on demand (`merge_texts`).

No Qt here. The queries join ``orders o`` with ``verdicts v``; a line not evaluated yet has NULL
verdict fields.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from desktop_app.store.rawcells import raw_keys_sql
from policies.records import Verdict

Key = tuple[str, str, str]

# The seller's notes of a line: its own row of `order_notes` and its whole order's.
_NOTES_OF_LINE = (
    "FROM order_notes n WHERE n.platform = o.platform AND n.order_id = o.order_id "
    "AND n.sub_order_id IN (o.sub_order_id, '')"
)
#: 1 when the seller marked the line or its whole order as an appeal/pre-report candidate, else 0.
APPEAL_MARK_SQL = f"(SELECT IFNULL(MAX(n.appeal_mark), 0) {_NOTES_OF_LINE})"
#: The seller's notes on the line and on its whole order (the whole order's first), one a line.
NOTE_SQL = (
    "(SELECT group_concat(x.note, char(10)) FROM (SELECT n.note "
    f"{_NOTES_OF_LINE} AND n.note <> '' ORDER BY n.sub_order_id) AS x)"
)
#: True for a line the seller marked (itself or its whole order), for a WHERE clause.
MARKED_SQL = f"EXISTS (SELECT 1 {_NOTES_OF_LINE} AND n.appeal_mark = 1)"

#: The verdicts joined to the orders `o`, by the whole key.
VERDICT_JOIN = (
    "verdicts v ON v.platform = o.platform AND v.order_id = o.order_id "
    "AND v.sub_order_id = o.sub_order_id"
)

#: Every field of an order's line, name → SQL over ``orders o`` joined with ``verdicts v``: the
#: order as imported, the verdict, the seller's own. Each reader selects the fields it shows by
#: name (`select_list`), so a field means the same thing in every reader.
FIELD_SQL: dict[str, str] = {
    "platform": "o.platform",
    "order_id": "o.order_id",
    "sub_order_id": "o.sub_order_id",
    "shop": "o.shop",
    "product_id": "o.product_id",
    "product_name": "o.product_name",
    "quantity": "o.quantity",
    "paid_amount_fen": "o.paid_amount_fen",
    "paid_at": "o.paid_at",
    "promised_ship_at": "o.promised_ship_at",
    "shipped_at": "o.shipped_at",
    "picked_up_at": "o.picked_up_at",
    "online_at": "o.online_at",
    "warehouse_at": "o.warehouse_at",
    "carrier": "o.carrier",
    "tracking_no": "o.tracking_no",
    "receiver_name": "o.receiver_name",
    "receiver_province": "o.receiver_province",
    "receiver_city": "o.receiver_city",
    "receiver_district": "o.receiver_district",
    "raw_json": "o.raw_json",
    "raw_keys_json": raw_keys_sql("o"),
    "source_file": "(SELECT i.file_name FROM imports i WHERE i.id = o.import_id)",
    "source_sheet": "o.source_sheet",
    "source_row": "o.source_row",
    "as_of": "v.as_of",
    "status": "v.status",
    "deadline": "v.deadline",
    "deadline_basis": "v.deadline_basis",
    "rules_json": "v.rules_json",
    "reasons_json": "v.reasons_json",
    "reasons_en_json": "v.reasons_en_json",
    "flags_json": "v.flags_json",
    "compensation_fen": "v.compensation_fen",
    "appeal_candidate": "v.appeal_candidate",
    "appeal_reason": "v.appeal_reason",
    "trace_json": "v.trace_json",
    "urgency": "v.urgency",
    "appeal_mark": APPEAL_MARK_SQL,
    "note": NOTE_SQL,
}


def select_list(fields: Iterable[str], *, named: bool = False) -> str:
    """The SELECT list of these fields (`FIELD_SQL`), in this order; `named` adds ``AS name`` so
    rows can be read by field name."""
    return ", ".join(f"{FIELD_SQL[f]} AS {f}" if named else FIELD_SQL[f] for f in fields)


#: What a row of the order list holds, in this order: the table's rows, the export's and
#: `read_rows` are these fields.
ROW_FIELDS: tuple[str, ...] = (
    "platform",
    "order_id",
    "sub_order_id",
    "shop",
    "product_name",
    "paid_at",
    "shipped_at",
    "tracking_no",
    "receiver_name",
    "picked_up_at",
    "promised_ship_at",
    "status",
    "deadline",
    "rules_json",
    "reasons_json",
    "reasons_en_json",
    "flags_json",
    "compensation_fen",
    "appeal_candidate",
    "appeal_mark",
    "as_of",
)
ROW_SELECT = select_list(ROW_FIELDS)

#: The verdict's and the seller's fields of a line (what the detail panel adds to the order).
VERDICT_FIELDS: tuple[str, ...] = (
    "as_of",
    "status",
    "deadline",
    "deadline_basis",
    "rules_json",
    "reasons_json",
    "reasons_en_json",
    "flags_json",
    "compensation_fen",
    "appeal_candidate",
    "appeal_reason",
    "trace_json",
    "urgency",
    "appeal_mark",
    "note",
)
VERDICT_SELECT = select_list(VERDICT_FIELDS, named=True)


def json_list(text: str | None) -> list[str]:
    """A stored JSON list (rules, flags, reasons) as strings; [] for NULL, bad JSON, non-lists."""
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def read_rows(
    conn: sqlite3.Connection, keys: Sequence[Key], chunk: int = 300
) -> dict[Key, tuple[Any, ...]]:
    """The current rows (`ROW_FIELDS`) of these orders, by key; orders that no longer exist are
    left out."""
    out: dict[Key, tuple[Any, ...]] = {}
    for i in range(0, len(keys), chunk):
        part = keys[i : i + chunk]
        values = ", ".join("(?, ?, ?)" for _ in part)
        # The keys drive the join, so each order is found by its primary key (SQLite reads a
        # row-value IN list against every order).
        sql = (
            f"SELECT {ROW_SELECT} FROM (VALUES {values}) AS k CROSS JOIN orders o "
            "ON o.platform = k.column1 AND o.order_id = k.column2 AND o.sub_order_id = k.column3 "
            f"LEFT JOIN {VERDICT_JOIN}"
        )
        for row in conn.execute(sql, [v for key in part for v in key]):
            out[(str(row[0]), str(row[1]), str(row[2]))] = tuple(row)
    return out


@dataclass(frozen=True, slots=True)
class LineNotes:
    """The seller's mark and note of a line (its own and its whole order's, as every reader shows
    them), and those filed on the line itself (what the detail panel edits)."""

    appeal_mark: bool
    note: str
    own_mark: bool
    own_note: str


def read_notes(conn: sqlite3.Connection, key: Key) -> LineNotes:
    """The seller's mark and note of one line, by the meaning above."""
    row = conn.execute(
        f"SELECT {APPEAL_MARK_SQL}, {NOTE_SQL}, (SELECT n.appeal_mark FROM order_notes n "
        "WHERE n.platform = o.platform AND n.order_id = o.order_id "
        "AND n.sub_order_id = o.sub_order_id), (SELECT n.note FROM order_notes n "
        "WHERE n.platform = o.platform AND n.order_id = o.order_id "
        "AND n.sub_order_id = o.sub_order_id) "
        "FROM (SELECT ? AS platform, ? AS order_id, ? AS sub_order_id) AS o",
        key,
    ).fetchone()
    return LineNotes(bool(row[0]), str(row[1] or ""), bool(row[2]), str(row[3] or ""))


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment's metadata (its content stays in the database)."""

    id: int
    platform: str
    order_id: str
    sub_order_id: str
    file_name: str
    size_bytes: int
    sha256: str
    added_at: str
    description: str


_ATTACHMENT_COLUMNS = (
    "id, platform, order_id, sub_order_id, file_name, size_bytes, sha256, added_at, description"
)


def platform_attachments(conn: sqlite3.Connection, platform: str) -> list[Attachment]:
    """Every attachment filed for `platform` (lines, whole orders and periods), oldest first."""
    return [
        Attachment(*r)
        for r in conn.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE platform = ? ORDER BY id",
            (platform,),
        )
    ]


class _Filed(Protocol):
    """Anything filed on an order line (an attachment's metadata, in any reader's type)."""

    @property
    def order_id(self) -> str: ...

    @property
    def sub_order_id(self) -> str: ...


FiledT = TypeVar("FiledT", bound=_Filed)


def attachments_by_line(attachments: Iterable[FiledT]) -> dict[tuple[str, str], list[FiledT]]:
    """Attachments grouped by the (order_id, sub_order_id) they were filed on; ('', '') holds
    those filed for a period. `of_line` reads a line's from it."""
    grouped: dict[tuple[str, str], list[FiledT]] = {}
    for a in attachments:
        grouped.setdefault((a.order_id, a.sub_order_id), []).append(a)
    return grouped


def of_line(
    grouped: Mapping[tuple[str, str], list[FiledT]], order_id: str, sub_order_id: str
) -> list[FiledT]:
    """A line's attachments from `attachments_by_line`: its own, then its whole order's."""
    own = list(grouped.get((order_id, sub_order_id), []))
    return own + list(grouped.get((order_id, ""), [])) if sub_order_id else own


def line_attachments(conn: sqlite3.Connection, key: Key) -> list[Attachment]:
    """One line's attachments: its own, then its whole order's."""
    platform, order_id, sub_order_id = key
    rows = conn.execute(
        f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE platform = ? AND order_id = ? "
        "AND sub_order_id IN (?, '') ORDER BY sub_order_id = '', id",
        (platform, order_id, sub_order_id),
    )
    return [Attachment(*r) for r in rows]


@dataclass(frozen=True, slots=True)
class LineTexts:
    """The texts of a verdict, in Chinese and English ('' / () when there are none)."""

    reasons: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()
    deadline_basis: str = ""
    deadline_basis_en: str = ""
    appeal_reason: str = ""
    appeal_reason_en: str = ""

    @classmethod
    def of(cls, verdict: Verdict) -> LineTexts:
        """The texts the engine made for `verdict`."""
        return cls(
            verdict.reasons,
            verdict.reasons_en,
            verdict.deadline_basis,
            verdict.deadline_basis_en,
            verdict.appeal_reason,
            verdict.appeal_reason_en,
        )


def shown_reasons(
    reasons_json: str | None,
    reasons_en_json: str | None,
    made: tuple[Sequence[str], Sequence[str]] | None,
    english: bool,
) -> list[str]:
    """The reasons a list row shows: the stored ones (older rows hold some), else the ones the
    engine made again (`made`: Chinese, English; None when not made yet)."""
    stored = json_list(reasons_en_json if english else reasons_json)
    if stored or made is None:
        return stored
    return list(made[1] if english else made[0])


def merge_texts(stored: LineTexts, made: LineTexts | None) -> LineTexts:
    """A line's texts: the stored ones when the verdict row holds reasons (rows written before the
    evaluator left texts out), else the ones the engine made again (`made`; None when it has not
    or could not). The English deadline basis and appeal reason are only ever made again."""
    if made is None:
        return stored
    if stored.reasons:
        return LineTexts(
            stored.reasons,
            stored.reasons_en,
            stored.deadline_basis,
            made.deadline_basis_en,
            stored.appeal_reason,
            made.appeal_reason_en,
        )
    return made
