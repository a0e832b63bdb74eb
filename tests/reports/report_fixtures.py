"""Test data for the report and evidence tests: the Kuaishou and Douyin sample orders with notes
and attachments, in a store filled by `benchmarks.verdict_store`, and hand-built
`policies.records.PlatformMetrics`.
"""

# ruff: noqa: E501  (test data: long Chinese reason strings kept on one line)
from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from benchmarks.verdict_store import (
    AS_OF,
    Order,
    add_import,
    add_orders,
    make_store,
    t,
)
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
