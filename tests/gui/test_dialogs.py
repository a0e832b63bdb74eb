"""Import preview, settings and dashboard widgets, the background-op helper and `shipcheck gui`."""

from __future__ import annotations

import argparse
import dataclasses
import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import AS_OF

from desktop_app.errors import BadInput, Cancelled, Problem
from desktop_app.gui import services
from desktop_app.gui.import_dialog import ImportPreviewDialog
from desktop_app.gui.tasks import BackgroundOp, OpContext, running_ops
from desktop_app.importing.model import ImportPlan, SheetPlan
from desktop_app.qt import QtWidgets
from policies.records import (
    Condition,
    DailyPoint,
    HighStockWaiver,
    IndicatorProtection,
    PenaltyRefund,
    Platform,
    PlatformMetrics,
    RateMetric,
    ScoreComponent,
)

# --- import preview -------------------------------------------------------------------------------


def _plan(path: Path) -> ImportPlan:
    return ImportPlan(
        path=path,
        file_name=path.name,
        sha256="0" * 64,
        size_bytes=123,
        file_format="xlsx",
        platform=Platform.KUAISHOU,
        kind="orders",
        shop="鲜果优选小店",
        sheets=(
            SheetPlan(
                name="订单",
                header_row=2,
                mapping={"order_id": "订单号", "paid_at": "支付时间", "tracking_no": "快递单号"},
                unmapped_headers=("自定义列",),
                data_rows=40,
            ),
        ),
        warnings=("工作表“汇总”不是订单表，未导入",),
        header_signature="abc",
    )


