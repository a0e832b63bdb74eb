"""Schema v3: verdicts computed without trace, explanations on demand, only changed rows written.

The fast path and the on-demand explanation run the same rule code, so an explanation agrees with
the stored verdict; re-evaluating writes only what changed and ends with exactly the rows a fresh
evaluation would write.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.evaluation import evaluate_store
from desktop_app.evaluation.explain import explain_order, explain_orders, verdict_texts
from desktop_app.evaluation.load import load_inputs
from desktop_app.store.connection import Store
from desktop_app.store.settings import set_setting
from policies.engine import evaluate_orders
from tests.evaluation.storedata import synthetic_store

AS_OF = datetime(2024, 6, 20, 12)


def _store(path: Path, n: int = 900) -> Store:
    """A store with n synthetic orders of the three platforms, products and two areas."""
    return synthetic_store(path, n)


def _view(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT * FROM verdicts ORDER BY platform, order_id, sub_order_id"
    ).fetchall()


def test_stored_verdicts_equal_the_engine_on_fully_loaded_records(tmp_path: Path) -> None:
    """The bulk path (rule columns only, no trace) stores what the engine gives on full records."""
    with _store(tmp_path / "a.db") as store:
        evaluate_store(store, AS_OF)
        inputs = load_inputs(store)
        verdicts = evaluate_orders(
            inputs.orders, AS_OF, inputs.params, inputs.products, inputs.areas
        )
        stored = {
            (r[0], r[1], r[2]): r
            for r in store.conn.execute(
                "SELECT platform, order_id, sub_order_id, status, deadline, rules_json,"
                " reasons_json, reasons_en_json, flags_json, compensation_fen, appeal_candidate,"
                " appeal_reason, deadline_basis FROM verdicts"
            )
        }
        assert len(stored) == len(verdicts) == 900
        statuses = set()
        for v in verdicts:
            row = stored[(v.platform.value, v.order_id, v.sub_order_id)]
            statuses.add(v.status.value)
            assert row[3] == v.status.value
            assert row[4] == (v.deadline.isoformat(" ") if v.deadline else None)
            assert json.loads(row[5]) == list(v.rules)
            assert json.loads(row[8]) == list(v.flags)
            assert row[9] == (None if v.compensation is None else int(v.compensation * 100))
            assert row[10] == int(v.appeal_candidate)
            # The store keeps the decision only: the texts are made on demand.
            assert row[6] == row[7] == "[]" and row[11] == row[12] == ""
            assert v.reasons and v.reasons_en
        assert {"on_time", "late", "overdue", "exempt", "excluded"} <= statuses


def test_explanations_give_the_texts_the_store_leaves_out(tmp_path: Path) -> None:
    """Reasons, deadline basis and appeal reason of every stored order come back, in both
    languages, exactly as the engine gives them on full records."""
    with _store(tmp_path / "a.db") as store:
        evaluate_store(store, AS_OF)
        inputs = load_inputs(store)
        verdicts = evaluate_orders(
            inputs.orders, AS_OF, inputs.params, inputs.products, inputs.areas
        )
        keys = [(v.platform.value, v.order_id, v.sub_order_id) for v in verdicts]
        found = explain_orders(store, keys)
        texts = verdict_texts(store, keys)
        appeals = 0
        for key, v in zip(keys, verdicts, strict=True):
            e = found[key].verdict
            assert (e.reasons, e.reasons_en) == (v.reasons, v.reasons_en) == texts[key]
            assert (e.deadline_basis, e.deadline_basis_en) == (
                v.deadline_basis,
                v.deadline_basis_en,
            )
            assert (e.appeal_reason, e.appeal_reason_en) == (v.appeal_reason, v.appeal_reason_en)
            appeals += bool(v.appeal_reason)
        assert appeals > 0


def test_explanations_agree_with_the_stored_verdicts(tmp_path: Path) -> None:
    with _store(tmp_path / "a.db") as store:
        evaluate_store(store, AS_OF)
        keys = [
            tuple(r)
            for r in store.conn.execute("SELECT platform, order_id, sub_order_id FROM orders")
        ]
        found = explain_orders(store, keys)
        assert len(found) == len(keys)
        for e in found.values():
            assert not e.stale and e.stale_step() is None
            assert e.verdict.as_of == AS_OF
        # Paid, assessable orders carry a trace quoting a rule or parameter.
        with_trace = [e for e in found.values() if e.verdict.trace]
        assert len(with_trace) > len(keys) * 0.9
        assert any(s.parameter for e in with_trace for s in e.verdict.trace)
        assert explain_order(store, "kuaishou", "no-such-order") is None


def test_explanation_says_when_settings_or_data_changed(tmp_path: Path) -> None:
    with _store(tmp_path / "a.db", n=60) as store:
        evaluate_store(store, AS_OF)
        conn = store.conn
        key = conn.execute(
            "SELECT platform, order_id, sub_order_id FROM verdicts WHERE status = 'overdue'"
            " AND platform = 'kuaishou' LIMIT 1"
        ).fetchone()
        before = explain_order(store, *key)
        assert before is not None and not before.stale
        set_setting(conn, "kuaishou.k2.compensation_rate", "0.05")
        after = explain_order(store, *key)
        assert after is not None and after.settings_changed and after.stale_step() is not None
        # K2 now has an amount: the recomputed verdict differs from the stored one too.
        assert after.differs and after.verdict.compensation is not None
        evaluate_store(store, AS_OF)
        again = explain_order(store, *key)
        assert again is not None and not again.stale


def test_re_evaluation_writes_only_changes_and_ends_like_a_fresh_evaluation(
    tmp_path: Path,
) -> None:
    later = datetime(2024, 6, 24, 9)
    with _store(tmp_path / "a.db") as fresh:
        evaluate_store(fresh, later)
        expected = _view(fresh.conn)
    with _store(tmp_path / "b.db") as store:
        evaluate_store(store, AS_OF)
        conn = store.conn
        first = _view(conn)
        changes = conn.total_changes
        evaluate_store(store, AS_OF)  # nothing changed: no verdict row written
        assert _view(conn) == first
        assert conn.total_changes - changes <= 3  # the verdict_runs rows only
        evaluate_store(store, later)
        assert _view(conn) == expected
        as_of = {r[0] for r in conn.execute("SELECT DISTINCT as_of FROM verdicts")}
        assert as_of == {"2024-06-24 09:00:00"}


def test_re_evaluation_drops_rows_of_orders_no_longer_stored(tmp_path: Path) -> None:
    with _store(tmp_path / "a.db", n=90) as store:
        evaluate_store(store, AS_OF)
        conn = store.conn
        gone = conn.execute(
            "SELECT order_id FROM orders WHERE platform = 'douyin' ORDER BY order_id"
        ).fetchall()
        conn.execute("DELETE FROM orders WHERE platform = 'douyin'")
        summary = evaluate_store(store, AS_OF)
        assert summary.total == 60
        left = {r[0] for r in conn.execute("SELECT platform FROM verdicts")}
        assert left == {"kuaishou", "aliexpress"} and gone


def test_false_shipping_candidates_from_sql_give_the_full_pass_result(tmp_path: Path) -> None:
    """Numbers with surrounding whitespace (ideographic space too) group with their stripped
    form, exactly as the engine's pass over every order does."""
    from desktop_app.evaluation.load import load_orders, shared_tracking_orders
    from policies.engine import false_shipping_keys

    with _store(tmp_path / "a.db", n=300) as store:
        conn = store.conn
        conn.execute(
            "UPDATE orders SET tracking_no = 'SF1 ' WHERE order_id = ?", (str(10**18 + 4),)
        )
        conn.execute("UPDATE orders SET tracking_no = 'SF1' WHERE order_id = ?", (str(10**18 + 7),))
        conn.execute(
            "UPDATE orders SET tracking_no = '\u3000SF2' WHERE order_id = ?", (str(10**18 + 10),)
        )
        conn.execute(
            "UPDATE orders SET tracking_no = 'SF2' WHERE order_id = ?", (str(10**18 + 13),)
        )
        more = {  # leading/trailing whitespace of every kind the index walk's filter must see
            16: "\tSF3",
            19: "SF3\u3000",
            22: "SF4\xa0",
            25: "SF4",
            28: "\x85SF5 ",
            31: "SF5",
            34: "SF6\u205f",  # alone: a candidate, no group
            37: "!SF7~",  # no whitespace: no group with SF7
            40: "SF7",
        }
        for i, number in more.items():
            conn.execute(
                "UPDATE orders SET tracking_no = ? WHERE order_id = ?", (number, str(10**18 + i))
            )
        keys = (4, 7, 10, 13, *more)
        conn.execute(
            f"UPDATE orders SET shipped_at = '2024-06-01 10:00:00' WHERE order_id IN "
            f"({', '.join('?' for _ in keys)})",
            [str(10**18 + i) for i in keys],
        )
        for as_of in (AS_OF, datetime(2024, 6, 1, 9)):
            expected = false_shipping_keys(load_orders(store), as_of)
            got = false_shipping_keys(shared_tracking_orders(store, as_of), as_of)
            assert got == expected
            grouped = {str(10**18 + i) for i in (4, 7, 10, 13, 16, 19, 22, 25, 28, 31)}
            shared = {k[1] for k in expected} >= grouped
            assert shared is (as_of == AS_OF)
            assert not {k[1] for k in expected} & {str(10**18 + i) for i in (34, 37, 40)}


