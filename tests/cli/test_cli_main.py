"""The `shipcheck` dispatcher: exit codes and messages for the ways a command can end."""

from __future__ import annotations

import argparse
import errno
import sqlite3
from typing import Any

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.errors import BadInput, Problem


def _run_with(monkeypatch: pytest.MonkeyPatch, behaviour: Any) -> int:
    """Run `shipcheck fake` where the fake command's run function is `behaviour`."""

    def build() -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(prog="shipcheck")
        sub = parser.add_subparsers(dest="command")
        sub.add_parser("fake").set_defaults(run=behaviour)
        return parser

    monkeypatch.setattr(cli_main, "build_parser", build)
    return cli_main.main(["fake"])


def _raise(exc: BaseException) -> Any:
    def run(args: argparse.Namespace) -> int:
        raise exc

    return run


def test_bad_input_exits_2_with_the_located_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    problem = Problem(
        "应为日期", "expected a date", file="a.csv", row=3, column="B", header="支付时间"
    )
    assert _run_with(monkeypatch, _raise(BadInput(problem))) == 2
    err = capsys.readouterr().err
    assert "a.csv" in err and "第 3 行" in err and "支付时间" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("code", "zh"),
    [
        (errno.ENOSPC, "磁盘空间不足"),
        (errno.EACCES, "没有权限"),
        (errno.ENAMETOOLONG, "文件名太长"),
        (errno.ENOENT, "找不到这个文件或文件夹"),
        (errno.ENOTDIR, "不是文件夹"),
    ],
)
def test_disk_full_or_no_permission_exits_2_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], code: int, zh: str
) -> None:
    exc = OSError(code, "os says no", "/out/report.pdf")
    assert _run_with(monkeypatch, _raise(exc)) == 2
    err = capsys.readouterr().err
    assert zh in err and "/out/report.pdf" in err and "Traceback" not in err


def test_english_messages_when_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHIPCHECK_LANG", "en")
    assert _run_with(monkeypatch, _raise(OSError(errno.ENOSPC, "full"))) == 2
    assert "the disk is full" in capsys.readouterr().err


def _sqlite_error(code: int, text: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [
        (8, "是只读的", "is read-only"),  # SQLITE_READONLY
        (8 | (1 << 8), "是只读的", "is read-only"),  # SQLITE_READONLY_RECOVERY
        (13, "磁盘空间已满", "The disk is full"),  # SQLITE_FULL
        (5, "正在使用这个数据库", "is using this database"),  # SQLITE_BUSY
        (11, "数据库文件已损坏", "The database file is damaged"),  # SQLITE_CORRUPT
    ],
)
def test_a_database_failure_the_user_can_act_on_exits_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    zh: str,
    en: str,
) -> None:
    exc = _sqlite_error(code, "sqlite says no")
    assert _run_with(monkeypatch, _raise(exc)) == 2
    err = capsys.readouterr().err
    assert zh in err and "Traceback" not in err
    monkeypatch.setenv("SHIPCHECK_LANG", "en")
    assert _run_with(monkeypatch, _raise(exc)) == 2
    assert en in capsys.readouterr().err


def test_other_database_failures_are_internal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_with(monkeypatch, _raise(_sqlite_error(1, "no such column: x"))) == 1
    assert "Traceback" in capsys.readouterr().err


def test_other_errors_are_internal_with_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_with(monkeypatch, _raise(OSError(errno.EIO, "I/O error"))) == 1
    assert _run_with(monkeypatch, _raise(ValueError("bug"))) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "内部错误" in err


def test_success_and_usage(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run_with(monkeypatch, lambda args: 0) == 0
    assert cli_main.main(["no-such-command"]) == 2


def test_every_command_group_registers(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("gui", "import", "orders", "evaluate", "metrics", "report", "evidence"):
        assert command in out
