"""SIGKILL ``shipcheck import`` (the real command: reader, backup, store) at random points of a
large import, many times: afterwards ``PRAGMA integrity_check`` passes, the orders and the import
history are exactly as before or as after, the database opens normally (no stale lock), and an
interrupted backup leaves no half file among the backups.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from safety_support import ROOT, corpus_module

from desktop_app.store.backups import list_backups
from desktop_app.store.connection import open_store
from desktop_app.store.inspection import FileState, inspect_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

ORDERS = int(os.environ.get("SHIPCHECK_CRASH_ORDERS", "30000"))


def _digest(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        h = hashlib.sha256()
        for r in conn.execute("SELECT * FROM orders ORDER BY platform, order_id, sub_order_id"):
            h.update(repr(r).encode())
        for r in conn.execute(
            "SELECT id, sha256, rows_new, rows_updated, rows_unchanged FROM imports ORDER BY id"
        ):
            h.update(repr(r).encode())
        return h.hexdigest()
    finally:
        conn.close()


def _export(path: Path, n: int, shipped_every: int) -> None:
    corpus = corpus_module()
    rows = corpus.kuaishou_rows(n, seed=5)
    for i, r in enumerate(rows):  # a later export: more orders shipped
        if i % shipped_every == 0 and not r[13]:
            r[3], r[13], r[14], r[15] = "已发货", r[1][:11] + "23:00:00", "圆通速递", f"YT{i:010d}"
    path.write_bytes(corpus.csv_bytes([list(corpus.KS_MIN), *rows]))


def _import(db: Path, export: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "import", str(export), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_sigkill_during_cli_import_leaves_before_or_after(tmp_path: Path) -> None:
    first, later = tmp_path / "first.csv", tmp_path / "later.csv"
    _export(first, ORDERS // 2, shipped_every=10**9)
    _export(later, ORDERS, shipped_every=2)
    template = tmp_path / "template"
    template.mkdir()
    proc = _import(template / "shop.db", first)
    _out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    before = _digest(template / "shop.db")

    reference = tmp_path / "reference"
    reference.mkdir()
    shutil.copy(template / "shop.db", reference / "shop.db")
    started = time.monotonic()
    proc = _import(reference / "shop.db", later)
    _out, err = proc.communicate(timeout=600)
    duration = time.monotonic() - started
    assert proc.returncode == 0, err.decode()
    after = _digest(reference / "shop.db")
    assert after != before

    rng = random.Random(7)
    seen = {"before": 0, "after": 0}
    for trial in range(6):
        folder = tmp_path / f"t{trial}"
        folder.mkdir()
        shutil.copy(template / "shop.db", folder / "shop.db")
        db = folder / "shop.db"
        proc = _import(db, later)
        time.sleep(rng.uniform(0.2, duration * 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        state = _digest(db)
        assert state in (before, after), f"trial {trial}: orders in between"
        seen["before" if state == before else "after"] += 1
        with open_store(db, daily_backup=False) as store:  # no stale lock, opens normally
            assert store.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
            from desktop_app.store.backups import create_backup

            create_backup(store, "manual")  # clears what an interrupted backup left
        for backup in list_backups(db):
            assert inspect_database(backup.path).state is FileState.OK, backup.name
        assert not [p for p in (folder / "backups").iterdir() if p.name.endswith(".tmp")]
    assert seen["before"] > 0
