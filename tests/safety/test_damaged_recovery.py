"""A damaged database is detected at open, refused untouched, and recovered from the newest good
backup while the damaged files are kept — the API the GUI's "restore a backup?" dialog uses:

1. ``open_store(path)`` raises `StoreRefused` with ``state is FileState.DAMAGED`` (the file is not
   changed; its message names the restore command for the CLI);
2. ``latest_good_backup(path)`` → the newest backup that passes ``quick_check`` (or None);
3. ``restore(path, info.name)`` → `RestoreResult` with ``kept`` = the damaged files renamed aside.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store.aside import kept_damaged_files
from desktop_app.store.backups import create_backup, latest_good_backup, list_backups
from desktop_app.store.connection import StoreRefused, open_store
from desktop_app.store.inspection import FileState
from desktop_app.store.restore import restore
from desktop_app.store.settings import get_setting, set_setting


def _set(db: Path, key: str, value: object) -> None:
    with open_store(db, daily_backup=False) as store, store.transaction() as conn:
        set_setting(conn, key, value)


def _backup(db: Path) -> str:
    with open_store(db, daily_backup=False) as store:
        return create_backup(store, "manual", rotate=False).name


def _close_cleanly(db: Path) -> None:
    with open_store(db, daily_backup=False):
        pass


def _smash_pages(data: bytes) -> bytes:
    out = bytearray(data)
    for page in range(1, len(out) // 4096):
        out[page * 4096 : page * 4096 + 12] = b"\xff" * 12
    return bytes(out)


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2 + 100]


def _header(data: bytes) -> bytes:
    out = bytearray(data)
    out[16:24] = b"\xff" * 8  # page size and format bytes
    return bytes(out)


def _filled(tmp_path: Path) -> Path:
    db = tmp_path / "shop.db"
    _set(db, "version", "good")
    with open_store(db, daily_backup=False) as store, store.transaction() as conn:
        conn.execute("CREATE TEMP TABLE pad(x)")  # temp: does not count
        for i in range(300):
            set_setting(conn, f"k{i}", "x" * 200)
    return db


@pytest.mark.parametrize("damage", [_smash_pages, _truncate, _header])
def test_damaged_database_is_refused_untouched(tmp_path: Path, damage: object) -> None:
    db = _filled(tmp_path)
    _close_cleanly(db)
    bad = damage(db.read_bytes())  # type: ignore[operator]
    db.write_bytes(bad)
    with pytest.raises(StoreRefused) as info:
        open_store(db)
    assert info.value.state is FileState.DAMAGED
    assert db.read_bytes() == bad
    assert not db.with_name("shop.db-wal").exists()


def test_gui_flow_restores_the_newest_good_backup_and_keeps_the_damaged_file(
    tmp_path: Path,
) -> None:
    db = _filled(tmp_path)
    good = _backup(db)
    _set(db, "version", "later")
    newest = _backup(db)
    # the newest backup is itself damaged (e.g. a disk error): it must not be offered
    backup_path = tmp_path / "backups" / newest
    backup_path.write_bytes(_smash_pages(backup_path.read_bytes()))
    _close_cleanly(db)
    damaged = _smash_pages(db.read_bytes())
    db.write_bytes(damaged)

    with pytest.raises(StoreRefused) as refused:
        open_store(db)
    assert refused.value.state is FileState.DAMAGED
    assert good in refused.value.render() and newest not in refused.value.render()

    offer = latest_good_backup(db)
    assert offer is not None and offer.name == good
    result = restore(db, offer.name)
    assert result.restored.name == good and result.pre_restore is None
    assert [p.read_bytes() for p in result.kept] == [damaged]
    assert ".damaged-" in result.kept[0].name
    assert kept_damaged_files(db) == [result.kept[0]]
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "version") == "good"
    assert backup_path.exists()  # backups are never deleted by a restore


def test_no_good_backup_offers_nothing(tmp_path: Path) -> None:
    db = _filled(tmp_path)
    assert latest_good_backup(db) is None
    name = _backup(db)
    (tmp_path / "backups" / name).write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert latest_good_backup(db) is None
    _close_cleanly(db)
    db.write_bytes(_smash_pages(db.read_bytes()))
    with pytest.raises(StoreRefused) as refused:
        open_store(db)
    assert "No usable backup" in refused.value.render(english=True)


def test_damaged_wal_is_kept_with_the_database(tmp_path: Path) -> None:
    db = _filled(tmp_path)
    good = _backup(db)
    _close_cleanly(db)
    damaged = _smash_pages(db.read_bytes())
    db.write_bytes(damaged)
    wal = db.with_name("shop.db-wal")
    wal.write_bytes(b"a wal that belongs to the damaged file")
    result = restore(db, good)
    main_file, kept_wal = result.kept[0], result.kept[1]
    assert main_file.read_bytes() == damaged
    assert kept_wal.name == main_file.name + "-wal"
    assert kept_wal.read_bytes() == b"a wal that belongs to the damaged file"
    assert _integrity(db)
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "version") == "good"


def _integrity(db: Path) -> bool:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_leftover_wal_of_a_missing_database_is_not_replayed(tmp_path: Path) -> None:
    """A seller deleted shop.db but not shop.db-wal: the stale WAL must not be applied onto
    the restored copy (that would corrupt it); it is kept aside instead."""
    db = _filled(tmp_path)
    good = _backup(db)
    # a WAL with real frames of another state of the database
    other = tmp_path / "other"
    other.mkdir()
    conn = sqlite3.connect(other / "x.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE settings(key TEXT PRIMARY KEY, value_json TEXT)")
    conn.execute("INSERT INTO settings VALUES ('version', '\"from the stale wal\"')")
    stale_wal = (other / "x.db-wal").read_bytes()
    conn.close()
    _close_cleanly(db)
    db.unlink()
    db.with_name("shop.db-wal").write_bytes(stale_wal)
    result = restore(db, good)
    assert [p.name.split("-wal")[0].rsplit(".", 1)[0] for p in result.kept] == ["shop.db"]
    assert ".orphaned-" in result.kept[0].name and result.kept[0].read_bytes() == stale_wal
    assert _integrity(db)
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "version") == "good"


def test_two_recoveries_in_the_same_second_keep_both_damaged_copies(tmp_path: Path) -> None:
    db = _filled(tmp_path)
    good = _backup(db)
    kept: list[bytes] = []
    for round_ in range(2):
        _close_cleanly(db)
        damaged = _smash_pages(db.read_bytes()) + bytes([round_])
        db.write_bytes(damaged)
        restore(db, good)
        kept.append(damaged)
    assert sorted(p.read_bytes() for p in kept_damaged_files(db)) == sorted(kept)


def test_cli_restore_names_the_kept_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _filled(tmp_path)
    good = _backup(db)
    _close_cleanly(db)
    db.write_bytes(_smash_pages(db.read_bytes()))
    assert main(["orders", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "shipcheck backup restore" in err and good in err
    assert main(["backup", "restore", good, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "损坏的文件已保留为" in out and str(kept_damaged_files(db)[0]) in out
    assert len(list_backups(db)) == 1


def test_daily_backup_if_due_for_long_sessions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from desktop_app.store import backups as backups_module
    from desktop_app.store.backups import daily_backup_if_due

    db = _filled(tmp_path)
    monkeypatch.setattr(backups_module, "china_now", lambda: datetime(2026, 11, 22, 23, 59, 0))
    with open_store(db) as store:  # the day's backup at open
        assert [b.reason for b in list_backups(db)] == ["daily"]
        assert daily_backup_if_due(store) is None  # already one today
        # the window stays open past midnight
        monkeypatch.setattr(backups_module, "china_now", lambda: datetime(2026, 11, 23, 0, 5, 0))
        info = daily_backup_if_due(store)
        assert info is not None and info.created_at == "2026-11-23 00:05:00"
        assert daily_backup_if_due(store) is None


def _stale_wal(folder: Path) -> bytes:
    """The -wal of some other state of a ShipCheck database (real frames, never checkpointed)."""
    db = folder / "src.db"
    _set(db, "version", "in the main file")
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE settings SET value_json = '\"from the stale wal\"'")
    data = (folder / "src.db-wal").read_bytes()
    conn.close()
    return data


def test_open_keeps_a_stale_wal_of_a_missing_database_aside(tmp_path: Path) -> None:
    """Without this, SQLite would replay the orphaned WAL into the new file: half a database."""
    other = tmp_path / "other"
    other.mkdir()
    stale = _stale_wal(other)
    db = tmp_path / "shop.db"
    db.with_name("shop.db-wal").write_bytes(stale)
    with open_store(db, daily_backup=False) as store:
        assert store.warnings and "orphaned" in store.warnings[0]
        assert get_setting(store.conn, "version") is None  # a new, empty database
        assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    kept = [p for p in tmp_path.iterdir() if ".orphaned-" in p.name and p.name.endswith("-wal")]
    assert [p.read_bytes() for p in kept] == [stale]


@pytest.mark.slow
@pytest.mark.skipif(__import__("os").name != "posix", reason="SIGKILL")
def test_sigkill_during_recovery_never_leaves_the_database_missing(tmp_path: Path) -> None:
    """Killed at any point of restoring over a damaged database: the database path holds either
    the damaged file (refused again, the offer repeats) or the restored copy — never nothing,
    which the next start would silently take for a new, empty database — and the damaged bytes
    and the backup survive."""
    import random
    import shutil
    import signal
    import subprocess
    import sys
    import time

    from safety_support import ROOT, fill_orders

    template = tmp_path / "template"
    template.mkdir()
    db = template / "shop.db"
    fill_orders(db, 20000)
    good = _backup(db)
    _close_cleanly(db)
    damaged = _smash_pages(db.read_bytes())
    db.write_bytes(damaged)
    script = (
        "import sys; sys.path.insert(0, sys.argv[3]);"
        "from desktop_app.store.restore import restore;"
        "print('started', flush=True); restore(sys.argv[1], sys.argv[2])"
    )

    def run(folder: Path) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", script, str(folder / "shop.db"), good, str(ROOT)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    shutil.copytree(template, tmp_path / "reference")
    started = time.monotonic()
    run(tmp_path / "reference").communicate(timeout=120)
    duration = time.monotonic() - started
    rng = random.Random(11)
    for trial in range(8):
        folder = tmp_path / f"t{trial}"
        shutil.copytree(template, folder)
        proc = run(folder)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(rng.uniform(0, duration))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        target = folder / "shop.db"
        assert target.exists(), f"trial {trial}: the database went missing"
        copies = [p.read_bytes() for p in folder.iterdir() if ".damaged-" in p.name]
        if target.read_bytes() == damaged:
            with pytest.raises(StoreRefused):
                open_store(target)
        else:
            assert copies == [damaged]
            assert _integrity(target)
        backup = folder / "backups" / good
        assert backup.read_bytes() == (template / "backups" / good).read_bytes()
