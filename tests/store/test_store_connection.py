"""open_store: creation, refusal of foreign/damaged/newer files, locking, transactions."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.errors import BadInput
from desktop_app.store import connection as connection_module
from desktop_app.store import schema as schema_module
from desktop_app.store.connection import StoreRefused, open_store, split_sql
from desktop_app.store.inspection import FileState, inspect_database
from desktop_app.store.paths import DB_ENV_VAR, resolve_db_path
from desktop_app.store.schema import APPLICATION_ID, SCHEMA_VERSION
from desktop_app.store.settings import get_setting, set_setting

ROOT = Path(__file__).resolve().parents[2]


def _fill(db: Path, n: int = 300) -> None:
    with open_store(db) as store, store.transaction() as conn:
        conn.execute(
            "INSERT INTO imports(id, file_name, file_path, sha256, size_bytes, file_format, "
            "platform, kind, sheets_json, imported_at) VALUES (1, 'a.csv', '/a.csv', 'x', 1, "
            "'csv', 'douyin', 'orders', '[]', '2026-01-01 00:00:00')"
        )
        conn.executemany(
            "INSERT INTO orders(platform, order_id, raw_json, import_id, source_row) "
            "VALUES ('douyin', ?, ?, 1, ?)",
            [(f"{4000000000000000000 + i}", "{}" * 40, i) for i in range(n)],
        )


def test_new_database_is_marked_and_configured(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with open_store(db) as store:
        conn = store.conn
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert "orders" in store.db.table_names()
    assert inspect_database(db).state is FileState.OK


def test_resolve_db_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    assert resolve_db_path(None).name == "shipcheck.db"
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "env.db"))
    assert resolve_db_path(None) == tmp_path / "env.db"
    assert resolve_db_path(tmp_path / "arg.db") == tmp_path / "arg.db"
    monkeypatch.chdir(tmp_path)
    assert resolve_db_path("rel.db") == tmp_path / "rel.db"


def test_env_var_is_used_by_open_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "env.db"))
    with open_store() as store:
        assert store.path == tmp_path / "env.db"
    assert (tmp_path / "env.db").exists()


def _assert_refused_untouched(db: Path, needle_en: str) -> None:
    before = db.read_bytes()
    with pytest.raises(BadInput) as info:
        open_store(db)
    assert needle_en in info.value.render(english=True)
    assert info.value.render()  # Chinese message present too
    assert db.read_bytes() == before
    assert not db.with_name(db.name + "-wal").exists()


def test_refuses_non_sqlite_file(tmp_path: Path) -> None:
    db = tmp_path / "orders.xlsx"
    db.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 20)
    _assert_refused_untouched(db, "not a ShipCheck database")


def test_refuses_other_applications_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes(x)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(db, "not a ShipCheck database")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    _assert_refused_untouched(db, "not a ShipCheck database")


def test_refuses_newer_version(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    _fill(db, 5)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _assert_refused_untouched(db, "newer ShipCheck")


def test_refuses_damaged_database(tmp_path: Path) -> None:
    db = tmp_path / "damaged.db"
    _fill(db, 2000)
    data = bytearray(db.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):  # scramble every b-tree page header except page 1's
        data[p * page : p * page + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    assert inspect_database(db).state is FileState.DAMAGED
    _assert_refused_untouched(db, "damaged")
    with pytest.raises(StoreRefused) as info:
        open_store(db, readonly=True)
    assert info.value.state is FileState.DAMAGED and info.value.path == db


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.touch()
    with open_store(db) as store:
        assert "orders" in store.db.table_names()


def test_transaction_commits_and_rolls_back(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.db") as store:
        with store.transaction() as conn:
            set_setting(conn, "a", 1)
        with pytest.raises(ZeroDivisionError), store.transaction() as conn:
            set_setting(conn, "a", 2)
            set_setting(conn, "b", 3)
            _ = 1 / 0
        assert get_setting(store.conn, "a") == 1
        assert get_setting(store.conn, "b") is None
        with store.transaction() as conn:
            set_setting(conn, "c", 1)
            with pytest.raises(KeyError), store.transaction():
                set_setting(conn, "d", 1)
                raise KeyError("inner")
        assert get_setting(store.conn, "c") == 1
        assert get_setting(store.conn, "d") is None
        assert not store.conn.in_transaction


def test_disk_full_is_a_clear_message_and_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "full.db"
    _fill(db, 50)
    with open_store(db) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(BadInput) as info, store.transaction() as conn:
            conn.executemany(
                "INSERT INTO orders(platform, order_id, raw_json, import_id, source_row) "
                "VALUES ('kuaishou', ?, ?, 1, 1)",
                [(str(i), "x" * 500) for i in range(5000)],
            )
        assert "disk is full" in info.value.render(english=True)
        assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 50
    assert inspect_database(db).state is FileState.OK


def test_readonly_reads_without_lock_and_cannot_write(tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    _fill(db, 3)
    with open_store(db) as writer, open_store(db, readonly=True) as reader:
        assert writer.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 3
        assert reader.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 3
        with pytest.raises(sqlite3.OperationalError):
            reader.conn.execute("DELETE FROM orders")


def test_readonly_missing_database_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        open_store(tmp_path / "nothing.db", readonly=True)
    assert not (tmp_path / "nothing.db").exists()


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from desktop_app.store.connection import open_store
    store = open_store(sys.argv[1])
    print("held", flush=True)
    time.sleep(60)
    """
)


