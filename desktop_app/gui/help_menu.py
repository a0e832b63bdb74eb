"""The Help menu: the bundled user guide and About (version, rules date, data folder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app import __version__
from desktop_app.qt import QtCore, QtGui, QtWidgets
from desktop_app.resources import resource_path
from policies.catalogue import catalogue
from policies.platforms import PLATFORM_IDS, platform_name


def guide_path(english: bool) -> Path:
    """The bundled user guide (Markdown, with its pictures beside it) in the UI language."""
    return resource_path("guide", "guide.en.md" if english else "guide.zh.md")


class GuideDialog(QtWidgets.QDialog):
    """The user guide, read in the app (no browser needed), pictures included."""

    def __init__(self, parent: QtWidgets.QWidget | None, english: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(QtCore.QCoreApplication.translate("HelpMenu", "ShipCheck user guide"))
        self.browser = QtWidgets.QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        path = guide_path(english)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(
            QtCore.QUrl.fromLocalFile(str(path)),
            QtGui.QTextDocument.ResourceType.MarkdownResource,
        )
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 760)


def about_text(data_folder: Path, rules_dates: list[tuple[str, str]]) -> str:
    """About's text: the version, each platform's newest known rule and the data folder."""
    lines = [
        f"<b>ShipCheck 发货考核助手</b> {__version__}",
        QtCore.QCoreApplication.translate(
            "HelpMenu", "Offline shipping-assessment checker for Kuaishou, Douyin and AliExpress."
        ),
    ]
    if rules_dates:
        lines.append(QtCore.QCoreApplication.translate("HelpMenu", "Newest rules known:"))
        lines.extend(f"&nbsp;&nbsp;{name}: {day}" for name, day in rules_dates)
    lines.append(
        QtCore.QCoreApplication.translate("HelpMenu", "Data folder: %1").replace(
            "%1", str(data_folder)
        )
    )
    lines.append(
        QtCore.QCoreApplication.translate("HelpMenu", "Order data never leaves this computer.")
    )
    return "<br>".join(lines)


class HelpMenu(QtCore.QObject):
    """The Help menu's actions; `data_folder` and `rules_dates` are asked when About opens."""

    def __init__(
        self,
        window: QtWidgets.QMainWindow,
        english: Callable[[], bool],
        data_folder: Callable[[], Path],
        rules_dates: Callable[[bool], list[tuple[str, str]]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._english = english
        self._data_folder = data_folder
        self._rules_dates = rules_dates
        self.menu = window.menuBar().addMenu("")
        self.act_guide = QtGui.QAction(window)
        self.act_guide.setShortcut(QtGui.QKeySequence.StandardKey.HelpContents)
        self.act_guide.triggered.connect(self.show_guide)
        self.act_about = QtGui.QAction(window)
        self.act_about.setMenuRole(QtGui.QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.show_about)
        self.menu.addAction(self.act_guide)
        self.menu.addSeparator()
        self.menu.addAction(self.act_about)
        self.guide: GuideDialog | None = None
        self.about: QtWidgets.QMessageBox | None = None

    def retranslate(self) -> None:
        """Apply the current language."""
        self.menu.setTitle(self.tr("&Help"))
        self.act_guide.setText(self.tr("User guide"))
        self.act_about.setText(self.tr("About ShipCheck"))

    def show_guide(self) -> None:
        """Open the user guide in the UI language."""
        self.guide = GuideDialog(self.window, self._english())
        self.guide.show()

    def show_about(self) -> None:
        """Show the version, the rules' dates and where the data lives."""
        box = QtWidgets.QMessageBox(self.window)
        box.setWindowTitle(self.tr("About ShipCheck"))
        box.setTextFormat(QtCore.Qt.TextFormat.RichText)
        box.setText(about_text(self._data_folder(), self._rules_dates(self._english())))
        box.setIconPixmap(QtGui.QPixmap(str(resource_path("icons", "app-64.png"))))
        self.about = box
        box.open()


def newest_rules(english: bool) -> list[tuple[str, str]]:
    """Per platform, the date of the newest rule ShipCheck knows (its announcement catalogue)."""
    cat = catalogue()
    out = []
    for platform in PLATFORM_IDS:
        newest = cat.newest_rule_date(platform)
        out.append((platform_name(platform, english), newest.isoformat() if newest else "—"))
    return out
