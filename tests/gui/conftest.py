"""GUI test fixtures: a store filled by plain INSERTs (orders, verdicts) in a temp directory."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.store.connection import Store, open_store

AS_OF = datetime(2026, 3, 10, 12, 0, 0)
STATUSES = ("overdue", "late", "at_risk", "pending", "on_time", "exempt", "excluded")
PLATFORMS = ("kuaishou", "douyin", "aliexpress")


def _t(dt: datetime | None) -> str | None:
    return None if dt is None else dt.strftime("%Y-%m-%d %H:%M:%S")


def fill_store(
    conn: sqlite3.Connection,
    n: int,
    *,
    evaluated: int | None = None,
    blocks: Sequence[tuple[str, int]] = (),
) -> None:
    """Insert `n` orders (cycling platforms and statuses); the first `evaluated` get verdicts.

    `blocks` ((platform, count), …) gives the platforms instead as consecutive runs of orders —
    skewed data, e.g. a million Kuaishou orders then a few thousand AliExpress ones (whose ids then
    all sit at the far end of the order-id order); orders past the blocks cycle as usual."""
    evaluated = n if evaluated is None else evaluated
    block_of = [platform for platform, count in blocks for _ in range(count)]
    conn.execute(
        "INSERT INTO imports(id, file_name, file_path, sha256, size_bytes, file_format, platform,"
        " kind, shop, sheets_json, imported_at) VALUES (1, 'a.xlsx', '/tmp/a.xlsx', 'x', 1,"
        " 'xlsx', 'kuaishou', 'orders', '', '[]', '2026-03-10 08:00:00')"
    )
    urgency_of = {s: i for i, s in enumerate(STATUSES)}

    def rows(i: int) -> tuple[tuple[object, ...], tuple[object, ...] | None]:
        platform = block_of[i] if i < len(block_of) else PLATFORMS[i % 3]
        status = STATUSES[i % 7]
        paid = AS_OF - timedelta(hours=30 + (i % 50))
        deadline = paid + timedelta(hours=48)
        shipped = None
        if status == "late":
            shipped = deadline + timedelta(hours=5)
        elif status == "on_time":
            shipped = deadline - timedelta(hours=3)
        elif status == "overdue":
            deadline = AS_OF - timedelta(hours=5 + i % 7)
        elif status == "at_risk":
            deadline = AS_OF + timedelta(hours=3, minutes=12)
        order_id = f"{2300000000000000000 + i}"
        sub = f"{order_id}1" if platform == "douyin" else ""
        tracking = f"SF{1000000 + i}" if shipped else ""
        if i in (6, 13):  # two orders sharing a tracking number: false shipping candidates
            tracking = "SFDUP0001"
        raw = {"订单号": order_id, "商品": f"商品{i % 97}", "实付款": "12.50"}
        order = (
            platform,
            order_id,
            sub,
            "旗舰店" if i % 2 else "小店",
            "待发货" if shipped is None else "已发货",
            f"P{i % 97}",
            f"羊毛围巾 {i % 97} 号",
            1250 + i % 1000,
            _t(paid - timedelta(minutes=1)),
            _t(paid),
            _t(deadline),
            _t(shipped),
            tracking,
            f"张三{i % 13}",
            "上海",
            "上海市",
            "浦东新区",
            "测试路 1 号",
            json.dumps(raw, ensure_ascii=False),
            i + 2,
        )
        if i >= evaluated:
            return order, None
        flags = ["false_shipping"] if i in (6, 13) else []
        rules = {"kuaishou": ["K2"], "douyin": ["D1"], "aliexpress": ["A1"]}[platform]
        if status == "exempt":
            rules = ["K1"]
        trace = [
            {
                "rule": rules[0],
                "clause": "seed 000 〖叁〗",
                "text": "承诺发货时间已过仍未发货",
                "text_en": "Unshipped past the promised ship time",
                "parameter": "kuaishou.k2.compensation_rate",
                "value": "5%",
                "source": "默认值",
            }
        ]
        money = None if status == "overdue" and i % 2 else (300 if status == "overdue" else 0)
        verdict = (
            platform,
            order_id,
            sub,
            _t(AS_OF),
            status,
            _t(deadline),
            "承诺发货时间",
            json.dumps(rules),
            json.dumps(["原因 " + status], ensure_ascii=False),
            json.dumps(["reason " + status]),
            json.dumps(flags),
            money,
            1 if status == "overdue" else 0,
            json.dumps(trace, ensure_ascii=False),
            urgency_of[status] * 10_000_000 + (i % 50),
        )
        return order, verdict

    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO orders(platform, order_id, sub_order_id, shop, status_text, product_id,"
        " product_name, paid_amount_fen, created_at, paid_at, promised_ship_at, shipped_at,"
        " tracking_no, receiver_name, receiver_province, receiver_city, receiver_district,"
        " receiver_address, raw_json, import_id, source_row)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)",
        (rows(i)[0] for i in range(n)),
    )
    conn.executemany(
        "INSERT INTO verdicts(platform, order_id, sub_order_id, as_of, status, deadline,"
        " deadline_basis, rules_json, reasons_json, reasons_en_json, flags_json,"
        " compensation_fen, appeal_candidate, trace_json, urgency)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (v for v in (rows(i)[1] for i in range(evaluated)) if v is not None),
    )
    conn.execute("COMMIT")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh store with 70 orders, 63 of them evaluated."""
    s = open_store(tmp_path / "shipcheck.db")
    fill_store(s.conn, 70, evaluated=63)
    yield s
    s.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store."""
    s = open_store(tmp_path / "shipcheck.db")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _private_preferences(tmp_path: Path) -> Iterator[None]:
    """QSettings (geometry, language, last folder) go to the test's temp dir, never the user's."""
    from desktop_app.qt import QtCore

    QtCore.QSettings.setPath(
        QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(tmp_path / "prefs")
    )
    yield


@pytest.fixture
def gui_app(qapp):  # type: ignore[no-untyped-def]
    """The QApplication with ShipCheck's fonts and translations (Chinese, the default)."""
    from desktop_app.gui.app import create_application

    app, translations = create_application()
    translations.switch("zh_CN")
    yield app, translations
    translations.switch("zh_CN")


@pytest.fixture
def window(gui_app, store: Store, qtbot):  # type: ignore[no-untyped-def]
    """The main window on the 70-order store, opened and with its first page and counts loaded."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.session import Session

    store_path = store.path
    store.close()
    session = Session(store_path)
    _app, translations = gui_app
    # The verdicts here are hand-made test data: keep the engine from replacing them on open.
    win = MainWindow(session, translations, fixed_as_of=AS_OF, evaluate_on_open=False)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_database()
    qtbot.waitUntil(
        lambda: win.model is not None and not win.model.loading and bool(win.filters.counts()),
        timeout=30_000,
    )
    yield win
    win.close()
    session.close()
