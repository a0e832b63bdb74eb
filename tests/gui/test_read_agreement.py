"""The read layer's promise: for the same order — also one with sub-orders, and one marked only on
its whole order — the table row, the detail panel, the export row, the report line and the
evidence bundle's order row agree on status, deadline, money and appeal mark."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.evidence.sheet import order_row
from desktop_app.gui.detail_data import load_order_detail
from desktop_app.gui.order_export import row_values
from desktop_app.gui.status import status_label
from desktop_app.reports.data import ReportRequest, gather_appeal, gather_penalty
from desktop_app.reports.model import OrderLine
from desktop_app.store.read.columns import EVIDENCE_COLUMNS, EXPORT_COLUMNS
from desktop_app.store.read.lines import ROW_FIELDS
from desktop_app.store.read.pages import OrderFilter, fetch_page, plan_pages
from policies.statuses import status_name
from tests.reports.report_fixtures import Order, add_import, add_note, add_orders, filled_store

WEEK = (date(2022, 12, 12), date(2022, 12, 18))
F = {name: i for i, name in enumerate(ROW_FIELDS)}
X = {name: i for i, name in enumerate(EXPORT_COLUMNS)}
E = {name: i for i, name in enumerate(EVIDENCE_COLUMNS)}
Key = tuple[str, str, str]

# Two sub-orders of one Douyin order: the seller marked the whole order (sub-order '') and wrote
# a note on one sub-order; neither is an engine candidate.
SPLIT = "4987123400009000"


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = filled_store(tmp_path)
    dy = add_import(connection, "douyin", "抖店订单_拆单.xlsx", 2)
    add_orders(
        connection,
        dy,
        [
            Order(
                "douyin",
                SPLIT,
                status,
                "2022-12-15 08:00:00",
                deadline,
                sub_order_id=sub,
                compensation_fen=fen,
                rules=("D1",),
                reasons=("D1：发货超时",),
            )
            for sub, status, deadline, fen in (
                (f"{SPLIT}1", "overdue", "2022-12-17 08:00:00", 500),
                (f"{SPLIT}2", "late", "2022-12-17 20:00:00", None),
            )
        ],
    )
    add_note(connection, "douyin", SPLIT, "整单：买家同意延迟发货", True)
    connection.execute(
        "INSERT INTO order_notes (platform, order_id, sub_order_id, appeal_mark, note, updated_at)"
        " VALUES ('douyin', ?, ?, 0, '子单：缺货', '2022-12-20 17:41:00')",
        (SPLIT, f"{SPLIT}2"),
    )
    yield connection
    connection.close()


def _table_rows(conn: sqlite3.Connection) -> dict[Key, tuple[Any, ...]]:
    rows: dict[Key, tuple[Any, ...]] = {}
    for query in plan_pages(conn, OrderFilter(platform="douyin"), "status", False, 500):
        for row in fetch_page(conn, query, None):
            rows[(row[0], row[1], row[2])] = row
    return rows


def _report_lines(conn: sqlite3.Connection) -> dict[Key, OrderLine]:
    penalty = gather_penalty(conn, ReportRequest("douyin", *WEEK))
    appeal = gather_appeal(conn, ReportRequest("douyin", *WEEK))
    lines = [*penalty.late_orders, *penalty.exempt_orders, *appeal.orders]
    return {(x.platform, x.order_id, x.sub_order_id): x for x in lines}


def test_table_detail_export_and_report_agree(gui_app: Any, conn: sqlite3.Connection) -> None:
    table = _table_rows(conn)
    report = _report_lines(conn)
    assert {(SPLIT, f"{SPLIT}1"), (SPLIT, f"{SPLIT}2")} <= {k[1:] for k in report}
    assert len(report) >= 5
    for key, line in report.items():
        row = table[key]
        detail = load_order_detail(conn, key)
        assert detail is not None and detail.verdict is not None
        cells = row_values(row, None, english=False)
        evidence = order_row(line, [])
        # status
        assert row[F["status"]] == detail.verdict.status == line.status, key
        assert cells[X["status"]] == status_label(line.status)
        assert evidence[E["status"]] == status_name(line.status, wording="report")
        # deadline
        assert row[F["deadline"]] == detail.verdict.deadline == line.deadline, key
        assert cells[X["deadline"]] == (line.deadline or "") == (evidence[E["deadline"]] or "")
        # money
        fen = line.compensation_fen
        assert row[F["compensation_fen"]] == detail.verdict.compensation_fen == fen, key
        money = Decimal(fen) / 100 if fen is not None else "未设置"
        assert cells[X["money"]] == money == evidence[E["money"]], key
        # appeal mark: the engine's candidate or the seller's mark (line or whole order)
        appeal = line.appeal_candidate or line.appeal_mark
        assert bool(row[F["appeal_candidate"]] or row[F["appeal_mark"]]) is appeal, key
        assert (detail.verdict.appeal_candidate or detail.appeal_mark) is appeal, key
        assert cells[X["appeal"]] == ("是" if appeal else "否"), key
        assert bool(row[F["appeal_mark"]]) is line.appeal_mark is detail.appeal_mark, key
        assert evidence[E["candidate"]] is line.appeal_candidate, key
        assert evidence[E["seller_mark"]] is line.appeal_mark, key
        assert detail.note == line.note, key


def test_a_mark_on_the_whole_order_marks_each_sub_order(conn: sqlite3.Connection) -> None:
    """The one meaning of a line's mark and note: its own and its whole order's (the whole
    order's note first); the detail panel still edits the line's own."""
    report = _report_lines(conn)
    first = report[("douyin", SPLIT, f"{SPLIT}1")]
    second = report[("douyin", SPLIT, f"{SPLIT}2")]
    assert first.appeal_mark and second.appeal_mark
    assert first.note == "整单：买家同意延迟发货"
    assert second.note == "整单：买家同意延迟发货\n子单：缺货"
    detail = load_order_detail(conn, ("douyin", SPLIT, f"{SPLIT}2"))
    assert detail is not None
    assert detail.appeal_mark and not detail.own_mark
    assert detail.own_note == "子单：缺货"
