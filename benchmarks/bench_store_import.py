"""Benchmark: apply_import of synthetic ParsedRow streams (first import, re-import, update).

Run: ``python benchmarks/bench_store_import.py [ROWS]`` from the repository root.
Target: 100k rows in a second or two on the reference machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "store")]

from store_importdata import order_stream, plan  # noqa: E402

from desktop_app.store.connection import open_store  # noqa: E402
from desktop_app.store.importer import apply_import  # noqa: E402


def main() -> None:
    """Time three imports of ROWS orders into a fresh database."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    p = plan()
    rows = list(order_stream(p, n))  # build first: time the store, not the generator
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "b.db") as store:
        for label in ("first import", "re-import (unchanged)"):
            t0, c0 = time.perf_counter(), time.process_time()
            r = apply_import(store, p, iter(rows), backup=False)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(
                f"{label:24} {n} rows {cpu:6.2f} s CPU ({dt:.2f} s wall)  "
                f"new={r.new} unchanged={r.unchanged}"
            )
        changed = list(order_stream(p, n, status_text="已完成"))
        t0, c0 = time.perf_counter(), time.process_time()
        r = apply_import(store, p, iter(changed), backup=False)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"{'update':24} {n} rows {cpu:6.2f} s CPU ({dt:.2f} s wall)  updated={r.updated}")


if __name__ == "__main__":
    main()
