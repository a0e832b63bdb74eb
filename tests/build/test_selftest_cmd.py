"""`shipcheck selftest`: the checks the frozen app runs on itself, run here from the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import selftest_cmd
from desktop_app.cli.main import main

REPO = Path(__file__).resolve().parents[2]


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


def test_engine_check_says_which_engine_runs() -> None:
    """The sources here; the compiled build when the tests run against it
    (SHIPCHECK_ENGINE_BUILD, as CI does for the engine's tests)."""
    result = selftest_cmd.check_engine()
    compiled = bool(os.environ.get("SHIPCHECK_ENGINE_BUILD"))
    assert result["ok"] is True
    assert result["compiled"] is compiled
    assert result["detail"].startswith("compiled (mypyc)" if compiled else "Python sources")


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


_FAKE_GUI_RUN = """
import argparse, sys
from pathlib import Path
from desktop_app.cli import main as cli_main, selftest_cmd

def run_gui(args):
    from desktop_app.qt import QtWidgets
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("ShipCheck 发货考核助手")
    if not SHOW:
        return 0
    window.show()
    return app.exec()

def build_parser():
    parser = argparse.ArgumentParser(prog="shipcheck")
    gui = parser.add_subparsers().add_parser("gui")
    gui.add_argument("--db")
    gui.set_defaults(run=run_gui)
    return parser

cli_main.build_parser = build_parser
shot = Path(SHOT) if SHOT else None
sys.exit(selftest_cmd.run(argparse.Namespace(gui=[], db=None, timeout=TIMEOUT, screenshot=shot)))
"""


def _round_trip(tmp_path: Path, show: bool, screenshot: Path | None = None) -> tuple[int, str]:
    """Run the GUI round trip with a stand-in `gui` command in a child process.

    A child process, because the round trip runs ``app.exec()``: once an event loop has exited, Qt
    makes every later nested event loop in the same process return at once, which would break the
    GUI tests that run after these in one pytest session.
    """
    script = tmp_path / "round_trip.py"
    script.write_text(
        _FAKE_GUI_RUN.replace("SHOW", repr(show))
        .replace("SHOT", repr(str(screenshot) if screenshot else ""))
        .replace("TIMEOUT", "3.0" if not show else "20.0"),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, env=env, cwd=REPO, timeout=60
    )
    return proc.returncode, proc.stdout.decode("utf-8")


def test_gui_round_trip_reports_the_shown_window(tmp_path: Path) -> None:
    code, out = _round_trip(tmp_path, show=True)
    assert code == 0, out
    shown = json.loads(out.strip().splitlines()[0])
    assert shown["window_shown"] is True
    assert shown["class"] == "QMainWindow"
    assert shown["title"] == "ShipCheck 发货考核助手"


def test_gui_round_trip_fails_without_a_window(tmp_path: Path) -> None:
    code, out = _round_trip(tmp_path, show=False)
    assert code == 1
    assert '"window_shown": false' in out


def test_gui_round_trip_saves_a_screenshot(tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    code, out = _round_trip(tmp_path, show=True, screenshot=picture)
    assert code == 0, out
    assert picture.read_bytes().startswith(b"\x89PNG")
