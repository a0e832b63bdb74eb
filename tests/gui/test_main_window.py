"""The main window: chips and counts, search, detail panel and its actions, clock, language."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from conftest import AS_OF

from desktop_app.gui import status as st
from desktop_app.gui.order_model import COL, STATUS_ROLE
from desktop_app.qt import QtCore, QtGui


def _settle(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10_000)
    qtbot.wait(20)


def _db(win) -> sqlite3.Connection:  # type: ignore[no-untyped-def]
    return sqlite3.connect(win.session.db_path)


def test_opens_sorted_by_urgency_with_counts(window) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    assert model.rowCount() == 70
    assert model.index(0, COL["status"]).data(STATUS_ROLE) == "overdue"
    counts = window.filters.counts()
    assert counts["overdue"] == 9 and counts[""] == 7 and counts["all"] == 70
    assert window.filters.chips["overdue"].text() == "逾期  9"
    assert window.filters.chips["false_shipping"].text() == "虚假发货嫌疑  2"
    assert "共 70 单" in window.filters.total_label.text()
    assert window.windowTitle().startswith("ShipCheck")


def test_chip_filters_rows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.filters.chips["at_risk"].click()
    _settle(qtbot, window)
    statuses = {window.model.index(r, 0).data(STATUS_ROLE) for r in range(window.model.rowCount())}
    assert statuses == {"at_risk"}
    window.filters.chips["overdue"].click()
    _settle(qtbot, window)
    assert window.model.rowCount() == 18
    window.filters.reset_chips()
    _settle(qtbot, window)
    assert window.model.rowCount() == 70


def test_search_box(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.filters.search, "SFDUP0001")
    qtbot.waitUntil(lambda: window.model.order_filter.search == "SFDUP0001", timeout=3000)
    _settle(qtbot, window)
    assert window.model.rowCount() == 2
    qtbot.waitUntil(lambda: window.filters.counts().get("all") == 2, timeout=5000)
    window.filters.search.clear()
    qtbot.waitUntil(lambda: window.model.order_filter.search == "", timeout=3000)
    _settle(qtbot, window)
    assert window.model.rowCount() == 70


def test_pasted_list_of_order_ids(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A platform's list of penalised orders, pasted (one per line): exactly those orders."""
    from desktop_app.qt import QtGui

    ids = ["2300000000000000004", "2300000000000000011", "2300000000000000005"]
    QtGui.QGuiApplication.clipboard().setText("\r\n".join(ids) + "\n")
    window.filters.search.setFocus()
    window.filters.search.paste()
    qtbot.waitUntil(lambda: bool(window.model.order_filter.search), timeout=3000)
    _settle(qtbot, window)
    shown = {window.model.index(r, COL["order_id"]).data() for r in range(window.model.rowCount())}
    assert shown == set(ids)
    qtbot.waitUntil(lambda: window.filters.counts().get("all") == 3, timeout=5000)


def test_detail_panel_shows_timeline_trace_and_raw_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.filters.chips["late"].click()
    _settle(qtbot, window)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    detail = window.detail.detail
    assert detail.verdict is not None and detail.verdict.status == "late"
    events = dict(window.detail.timeline.events())
    assert events["paid_at"] and events["shipped_at"] and events["deadline"]
    trace = window.detail.trace.text()
    assert "seed 000" in trace and "kuaishou.k2.compensation_rate" in trace and "默认值" in trace
    assert window.detail.raw.rowCount() == 3
    assert window.detail.raw.item(0, 0).text() == "订单号"
    assert window.detail.badge.text().strip() == "超时"


def test_detail_panel_reads_only_the_last_of_quickly_chosen_orders(
    window,  # type: ignore[no-untyped-def]
    qtbot,
    monkeypatch,
) -> None:
    """Arrowing down the table asks for one order after another: the reads still queued when a
    newer order is chosen are skipped, so the panel shows the last one without reading the rest."""
    import threading

    from desktop_app.gui import detail_panel

    read: list[tuple[str, str, str]] = []
    real = detail_panel.load_order_detail

    def counted(conn, key):  # type: ignore[no-untyped-def]
        read.append(key)
        return real(conn, key)

    monkeypatch.setattr(detail_panel, "load_order_detail", counted)
    model = window.model
    keys = [model.key_at(i) for i in range(5)]
    gate = threading.Event()
    window.session.read(lambda conn: gate.wait(10), lambda _: None)  # the reader is busy
    for key in keys:
        window.detail.load(key)
    gate.set()
    qtbot.waitUntil(
        lambda: window.detail.detail is not None and window.detail.detail.key == keys[-1],
        timeout=5000,
    )
    qtbot.waitUntil(lambda: not window.session.reader.busy, timeout=5000)
    assert read == [keys[-1]]


