"""orders.xlsx: ids as exact text, no formulas, formula-like text neutralised."""

from __future__ import annotations

import io
import sqlite3
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop_app.evidence.sheet import neutralise, orders_workbook
from desktop_app.reports.data import ReportRequest, gather_appeal


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+86 138", "'+86 138"),
        ("-10℃ 冷链", "'-10℃ 冷链"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd|' /C calc'!A0", "'\tcmd|' /C calc'!A0"),
        ("\rx", "'\rx"),
        ("a\x01b", "a\ufffdb"),
        ("\x07bell", "'\ufffdbell"),
        ("普通文本", "普通文本"),
        ("4987123400001111", "4987123400001111"),
        ("", ""),
    ],
)
def test_neutralise(raw: str, safe: str) -> None:
    assert neutralise(raw) == safe


def test_workbook_cells(conn: sqlite3.Connection) -> None:
    report = gather_appeal(conn, ReportRequest("douyin", date(2022, 12, 12), date(2022, 12, 18)))
    data = orders_workbook(report, {})
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["订单", "原始导出行", "说明"]
    ws = wb["订单"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["平台", "订单号", "子订单"]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == 3
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value:
                    assert not cell.value.startswith(("=", "+", "-", "@")), cell.value
    ids = {r[1].value: r for r in rows}
    assert set(ids) == {"4987123400001111", "4987123400002222", "4987123400003333"}
    for order_id, row in ids.items():
        assert row[1].data_type == "s" and row[1].value == order_id
    hostile = ids["4987123400001111"]
    assert hostile[2].value == "4987123400001112"
    assert hostile[5].value == '\'=HYPERLINK("http://evil","点我")'
    assert ids["4987123400002222"][5].value == "'+86 有机小米 5斤"
    amounts = {k: r[header.index("涉及金额（元）")].value for k, r in ids.items()}
    assert amounts["4987123400002222"] == "未设置"  # not set: never 0
    assert amounts["4987123400003333"] == 8
    raw = wb["原始导出行"]
    raw_header = [c.value for c in raw[1]]
    assert raw_header[:3] == ["来源文件", "来源工作表", "来源行"] and "收件人" in raw_header
    receivers = [r[raw_header.index("收件人")].value for r in raw.iter_rows(min_row=2)]
    assert "'@SUM(A1)" in receivers
