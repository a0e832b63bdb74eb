"""Shared helpers for the data-safety tests: the corpus generator, database digests, time limits."""

from __future__ import annotations

import contextlib
import faulthandler
import hashlib
import importlib.util
import signal
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType, ModuleType

ROOT = Path(__file__).resolve().parents[2]

# Every table a seller's data lives in (the digest covers all of them that exist).
DATA_TABLES = (
    "orders",
    "order_items",
    "products",
    "imports",
    "settings",
    "affected_areas",
    "verdicts",
)


def corpus_module() -> ModuleType:
    """tests/corpus/make_corpus.py, loaded once (it is a script, not a package)."""
    if "make_corpus" in sys.modules:
        return sys.modules["make_corpus"]
    spec = importlib.util.spec_from_file_location(
        "make_corpus", ROOT / "tests/corpus/make_corpus.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


def table_rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    """Every row of `table`, in a stable order (all columns, sorted)."""
    rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
    return sorted(rows, key=repr)


def digest(conn: sqlite3.Connection, tables: tuple[str, ...] = DATA_TABLES) -> str:
    """SHA-256 over the content of `tables` (those that exist) — equal digests, equal data."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    h = hashlib.sha256()
    for table in tables:
        if table in present:
            h.update(table.encode())
            for row in table_rows(conn, table):
                h.update(repr(row).encode())
    return h.hexdigest()


def integrity_ok(db: Path) -> bool:
    """``PRAGMA integrity_check`` on the file at `db` (a fresh connection) says ok."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


class Hang(Exception):
    """An example ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float, hard_seconds: float = 60.0) -> Iterator[None]:
    """Fail with `Hang` after `seconds` (SIGALRM, for code that returns to Python now and then);
    dump every thread's stack and exit after `hard_seconds` (faulthandler, for a hang inside C)."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows: the hard limit only
        faulthandler.dump_traceback_later(hard_seconds, exit=True)
        try:
            yield
        finally:
            faulthandler.cancel_dump_traceback_later()
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(hard_seconds, exit=True)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        faulthandler.cancel_dump_traceback_later()


def fill_orders(db: Path, n: int, seed: int = 7) -> None:
    """Put `n` plausible orders of all three platforms into the (new) ShipCheck database `db`,
    fast: one transaction of plain executemany (about a second per 100k orders)."""
    import json
    import random
    from datetime import datetime, timedelta

    from desktop_app.store.connection import open_store
    from desktop_app.store.schema import ORDER_FIELDS

    rng = random.Random(seed)
    platforms = ("kuaishou", "douyin", "aliexpress")
    start = datetime(2024, 5, 1, 0, 0, 0)
    cols = ["platform", "order_id", "sub_order_id", *ORDER_FIELDS, "raw_json", "import_id"]
    cols.append("source_row")
    index = {c: i for i, c in enumerate(cols)}
    sql = f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
    with open_store(db, daily_backup=False) as store, store.transaction() as conn:
        import_id = conn.execute(
            "INSERT INTO imports (file_name, file_path, sha256, size_bytes, file_format, "
            "platform, kind, sheets_json, imported_at) VALUES ('big.xlsx', '/big.xlsx', 'x', 1, "
            "'xlsx', 'kuaishou', 'orders', '[]', '2024-05-21 00:00:00')"
        ).lastrowid
        batch: list[list[object]] = []
        for i in range(n):
            row: list[object] = [None] * len(cols)
            for f in ORDER_FIELDS:
                if not (f.endswith("_at") or f in ("quantity", "paid_amount_fen")):
                    row[index[f]] = ""
            platform = platforms[i % 3]
            paid = start + timedelta(seconds=rng.randrange(20 * 86400))
            row[index["platform"]] = platform
            row[index["order_id"]] = str(4_900_000_000_000_000_000 + i)
            row[index["sub_order_id"]] = str(5_000_000_000_000_000_000 + i) if i % 3 == 1 else ""
            row[index["paid_at"]] = paid.strftime("%Y-%m-%d %H:%M:%S")
            row[index["created_at"]] = row[index["paid_at"]]
            row[index["quantity"]] = 1 + i % 3
            row[index["paid_amount_fen"]] = rng.randrange(100, 100_000)
            row[index["status_text"]] = "已发货" if i % 5 else "待发货"
            row[index["receiver_province"]] = "浙江省"
            promised = paid + timedelta(hours=48)
            row[index["promised_ship_at"]] = promised.strftime("%Y-%m-%d %H:%M:%S")
            if i % 5:
                shipped = paid + timedelta(hours=rng.uniform(1, 90))
                row[index["shipped_at"]] = shipped.strftime("%Y-%m-%d %H:%M:%S")
                row[index["tracking_no"]] = f"YT{i:012d}"
            row[index["raw_json"]] = json.dumps({"订单号": row[index["order_id"]]})
            row[index["import_id"]] = import_id
            row[index["source_row"]] = i + 2
            batch.append(row)
            if len(batch) == 20000:
                conn.executemany(sql, batch)
                batch.clear()
        conn.executemany(sql, batch)


def verdicts_digest(db: Path) -> tuple[int, str]:
    """(row count, SHA-256 over every verdict row in key order), streamed (200k rows are fine);
    also asserts ``PRAGMA integrity_check`` is ok."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        h = hashlib.sha256()
        count = 0
        for row in conn.execute("SELECT * FROM verdicts ORDER BY platform, order_id, sub_order_id"):
            h.update(repr(row).encode())
            count += 1
        return count, h.hexdigest()
    finally:
        conn.close()
