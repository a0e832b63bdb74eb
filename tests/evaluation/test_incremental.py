"""A re-evaluation that judges only the orders whose verdict may have changed stores exactly what
judging every order stores — across later instants, imports, logistics updates and new orders
sharing tracking numbers — and judges everything when something else changed."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.engine import _row
from desktop_app.evaluation import evaluate_store
from desktop_app.evaluation.incremental import engine_fingerprint, is_final
from desktop_app.evaluation.load import ORDER_COLUMNS
from desktop_app.store.connection import Store, open_store
from desktop_app.store.settings import set_setting
from policies.records import OrderRecord, Platform
from tests.evaluation.storedata import synthetic_store

N = 1500
T0 = datetime(2024, 6, 8, 12)


def _new_import(conn: sqlite3.Connection) -> int:
    cur = conn.execute(
        "INSERT INTO imports (file_name, file_path, sha256, size_bytes, file_format, platform, "
        "kind, sheets_json, imported_at) VALUES ('u.xlsx', '/u.xlsx', 'y', 1, 'xlsx', "
        "'douyin', 'orders', '[]', '2024-06-10 00:00:00')"
    )
    return int(cur.lastrowid or 0)


def _store(path: Path) -> Store:
    return synthetic_store(path, N, seed=3)


def _verdicts(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT v.*, r.final FROM verdicts v JOIN verdict_rows r USING "
        "(platform, order_id, sub_order_id) ORDER BY platform, order_id, sub_order_id"
    ).fetchall()


def _judging_everything(store: Store, tmp: Path, as_of: datetime) -> list[tuple[object, ...]]:
    """The verdicts a run judging every order stores, on a copy of the database."""
    copy = tmp / f"full-{as_of:%m%d%H}.db"
    dest = sqlite3.connect(copy)
    store.conn.backup(dest)
    dest.close()
    with open_store(copy, daily_backup=False) as full:
        full.conn.execute("UPDATE verdict_runs SET context_key = ''")
        seen: list[int] = []
        evaluate_store(full, as_of, progress=lambda done, total: seen.append(total))
        assert seen[-1] == full.conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
        return _verdicts(full.conn)


def _evaluate(store: Store, as_of: datetime) -> int:
    """Evaluate; how many orders the run judged."""
    seen: list[int] = [0]
    evaluate_store(store, as_of, progress=lambda done, total: seen.append(total))
    return seen[-1]


def test_judging_only_what_may_change_equals_judging_everything(tmp_path: Path) -> None:
    with _store(tmp_path / "a.db") as store:
        conn = store.conn
        assert _evaluate(store, T0) == N  # the first run judges every order
        # A later instant: only the verdicts not final yet.
        t1 = T0 + timedelta(days=3)
        judged = _evaluate(store, t1)
        assert 0 < judged < N
        assert _verdicts(conn) == _judging_everything(store, tmp_path, t1)

        # An import updates some orders (shipped / scanned later), a logistics sheet others, and
        # new orders arrive — some sharing a tracking number with an old order (false shipping).
        upd = _new_import(conn)
        keys = conn.execute(
            "SELECT platform, order_id, sub_order_id, paid_at FROM orders ORDER BY order_id "
            "LIMIT 60"
        ).fetchall()
        conn.execute("BEGIN")
        for i, (p, o, s, paid) in enumerate(keys):
            at = (datetime.fromisoformat(paid) + timedelta(hours=5 + i)).isoformat(" ")
            if i % 2:
                conn.execute(
                    "UPDATE orders SET shipped_at = ?, picked_up_at = ?, online_at = ?, "
                    "import_id = ? WHERE platform = ? AND order_id = ? AND sub_order_id = ?",
                    (at, at, at, upd, p, o, s),
                )
            else:
                conn.execute(
                    "UPDATE orders SET picked_up_at = ?, warehouse_at = ?, "
                    "logistics_import_id = ? "
                    "WHERE platform = ? AND order_id = ? AND sub_order_id = ?",
                    (at, at, upd, p, o, s),
                )
        # (old orders whose verdict is final: only the false-shipping pass can change it)
        old = conn.execute(
            "SELECT o.platform, o.tracking_no, o.paid_at FROM orders o JOIN verdict_rows r "
            "USING (platform, order_id, sub_order_id) WHERE r.final = 1 AND o.tracking_no <> '' "
            "AND r.flags_json NOT LIKE '%false_shipping%' AND o.import_id <> ? "
            "AND o.logistics_import_id IS NULL ORDER BY o.order_id LIMIT 5",
            (upd,),
        ).fetchall()
        assert len(old) == 5
        cols = [*ORDER_COLUMNS, "raw_json", "import_id", "source_row"]
        sql = f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        for i, (p, tracking, paid) in enumerate(old):
            paid_at = datetime.fromisoformat(paid)
            new = OrderRecord(
                platform=Platform(p),
                order_id=str(9 * 10**18 + i),
                sub_order_id=str(8 * 10**18 + i) if p == "douyin" else "",
                paid_at=paid_at,
                promised_ship_at=paid_at + timedelta(hours=48),
                shipped_at=t1 + timedelta(hours=6),  # shipped after t1: flags the old order later
                tracking_no=tracking,
                receiver_name="另一个收件人",
                paid_amount=None,
            )
            conn.execute(sql, (*_row(new)[:-2], upd, 1000 + i))
        conn.execute("COMMIT")
        stored = N + len(old)

        t2 = t1 + timedelta(days=1)
        judged = _evaluate(store, t2)
        assert judged < stored
        got = _verdicts(conn)
        assert got == _judging_everything(store, tmp_path, t2)
        flagged = [r for r in got if "false_shipping" in str(r[10])]
        assert len(flagged) >= 2 * len(old)

        # Much later: most verdicts are final by now; still the same as judging everything.
        t3 = datetime(2024, 8, 1)
        _evaluate(store, t3)
        assert _verdicts(conn) == _judging_everything(store, tmp_path, t3)
        assert _evaluate(store, t3 + timedelta(days=1)) < stored // 10


def test_other_changes_judge_every_order(tmp_path: Path) -> None:
    with _store(tmp_path / "b.db") as store:
        t1 = T0 + timedelta(days=2)
        _evaluate(store, T0)
        assert _evaluate(store, t1) < N
        assert _evaluate(store, T0) == N  # an earlier instant
        _evaluate(store, t1)
        set_setting(store.conn, "common.core.warning_hours", "6")  # the seller's settings
        assert _evaluate(store, t1) == N
        assert _evaluate(store, t1) < N
        store.conn.execute(
            "DELETE FROM verdict_rows WHERE order_id = (SELECT MIN(order_id) FROM orders)"
        )
        assert _evaluate(store, t1) == N  # verdicts not matching the orders one for one
        store.conn.execute("UPDATE verdict_runs SET context_key = 'another build'")
        assert _evaluate(store, t1) == N  # another build of the engine


def test_final_means_every_compared_instant_has_passed() -> None:
    paid = datetime(2024, 6, 1, 10)
    deadline = paid + timedelta(hours=48)
    pickup = timedelta(hours=24)
    shipped = OrderRecord(
        Platform.KUAISHOU, "1", paid_at=paid, shipped_at=paid + timedelta(hours=3)
    )
    # shipped on time, no pickup scan yet: the pickup window and the deadline must both pass
    assert not is_final(shipped, deadline, deadline - timedelta(seconds=1), pickup)
    assert is_final(shipped, deadline, deadline, pickup)
    late = shipped._replace(shipped_at=deadline + timedelta(hours=2))
    end = deadline + timedelta(hours=2) + pickup
    assert not is_final(late, deadline, end - timedelta(seconds=1), pickup)
    assert is_final(late, deadline, end, pickup)
    unshipped = OrderRecord(Platform.DOUYIN, "2", "3", paid_at=paid)
    assert not is_final(unshipped, deadline, deadline - timedelta(seconds=1), pickup)
    assert is_final(unshipped, deadline, deadline, pickup)  # overdue until the data change
    # the times compared are the platform's rules' (`compares` in the catalogue): AliExpress's
    # A1 and Douyin's D8 read the online scan, no Kuaishou rule does
    scanned = unshipped._replace(platform=Platform.KUAISHOU, online_at=deadline + timedelta(days=3))
    assert is_final(scanned, deadline, deadline + timedelta(days=2), pickup)
    for platform in (Platform.ALIEXPRESS, Platform.DOUYIN):
        scanned = scanned._replace(platform=platform)
        assert not is_final(scanned, deadline, deadline + timedelta(days=2), pickup)
    assert is_final(OrderRecord(Platform.ALIEXPRESS, "4"), None, paid, pickup)  # unpaid
    assert len(engine_fingerprint()) == 64


def test_one_platform_at_a_time(tmp_path: Path) -> None:
    """`shipcheck evaluate --platform P`: only P's orders, P's candidates, P's run."""
    with _store(tmp_path / "c.db") as store:
        evaluate_store(store, T0)
        t1 = T0 + timedelta(days=4)
        seen: list[int] = []
        evaluate_store(store, t1, platform="douyin", progress=lambda d, t: seen.append(t))
        douyin = store.conn.execute(
            "SELECT COUNT(*) FROM orders WHERE platform = 'douyin'"
        ).fetchone()[0]
        assert 0 < seen[-1] < douyin
        runs = dict(store.conn.execute("SELECT platform, as_of FROM verdict_runs"))
        assert runs == {
            "douyin": t1.isoformat(" "),
            "kuaishou": T0.isoformat(" "),
            "aliexpress": T0.isoformat(" "),
        }
        mine = [r for r in _verdicts(store.conn) if r[0] == "douyin"]
        assert mine == [r for r in _judging_everything(store, tmp_path, t1) if r[0] == "douyin"]


