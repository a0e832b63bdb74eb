"""The import preview: what was detected in each file, before anything is written.

For every dropped or chosen file the dialog runs `services.preview_import` on the database worker
(plan + a dry run of every row) and shows the detected platform, kind, sheets, header rows, the
column mapping and every row error. The seller can change the platform, the shop name and the
mapping (saved as a profile for this header layout), re-check, and import the files that have no
errors. Nothing touches the database until Import is pressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.errors import BadInput, Problem
from desktop_app.gui import services
from desktop_app.gui import status as st
from desktop_app.gui.order_model import platform_label
from desktop_app.gui.session import Session
from desktop_app.qt import Qt, QtCore, QtWidgets, Signal
from desktop_app.store.schema import ORDER_FIELDS, PRODUCT_FIELDS
from policies.platforms import PLATFORM_IDS

ID_FIELDS = {
    "orders": ("order_id", "sub_order_id"),
    "logistics": ("order_id", "sub_order_id"),
    "products": ("product_id",),
}
REQUIRED = {
    "orders": ("order_id", "paid_at"),
    "logistics": ("order_id",),
    "products": ("product_id",),
}


def field_label(name: str) -> str:
    """A canonical field's name for the seller, in the UI language."""
    labels = {
        "order_id": QtCore.QCoreApplication.translate("ImportPreview", "Order ID"),
        "sub_order_id": QtCore.QCoreApplication.translate("ImportPreview", "Sub-order ID"),
        "product_id": QtCore.QCoreApplication.translate("ImportPreview", "Product ID"),
        "shop": QtCore.QCoreApplication.translate("ImportPreview", "Shop"),
        "status_text": QtCore.QCoreApplication.translate("ImportPreview", "Order status"),
        "after_sale_status": QtCore.QCoreApplication.translate(
            "ImportPreview", "After-sale status"
        ),
        "order_type": QtCore.QCoreApplication.translate("ImportPreview", "Order type"),
        "product_name": QtCore.QCoreApplication.translate("ImportPreview", "Product name"),
        "name": QtCore.QCoreApplication.translate("ImportPreview", "Product name"),
        "sku": QtCore.QCoreApplication.translate("ImportPreview", "SKU"),
        "quantity": QtCore.QCoreApplication.translate("ImportPreview", "Quantity"),
        "paid_amount_fen": QtCore.QCoreApplication.translate("ImportPreview", "Amount paid"),
        "created_at": QtCore.QCoreApplication.translate("ImportPreview", "Order time"),
        "paid_at": QtCore.QCoreApplication.translate("ImportPreview", "Payment time"),
        "promised_ship_at": QtCore.QCoreApplication.translate(
            "ImportPreview", "Promised ship time"
        ),
        "shipped_at": QtCore.QCoreApplication.translate("ImportPreview", "Ship time"),
        "picked_up_at": QtCore.QCoreApplication.translate("ImportPreview", "Pickup time"),
        "online_at": QtCore.QCoreApplication.translate("ImportPreview", "First online scan"),
        "warehouse_at": QtCore.QCoreApplication.translate("ImportPreview", "Warehouse arrival"),
        "completed_at": QtCore.QCoreApplication.translate("ImportPreview", "Completion time"),
        "cancel_reason": QtCore.QCoreApplication.translate("ImportPreview", "Cancel reason"),
        "fulfilment_mode": QtCore.QCoreApplication.translate("ImportPreview", "Fulfilment mode"),
        "carrier": QtCore.QCoreApplication.translate("ImportPreview", "Carrier"),
        "tracking_no": QtCore.QCoreApplication.translate("ImportPreview", "Tracking number"),
        "receiver_name": QtCore.QCoreApplication.translate("ImportPreview", "Receiver"),
        "receiver_phone": QtCore.QCoreApplication.translate("ImportPreview", "Receiver phone"),
        "receiver_province": QtCore.QCoreApplication.translate("ImportPreview", "Province"),
        "receiver_city": QtCore.QCoreApplication.translate("ImportPreview", "City"),
        "receiver_district": QtCore.QCoreApplication.translate("ImportPreview", "District"),
        "receiver_address": QtCore.QCoreApplication.translate("ImportPreview", "Address"),
        "ship_from_address": QtCore.QCoreApplication.translate(
            "ImportPreview", "Ship-from address"
        ),
        "warehouse_name": QtCore.QCoreApplication.translate("ImportPreview", "Warehouse"),
        "buyer_note": QtCore.QCoreApplication.translate("ImportPreview", "Buyer note"),
        "seller_note": QtCore.QCoreApplication.translate("ImportPreview", "Seller note"),
        "listed_at": QtCore.QCoreApplication.translate("ImportPreview", "Listed on"),
        "last_month_sales": QtCore.QCoreApplication.translate(
            "ImportPreview", "Last month's sales"
        ),
        "promise_hours": QtCore.QCoreApplication.translate("ImportPreview", "Promised hours"),
        "uses_freight_template": QtCore.QCoreApplication.translate(
            "ImportPreview", "Uses freight template"
        ),
    }
    return labels.get(name, name)


