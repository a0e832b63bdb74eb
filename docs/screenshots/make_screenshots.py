"""Take the README screenshots from the bundled demo: `python docs/screenshots/make_screenshots.py`.

Runs the real window on the demo data (offscreen unless $DISPLAY/QT_QPA_PLATFORM say otherwise) and
saves PNGs next to this file: main window in Chinese and English, the detail panel, the dashboard
in Chinese and English, the import preview and the settings dialog.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(os.environ.get("SHIPCHECK_SHOTS", Path(__file__).resolve().parent))


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
    window.switch_language("en")
    settle(800)
    window.grab().save(str(OUT / "main-en.png"))
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

    from desktop_app.gui.settings_dialog import SettingsDialog

    settings = SettingsDialog(window.session, window.translations, window)
    settings.resize(1100, 720)
    settings.show()
    settle(2500)
    settings.grab().save(str(OUT / "settings-zh.png"))
    settings.close()

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
    window.close()
    window.session.close()
    del keep
    print("saved to", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
