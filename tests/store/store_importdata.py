"""Synthetic ImportPlans and ParsedRow streams for store tests (no readers needed)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop_app.errors import Problem
from desktop_app.importing.model import ImportPlan, Kind, ParsedRow, SheetPlan
from desktop_app.store.schema import ORDER_FIELDS, PRODUCT_FIELDS
from policies.records import Platform

INT_FIELDS = {"quantity", "paid_amount_fen", "last_month_sales", "promise_hours"}
INT_FIELDS |= {"uses_freight_template"}
TIME_FIELDS = {f for f in (*ORDER_FIELDS, *PRODUCT_FIELDS) if f.endswith("_at")}

DEFAULT_ORDER_MAPPING = (
    "status_text",
    "product_name",
    "quantity",
    "paid_amount_fen",
    "created_at",
    "paid_at",
    "promised_ship_at",
    "shipped_at",
    "carrier",
    "tracking_no",
    "receiver_province",
    "seller_note",
)


def plan(
    kind: Kind = "orders",
    fields: Iterable[str] = DEFAULT_ORDER_MAPPING,
    *,
    platform: Platform = Platform.DOUYIN,
    sheets: Iterable[str] = ("订单",),
    shop: str = "",
    file_name: str = "export.xlsx",
) -> ImportPlan:
    """A plan whose sheets map `fields` (plus the key columns)."""
    key = ("product_id",) if kind == "products" else ("order_id", "sub_order_id")
    mapping = {f: f"H_{f}" for f in (*key, *fields)}
    return ImportPlan(
        path=Path("/exports") / file_name,
        file_name=file_name,
        sha256="0" * 64,
        size_bytes=1234,
        file_format="xlsx",
        platform=platform,
        kind=kind,
        shop=shop,
        sheets=tuple(SheetPlan(name=s, header_row=1, mapping=dict(mapping)) for s in sheets),
    )


# one keys tuple per distinct header row, shared by its rows as the reader shares a sheet's
_SHARED_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}


def row(
    p: ImportPlan,
    key: str,
    sub: str = "",
    *,
    n: int = 2,
    sheet: str | None = None,
    **values: Any,
) -> ParsedRow:
    """A typed row: mapped fields default to ''/None, unmapped ones are None; `values` override.

    Its raw cells are named ``H_<field>`` (mapped) or ``<field>``, then ``key``: for kind
    "orders" a JSON array with `ParsedRow.raw_keys`, as the reader makes them, else an object."""
    fields = PRODUCT_FIELDS if p.kind == "products" else ORDER_FIELDS
    sheet_plan = p.sheets[0] if sheet is None else next(s for s in p.sheets if s.name == sheet)
    out: list[str | int | None] = []
    for f in fields:
        if f in values:
            out.append(values[f])
        elif f in sheet_plan.mapping and f not in INT_FIELDS and f not in TIME_FIELDS:
            out.append("")
        else:
            out.append(None)
    raw = {
        sheet_plan.mapping.get(f, f): ("" if v is None else str(v))
        for f, v in zip(fields, out, strict=True)
    }
    raw["key"] = key
    if p.kind != "orders":  # products and logistics rows: the {header: text} object
        return ParsedRow(
            sheet=sheet_plan.name,
            row=n,
            key=(key, sub),
            values=tuple(out),
            raw_json=json.dumps(raw, ensure_ascii=False),
        )
    keys = tuple(raw)
    return ParsedRow(  # orders rows: the cells as an array, named by the sheet's shared keys
        sheet=sheet_plan.name,
        row=n,
        key=(key, sub),
        values=tuple(out),
        raw_json=json.dumps(list(raw.values()), ensure_ascii=False),
        raw_keys=_SHARED_KEYS.setdefault(keys, keys),
    )


def order_stream(
    p: ImportPlan, count: int, *, start: int = 0, **values: Any
) -> Iterator[ParsedRow]:
    """`count` distinct orders with realistic 19-digit ids."""
    for i in range(start, start + count):
        fields: dict[str, Any] = {
            "status_text": "已发货",
            "quantity": 1 + i % 3,
            "paid_amount_fen": 1250 + i,
            "created_at": "2026-11-01 10:00:00",
            "paid_at": "2026-11-01 10:00:05",
            "promised_ship_at": "2026-11-03 10:00:05",
            "shipped_at": "2026-11-02 09:00:00",
            "tracking_no": f"SF{1000000 + i}",
        }
        fields.update(values)
        yield row(p, f"{6920000000000000000 + i}", n=i + 2, **fields)


def with_problem_at(
    rows: Iterable[ParsedRow], k: int, extra: int = 1
) -> Iterator[ParsedRow | Problem]:
    """The stream with `extra` Problems replacing rows from index k on."""
    for i, r in enumerate(rows):
        if k <= i < k + extra:
            yield Problem("日期格式不对", "Bad date", file="export.xlsx", sheet=r.sheet, row=r.row)
        else:
            yield r


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import touches, for before/after comparisons."""
    return {
        t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in ("orders", "order_items", "products", "imports")
    }
