"""Print preview, Save as PDF and Export evidence bundle, driven by the reports layer.

The seller picks the report (penalty/assessment or appeal/pre-report), platform, shop and period.
The report model is gathered from the store on the database worker; laying it out and painting it
(print preview, PDF) happens on the GUI thread, as Qt's text layout requires.
"""

from __future__ import annotations

import importlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.gui import services
from desktop_app.gui.app import preferences
from desktop_app.gui.filter_bar import PLATFORMS
from desktop_app.gui.order_model import platform_label
from desktop_app.gui.order_query import OrderFilter
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import show_error
from desktop_app.qt import QtCore, QtPrintSupport, QtWidgets


def _module(name: str, what: str, what_en: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise services.FeatureMissing(what, what_en) from exc


class ReportOptionsDialog(QtWidgets.QDialog):
    """Which report, for which platform, shop and period."""

    def __init__(
        self, parent: QtWidgets.QWidget | None, as_of: datetime, flt: OrderFilter, action: str
    ) -> None:
        super().__init__(parent)
        titles = {
            "preview": self.tr("Print preview"),
            "pdf": self.tr("Save report as PDF"),
            "evidence": self.tr("Export evidence bundle"),
        }
        self.setWindowTitle(titles.get(action, "ShipCheck"))
        form = QtWidgets.QFormLayout(self)
        self.kind = QtWidgets.QComboBox()
        self.kind.addItem(self.tr("Penalty / assessment report"), "penalty")
        self.kind.addItem(self.tr("Appeal / pre-report material"), "appeal")
        if action == "evidence":
            self.kind.setCurrentIndex(1)
            self.kind.setEnabled(False)
        self.platform = QtWidgets.QComboBox()
        for p in PLATFORMS:
            self.platform.addItem(platform_label(p), p)
        if flt.platform:
            self.platform.setCurrentIndex(max(0, self.platform.findData(flt.platform)))
        self.shop = QtWidgets.QLineEdit(flt.shop)
        self.shop.setPlaceholderText(self.tr("all shops"))
        first = as_of.date().replace(day=1)
        self.start = QtWidgets.QDateEdit(QtCore.QDate(first.year, first.month, first.day))
        self.end = QtWidgets.QDateEdit(QtCore.QDate(as_of.year, as_of.month, as_of.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        note = QtWidgets.QLabel(
            self.tr("Verdicts as of %1 (China time) are used.").replace(
                "%1", as_of.strftime("%Y-%m-%d %H:%M")
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str, date, date]:
        """(kind, platform, shop, start, end)."""
        s, e = self.start.date(), self.end.date()
        return (
            str(self.kind.currentData()),
            str(self.platform.currentData()),
            self.shop.text().strip(),
            date(s.year(), s.month(), s.day()),
            date(e.year(), e.month(), e.day()),
        )


class ReportActions(QtCore.QObject):
    """One report action from the main window (preview, PDF or evidence)."""

    def __init__(
        self, window: QtWidgets.QWidget, session: Session, as_of: datetime, flt: OrderFilter
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.as_of = as_of
        self.flt = flt
        self.english = QtCore.QLocale().language() == QtCore.QLocale.Language.English

    def run(self, action: str) -> None:
        """Ask for the report's scope, then preview / save / export."""
        dialog = ReportOptionsDialog(self.window, self.as_of, self.flt, action)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        kind, platform, shop, start, end = dialog.values()
        if action == "evidence":
            self._evidence(platform, shop, start, end)
            return
        lang = "en" if self.english else "zh"
        as_of = self.as_of

        def gather(store: Any, ctx: Any) -> Any:
            data = _module("desktop_app.reports.data", "报告模块", "reports module")
            fn = data.gather_appeal if kind == "appeal" else data.gather_penalty
            return fn(store.conn, platform, start, end, shop=shop, as_of=as_of, lang=lang)

        done = self._preview if action == "preview" else self._save_pdf
        self.session.op(self.window, gather, done).with_progress(
            self.tr("Preparing the report…")
        ).failure(lambda exc: show_error(self.window, exc)).run_in_background()

    def _preview(self, report: Any) -> None:
        render = _module("desktop_app.reports.render", "报告模块", "reports module")
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        render.setup_page(printer)
        preview = QtPrintSupport.QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(render.build_title(report))
        preview.paintRequested.connect(lambda p: render.print_report(report, p, set_page=False))
        preview.resize(1000, 800)
        preview.exec()

    def _save_pdf(self, report: Any) -> None:
        render = _module("desktop_app.reports.render", "报告模块", "reports module")
        prefs = preferences()
        folder = Path(str(prefs.value("last_report_folder", str(Path.home()))))
        name = render.build_title(report).replace("/", "-").replace(" — ", "_") + ".pdf"
        target, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Save report as PDF"), str(folder / name), "PDF (*.pdf)"
        )
        if not target:
            return
        prefs.setValue("last_report_folder", str(Path(target).parent))
        try:
            render.write_pdf(report, Path(target))
        except Exception as exc:
            show_error(self.window, exc)
            return
        self._done(Path(target))

    def _evidence(self, platform: str, shop: str, start: date, end: date) -> None:
        evidence = _module("desktop_app.evidence", "证据包模块", "evidence module")
        export = getattr(evidence, "export_bundle", None) or getattr(evidence, "build_bundle", None)
        if export is None:
            show_error(self.window, services.FeatureMissing("证据包导出", "evidence export"))
            return
        prefs = preferences()
        folder = Path(str(prefs.value("last_report_folder", str(Path.home()))))
        target, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export evidence bundle"),
            str(folder / f"evidence_{platform}_{start}_{end}.zip"),
            "ZIP (*.zip)",
        )
        if not target:
            return
        as_of = self.as_of

        def work(store: Any, ctx: Any) -> Path:
            export(
                store,
                platform=platform,
                start=start,
                end=end,
                out=Path(target),
                shop=shop,
                as_of=as_of,
            )
            return Path(target)

        self.session.op(self.window, work, self._done).with_progress(
            self.tr("Building the evidence bundle…")
        ).failure(lambda exc: show_error(self.window, exc)).run_in_background()

    def _done(self, path: Path) -> None:
        box = QtWidgets.QMessageBox(self.window)
        box.setWindowTitle("ShipCheck")
        box.setText(self.tr("Saved %1").replace("%1", str(path)))
        box.open()
