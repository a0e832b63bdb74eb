"""Backups: made with the backup API (WAL included), rotated, listed and restored atomically."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.errors import BadInput
from desktop_app.store import backups as backups_module
from desktop_app.store.backups import (
    BackupInfo,
    backups_to_keep,
    create_backup,
    list_backups,
)
from desktop_app.store.connection import open_store
from desktop_app.store.inspection import FileState, inspect_database
from desktop_app.store.restore import restore_backup
from desktop_app.store.settings import get_setting, set_setting


def _set(db: Path, key: str, value: object) -> None:
    with open_store(db, daily_backup=False) as store, store.transaction() as conn:
        set_setting(conn, key, value)


def test_backup_includes_wal_content_and_is_self_contained(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    with open_store(db, daily_backup=False) as store:
        with store.transaction() as conn:
            set_setting(conn, "k", "in the wal")
        assert db.with_name("shop.db-wal").stat().st_size > 0  # not yet checkpointed
        info = create_backup(store, "manual")
    assert info.path.parent == tmp_path / "backups"
    assert info.name.startswith("shop-") and info.name.endswith("-manual.db")
    assert not info.path.with_name(info.name + "-wal").exists()
    assert inspect_database(info.path).state is FileState.OK
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT value_json FROM settings").fetchone()[0] == '"in the wal"'
    conn.close()
    assert list_backups(db)[0].name == info.name


def test_daily_backup_once_per_day_only_with_data(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    with open_store(db):
        pass
    assert list_backups(db) == []  # nothing worth keeping yet
    _set(db, "a", 1)
    with open_store(db):
        pass
    with open_store(db):
        pass
    assert [b.reason for b in list_backups(db)] == ["daily"]


def test_backups_in_the_same_second_get_distinct_names(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _set(db, "a", 1)
    with open_store(db, daily_backup=False) as store:
        names = {create_backup(store, "manual", rotate=False).name for _ in range(5)}
    assert len(names) == 5
    assert len(list_backups(db)) == 5


def _info(stamp: str, reason: str = "daily") -> BackupInfo:
    return BackupInfo(f"x-{stamp}-{reason}.db", Path("/nonexistent"), stamp, reason, 1)


def test_rotation_keeps_last_ten_daily_and_monthly() -> None:
    now = datetime(2026, 11, 22, 12, 0, 0)
    items = []
    # 30 backups today, one a day for 60 days, one a month-start for 24 months
    items += [_info(f"2026-11-22 11:{m:02d}:00") for m in range(30)]
    for d in range(1, 61):
        day = datetime.fromordinal(now.toordinal() - d)
        items.append(_info(day.strftime("%Y-%m-%d 09:00:00")))
    for k in range(24):
        y, m = divmod(2026 * 12 + 10 - k, 12)
        items.append(_info(f"{y:04d}-{m + 1:02d}-01 08:00:00"))
    keep = backups_to_keep(items, now)
    today_kept = [n for n in keep if "2026-11-22" in n]
    assert len(today_kept) == 10  # the last ten (today's newest included)
    days = {n.split(" ")[0][2:] for n in keep}
    for d in range(0, 14):
        assert datetime.fromordinal(now.toordinal() - d).strftime("%Y-%m-%d") in days
    months = {n[2:9] for n in keep}
    assert "2025-12" in months and "2026-01" in months
    assert "2024-11" not in months  # older than twelve months
    assert len(keep) < len(items)


def test_rotation_deletes_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "r.db"
    _set(db, "a", 1)
    monkeypatch.setattr(backups_module, "KEEP_LAST", 3)
    with open_store(db, daily_backup=False) as store:
        for _ in range(6):
            create_backup(store, "manual")
    # same day: the last three plus nothing older (the newest of the day is among them)
    assert len(list_backups(db)) == 3
    assert len(list((tmp_path / "backups").iterdir())) == 3


def test_restore_replaces_content_and_keeps_pre_restore_backup(tmp_path: Path) -> None:
    db = tmp_path / "main.db"
    _set(db, "version", "old")
    with open_store(db, daily_backup=False) as store:
        old = create_backup(store, "manual")
    _set(db, "version", "new")
    pre = restore_backup(db, old.name)
    assert pre is not None and pre.reason == "pre-restore"
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "version") == "old"
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    pre_conn = sqlite3.connect(pre.path)
    assert pre_conn.execute("SELECT value_json FROM settings").fetchone()[0] == '"new"'
    pre_conn.close()


def test_restore_over_damaged_database_keeps_the_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "main.db"
    _set(db, "version", "good")
    with open_store(db, daily_backup=False) as store:
        good = create_backup(store, "manual")
    data = bytearray(db.read_bytes())
    for p in range(1, len(data) // 4096):
        data[p * 4096 : p * 4096 + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    with pytest.raises(BadInput) as info:
        open_store(db)
    assert "shipcheck backup restore" in info.value.render(english=True)
    assert restore_backup(db, good.name) is None
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert kept and kept[0].read_bytes() == bytes(data)
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "version") == "good"


def test_restore_refuses_bad_backup_and_foreign_target(tmp_path: Path) -> None:
    db = tmp_path / "main.db"
    _set(db, "a", 1)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    before = db.read_bytes()
    with pytest.raises(BadInput):
        restore_backup(db, str(junk))
    with pytest.raises(BadInput):
        restore_backup(db, "no-such-backup.db")
    assert db.read_bytes() == before
    with open_store(db, daily_backup=False) as store:
        good = create_backup(store, "manual")
    foreign = tmp_path / "main.db"
    foreign.unlink()
    for extra in ("main.db-wal", "main.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(BadInput):
        restore_backup(db, good.name)
    assert sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master").fetchone() == ("t",)


def test_restore_into_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "main.db"
    _set(db, "a", 42)
    with open_store(db, daily_backup=False) as store:
        b = create_backup(store, "manual")
    for name in ("main.db", "main.db-wal", "main.db-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    assert restore_backup(db, b.name) is None
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "a") == 42


def test_failed_daily_backup_does_not_block_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "d.db"
    _set(db, "a", 1)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups_module, "_snapshot", broken)
    with open_store(db) as store:
        assert store.warnings and "daily backup failed" in store.warnings[0]
        assert get_setting(store.conn, "a") == 1
    assert list_backups(db) == []


def test_interrupted_backup_leftovers_are_cleaned(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _set(db, "a", 1)
    (tmp_path / "backups").mkdir()
    leftover = tmp_path / "backups" / ".c-20260101-000000-daily.db.tmp"
    leftover.write_bytes(b"half a backup")
    with open_store(db, daily_backup=False) as store:
        create_backup(store)
    assert not leftover.exists()
    assert len(list_backups(db)) == 1


def test_import_is_refused_when_its_backup_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store_importdata import dump, order_stream, plan

    from desktop_app.store.importer import apply_import

    db = tmp_path / "i.db"
    p = plan()
    with open_store(db, daily_backup=False) as store:
        apply_import(store, p, order_stream(p, 5), backup=False)
        before = dump(store.conn)

        def full(*args: object, **kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(backups_module, "_snapshot", full)
        with pytest.raises(BadInput) as info:
            apply_import(store, p, order_stream(p, 5, start=100))
        assert "Could not back up" in info.value.render(english=True)
        assert "无法创建数据库备份" in info.value.render()
        assert dump(store.conn) == before


def test_daily_backup_beside_an_open_store_that_keeps_writing(tmp_path: Path) -> None:
    """The GUI's daily backup: its own read-only connection, while the store stays open and
    writable (WAL) — the copy is the state when it started, complete and self-contained."""
    db = tmp_path / "shop.db"
    with open_store(db, daily_backup=False, full_check=False) as store:
        with store.transaction() as conn:
            set_setting(conn, "k", "before")
        info = backups_module.daily_backup_beside(db)
        assert info is not None and info.reason == "daily"
        with store.transaction() as conn:  # the store writes on after the backup
            set_setting(conn, "k", "after")
        assert backups_module.daily_backup_beside(db) is None  # one a day
    assert inspect_database(info.path).state is FileState.OK
    copy = sqlite3.connect(info.path)
    try:
        assert copy.execute("SELECT value_json FROM settings WHERE key = 'k'").fetchone() == (
            '"before"',
        )
    finally:
        copy.close()


def test_daily_backup_beside_skips_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    with open_store(db, daily_backup=False):
        assert backups_module.daily_backup_beside(db) is None
    assert list_backups(db) == []


def _rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT key, value_json FROM settings ORDER BY key").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("backup_pages", [4096, 8192, 16384, 65536])
def test_restore_a_backup_with_other_page_size(tmp_path: Path, backup_pages: int) -> None:
    """Databases made before 16 KiB pages became the default have 4 KiB pages; their backups
    restore over a 16 KiB database (and the other way round) with every row."""
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    conn.execute(f"PRAGMA page_size = {backup_pages}")
    conn.execute("VACUUM")
    conn.close()
    _set(old, "version", "from the old pages")
    with open_store(old, daily_backup=False) as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == backup_pages
        backup = create_backup(store, "manual")
    db = tmp_path / "new.db"
    _set(db, "version", "current")
    pre = restore_backup(db, str(backup.path))
    assert pre is not None and _rows(pre.path) == [("version", '"current"')]
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "version") == "from the old pages"
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == backup_pages
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restoring_the_oldest_kept_backup_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pre-restore backup's rotation must not delete the backup being restored."""
    monkeypatch.setattr(backups_module, "KEEP_LAST", 3)
    monkeypatch.setattr(backups_module, "KEEP_DAYS", 0)
    monkeypatch.setattr(backups_module, "KEEP_MONTHS", 0)
    db = tmp_path / "r.db"
    _set(db, "n", 0)
    with open_store(db, daily_backup=False) as store:
        oldest = create_backup(store, "manual")
        for n in (1, 2):
            with store.transaction() as conn:
                set_setting(conn, "n", n)
            create_backup(store, "manual")
    assert list_backups(db)[-1].name == oldest.name and len(list_backups(db)) == 3
    restore_backup(db, oldest.name)
    names = [b.name for b in list_backups(db)]
    assert oldest.name in names and oldest.path.is_file()
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "n") == 0
    assert _rows(oldest.path) == [("n", "0")]


def test_a_writable_open_clears_what_killed_backups_and_restores_left(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    _set(db, "a", 1)
    with open_store(db, daily_backup=False) as store:
        kept = create_backup(store, "manual")
    folder = tmp_path / "backups"
    stale = [
        folder / ".k-20260101-000000-pre-restore.db.tmp",
        folder / ".k-20260101-000000-pre-restore.db.tmp-journal",
        folder / ".k-20260102-000000-daily.db.tmp-wal",
        tmp_path / ".k.db.restore.tmp",
        tmp_path / ".k.db.restore.tmp-journal",
    ]
    for path in stale:
        path.write_bytes(b"half written")
    others = [folder / ".other-20260101-000000-daily.db.tmp", tmp_path / "k.db.notes.tmp"]
    for path in others:
        path.write_bytes(b"not ours to clean")
    before = _rows(db)
    with open_store(db, daily_backup=False):
        pass
    assert [p for p in stale if p.exists()] == []
    assert all(p.read_bytes() == b"not ours to clean" for p in others)
    assert kept.path.is_file() and _rows(db) == before
