"""Helpers to put orders/products into a fresh test database with plain INSERTs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.store.schema import ORDER_FIELDS

if TYPE_CHECKING:
    from desktop_app.store.connection import Store


def ensure_import(conn: sqlite3.Connection) -> int:
    """An `imports` row the orders can point at."""
    row = conn.execute("SELECT id FROM imports LIMIT 1").fetchone()
    if row:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO imports (file_name, file_path, sha256, size_bytes, file_format, platform, "
        "kind, "
        "sheets_json, imported_at) VALUES ('t.xlsx', '/t.xlsx', 'x', 1, 'xlsx', 'kuaishou', "
        "'orders', '[]', '2024-01-01 00:00:00')"
    )
    return int(cur.lastrowid or 0)


def insert_orders(conn: sqlite3.Connection, orders: Iterable[dict[str, Any]]) -> None:
    """INSERT order dicts (platform, order_id, optional sub_order_id and ORDER_FIELDS keys)."""
    import_id = ensure_import(conn)
    cols = [
        "platform",
        "order_id",
        "sub_order_id",
        *ORDER_FIELDS,
        "raw_json",
        "import_id",
        "source_row",
    ]
    sql = f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
    rows = []
    for i, o in enumerate(orders):
        values: list[Any] = [o["platform"], o["order_id"], o.get("sub_order_id", "")]
        for f in ORDER_FIELDS:
            default: Any = None if f.endswith("_at") or f in ("quantity", "paid_amount_fen") else ""
            values.append(o.get(f, default))
        values += [json.dumps({"订单号": o["order_id"]}, ensure_ascii=False), import_id, i + 2]
        rows.append(values)
    conn.execute("BEGIN")
    conn.executemany(sql, rows)
    conn.execute("COMMIT")


def insert_product(conn: sqlite3.Connection, **p: Any) -> None:
    """INSERT one product row."""
    conn.execute(
        "INSERT INTO products (platform, product_id, name, listed_at, last_month_sales, "
        "promise_hours, uses_freight_template, ship_from_address, fulfilment_mode, raw_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')",
        (
            p["platform"],
            p["product_id"],
            p.get("name", ""),
            p.get("listed_at"),
            p.get("last_month_sales"),
            p.get("promise_hours"),
            p.get("uses_freight_template"),
            p.get("ship_from_address", ""),
            p.get("fulfilment_mode", ""),
        ),
    )


SAMPLE: list[dict[str, Any]] = [
    # Kuaishou: overdue, K2 amount not set → unknown
    {
        "platform": "kuaishou",
        "order_id": "2207110000000000001",
        "paid_at": "2022-07-20 10:00:00",
        "promised_ship_at": "2022-07-21 10:00:00",
        "paid_amount_fen": 9990,
        "receiver_province": "浙江省",
        "receiver_city": "杭州市",
        "receiver_district": "西湖区",
        "shop": "A店",
    },
    # Kuaishou: receiver in Shanghai (area) → exempt
    {
        "platform": "kuaishou",
        "order_id": "2207110000000000002",
        "paid_at": "2022-05-09 10:00:00",
        "promised_ship_at": "2022-05-10 10:00:00",
        "paid_amount_fen": 5000,
        "receiver_province": "上海",
        "receiver_city": "上海市",
        "receiver_district": "浦东新区",
        "ship_from_address": "江苏省苏州市吴中区",
        "shop": "A店",
    },
    # Douyin paid before 2022-12-19 12:00 and overdue → compensated, appeal candidate
    {
        "platform": "douyin",
        "order_id": "6920000000000000001",
        "sub_order_id": "6920000000000000002",
        "paid_at": "2022-12-19 11:59:59",
        "promised_ship_at": "2022-12-21 12:00:00",
        "paid_amount_fen": 10000,
    },
    # Douyin paid at 12:00:00 → suspended
    {
        "platform": "douyin",
        "order_id": "6920000000000000003",
        "sub_order_id": "6920000000000000004",
        "paid_at": "2022-12-19 12:00:00",
        "promised_ship_at": "2022-12-21 12:00:00",
        "shipped_at": "2022-12-20 12:00:00",
        "picked_up_at": "2022-12-20 15:00:00",
        "paid_amount_fen": 10000,
    },
    # AliExpress JIT pickup, on time
    {
        "platform": "aliexpress",
        "order_id": "3000000000000001",
        "paid_at": "2024-06-12 13:59:59",
        "fulfilment_mode": "JIT揽收",
        "picked_up_at": "2024-06-14 20:00:00",
        "product_id": "SLOW",
    },
]


def synthetic_store(path: Path, n: int, seed: int = 7) -> Store:
    """A store with `n` synthetic orders of the three platforms (`benchmarks.engine.make_orders`),
    their products and two affected areas."""
    from benchmarks.engine import AREAS, _row, make_orders, products
    from desktop_app.evaluation.load import ORDER_COLUMNS
    from desktop_app.store.areas import add_area
    from desktop_app.store.connection import open_store

    store = open_store(path, daily_backup=False)
    conn = store.conn
    import_id = ensure_import(conn)
    cols = [*ORDER_COLUMNS, "raw_json", "import_id", "source_row"]
    sql = f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    rows = [(*_row(o)[:-2], import_id, i + 2) for i, o in enumerate(make_orders(n, seed=seed))]
    conn.execute("BEGIN")
    conn.executemany(sql, rows)
    conn.execute("COMMIT")
    for p in products():
        insert_product(
            conn,
            platform=p.platform.value,
            product_id=p.product_id,
            name=p.name,
            listed_at=p.listed_at.isoformat(" ") if p.listed_at else None,
            last_month_sales=p.last_month_sales,
            promise_hours=p.promise_hours,
            uses_freight_template=None,
            ship_from_address=p.ship_from_address,
            fulfilment_mode=p.fulfilment_mode,
        )
    for a in AREAS:
        add_area(conn, a.region, a.start, a.end)
    return store


def insert_cross_period_orders(conn: sqlite3.Connection) -> None:
    """Orders a period's own rows cannot find alone, around `benchmarks.engine.BASE` (the synthetic
    orders' first day), all in the shop 预售店 but one: a Kuaishou presale order paid 80 days
    before and promised 9 days after BASE (never shipped: overdue), and a Douyin waybill used 80
    days before BASE and again 3 days after it for another receiver (D1 FAQ Q3)."""
    from datetime import timedelta

    from benchmarks.engine import BASE

    def t(days: float, hours: float = 0) -> str:
        return (BASE + timedelta(days=days, hours=hours)).strftime("%Y-%m-%d %H:%M:%S")

    insert_orders(
        conn,
        [
            {
                "platform": "kuaishou",
                "order_id": "2299000000000000001",
                "paid_at": t(-80),
                "promised_ship_at": t(9),
                "shop": "预售店",
            },
            {
                "platform": "douyin",
                "order_id": "4999000000000000001",
                "sub_order_id": "49990000000000000011",
                "paid_at": t(-80),
                "shipped_at": t(-80, 5),
                "tracking_no": "SFSHARED0001",
                "receiver_name": "甲",
                "paid_amount_fen": 9900,
            },
            {
                "platform": "douyin",
                "order_id": "4999000000000000002",
                "sub_order_id": "49990000000000000021",
                "paid_at": t(3),
                "promised_ship_at": t(4),
                "shipped_at": t(3, 2),
                "tracking_no": "SFSHARED0001",
                "receiver_name": "乙",
                "paid_amount_fen": 5000,
                "shop": "预售店",
            },
        ],
    )
