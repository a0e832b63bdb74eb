"""Take the README screenshots from the bundled demo: `python docs/screenshots/make_screenshots.py`.

Runs the real window on the demo data (offscreen unless $DISPLAY/QT_QPA_PLATFORM say otherwise) and
saves PNGs next to this file: main window in Chinese and English, the detail panel, the dashboard
in Chinese and English, the import preview, the settings dialog and the setup assistant; and the
pictures of the bundled user guide (`resources/guide/img/`), in both languages.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(os.environ.get("SHIPCHECK_SHOTS", Path(__file__).resolve().parent))
GUIDE = ROOT / "resources" / "guide" / "img"
GUIDE_WIDTH = 1100  # the guide's pictures are scaled to this width (smaller files, same text)


def save_for_guide(pixmap, name: str) -> None:  # type: ignore[no-untyped-def]
    """A picture for the user guide, scaled down."""
    from desktop_app.qt import Qt

    GUIDE.mkdir(parents=True, exist_ok=True)
    scaled = pixmap.scaledToWidth(
        min(GUIDE_WIDTH, pixmap.width()), Qt.TransformationMode.SmoothTransformation
    )
    scaled.save(str(GUIDE / name))


def main() -> int:
    """Open the demo, wait for it, grab each view."""
    import tempfile

    from desktop_app.gui.launch import build_window
    from desktop_app.qt import QtCore, QtWidgets

    prefs = tempfile.mkdtemp(prefix="shipcheck-shot-prefs-")
    QtCore.QSettings.setPath(
        QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, prefs
    )
    window, keep = build_window(None, demo=True)
    app = QtWidgets.QApplication.instance()
    assert app is not None
    loaded: list[bool] = []
    window.evaluated.connect(lambda _o: loaded.append(True))
    window.resize(1600, 960)
    window.show()
    window.open_database()

    def wait(cond, ms: int = 60_000) -> None:  # type: ignore[no-untyped-def]
        timer = QtCore.QElapsedTimer()
        timer.start()
        while not cond() and timer.elapsed() < ms:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle(ms: int = 400) -> None:
        timer = QtCore.QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)

    wait(lambda: window.model is not None and window.filters.counts().get("all", 0) > 0)
    settle(1500)
    wait(lambda: not window.model.loading)
    model = window.model
    # Select an interesting order: the first late one with a trace.
    row = 0
    for r in range(model.rowCount()):
        if model.index(r, 0).data(0x0100 + 2) in ("overdue", "late"):
            row = r
            break
    window.table.selectRow(row)
    wait(lambda: window.detail.detail is not None)
    settle()
    window.grab().save(str(OUT / "main-zh.png"))
    window.detail.grab().save(str(OUT / "detail-zh.png"))
    save_for_guide(window.grab(), "main-zh.png")
    save_for_guide(window.detail.grab(), "detail-zh.png")
    from desktop_app.gui.order_model import COL

    check = QtCore.Qt.ItemDataRole.CheckStateRole
    for r in (row + 1, row + 2):
        model.setData(model.index(r, COL["status"]), QtCore.Qt.CheckState.Checked, check)
    menu = window.table_actions.build_menu()
    menu.popup(window.table.viewport().mapToGlobal(QtCore.QPoint(260, 140)))
    settle(500)
    shot = window.grab()
    from desktop_app.qt import QtGui

    painter = QtGui.QPainter(shot)
    spot = window.table.viewport().mapTo(window, QtCore.QPoint(260, 140))
    painter.drawPixmap(spot, menu.grab())
    painter.end()
    shot.save(str(OUT / "table-menu-zh.png"))
    menu.close()
    model.clear_checked()
    window.switch_language("en")
    settle(800)
    window.grab().save(str(OUT / "main-en.png"))
    save_for_guide(window.grab(), "main-en.png")
    save_for_guide(window.detail.grab(), "detail-en.png")
    window.switch_language("zh_CN")
    settle(500)
    window.tabs.setCurrentIndex(1)
    dashboard = window.dashboard
    dashboard.platform.setCurrentIndex(dashboard.platform.findData("aliexpress"))
    dashboard.period.setCurrentIndex(dashboard.period.findData("month"))
    settle(300)
    wait(lambda: dashboard.metrics is not None and str(dashboard.metrics.platform) == "aliexpress")
    settle(800)
    window.grab().save(str(OUT / "dashboard-zh.png"))
    window.switch_language("en")
    settle(800)
    window.grab().save(str(OUT / "dashboard-en.png"))
    window.switch_language("zh_CN")
    settle(500)
    window.tabs.setCurrentIndex(0)

    from desktop_app.gui.first_run import SetupWizard
    from desktop_app.gui.settings_dialog import SettingsDialog

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        window.switch_language(lang)
        settle(300)
        settings = SettingsDialog(window.session, window.translations, window)
        settings.resize(1100, 720)
        settings.show()
        settle(2500)
        if suffix == "zh":
            settings.grab().save(str(OUT / "settings-zh.png"))
        save_for_guide(settings.grab(), f"settings-{suffix}.png")
        settings.close()
        from desktop_app.gui.rules_dialog import RulesDialog

        rules = RulesDialog(window.session, window.rule_actions(), window)
        rules.resize(1200, 700)
        rules.show()
        settle(2500)
        save_for_guide(rules.grab(), f"rules-{suffix}.png")
        rules.close()
        wizard = SetupWizard(None, window, {}, 12, english=suffix == "en")
        wizard.resize(900, 640)
        wizard.show()
        wizard.next()
        settle(500)
        wizard.grab().save(str(OUT / f"setup-{suffix}.png"))
        wizard.close()
    window.switch_language("zh_CN")
    settle(300)

    from desktop_app.gui.import_dialog import ImportPreviewDialog
    from desktop_app.resources import resource_path

    sample = resource_path("demo", "douyin_orders.csv")
    dialog = ImportPreviewDialog(window.session, [sample], window)
    dialog.resize(1100, 720)
    dialog.show()
    dialog.start()
    wait(lambda: dialog.entries[0].preview is not None or dialog.entries[0].error is not None)
    dialog.tabs.setCurrentIndex(1)
    settle(600)
    dialog.grab().save(str(OUT / "import-preview-zh.png"))
    dialog.close()
    shoot_appeal_letters(window)
    window.close()
    window.session.close()
    del keep
    print("saved to", OUT)
    return 0


def _first_page(report, dpi: int):  # type: ignore[no-untyped-def]
    """The report's first page as a picture (pdftoppm from poppler-utils)."""
    import subprocess
    import tempfile

    from desktop_app.qt import QtGui
    from desktop_app.reports.render import write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        pdf = write_pdf(report, Path(tmp) / "report.pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf), f"{tmp}/page"],
            check=True,
        )
        return QtGui.QPixmap(str(next(Path(tmp).glob("page*.png"))))


def shoot_appeal_letters(window) -> None:  # type: ignore[no-untyped-def]
    """The first page of the demo's Douyin appeal letter in each language (for the guide) and of
    both reports (for the README)."""
    from datetime import date

    from desktop_app.reports.data import ReportRequest, gather_appeal, gather_penalty

    store = window.session.store()
    period = (date(2022, 12, 1), date(2022, 12, 31))
    for lang in ("zh", "en"):
        report = gather_appeal(store.conn, ReportRequest("douyin", *period, lang=lang))
        save_for_guide(_first_page(report, 80), f"appeal-{lang}.png")
    _first_page(gather_appeal(store.conn, ReportRequest("douyin", *period)), 100).save(
        str(OUT / "report-appeal.png")
    )
    _first_page(gather_penalty(store.conn, ReportRequest("kuaishou", *period)), 100).save(
        str(OUT / "report-penalty.png")
    )


if __name__ == "__main__":
    raise SystemExit(main())
