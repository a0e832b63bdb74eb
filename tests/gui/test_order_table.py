"""The order table's day-to-day actions: ticks and multi-select, the context menu, bulk marking
and export of the chosen orders, and the column chooser remembered by name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl

from desktop_app.gui.order_model import COL, KEY_ROLE, ROW_ROLE
from desktop_app.gui.order_table import chosen_keys, restore_layout, save_layout
from desktop_app.qt import QtCore, QtWidgets

CHECK = QtCore.Qt.ItemDataRole.CheckStateRole


def _settle(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10_000)
    qtbot.wait(20)


def _tick(model, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    for r in rows:
        assert model.setData(model.index(r, COL["status"]), QtCore.Qt.CheckState.Checked, CHECK)


def _marks(win) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(win.session.db_path)
    try:
        rows = conn.execute(
            "SELECT platform, order_id, sub_order_id FROM order_notes WHERE appeal_mark = 1"
        )
        return {tuple(r) for r in rows}
    finally:
        conn.close()


def test_ticks_then_selection_choose_the_orders(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, table = window.model, window.table
    keys = [model.index(r, 0).data(KEY_ROLE) for r in (0, 2, 5)]
    table.selectRow(1)
    assert chosen_keys(table, model) == [model.index(1, 0).data(KEY_ROLE)]
    _tick(model, [0, 2, 5])
    assert chosen_keys(table, model) == keys  # ticks win over the selection
    assert model.index(2, COL["status"]).data(CHECK) == QtCore.Qt.CheckState.Checked
    assert "已勾选 3" in window.status_label.text() or "3 ticked" in window.status_label.text()
    model.clear_checked()
    table.clearSelection()
    table.selectionModel().select(
        model.index(3, 0),
        QtCore.QItemSelectionModel.SelectionFlag.Select
        | QtCore.QItemSelectionModel.SelectionFlag.Rows,
    )
    table.selectionModel().select(
        model.index(4, 0),
        QtCore.QItemSelectionModel.SelectionFlag.Select
        | QtCore.QItemSelectionModel.SelectionFlag.Rows,
    )
    assert len(chosen_keys(table, model)) == 2  # Ctrl/Shift: several rows at once


def test_bulk_mark_copy_and_unmark(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, actions = window.model, window.table_actions
    _tick(model, [0, 1, 2])
    keys = set(model.checked_keys())
    menu = actions.build_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert any("申诉" in t or "appeal" in t for t in texts), texts
    actions.copy_order_ids()
    copied = QtWidgets.QApplication.clipboard().text().splitlines()
    assert {line.split("/")[0] for line in copied} == {k[1] for k in keys}
    actions.set_marks(True)
    qtbot.waitUntil(
        lambda: keys <= _marks(window) or actions.last_error is not None, timeout=30_000
    )
    assert actions.last_error is None

    def shown_marked() -> set[tuple[str, str, str]]:
        return {
            model.index(r, 0).data(KEY_ROLE)
            for r in range(model.rowCount())
            if model.index(r, 0).data(ROW_ROLE)["appeal_mark"]
        }

    # The table reloads its rows after the write: wait for it, not a fixed pause.
    qtbot.waitUntil(lambda: keys <= shown_marked(), timeout=30_000)
    actions.set_marks(False)
    qtbot.waitUntil(lambda: not (keys & _marks(window)), timeout=30_000)


def test_export_chosen_orders(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    _tick(model, [4, 1])
    target = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_chosen(model.checked_keys())
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    ids = [r[rows[0].index("订单号")] for r in rows[1:]]
    assert ids == [model.index(4, 0).data(KEY_ROLE)[1], model.index(1, 0).data(KEY_ROLE)[1]]


def test_columns_shown_hidden_and_remembered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    assert header.isSectionHidden(COL["tracking_no"])  # optional columns start hidden
    menu = window.table_actions.columns_menu()
    by_title = {a.text(): a for a in menu.actions()}
    assert not by_title["订单号"].isEnabled()  # the order id always shows
    by_title["运单号"].setChecked(True)
    assert not header.isSectionHidden(COL["tracking_no"])
    header.moveSection(header.visualIndex(COL["shop"]), 2)
    save_layout(window.table)
    header.setSectionHidden(COL["tracking_no"], True)
    header.moveSection(2, header.count() - 1)
    restore_layout(window.table)
    assert not header.isSectionHidden(COL["tracking_no"])
    assert header.logicalIndex(2) == COL["shop"]
    header.moveSection(header.visualIndex(COL["order_id"]), 5)  # the frozen pair stays first
    assert [header.logicalIndex(0), header.logicalIndex(1)] == [COL["status"], COL["order_id"]]


def test_order_id_stays_in_view_when_scrolled_sideways(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(700, 600)
    for name in ("shop", "tracking_no", "receiver", "picked_up", "promised"):
        window.table.horizontalHeader().setSectionHidden(COL[name], False)
    qtbot.wait(50)
    frozen = window.frozen
    assert not frozen.view.isVisible()  # nothing to keep in view yet
    bar = window.table.horizontalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: frozen.view.isVisible(), timeout=5_000)
    shown = [
        c for c in range(frozen.view.model().columnCount()) if not frozen.view.isColumnHidden(c)
    ]
    assert shown == [COL["status"], COL["order_id"]]
    assert frozen.view.selectionModel() is window.table.selectionModel()
    window.table.selectRow(3)
    assert frozen.view.selectionModel().isRowSelected(3)
    bar.setValue(0)
    assert not frozen.view.isVisible()


def test_the_total_says_what_the_table_shows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Under chips and a search the total is the number of rows the table lists, counted once
    even for an order both a status chip and the false-shipping chip match."""
    for chips in (("overdue",), ("overdue", "false_shipping"), ("late", "at_risk")):
        for key in chips:
            window.filters.chips[key].click()
        _settle(qtbot, window)
        model = window.model
        while model.canFetchMore(QtCore.QModelIndex()):
            model.fetchMore(QtCore.QModelIndex())
            _settle(qtbot, window)
        qtbot.waitUntil(lambda: "shown" in window.filters.counts(), timeout=10_000)
        shown = window.filters.counts()["shown"]
        assert shown == model.rowCount(), chips
        assert f"{shown:,}" in window.filters.total_label.text()
        for key in chips:
            window.filters.chips[key].click()
        _settle(qtbot, window)


def test_the_detail_empties_when_its_order_leaves_the_table(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(ROW_ROLE)["status"] == "overdue"
    )
    window.table.selectRow(row)
    key = model.index(row, 0).data(KEY_ROLE)
    qtbot.waitUntil(lambda: window.detail.key == key, timeout=10_000)
    window.filters.chips["overdue"].click()  # still listed: the detail stays
    _settle(qtbot, window)
    qtbot.wait(300)
    assert window.detail.key == key
    window.filters.chips["overdue"].click()
    window.filters.chips["on_time"].click()  # no longer listed: the detail empties
    qtbot.waitUntil(lambda: window.detail.key is None, timeout=10_000)
