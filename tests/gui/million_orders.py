"""Check the order table on a very large database (not a test: run by hand, not in CI).

    python tests/gui/million_orders.py [--orders 1000000] [--blocks kuaishou=1000000,douyin=50000,
        aliexpress=2000] [--db PATH] [--no-plans]

Builds the database with `conftest.fill_store` (executemany over a generator; every order gets a
verdict, stored as the evaluator stores it: the decision without texts) unless `--db` names an
existing one — `--blocks` makes skewed data, one platform huge and another tiny, each platform's
orders in one run (so a small platform's rows all sit at one end of the order-id order) — then,
with the real model and reader off screen:

- prints ``EXPLAIN QUERY PLAN`` for the first page of every sort column × direction × filter the
  window offers, marking any plan that sorts in a temporary B-tree (no index serves the order),
  and the plan of its fallback (found through the filter's own index and sorted: taken for a
  page the sort's order does not fill in time);
- times every filter × sort column × direction: the page's planning (the counts deciding how to
  find its rows), the first page, the next one, and Ctrl+End (the first page the other way round)
  — the best of three, the worst combination per filter printed last;
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
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STATUSES = ("overdue", "late", "at_risk", "pending", "on_time", "exempt", "excluded")
FILTERS: dict[str, dict[str, Any]] = {
    "none": dict(),
    "platform": dict(platform="douyin"),
    "platform kuaishou": dict(platform="kuaishou"),
    "platform aliexpress": dict(platform="aliexpress"),
    "shop": dict(shop="小店"),
    "platform+shop": dict(platform="douyin", shop="旗舰店"),
    **{f"chip {s}": dict(statuses=frozenset({s})) for s in STATUSES},
    "2 chips": dict(statuses=frozenset({"overdue", "late"})),
    "platform+chip": dict(platform="kuaishou", statuses=frozenset({"at_risk"})),
    "douyin+chip": dict(platform="douyin", statuses=frozenset({"overdue"})),
    "aliexpress+chip": dict(platform="aliexpress", statuses=frozenset({"pending"})),
    "aliexpress+2 chips": dict(platform="aliexpress", statuses=frozenset({"late", "on_time"})),
    "false-shipping": dict(false_shipping=True),
    "chip+false-shipping": dict(statuses=frozenset({"excluded"}), false_shipping=True),
    "overdue+false-shipping": dict(statuses=frozenset({"overdue"}), false_shipping=True),
    "search id": dict(search="2300000000000123456"),
    "search text": dict(search="围巾 7"),
    "search name": dict(search="李四"),  # a 2-character name no order has: every order checked
}


def build(path: Path, orders: int, blocks: list[tuple[str, int]]) -> None:
    """A store with `orders` orders (or the `blocks`), all evaluated, and the GUI's indexes."""
    from conftest import fill_store

    from desktop_app.store.connection import open_store

    if blocks:
        orders = sum(count for _, count in blocks)
    started = time.perf_counter()
    store = open_store(path, daily_backup=False)
    fill_store(store.conn, orders, blocks=blocks)
    # As the evaluator stores verdicts since schema v5/v6: the decision only, texts made on demand.
    store.conn.execute(
        "UPDATE verdict_rows SET deadline_basis = '', reasons_json = '[]', "
        "reasons_en_json = '[]', appeal_reason = '', trace_id = 0"
    )
    store.conn.execute("VACUUM")
    store.close()
    print(f"built {orders:,} orders in {time.perf_counter() - started:.0f} s")


