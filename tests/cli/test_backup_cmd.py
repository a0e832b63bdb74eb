"""``shipcheck backup list|create|restore`` end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store.connection import open_store
from desktop_app.store.settings import get_setting, set_setting


def _set(db: Path, value: str) -> None:
    with open_store(db, daily_backup=False) as store, store.transaction() as conn:
        set_setting(conn, "marker", value)


def _get(db: Path) -> str:
    with open_store(db, daily_backup=False) as store:
        value: str = get_setting(store.conn, "marker")
        return value


def test_list_create_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.db"
    assert main(["backup", "list", "--db", str(db)]) == 0
    assert "还没有备份" in capsys.readouterr().out
    _set(db, "before")
    assert main(["backup", "create", "--db", str(db)]) == 0
    assert "已创建备份" in capsys.readouterr().out
    assert main(["backup", "list", "--db", str(db)]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == 1 and "手动" in listing[0]
    name = listing[0].split()[0]
    _set(db, "after")
    assert main(["backup", "restore", name, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "恢复前的数据库已备份为" in out
    assert _get(db) == "before"
    main(["backup", "list", "--db", str(db)])
    assert any("恢复前" in line for line in capsys.readouterr().out.splitlines())


def test_restore_unknown_name_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.db"
    _set(db, "x")
    assert main(["backup", "restore", "nope.db", "--db", str(db)]) == 2
    assert "找不到这个备份" in capsys.readouterr().err
    assert _get(db) == "x"


def test_restore_over_damaged_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHIPCHECK_LANG", "en")
    db = tmp_path / "shop.db"
    _set(db, "good")
    main(["backup", "create", "--db", str(db)])
    main(["backup", "list", "--db", str(db)])
    name = capsys.readouterr().out.splitlines()[-1].split()[0]
    data = bytearray(db.read_bytes())
    for p in range(1, len(data) // 4096):
        data[p * 4096 : p * 4096 + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    assert main(["orders", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and f"shipcheck backup restore {name}" in err
    assert main(["backup", "restore", name, "--db", str(db)]) == 0
    assert "damaged file was kept" in capsys.readouterr().out
    assert _get(db) == "good"


def test_backup_without_action_is_usage_error(tmp_path: Path) -> None:
    assert main(["backup", "--db", str(tmp_path / "x.db")]) == 2