def fields_for(kind: str) -> tuple[str, ...]:
    """Every field a sheet of `kind` can map, ids first."""
    rest = PRODUCT_FIELDS if kind == "products" else ORDER_FIELDS
    return (*ID_FIELDS.get(kind, ("order_id",)), *rest)


@dataclass
class FileEntry:
    """One file in the dialog and where it stands."""

    path: Path
    preview: services.ImportPreview | None = None
    error: BaseException | None = None
    running: bool = False
    platform: str | None = None  # seller's override
    shop: str | None = None
    mapping: dict[str, str] | None = None

    @property
    def importable(self) -> bool:
        """Planned and without row errors."""
        return self.preview is not None and self.preview.problem_total == 0


NOT_MAPPED = ""


class ImportPreviewDialog(QtWidgets.QDialog):
    """Preview and confirm an import; emits `importRequested(list of ImportPlan)`."""

    importRequested = Signal(list)

    def __init__(
        self,
        session: Session | None,
        paths: list[Path],
        parent: QtWidgets.QWidget | None = None,
        *,
        english: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.entries = [FileEntry(Path(p)) for p in paths]
        self._english = (
            english
            if english is not None
            else QtCore.QLocale().language() == QtCore.QLocale.Language.English
        )
        self._current = -1
        self._filling = False
        self.setMinimumSize(980, 680)
        layout = QtWidgets.QHBoxLayout(self)
        self.files = QtWidgets.QListWidget()
        self.files.setMaximumWidth(260)
        self.files.currentRowChanged.connect(self._show_entry)
        layout.addWidget(self.files)
        right = QtWidgets.QVBoxLayout()
        layout.addLayout(right, 1)

        self.summary_box = QtWidgets.QGroupBox()
        form = QtWidgets.QFormLayout(self.summary_box)
        self.l_file = QtWidgets.QLabel()
        self.l_file.setWordWrap(True)
        self.platform = QtWidgets.QComboBox()
        self.l_kind = QtWidgets.QLabel()
        self.shop = QtWidgets.QLineEdit()
        self.l_rows = QtWidgets.QLabel()
        self.l_warnings = QtWidgets.QLabel()
        self.l_warnings.setWordWrap(True)
        self.l_warnings.setStyleSheet("color: #8a6d00;")
        self._form_labels = [QtWidgets.QLabel() for _ in range(6)]
        for label, widget in zip(
            self._form_labels,
            (self.l_file, self.platform, self.l_kind, self.shop, self.l_rows, self.l_warnings),
            strict=True,
        ):
            form.addRow(label, widget)
        right.addWidget(self.summary_box)

        self.tabs = QtWidgets.QTabWidget()
        self.sheets = QtWidgets.QTableWidget(0, 3)
        self.sheets.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheets.horizontalHeader().setStretchLastSection(True)
        self.mapping = QtWidgets.QTableWidget(0, 2)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.verticalHeader().setVisible(False)
        self.problems = QtWidgets.QListWidget()
        self.problems.setWordWrap(True)
        self.tabs.addTab(self.sheets, "")
        self.tabs.addTab(self.mapping, "")
        self.tabs.addTab(self.problems, "")
        right.addWidget(self.tabs, 1)

        options = QtWidgets.QHBoxLayout()
        self.save_profile = QtWidgets.QCheckBox()
        self.save_profile.setChecked(True)
        self.recheck = QtWidgets.QPushButton()
        self.recheck.clicked.connect(self._recheck)
        options.addWidget(self.save_profile)
        options.addStretch(1)
        options.addWidget(self.recheck)
        right.addLayout(options)

        self.buttons = QtWidgets.QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self._import)
        self.cancel_button.clicked.connect(self.reject)
        right.addWidget(self.buttons)
        self.platform.currentIndexChanged.connect(lambda _: self._mark_dirty())
        self.shop.textEdited.connect(lambda _: self._mark_dirty())
        self.retranslate()
        for entry in self.entries:
            self.files.addItem(entry.path.name)
        self._refresh_list()
        if self.entries:
            self.files.setCurrentRow(0)

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Apply the current language."""
        self.setWindowTitle(self.tr("Import preview — nothing is written until you press Import"))
        self.summary_box.setTitle(self.tr("Detected"))
        for label, text in zip(
            self._form_labels,
            (
                self.tr("File"),
                self.tr("Platform"),
                self.tr("Sheet kind"),
                self.tr("Shop name"),
                self.tr("Rows"),
                self.tr("Warnings"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.sheets.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Header row"), self.tr("Data rows")]
        )
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.tabs.setTabText(0, self.tr("Sheets"))
        self.tabs.setTabText(1, self.tr("Column mapping"))
        self.save_profile.setText(self.tr("Remember this mapping for files with these headers"))
        self.recheck.setText(self.tr("Apply changes and check again"))
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._filling = True
        current = self.platform.currentData()
        self.platform.clear()
        self.platform.addItem(self.tr("Detect automatically"), "")
        for p in PLATFORM_IDS:
            self.platform.addItem(platform_label(p), p)
        self.platform.setCurrentIndex(max(0, self.platform.findData(current or "")))
        self._filling = False
        self._update_problem_tab()

    # --- previews ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Preview every file not yet previewed, one after another."""
        for i, entry in enumerate(self.entries):
            if entry.preview is None and entry.error is None and not entry.running:
                self._preview(i)
                return
        self._refresh_list()

    def _preview(self, i: int) -> None:
        entry = self.entries[i]
        if self._session is None:
            return
        entry.running = True
        entry.error = None
        self._refresh_list()

        def work(store: Any, ctx: Any) -> services.ImportPreview:
            return services.preview_import(
                store,
                entry.path,
                ctx,
                platform=entry.platform,
                shop=entry.shop,
                mapping=entry.mapping,
            )

        self._session.op(self, work, lambda p: self.set_preview(i, p)).failure(
            lambda exc: self.set_error(i, exc)
        ).on_cancelled(lambda: self.set_error(i, None)).with_progress(
            self.tr("Checking %1…").replace("%1", entry.path.name)
        ).run_in_background()

    def set_preview(self, i: int, preview: services.ImportPreview) -> None:
        """A file's preview arrived (also used by tests)."""
        entry = self.entries[i]
        entry.running = False
        entry.preview = preview
        entry.error = None
        self._refresh_list()
        if i == self.files.currentRow():
            self._show_entry(i)
        self.start()

    def set_error(self, i: int, exc: BaseException | None) -> None:
        """A file could not be planned (None: the check was cancelled)."""
        entry = self.entries[i]
        entry.running = False
        entry.preview = None
        entry.error = (
            exc
            if exc is not None
            else BadInput(Problem(message="检查已取消。", message_en="The check was cancelled."))
        )
        self._refresh_list()
        if i == self.files.currentRow():
            self._show_entry(i)
        self.start()

    def _refresh_list(self) -> None:
        for i, entry in enumerate(self.entries):
            item = self.files.item(i)
            if item is None:
                continue
            if entry.running:
                state, icon = self.tr("checking…"), st.status_icon("pending")
            elif entry.error is not None:
                state, icon = self.tr("cannot import"), st.status_icon("overdue")
            elif entry.preview is None:
                state, icon = self.tr("waiting"), st.status_icon("")
            elif entry.preview.problem_total:
                state = self.tr("%1 row errors").replace("%1", str(entry.preview.problem_total))
                icon = st.status_icon("late")
            else:
                state, icon = self.tr("ready"), st.status_icon("on_time")
            item.setText(f"{entry.path.name}\n{state}")
            item.setIcon(icon)
        ready = [e for e in self.entries if e.importable]
        busy = any(e.running for e in self.entries)
        self.import_button.setEnabled(bool(ready) and not busy)
        if ready and len(ready) < len(self.entries):
            self.import_button.setText(
                self.tr("Import %1 ready files").replace("%1", str(len(ready)))
            )
        else:
            self.import_button.setText(self.tr("Import"))

    def _show_entry(self, i: int) -> None:
        self._current = i
        if not 0 <= i < len(self.entries):
            return
        entry = self.entries[i]
        preview = entry.preview
        self._filling = True
        self.l_file.setText(str(entry.path))
        self.platform.setCurrentIndex(max(0, self.platform.findData(entry.platform or "")))
        self.problems.clear()
        self.sheets.setRowCount(0)
        if preview is None:
            self.l_kind.setText("—")
            self.shop.setText(entry.shop or "")
            self.l_rows.setText("")
            self.l_warnings.setText("")
            if entry.error is not None:
                self._add_problem_lines(entry.error)
            self._fill_mapping(None, entry)
            self._filling = False
            self._update_problem_tab()
            if entry.error is not None:
                self.tabs.setCurrentIndex(2)
            return
        plan = preview.plan
        if not entry.platform:
            detected = self.tr("detected: %1").replace("%1", platform_label(str(plan.platform)))
            self.platform.setItemText(0, detected)
        kinds = {
            "orders": self.tr("Orders"),
            "products": self.tr("Products"),
            "logistics": self.tr("Logistics (updates stored orders)"),
        }
        self.l_kind.setText(f"{kinds.get(plan.kind, plan.kind)} · {plan.file_format}")
        self.shop.setText(entry.shop if entry.shop is not None else plan.shop)
        rows = self.tr("%1 rows ready").replace("%1", f"{preview.rows_ok:,}")
        if preview.problem_total:
            rows += " · " + self.tr("%1 rows with errors — fix the file and check again").replace(
                "%1", f"{preview.problem_total:,}"
            )
        self.l_rows.setText(rows)
        warnings = list(plan.warnings) + [f"{name}: {why}" for name, why in plan.skipped_sheets]
        self.l_warnings.setText("\n".join(warnings) or "—")
        self.sheets.setRowCount(len(plan.sheets))
        for r, sheet in enumerate(plan.sheets):
            for c, text in enumerate(
                (
                    sheet.name or "CSV",
                    str(sheet.header_row),
                    "" if sheet.data_rows is None else str(sheet.data_rows),
                )
            ):
                self.sheets.setItem(r, c, QtWidgets.QTableWidgetItem(text))
        self.sheets.resizeColumnsToContents()
        for problem in preview.problems:
            self.problems.addItem(problem.render(self._english))
        if preview.problem_total > len(preview.problems):
            self.problems.addItem(
                self.tr("… and %1 more").replace(
                    "%1", str(preview.problem_total - len(preview.problems))
                )
            )
        self._fill_mapping(plan, entry)
        self._filling = False
        self._update_problem_tab()
        if preview.problem_total:
            self.tabs.setCurrentIndex(2)

    def _add_problem_lines(self, exc: BaseException) -> None:
        if isinstance(exc, BadInput):
            for problem in exc.problems:
                self.problems.addItem(problem.render(self._english))
        else:
            self.problems.addItem(str(exc))

    def _update_problem_tab(self) -> None:
        n = self.problems.count()
        self.tabs.setTabText(
            2, self.tr("Errors (%1)").replace("%1", str(n)) if n else self.tr("Errors")
        )

    def _fill_mapping(self, plan: Any, entry: FileEntry) -> None:
        """One row per field: the header it reads from, changeable."""
        kind = plan.kind if plan is not None else "orders"
        mapping: dict[str, str] = {}
        headers: list[str] = []
        if plan is not None and plan.sheets:
            mapping = dict(plan.sheets[0].mapping)
            headers = sorted(set(mapping.values()) | set(plan.sheets[0].unmapped_headers))
        if entry.mapping:
            mapping.update(entry.mapping)
        fields = fields_for(kind)
        self.mapping.setRowCount(len(fields))
        for r, name in enumerate(fields):
            label = field_label(name)
            if name in REQUIRED.get(kind, ()):
                label += " *"
            item = QtWidgets.QTableWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(r, 0, item)
            combo = QtWidgets.QComboBox()
            combo.setEditable(plan is None)  # no headers known: type the column name
            combo.addItem(self.tr("(not in this file)"), NOT_MAPPED)
            for h in headers:
                combo.addItem(h, h)
            current = mapping.get(name, NOT_MAPPED)
            index = combo.findData(current)
            if index < 0 and current:
                combo.addItem(current, current)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            if not current and name in REQUIRED.get(kind, ()):
                combo.setStyleSheet("QComboBox { background: #fde4e4; }")
            combo.currentIndexChanged.connect(lambda _: self._mark_dirty())
            self.mapping.setCellWidget(r, 1, combo)
        self.mapping.resizeColumnToContents(0)

    def chosen_mapping(self) -> dict[str, str]:
        """{field: header} as the table shows it now (only mapped fields)."""
        result: dict[str, str] = {}
        for r in range(self.mapping.rowCount()):
            item = self.mapping.item(r, 0)
            combo = self.mapping.cellWidget(r, 1)
            if item is None or not isinstance(combo, QtWidgets.QComboBox):
                continue
            header = (
                str(combo.currentData() or "") if not combo.isEditable() else combo.currentText()
            )
            if header and header != self.tr("(not in this file)"):
                result[str(item.data(Qt.ItemDataRole.UserRole))] = header
        return result

    def _mark_dirty(self) -> None:
        if not self._filling:
            self.recheck.setDefault(True)

    def _recheck(self) -> None:
        i = self.files.currentRow()
        if not 0 <= i < len(self.entries):
            return
        entry = self.entries[i]
        entry.platform = str(self.platform.currentData() or "") or None
        entry.shop = self.shop.text().strip()
        original = (
            dict(entry.preview.plan.sheets[0].mapping)
            if entry.preview and entry.preview.plan.sheets
            else {}
        )
        chosen = self.chosen_mapping()
        changed = {k: v for k, v in chosen.items() if original.get(k) != v}
        entry.mapping = {**(entry.mapping or {}), **changed} or None
        entry.preview = None
        entry.error = None
        self.recheck.setDefault(False)
        self._preview(i)

    # --- import -----------------------------------------------------------------------------------

    def _import(self) -> None:
        plans = []
        for entry in self.entries:
            if not entry.importable or entry.preview is None:
                continue
            plan = entry.preview.plan
            plans.append(plan)
            if entry.mapping and self.save_profile.isChecked() and self._session is not None:
                platform, signature = str(plan.platform), plan.header_signature
                mapping = dict(plan.sheets[0].mapping) if plan.sheets else dict(entry.mapping)
                self._save_profile(platform, signature, mapping)
        if plans:
            self.importRequested.emit(plans)
            self.accept()

    def _save_profile(self, platform: str, signature: str, mapping: dict[str, str]) -> None:
        if self._session is None:
            return

        def work(store: Any, ctx: Any) -> None:
            services.save_mapping_profile(store, platform, signature, mapping)

        self._session.op(None, work, lambda _: None).run_in_background()