def plans(path: Path) -> int:
    """Print the plan of every first-page query; return how many sort in a temp B-tree."""
    from desktop_app.store.read.columns import SORT_KEYS
    from desktop_app.store.read.pages import OrderFilter, plan_pages

    conn = sqlite3.connect(path)
    bad = 0
    for (name, kw), column, desc in itertools.product(FILTERS.items(), SORT_KEYS, (False, True)):
        for i, q in enumerate(plan_pages(conn, OrderFilter(**kw), column, desc, 200)):
            steps = [str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + q.key_sql, q.params)]
            plan = " | ".join(steps)
            temp = "TEMP B-TREE" in plan
            # An id search, or a filter counted as matching few orders, finds its orders through
            # the filter's indexes (no SCAN but of the flagged verdicts' partial index, of the
            # list of platforms or of the chips' matches, `m`), then sorts them.
            few = not any(
                step.startswith("SCAN ")
                and not step.startswith(("SCAN known", "SCAN m"))
                and not step.endswith("INDEX gui_verdicts_false_shipping")
                for step in steps
            )
            bad += temp and not few
            mark = "few  " if temp and few else "SORTS" if temp else "ok   "
            print(f"{mark} {name:20} {column:9} {'desc' if desc else 'asc '} #{i}: {plan}")
            if q.fallback is not None:
                found = conn.execute("EXPLAIN QUERY PLAN " + q.fallback.key_sql, q.fallback.params)
                plan = " | ".join(str(r[3]) for r in found)
                print(f"  fallback after {q.budget * 1000:.0f} ms: {plan}")
    conn.close()
    return bad


def matrix(path: Path) -> None:
    """Time every filter × sort × direction as the reader does it (best of three), and print the
    worst per filter."""
    from desktop_app.gui.reader import CACHE_KIB
    from desktop_app.store.read.columns import SORT_KEYS
    from desktop_app.store.read.pages import OrderFilter, fetch_page, plan_pages

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # as the reader's connection

    def best(step, *args) -> tuple[float, Any]:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(3):
            t = time.perf_counter()
            out = step(*args)
            times.append(time.perf_counter() - t)
        return min(times), out

    def first(flt: Any, column: str, desc: bool) -> tuple[list[Any], Any]:
        segments = plan_pages(conn, flt, column, desc, 200)
        return segments, fetch_page(conn, segments[0], None) if segments else []

    worst_all: list[tuple[float, str]] = []
    for name, kw in FILTERS.items():
        flt = OrderFilter(**kw)
        worst = (0.0, "")
        for column, desc in itertools.product(SORT_KEYS, (False, True)):
            plan_time, _ = best(plan_pages, conn, flt, column, desc, 200)
            page_time, (segments, page) = best(first, flt, column, desc)
            next_time = 0.0
            if segments and len(page) == 200:
                query = segments[0]
                after = tuple(page[-1][-query.key_width :])
                next_time, _ = best(fetch_page, conn, query, after)
            end_time, _ = best(first, flt, column, not desc)
            label = f"{column} {'desc' if desc else 'asc'}"
            print(
                f"time {name:20} {label:14} plan {plan_time * 1000:5.0f}  first "
                f"{page_time * 1000:5.0f}  next {next_time * 1000:5.0f}  "
                f"end {end_time * 1000:5.0f} ms"
            )
            worst = max(worst, (max(page_time, next_time, end_time), label))
        worst_all.append((worst[0], f"{name} ({worst[1]})"))
    conn.close()
    for seconds, what in worst_all:
        print(f"worst {what:44} {seconds * 1000:6.0f} ms")


def timings(path: Path) -> None:
    """Time the seller's steps through the real model and reader."""
    from conftest import AS_OF

    from desktop_app.gui.order_model import COL, OrderTableModel
    from desktop_app.gui.reader import DbReader
    from desktop_app.qt import Qt, QtCore, QtWidgets
    from desktop_app.store.read.pages import OrderFilter, status_counts

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
    parser.add_argument("--blocks", default="", help="platform=count,… (skewed data)")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--no-plans", action="store_true", help="only the timings")
    parser.add_argument("--skip", default="", help="filter names to leave out, comma-separated")
    args = parser.parse_args()
    blocks = [(p, int(n)) for p, n in (b.split("=") for b in args.blocks.split(",") if b)]
    for name in filter(None, args.skip.split(",")):
        del FILTERS[name]
    path = args.db or Path(tempfile.mkdtemp(prefix="shipcheck-1m-")) / "big.db"
    if not path.exists():
        build(path, args.orders, blocks)
    bad = 0 if args.no_plans else plans(path)
    matrix(path)
    timings(path)
    print(f"{bad} first-page queries sort without an index")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
