"""A store filled with orders and their stored verdicts, written straight into the tables.

Shared by the report benchmark and the report and evidence tests: rows go into the schema's
tables (imports, orders, verdicts) as import and evaluation leave them, without running either.
The orders' raw cells alternate between the two stored forms — the array with its sheet's keys in
`import_raw_keys` and the older {header: text} object — so readers meet both.
"""

# ruff: noqa: E501  (data: long Chinese reason strings kept on one line)
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.store.connection import open_store

AS_OF = "2022-12-20 18:00:00"
FMT = "%Y-%m-%d %H:%M:%S"


def t(text: str) -> datetime:
    """Parse a canonical time."""
    return datetime.strptime(text, FMT)


def s(value: datetime | None) -> str | None:
    """Format a canonical time."""
    return value.strftime(FMT) if value else None


@dataclass
class Order:
    """One order with its verdict, in store terms."""

    platform: str
    order_id: str
    status: str
    paid_at: str
    deadline: str | None
    shipped_at: str | None = None
    sub_order_id: str = ""
    product_name: str = "云南高山红茶 250g 礼盒装"
    product_id: str = "P1001"
    paid_fen: int | None = 12900
    compensation_fen: int | None = 0
    rules: tuple[str, ...] = ("CORE",)
    reasons: tuple[str, ...] = ("按时发货",)
    appeal: bool = False
    appeal_reason: str = ""
    flags: tuple[str, ...] = ()
    receiver: tuple[str, str, str] = ("上海市", "上海市", "浦东新区")
    receiver_name: str = "张三"
    tracking_no: str = ""
    trace: list[dict[str, str]] = field(default_factory=list)
    shop: str = "山野小铺"


def make_store(path: Path) -> sqlite3.Connection:
    """A fresh, migrated ShipCheck database at `path`; returns its connection."""
    store = open_store(path)
    return store.conn


def add_import(conn: sqlite3.Connection, platform: str, name: str, rows: int) -> int:
    """An `imports` row; returns its id."""
    digest = hashlib.sha256(name.encode()).hexdigest()
    cur = conn.execute(
        "INSERT INTO imports (file_name, file_path, sha256, size_bytes, file_format, platform, kind,"
        " shop, sheets_json, rows_new, imported_at) VALUES (?, ?, ?, ?, 'xlsx', ?, 'orders', ?,"
        " '[]', ?, '2022-12-20 17:30:00')",
        (name, f"/data/{name}", digest, 48213, platform, "山野小铺", rows),
    )
    return int(cur.lastrowid or 0)


RAW_KEYS = ["订单号", "商品名称", "收件人"]  # the raw cells' headers


def add_orders(conn: sqlite3.Connection, import_id: int, orders: list[Order]) -> None:
    """Insert orders and their verdicts (raw cells: every other order in the array form)."""
    conn.execute("BEGIN")
    conn.execute(
        "INSERT OR IGNORE INTO import_raw_keys (import_id, sheet, keys_json) VALUES (?, 'Sheet1', ?)",
        (import_id, json.dumps(RAW_KEYS, ensure_ascii=False)),
    )
    for n, o in enumerate(orders):
        cells = [o.order_id, o.product_name, o.receiver_name]
        raw: object = cells if n % 2 else dict(zip(RAW_KEYS, cells, strict=True))
        conn.execute(
            "INSERT INTO orders (platform, order_id, sub_order_id, shop, product_id, product_name,"
            " quantity, paid_amount_fen, paid_at, promised_ship_at, shipped_at, tracking_no,"
            " carrier, receiver_name, receiver_province, receiver_city, receiver_district,"
            " raw_json, import_id, source_sheet, source_row)"
            " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Sheet1', ?)",
            (
                o.platform,
                o.order_id,
                o.sub_order_id,
                o.shop,
                o.product_id,
                o.product_name,
                o.paid_fen,
                o.paid_at,
                o.deadline,
                o.shipped_at,
                o.tracking_no,
                "中通快递" if o.tracking_no else "",
                o.receiver_name,
                *o.receiver,
                json.dumps(raw, ensure_ascii=False),
                import_id,
                n + 2,
            ),
        )
        conn.execute(
            "INSERT INTO verdicts (platform, order_id, sub_order_id, as_of, status, deadline,"
            " deadline_basis, rules_json, reasons_json, reasons_en_json, flags_json,"
            " compensation_fen, appeal_candidate, appeal_reason, trace_json, urgency)"
            " VALUES (?, ?, ?, ?, ?, ?, '承诺发货时间', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                o.platform,
                o.order_id,
                o.sub_order_id,
                AS_OF,
                o.status,
                o.deadline,
                json.dumps(list(o.rules)),
                json.dumps(list(o.reasons), ensure_ascii=False),
                json.dumps([f"EN: {r}" for r in o.reasons]),
                json.dumps(list(o.flags)),
                o.compensation_fen,
                int(o.appeal),
                o.appeal_reason,
                json.dumps(o.trace, ensure_ascii=False),
                n,
            ),
        )
    conn.execute("COMMIT")


def bulk_orders(n: int) -> list[Order]:
    """`n` Kuaishou orders for the speed test: a third late/overdue."""
    base = t("2022-12-12 08:00:00")
    out: list[Order] = []
    for i in range(n):
        paid = base + timedelta(minutes=5 * i % (6 * 24 * 60))
        deadline = paid + timedelta(hours=48)
        kind = i % 6
        status = ["late", "overdue", "on_time", "on_time", "exempt", "late"][kind]
        shipped = deadline + timedelta(hours=7) if status == "late" else None
        if status == "on_time" or status == "exempt":
            shipped = deadline - timedelta(hours=3)
        kw: dict[str, Any] = {}
        if status in ("late", "overdue"):
            kw = {
                "compensation_fen": None if i % 12 == 1 else 300 + i % 700,
                "rules": ("K2",),
                "reasons": ("K2：超承诺时效未发货，从保证金按单扣除赔付",),
            }
        elif status == "exempt":
            kw = {"rules": ("K1",), "reasons": ("K1：收货地址位于受影响区域",)}
        out.append(
            Order(
                "kuaishou",
                f"22121{i:014d}",
                status,
                s(paid) or "",
                s(deadline),
                shipped_at=s(shipped),
                product_name=f"商品 {i % 37} 号 农家土蜂蜜 500g 玻璃瓶装",
                **kw,
            )
        )
    return out
