"""Check the order table on a very large database (not a test: run by hand, not in CI).

    python tests/gui/million_orders.py [--orders 1000000] [--db PATH] [--keep]

Builds the database with `conftest.fill_store` (executemany over a generator; every order gets a
verdict) unless `--db` names an existing one, then, with the real model and reader off screen:

- prints ``EXPLAIN QUERY PLAN`` for the first page of every sort column × direction × filter the
  window offers, marking any plan that sorts in a temporary B-tree (no index serves the order);
- times what a seller does: the first page, Ctrl+End (last page), a sort by another column, a
  status chip, a search, and the filter-chip counts. Times are wall clock on the reader thread,
  from the request to the rows being in the model; the GUI thread only queues the request.

The performance owner measures formally in benchmarks/; this is the GUI's own check.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FILTERS = {
    "none": dict(),
    "platform": dict(platform="douyin"),
    "platform+shop": dict(platform="douyin", shop="旗舰店"),
    "chip": dict(statuses=frozenset({"overdue"})),
    "2 chips": dict(statuses=frozenset({"overdue", "late"})),
    "platform+chip": dict(platform="kuaishou", statuses=frozenset({"at_risk"})),
    "false-shipping": dict(false_shipping=True),
    "search id": dict(search="2300000000000123456"),
    "search text": dict(search="围巾 7"),
}


def build(path: Path, orders: int) -> None:
    """A store with `orders` orders, all evaluated, and the GUI's indexes."""
    from conftest import fill_store

    from desktop_app.store.connection import open_store

    started = time.perf_counter()
    store = open_store(path, daily_backup=False)
    fill_store(store.conn, orders)
    store.close()
    print(f"built {orders:,} orders in {time.perf_counter() - started:.0f} s")


def plans(path: Path) -> int:
    """Print the plan of every first-page query; return how many sort in a temp B-tree."""
    from desktop_app.gui.order_query import SORT_KEYS, OrderFilter, page_queries

    conn = sqlite3.connect(path)
    bad = 0
    for (name, kw), column, desc in itertools.product(FILTERS.items(), SORT_KEYS, (False, True)):
        for i, q in enumerate(page_queries(OrderFilter(**kw), column, desc, 200)):
            rows = conn.execute("EXPLAIN QUERY PLAN " + q.first_sql, q.params)
            plan = " | ".join(r[3] for r in rows)
            temp = "TEMP B-TREE" in plan
            # An id search finds a handful of orders through the id indexes, then sorts them.
            few = name == "search id" and "SCAN" not in plan
            bad += temp and not few
            mark = "few  " if temp and few else "SORTS" if temp else "ok   "
            print(f"{mark} {name:14} {column:9} {'desc' if desc else 'asc '} #{i}: {plan}")
    conn.close()
    return bad


def timings(path: Path) -> None:
    """Time the seller's steps through the real model and reader."""
    from conftest import AS_OF

    from desktop_app.gui.order_model import COL, OrderTableModel
    from desktop_app.gui.order_query import OrderFilter, status_counts
    from desktop_app.gui.reader import DbReader
    from desktop_app.qt import Qt, QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    reader = DbReader(path)

    def settle(model: OrderTableModel) -> None:
        while model.loading:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def timed(label: str, model: OrderTableModel, step) -> None:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        step()
        queued = time.perf_counter() - t
        settle(model)
        total = time.perf_counter() - t
        print(f"{label:34} {total * 1000:8.0f} ms  (GUI thread {queued * 1000:.1f} ms)")

    started = time.perf_counter()
    model = OrderTableModel(reader, AS_OF)
    settle(model)
    print(f"{'first page (200 rows)':34} {(time.perf_counter() - started) * 1000:8.0f} ms")
    timed("Ctrl+End (last page)", model, model.jump_to_end)
    timed("scroll up one page from the end", model, model.fetch_before)
    timed(
        "sort by paid time, descending",
        model,
        lambda: model.sort(COL["paid"], Qt.SortOrder.DescendingOrder),
    )
    timed("scroll down one page", model, lambda: model.fetchMore(QtCore.QModelIndex()))
    timed("sort by money", model, lambda: model.sort(COL["money"], Qt.SortOrder.AscendingOrder))
    timed("Ctrl+End on money", model, model.jump_to_end)
    timed(
        "chip: overdue",
        model,
        lambda: model.set_filter(OrderFilter(statuses=frozenset({"overdue"}))),
    )
    timed(
        "chip + platform",
        model,
        lambda: model.set_filter(OrderFilter(platform="kuaishou", statuses=frozenset({"at_risk"}))),
    )
    timed(
        "search an order id",
        model,
        lambda: model.set_filter(OrderFilter(search="2300000000000123456")),
    )
    timed("search product text", model, lambda: model.set_filter(OrderFilter(search="围巾 7")))
    timed(
        "search that matches nothing",
        model,
        lambda: model.set_filter(OrderFilter(search="no such order")),
    )
    conn = sqlite3.connect(path)
    for name, kw in FILTERS.items():
        t = time.perf_counter()
        status_counts(conn, OrderFilter(**kw))
        print(f"{'chip counts: ' + name:34} {(time.perf_counter() - t) * 1000:8.0f} ms")
    conn.close()
    reader.close()


def main() -> int:
    """Build (or reuse) the database, print plans and timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="shipcheck-1m-")) / "big.db"
    if not path.exists():
        build(path, args.orders)
    bad = plans(path)
    timings(path)
    print(f"{bad} first-page queries sort without an index")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
