"""Schema v2's verdict storage: traces stored once, `verdicts` a view with v1's columns.

Readers (GUI, reports, evidence) keep their v1 SQL; these tests pin that down: migration from a v1
database with verdicts, INSERT / UPDATE / DELETE through the view, and the GUI's sort queries
still walking an index on the base table.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.errors import Cancelled
from desktop_app.evaluation import evaluate_store
from desktop_app.store import schema as schema_module
from desktop_app.store.connection import open_store, split_sql
from desktop_app.store.schema import APPLICATION_ID
from tests.evaluation.storedata import SAMPLE, insert_orders

V1_COLUMNS = (
    "platform",
    "order_id",
    "sub_order_id",
    "as_of",
    "status",
    "deadline",
    "deadline_basis",
    "rules_json",
    "reasons_json",
    "reasons_en_json",
    "flags_json",
    "compensation_fen",
    "appeal_candidate",
    "appeal_reason",
    "trace_json",
    "urgency",
)

TRACE_A = json.dumps([{"rule": "CORE", "clause": "c", "text": "甲", "text_en": "a"}])
TRACE_B = json.dumps([{"rule": "K2", "clause": "c", "text": "乙", "text_en": "b"}])


def _v1_row(i: int, trace: str) -> tuple[object, ...]:
    return (
        "kuaishou",
        f"{10**18 + i}",
        "",
        "2024-07-01 00:00:00",
        "late" if i % 2 else "on_time",
        f"2024-06-0{1 + i % 9} 12:00:00" if i % 3 else None,
        "承诺发货时间（导出表）",
        '["CORE"]',
        json.dumps([f"理由 {i}"], ensure_ascii=False),
        json.dumps([f"reason {i}"]),
        "[]",
        None if i == 4 else i * 100,
        i % 2,
        "",
        trace,
        2 if i % 2 else 5,
    )


def _v1_database(path: Path, rows: list[tuple[object, ...]]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in split_sql(schema_module.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.executemany(
        f"INSERT INTO verdicts ({', '.join(V1_COLUMNS)}) VALUES ({', '.join('?' * 16)})", rows
    )
    conn.close()


def test_migration_from_v1_keeps_every_verdict_and_stores_each_trace_once(tmp_path: Path) -> None:
    rows = [_v1_row(i, TRACE_A if i % 3 else TRACE_B) for i in range(12)]
    db = tmp_path / "v1.db"
    _v1_database(db, rows)
    with open_store(db, daily_backup=False) as store:
        conn = store.conn
        got = conn.execute(
            f"SELECT {', '.join(V1_COLUMNS)} FROM verdicts ORDER BY order_id"
        ).fetchall()
        assert got == sorted(rows, key=lambda r: str(r[1]))
        assert conn.execute("SELECT COUNT(*) FROM verdict_traces").fetchone()[0] == 2
        cols = [r[1] for r in conn.execute("PRAGMA table_info(verdicts)")]
        assert tuple(cols) == V1_COLUMNS
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master"))
        assert kinds["verdicts"] == "view"
        assert kinds["verdict_rows"] == "table"


def test_insert_update_delete_through_the_view(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        conn = store.conn
        # Omitted columns take v1's defaults (sub_order_id '', appeal_reason '', urgency 0 …).
        conn.execute(
            "INSERT INTO verdicts (platform, order_id, as_of, status, rules_json, reasons_json,"
            " reasons_en_json, flags_json, trace_json) VALUES"
            " ('douyin', '1', '2024-07-01 00:00:00', 'late', '[]', '[]', '[]', '[]', ?)",
            (TRACE_A,),
        )
        conn.execute(
            "INSERT INTO verdicts (platform, order_id, sub_order_id, as_of, status, rules_json,"
            " reasons_json, reasons_en_json, flags_json, trace_json, urgency) VALUES"
            " ('douyin', '2', 's', '2024-07-01 00:00:00', 'late', '[]', '[]', '[]', '[]', ?, 2)",
            (TRACE_A,),
        )
        assert conn.execute("SELECT COUNT(*) FROM verdict_traces").fetchone()[0] == 1
        row = conn.execute(
            "SELECT sub_order_id, appeal_reason, appeal_candidate, urgency, deadline_basis,"
            " trace_json FROM verdicts WHERE order_id = '1'"
        ).fetchone()
        assert row == ("", "", 0, 0, "", TRACE_A)
        conn.execute(
            "UPDATE verdicts SET appeal_candidate = 1, trace_json = ? WHERE order_id = '2'",
            (TRACE_B,),
        )
        assert conn.execute(
            "SELECT appeal_candidate, trace_json FROM verdicts WHERE order_id = '2'"
        ).fetchone() == (1, TRACE_B)
        assert conn.execute("SELECT trace_json FROM verdicts WHERE order_id = '1'").fetchone() == (
            TRACE_A,
        )
        conn.execute("DELETE FROM verdicts WHERE order_id = '1'")
        assert [r[0] for r in conn.execute("SELECT order_id FROM verdicts")] == ["2"]


def test_gui_sort_queries_use_an_index_on_the_base_table(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        plan = " ".join(
            str(r[-1])
            for r in store.conn.execute(
                "EXPLAIN QUERY PLAN SELECT v.platform, v.order_id FROM verdicts v"
                " CROSS JOIN orders o ON o.platform = v.platform AND o.order_id = v.order_id"
                " AND o.sub_order_id = v.sub_order_id"
                " ORDER BY v.urgency, IFNULL(v.deadline, '~'), v.platform, v.order_id,"
                " v.sub_order_id LIMIT 100"
            )
        )
        assert "gui_verdicts_urgency" in plan
        assert "TEMP B-TREE" not in plan


def test_re_evaluation_keeps_only_the_traces_in_use(tmp_path: Path) -> None:
    """Since schema v3 the evaluator stores no trace (made on demand, see test_explain.py):
    traces left by earlier versions go once no row points at them."""
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        insert_orders(store.conn, SAMPLE)
        conn = store.conn
        conn.execute('INSERT INTO verdict_traces (trace_json) VALUES (\'[{"rule": "K2"}]\')')
        as_of = datetime(2024, 7, 1)
        evaluate_store(store, as_of)
        n = conn.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0]
        traces = conn.execute("SELECT COUNT(*) FROM verdict_traces").fetchone()[0]
        assert n == len(SAMPLE) and traces == 0
        evaluate_store(store, as_of, platform="douyin")
        evaluate_store(store, datetime(2024, 7, 2), platform="kuaishou")
        unused = conn.execute(
            "SELECT COUNT(*) FROM verdict_traces"
            " WHERE id NOT IN (SELECT trace_id FROM verdict_rows)"
        ).fetchone()[0]
        assert unused == 0
        assert conn.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0] == n
        for (text,) in conn.execute("SELECT trace_json FROM verdicts"):
            assert isinstance(json.loads(text), list)


def _index_sql(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted(
        conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'verdict_rows' AND sql IS NOT NULL"
        )
    )


def test_big_rewrites_rebuild_every_index_and_a_cancel_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the threshold the evaluator drops the indexes on `verdict_rows` (the GUI's too) and
    re-creates them after the inserts; a cancelled run rolls that back with everything else."""
    from desktop_app.evaluation import run

    monkeypatch.setattr(run, "_REBUILD_INDEXES_FROM", 1)
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        insert_orders(store.conn, SAMPLE)
        conn = store.conn
        conn.execute("CREATE INDEX extra_gui_index ON verdict_rows(as_of)")
        before = _index_sql(conn)
        assert len(before) >= 6
        cache = conn.execute("PRAGMA cache_size").fetchone()
        evaluate_store(store, datetime(2024, 7, 1))
        assert _index_sql(conn) == before
        assert conn.execute("PRAGMA cache_size").fetchone() == cache
        rows = conn.execute("SELECT * FROM verdicts ORDER BY platform, order_id").fetchall()
        with pytest.raises(Cancelled):
            evaluate_store(store, datetime(2024, 7, 2), cancelled=lambda: True)
        assert _index_sql(conn) == before
        assert conn.execute("SELECT * FROM verdicts ORDER BY platform, order_id").fetchall() == rows


def test_stored_row_is_the_decision_part_of_a_verdict_row() -> None:
    """`stored_row` (built in one go for speed) holds exactly the decision columns `_row` gives
    without texts, plus `final` — for every kind of verdict (statuses, platforms, flags, money)."""
    from benchmarks.engine import make_orders, products
    from desktop_app.evaluation.run import _Encoder, _row, stored_row
    from policies.engine import evaluate_orders

    orders = make_orders(600)
    verdicts = evaluate_orders(orders, datetime(2024, 6, 20, 12), products=products())
    assert len({v.status for v in verdicts}) >= 4 and any(v.flags for v in verdicts)
    fast, plain = _Encoder(), _Encoder()
    for i, v in enumerate(verdicts):
        final = i % 2 == 0
        assert stored_row(v, fast, final) == (*_row(v, plain, 0, False), 1 if final else 0)
