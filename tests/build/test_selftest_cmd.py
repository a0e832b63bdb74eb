"""`shipcheck selftest`: the checks the frozen app runs on itself, run here from the source tree."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from desktop_app.cli import selftest_cmd
from desktop_app.cli.main import main


def test_xml_hardening_is_active() -> None:
    result = selftest_cmd.check_xml_hardening()
    assert result["ok"] is True, result
    assert "EntitiesForbidden" in result["detail"]


def test_xml_hardening_failure_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    assert selftest_cmd.check_xml_hardening()["ok"] is False


def test_calendar_check() -> None:
    result = selftest_cmd.check_calendar()
    assert result["ok"] is True, result


def test_sqlite_check() -> None:
    assert selftest_cmd.check_sqlite()["ok"] is True


def test_every_module_imports() -> None:
    result = selftest_cmd.check_modules()
    assert result["ok"] is True, result
    assert "selftest_cmd" in result["detail"]


def test_file_names_found_anywhere_in_the_manifest() -> None:
    data = {"exports": [{"file": "a.xlsx"}, {"path": "b.csv"}], "extra": {"files": ["c.xls"]}}
    assert sorted(selftest_cmd._file_names(data)) == ["a.xlsx", "b.csv", "c.xls"]


def test_selftest_command_prints_json(capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    code = main(["selftest"])
    report = json.loads(capsys.readouterr().out)
    assert report["frozen"] is False
    assert report["checks"]["xml_hardening"]["ok"] is True
    failed = {k: v for k, v in report["checks"].items() if v["ok"] is False}
    assert code == (1 if failed else 0)
    assert not failed, failed


def test_selftest_is_hidden_from_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "selftest" not in capsys.readouterr().out


def test_gui_round_trip_without_gui_command(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli.main import command_modules

    if "desktop_app.cli.gui_cmd" in command_modules():
        pytest.skip("the gui subcommand exists; the smoke test covers the round trip")
    assert main(["selftest", "--gui"]) == 2
    assert '"window_shown": false' in capsys.readouterr().out


def _parser_with_fake_gui(show: bool) -> argparse.ArgumentParser:
    """A `shipcheck` parser whose `gui` opens (or, with show=False, does not open) a window."""

    def run_gui(args: argparse.Namespace) -> int:
        from desktop_app.qt import QtWidgets

        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        window = QtWidgets.QMainWindow()
        window.setWindowTitle("ShipCheck 发货考核助手")
        if not show:
            return 0
        window.show()
        return app.exec()

    parser = argparse.ArgumentParser(prog="shipcheck")
    sub = parser.add_subparsers()
    gui = sub.add_parser("gui")
    gui.add_argument("--db")
    gui.set_defaults(run=run_gui)
    return parser


def test_gui_round_trip_reports_the_shown_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    from desktop_app.cli import main as cli_main

    monkeypatch.setattr(cli_main, "build_parser", lambda: _parser_with_fake_gui(show=True))
    assert selftest_cmd.run(argparse.Namespace(gui=[], db=None, timeout=10.0)) == 0
    shown = json.loads(capsys.readouterr().out.strip().splitlines()[0])
    assert shown["window_shown"] is True
    assert shown["class"] == "QMainWindow"
    assert shown["title"] == "ShipCheck 发货考核助手"


def test_gui_round_trip_fails_without_a_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    from desktop_app.cli import main as cli_main

    monkeypatch.setattr(cli_main, "build_parser", lambda: _parser_with_fake_gui(show=False))
    assert selftest_cmd.run(argparse.Namespace(gui=[], db=None, timeout=2.0)) == 1
    assert '"window_shown": false' in capsys.readouterr().out


def test_gui_round_trip_saves_a_screenshot(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
    tmp_path: Path,
) -> None:
    from desktop_app.cli import main as cli_main

    monkeypatch.setattr(cli_main, "build_parser", lambda: _parser_with_fake_gui(show=True))
    picture = tmp_path / "window.png"
    args = argparse.Namespace(gui=[], db=None, timeout=10.0, screenshot=picture)
    assert selftest_cmd.run(args) == 0
    assert picture.read_bytes().startswith(b"\x89PNG")
