"""Crash safety: SIGKILL a process in the middle of an import or a settings change, many times.

Afterwards ``PRAGMA integrity_check`` passes and the data is exactly the state before or the state
after the interrupted write — never something in between.
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
import textwrap
import time
from pathlib import Path

import pytest
from store_importdata import order_stream, plan

from desktop_app.store.connection import open_store
from desktop_app.store.importer import apply_import

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

_IMPORTER = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [sys.argv[2], sys.argv[2] + "/tests/store"]
    from desktop_app.store.connection import open_store
    from desktop_app.store.importer import apply_import
    from store_importdata import order_stream, plan

    p = plan()
    started = False

    def progress(n):
        global started
        if not started:
            started = True
            print("started", flush=True)

    with open_store(sys.argv[1]) as store:
        rows = order_stream(p, 12000, start=100, status_text="已完成", seller_note="第二次导入")
        apply_import(store, p, rows, progress=progress)
    print("done", flush=True)
    """
)

_RESTORER = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [sys.argv[2]]
    from desktop_app.store.restore import restore_backup

    print("started", flush=True)
    restore_backup(sys.argv[1], sys.argv[3])
    print("done", flush=True)
    """
)

_SETTER = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [sys.argv[2]]
    from desktop_app.store.connection import open_store
    from desktop_app.store.settings import set_setting

    with open_store(sys.argv[1], daily_backup=False) as store:
        i = 0
        while True:
            i += 1
            with store.transaction() as conn:
                set_setting(conn, "counter", i)
                set_setting(conn, "mirror", {"value": i, "pad": "x" * 3000})
            if i == 1:
                print("started", flush=True)
    """
)


def _digest(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        h = hashlib.sha256()
        for r in conn.execute("SELECT * FROM orders ORDER BY platform, order_id, sub_order_id"):
            h.update(repr(r).encode())
        for r in conn.execute("SELECT id, rows_new, rows_updated FROM imports ORDER BY id"):
            h.update(repr(r).encode())
        return h.hexdigest()
    finally:
        conn.close()


def _spawn(script: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(db), str(ROOT), *extra],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _kill_after_start(proc: subprocess.Popen[str], delay: float) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    proc.stdout.close()
    return line + rest


@pytest.mark.slow
def test_sigkill_during_import_leaves_before_or_after(tmp_path: Path) -> None:
    base = tmp_path / "base.db"
    with open_store(base, daily_backup=False) as store:
        p = plan()
        apply_import(store, p, order_stream(p, 300), backup=False)
    before = _digest(base)

    reference = tmp_path / "reference.db"
    shutil.copy(base, reference)
    t0 = time.monotonic()
    proc = _spawn(_IMPORTER, reference)
    out, _ = proc.communicate(timeout=120)
    duration = time.monotonic() - t0
    assert "done" in out
    after = _digest(reference)
    assert after != before

    rng = random.Random(20261122)
    outcomes = {"before": 0, "after": 0}
    for trial in range(10):
        db = tmp_path / f"trial{trial}.db"
        shutil.copy(base, db)
        _kill_after_start(_spawn(_IMPORTER, db), rng.uniform(0, duration))
        state = _digest(db)
        assert state in (before, after), f"trial {trial}: in-between state"
        outcomes["before" if state == before else "after"] += 1
        with open_store(db) as store:  # and it opens normally afterwards (lock released)
            assert store.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert outcomes["before"] > 0  # at least some kills landed inside the import


@pytest.mark.slow
def test_sigkill_during_settings_changes(tmp_path: Path) -> None:
    db = tmp_path / "settings.db"
    with open_store(db, daily_backup=False):
        pass
    rng = random.Random(8)
    for _trial in range(6):
        _kill_after_start(_spawn(_SETTER, db), rng.uniform(0.05, 0.4))
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        values = dict(conn.execute("SELECT key, value_json FROM settings"))
        conn.close()
        counter = int(values["counter"])
        assert f'"value": {counter},' in values["mirror"]  # both keys from the same transaction


@pytest.mark.slow
def test_sigkill_during_restore_leaves_before_or_after(tmp_path: Path) -> None:
    from desktop_app.store.backups import create_backup

    p = plan()
    template = tmp_path / "template"
    template.mkdir()
    with open_store(template / "shop.db", daily_backup=False) as store:
        apply_import(store, p, order_stream(p, 8000), backup=False)
        backup = create_backup(store, "manual")
        apply_import(store, p, order_stream(p, 8000, status_text="已完成"), backup=False)
    before, after = _digest(template / "shop.db"), _digest(backup.path)
    t0 = time.monotonic()
    reference = tmp_path / "reference"
    shutil.copytree(template, reference)
    _spawn(_RESTORER, reference / "shop.db", backup.name).communicate(timeout=120)
    duration = time.monotonic() - t0
    assert _digest(reference / "shop.db") == after

    rng = random.Random(3)
    for trial in range(6):
        folder = tmp_path / f"t{trial}"
        shutil.copytree(template, folder)
        db = folder / "shop.db"
        _kill_after_start(_spawn(_RESTORER, db, backup.name), rng.uniform(0, duration))
        assert _digest(db) in (before, after), f"trial {trial}: in-between state"
        assert _digest(folder / "backups" / backup.name) == after  # the backup is never harmed