def test_every_whitespace_character_is_outside_the_candidate_filters_ascii_range() -> None:
    """`shared_tracking_orders` looks for whitespace only among numbers whose first or last
    character is below "!" or at least FIRST_NON_ASCII_SPACE."""
    from desktop_app.evaluation.load import FIRST_NON_ASCII_SPACE

    spaces = [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert "\u3000" in spaces and "\x85" in spaces
    assert all(c < "!" or c >= FIRST_NON_ASCII_SPACE for c in spaces)


def test_re_evaluation_changing_most_rows_rebuilds_the_indexes_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.evaluation import run

    monkeypatch.setattr(run, "_REBUILD_INDEXES_FROM", 1)
    monkeypatch.setattr(run, "_BATCH", 100)
    early = datetime(2024, 6, 2)  # most orders not paid yet: nearly every verdict changes
    with _store(tmp_path / "fresh.db") as fresh:
        evaluate_store(fresh, early)
        expected = _view(fresh.conn)
    with _store(tmp_path / "b.db") as store:
        conn = store.conn
        evaluate_store(store, AS_OF)
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
            "'verdict_rows' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        dropped: list[int] = []
        real_drop = run._drop_verdict_indexes
        monkeypatch.setattr(
            run, "_drop_verdict_indexes", lambda c: dropped.append(1) or real_drop(c)
        )
        evaluate_store(store, early)
        assert dropped == [1]
        assert _view(conn) == expected
        assert (
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                "'verdict_rows' AND sql IS NOT NULL ORDER BY name"
            ).fetchall()
            == indexes
        )


def test_platform_by_platform_re_evaluation_in_small_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.evaluation import run

    monkeypatch.setattr(run, "_BATCH", 70)
    later = datetime(2024, 6, 24, 9)
    with _store(tmp_path / "fresh.db") as fresh:
        evaluate_store(fresh, later)
        expected = _view(fresh.conn)
    with _store(tmp_path / "b.db") as store:
        evaluate_store(store, AS_OF)
        store.conn.execute("DELETE FROM orders WHERE order_id = ?", (str(10**18 + 5),))
        for platform in ("douyin", "aliexpress", "kuaishou"):
            summary = evaluate_store(store, later, platform=platform)
            assert summary.total == 300 - (platform == "aliexpress")
        assert _view(store.conn) == [r for r in expected if r[1] != str(10**18 + 5)]
