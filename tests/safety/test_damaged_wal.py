"""A WAL damaged in a crash: SQLite would replay it only up to the damage and drop the committed
transactions behind it without a word. The store refuses to open, keeps the log (and a copy), says
what is lost and offers the newest backup; restoring keeps the damaged files aside."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store.backups import create_backup
from desktop_app.store.connection import StoreRefused, open_store
from desktop_app.store.inspection import FileState
from desktop_app.store.restore import restore
from desktop_app.store.settings import get_setting, set_setting
from desktop_app.store.wal import FRAME_HEADER, WAL_HEADER, check_wal

PAGE = 16384


def _crashed_with_wal(tmp_path: Path, transactions: int = 3) -> tuple[Path, str]:
    """A database whose last `transactions` commits are only in its WAL, as a crash leaves it;
    returns it and the name of the backup taken before them."""
    db = tmp_path / "shop.db"
    with open_store(db, daily_backup=False) as store:
        with store.transaction() as conn:
            set_setting(conn, "step", 0)
        backup = create_backup(store, "manual").name
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for step in range(1, transactions + 1):
            with store.transaction() as conn:
                set_setting(conn, "step", step)
                set_setting(conn, f"note{step}", "x" * 3000)
        main_file = db.read_bytes()
        wal = db.with_name("shop.db-wal").read_bytes()
    db.write_bytes(main_file)  # the state at the moment of the crash
    db.with_name("shop.db-wal").write_bytes(wal)
    db.with_name("shop.db-shm").unlink(missing_ok=True)
    return db, backup


def _flip(offset: int) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        out = bytearray(data)
        out[offset] ^= 0xFF
        return bytes(out)

    return damage


def _step(db: Path) -> object:
    with open_store(db, daily_backup=False) as store:
        return get_setting(store.conn, "step")


def test_an_intact_wal_is_replayed_and_not_reported(tmp_path: Path) -> None:
    db, _backup = _crashed_with_wal(tmp_path)
    assert check_wal(db) is None
    assert _step(db) == 3


@pytest.mark.parametrize(
    ("where", "lost"),
    [
        (WAL_HEADER + FRAME_HEADER + 100, 3),  # the first frame's page
        (WAL_HEADER + 1, 3),  # the first frame's page number: its checksum breaks
        (10, 3),  # the log's header: nothing in it is replayed
    ],
)
def test_a_damaged_wal_is_refused_kept_and_explained(
    tmp_path: Path, where: int, lost: int, capsys: pytest.CaptureFixture[str]
) -> None:
    db, backup = _crashed_with_wal(tmp_path)
    wal = db.with_name("shop.db-wal")
    damaged = _flip(where)(wal.read_bytes())
    wal.write_bytes(damaged)
    main_before = db.read_bytes()
    found = check_wal(db)
    assert found is not None and found.lost_transactions == lost
    with pytest.raises(StoreRefused) as refused:
        open_store(db)
    assert refused.value.state is FileState.DAMAGED and refused.value.wal_damage is not None
    zh, en = refused.value.render(), refused.value.render(english=True)
    assert f"{lost} 次更改" in zh and "shipcheck backup restore" in zh
    assert f"{lost} saved change(s)" in en and backup in en
    copies = list(tmp_path.glob("shop.db-wal.damaged-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged
    # untouched: the log, the database; a second refusal makes no second copy
    assert wal.read_bytes() == damaged and db.read_bytes() == main_before
    for command in ("evaluate", "orders"):  # writers and readers alike
        assert main([command, "--db", str(db)]) == 2
        assert f"{lost} 次更改" in capsys.readouterr().err
    assert wal.read_bytes() == damaged and db.read_bytes() == main_before
    assert len(list(tmp_path.glob("shop.db-wal.damaged-*"))) == 1
    # the offered backup restores, and the damaged files are kept beside it
    result = restore(db, backup)
    assert result.pre_restore is None
    kept = {
        p.name.rsplit("-", 1)[-1] if p.name.endswith(("-wal", "-shm")) else "": p
        for p in result.kept
    }
    assert kept[""].read_bytes() == main_before and kept["wal"].read_bytes() == damaged
    assert _step(db) == 0


def test_a_torn_last_transaction_is_not_damage(tmp_path: Path) -> None:
    """A crash in the middle of writing a transaction leaves frames without their commit: SQLite
    rightly drops them, nothing committed is lost, and the database opens."""
    db, _backup = _crashed_with_wal(tmp_path)
    wal = db.with_name("shop.db-wal")
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) - PAGE // 2])  # the commit frame only half written
    assert check_wal(db) is None
    assert _step(db) == 2


def test_frames_of_an_earlier_round_are_not_damage(tmp_path: Path) -> None:
    db, _backup = _crashed_with_wal(tmp_path)
    wal = db.with_name("shop.db-wal")
    data = bytearray(wal.read_bytes())
    frame = FRAME_HEADER + PAGE
    last = WAL_HEADER + ((len(data) - WAL_HEADER) // frame - 1) * frame
    data[last + 8 : last + 16] = b"\x00" * 8  # another round's salts: not this log's frame
    wal.write_bytes(bytes(data))
    assert check_wal(db) is None


def test_no_backup_says_how_to_go_on(tmp_path: Path) -> None:
    db, backup = _crashed_with_wal(tmp_path)
    (tmp_path / "backups" / backup).unlink()
    wal = db.with_name("shop.db-wal")
    wal.write_bytes(_flip(WAL_HEADER + FRAME_HEADER + 100)(wal.read_bytes()))
    with pytest.raises(StoreRefused) as refused:
        open_store(db)
    assert "No usable backup" in refused.value.render(english=True)
    assert "move shop.db-wal elsewhere" in refused.value.render(english=True)


def test_sqlite_itself_would_drop_them(tmp_path: Path) -> None:
    """The reason for all this: a plain connection opens the damaged log without a word and
    shows the state before the lost transactions."""
    db, _backup = _crashed_with_wal(tmp_path)
    wal = db.with_name("shop.db-wal")
    wal.write_bytes(_flip(WAL_HEADER + FRAME_HEADER + 100)(wal.read_bytes()))
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value_json FROM settings WHERE key = 'step'").fetchone()
    finally:
        conn.close()
    assert row == ("0",)
