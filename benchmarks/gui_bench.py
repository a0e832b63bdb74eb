"""GUI responsiveness on a large database, offscreen, through the app's real window and model.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.gui_bench DB --as-of "2024-06-28 12:00:00"

Builds the window exactly as ``shipcheck gui`` does (`desktop_app.gui.launch.build_window`, then
``show()`` and ``open_database()``), and times, with a wall clock, from the user's action to the
moment the answer is *painted* in the table's viewport:

- ``first_page``: window shown → first page of orders painted (the database is opened on the
  worker first — and migrated, for an older one; the full integrity check and the day's backup,
  when due, follow in the background: ``maintenance_seconds`` is when they finished, measured
  after the steps below);
- ``end_key``: select the last loaded row and scroll to the bottom (what End / dragging the
  scroll bar down does) → the next page appended and painted;
- ``last_row``: the last row of the whole million, reached the only way a paged view can: by
  reversing the sort (click on the status header) → first page painted;
- ``sort``: click on the 支付时间 (paid) header → first page of the new order painted;
- ``filter``: the 逾期 (overdue) chip → first page of matching rows painted;
- ``search``: an order-id search, timed from the filter being applied (after the typing
  debounce) → first page painted;
- ``search_name``: a search for a 2-character receiver name (``--name``, 张三 by default: on the
  benchmark's database it matches no order — the case that read every order row), timed the
  same way → the (first page of the) answer painted;
- ``chip_false_shipping``: the 逾期 chip together with the 虚假发货嫌疑 one → answer painted.

Each of the last two also records ``settled_seconds``: from the action until the reader has also
counted the chips under the new filter (the counts of a search read every order's index entry).

Each step after the first starts once the database reader has finished the previous steps'
background reads (status counts, shop list); ``settled_after_open`` is how long that took after
the window opened — a click before then queues behind that work. The steps also wait for the
re-evaluation the window starts after its first page (``evaluated_after_open``). Also the
longest stall of the GUI thread (a 5 ms heartbeat timer) during each step. Prints one JSON
object (cumulative, after every step).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    """Run the steps and print their timings as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--as-of", dest="as_of", default="2024-06-28 12:00:00")
    ap.add_argument("--search", default="", help="text to search for (default: an order id)")
    ap.add_argument("--name", default="张三", help="a receiver name to search for (search_name)")
    ap.add_argument(
        "--first-page-only",
        action="store_true",
        help="only open the window and time the first page (run again for a re-open)",
    )
    args = ap.parse_args(argv)
    as_of = datetime.strptime(args.as_of, "%Y-%m-%d %H:%M:%S")

    from desktop_app.gui.launch import build_window
    from desktop_app.gui.order_model import COL
    from desktop_app.qt import Qt, QtCore, QtWidgets

    results: dict[str, Any] = {}
    window, _keep = build_window(args.db, as_of=as_of)
    app = QtWidgets.QApplication.instance()
    assert app is not None

    painted: list[float] = []

    class PaintProbe(QtCore.QObject):
        def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    probe = PaintProbe()
    window.table.viewport().installEventFilter(probe)

    beats: list[float] = []
    heartbeat = QtCore.QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()

    def spin_until(cond: Callable[[], bool], timeout: float = 600.0) -> bool:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if cond():
                return True
            time.sleep(0.001)
        return False

    def measure(
        name: str, action: Callable[[], None], done: Callable[[], bool], settle: bool = False
    ) -> None:
        """Time action → done() and then a paint of the table viewport."""
        spin_until(lambda: window.model is None or not window.model.loading, 30)
        reader = window.session.reader
        spin_until(lambda: reader is None or not reader.busy)  # earlier steps' background reads
        for _ in range(20):
            app.processEvents()
        beats.clear()
        painted.clear()
        t0 = time.perf_counter()
        action()
        ok = spin_until(done)
        t_done = time.perf_counter()
        painted.clear()
        window.table.viewport().update()
        spin_until(lambda: bool(painted), 5)
        t_paint = painted[0] if painted else time.perf_counter()
        stamps = [t0, *beats, t_paint]
        stall = max(b - a for a, b in itertools.pairwise(stamps))
        results[name] = {
            "seconds": t_paint - t0,
            "data_seconds": t_done - t0,
            "max_stall": stall,
            "ok": ok,
            "rows_loaded": window.model.rowCount() if window.model is not None else 0,
        }
        if settle:
            reader = window.session.reader
            spin_until(lambda: reader is None or not reader.busy)
            results[name]["settled_seconds"] = time.perf_counter() - t0
        print(json.dumps(results), flush=True)  # cumulative: a later failure keeps these

    def rows_after(generation_rows: int = 0) -> Callable[[], bool]:
        return lambda: (
            window.model is not None
            and not window.model.loading
            and window.model.rowCount() > generation_rows
        )

    # 1. Window shown → first page painted.
    def open_window() -> None:
        window.show()
        window.open_database()

    maintained: list[float] = []
    window.session.maintained.connect(lambda _warnings: maintained.append(time.perf_counter()))
    window.session.damaged.connect(lambda _exc: maintained.append(time.perf_counter()))
    opened = time.perf_counter()
    measure("first_page", open_window, rows_after())
    if args.first_page_only:
        os._exit(0)
    reader = window.session.reader
    spin_until(lambda: reader is None or not reader.busy)
    results["settled_after_open"] = time.perf_counter() - opened
    # The window re-evaluates every order as of now once the first page is shown (on the
    # database worker; long on a large database); its end refreshes the table. The
    # steps below time the table's own answers, so they start after it (a click during it is
    # answered too, sharing the CPU with it).
    spin_until(lambda: not window.controller.evaluating)
    spin_until(lambda: reader is None or not reader.busy)
    results["evaluated_after_open"] = time.perf_counter() - opened
    print(json.dumps(results), flush=True)
    model = window.model
    assert model is not None
    results["total_rows_hint"] = model.rowCount()

    # 2. Ctrl+End → the next page appended.
    table = window.table
    table.setFocus()
    before = model.rowCount()

    def end_key() -> None:
        table.selectRow(model.rowCount() - 1)
        table.scrollToBottom()

    measure("end_key", end_key, rows_after(before))

    header = table.horizontalHeader()

    # 3. The last row of all: reverse the default (status) sort.
    def reverse() -> None:
        header.setSortIndicator(COL["status"], Qt.SortOrder.DescendingOrder)

    measure("last_row", reverse, rows_after())

    # 4. Sort by paid time.
    measure(
        "sort",
        lambda: header.setSortIndicator(COL["paid"], Qt.SortOrder.DescendingOrder),
        rows_after(),
    )

    # 5. The overdue chip.
    chip = window.filters.chips.get("overdue")
    if chip is not None:
        measure("filter", lambda: chip.setChecked(True), rows_after())
        chip.blockSignals(True)
        chip.setChecked(False)
        chip.blockSignals(False)

    # 6. Search for an order id (from the filter being applied, i.e. after the typing debounce).
    middle = model.key_at(model.rowCount() // 2)
    text = args.search or (middle[1] if middle else "")

    def search() -> None:
        window.filters.search.blockSignals(True)
        window.filters.search.setText(text)
        window.filters.search.blockSignals(False)
        window.filters._emit_filter()

    measure("search", search, rows_after())
    results["search_text"] = text

    def answered() -> bool:  # the new filter's first page is in, however many rows it has
        return window.model is not None and not window.model.loading

    def set_search(value: str) -> Callable[[], None]:
        def step() -> None:
            window.filters.search.blockSignals(True)
            window.filters.search.setText(value)
            window.filters.search.blockSignals(False)
            window.filters._emit_filter()

        return step

    # 7. A receiver-name search.
    measure("search_name", set_search(args.name), answered, settle=True)
    results["search_name_text"] = args.name

    # 8. The 逾期 chip with the 虚假发货嫌疑 one (the search cleared first, not timed).
    set_search("")()
    spin_until(answered)
    overdue, flagged = (window.filters.chips.get(k) for k in ("overdue", "false_shipping"))
    if overdue is not None and flagged is not None:
        overdue.blockSignals(True)
        overdue.setChecked(True)
        overdue.blockSignals(False)
        measure("chip_false_shipping", lambda: flagged.setChecked(True), answered, settle=True)

    if spin_until(lambda: bool(maintained)):
        results["maintenance_seconds"] = maintained[0] - opened
    results["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(results), flush=True)
    os._exit(0)  # skip closing the store and Qt's teardown (not what is measured)


if __name__ == "__main__":
    raise SystemExit(main())
