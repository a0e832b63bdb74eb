"""The order table's empty states: how to start on an empty database, and a filter matching
nothing — each with a working link."""

from __future__ import annotations

from pathlib import Path

from conftest import AS_OF

from desktop_app.gui.empty_hint import EMPTY_DATABASE, NO_MATCH
from desktop_app.store.connection import open_store


def _settle(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10_000)
    qtbot.wait(20)


def test_empty_database_says_how_to_import(gui_app, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.session import Session

    db = tmp_path / "new.db"
    open_store(db).close()
    session = Session(db)
    _app, translations = gui_app
    win = MainWindow(session, translations, fixed_as_of=AS_OF, evaluate_on_open=False)
    qtbot.addWidget(win)
    asked: list[bool] = []
    monkeypatch.setattr(win, "choose_files", lambda: asked.append(True))
    win.empty_hint.importRequested.disconnect()
    win.empty_hint.importRequested.connect(win.choose_files)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_database()
    qtbot.waitUntil(lambda: win.empty_hint.isVisible(), timeout=10_000)
    assert win.empty_hint.kind == EMPTY_DATABASE
    assert "还没有订单" in win.empty_hint.text() and "拖到这个窗口" in win.empty_hint.text()
    win.empty_hint.linkActivated.emit("import")
    assert asked == [True]
    win.switch_language("en")
    assert "No orders yet" in win.empty_hint.text()
    win.switch_language("zh_CN")
    win.close()
    session.close()


def test_no_match_offers_show_all(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not window.empty_hint.isVisible()
    window.filters.search.setText("没有这个商品")
    qtbot.waitUntil(lambda: window.model.order_filter.search == "没有这个商品", timeout=3000)
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: window.empty_hint.isVisible(), timeout=5000)
    assert window.empty_hint.kind == NO_MATCH and "没有符合" in window.empty_hint.text()
    window.filters.chips["late"].click()  # still nothing
    _settle(qtbot, window)
    window.empty_hint.linkActivated.emit("all")
    qtbot.waitUntil(lambda: window.model.order_filter.search == "", timeout=3000)
    _settle(qtbot, window)
    assert not window.model.order_filter.chips and window.model.rowCount() == 70
    qtbot.waitUntil(lambda: not window.empty_hint.isVisible(), timeout=5000)


def test_a_slow_listing_says_it_is_still_looking(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """While the first rows take longer than LISTING_SLOW_MS (a name search over a million
    orders), the empty table says it is looking — why, for a search by name — and the status
    line says it is loading; then the rows (or the no-match message) replace it."""
    import threading

    from desktop_app.gui.empty_hint import LOOKING, LOOKING_BY_TEXT

    gate = threading.Event()
    window.session.read(lambda conn: gate.wait(10), lambda _: None)  # the reader is busy
    window.filters.search.setText("没有这个商品")
    qtbot.waitUntil(lambda: window.model.order_filter.search == "没有这个商品", timeout=3000)
    assert not window.empty_hint.isVisible(), window.empty_hint.kind  # not at once: it would flash
    qtbot.waitUntil(lambda: window.empty_hint.isVisible(), timeout=5000)
    assert window.empty_hint.kind == LOOKING_BY_TEXT
    assert "正在查找" in window.empty_hint.text() and "几秒" in window.empty_hint.text()
    assert "加载中" in window.status_label.text()
    gate.set()
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: window.empty_hint.kind == NO_MATCH, timeout=5000)

    gate.clear()
    window.session.read(lambda conn: gate.wait(10), lambda _: None)
    window.filters.clear_all()
    qtbot.waitUntil(lambda: window.empty_hint.kind == LOOKING, timeout=5000)
    assert "几秒" not in window.empty_hint.text()
    gate.set()
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.empty_hint.isVisible(), timeout=5000)
    assert window.model.rowCount() == 70
