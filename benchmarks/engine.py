"""Benchmark the policy engine (targets: ≥ 300k orders/s in memory; 1M stored orders
evaluated and written in < 10 s). `benchmarks.run` calls this in a subprocess with ``--json``.

    python -m benchmarks.engine --orders 200000          # in memory
    python -m benchmarks.engine --orders 1000000 --store # + SQLite round trip (synthetic rows)

Orders are synthetic but realistic: three platforms, a mix of on-time/late/unshipped, products with
promise hours, two affected areas, duplicate waybills. Nothing here is a unit test.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from policies.engine import evaluate_orders, no_gc
from policies.records import Address, AffectedArea, OrderRecord, Platform, ProductRecord

PLACES = [
    ("上海", "上海市", "浦东新区"),
    ("北京", "北京市", "朝阳区"),
    ("浙江省", "杭州市", "西湖区"),
    ("广东省", "深圳市", "南山区"),
    ("湖北省", "武汉市", "江汉区"),
]
MODES = ["POP", "JIT揽收", "JIT自寄"]
BASE = datetime(2024, 6, 1)


def make_orders(n: int, seed: int = 7) -> list[OrderRecord]:
    """n synthetic orders."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        platform = (Platform.KUAISHOU, Platform.DOUYIN, Platform.ALIEXPRESS)[i % 3]
        paid = BASE + timedelta(minutes=rnd.randrange(0, 60 * 24 * 28))
        promised = paid + timedelta(hours=rnd.choice((24, 48, 72)))
        r = rnd.random()
        shipped = None if r < 0.1 else paid + timedelta(hours=rnd.uniform(1, 80))
        place = PLACES[i % len(PLACES)]
        out.append(
            OrderRecord(
                platform=platform,
                order_id=str(10**18 + i),
                sub_order_id=str(2 * 10**18 + i) if platform == Platform.DOUYIN else "",
                paid_at=paid,
                promised_ship_at=None if platform == Platform.ALIEXPRESS else promised,
                shipped_at=shipped,
                picked_up_at=None
                if shipped is None
                else shipped + timedelta(hours=rnd.uniform(0, 30)),
                online_at=None
                if shipped is None
                else shipped + timedelta(hours=rnd.uniform(0, 40)),
                warehouse_at=None
                if shipped is None
                else shipped + timedelta(hours=rnd.uniform(0, 60)),
                paid_amount=Decimal(rnd.randrange(100, 100000)) / 100,
                product_id=f"P{i % 50}",
                fulfilment_mode=MODES[(i // 3) % 3] if platform == Platform.ALIEXPRESS else "",
                tracking_no=f"YT{i // 2 if i % 1000 == 0 else i}",
                receiver_name=f"收件人{i % 97}",
                receiver_address=Address(*place),
                status_text="交易关闭" if r > 0.98 else "",
            )
        )
    return out


def products() -> list[ProductRecord]:
    """Product rows for every platform."""
    return [
        ProductRecord(
            p,
            f"P{i}",
            promise_hours=(24, 48, 72)[i % 3],
            last_month_sales=i,
            listed_at=BASE - timedelta(days=i),
            ship_from_address="浙江省杭州市余杭区",
        )
        for p in Platform
        for i in range(50)
    ]


AREAS = [
    AffectedArea("上海", date(2024, 6, 5), date(2024, 6, 12)),
    AffectedArea("武汉", date(2024, 6, 20)),
]


def bench_memory(n: int, repeat: int = 5) -> dict[str, float]:
    """Time evaluate_orders on n in-memory orders: wall and CPU seconds, orders per CPU second.

    The headline figure is the bulk path (``explain=False``: verdicts without their trace, as
    `evaluate_store` computes them), the best of `repeat` runs over the same orders (as timeit
    reports: on a shared machine the slower runs measure the neighbours; all runs' CPU seconds are
    returned too); the same run with traces (``explain=True``, what an on-demand explanation does
    per order) is reported beside it, once.
    """
    orders = make_orders(n)
    prods = products()
    as_of = datetime(2024, 7, 1)
    runs: list[tuple[float, float]] = []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        verdicts = evaluate_orders(orders, as_of, products=prods, areas=AREAS, explain=False)
        runs.append((time.perf_counter() - t, time.process_time() - c))
        assert len(verdicts) == n, len(verdicts)
        del verdicts
    dt, dc = min(runs, key=lambda r: r[1])
    c = time.process_time()
    explained = evaluate_orders(orders, as_of, products=prods, areas=AREAS, explain=True)
    ec = time.process_time() - c
    assert len(explained) == n, len(explained)
    return {
        "orders": n,
        "wall": dt,
        "cpu": dc,
        "per_cpu_second": n / dc,
        "per_second": n / dt,
        "explained_cpu": ec,
        "explained_per_cpu_second": n / ec,
        "runs_cpu": [round(r[1], 3) for r in runs],
    }


def bench_store(n: int) -> dict[str, float]:
    """Insert n orders into a temporary store, then time evaluate_store (load + engine + write)."""
    from desktop_app.evaluation import evaluate_store
    from desktop_app.evaluation.load import ORDER_COLUMNS
    from desktop_app.store.connection import open_store

    orders = make_orders(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db", daily_backup=False)
        conn = store.conn
        conn.execute(
            "INSERT INTO imports (file_name, file_path, sha256, size_bytes, file_format, platform, "
            "kind, sheets_json, imported_at) VALUES ('b','b','x',1,'xlsx','kuaishou','orders','[]',"
            "'2024-01-01 00:00:00')"
        )

        cols = [*ORDER_COLUMNS, "raw_json", "import_id", "source_row"]
        sql = f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.execute("BEGIN")
        conn.executemany(sql, (_row(o) for o in orders))
        conn.execute("COMMIT")
        t, c = time.perf_counter(), time.process_time()
        summary = evaluate_store(store, datetime(2024, 7, 1))
        dt, dc = time.perf_counter() - t, time.process_time() - c
        store.close()
    return {"orders": n, "wall": dt, "cpu": dc, "statuses": len(summary.by_status)}


def bench_db(
    db: Path, as_of: datetime, stages: bool = False, fresh: bool = False
) -> dict[str, object]:
    """Time evaluate_store (load + all rules + write verdicts) on an existing database.

    With `fresh`, the stored verdicts are deleted first (not timed), so the figure is that of a
    first evaluation whatever the database held; without, it is a re-evaluation of what is stored.

    With `stages`, the context (products, areas, settings, false-shipping candidates), the load of
    the orders and the rules alone are also timed (separate passes after the run, CPU seconds;
    load and rules with the cyclic collector paused, as in the run);
    "write+rest" is the run's CPU time minus those: building and comparing rows, SQLite writes,
    index rebuilds, commit.
    """
    from desktop_app.evaluation import evaluate_store
    from desktop_app.store.connection import open_store

    with open_store(db, daily_backup=False) as store:
        if fresh:
            with store.transaction() as conn:
                for table in ("verdict_rows", "verdict_traces", "verdict_runs"):
                    conn.execute(f"DELETE FROM {table}")
        t, c = time.perf_counter(), time.process_time()
        summary = evaluate_store(store, as_of)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        result: dict[str, object] = {"orders": summary.total, "wall": dt, "cpu": dc}
        if stages:
            from desktop_app.evaluation.load import iter_rule_chunks
            from desktop_app.evaluation.run import prepare_context
            from policies.engine import RULES

            c = time.process_time()
            ctx = prepare_context(store, as_of, None)
            context_cpu = time.process_time() - c
            # Loaded under no_gc, as evaluate_store loads them (and as the rules are timed below):
            # with the collector on, keeping every record alive would make it walk them again
            # and again, time counted as "load" that the run never spends.
            c = time.process_time()
            with no_gc():
                chunks = iter_rule_chunks(store, addresses=bool(ctx.areas))
                orders = [o for chunk in chunks for o in chunk]
            load_cpu = time.process_time() - c
            c = time.process_time()
            with no_gc():
                for o in orders:
                    RULES[o.platform](o, ctx)
            rules_cpu = time.process_time() - c
            result["stages"] = {
                "context": round(context_cpu, 2),
                "load": round(load_cpu, 2),
                "rules": round(rules_cpu, 2),
                "write+rest": round(dc - context_cpu - load_cpu - rules_cpu, 2),
            }
    return result


def write_floor(db: Path) -> dict[str, object]:
    """SQLite alone writing the verdict rows `db` holds, as a first evaluation writes them: into a
    fresh database with the same `verdict_rows` table (WAL, synchronous=FULL, the evaluation's
    128 MB page cache), one transaction — a bare ``executemany`` of the stored rows, then the
    schema's indexes on the table built, then COMMIT. No Python per row besides the binding: the
    floor any evaluation that stores a verdict per order with these indexes stands on.

    Also timed, apart: the bare fetch of the columns the rules read, for every stored order
    (``fetch_cpu``: sqlite3 alone turning the rows into Python tuples, no record built) — the
    floor of the load."""
    import sqlite3

    from desktop_app.evaluation.load import RULE_COLUMNS

    with sqlite3.connect(db) as src:
        ddl = src.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'verdict_rows'"
        ).fetchone()[0]
        indexes = [
            r[0]
            for r in src.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'verdict_rows' "
                "AND sql IS NOT NULL ORDER BY name"
            )
        ]
        columns = [r[1] for r in src.execute("PRAGMA table_info(verdict_rows)")]
        rows = src.execute(f"SELECT {', '.join(columns)} FROM verdict_rows").fetchall()
        c = time.process_time()
        cursor = src.execute(f"SELECT {', '.join(RULE_COLUMNS)} FROM orders")
        while cursor.fetchmany(20000):
            pass
        fetch_cpu = time.process_time() - c
    insert = (
        f"INSERT INTO verdict_rows ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "floor.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -131072")
        conn.execute(ddl)
        t, c = time.perf_counter(), time.process_time()
        conn.execute("BEGIN")
        conn.executemany(insert, rows)
        inserted = time.process_time() - c
        for sql in indexes:
            conn.execute(sql)
        indexed = time.process_time() - c - inserted
        conn.execute("COMMIT")
        dt, dc = time.perf_counter() - t, time.process_time() - c
        conn.close()
    return {
        "rows": len(rows),
        "indexes": len(indexes),
        "wall": dt,
        "cpu": dc,
        "insert_cpu": round(inserted, 2),
        "index_cpu": round(indexed, 2),
        "commit_cpu": round(dc - inserted - indexed, 2),
        "fetch_cpu": round(fetch_cpu, 2),
    }


def _fmt(d: datetime | None) -> str | None:
    return None if d is None else d.strftime("%Y-%m-%d %H:%M:%S")


def _row(o: OrderRecord) -> tuple[object, ...]:
    """An `orders` row in ORDER_COLUMNS order (+ raw_json, import_id, source_row)."""
    a = o.receiver_address
    f = _fmt
    paid_fen = int(o.paid_amount * 100) if o.paid_amount is not None else None
    return (
        o.platform.value, o.order_id, o.sub_order_id, o.shop, o.status_text, "", "",
        o.product_id, "", None, paid_fen, None, f(o.paid_at), f(o.promised_ship_at),
        f(o.shipped_at), f(o.picked_up_at), f(o.online_at), f(o.warehouse_at), None, "",
        o.fulfilment_mode, "", o.tracking_no, o.receiver_name, "", a.province, a.city,
        a.district, a.detail, "", "{}", 1, 1,
    )  # fmt: skip


def main() -> None:
    """Parse arguments and run."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--orders", type=int, default=200_000)
    ap.add_argument("--store", action="store_true", help="also time the SQLite round trip")
    ap.add_argument("--json", action="store_true", help="one JSON object per measurement")
    ap.add_argument("--db", type=Path, help="evaluate this existing database instead")
    ap.add_argument("--as-of", dest="as_of", default="2024-06-28 12:00:00")
    ap.add_argument("--stages", action="store_true", help="with --db: also time load and rules")
    ap.add_argument(
        "--fresh", action="store_true", help="with --db: delete the stored verdicts first"
    )
    ap.add_argument(
        "--write-floor",
        dest="write_floor",
        action="store_true",
        help="with --db: time SQLite alone writing its verdict rows (see write_floor)",
    )
    args = ap.parse_args()
    if args.db is not None and args.write_floor:
        floor = write_floor(args.db)
        print(json.dumps({"bench": "write_floor", **floor}) if args.json else floor)
        return
    if args.db is not None:
        as_of = datetime.strptime(args.as_of, "%Y-%m-%d %H:%M:%S")
        found = bench_db(args.db, as_of, args.stages, args.fresh)
        print(json.dumps({"bench": "db", **found}) if args.json else found)
        return
    results = {"memory": bench_memory(args.orders)}
    if args.store:
        results["store"] = bench_store(args.orders)
    for label, r in results.items():
        if args.json:
            print(json.dumps({"bench": label, **r}))
        else:
            print(
                f"{label}: {r['orders']} orders in {r['wall']:.2f} s wall / {r['cpu']:.2f} s CPU"
                + (
                    f" = {r['per_cpu_second']:,.0f} orders per CPU second (with traces: "
                    f"{r['explained_per_cpu_second']:,.0f}/s)"
                    if label == "memory"
                    else ""
                )
            )


if __name__ == "__main__":
    main()
