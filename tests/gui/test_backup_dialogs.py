"""The window and the database's backups: a damaged file at start, a newer or foreign file, a
second instance, File ▸ Restore backup… and Create backup now."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import AS_OF, fill_store

from desktop_app.gui.backup_dialogs import RestoreBackupDialog, latest_good_backup, reason_label
from desktop_app.qt import QtWidgets
from desktop_app.store.backups import create_backup, list_backups
from desktop_app.store.connection import open_store
from desktop_app.store.inspection import FileState, inspect_database


def _damage(db: Path) -> bytes:
    data = bytearray(db.read_bytes())
    for p in range(1, len(data) // 4096):
        data[p * 4096 : p * 4096 + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    return bytes(data)


def _order_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    finally:
        conn.close()


def _window(gui_app, qtbot, db: Path):  # type: ignore[no-untyped-def]
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.session import Session

    session = Session(db)
    _app, translations = gui_app
    win = MainWindow(session, translations, fixed_as_of=AS_OF, evaluate_on_open=False)
    qtbot.addWidget(win)
    win.show()
    return win, session


def _message_box(win, name: str | None = None):  # type: ignore[no-untyped-def]
    boxes = [
        b
        for b in win.findChildren(QtWidgets.QMessageBox)
        if b.isVisible() and (name is None or b.objectName() == name)
    ]
    return boxes[-1] if boxes else None


@pytest.fixture
def damaged_db(tmp_path: Path) -> tuple[Path, bytes]:
    """A 70-order database with a good manual backup, then damaged on disk."""
    db = tmp_path / "shipcheck.db"
    store = open_store(db, daily_backup=False)
    fill_store(store.conn, 70)
    create_backup(store, "manual")
    store.close()
    return db, _damage(db)


def test_damaged_database_offers_the_newest_good_backup(gui_app, qtbot, damaged_db) -> None:  # type: ignore[no-untyped-def]
    db, damaged = damaged_db
    assert latest_good_backup(db) is not None
    win, session = _window(gui_app, qtbot, db)
    win.open_database()
    qtbot.waitUntil(lambda: _message_box(win, "damaged-database") is not None, timeout=30_000)
    box = _message_box(win, "damaged-database")
    restore = win.backups.restore_button
    assert restore in box.buttons()
    with qtbot.waitSignal(win.ready, timeout=30_000):
        restore.click()
    qtbot.waitUntil(lambda: win.model is not None and not win.model.loading, timeout=30_000)
    assert win.model.rowCount() > 0
    kept = [
        p
        for p in db.parent.iterdir()
        if ".damaged-" in p.name and p.name[-4:] not in ("-wal", "-shm")
    ]
    assert kept and kept[0].read_bytes() == damaged  # the damaged file is kept, untouched
    qtbot.waitUntil(lambda: _message_box(win) is not None, timeout=30_000)
    assert str(kept[0]) in _message_box(win).text()  # and the seller is told where
    assert _order_count(db) == 70
    win.close()
    session.close()


def _damage_orders_only(db: Path) -> None:
    """Smash the header of the `orders` table's root page: the small tables stay readable, so
    only the full check (not the one at open) finds it."""
    conn = sqlite3.connect(db)
    root = int(
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'orders'").fetchone()[0]
    )
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(db.read_bytes())
    offset = (root - 1) * page_size
    data[offset : offset + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))


def test_damage_in_the_orders_found_after_the_first_page_offers_the_backup(
    gui_app, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The open checks only the small tables; on the first open of the day the whole file is
    checked in the background before the day's backup — damage there is offered the same
    restore, and no daily backup is made of the damaged file."""
    import os

    db = tmp_path / "shipcheck.db"
    store = open_store(db, daily_backup=False)
    fill_store(store.conn, 70)
    good = create_backup(store, "manual")
    store.close()
    yesterday = good.path.with_name(good.name.replace(good.name.split("-")[1], "20000101"))
    os.replace(good.path, yesterday)  # the last backup is an old one: today's is due
    _damage_orders_only(db)
    assert inspect_database(db, full_check=False).state is FileState.OK  # passes the open
    assert inspect_database(db).state is FileState.DAMAGED
    win, session = _window(gui_app, qtbot, db)
    win.open_database()
    qtbot.waitUntil(lambda: _message_box(win, "damaged-database") is not None, timeout=30_000)
    assert win.backups.restore_button in _message_box(win, "damaged-database").buttons()
    assert [b.reason for b in list_backups(db)] == ["manual"]  # no backup of the damaged file
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.backups.restore_button.click()
    qtbot.waitUntil(lambda: win.model is not None and not win.model.loading, timeout=30_000)
    assert win.model.rowCount() > 0 and _order_count(db) == 70
    win.close()
    session.close()


