"""build/build.py and build/ci_build.sh: the parts that can be checked without building."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "build"))


def _load_build_script() -> Any:
    """build/build.py under a name of its own: plain ``import build`` could find the build/
    folder as a namespace package instead."""
    spec = importlib.util.spec_from_file_location("shipcheck_build_py", REPO / "build" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_script = _load_build_script()


def test_work_files_inside_build_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_script.main(["--workpath", str(REPO / "build" / "work"), "--dist", str(tmp_path)])
    assert exit_info.value.code == 2


def test_missing_bundle_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build_script.main(["--skip-build", "--dist", str(tmp_path)]) == 1
    assert "no executable" in capsys.readouterr().err


def test_folder_size_counts_symlinks_once(tmp_path: Path) -> None:
    (tmp_path / "lib.so.1").write_bytes(b"x" * 1000)
    (tmp_path / "lib.so").symlink_to("lib.so.1")
    assert build_script.folder_size(tmp_path) == 1000
    assert build_script.mebibytes(3 * 2**20) == "3.0 MiB"


def test_executable_path_per_platform(tmp_path: Path) -> None:
    exe = build_script.executable_path(tmp_path)
    assert exe.parent == tmp_path / "ShipCheck"
    assert exe.name == ("ShipCheck.exe" if sys.platform == "win32" else "ShipCheck")


def test_ci_script_is_executable_and_uses_a_fresh_cache() -> None:
    script = REPO / "build" / "ci_build.sh"
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert "set -euo pipefail" in text
    assert "mktemp -d" in text and "--workpath" in text
    assert "build/build.py" in text
