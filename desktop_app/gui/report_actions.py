"""Print preview, Save as PDF and Export evidence bundle, driven by the reports layer.

The seller picks the report (penalty/assessment or appeal/pre-report), platform, shop and period.
The report model is gathered from the store on the database worker; laying it out and painting it
(print preview) happens on the GUI thread; PDFs and evidence bundles are laid out and written on
the database worker (a QThread), with progress and Cancel, so the window never freezes.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.atomic import atomic_write_bytes
from desktop_app.chinatime import TIME_FORMAT
from desktop_app.evaluation import metrics_for
from desktop_app.gui.app import preferences
from desktop_app.gui.order_model import platform_label
from desktop_app.gui.saved_file import SavedFileBox
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import show_error
from desktop_app.qt import QtCore, QtPrintSupport, QtWidgets
from desktop_app.store.read.pages import OrderFilter
from desktop_app.store.verdict_instants import stored_as_ofs
from policies.platforms import PLATFORM_IDS


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
        for p in PLATFORM_IDS:
            self.platform.addItem(platform_label(p), p)
        if flt.platform:
            self.platform.setCurrentIndex(max(0, self.platform.findData(flt.platform)))
        self.shop = QtWidgets.QLineEdit(flt.shop)
        self.shop.setPlaceholderText(self.tr("all shops"))
        self.period = QtWidgets.QComboBox()
        self.period.addItem(self.tr("Month"), "month")
        self.period.addItem(self.tr("Week (Monday to Sunday)"), "week")
        self.day = QtWidgets.QDateEdit(QtCore.QDate(as_of.year, as_of.month, as_of.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.range_label = QtWidgets.QLabel()
        self.period.currentIndexChanged.connect(lambda _: self._update_range())
        self.day.dateChanged.connect(lambda _: self._update_range())
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Containing"), self.day)
        form.addRow("", self.range_label)
        self._update_range()
        note = QtWidgets.QLabel(
            self.tr("The report uses the latest evaluation of each order (see the status bar).")
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

    def period_range(self) -> tuple[str, date, date]:
        """(period kind, first day, last day) of the chosen week or month."""
        d = self.day.date()
        return period_range(str(self.period.currentData()), date(d.year(), d.month(), d.day()))

    def _update_range(self) -> None:
        _, start, end = self.period_range()
        self.range_label.setText(f"{start:%Y-%m-%d} – {end:%Y-%m-%d}")

    def values(self) -> tuple[str, str, str, date, date]:
        """(kind, platform, shop, start, end)."""
        _, start, end = self.period_range()
        return (
            str(self.kind.currentData()),
            str(self.platform.currentData()),
            self.shop.text().strip(),
            start,
            end,
        )


def period_range(kind: str, day: date) -> tuple[str, date, date]:
    """The week (Monday–Sunday) or calendar month containing `day`: (kind, first, last)."""
    if kind == "week":
        start = day - timedelta(days=day.weekday())
        return kind, start, start + timedelta(days=6)
    start = day.replace(day=1)
    last = calendar.monthrange(start.year, start.month)[1]
    return "month", start, start.replace(day=last)


def report_metrics(store: Any, platform: str, start: date, end: date, shop: str) -> Any:
    """The engine's metrics for a whole week or month, as of the verdicts' instant (None if the
    range is neither or nothing is evaluated yet — the report then says metrics are unavailable)."""
    if start.weekday() == 0 and end == start + timedelta(days=6):
        kind = "week"
    elif start.day == 1 and period_range("month", start)[2] == end:
        kind = "month"
    else:
        return None
    stored = stored_as_ofs(store.conn, platform)
    if not stored:
        return None
    as_of = datetime.strptime(stored[-1][:19], TIME_FORMAT)
    return metrics_for(store, platform, kind, start, as_of, shop=shop or None)


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
        self.finished_path: Path | None = None
        self.saved_box: SavedFileBox | None = None
        self.last_error: BaseException | None = None

    def run(self, action: str) -> None:
        """Ask for the report's scope, then preview / save / export."""
        dialog = ReportOptionsDialog(self.window, self.as_of, self.flt, action)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        kind, platform, shop, start, end = dialog.values()
        if action == "preview":
            self.preview(kind, platform, shop, start, end)
            return
        if action == "evidence":
            target = self._ask_target(
                self.tr("Export evidence bundle"),
                f"evidence_{platform}_{start}_{end}.zip",
                "ZIP (*.zip)",
            )
            if target is not None:
                self.export_evidence(platform, shop, start, end, target)
            return
        target = self._ask_target(
            self.tr("Save report as PDF"), f"{kind}_{platform}_{start}_{end}.pdf", "PDF (*.pdf)"
        )
        if target is not None:
            self.save_pdf(kind, platform, shop, start, end, target)

    def _gather(self, kind: str, platform: str, shop: str, start: date, end: date) -> Any:
        """A worker function building the report model from the store."""
        lang = self.lang

        def gather(store: Any, ctx: Any) -> Any:
            from desktop_app.reports import data

            # as_of None: the verdicts' own instant (the window keeps them at its as-of time).
            req = data.ReportRequest(platform, start, end, shop=shop, as_of=None, lang=lang)
            if kind == "appeal":
                return data.gather_appeal(store.conn, req)
            # The metrics are computed here, with the store, for the whole week or month.
            metrics = report_metrics(store, platform, start, end, shop)
            return data.gather_penalty(store.conn, req, metrics=metrics)

        return gather

    def preview(self, kind: str, platform: str, shop: str, start: date, end: date) -> None:
        """Gather the report in the background, then open the print preview."""
        self.session.op(
            self.window, self._gather(kind, platform, shop, start, end), self._preview
        ).with_progress(self.tr("Preparing the report…")).failure(self._failed).run_in_background()

    def save_pdf(
        self, kind: str, platform: str, shop: str, start: date, end: date, target: Path
    ) -> None:
        """Gather the report and write it as a PDF, both on the database worker."""
        gather = self._gather(kind, platform, shop, start, end)

        def write(store: Any, ctx: Any) -> tuple[Path, int]:
            from desktop_app.reports import render

            ctx.progress(0, 3, self.tr("Reading the orders…"))
            report = gather(store, ctx)
            ctx.check_cancelled()
            ctx.progress(1, 3, self.tr("Laying out the pages…"))
            data = render.pdf_bytes(report)
            ctx.check_cancelled()  # nothing written yet: Cancel leaves any earlier file as it was
            ctx.progress(2, 3, self.tr("Saving…"))
            atomic_write_bytes(target, data)
            return target, report.orders_without_evidence if kind == "appeal" else 0

        self.session.op(self.window, write, self._done).with_progress(
            self.tr("Writing the PDF…")
        ).failure(self._failed).run_in_background()

    def export_evidence(
        self, platform: str, shop: str, start: date, end: date, target: Path
    ) -> None:
        """Build the appeal evidence bundle (zip) on the database worker."""
        lang = self.lang

        def work(store: Any, ctx: Any) -> tuple[Path, int]:
            from desktop_app.evidence import bundle
            from desktop_app.reports import data, render

            ctx.progress(0, 3, self.tr("Reading the appeal candidates…"))
            req = data.ReportRequest(platform, start, end, shop=shop, as_of=None, lang=lang)
            report = data.gather_appeal(store.conn, req)
            ctx.check_cancelled()
            ctx.progress(1, 3, self.tr("Laying out the appeal report…"))
            pdf = render.pdf_bytes(report)
            ctx.check_cancelled()  # the zip is written atomically, after the last chance to stop
            ctx.progress(2, 3, self.tr("Writing the bundle…"))
            written = bundle.write_bundle(store.conn, report, target, pdf, [])
            return written.path, report.orders_without_evidence

        self.session.op(self.window, work, self._done).with_progress(
            self.tr("Building the evidence bundle…")
        ).failure(self._failed).run_in_background()

    def export_order_list(self, sort_column: str, descending: bool) -> None:
        """Ask where, then write the order table as shown (filter and sort) to an .xlsx file on
        the database worker, with progress and Cancel."""
        from desktop_app.gui.order_export import export_orders

        flt = self.flt

        def write(conn: Any, target: Path, english: bool, **progress: Any) -> None:
            export_orders(conn, flt, sort_column, descending, target, english=english, **progress)

        self._export_xlsx(self.tr("Export order list"), flt.platform or "all", write)

    def export_chosen(self, keys: list[tuple[str, str, str]]) -> None:
        """Ask where, then write the orders the seller picked in the table to an .xlsx file."""
        from desktop_app.gui.order_export import export_keys

        def write(conn: Any, target: Path, english: bool, **progress: Any) -> None:
            export_keys(conn, keys, target, english=english, **progress)

        self._export_xlsx(self.tr("Export chosen orders"), self.tr("chosen"), write)

    def _export_xlsx(self, title: str, what: str, write: Callable[..., None]) -> None:
        """Ask for the .xlsx file, then run `write(conn, target, english, progress=…,
        cancelled=…)` on the database worker, with progress and Cancel."""
        orders = self.tr("orders")
        stamp = self.as_of.strftime("%Y%m%d-%H%M")
        target = self._ask_target(title, f"{orders}_{what}_{stamp}.xlsx", "Excel (*.xlsx)")
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        english = self.english
        text = self.tr("Writing the order list…")

        def work(store: Any, ctx: Any) -> tuple[Path, int]:
            write(
                store.conn,
                target,
                english,
                progress=lambda done, total: ctx.progress(done, total, text),
                cancelled=ctx.cancelled,
            )
            return target, 0

        self.session.op(self.window, work, self._done).with_progress(text).failure(
            self._failed
        ).run_in_background()

    @property
    def lang(self) -> str:
        """The report language: the UI's."""
        return "en" if self.english else "zh"

    def _ask_target(self, title: str, name: str, pattern: str) -> Path | None:
        prefs = preferences()
        folder = Path(str(prefs.value("last_report_folder", str(Path.home()))))
        target, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, title, str(folder / name), pattern
        )
        if not target:
            return None
        prefs.setValue("last_report_folder", str(Path(target).parent))
        return Path(target)

    def _preview(self, report: Any) -> None:
        from desktop_app.reports import render

        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        render.setup_page(printer)
        preview = QtPrintSupport.QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(render.build_title(report))
        preview.paintRequested.connect(lambda p: render.print_report(report, p, set_page=False))
        preview.resize(1000, 800)
        self.preview_dialog = preview
        preview.open()

    def _failed(self, exc: BaseException) -> None:
        self.last_error = exc
        show_error(self.window, exc)

    def _done(self, result: tuple[Path, int]) -> None:
        path, without_evidence = result
        self.finished_path = path
        remark = (
            self.tr(
                "%n order(s) in this appeal have no evidence attached. Before you submit it, "
                "attach screenshots or notices to them in the order's details (Attach evidence…) "
                "and save the appeal again.",
                "",
                without_evidence,
            )
            if without_evidence
            else ""
        )
        self.saved_box = SavedFileBox(self.window, path, remark)
        self.saved_box.open()