def _start_holder(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()  # SIGKILL: the OS must release the lock
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


def test_second_writer_process_gets_friendly_message(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    _fill(db, 3)
    proc = _start_holder(db)
    try:
        with pytest.raises(BadInput) as info:
            open_store(db)
        assert "Another ShipCheck window or command" in info.value.render(english=True)
        assert "另一个 ShipCheck" in info.value.render()
        with open_store(db, readonly=True) as reader:  # readers are still welcome
            assert reader.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 3
    finally:
        _stop(proc)
    with open_store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 3


def test_same_process_shares_the_writer_lock(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    with open_store(db) as first, open_store(db) as second:
        assert first.path == second.path
    _stop(_start_holder(db))  # lock fully released after both closed


def _patched_v2(monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    migrations = (*schema_module.MIGRATIONS, script)
    monkeypatch.setattr(connection_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(connection_module, "SCHEMA_VERSION", len(migrations))


def test_migration_backs_up_first_and_upgrades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "m.db"
    _fill(db, 10)
    _patched_v2(monkeypatch, "ALTER TABLE orders ADD COLUMN extra TEXT NOT NULL DEFAULT '';\n")
    from desktop_app.store.backups import list_backups

    with open_store(db, daily_backup=False) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert "extra" in store.db["orders"].columns_dict
    backups = [b for b in list_backups(db) if b.reason == "migration"]
    assert len(backups) == 1
    old = sqlite3.connect(backups[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT count(*) FROM orders").fetchone()[0] == 10
    old.close()


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    _fill(db, 10)
    _patched_v2(
        monkeypatch,
        "ALTER TABLE orders ADD COLUMN extra TEXT;\nCREATE TABLE broken (;\n",
    )
    with pytest.raises(sqlite3.OperationalError):
        open_store(db, daily_backup=False)
    monkeypatch.undo()
    with open_store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "extra" not in store.db["orders"].columns_dict
        assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 10


def test_migrates_from_every_earlier_version(tmp_path: Path) -> None:
    """A database at each earlier schema version, with data, opens at the current version with
    exactly the schema of a fresh database (and the data kept)."""
    fresh = tmp_path / "fresh.db"
    with open_store(fresh) as store:
        expected = sorted(store.conn.execute("SELECT type, name, sql FROM sqlite_master"))
    for version in range(SCHEMA_VERSION):
        db = tmp_path / f"v{version}.db"
        conn = sqlite3.connect(db, isolation_level=None)
        for script in schema_module.MIGRATIONS[:version]:
            for statement in split_sql(script):
                conn.execute(statement)
        if version:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("INSERT INTO settings(key, value_json, updated_at) VALUES ('k', '1', 'x')")
        conn.close()
        with open_store(db) as store:
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            got = sorted(store.conn.execute("SELECT type, name, sql FROM sqlite_master"))
            assert got == expected
            if version:
                assert get_setting(store.conn, "k") == 1


def test_split_sql_respects_comments_and_literals() -> None:
    script = (
        "CREATE TABLE a (x TEXT DEFAULT ';');\n"
        "-- a comment; with a semicolon\n"
        "CREATE TABLE b (y);\n"
    )
    assert split_sql(script) == [
        "CREATE TABLE a (x TEXT DEFAULT ';');",
        "-- a comment; with a semicolon\nCREATE TABLE b (y);",
    ]
    with pytest.raises(ValueError):
        split_sql("CREATE TABLE c (z")


def test_corruption_found_during_a_write_is_reported_as_damage(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_store(db, daily_backup=False) as store:
        exc = sqlite3.DatabaseError("database disk image is malformed")
        exc.sqlite_errorcode = 11
        with pytest.raises(StoreRefused) as info, store.transaction():
            raise exc
        assert info.value.state is FileState.DAMAGED
        assert not store.conn.in_transaction


def test_folder_or_unwritable_location_is_bad_input(tmp_path: Path) -> None:
    folder = tmp_path / "a_folder"
    folder.mkdir()
    with pytest.raises(BadInput):
        open_store(folder)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BadInput) as info:
        open_store(blocker / "sub" / "shop.db")  # parent "directory" is a file
    assert "Cannot open the database file" in info.value.render(english=True)


def test_a_new_database_uses_16_kib_pages_and_an_existing_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    from desktop_app.store.connection import NEW_DATABASE_PAGE_SIZE, open_store

    fresh = tmp_path / "new.db"
    with open_store(fresh, daily_backup=False) as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == NEW_DATABASE_PAGE_SIZE
    old = tmp_path / "old.db"
    with open_store(old, daily_backup=False):
        pass
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")
    conn.close()
    with open_store(old, daily_backup=False) as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == 4096


def test_open_without_the_full_check_leaves_the_big_tables_to_check_integrity(
    tmp_path: Path,
) -> None:
    """`full_check=False` (the GUI) checks the small tables at open, in milliseconds at any size;
    damage in the orders is then found by `check_integrity`, run later."""
    from desktop_app.store.inspection import check_integrity

    db = tmp_path / "orders-damaged.db"
    _fill(db, 2000)
    conn = sqlite3.connect(db)
    root = int(
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'orders'").fetchone()[0]
    )
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page : (root - 1) * page + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    assert inspect_database(db).state is FileState.DAMAGED
    assert inspect_database(db, full_check=False).state is FileState.OK
    with open_store(db, daily_backup=False, full_check=False):
        assert check_integrity(db).state is FileState.DAMAGED
    with pytest.raises(StoreRefused):
        open_store(db, daily_backup=False)


def test_open_without_the_full_check_still_refuses_damaged_small_tables(tmp_path: Path) -> None:
    db = tmp_path / "settings-damaged.db"
    _fill(db, 20)
    conn = sqlite3.connect(db)
    root = int(
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'imports'").fetchone()[0]
    )
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page : (root - 1) * page + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    with pytest.raises(StoreRefused) as info:
        open_store(db, full_check=False)
    assert info.value.state is FileState.DAMAGED


def test_two_hard_links_of_one_database_have_one_writer(tmp_path: Path) -> None:
    """Two paths to one file (hard links, in different folders) are one database: while a process
    writes through one, another is refused through the other, and the file stays whole."""
    db = tmp_path / "a" / "shop.db"
    db.parent.mkdir()
    _fill(db, 3)
    link = tmp_path / "b" / "same-shop.db"
    link.parent.mkdir()
    os.link(db, link)
    before = db.read_bytes()
    proc = _start_holder(db)
    try:
        with pytest.raises(BadInput) as info:
            open_store(link)
        assert "Another ShipCheck window or command" in info.value.render(english=True)
        assert "另一个 ShipCheck" in info.value.render()
        with open_store(link, readonly=True) as reader:
            assert reader.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 3
    finally:
        _stop(proc)
    assert db.read_bytes() == before
    with open_store(link) as store:  # the holder is gone: the link opens for writing again
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 3


def test_a_second_path_in_the_same_process_shares_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    _fill(db, 1)
    link = tmp_path / "link.db"
    os.link(db, link)
    with open_store(db, daily_backup=False), open_store(link, daily_backup=False) as second:
        assert second.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 1
    _stop(_start_holder(link))  # every hold released after both closed
