"""The GUI over the real import pipeline, store and engine: demo, import flow, cancel, evaluate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("desktop_app.importing.pipeline")
pytest.importorskip("desktop_app.evaluation")
pytest.importorskip("desktop_app.store.importer")

from desktop_app.errors import Cancelled
from desktop_app.gui import services
from desktop_app.gui.order_query import OrderFilter, status_counts
from desktop_app.gui.session import Session, run_sync
from desktop_app.gui.tasks import OpContext
from desktop_app.resources import resource_path

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
            lambda store: services.run_import(store, preview.plan, services.china_now(), _Ctx(0)),
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