def test_newer_or_foreign_database_is_explained_and_untouched(gui_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    foreign = tmp_path / "notes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE mine(x)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    win, session = _window(gui_app, qtbot, foreign)
    win.open_database()
    qtbot.waitUntil(lambda: _message_box(win) is not None, timeout=30_000)
    assert "ShipCheck" in _message_box(win).text()
    assert foreign.read_bytes() == before
    assert not list(tmp_path.glob("notes.db-*"))
    win.close()
    session.close()


def test_second_instance_gets_a_clear_message(gui_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    db = tmp_path / "shipcheck.db"
    root = Path(__file__).resolve().parents[2]
    # The first ShipCheck: another process holding the database open until we close its stdin.
    first = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from desktop_app.store.connection import open_store; "
            f"s = open_store({str(db)!r}, daily_backup=False); print('open', flush=True); "
            "sys.stdin.read(); s.close()",
        ],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "open"
        win, session = _window(gui_app, qtbot, db)
        win.open_database()
        qtbot.waitUntil(lambda: _message_box(win) is not None, timeout=30_000)
        text = _message_box(win).text()
        assert "另一个 ShipCheck" in text and "Traceback" not in text
        win.close()
        session.close()
    finally:
        assert first.stdin is not None
        first.stdin.close()
        first.wait(timeout=30)
        if first.stdout is not None:
            first.stdout.close()


def test_create_and_restore_backup_from_the_file_menu(
    gui_app, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "shipcheck.db"
    store = open_store(db, daily_backup=False)
    fill_store(store.conn, 70)
    store.close()
    win, session = _window(gui_app, qtbot, db)
    # The day's automatic backup runs in the background after the first page: wait for it too,
    # or it may land between the count and the manual backup.
    with qtbot.waitSignals([win.ready, session.maintained], timeout=30_000):
        win.open_database()
    before = len(list_backups(db))
    with qtbot.waitSignal(win.backups.created, timeout=30_000):
        win.act_backup.trigger()
    backups_now = list_backups(db)
    assert len(backups_now) == before + 1 and backups_now[0].reason == "manual"
    # Orders disappear after the backup; the restore brings them back.
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM verdicts")
    conn.execute("DELETE FROM orders WHERE platform = 'douyin'")
    conn.commit()
    conn.close()
    assert _order_count(db) < 70
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "question", lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes
    )
    win.act_restore.trigger()
    qtbot.waitUntil(lambda: getattr(win.backups, "dialog", None) is not None, timeout=30_000)
    dialog = win.backups.dialog
    assert isinstance(dialog, RestoreBackupDialog)
    assert dialog.table.item(0, 1).text() == reason_label("manual", english=False) == "手动"
    with qtbot.waitSignal(win.ready, timeout=30_000):
        dialog.accept()
    assert _order_count(db) == 70
    assert list_backups(db)[0].reason == "pre-restore"  # the replaced state is kept too
    qtbot.waitUntil(lambda: win.model is not None and not win.model.loading, timeout=30_000)
    win.close()
    session.close()


def test_daily_backup_follows_the_first_page_in_the_background(gui_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The first open of the day shows the orders first, then checks the file and backs it up on
    a thread of its own; the store then knows that backup is current (an import right after
    skips an identical one)."""
    from desktop_app.gui.session import run_sync

    db = tmp_path / "shipcheck.db"
    store = open_store(db, daily_backup=False)
    fill_store(store.conn, 70)
    store.close()
    win, session = _window(gui_app, qtbot, db)
    with qtbot.waitSignal(session.maintained, timeout=30_000) as done:
        win.open_database()
    assert done.args == [[]]  # no warnings
    assert win.model is not None and win.model.rowCount() > 0
    assert [b.reason for b in list_backups(db)] == ["daily"]
    qtbot.waitUntil(
        lambda: run_sync(session, lambda s: s.backed_up_state == s.change_marker()),
        timeout=10_000,
    )
    win.close()
    session.close()


def test_a_damaged_wal_says_what_is_lost_and_offers_the_backup(gui_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A crash left a log whose first frame is damaged: the window does not open the database
    (which would drop the log's saved changes), says what is lost, and offers the backup; the
    restore keeps the log with the damaged database."""
    from desktop_app.store.settings import set_setting
    from desktop_app.store.wal import FRAME_HEADER, WAL_HEADER

    db = tmp_path / "shipcheck.db"
    store = open_store(db, daily_backup=False)
    fill_store(store.conn, 70)
    create_backup(store, "manual")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for step in range(3):
        with store.transaction() as conn:
            set_setting(conn, "step", step)
    main_file, wal = db.read_bytes(), bytearray(db.with_name("shipcheck.db-wal").read_bytes())
    store.close()
    wal[WAL_HEADER + FRAME_HEADER + 100] ^= 0xFF
    db.write_bytes(main_file)
    db.with_name("shipcheck.db-wal").write_bytes(bytes(wal))
    db.with_name("shipcheck.db-shm").unlink(missing_ok=True)
    win, session = _window(gui_app, qtbot, db)
    win.open_database()
    qtbot.waitUntil(lambda: _message_box(win, "damaged-database") is not None, timeout=30_000)
    box = _message_box(win, "damaged-database")
    assert "3 次更改" in box.informativeText() and "shipcheck.db-wal" in box.informativeText()
    assert db.read_bytes() == main_file
    assert db.with_name("shipcheck.db-wal").read_bytes() == bytes(wal)
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.backups.restore_button.click()
    qtbot.waitUntil(lambda: win.model is not None and not win.model.loading, timeout=30_000)
    kept_wal = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and p.name.endswith("-wal")]
    assert [p.read_bytes() for p in kept_wal] == [bytes(wal)]
    assert _order_count(db) == 70
    win.close()
    session.close()
