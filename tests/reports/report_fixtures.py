"""Test data for the report and evidence tests: a store filled the way import + evaluation fill it.

Rows go straight into the schema-v1 tables (imports, orders, verdicts, order_notes, attachments),
so these tests do not depend on the importer or the engine being finished. The metrics are built
by hand as `policies.records.PlatformMetrics`. The orders' raw cells alternate between the two
stored forms — the array with its sheet's keys in `import_raw_keys` (schema v7) and the older
{header: text} object — so every report and evidence test reads both.
"""

# ruff: noqa: E501  (test data: long Chinese reason strings kept on one line)
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.store.connection import open_store
from policies.records import (
    Condition,
    HighStockWaiver,
    IndicatorProtection,
    PenaltyRefund,
    Platform,
    PlatformMetrics,
    RateMetric,
    ScoreComponent,
)

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


def add_note(conn: sqlite3.Connection, platform: str, order_id: str, note: str, mark: bool) -> None:
    """An order_notes row."""
    conn.execute(
        "INSERT INTO order_notes (platform, order_id, sub_order_id, appeal_mark, note, updated_at)"
        " VALUES (?, ?, '', ?, ?, '2022-12-20 17:40:00')",
        (platform, order_id, int(mark), note),
    )


def add_attachment(
    conn: sqlite3.Connection, platform: str, order_id: str, name: str, content: bytes, desc: str
) -> None:
    """An attachments row."""
    conn.execute(
        "INSERT INTO attachments (platform, order_id, sub_order_id, file_name, sha256, size_bytes,"
        " content, description, added_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, '2022-12-20 17:45:00')",
        (
            platform,
            order_id,
            name,
            hashlib.sha256(content).hexdigest(),
            len(content),
            content,
            desc,
        ),
    )


def kuaishou_orders() -> list[Order]:
    """A week of Kuaishou orders: late, overdue (amount set and not set), exempt (K1), on time."""
    return [
        Order(
            "kuaishou",
            "2212150000123456789",
            "late",
            "2022-12-15 10:02:11",
            "2022-12-17 10:02:11",
            shipped_at="2022-12-18 16:20:00",
            compensation_fen=500,
            rules=("K2",),
            reasons=("K2：超承诺时效未发货，预计从保证金扣除赔付 5.00 元",),
        ),
        Order(
            "kuaishou",
            "2212160000987654321",
            "overdue",
            "2022-12-16 21:15:00",
            "2022-12-18 21:15:00",
            product_name="手工红糖姜茶 12 袋",
            compensation_fen=None,
            rules=("K2",),
            reasons=("K2：赔付金额未设置，金额未知",),
        ),
        Order(
            "kuaishou",
            "2212140000555000111",
            "exempt",
            "2022-12-14 08:00:00",
            "2022-12-16 08:00:00",
            rules=("K1",),
            reasons=(
                "K1：收货地址位于受影响区域 上海市浦东新区（2022-12-01 起），不计入及时发货率",
            ),
            appeal=True,
            appeal_reason="K1：受影响区域订单未能按时发货，可在后台申请考核保护（2022-06-21 公告）",
        ),
        Order(
            "kuaishou",
            "2212170000222333444",
            "on_time",
            "2022-12-17 09:00:00",
            "2022-12-19 09:00:00",
            shipped_at="2022-12-18 09:00:00",
        ),
    ]


def douyin_orders() -> list[Order]:
    """Douyin orders paid before 2022-12-19 12:00 that timed out: D1 appeal candidates."""
    trace = [
        {
            "rule": "D1",
            "clause": "seed 003 FAQ Q5",
            "text": "判罚后申诉期限",
            "text_en": "Appeal deadline",
            "parameter": "douyin.d1.appeal_window_days",
            "value": "7",
            "source": "默认值：《商家申诉管理规则》常见申诉时效 7 个自然日",
        }
    ]
    return [
        Order(
            "douyin",
            "4987123400001111",
            "overdue",
            "2022-12-16 10:00:00",
            "2022-12-18 10:00:00",
            sub_order_id="4987123400001112",
            product_name='=HYPERLINK("http://evil","点我")',
            compensation_fen=300,
            rules=("D1",),
            reasons=(
                "D1：支付时间早于 2022-12-19 12:00:00，发货超时仍会自动赔付（FAQ Q1），约 3.00 元",
            ),
            appeal=True,
            appeal_reason="D1 FAQ Q5：2022-12-19 前支付、受疫情影响无法发货的订单，可在抖店-报备中心提前报备豁免判罚",
            trace=trace,
            receiver=("湖北省", "武汉市", "洪山区"),
            receiver_name="@SUM(A1)",
        ),
        Order(
            "douyin",
            "4987123400002222",
            "late",
            "2022-12-15 09:30:00",
            "2022-12-17 09:30:00",
            shipped_at="2022-12-19 11:00:00",
            product_name="+86 有机小米 5斤",
            compensation_fen=None,
            rules=("D1",),
            reasons=("D1：发货超时，赔付金额未设置",),
            appeal=True,
            appeal_reason="D1 FAQ Q5/Q6：2022-12-19 前支付的超时订单如已判罚，可在申诉中心按《商家申诉管理规则》申诉",
            trace=trace,
            tracking_no="ZT7788990011",
        ),
        Order(
            "douyin",
            "4987123400003333",
            "late",
            "2022-12-16 14:00:00",
            "2022-12-18 14:00:00",
            shipped_at="2022-12-18 20:00:00",
            product_name="-10℃ 冷链牛肉 1kg",
            compensation_fen=800,
            rules=("D1",),
            reasons=("D1：发货超时",),
        ),
    ]


