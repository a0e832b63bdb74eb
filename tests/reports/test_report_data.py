"""Gathering the report model from the store (no Qt)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from benchmarks.verdict_store import RAW_KEYS
from desktop_app.errors import BadInput
from desktop_app.reports.data import ReportRequest, gather_appeal, gather_penalty
from desktop_app.reports.model import ReportKind
from tests.reports.report_fixtures import kuaishou_metrics

WEEK = (date(2022, 12, 12), date(2022, 12, 18))


def test_penalty_model(conn: sqlite3.Connection) -> None:
    report = gather_penalty(conn, ReportRequest("kuaishou", *WEEK), metrics=kuaishou_metrics())
    h = report.header
    assert h.kind is ReportKind.PENALTY and h.platform == "kuaishou"
    assert h.as_of == datetime(2022, 12, 20, 18, 0)
    assert h.shops == ("山野小铺",)
    assert [s.file_name for s in h.sources] == ["快手订单导出_20221220.xlsx"]
    assert len(h.sources[0].sha256) == 64
    # The on-time order is due 12-19, in the next week: periods go by deadline.
    assert report.status_counts == {"late": 1, "overdue": 1, "exempt": 1}
    # Overdue first (most urgent), then late.
    assert [o.status for o in report.late_orders] == ["overdue", "late"]
    overdue, late = report.late_orders
    assert overdue.compensation_fen is None  # not set: unknown, never 0
    assert late.compensation_fen == 500
    assert late.lateness_minutes == 30 * 60 + 17  # 12-17 10:02:11 → 12-18 16:20:00, floored
    assert overdue.lateness_minutes == (24 + 20) * 60 + 45  # 12-18 21:15 → as-of 12-20 18:00
    assert [o.order_id for o in report.exempt_orders] == ["2212140000555000111"]
    money = report.money
    assert money.known_total_fen == 500 and money.unknown_orders == 1 and money.total_fen is None
    assert report.consequences == (
        "K5|违规规则修订",
        "K5|下架全部商品",
        "K5|暂停使用购物车",
        "K5|禁言",
    )
    assert report.metrics is not None and report.metrics.high_stock_waiver is not None


def test_penalty_shop_filter_and_empty_period(conn: sqlite3.Connection) -> None:
    with pytest.raises(BadInput, match="没有已评估的订单"):
        gather_penalty(conn, ReportRequest("kuaishou", *WEEK, shop="别的店"))
    with pytest.raises(BadInput, match="没有已评估的订单"):
        gather_penalty(conn, ReportRequest("aliexpress", *WEEK))


def test_bad_arguments(conn: sqlite3.Connection) -> None:
    with pytest.raises(BadInput, match="未知平台"):
        gather_penalty(conn, ReportRequest("taobao", *WEEK))
    with pytest.raises(BadInput, match="结束日期早于开始日期"):
        gather_penalty(conn, ReportRequest("kuaishou", WEEK[1], WEEK[0]))
    with pytest.raises(BadInput, match="语言"):
        gather_penalty(conn, ReportRequest("kuaishou", *WEEK, lang="fr"))
    # the matching as-of uses the stored verdicts as they are
    same = gather_penalty(conn, ReportRequest("kuaishou", *WEEK, as_of=datetime(2022, 12, 20, 18)))
    assert same.header.warnings == ()


def test_other_as_of_is_evaluated_for_the_report_only(conn: sqlite3.Connection) -> None:
    before = conn.execute("SELECT * FROM verdicts ORDER BY order_id").fetchall()
    report = gather_penalty(
        conn, ReportRequest("kuaishou", *WEEK, as_of=datetime(2022, 12, 17, 12))
    )
    assert report.header.as_of == datetime(2022, 12, 17, 12)
    assert (
        "重新评估" in report.header.warnings[0]
        and "2022-12-20 18:00:00" in report.header.warnings[0]
    )
    # As of 12-17 12:00 the order due 12-17 10:02 and shipped 12-18 is overdue, not late yet.
    assert "2212150000123456789" in {
        o.order_id for o in report.late_orders if o.status == "overdue"
    }
    # The stored verdicts are untouched and the temporary table is gone.
    assert conn.execute("SELECT * FROM verdicts ORDER BY order_id").fetchall() == before
    assert conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []


def test_the_report_only_verdicts_are_joined_by_key(conn: sqlite3.Connection) -> None:
    """The temporary verdicts of another as-of instant are indexed by order key: the report's
    joins and its unevaluated count looked each order up by reading the whole table (17 s for
    10k orders, half an hour for 100k)."""
    from desktop_app.reports.data import verdicts_as_of
    from policies.records import Platform

    with verdicts_as_of(conn, Platform.KUAISHOU, datetime(2022, 12, 17, 12)):
        plan = [
            str(r[3])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM orders o LEFT JOIN verdicts v "
                "ON v.platform = o.platform AND v.order_id = o.order_id "
                "AND v.sub_order_id = o.sub_order_id WHERE v.order_id IS NULL"
            )
        ]
        assert any("report_verdicts_key" in step for step in plan), plan
    assert conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []


def test_nothing_evaluated_yet_evaluates_now(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM verdicts")
    report = gather_penalty(
        conn, ReportRequest("kuaishou", *WEEK, as_of=datetime(2022, 12, 20, 18), lang="en")
    )
    assert report.header.warnings_en[0].startswith("Nothing was evaluated yet")
    assert report.late_orders  # the engine's own verdicts
    assert conn.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0] == 0


def test_not_a_shipcheck_database(tmp_path: object) -> None:
    other = sqlite3.connect(":memory:")
    with pytest.raises(BadInput, match="不是 ShipCheck 数据库"):
        gather_penalty(other, ReportRequest("kuaishou", *WEEK))


def test_appeal_model(conn: sqlite3.Connection) -> None:
    report = gather_appeal(conn, ReportRequest("douyin", *WEEK))
    ids = [o.order_id for o in report.orders]
    # Two engine candidates plus one the seller marked by hand.
    assert sorted(ids) == ["4987123400001111", "4987123400002222", "4987123400003333"]
    marked = next(o for o in report.orders if o.order_id == "4987123400003333")
    assert marked.appeal_mark and not marked.appeal_candidate
    assert marked.note.startswith("快递网点")
    assert [a.file_name for a in marked.attachments] == ["网点停运通知.png"]
    # A note filed against the whole order applies to its sub-order.
    sub = next(o for o in report.orders if o.order_id == "4987123400001111")
    assert sub.sub_order_id == "4987123400001112" and sub.note == "买家所在小区封控，无法派送"
    assert {a.file_name for a in sub.attachments} == {"../../etc/passwd", "CON.txt"}
    assert [a.file_name for a in report.period_attachments] == ["封控公告\u202egnp.exe"]
    assert report.rules == ("D1",)
    # only the clauses that protect the seller: never 一、1(2)/FAQ Q1, which charge these orders
    assert report.clause_keys == ("D1|FAQ Q5", "D1|FAQ Q6")
    filing = report.filing
    assert filing.window_days == 7 and filing.estimated
    assert filing.due_date == date(2022, 12, 24)  # earliest deadline 12-17 + 7 natural days
    assert report.money.known_total_fen == 1100 and report.money.unknown_orders == 1


def test_order_lines_carry_the_raw_row_as_an_object_from_either_stored_form(
    conn: sqlite3.Connection,
) -> None:
    """The evidence shows {header: text}: rows stored as an array are paired with their sheet's
    keys, rows stored as an object (before schema v7) are passed on as they were."""
    forms = dict(conn.execute("SELECT order_id || '/' || sub_order_id, raw_json FROM orders"))
    report = gather_appeal(conn, ReportRequest("douyin", *WEEK))
    stored = {forms[f"{o.order_id}/{o.sub_order_id}"][:1] for o in report.orders}
    assert stored == {"[", "{"}  # the fixture stored both forms among these orders
    for line in report.orders:
        raw = json.loads(line.raw_json)
        assert list(raw) == RAW_KEYS
        assert (raw["订单号"], raw["商品名称"]) == (line.order_id, line.product_name)
        if forms[f"{line.order_id}/{line.sub_order_id}"].startswith("{"):
            assert line.raw_json == forms[f"{line.order_id}/{line.sub_order_id}"]


def test_appeal_filing_deadline_from_notice(conn: sqlite3.Connection) -> None:
    report = gather_appeal(conn, ReportRequest("douyin", *WEEK), notice_date=date(2022, 12, 19))
    assert report.filing.due_date == date(2022, 12, 26) and not report.filing.estimated
    assert "2022-12-26" in report.filing.text


@pytest.mark.parametrize(
    ("setting", "days", "due"),
    [
        (None, 7, date(2022, 12, 26)),  # the dated parameter (no seller setting)
        (10, 10, date(2022, 12, 29)),  # the seller's setting
        ("0", 0, date(2022, 12, 19)),  # a setting of zero days: due the notice day itself
    ],
)
def test_douyin_appeal_window_comes_from_the_parameters(
    conn: sqlite3.Connection, setting: object, days: int, due: date
) -> None:
    """The window is the parameter in force (the seller's setting first), not a number read out
    of a verdict's trace text (the fixture's traces say 7 days)."""
    from desktop_app.store.settings import set_setting

    if setting is not None:
        set_setting(conn, "douyin.d1.appeal_window_days", setting)
    report = gather_appeal(conn, ReportRequest("douyin", *WEEK), notice_date=date(2022, 12, 19))
    assert report.filing.window_days == days
    assert report.filing.due_date == due


def test_an_unset_douyin_appeal_window_is_a_clear_error(conn: sqlite3.Connection) -> None:
    from desktop_app.store.settings import set_setting

    set_setting(conn, "douyin.d1.appeal_window_days", None)
    with pytest.raises(BadInput, match="申诉期限"):
        gather_appeal(conn, ReportRequest("douyin", *WEEK), notice_date=date(2022, 12, 19))


def test_kuaishou_appeal_quotes_k1(conn: sqlite3.Connection) -> None:
    report = gather_appeal(conn, ReportRequest("kuaishou", *WEEK))
    assert [o.order_id for o in report.orders] == ["2212140000555000111"]
    assert report.clause_keys == ("K1|〖壹〗", "K1|〖肆〗")
    assert report.filing.window_days is None


def test_no_candidates(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE verdicts SET appeal_candidate = 0")
    conn.execute("UPDATE order_notes SET appeal_mark = 0")
    with pytest.raises(BadInput, match="没有可申诉"):
        gather_appeal(conn, ReportRequest("douyin", *WEEK))
