"""Every subcommand meets the same classes of failure with a plain message (Chinese and English),
exit code 2 and the database exactly as it was: dates outside the usable range, an output file in a
missing folder or with a name too long, a read-only database, a database whose schema version
number was lowered."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.cli.options import FIRST_DAY, LAST_DAY, parse_date, parse_instant
from desktop_app.errors import BadInput

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
PERIOD = ["--from", "2022-12-12", "--to", "2022-12-18"]


@pytest.fixture(autouse=True)
def _widgets_app(qapp: object) -> None:
    """`report` and `evidence` run here in-process and lay out text: the QApplication the window
    tests need must be the one made first, not a bare QGuiApplication."""


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the demo's Douyin orders, evaluated; each test works on a copy."""
    db = tmp_path_factory.mktemp("filled") / "shop.db"
    assert main(["import", str(DEMO / "douyin_orders.csv"), "--db", str(db)]) == 0
    assert main(["evaluate", "--db", str(db)]) == 0
    return db


@pytest.fixture
def db(filled: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "db" / "shop.db"
    copy.parent.mkdir()
    shutil.copy2(filled, copy)
    return copy


def _run(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """Run the command in Chinese and again in English: (exit code, zh stderr, en stderr)."""
    monkeypatch.setenv("SHIPCHECK_LANG", "zh_CN")
    code = main(argv)
    zh = capsys.readouterr().err
    monkeypatch.setenv("SHIPCHECK_LANG", "en_US")
    assert main(argv) == code
    en = capsys.readouterr().err
    return code, zh, en


def _unchanged(db: Path, before: bytes) -> None:
    assert db.read_bytes() == before
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("1999-12-31", False),
        (str(FIRST_DAY), True),
        (str(LAST_DAY), True),
        ("2100-01-01", False),
        ("9999-12-31", False),
        ("0001-01-01", False),
    ],
)
def test_dates_both_sides_of_the_usable_range(text: str, ok: bool) -> None:
    for parse in (lambda t: parse_date(t, "--to"), lambda t: parse_instant(t, "--to")):
        if ok:
            assert parse(text) is not None
        else:
            with pytest.raises(BadInput) as info:
                parse(text)
            assert "--to" in info.value.render() and "2099-12-31" in info.value.render()


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "penalty", "--platform", "douyin", "--from", "2022-12-12", "--to", "9999-12-31"],
        ["report", "appeal", "--platform", "douyin", *PERIOD, "--notice", "9999-12-31"],
        ["report", "penalty", "--platform", "douyin", *PERIOD, "--as-of", "9999-12-31 23:59:59"],
        ["evidence", "--platform", "douyin", "--from", "0001-01-01", "--to", "2022-12-18"],
        ["metrics", "--platform", "douyin", "--period", "week", "--start", "9999-12-31"],
        ["evaluate", "--as-of", "9999-12-31 23:59:59"],
        ["areas", "add", "北京市", "--from", "9999-12-31"],
    ],
)
def test_a_date_out_of_range_is_a_message(
    db: Path,
    tmp_path: Path,
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = db.read_bytes()
    if argv[0] in ("report", "evidence"):
        argv = [*argv, "--out", str(tmp_path / ("out.zip" if argv[0] == "evidence" else "o.pdf"))]
    code, zh, en = _run([*argv, "--db", str(db)], capsys, monkeypatch)
    assert code == 2
    assert "超出可用的日期范围（2000-01-01 至 2099-12-31）" in zh and "Traceback" not in zh
    assert "outside the dates ShipCheck works with" in en
    _unchanged(db, before)
    assert not (tmp_path / "o.pdf").exists() and not (tmp_path / "out.zip").exists()


_LONG = "报" * 40 + "x" * 200  # 320 bytes in UTF-8


@pytest.mark.parametrize(
    ("command", "out", "zh_text", "en_text"),
    [
        ("report", "missing/r.pdf", "文件夹不存在", "folder does not exist"),
        ("report", f"{_LONG}.pdf", "名字太长", "name is too long"),
        ("evidence", "missing/e.zip", "文件夹不存在", "folder does not exist"),
        ("evidence", f"{_LONG}.zip", "名字太长", "name is too long"),
        ("template", "missing/t.xlsx", "文件夹不存在", "folder does not exist"),
        ("template", f"{_LONG}.xlsx", "名字太长", "name is too long"),
    ],
)
def test_an_output_file_that_cannot_be_written_is_a_message(
    db: Path,
    tmp_path: Path,
    command: str,
    out: str,
    zh_text: str,
    en_text: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = db.read_bytes()
    target = str(tmp_path / out)
    argv = {
        "report": ["report", "penalty", "--platform", "douyin", *PERIOD, "--out", target],
        "evidence": ["evidence", "--platform", "douyin", *PERIOD, "--out", target],
        "template": ["products", "template", target],
    }[command]
    code, zh, en = _run([*argv, "--db", str(db)], capsys, monkeypatch)
    assert code == 2
    assert zh_text in zh and "Traceback" not in zh
    assert en_text in en
    _unchanged(db, before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db"]  # no folder made, no file left


def test_the_longest_name_the_file_system_holds_is_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("报" * 83 + ".pdf")  # 253 bytes: its temporary name must still fit
    argv = ["report", "penalty", "--platform", "douyin", *PERIOD, "--out", str(out)]
    assert main([*argv, "--db", str(db)]) == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")


def _immutable(path: Path, on: bool) -> bool:
    """Mark `path` immutable (read-only even for root); False where the file system cannot."""
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(
        ["chattr", "+i" if on else "-i", str(path)], capture_output=True, check=False
    )
    return done.returncode == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["import", str(DEMO / "douyin_orders.csv")],
        ["evaluate"],
        ["areas", "add", "北京市", "--from", "2022-12-01"],
        ["settings", "set", "aliexpress.a1.active", "no"],
        ["backup", "restore", "LATEST"],
    ],
)
def test_a_read_only_database_is_a_message(
    db: Path,
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if argv[-1] == "LATEST":
        assert main(["backup", "create", "--db", str(db)]) == 0
        argv = [*argv[:-1], sorted((db.parent / "backups").iterdir())[-1].name]
        capsys.readouterr()
    before = db.read_bytes()
    if not _immutable(db, True):
        pytest.skip("this file system cannot mark a file read-only for root")
    try:
        code, zh, en = _run([*argv, "--db", str(db)], capsys, monkeypatch)
        assert code == 2
        assert "数据库文件（或它所在的文件夹）是只读的" in zh and "Traceback" not in zh
        assert "is read-only, so it cannot be written" in en
        assert main(["orders", "--db", str(db)]) == 0  # reading still works
    finally:
        _immutable(db, False)
    _unchanged(db, before)


@pytest.mark.parametrize(
    "argv",
    [
        ["orders"],
        ["evaluate"],
        ["import", str(DEMO / "douyin_orders.csv")],
        ["report", "penalty", "--platform", "douyin", *PERIOD, "--out", "OUT"],
        ["backup", "create"],
    ],
)
@pytest.mark.parametrize("lowered_to", [0, 3, 6, 7])
def test_a_lowered_schema_version_is_a_message(
    db: Path,
    tmp_path: Path,
    argv: list[str],
    lowered_to: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {lowered_to}")
    conn.close()
    before = db.read_bytes()
    argv = [str(tmp_path / "r.pdf") if a == "OUT" else a for a in argv]
    code, zh, en = _run([*argv, "--db", str(db)], capsys, monkeypatch)
    assert code == 2, zh
    assert "数据库文件已损坏" in zh and "Traceback" not in zh
    assert f"schema version {lowered_to} does not match its tables" in en
    _unchanged(db, before)
    assert not (db.parent / "backups").exists()  # no backup of the inconsistent file was made
