"""The GUI over the real import pipeline, store and engine: demo, import flow, cancel, evaluate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("desktop_app.importing.pipeline")
pytest.importorskip("desktop_app.evaluation")
pytest.importorskip("desktop_app.store.importer")

from desktop_app.chinatime import china_now
from desktop_app.errors import Cancelled
from desktop_app.gui import services
from desktop_app.gui.session import Session, run_sync
from desktop_app.gui.tasks import OpContext
from desktop_app.qt import QtWidgets
from desktop_app.resources import resource_path
from desktop_app.store.read.pages import OrderFilter, status_counts

DEMO_CSV = resource_path("demo", "douyin_orders.csv")


class _Ctx(OpContext):
    """An op context for calling services directly (no GUI); cancels after `cancel_after` checks."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls = 0
        self.cancel_after = cancel_after

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        self.calls += 1
        return self.cancel_after is not None and self.calls > self.cancel_after


@pytest.fixture
def session(tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    s = Session(tmp_path / "shipcheck.db")
    run_sync(s, lambda store: s.open_in_worker())
    yield s
    s.close()


def test_demo_shows_every_status(session: Session) -> None:
    spec = services.read_demo_spec()
    outcome = run_sync(session, lambda store: services.load_demo(store, spec, _Ctx()))
    assert outcome is not None and outcome.evaluated > 0
    with sqlite3.connect(session.db_path) as conn:
        counts = status_counts(conn, OrderFilter())
    for status in ("overdue", "late", "at_risk", "pending", "on_time", "exempt", "excluded"):
        assert counts.get(status, 0) > 0, status
    assert counts["false_shipping"] > 0
    assert counts[""] == 0


def test_cancelled_import_leaves_nothing(session: Session) -> None:
    ctx = _Ctx()
    preview = run_sync(session, lambda store: services.preview_import(store, DEMO_CSV, ctx))
    assert preview.rows_ok > 0 and preview.problem_total == 0
    with pytest.raises(Cancelled):
        run_sync(
            session,
            lambda store: services.run_import(store, preview.plan, china_now(), _Ctx(0)),
        )
    with sqlite3.connect(session.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0


def test_import_flow_through_the_window(gui_app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.import_dialog import ImportPreviewDialog
    from desktop_app.gui.main_window import MainWindow

    session = Session(tmp_path / "w.db")
    win = MainWindow(session, gui_app[1], fixed_as_of=services.read_demo_spec().as_of)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=20_000):
        win.open_database()
    win.import_files([DEMO_CSV])
    dialog = win.import_dialog
    assert isinstance(dialog, ImportPreviewDialog)
    qtbot.waitUntil(lambda: dialog.entries[0].preview is not None, timeout=30_000)
    assert dialog.platform.itemText(0) == "已识别：抖店"
    assert dialog.import_button.isEnabled()
    # Nothing is written by the preview.
    with sqlite3.connect(session.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0
    with qtbot.waitSignal(win.imported, timeout=60_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: win.filters.counts().get("all", 0) > 0, timeout=20_000)
    counts = win.filters.counts()
    assert counts[""] == 0  # evaluated right after the import
    assert counts["all"] == dialog_rows(session.db_path)
    qtbot.waitUntil(lambda: not win.model.loading and win.model.rowCount() > 0, timeout=10_000)
    # Re-evaluate on demand (F5) reports back.
    with qtbot.waitSignal(win.evaluated, timeout=60_000):
        win.act_evaluate.trigger()
    win.close()
    session.close()


def dialog_rows(db: Path) -> int:
    """Orders stored in `db`."""
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])


@pytest.fixture
def demo_session(session: Session) -> Session:
    """The session with the bundled demo imported and evaluated."""
    spec = services.read_demo_spec()
    run_sync(session, lambda store: services.load_demo(store, spec, _Ctx()))
    return session


def test_reports_pdf_preview_and_evidence_bundle(gui_app, qtbot, demo_session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("desktop_app.reports.render")
    pytest.importorskip("desktop_app.evidence.bundle")
    import zipfile

    from desktop_app.gui.report_actions import ReportActions
    from desktop_app.qt import QtWidgets

    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    as_of = services.read_demo_spec().as_of
    from desktop_app.gui.report_actions import period_range

    _, start, end = period_range("month", as_of.date())
    actions = ReportActions(parent, demo_session, as_of, OrderFilter())
    pdf = tmp_path / "处罚报告.pdf"
    actions.save_pdf("penalty", "douyin", "", start, end, pdf)
    qtbot.waitUntil(lambda: actions.finished_path == pdf, timeout=60_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert actions.saved_box is not None and actions.saved_box.informativeText() == ""
    # The seller marks an overdue order of the period for appeal and attaches a screenshot.
    # A second marked order has no evidence yet.
    with sqlite3.connect(demo_session.db_path) as conn:
        key, bare = conn.execute(
            "SELECT o.platform, o.order_id, o.sub_order_id FROM orders o JOIN verdicts v"
            " USING (platform, order_id, sub_order_id) WHERE o.platform = 'douyin'"
            " AND v.status = 'overdue' AND o.paid_at >= ? ORDER BY o.paid_at LIMIT 2",
            (f"{start} 00:00:00",),
        ).fetchall()
    shot = tmp_path / "物流截图.png"
    shot.write_bytes(b"\x89PNG screenshot")
    for marked in (key, bare):
        run_sync(demo_session, lambda store, k=marked: services.set_appeal_mark(store, k, True))
    run_sync(demo_session, lambda store: services.add_attachments(store, key, [shot], _Ctx()))
    bundle = tmp_path / "evidence.zip"
    actions.export_evidence("douyin", "", start, end, bundle)
    qtbot.waitUntil(
        lambda: actions.finished_path == bundle or actions.last_error is not None, timeout=60_000
    )
    assert actions.last_error is None, getattr(actions.last_error, "__traceback_text__", "")
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
    assert any(n.endswith(".pdf") for n in names) and any("manifest" in n for n in names)
    assert any("物流截图" in n for n in names), names
    # The box after saving says that one order of the appeal still has no evidence.
    box = actions.saved_box
    assert box is not None and box.icon() == QtWidgets.QMessageBox.Icon.Warning
    remark = box.informativeText()
    assert "1 笔订单尚未附加证据" in remark or "1 order in this appeal has no evidence" in remark
    actions.preview("penalty", "douyin", "", start, end)
    qtbot.waitUntil(lambda: getattr(actions, "preview_dialog", None) is not None, timeout=60_000)
    actions.preview_dialog.close()


def test_settings_dialog_areas_and_parameters(gui_app, qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop_app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session, gui_app[1])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=20_000)
    assert dialog.params.rowCount() > 20  # every engine parameter, with default and source
    assert dialog.warning.value() == 12
    dialog.add_area("上海市浦东新区", date(2022, 3, 28), date(2022, 6, 1), "静态管理")
    qtbot.waitUntil(lambda: dialog.areas.rowCount() == 1, timeout=20_000)
    assert "浦东新区" in dialog.areas.item(0, 1).text()
    dialog.add_area("不存在的地方", date(2022, 3, 28), None)  # refused, nothing stored
    qtbot.waitUntil(lambda: "无法识别" in dialog.state.text(), timeout=20_000)
    assert dialog.areas.rowCount() == 1
    for box in dialog.findChildren(QtWidgets.QMessageBox):
        box.close()
    saved: list[bool] = []
    dialog.saved.connect(lambda: saved.append(True))
    dialog.warning.setValue(6)
    dialog.save()
    qtbot.waitUntil(lambda: bool(saved), timeout=20_000)
    with sqlite3.connect(session.db_path) as conn:
        value = conn.execute(
            "SELECT value_json FROM settings WHERE key = 'common.core.warning_hours'"
        ).fetchone()
    assert value is not None and "6" in value[0]


def test_evaluation_counts_orders_that_turned(demo_session: Session) -> None:
    from datetime import timedelta

    as_of = services.read_demo_spec().as_of
    later = as_of + timedelta(hours=12)
    outcome = run_sync(demo_session, lambda store: services.evaluate(store, later, _Ctx()))
    assert outcome.as_of == later
    assert outcome.turned_overdue > 0  # the demo's at-risk orders are past due 12 h later
    again = run_sync(demo_session, lambda store: services.evaluate(store, later, _Ctx()))
    assert again.turned_overdue == 0 and again.turned_at_risk == 0


def test_pdf_and_bundle_are_made_off_the_gui_thread_in_the_ui_language(
    gui_app, qtbot, qtlog, demo_session, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Save-as-PDF and the evidence export lay out on the worker QThread, in English when the UI
    is English, without Qt's "timers from a non-Qt thread" warnings."""
    render = pytest.importorskip("desktop_app.reports.render")
    pytest.importorskip("desktop_app.evidence.bundle")
    import threading

    from desktop_app.gui.report_actions import ReportActions, period_range
    from desktop_app.qt import QtCore

    made: list[tuple[bool, str]] = []
    real_pdf_bytes = render.pdf_bytes

    def spy(report):  # type: ignore[no-untyped-def]
        made.append((threading.current_thread() is threading.main_thread(), report.header.lang))
        return real_pdf_bytes(report)

    monkeypatch.setattr(render, "pdf_bytes", spy)
    _app, translations = gui_app
    translations.switch("en")
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    as_of = services.read_demo_spec().as_of
    _, start, end = period_range("month", as_of.date())
    actions = ReportActions(parent, demo_session, as_of, OrderFilter())
    assert actions.lang == "en"
    pdf = tmp_path / "penalty.pdf"
    actions.save_pdf("penalty", "douyin", "", start, end, pdf)
    qtbot.waitUntil(
        lambda: actions.finished_path == pdf or actions.last_error is not None, timeout=60_000
    )
    assert actions.last_error is None
    with sqlite3.connect(demo_session.db_path) as conn:
        key = conn.execute(
            "SELECT o.platform, o.order_id, o.sub_order_id FROM orders o JOIN verdicts v"
            " USING (platform, order_id, sub_order_id) WHERE o.platform = 'douyin'"
            " AND v.status = 'overdue' AND o.paid_at >= ? ORDER BY o.paid_at LIMIT 1",
            (f"{start} 00:00:00",),
        ).fetchone()
    run_sync(demo_session, lambda store: services.set_appeal_mark(store, key, True))
    bundle = tmp_path / "evidence.zip"
    actions.export_evidence("douyin", "", start, end, bundle)
    qtbot.waitUntil(
        lambda: actions.finished_path == bundle or actions.last_error is not None, timeout=60_000
    )
    assert actions.last_error is None, getattr(actions.last_error, "__traceback_text__", "")
    assert made == [(False, "en"), (False, "en")]
    QtCore.QCoreApplication.processEvents()
    assert not [r for r in qtlog.records if "QBasicTimer" in r.message or "QObject" in r.message]


def test_cancelled_pdf_writes_nothing(gui_app, qtbot, demo_session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Cancel while the PDF is being made: no file, no "Saved" message."""
    pytest.importorskip("desktop_app.reports.render")
    from desktop_app.gui import tasks
    from desktop_app.gui.report_actions import ReportActions, period_range

    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    as_of = services.read_demo_spec().as_of
    _, start, end = period_range("month", as_of.date())
    actions = ReportActions(parent, demo_session, as_of, OrderFilter())
    pdf = tmp_path / "penalty.pdf"
    actions.save_pdf("penalty", "douyin", "", start, end, pdf)
    tasks.cancel_all()
    qtbot.waitUntil(lambda: tasks.running_ops() == 0, timeout=60_000)
    assert not pdf.exists() and actions.finished_path is None and actions.last_error is None


def _cjk_texts(root: QtWidgets.QWidget, skip: tuple[QtWidgets.QWidget, ...]) -> set[str]:
    """Visible UI texts under `root` containing Chinese, leaving out the seller's own data (the
    order table's cells, shop lists, the raw export row, quoted area names) and citations of the
    Chinese announcements (grey clause/source spans in the trace, and a reason's citation, whose
    clause label stays as published: 〖肆〗, 一、1(2))."""
    import re

    cjk = re.compile(r"[\u4e00-\u9fff]")
    found: set[str] = set()

    def add(text: str) -> None:
        text = re.sub(r"<span style='color:#666'>.*?</span>", "", text or "")
        # an announcement cited in English: its title, date and clause label as published
        text = re.sub(r"“[^”]*” \(\d{4}-\d{2}-\d{2}\) [^)]*", "", text)
        # names the seller entered, quoted (area '上海市'; &#x27; in the trace's HTML)
        text = re.sub(r"'[^'\n]*'", "", text.replace("&#x27;", "'"))
        if cjk.search(text) and "语言" not in text and text != "中文":
            found.add("".join(ch if "\u4e00" <= ch <= "\u9fff" else "." for ch in text)[-300:])

    for w in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not w.isVisibleTo(root) or any(s is w or s.isAncestorOf(w) for s in skip):
            continue
        if isinstance(w, QtWidgets.QAbstractItemView | QtWidgets.QComboBox):
            continue  # data cells; headers are checked below
        add(w.toolTip())
        for a in w.actions():
            add(a.text())
        if isinstance(w, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            add(w.text())
        if isinstance(w, QtWidgets.QGroupBox):
            add(w.title())
        if isinstance(w, QtWidgets.QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i))
        if isinstance(w, QtWidgets.QHeaderView) and w.model() is not None:
            for c in range(w.count()):
                add(str(w.model().headerData(c, w.orientation()) or ""))
    return found


def test_english_mode_shows_no_chinese_outside_seller_data(gui_app, qtbot, demo_session) -> None:  # type: ignore[no-untyped-def]
    """The demo in English: menus, chips, table headers and status texts, the detail panel of an
    AliExpress order (its deadline basis), the dashboard notes and the status bar are English."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.order_model import COL, STATUS_ROLE

    _app, translations = gui_app
    spec = services.read_demo_spec()
    win = MainWindow(demo_session, translations, fixed_as_of=spec.as_of, evaluate_on_open=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_database()
    qtbot.waitUntil(lambda: win.model is not None and not win.model.loading, timeout=30_000)
    win.show_message(lambda: win.tr("Demo data loaded, evaluated as of %1."), 20_000)
    win.switch_language("en")
    model = win.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(STATUS_ROLE) in ("overdue", "late")
        and "AliExpress" in str(model.index(r, COL["platform"]).data())
    )
    win.table.selectRow(row)
    qtbot.waitUntil(lambda: win.detail.detail is not None, timeout=30_000)
    for c in ("status", "countdown", "rules", "flags"):
        text = str(model.index(row, COL[c]).data() or "")
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in text), (c, text)
    data = (win.detail.raw_box, win.detail.title)  # the export's own row and product title
    assert not _cjk_texts(win, data), _cjk_texts(win, data)
    # An appeal candidate: its appeal reason comes from the engine in English too.
    with sqlite3.connect(demo_session.db_path) as conn:
        candidate = conn.execute(
            "SELECT order_id FROM verdicts WHERE appeal_candidate = 1 ORDER BY order_id LIMIT 1"
        ).fetchone()[0]
    row = next(
        r for r in range(model.rowCount()) if model.index(r, COL["order_id"]).data() == candidate
    )
    win.table.selectRow(row)
    qtbot.waitUntil(
        lambda: win.detail.detail is not None and win.detail.detail.key[1] == candidate,
        timeout=30_000,
    )
    assert win.detail.detail.verdict.appeal_reason_en in win.detail.f_appeal.text()
    assert not _cjk_texts(win, data), _cjk_texts(win, data)
    assert "Demo data loaded" in win.statusBar().currentMessage()
    win.tabs.setCurrentIndex(1)
    dashboard = win.dashboard
    for platform in ("kuaishou", "douyin", "aliexpress"):
        dashboard.platform.setCurrentIndex(dashboard.platform.findData(platform))
        qtbot.waitUntil(
            lambda p=platform: (
                dashboard.metrics is not None and str(dashboard.metrics.platform) == p
            ),
            timeout=30_000,
        )
        qtbot.wait(50)
        assert not _cjk_texts(dashboard, ()), (platform, _cjk_texts(dashboard, ()))
    win.close()
