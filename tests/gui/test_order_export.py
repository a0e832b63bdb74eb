"""File → Export order list: the table as shown (filter, sort) as an .xlsx workbook."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app.errors import BadInput, Cancelled
from desktop_app.gui import order_export
from desktop_app.gui.order_export import export_orders
from desktop_app.store.connection import Store
from desktop_app.store.read.lines import ROW_FIELDS
from desktop_app.store.read.pages import OrderFilter, fetch_page, plan_pages

ORDER_ID = ROW_FIELDS.index("order_id")


def _table_order(store: Store, flt: OrderFilter, column: str, descending: bool) -> list[str]:
    """The order ids the table lists, in its order (its own queries, small pages)."""
    ids: list[str] = []
    for query in plan_pages(store.conn, flt, column, descending, 7):
        after: tuple[Any, ...] | None = None
        while page := fetch_page(store.conn, query, after):
            ids += [str(r[ORDER_ID]) for r in page]
            after = tuple(page[-1][-query.key_width :])
    return ids


def _sheet(path: Path) -> list[list[Any]]:
    wb = openpyxl.load_workbook(path)
    return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]


def test_every_row_in_table_order_typed(gui_app, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "订单.xlsx"
    seen: list[tuple[int, int]] = []
    n = export_orders(
        store.conn,
        OrderFilter(),
        "status",
        False,
        target,
        english=False,
        progress=lambda done, total: seen.append((done, total)),
    )
    rows = _sheet(target)
    header, body = rows[0], rows[1:]
    assert n == len(body) == 70 and seen[-1] == (70, 70)
    assert header[:5] == ["状态", "剩余/超出时间", "平台", "店铺", "订单号"]
    col = {title: i for i, title in enumerate(header)}
    assert [r[col["订单号"]] for r in body] == _table_order(store, OrderFilter(), "status", False)
    # ids stay text (19 digits, no float), money is a number, unevaluated orders come last
    assert all(isinstance(r[col["订单号"]], str) and len(r[col["订单号"]]) == 19 for r in body)
    wb = openpyxl.load_workbook(target)
    cell = wb.worksheets[0].cell(row=2, column=col["订单号"] + 1)
    assert cell.data_type == "s"
    statuses = [r[col["状态"]] for r in body]
    assert statuses[0] == "逾期" and statuses[-7:] == ["未评估"] * 7
    overdue = [r for r in body if r[col["状态"]] == "逾期"]
    money = {type(r[col["涉及金额（元）"]]) for r in overdue}
    assert money <= {int, float, str} and any(r[col["涉及金额（元）"]] == "未设置" for r in overdue)
    assert any(r[col["涉及金额（元）"]] == 3 for r in overdue)  # 300 fen
    assert all(r[col["剩余/超出时间"]].startswith("已超时") for r in overdue)
    assert all(r[col["原因"]] for r in overdue)  # the engine's reasons, made for the export
    assert any("虚假发货" in (r[col["标记"]] or "") for r in body)
    about = openpyxl.load_workbook(target).worksheets[1]
    assert [c.value for c in about["A"]][:3] == ["订单数", "筛选", "排序"]
    assert about["B1"].value == 70 and about["B2"].value == "全部订单"


def test_filter_and_sort_as_shown(gui_app, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    flt = OrderFilter(platform="douyin", statuses=frozenset({"overdue", "late"}))
    target = tmp_path / "d.xlsx"
    n = export_orders(store.conn, flt, "paid", True, target, english=False)
    body = _sheet(target)[1:]
    assert 0 < n == len(body) < 70
    assert [r[4] for r in body] == _table_order(store, flt, "paid", True)
    assert {r[2] for r in body} == {"抖店"} and {r[0] for r in body} == {"逾期", "超时"}
    assert all(r[5] for r in body)  # douyin sub-orders
    about = openpyxl.load_workbook(target).worksheets[1]
    assert "抖店" in about["B2"].value and "逾期" in about["B2"].value


def test_english(gui_app, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _app, translations = gui_app
    translations.switch("en")
    target = tmp_path / "en.xlsx"
    export_orders(
        store.conn,
        OrderFilter(statuses=frozenset({"overdue"})),
        "money",
        True,
        target,
        english=True,
    )
    rows = _sheet(target)
    assert rows[0][:3] == ["Status", "Time left / overdue", "Platform"]
    assert {r[0] for r in rows[1:]} == {"Overdue"}
    reasons = [r[11] for r in rows[1:]]
    assert all(t and not re.search("[\u4e00-\u9fff]", t) for t in reasons)  # English reasons
    money = [r[12] for r in rows[1:]]
    assert "Not set" in money and Decimal(str(money[0])) == Decimal("3")  # sorted high → low


def test_cancel_and_too_many_rows_write_nothing(
    gui_app, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "keep.xlsx"
    target.write_bytes(b"earlier file")
    with pytest.raises(Cancelled):
        export_orders(
            store.conn,
            OrderFilter(),
            "status",
            False,
            target,
            english=False,
            cancelled=lambda: True,
        )
    assert target.read_bytes() == b"earlier file"
    monkeypatch.setattr(order_export, "MAX_ROWS", 69)
    with pytest.raises(BadInput) as info:
        export_orders(store.conn, OrderFilter(), "status", False, target, english=False)
    assert "70" in info.value.render() and "筛选" in info.value.render()
    assert target.read_bytes() == b"earlier file"
    assert list(out.iterdir()) == [target]  # no temporary file left behind


def test_from_the_file_menu(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.qt import QtWidgets

    target = tmp_path / "exported"  # no suffix typed: .xlsx is added
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.act_export_orders in window.file_menu.actions()
    assert window.act_export_orders.text() == "导出订单列表（Excel）…"
    window.filters.chips["overdue"].setChecked(True)
    qtbot.waitUntil(lambda: not window.model.loading, timeout=30_000)
    window.act_export_orders.trigger()
    done = tmp_path / "exported.xlsx"
    qtbot.waitUntil(
        lambda: (
            window._last_export.finished_path == done or window._last_export.last_error is not None
        ),
        timeout=60_000,
    )
    assert window._last_export.last_error is None
    body = _sheet(done)[1:]
    assert len(body) == window.filters.counts()["overdue"] and {r[0] for r in body} == {"逾期"}
    for box in window.findChildren(QtWidgets.QMessageBox):
        box.close()
