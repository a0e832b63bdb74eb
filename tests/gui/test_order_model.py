"""The order table model: paging, sorting and filtering in SQL, display texts, model consistency."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import AS_OF, fill_store

from desktop_app.gui.order_model import COL, KEY_ROLE, STATUS_ROLE, OrderTableModel
from desktop_app.gui.reader import DbReader
from desktop_app.qt import Qt, QtCore, QtTest
from desktop_app.store.connection import Store
from desktop_app.store.read.pages import OrderFilter, status_counts


@pytest.fixture(autouse=True)
def _english(gui_app):  # type: ignore[no-untyped-def]
    """These tests check the English texts (the zh_CN ones are checked in test_main_window)."""
    gui_app[1].switch("en")


@pytest.fixture
def reader(store: Store, qtbot):  # type: ignore[no-untyped-def]
    r = DbReader(store.path)
    yield r
    r.close()


def _loaded(qtbot, model: OrderTableModel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)


def _fetch_all(qtbot, model: OrderTableModel) -> None:  # type: ignore[no-untyped-def]
    _loaded(qtbot, model)
    while model.canFetchMore(QtCore.QModelIndex()):
        model.fetchMore(QtCore.QModelIndex())
        _loaded(qtbot, model)


def test_model_tester_through_paging_sorting_filtering(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF, page_size=16)
    tester = QtTest.QAbstractItemModelTester(
        model, QtTest.QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    _fetch_all(qtbot, model)
    assert model.rowCount() == 70
    model.sort(COL["paid"], Qt.SortOrder.DescendingOrder)
    _fetch_all(qtbot, model)
    assert model.rowCount() == 70
    model.set_filter(OrderFilter(statuses=frozenset({"overdue", "late"})))
    _fetch_all(qtbot, model)
    assert model.rowCount() == 18
    del tester


def test_first_page_only_until_scrolled(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF, page_size=20)
    _loaded(qtbot, model)
    assert model.rowCount() == 20
    assert model.canFetchMore(QtCore.QModelIndex())
    model.fetchMore(QtCore.QModelIndex())
    _loaded(qtbot, model)
    assert model.rowCount() == 40


def test_default_sort_is_urgency_then_unevaluated_last(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF, page_size=25)
    _fetch_all(qtbot, model)
    statuses = [model.index(r, 0).data(STATUS_ROLE) for r in range(model.rowCount())]
    assert statuses[0] == "overdue"
    assert statuses[-7:] == [""] * 7  # 7 orders have no verdict yet: served last
    order = ["overdue", "late", "at_risk", "pending", "on_time", "exempt", "excluded", ""]
    ranks = [order.index(s) for s in statuses]
    assert ranks == sorted(ranks)


def test_keys_unique_and_complete_in_every_sort(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF, page_size=9)
    for col in ("status", "platform", "order_id", "product", "paid", "deadline", "money"):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(COL[col], order)
            _fetch_all(qtbot, model)
            keys = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
            assert len(keys) == 70 and len(set(keys)) == 70, (col, order)


def test_paid_sort_is_sql_ordered(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF, page_size=10)
    model.sort(COL["paid"], Qt.SortOrder.AscendingOrder)
    _fetch_all(qtbot, model)
    paid = [model.index(r, COL["paid"]).data() for r in range(model.rowCount())]
    assert paid == sorted(paid)


def test_filters_platform_search_and_false_shipping(qtbot, reader, store: Store) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF)
    model.set_filter(OrderFilter(platform="douyin"))
    _fetch_all(qtbot, model)
    assert model.rowCount() == 23
    assert {model.index(r, 0).data(KEY_ROLE)[0] for r in range(model.rowCount())} == {"douyin"}
    model.set_filter(OrderFilter(search="2300000000000000042"))
    _fetch_all(qtbot, model)
    assert model.rowCount() == 1
    model.set_filter(OrderFilter(search="SFDUP0001"))
    _fetch_all(qtbot, model)
    assert model.rowCount() == 2
    model.set_filter(OrderFilter(search="张三12"))
    _fetch_all(qtbot, model)
    assert model.rowCount() == 5  # i % 13 == 12 for i < 70
    model.set_filter(OrderFilter(false_shipping=True))
    _fetch_all(qtbot, model)
    assert model.rowCount() == 2
    model.set_filter(OrderFilter(search="100%_\\"))  # LIKE wildcards are literal
    _fetch_all(qtbot, model)
    assert model.rowCount() == 0


def test_status_counts(store: Store) -> None:
    counts = status_counts(store.conn, OrderFilter())
    assert counts["all"] == 70
    assert counts[""] == 7
    assert counts["overdue"] == 9
    assert counts["false_shipping"] == 2
    counts = status_counts(store.conn, OrderFilter(platform="kuaishou", search="张三"))
    assert counts["all"] == 24


def test_display_texts(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF)
    _fetch_all(qtbot, model)
    rows = {model.index(r, 0).data(STATUS_ROLE): r for r in range(model.rowCount())}
    at_risk = rows["at_risk"]
    assert model.index(at_risk, COL["countdown"]).data() == "3 h 12 min left"
    assert model.index(at_risk, COL["status"]).data() == "At risk"
    overdue = model.index(rows["overdue"], COL["countdown"]).data()
    assert overdue.startswith("overdue by ")
    assert model.index(rows["late"], COL["countdown"]).data() == "shipped 5 h late"
    assert model.index(rows["on_time"], COL["countdown"]).data() == ""
    money = {model.index(r, COL["money"]).data() for r in range(model.rowCount())}
    assert {"Not set", "¥3.00", "—"} <= money
    assert model.index(0, COL["status"]).data(Qt.ItemDataRole.DecorationRole) is not None
    # The countdown moves with the as-of time, without a database read.
    model.set_as_of(AS_OF + timedelta(hours=3))
    assert model.index(at_risk, COL["countdown"]).data() == "12 min left"
    model.set_as_of(AS_OF + timedelta(hours=4))
    assert model.index(at_risk, COL["countdown"]).data() == "overdue by 48 min"


def test_unsortable_column_keeps_order(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF)
    _loaded(qtbot, model)
    model.sort(COL["rules"], Qt.SortOrder.AscendingOrder)
    assert model.sort_state == ("status", False)


def test_indexes_are_used(empty_store: Store) -> None:
    """Every sort × direction × filter the window offers finds its first page's keys in index
    order (no temporary B-tree); an id search goes through the id indexes (no full scan)."""
    import itertools

    from desktop_app.store.read.columns import SORT_KEYS
    from desktop_app.store.read.pages import page_queries

    store = empty_store
    fill_store(store.conn, 3000)  # enough rows for the planner to prefer indexes
    filters = [
        OrderFilter(),
        OrderFilter(platform="douyin"),
        OrderFilter(platform="douyin", shop="小店"),
        OrderFilter(statuses=frozenset({"overdue"})),
        OrderFilter(statuses=frozenset({"overdue", "late"})),
        OrderFilter(platform="kuaishou", statuses=frozenset({"at_risk"})),
    ]
    for flt, col, desc in itertools.product(filters, SORT_KEYS, (False, True)):
        for query in page_queries(flt, col, desc, 200):
            plan = " ".join(
                str(r)
                for r in store.conn.execute("EXPLAIN QUERY PLAN " + query.key_sql, query.params)
            )
            assert "TEMP B-TREE" not in plan, (flt, col, desc, plan)
    for query in page_queries(OrderFilter(search="2300000000000000042"), "status", False, 200):
        plan = " ".join(
            str(r) for r in store.conn.execute("EXPLAIN QUERY PLAN " + query.key_sql, query.params)
        )
        assert "SCAN o" not in plan and "SCAN v" not in plan, plan


def test_id_search_matches_from_the_start(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    """An order id or tracking number is matched from its start (index lookup), any text else
    as a substring."""
    from desktop_app.store.read.pages import id_like

    assert id_like("2300000000000000042") and id_like("SF1000005") and not id_like("张三12")
    model = OrderTableModel(reader, AS_OF)
    model.set_filter(OrderFilter(search="230000000000000004"))  # a prefix: orders 40…49
    _fetch_all(qtbot, model)
    assert model.rowCount() == 10
    model.set_filter(OrderFilter(search="SF1000008"))  # order 8's tracking number
    _fetch_all(qtbot, model)
    assert [model.index(r, 0).data(KEY_ROLE)[1] for r in range(model.rowCount())] == [
        "2300000000000000008"
    ]


@pytest.mark.slow
def test_large_db_stays_responsive(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """200k orders: construction, scrolling and sorting only queue reads — the GUI thread never
    waits for a query (the answers arrive later, through the event loop)."""
    from desktop_app.store.connection import open_store

    s = open_store(tmp_path / "big.db")
    fill_store(s.conn, 200_000)
    s.close()
    r = DbReader(tmp_path / "big.db")
    try:
        model = OrderTableModel(r, AS_OF)
        assert model.loading and model.rowCount() == 0  # the constructor only queued the read
        _loaded(qtbot, model)
        assert model.rowCount() == 200
        for page in range(20):  # scroll 4,000 rows deep
            model.fetchMore(QtCore.QModelIndex())
            assert model.loading and model.rowCount() == 200 * (page + 1)  # queued, not run
            _loaded(qtbot, model)
        assert model.rowCount() == 4200
        model.sort(COL["paid"], Qt.SortOrder.DescendingOrder)
        assert model.loading
        _loaded(qtbot, model)
        assert model.rowCount() == 200
    finally:
        r.close()


def test_refresh_in_place_keeps_rows_and_order(qtbot, reader, store: Store) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(reader, AS_OF, page_size=20)
    _loaded(qtbot, model)
    keys = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    target = next(k for r, k in enumerate(keys) if model.index(r, 0).data(STATUS_ROLE) == "at_risk")
    store.conn.execute(
        "UPDATE verdicts SET status = 'overdue' WHERE platform = ? AND order_id = ?"
        " AND sub_order_id = ?",
        target,
    )
    changed: list[int] = []
    model.dataChanged.connect(lambda *_: changed.append(1))
    model.refresh_in_place()
    qtbot.waitUntil(lambda: bool(changed), timeout=5000)
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())] == keys
    row = keys.index(target)
    assert model.index(row, 0).data(STATUS_ROLE) == "overdue"


@pytest.mark.parametrize(
    ("column", "order", "flt"),
    [
        ("status", Qt.SortOrder.AscendingOrder, OrderFilter()),
        ("status", Qt.SortOrder.DescendingOrder, OrderFilter()),
        ("paid", Qt.SortOrder.DescendingOrder, OrderFilter(platform="douyin")),
        ("deadline", Qt.SortOrder.AscendingOrder, OrderFilter(statuses=frozenset({"overdue"}))),
        ("money", Qt.SortOrder.AscendingOrder, OrderFilter()),
    ],
)
def test_jump_to_end_then_scroll_up_reads_the_same_listing(
    qtbot, reader, column: str, order: Qt.SortOrder, flt: OrderFilter
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+End reads the last page directly; scrolling up fills in the rows above, in order."""
    model = OrderTableModel(reader, AS_OF, page_size=8)
    model.set_filter(flt)
    model.sort(COL[column], order)
    _fetch_all(qtbot, model)
    listing = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    assert len(set(listing)) == len(listing) > 8
    model.refresh()  # start over from the first page
    _loaded(qtbot, model)
    # (The tester pulls every page through fetchMore, so it joins only now: it then checks the
    # rows inserted at the top.)
    tester = QtTest.QAbstractItemModelTester(
        model, QtTest.QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    model.jump_to_end()
    _loaded(qtbot, model)
    assert not model.head_complete and model.exhausted
    tail = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    assert tail == listing[-len(tail) :] and len(tail) <= 16
    while not model.head_complete:
        model.fetch_before()
        _loaded(qtbot, model)
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())] == listing
    del tester


