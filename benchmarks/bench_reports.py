"""Benchmark the printable reports (target: a 2,000-order penalty report as PDF in < 5 s).

    /work/venv/bin/python benchmarks/bench_reports.py                 # 2,000 orders
    /work/venv/bin/python benchmarks/bench_reports.py --orders 10000 --evidence

Builds a store with `--orders` Kuaishou orders and stored verdicts (a third late/overdue, a sixth
exempt: the test fixtures' generator), then times gathering, the penalty PDF and, with
`--evidence`, the appeal evidence bundle. Nothing here is a unit test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.verdict_store import add_import, add_orders, bulk_orders, make_store
from desktop_app.fonts import register_bundled_fonts
from desktop_app.qt import QtGui
from desktop_app.reports import data, render


def main() -> int:
    """Run the benchmark and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--evidence", action="store_true", help="also time the evidence bundle")
    args = parser.parse_args()
    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        conn = make_store(Path(tmp) / "bench.db")
        add_orders(
            conn, add_import(conn, "kuaishou", "bench.xlsx", args.orders), bulk_orders(args.orders)
        )
        # Mark every late order as an appeal candidate for the bundle timing.
        conn.execute("UPDATE verdicts SET appeal_candidate = 1 WHERE status = 'late'")
        period = (date(2022, 12, 1), date(2022, 12, 31))
        register_bundled_fonts()
        t0 = time.perf_counter()
        report = data.gather_penalty(conn, data.ReportRequest("kuaishou", *period))
        t1 = time.perf_counter()
        out = render.write_pdf(report, Path(tmp) / "penalty.pdf")
        t2 = time.perf_counter()
        print(
            f"penalty: {args.orders} orders, {len(report.late_orders)} late/overdue, "
            f"{len(report.exempt_orders)} exempt — gather {t1 - t0:.2f} s, PDF {t2 - t1:.2f} s "
            f"({out.stat().st_size / 1e6:.1f} MB); total {t2 - t0:.2f} s (target < 5 s)"
        )
        if args.evidence:
            from desktop_app.evidence.bundle import build_bundle

            t3 = time.perf_counter()
            result = build_bundle(conn, "kuaishou", *period, Path(tmp) / "bundle.zip")
            t4 = time.perf_counter()
            print(f"evidence: {result.orders} orders, {len(result.files)} files — {t4 - t3:.2f} s")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
