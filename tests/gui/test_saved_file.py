"""After a file is saved: Open file and Show in folder reach the system with the right path."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.gui import saved_file
from desktop_app.gui.saved_file import SavedFileBox
from desktop_app.qt import QtCore, QtGui, QtWidgets


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def fake_open(url: QtCore.QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", staticmethod(fake_open))
    monkeypatch.setattr(saved_file.sys, "platform", "linux")
    return urls


def test_open_file_opens_the_saved_file(qtbot: object, tmp_path: Path, opened: list[str]) -> None:
    target = tmp_path / "申诉材料.pdf"
    box = SavedFileBox(None, target)
    assert str(target) in box.text()
    box.open_button.click()
    assert opened == [str(target)]
    assert not box.isVisible()


def test_show_in_folder_opens_its_folder(qtbot: object, tmp_path: Path, opened: list[str]) -> None:
    target = tmp_path / "orders.xlsx"
    box = SavedFileBox(None, target)
    box.folder_button.click()
    assert opened == [str(tmp_path)]


def test_a_remark_is_shown_as_a_warning(qtbot: object, tmp_path: Path) -> None:
    box = SavedFileBox(None, tmp_path / "申诉材料.pdf", "2 笔订单尚未附加证据")
    assert box.informativeText() == "2 笔订单尚未附加证据"
    assert box.icon() == QtWidgets.QMessageBox.Icon.Warning
    assert SavedFileBox(None, tmp_path / "x.pdf").icon() == QtWidgets.QMessageBox.Icon.Information
