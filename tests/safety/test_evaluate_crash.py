"""Crash safety of evaluation: the verdicts table is exactly the old or the new evaluation.

- SIGKILL a ``shipcheck evaluate`` process at random points of a large evaluation (30k orders by
  default; ``SHIPCHECK_CRASH_ORDERS=200000`` for the full size), many times: afterwards
  ``PRAGMA integrity_check`` passes and the verdicts are exactly those of the previous evaluation
  or of the interrupted one, never a mixture or a partial table.
- Fault injection in process: an exception at verdict k (in the engine, or in the caller's
  sink), a cancel, or a full disk, for several k across the insert batches, leaves the verdicts
  as they were.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from safety_support import ROOT, fill_orders, verdicts_digest

from desktop_app.errors import BadInput, Cancelled
from desktop_app.evaluation import evaluate_store
from desktop_app.store.connection import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

ORDERS = int(os.environ.get("SHIPCHECK_CRASH_ORDERS", "30000"))
T1 = datetime(2024, 5, 21, 18, 0, 0)
T2 = datetime(2024, 5, 22, 9, 30, 0)


def _evaluate_cli(db: Path, as_of: datetime) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "evaluate",
            "--as-of",
            as_of.strftime("%Y-%m-%d %H:%M:%S"),
            "--db",
            str(db),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of ORDERS orders, evaluated once as of T1."""
    db = tmp_path_factory.mktemp("evalcrash") / "big.db"
    fill_orders(db, ORDERS)
    with open_store(db, daily_backup=False) as store:
        evaluate_store(store, T1)
    return db


@pytest.mark.slow
def test_sigkill_during_evaluation_leaves_old_or_new_verdicts(big_db: Path) -> None:
    old = verdicts_digest(big_db)
    assert old[0] == ORDERS

    # A full run as of T2 (also takes the day's backup, so the runs below do not): its duration
    # bounds the kill points, its result is the "after" state.
    started = time.monotonic()
    proc = _evaluate_cli(big_db, T2)
    _out, err = proc.communicate(timeout=600)
    duration = time.monotonic() - started
    assert proc.returncode == 0, err.decode()
    new = verdicts_digest(big_db)
    assert new[0] == ORDERS and new != old

    states = {T1: old, T2: new}
    current = T2
    rng = random.Random(20261122)
    interrupted = 0
    for trial in range(6):
        target = T1 if current == T2 else T2
        proc = _evaluate_cli(big_db, target)
        time.sleep(rng.uniform(0.2, duration * 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        found = verdicts_digest(big_db)  # integrity_check inside
        assert found in (states[T1], states[T2]), f"trial {trial}: verdicts in between"
        if found == states[current]:
            interrupted += 1
        current = T1 if found == states[T1] else T2
    assert interrupted > 0  # some kills landed inside the evaluation
    with open_store(big_db, daily_backup=False) as store:  # the lock was released by the kill
        assert store.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)


class Boom(Exception):
    """The injected failure."""


def _fail_at(k: int) -> Iterator[None]:
    for _ in range(k):
        yield None
    raise Boom(f"injected at verdict {k}")


@pytest.mark.slow
@pytest.mark.parametrize("where", ["engine", "sink"])
def test_failure_at_verdict_k_leaves_verdicts_as_before(
    big_db: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policies import engine
    from policies.records import Platform

    before = verdicts_digest(big_db)
    # across the insert batches (20 000 rows): the first, around a batch boundary, the last
    points = (0, 19_999, 20_000, ORDERS - 1) if where == "engine" else (1, 20_001, ORDERS - 1)
    for k in points:
        counter = _fail_at(k)

        def tick(*_: object, counter: Iterator[None] = counter) -> None:
            next(counter)

        with open_store(big_db, daily_backup=False) as store:
            # Judge every order (not just those whose verdict may have changed since T1), so the
            # failure points cover the whole run.
            store.conn.execute("UPDATE verdict_runs SET context_key = ''")
            if where == "engine":
                for platform in Platform:
                    rule = engine.RULES[platform]

                    def failing(order: object, ctx: object, rule: object = rule) -> object:
                        tick()
                        return rule(order, ctx)  # type: ignore[operator]

                    monkeypatch.setitem(engine.RULES, platform, failing)
                with pytest.raises(Boom):
                    evaluate_store(store, T2)
                monkeypatch.undo()
            else:
                with pytest.raises(Boom):
                    evaluate_store(store, T2, sink=tick)
            assert not store.conn.in_transaction
        assert verdicts_digest(big_db) == before, f"failure at verdict {k} changed the verdicts"


@pytest.mark.slow
def test_cancel_and_disk_full_during_evaluation_leave_verdicts_as_before(
    big_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = verdicts_digest(big_db)
    with open_store(big_db, daily_backup=False) as store:
        calls = 0

        def cancel_on_second_batch() -> bool:
            nonlocal calls
            calls += 1
            return calls >= 2

        with pytest.raises(Cancelled):
            evaluate_store(store, T2, cancelled=cancel_on_second_batch)
    assert verdicts_digest(big_db) == before

    # The new verdicts need more room than the old ones left (their rule lists are made longer),
    # and the database may grow by a few pages only.
    import json

    from desktop_app.evaluation import run

    def long_list(self: object, values: tuple[str, ...]) -> str:
        return json.dumps([*values, "x" * 2000], ensure_ascii=False)

    monkeypatch.setattr(run._Encoder, "tup", long_list)
    with open_store(big_db, daily_backup=False) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(BadInput) as info:
            evaluate_store(store, T2)
        assert "磁盘空间已满" in info.value.render()
        assert "disk is full" in info.value.render(english=True)
        assert not store.conn.in_transaction
    assert verdicts_digest(big_db) == before