def test_engine_fingerprint_is_the_same_in_every_process(tmp_path: Path) -> None:
    """Else every re-evaluation would judge every order (e.g. set order under hash seeds)."""
    import os
    import subprocess
    import sys

    code = (
        "from desktop_app.evaluation.incremental import engine_fingerprint; "
        "print(engine_fingerprint())"
    )
    prints = {
        subprocess.run(
            [sys.executable, "-c", code],
            # Not the checkout as cwd: `-c` puts the cwd first on sys.path, before PYTHONPATH.
            cwd=tmp_path,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "random")
    }
    assert prints == {engine_fingerprint()}


def test_summarize_false_skips_counting_only(tmp_path: Path) -> None:
    """The GUI's runs (`summarize=False`) store exactly what counted runs store; a run that judged
    only some orders then says it did not count, a run that judged all still counts."""
    with _store(tmp_path / "s.db") as store, _store(tmp_path / "t.db") as twin:
        first = evaluate_store(store, T0, summarize=False)  # judges every order: counted anyway
        assert first.counted and first.total == N
        full = evaluate_store(twin, T0)
        assert (first.by_status, first.by_platform) == (full.by_status, full.by_platform)
        t1 = T0 + timedelta(days=1)
        quiet = evaluate_store(store, t1, summarize=False)
        counted = evaluate_store(twin, t1)
        assert not quiet.counted and quiet.total == 0 and not quiet.by_status
        assert counted.counted and counted.total == N and sum(counted.by_status.values()) == N
        assert _verdicts(store.conn) == _verdicts(twin.conn)