def test_ctrl_end_in_the_window_selects_the_last_order(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+End in the table goes to the real last order (the model reads the end directly)."""
    model = window.model
    model._page_size = 10  # the 70-order store spans pages, as a large one would
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert not model.exhausted
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: not model.loading and window.table.currentIndex().isValid(), timeout=10_000
    )
    last = window.table.currentIndex().row()
    assert last == model.rowCount() - 1
    key = model.index(last, 0).data(KEY_ROLE)
    model.refresh()
    _fetch_all(qtbot, model)
    assert model.index(model.rowCount() - 1, 0).data(KEY_ROLE) == key


def test_tooltips_show_reasons_made_on_demand(qtbot, store: Store, reader) -> None:  # type: ignore[no-untyped-def]
    """Rows the evaluator stored hold no texts: each loaded row's reasons are made by the engine
    on the reader thread and shown as its tooltip, in the interface language."""
    from desktop_app.evaluation import evaluate_store
    from desktop_app.evaluation.explain import explain_orders

    evaluate_store(store, AS_OF)
    assert store.conn.execute("SELECT DISTINCT reasons_json FROM verdicts").fetchall() == [("[]",)]
    model = OrderTableModel(reader, AS_OF, page_size=16)
    model.set_english(True)
    _loaded(qtbot, model)
    keys = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    expected = explain_orders(store, keys)
    tip = Qt.ItemDataRole.ToolTipRole
    qtbot.waitUntil(lambda: model.index(0, COL["status"]).data(tip) is not None, timeout=10_000)
    for r, key in enumerate(keys):
        assert model.index(r, COL["status"]).data(tip) == "\n".join(
            expected[key].verdict.reasons_en
        )
    model.set_english(False)
    assert model.index(0, COL["status"]).data(tip) == "\n".join(expected[keys[0]].verdict.reasons)
    assert "时限" in model.index(0, COL["status"]).data(tip)
