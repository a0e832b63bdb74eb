"""The message after a report, an order list or an evidence bundle is saved: the file's path with
"Open file" and "Show in folder", so the seller goes straight to what was made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.qt import QtCore, QtGui, QtWidgets


def open_file(path: Path) -> bool:
    """Open `path` with the program the system associates with it."""
    return bool(QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Show the folder holding `path`, with the file selected where the system can do that."""
    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", str(path)])
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])
            return True
    except OSError:
        pass
    return bool(QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path.parent))))


class SavedFileBox(QtWidgets.QMessageBox):
    """ "Saved <path>" (and any remark) with Open file, Show in folder and Close."""

    def __init__(self, parent: QtWidgets.QWidget | None, path: Path, remark: str = "") -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle("ShipCheck")
        # A remark is something the seller should still do with the file (shown as a warning).
        self.setIcon(
            QtWidgets.QMessageBox.Icon.Warning if remark else QtWidgets.QMessageBox.Icon.Information
        )
        self.setText(
            QtCore.QCoreApplication.translate("SavedFile", "Saved %1").replace("%1", str(path))
        )
        if remark:
            self.setInformativeText(remark)
        self.open_button = self.addButton(
            QtCore.QCoreApplication.translate("SavedFile", "Open file"),
            QtWidgets.QMessageBox.ButtonRole.ActionRole,
        )
        self.folder_button = self.addButton(
            QtCore.QCoreApplication.translate("SavedFile", "Show in folder"),
            QtWidgets.QMessageBox.ButtonRole.ActionRole,
        )
        self.addButton(QtWidgets.QMessageBox.StandardButton.Close)
        # Either button also closes the box, as every message-box button does.
        self.open_button.clicked.connect(lambda: open_file(self.path))
        self.folder_button.clicked.connect(lambda: show_in_folder(self.path))