def filled_store(tmp_path: Path) -> sqlite3.Connection:
    """A store with the Kuaishou and Douyin orders, notes and attachments above."""
    conn = make_store(tmp_path / "shipcheck.db")
    ks = add_import(conn, "kuaishou", "快手订单导出_20221220.xlsx", 4)
    add_orders(conn, ks, kuaishou_orders())
    dy = add_import(conn, "douyin", "抖店订单_1220.xlsx", 3)
    add_orders(conn, dy, douyin_orders())
    add_note(conn, "douyin", "4987123400003333", "快递网点 12-17 停运，见网点通知截图", True)
    add_note(conn, "douyin", "4987123400001111", "买家所在小区封控，无法派送", False)
    add_attachment(
        conn,
        "douyin",
        "4987123400003333",
        "网点停运通知.png",
        b"\x89PNG fake image",
        "中通网点停运通知",
    )
    add_attachment(
        conn, "douyin", "4987123400001111", "../../etc/passwd", b"root:x:0:0", "恶意文件名"
    )
    add_attachment(conn, "douyin", "4987123400001111", "CON.txt", b"reserved name", "保留名")
    add_attachment(conn, "douyin", "", "封控公告\u202egnp.exe", b"bidi", "政府封控公告")
    return conn


def kuaishou_metrics() -> PlatformMetrics:
    """Hand-built Kuaishou metrics with K4 and K3."""
    return PlatformMetrics(
        platform=Platform.KUAISHOU,
        shop="山野小铺",
        period_start=date(2022, 12, 12),
        period_end=date(2022, 12, 18),
        as_of=t(AS_OF),
        assessable_orders=3,
        on_time_rate=RateMetric(
            "on_time_rate",
            1,
            3,
            Decimal("0.3333"),
            threshold=Decimal("0.97"),
            comparison=">=",
            meets=False,
            rules=("K4",),
        ),
        pickup_anomaly_rate=RateMetric("pickup_anomaly_rate", 0, 2, Decimal(0), rules=("K1",)),
        money_at_stake=None,
        money_unknown_orders=1,
        high_stock_waiver=HighStockWaiver(
            week_start=date(2022, 12, 5),
            waiver_week_start=date(2022, 12, 12),
            eligible=False,
            paid_orders=1250,
            in_stock_ratio=Decimal("0.82"),
            on_time_rate=Decimal("0.95"),
            conditions=(
                Condition(
                    "paid_orders",
                    "支付订单量",
                    "Paid orders",
                    Decimal(1250),
                    Decimal(3000),
                    ">",
                    False,
                    "K4",
                ),
                Condition(
                    "in_stock_ratio",
                    "承诺现货订单占比",
                    "Committed-in-stock ratio",
                    Decimal("0.82"),
                    Decimal("0.7"),
                    ">",
                    True,
                    "K4",
                ),
                Condition(
                    "on_time_rate",
                    "及时发货率",
                    "On-time rate",
                    Decimal("0.95"),
                    Decimal("0.97"),
                    ">=",
                    False,
                    "K4",
                ),
            ),
        ),
        shop_score=(
            ScoreComponent(
                "on_time_rate",
                "发货及时率",
                "On-time rate",
                Decimal("0.7"),
                Decimal("0.3333"),
                Condition(
                    "on_time_rate",
                    "发货及时率",
                    "On-time rate",
                    Decimal("0.3333"),
                    Decimal("0.8"),
                    ">=",
                    False,
                    "K3",
                ),
            ),
            ScoreComponent("return_rate", "退货率", "Return rate", Decimal("0.2"), None, None),
        ),
    )


def douyin_metrics() -> PlatformMetrics:
    """Hand-built Douyin metrics with D2 indicators."""
    return PlatformMetrics(
        platform=Platform.DOUYIN,
        shop="",
        period_start=date(2022, 12, 12),
        period_end=date(2022, 12, 18),
        as_of=t(AS_OF),
        assessable_orders=3,
        on_time_rate=RateMetric("on_time_rate", 0, 3, Decimal(0)),
        pickup_anomaly_rate=RateMetric("pickup_anomaly_rate", 0, 0, None, carried_over=True),
        money_at_stake=None,
        money_unknown_orders=1,
        experience_protection=(
            IndicatorProtection(
                "pickup_rate",
                "揽收及时率",
                "Pickup timeliness",
                True,
                Decimal("0.81"),
                Decimal("0.9"),
                Decimal("0.9"),
                True,
            ),
            IndicatorProtection(
                "complaint_rate",
                "投诉率",
                "Complaint rate",
                False,
                Decimal("0.01"),
                Decimal("0.02"),
                Decimal("0.01"),
                False,
            ),
        ),
    )


def aliexpress_refund() -> PenaltyRefund:
    """An A2 refund projection."""
    return PenaltyRefund(
        month_start=date(2024, 5, 1),
        eligible=True,
        on_time_rate=Decimal("0.962"),
        threshold=Decimal("0.95"),
        deducted_amount=None,
        refund_amount=None,
        refund_date=date(2024, 6, 30),
        penalised_orders=2,
    )


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