def test_detail_actions_write_notes_and_attachments(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(3)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    key = window.detail.key
    window.detail.appeal_check.setChecked(True)
    qtbot.waitUntil(lambda: window.detail.detail.appeal_mark, timeout=5000)
    window.detail.note_edit.setPlainText("买家已同意延迟发货")
    window.detail.save_note_button.click()
    qtbot.waitUntil(lambda: window.detail.detail.note == "买家已同意延迟发货", timeout=5000)
    evidence = tmp_path / "截图.png"
    evidence.write_bytes(b"\x89PNG fake screenshot")
    window.detail.attach_paths([evidence])
    qtbot.waitUntil(lambda: len(window.detail.detail.attachments) == 1, timeout=5000)
    with _db(window) as conn:
        note = conn.execute(
            "SELECT appeal_mark, note FROM order_notes WHERE platform=? AND order_id=?"
            " AND sub_order_id=?",
            key,
        ).fetchone()
        assert note == (1, "买家已同意延迟发货")
        blob = conn.execute("SELECT file_name, content FROM attachments").fetchone()
        assert blob == ("截图.png", b"\x89PNG fake screenshot")
    assert window.detail.attachments.count() == 1
    # The table shows the appeal mark after the refresh.
    qtbot.waitUntil(
        lambda: any(
            "申诉" in window.model.index(r, 0).data() for r in range(window.model.rowCount())
        ),
        timeout=5000,
    )


def test_clock_moves_countdowns_and_title_counts_turned_orders(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(STATUS_ROLE) == "at_risk"
    )
    assert model.index(row, COL["countdown"]).data() == "还剩 3小时12分"
    model.set_as_of(AS_OF + timedelta(hours=4))
    assert model.index(row, COL["countdown"]).data() == "已超时 48分"
    window.note_turned(3, 2)
    assert window.windowTitle().startswith("（新增临期 3，新增逾期 2）")
    window.mark_seen()
    assert not window.windowTitle().startswith("（")
    # Following the clock: the as-of editor shows now and the tick timer runs.
    window.filters.asof_now.setChecked(True)
    assert window.follows_clock
    assert window.controller.clock_running
    window.controller.tick()
    assert abs((window.model.as_of - window.as_of()).total_seconds()) < 5


def test_language_switch_at_runtime(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.switch_language("en")
    try:
        qtbot.waitUntil(lambda: window.detail.raw_box.title() == "Row as exported", timeout=3000)
        assert window.filters.chips["overdue"].text() == "Overdue  9"
        assert window.model.headerData(0, QtCore.Qt.Orientation.Horizontal) == "Status"
        assert window.tabs.tabText(1) == "Dashboard"
        assert window.act_import.text() == "Import orders…"
        assert st.status_label("at_risk") == "At risk"
    finally:
        window.switch_language("zh_CN")
    qtbot.waitUntil(lambda: window.detail.raw_box.title() == "导出原始行", timeout=3000)
    assert window.filters.chips["overdue"].text() == "逾期  9"
    assert window.model.headerData(0, QtCore.Qt.Orientation.Horizontal) == "状态"
    assert window.tabs.tabText(1) == "指标看板"
    from desktop_app.gui.app import preferences

    assert preferences().value("language") == "zh_CN"


def test_drop_accepts_exports_only(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "orders.xlsx"
    good.write_bytes(b"x")
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"x")
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(good)), QtCore.QUrl.fromLocalFile(str(bad))])
    assert window._dropped_paths(mime) == [good]
    assert window.acceptDrops()


def test_shortcuts(window) -> None:  # type: ignore[no-untyped-def]
    assert window.act_import.shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Open)
    assert window.act_print.shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Print)
    assert window.act_search.shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find)


def test_geometry_remembered(window, gui_app) -> None:  # type: ignore[no-untyped-def]
    window.resize(1234, 777)
    window.close()
    from desktop_app.gui.app import preferences

    assert preferences().value("main/geometry") is not None


def test_as_of_changes_are_debounced(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    emitted: list[object] = []
    window.filters.asOfChanged.connect(emitted.append)
    edit = window.filters.asof_edit
    assert edit.isEnabled()  # fixed as-of in this fixture
    for hours in (1, 2, 3):
        edit.setDateTime(edit.dateTime().addSecs(3600 * hours))
    assert emitted == []
    qtbot.waitUntil(lambda: len(emitted) == 1, timeout=3000)
    assert emitted[0] == AS_OF + timedelta(hours=6)


def test_window_icon_has_every_size_and_desktop_file_name(gui_app) -> None:  # type: ignore[no-untyped-def]
    """The icon carries each resources/icons/app-N.png; the desktop file name is set."""
    from desktop_app.gui.app import app_icon
    from desktop_app.qt import QtGui
    from desktop_app.resources import resource_path

    sizes = sorted(
        int(p.stem.split("-")[1])
        for p in resource_path("icons").glob("app-*.png")
        if p.stem.split("-")[1].isdigit()
    )
    assert sizes, "no app-N.png icons"
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sizes
    app, _ = gui_app
    assert sorted(s.width() for s in app.windowIcon().availableSizes()) == sizes
    assert QtGui.QGuiApplication.desktopFileName() == "shipcheck"


def test_starting_in_english_gives_english_engine_labels(gui_app, store, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A seller whose saved language is English gets English engine labels from the start (not
    only after switching)."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.session import Session

    _app, translations = gui_app
    translations.switch("en")
    path = store.path
    store.close()
    session = Session(path)
    win = MainWindow(session, translations, fixed_as_of=AS_OF, evaluate_on_open=False)
    qtbot.addWidget(win)
    try:
        assert win.dashboard._english and win.detail._english
    finally:
        win.close()
        session.close()


def test_dashboard_computes_only_when_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Metrics read every order of a platform (≈30 s and 1 GB at a million): a refresh of the
    views after an evaluation or import leaves them for when the dashboard tab is shown."""
    dashboard = window.dashboard
    assert window.tabs.currentIndex() == 0
    before = dashboard._generation
    window._refresh_views(keep_detail=True)
    _settle(qtbot, window)
    assert dashboard._generation == before  # hidden: nothing computed
    window.tabs.setCurrentIndex(1)
    assert dashboard._generation == before + 1
    qtbot.waitUntil(lambda: dashboard.metrics is not None, timeout=10_000)
    window._refresh_views(keep_detail=True)  # showing: computed again
    assert dashboard._generation == before + 2
    window.tabs.setCurrentIndex(0)