def test_import_preview_shows_detection_and_blocks_on_row_errors(gui_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good, bad = tmp_path / "快手订单.xlsx", tmp_path / "坏文件.xlsx"
    dialog = ImportPreviewDialog(None, [good, bad], english=False)
    qtbot.addWidget(dialog)
    requested: list[list[ImportPlan]] = []
    dialog.importRequested.connect(requested.append)
    dialog.set_preview(0, services.ImportPreview(good, _plan(good), rows_ok=40))
    problem = Problem(
        message="不是时间",
        message_en="not a time",
        file=bad.name,
        row=7,
        column="D",
        header="支付时间",
        value="昨天",
    )
    dialog.set_preview(
        1, services.ImportPreview(bad, _plan(bad), rows_ok=39, problems=[problem], problem_total=1)
    )
    dialog.files.setCurrentRow(0)
    assert dialog.platform.itemText(0) == "已识别：快手"
    assert dialog.shop.text() == "鲜果优选小店"
    assert dialog.sheets.item(0, 0).text() == "订单" and dialog.sheets.item(0, 1).text() == "2"
    assert dialog.chosen_mapping() == {
        "order_id": "订单号",
        "paid_at": "支付时间",
        "tracking_no": "快递单号",
    }
    assert "汇总" in dialog.l_warnings.text()
    dialog.files.setCurrentRow(1)
    assert dialog.problems.count() == 1
    assert (
        "第 7 行" in dialog.problems.item(0).text() and "支付时间" in dialog.problems.item(0).text()
    )
    assert dialog.tabs.tabText(2) == "错误（1）"
    # Only the file without errors can be imported.
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "导入 1 个可用文件"
    dialog.import_button.click()
    assert [p.file_name for p in requested[0]] == ["快手订单.xlsx"]


def test_import_preview_edit_mapping_of_unrecognised_column(gui_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.xlsx"
    dialog = ImportPreviewDialog(None, [path], english=False)
    qtbot.addWidget(dialog)
    dialog.set_preview(0, services.ImportPreview(path, _plan(path), rows_ok=40))
    rows = {dialog.mapping.item(r, 0).data(0x0100): r for r in range(dialog.mapping.rowCount())}
    combo = dialog.mapping.cellWidget(rows["receiver_name"], 1)
    assert isinstance(combo, QtWidgets.QComboBox)
    combo.setCurrentIndex(combo.findData("自定义列"))
    assert dialog.chosen_mapping()["receiver_name"] == "自定义列"


def test_import_preview_whole_file_error(gui_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "加密.xlsx"
    dialog = ImportPreviewDialog(None, [path], english=False)
    qtbot.addWidget(dialog)
    dialog.set_error(
        0, BadInput(Problem(message="工作簿已加密", message_en="encrypted", file=path.name))
    )
    assert "工作簿已加密" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert "无法导入" in dialog.files.item(0).text()


# --- dashboard ------------------------------------------------------------------------------------


def _metrics() -> PlatformMetrics:
    cond = Condition(
        key="paid_orders",
        label="上周支付订单数",
        label_en="Paid orders last week",
        value=Decimal(3200),
        threshold=Decimal(3000),
        comparison=">",
        met=True,
        rule="K4",
    )
    cond2 = Condition(
        key="on_time_rate",
        label="及时发货率",
        label_en="On-time rate",
        value=Decimal("0.96"),
        threshold=Decimal("0.97"),
        comparison=">=",
        met=False,
        rule="K4",
    )
    return PlatformMetrics(
        platform=Platform.KUAISHOU,
        shop="",
        period_start=date(2026, 3, 2),
        period_end=date(2026, 3, 8),
        as_of=AS_OF,
        assessable_orders=3200,
        on_time_rate=RateMetric(
            "on_time_rate",
            3072,
            3200,
            Decimal("0.96"),
            threshold=Decimal("0.8"),
            comparison=">=",
            meets=True,
            rules=("K3",),
        ),
        pickup_anomaly_rate=RateMetric("pickup_anomaly_rate", 12, 3000, Decimal("0.004")),
        money_at_stake=None,
        money_unknown_orders=5,
        high_stock_waiver=HighStockWaiver(
            week_start=date(2026, 3, 2),
            waiver_week_start=date(2026, 3, 9),
            eligible=False,
            paid_orders=3200,
            in_stock_ratio=Decimal("0.8"),
            on_time_rate=Decimal("0.96"),
            conditions=(cond, cond2),
        ),
        penalty_refund=PenaltyRefund(
            month_start=date(2026, 3, 1),
            eligible=True,
            on_time_rate=Decimal("0.97"),
            threshold=Decimal("0.95"),
            deducted_amount=Decimal("120.50"),
            refund_amount=Decimal("120.50"),
            refund_date=date(2026, 4, 30),
            penalised_orders=4,
        ),
        experience_protection=(
            IndicatorProtection(
                "pickup_timeliness",
                "揽收及时率",
                "Pickup timeliness",
                True,
                Decimal("0.90"),
                Decimal("0.95"),
                Decimal("0.95"),
                True,
            ),
        ),
        shop_score=(
            ScoreComponent(
                "on_time", "及时发货率", "On-time rate", Decimal("0.7"), Decimal("0.96"), cond2
            ),
        ),
        daily=(
            DailyPoint(date(2026, 3, 2), due=100, on_time=98, late=2),
            DailyPoint(date(2026, 3, 3), due=0, on_time=0, late=0),
            DailyPoint(date(2026, 3, 4), due=50, on_time=40, late=10),
        ),
        notes=("节假日数据缺失",),
    )


def test_dashboard_shows_douyin_escalation_warnings(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.dashboard import DashboardWidget
    from policies.metrics import alert_note
    from policies.records import LateShippingAlert

    alert = LateShippingAlert(
        scope="product",
        shop="",
        product_id="P1",
        product_name="加厚珊瑚绒睡衣",
        day=date(2026, 8, 18),
        due_orders=250,
        late_orders=130,
        late_rate=Decimal("0.52"),
        rate_threshold=Decimal("0.50"),
        count_threshold=100,
        measure="该商品可能被禁售",
        measure_en="the product may be banned",
        source="《【商家-发货超时】实施细则》",
    )
    zh, en = alert_note(alert)
    metrics = dataclasses.replace(
        _metrics(),
        platform=Platform.DOUYIN,
        late_shipping_alerts=(alert,),
        notes=(zh, "节假日数据缺失"),
        notes_en=(en, "Holiday data missing"),
    )
    widget = DashboardWidget(None)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_metrics(metrics)
    assert widget.alerts.isVisible()
    assert "加厚珊瑚绒睡衣" in widget.alerts.text() and "52.0%" in widget.alerts.text()
    assert "130" in widget.alerts.text() and "禁售" in widget.alerts.text()
    assert "加厚珊瑚绒睡衣" not in widget.notes.text()  # said once, in the warnings
    assert "节假日数据缺失" in widget.notes.text()
    widget.show_metrics(_metrics())
    assert not widget.alerts.isVisible() and widget.alerts.text() == ""


def test_dashboard_shows_every_section(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.dashboard import DashboardWidget, period_start

    widget = DashboardWidget(None)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_metrics(_metrics())
    assert widget.card_on_time.value.text() == "96.0%"
    assert "3,072 / 3,200" in widget.card_on_time.detail.text()
    assert widget.card_money.value.text() == "未设置"
    assert "5 单" in widget.card_money.detail.text()
    assert widget.k4_box.isVisible() and widget.k4_table.rowCount() == 2
    assert widget.k4_table.item(1, 3).text() == "未达标"
    assert "不符合" in widget.k4_summary.text()
    assert widget.k3_box.isVisible() and "二手来源" in widget.k3_note.text()
    assert widget.a2_values[4].text() == "¥120.50" and widget.a2_values[5].text() == "2026-04-30"
    assert widget.d2_table.item(0, 4).text().startswith("是")
    points = widget.rate_chart.points()
    assert [p.value for p in points] == [0.98, None, 0.8]
    assert [p.value for p in widget.late_chart.points()] == [2.0, 0.0, 10.0]
    assert "节假日数据缺失" in widget.notes.text()
    widget.grab()  # paints both charts without error
    assert period_start("week", datetime(2026, 3, 11, 9), -1) == date(2026, 3, 2)
    assert period_start("month", datetime(2026, 1, 11, 9), -1) == date(2025, 12, 1)


# --- settings -------------------------------------------------------------------------------------


def _param(key: str, kind: str = "parameter", override=None, default_json=12):  # type: ignore[no-untyped-def]
    return SimpleNamespace(
        key=key,
        rule="CORE",
        unit="hours",
        unit_label="小时",
        label="预警窗口",
        label_en="Warning window",
        default="12 小时",
        default_json=default_json,
        source="ShipCheck 默认",
        override=override,
        overridden=override is not None,
        kind=kind,
    )


def test_settings_dialog_collects_only_changes(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.settings_dialog import SettingsData, SettingsDialog

    dialog = SettingsDialog(None, gui_app[1])
    qtbot.addWidget(dialog)
    data = SettingsData(
        parameters=[
            _param("common.core.warning_hours"),
            _param("kuaishou.k2.amount", override="3"),
            _param("douyin.d2.industry.pickup_rate", kind="seller_value", default_json=None),
            _param("common.calendar.extra_holidays", default_json=[]),
        ],
        shop_names={"douyin": "暖冬家居旗舰店"},
    )
    dialog.show_data(data)
    assert dialog.warning.value() == 12
    assert dialog.params.rowCount() == 1 and dialog.averages.rowCount() == 1
    assert dialog.collect_overrides() == {}
    dialog.warning.setValue(6)
    dialog.params.item(0, 4).setText("")  # back to default
    dialog.averages.item(0, 4).setText("0.95")
    dialog.holidays.set_dates(["2026-10-09"])
    assert dialog.collect_overrides() == {
        "common.core.warning_hours": "6",
        "kuaishou.k2.amount": None,
        "douyin.d2.industry.pickup_rate": "0.95",
        "common.calendar.extra_holidays": "2026-10-09",
    }
    assert dialog.shop_name_values()["douyin"] == "暖冬家居旗舰店"


def test_settings_round_trip_through_store(empty_store) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.settings_dialog import load_settings_data, save_overrides

    save_overrides(empty_store, {}, {"kuaishou": " 鲜果优选小店 ", "douyin": ""})
    assert load_settings_data(empty_store).shop_names == {"kuaishou": "鲜果优选小店"}
    evaluation = pytest.importorskip("desktop_app.evaluation")
    assert evaluation is not None
    save_overrides(empty_store, {"common.core.warning_hours": "6"}, {})
    data = load_settings_data(empty_store)
    warning = next(p for p in data.parameters if p.key == "common.core.warning_hours")
    assert warning.overridden
    with pytest.raises(BadInput):
        save_overrides(empty_store, {"common.core.warning_hours": "soon"}, {})
    save_overrides(empty_store, {"common.core.warning_hours": None}, {})
    warning = next(
        p
        for p in load_settings_data(empty_store).parameters
        if p.key == "common.core.warning_hours"
    )
    assert not warning.overridden


# --- background ops -------------------------------------------------------------------------------


def test_background_op_success_failure_and_progress(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_thread = threading.get_ident()
    results: list[object] = []

    def work(ctx: OpContext) -> int:
        assert threading.get_ident() != main_thread
        ctx.progress(1, 2, "half")
        return 42

    op = BackgroundOp(None, work, results.append).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert results == [42]

    errors: list[BaseException] = []

    def boom(ctx: OpContext) -> None:
        raise ValueError("bad")

    op = BackgroundOp(None, boom, results.append).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert running_ops() == 0


def test_background_op_cancel_shows_progress_only_when_slow(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    cancelled: list[bool] = []
    started = threading.Event()

    def slow(ctx: OpContext) -> None:
        started.set()
        for i in range(400):
            ctx.check_cancelled()
            ctx.progress(i, 400)
            threading.Event().wait(0.01)
        raise AssertionError("not cancelled")

    op = BackgroundOp(None, slow, lambda _: None).on_cancelled(lambda: cancelled.append(True))
    op.with_progress("慢任务").run_in_background()
    assert op._dialog is None  # nothing shown at once
    qtbot.waitUntil(lambda: op._dialog is not None, timeout=3000)
    assert op._dialog.labelText().startswith("慢任务")
    op._dialog.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert cancelled == [True]
    assert isinstance(Cancelled(), Exception)


# --- command line ---------------------------------------------------------------------------------


def test_gui_command_registers_and_parses_as_of() -> None:
    from desktop_app.cli import gui_cmd
    from desktop_app.cli.options import parse_instant

    parser = argparse.ArgumentParser()
    gui_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["gui", "--demo", "--as-of", "2022-12-20 18:00:00"])
    assert args.demo and args.run is gui_cmd.run
    assert parse_instant(args.as_of) == datetime(2022, 12, 20, 18, 0)
    assert parse_instant("2022-12-20 18:00") == datetime(2022, 12, 20, 18, 0)
    with pytest.raises(BadInput):
        parse_instant("tomorrow")


def test_no_arguments_means_gui() -> None:
    from desktop_app.cli import main

    parser = main.build_parser()
    assert parser.parse_args(["gui"]).run.__module__ == "desktop_app.cli.gui_cmd"


def test_background_op_drops_results_for_deleted_widgets(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    got: list[object] = []
    widget = QtWidgets.QLabel()

    def work(ctx: OpContext) -> str:
        release.wait(5)
        return "late result"

    op = BackgroundOp(widget, work, lambda r: (got.append(r), widget.setText(str(r))))
    op.run_in_background()
    widget.deleteLater()
    qtbot.wait(50)  # the widget is deleted
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert got == []


def test_background_op_is_dropped_on_the_gui_thread(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A finished op dies on the GUI thread, not on the worker that ran it: PySide disconnects the
    op's slot (its parent's `destroyed`) when the op dies, which must not happen on a worker."""
    import weakref

    from desktop_app.gui.tasks import executor

    widget = QtWidgets.QLabel()
    died_on: list[int] = []
    results: list[int] = []
    op = BackgroundOp(widget, lambda ctx: 1, results.append).run_in_background()
    weakref.finalize(op, lambda: died_on.append(threading.get_ident()))
    del op
    qtbot.waitUntil(lambda: results == [1], timeout=5000)
    executor().submit(lambda: None).result(timeout=5)  # the worker has moved on to another job
    qtbot.waitUntil(lambda: bool(died_on), timeout=5000)
    assert died_on == [threading.get_ident()]


def _layout_file(tmp_path: Path) -> Path:
    """A Kuaishou export with a three-line order, a repeated id and trailing summary rows."""
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "make_corpus", root / "tests/corpus/make_corpus.py"
    )
    assert spec and spec.loader
    corpus = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_corpus", corpus)
    spec.loader.exec_module(corpus)
    path = tmp_path / "快手订单.csv"
    path.write_bytes(corpus.csv_bytes(corpus.layout_rows("kuaishou")))
    return path


class _PlainCtx(OpContext):
    """An op context for calling a service directly: never cancelled, progress dropped."""

    def __init__(self) -> None:
        pass

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


@pytest.mark.parametrize("english", [False, True])
def test_import_preview_names_item_lines_skipped_rows_and_conflicts(
    gui_app, qtbot, tmp_path, english: bool
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.connection import open_store

    path = _layout_file(tmp_path)
    with open_store(tmp_path / "shop.db", daily_backup=False) as store:
        preview = services.preview_import(store, path, _PlainCtx())
        assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    assert (preview.rows_ok, preview.problem_total, preview.skipped_total) == (6, 0, 3)
    repeats = preview.repeats
    assert (repeats.item_orders, repeats.item_lines, repeats.duplicates) == (1, 3, 0)
    assert [(c.row, c.later_row) for c in repeats.conflicts] == [(6, 7)]
    _app, translations = gui_app
    translations.switch("en" if english else "zh_CN")
    dialog = ImportPreviewDialog(None, [path], english=english)
    qtbot.addWidget(dialog)
    dialog.set_preview(0, preview)
    dialog.files.setCurrentRow(0)
    text = dialog.l_warnings.text()
    translations.switch("zh_CN")
    if english:
        assert "1 orders have several item lines (3 lines)" in text
        assert "3 rows skipped" in text and "row 8 “共6条”" in text
        assert "row 6 and row 7" in text and "is kept" in text
    else:
        assert "1 个订单有多行商品（共 3 行）" in text
        assert "跳过 3 行" in text and "第 8 行“共6条”" in text
        assert "第 6 行和第 7 行" in text and "以较后的第 7 行为准" in text
    assert dialog.import_button.isEnabled()  # reported, never blocking
