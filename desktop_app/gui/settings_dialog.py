"""Settings: warning window, language, shop names, affected areas, parameter overrides with their
defaults and sources, D2 industry averages, holiday overrides.

Everything is read and written on the database worker. Parameter values are validated by the
engine (`desktop_app.evaluation.validate_setting`) before anything is stored, and all of them are
written in one transaction. Affected-area edits apply at once (each in its own transaction).
Saving asks the main window to re-evaluate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.chinatime import china_now
from desktop_app.errors import BadInput, Problem
from desktop_app.evaluation import load_parameters, validate_setting
from desktop_app.gui import engine_text, services
from desktop_app.gui.app import LANGUAGES, Translations, preferences
from desktop_app.gui.order_model import platform_label
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import show_error
from desktop_app.qt import Qt, QtCore, QtWidgets, Signal
from desktop_app.store.connection import Store
from desktop_app.store.settings import delete_setting, get_setting, set_setting
from policies.explain import GENERAL_RULE
from policies.platforms import PLATFORM_IDS

WARNING_KEY = "common.core.warning_hours"
HOLIDAYS_KEY = "common.calendar.extra_holidays"
WORKDAYS_KEY = "common.calendar.extra_workdays"
SHOP_NAMES_KEY = "gui.shop_names"  # {platform: default shop name for imports without one}
DEFAULT_WARNING_HOURS = 12


@dataclass
class SettingsData:
    """What the dialog shows, read on the worker."""

    parameters: list[Any] = field(default_factory=list)  # evaluation.ParameterView
    areas: list[Any] = field(default_factory=list)  # store.areas.StoredArea
    shop_names: dict[str, str] = field(default_factory=dict)


def load_settings_data(store: Store) -> SettingsData:
    """Parameters with defaults, sources and overrides; areas; shop names."""
    data = SettingsData()
    from desktop_app.store.areas import list_areas  # loads the area-file readers: on first use

    data.parameters = list(load_parameters(store))
    data.areas = list(list_areas(store.conn))
    names = get_setting(store.conn, SHOP_NAMES_KEY, {})
    data.shop_names = {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}
    return data


def save_overrides(
    store: Store, overrides: dict[str, str | None], shop_names: dict[str, str]
) -> None:
    """Validate every override, then write them all in one transaction (None = back to default)."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, text in overrides.items():
        if text is None:
            continue
        try:
            values[key] = validate_setting(key, text)
        except BadInput as exc:
            problems.extend(exc.problems)
    if problems:
        raise BadInput(problems)
    with services.write_transaction(store) as conn:
        for key, text in overrides.items():
            if text is None:
                delete_setting(conn, key)
            else:
                set_setting(conn, key, values[key])
        clean = {k: v.strip() for k, v in shop_names.items() if v.strip()}
        if clean:
            set_setting(conn, SHOP_NAMES_KEY, clean)
        else:
            delete_setting(conn, SHOP_NAMES_KEY)


def _override_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class AreaDialog(QtWidgets.QDialog):
    """Add or edit one affected area: region, start date, end date (or open), note."""

    def __init__(self, parent: QtWidgets.QWidget | None, area: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Affected area"))
        form = QtWidgets.QFormLayout(self)
        self.region = QtWidgets.QLineEdit()
        self.region.setPlaceholderText(self.tr("e.g. 上海市浦东新区"))
        self.start = QtWidgets.QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.open_ended = QtWidgets.QCheckBox(self.tr("Still active (no end date)"))
        self.end = QtWidgets.QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.note = QtWidgets.QLineEdit()
        today = china_now().date()
        self.start.setDate(QtCore.QDate(today.year, today.month, today.day))
        self.end.setDate(QtCore.QDate(today.year, today.month, today.day))
        self.open_ended.setChecked(True)
        self.end.setEnabled(False)
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        if area is not None:
            self.region.setText(area.region)
            self.start.setDate(QtCore.QDate(area.start.year, area.start.month, area.start.day))
            if area.end is not None:
                self.open_ended.setChecked(False)
                self.end.setDate(QtCore.QDate(area.end.year, area.end.month, area.end.day))
            self.note.setText(area.note)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("From"), self.start)
        form.addRow("", self.open_ended)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Note"), self.note)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, date, date | None, str]:
        """(region, start, end or None, note)."""
        s = self.start.date()
        e = self.end.date()
        end = None if self.open_ended.isChecked() else date(e.year(), e.month(), e.day())
        return (
            self.region.text().strip(),
            date(s.year(), s.month(), s.day()),
            end,
            self.note.text().strip(),
        )


class DateListEditor(QtWidgets.QWidget):
    """A list of dates with a date picker to add and a button to remove."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QtWidgets.QListWidget()
        row = QtWidgets.QHBoxLayout()
        self.picker = QtWidgets.QDateEdit()
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        today = china_now().date()
        self.picker.setDate(QtCore.QDate(today.year, today.month, today.day))
        self.add_button = QtWidgets.QPushButton()
        self.remove_button = QtWidgets.QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.picker)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the current language."""
        self.add_button.setText(self.tr("Add date"))
        self.remove_button.setText(self.tr("Remove selected"))

    def set_dates(self, dates: list[str]) -> None:
        """Show these ISO dates, sorted."""
        self.list.clear()
        for d in sorted(set(dates)):
            self.list.addItem(d)

    def dates(self) -> list[str]:
        """The ISO dates shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _add(self) -> None:
        d = self.picker.date().toString("yyyy-MM-dd")
        self.set_dates([*self.dates(), d])

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))


PARAM_COLUMNS = 5  # rule, setting, default, source, your value


class SettingsDialog(QtWidgets.QDialog):
    """All seller settings. `saved` fires after a successful save (re-evaluate then)."""

    saved = Signal()
    languageChosen = Signal(str)

    def __init__(
        self,
        session: Session | None,
        translations: Translations | None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._translations = translations
        self._english = translations.english if translations is not None else False
        self.data: SettingsData | None = None
        self._areas_changed = False
        self.setMinimumSize(900, 600)
        layout = QtWidgets.QVBoxLayout(self)
        self.tabs = QtWidgets.QTabWidget()
        layout.addWidget(self.tabs, 1)

        # General
        general = QtWidgets.QWidget()
        gouter = QtWidgets.QVBoxLayout(general)
        gform = QtWidgets.QFormLayout()
        gouter.addLayout(gform)
        gouter.addStretch(1)
        self.warning = QtWidgets.QSpinBox()
        self.warning.setRange(1, 240)
        self.warning.setMaximumWidth(140)
        self.warning_default = QtWidgets.QLabel()
        self.warning_default.setWordWrap(True)
        self.language = QtWidgets.QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current_language = translations.language if translations is not None else "zh_CN"
        self.language.setCurrentIndex(max(0, self.language.findData(current_language)))
        self.shop_names = QtWidgets.QTableWidget(len(PLATFORM_IDS), 2)
        self.shop_names.verticalHeader().setVisible(False)
        self.shop_names.horizontalHeader().setStretchLastSection(True)
        for r, p in enumerate(PLATFORM_IDS):
            item = QtWidgets.QTableWidgetItem(platform_label(p))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.shop_names.setItem(r, 0, item)
            self.shop_names.setItem(r, 1, QtWidgets.QTableWidgetItem(""))
        self.shop_names.setFixedHeight(
            self.shop_names.horizontalHeader().sizeHint().height()
            + 3 * self.shop_names.verticalHeader().defaultSectionSize()
            + 8
        )
        self.shop_names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.language.setMaximumWidth(200)
        self._general_labels = [QtWidgets.QLabel() for _ in range(4)]
        gform.addRow(self._general_labels[0], self.warning)
        gform.addRow(self._general_labels[1], self.warning_default)
        gform.addRow(self._general_labels[2], self.language)
        gform.addRow(self._general_labels[3], self.shop_names)
        self.tabs.addTab(general, "")

        # Areas
        areas = QtWidgets.QWidget()
        alayout = QtWidgets.QVBoxLayout(areas)
        self.areas_note = QtWidgets.QLabel()
        self.areas_note.setWordWrap(True)
        self.areas = QtWidgets.QTableWidget(0, 5)
        self.areas.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areas.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.areas.horizontalHeader().setStretchLastSection(True)
        self.areas.doubleClicked.connect(lambda _: self._edit_area())
        arow = QtWidgets.QHBoxLayout()
        self.area_add = QtWidgets.QPushButton()
        self.area_edit = QtWidgets.QPushButton()
        self.area_delete = QtWidgets.QPushButton()
        self.area_import = QtWidgets.QPushButton()
        self.area_add.clicked.connect(self._add_area)
        self.area_edit.clicked.connect(self._edit_area)
        self.area_delete.clicked.connect(self._delete_area)
        self.area_import.clicked.connect(self._import_areas)
        for b in (self.area_add, self.area_edit, self.area_delete, self.area_import):
            arow.addWidget(b)
        arow.addStretch(1)
        alayout.addWidget(self.areas_note)
        alayout.addWidget(self.areas, 1)
        alayout.addLayout(arow)
        self.tabs.addTab(areas, "")

        # Parameters and D2 averages
        self.params = self._param_table()
        self.averages = self._param_table()
        self.tabs.addTab(self.params, "")
        self.tabs.addTab(self.averages, "")

        # Holidays
        holidays = QtWidgets.QWidget()
        hlayout = QtWidgets.QHBoxLayout(holidays)
        self.holidays_box = QtWidgets.QGroupBox()
        self.workdays_box = QtWidgets.QGroupBox()
        self.holidays = DateListEditor()
        self.workdays = DateListEditor()
        QtWidgets.QVBoxLayout(self.holidays_box).addWidget(self.holidays)
        QtWidgets.QVBoxLayout(self.workdays_box).addWidget(self.workdays)
        hlayout.addWidget(self.holidays_box)
        hlayout.addWidget(self.workdays_box)
        self.tabs.addTab(holidays, "")

        self.state = QtWidgets.QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()

    @staticmethod
    def _param_table() -> QtWidgets.QTableWidget:
        table = QtWidgets.QTableWidget(0, PARAM_COLUMNS)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)
        table.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
            | QtWidgets.QAbstractItemView.EditTrigger.SelectedClicked
            | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
            | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        return table

    def retranslate(self) -> None:
        """Apply the current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Affected areas (K1)"))
        self.tabs.setTabText(2, self.tr("Parameters"))
        self.tabs.setTabText(3, self.tr("Industry averages (D2)"))
        self.tabs.setTabText(4, self.tr("Holidays"))
        for label, text in zip(
            self._general_labels,
            (
                self.tr("Warning window (hours)"),
                "",
                self.tr("Language"),
                self.tr("Default shop name per platform"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.warning.setSuffix(self.tr(" h"))
        self.shop_names.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Shop name")])
        self.areas_note.setText(
            self.tr(
                "Orders whose promised ship time falls inside an area's dates, and whose ship-from "
                "or receiving address is in the area, are exempt from the Kuaishou assessment (K1)."
            )
        )
        self.areas.setHorizontalHeaderLabels(
            [
                self.tr("Region"),
                self.tr("Resolved as"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Note"),
            ]
        )
        self.area_add.setText(self.tr("Add…"))
        self.area_edit.setText(self.tr("Edit…"))
        self.area_delete.setText(self.tr("Delete"))
        self.area_import.setText(self.tr("Import from file…"))
        headers = [
            self.tr("Rule"),
            self.tr("Setting"),
            self.tr("Default"),
            self.tr("Source of the default"),
            self.tr("Your value (empty = default)"),
        ]
        self.params.setHorizontalHeaderLabels(headers)
        self.averages.setHorizontalHeaderLabels(headers)
        self.holidays_box.setTitle(self.tr("Extra public holidays (not working days)"))
        self.workdays_box.setTitle(self.tr("Extra make-up working days (调休)"))
        self.holidays.retranslate()
        self.workdays.retranslate()

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything on the worker."""
        if self._session is None:
            return
        self.state.setText(self.tr("Loading…"))
        self._session.op(
            self, lambda store, ctx: load_settings_data(store), self.show_data
        ).run_in_background()

    def show_data(self, data: SettingsData) -> None:
        """Fill every tab (also used by tests)."""
        self.data = data
        self.state.setText("")
        params = [p for p in data.parameters if p.kind == "parameter"]
        averages = [p for p in data.parameters if p.kind == "seller_value"]
        self._fill_params(self.params, params)
        self._fill_params(self.averages, averages)
        warning = next((p for p in data.parameters if p.key == WARNING_KEY), None)
        if warning is not None:
            try:
                default = int(float(warning.default_json))
            except (TypeError, ValueError):
                default = DEFAULT_WARNING_HOURS
            value = warning.override if warning.overridden else default
            try:
                self.warning.setValue(int(float(value)))
            except (TypeError, ValueError):
                self.warning.setValue(default)
            self.warning_default.setText(
                self.tr("Default %1 h — %2")
                .replace("%1", str(default))
                .replace(
                    "%2", (warning.source_en or warning.source) if self._english else warning.source
                )
            )
            self._warning_initial = self.warning.value()
            self._warning_default = default
        else:
            self._warning_initial = self.warning.value()
            self._warning_default = self.warning.value()
        for key, editor in ((HOLIDAYS_KEY, self.holidays), (WORKDAYS_KEY, self.workdays)):
            p = next((q for q in data.parameters if q.key == key), None)
            if p is not None and p.overridden and isinstance(p.override, list):
                editor.set_dates([str(d) for d in p.override])
            elif p is not None and isinstance(p.default_json, list):
                editor.set_dates([str(d) for d in p.default_json])
        self._initial_dates = {
            HOLIDAYS_KEY: self.holidays.dates(),
            WORKDAYS_KEY: self.workdays.dates(),
        }
        for r in range(self.shop_names.rowCount()):
            item = self.shop_names.item(r, 0)
            platform = str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
            self.shop_names.setItem(
                r, 1, QtWidgets.QTableWidgetItem(data.shop_names.get(platform, ""))
            )
        self._fill_areas(data.areas)

    def _fill_params(self, table: QtWidgets.QTableWidget, params: list[Any]) -> None:
        hidden = {WARNING_KEY, HOLIDAYS_KEY, WORKDAYS_KEY}
        rows = [p for p in params if p.key not in hidden]
        table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            label = p.label_en if self._english else p.label
            unit = engine_text.unit_name(p.unit, p.unit_label, self._english)
            default = engine_text.parameter_value(p.default, self._english)
            source = (p.source_en or p.source) if self._english else p.source
            rule = GENERAL_RULE.get(p.rule, (p.rule, p.rule))[1 if self._english else 0]
            cells = (rule, f"{label}\n({unit})", default, source)
            for c, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                table.setItem(r, c, item)
            value = QtWidgets.QTableWidgetItem(_override_text(p.override) if p.overridden else "")
            value.setData(Qt.ItemDataRole.UserRole, p.key)
            value.setData(
                Qt.ItemDataRole.UserRole + 1, _override_text(p.override) if p.overridden else ""
            )
            if p.overridden:
                font = value.font()
                font.setBold(True)
                value.setFont(font)
            table.setItem(r, 4, value)
        table.resizeColumnToContents(0)
        table.setColumnWidth(1, 300)
        table.setColumnWidth(2, 110)
        table.setColumnWidth(3, 260)
        table.resizeRowsToContents()

    def _fill_areas(self, areas: list[Any]) -> None:
        self.areas.setRowCount(len(areas))
        for r, a in enumerate(areas):
            resolved = " ".join(x for x in (a.province, a.city, a.district) if x)
            end = a.end.isoformat() if a.end else self.tr("open")
            for c, text in enumerate((a.region, resolved, a.start.isoformat(), end, a.note)):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.areas.setItem(r, c, item)
        self.areas.resizeColumnsToContents()

    # --- areas (applied at once) ------------------------------------------------------------------

    def _selected_area(self) -> Any:
        row = self.areas.currentRow()
        if self.data is None or not 0 <= row < len(self.data.areas):
            return None
        return self.data.areas[row]

    def _area_op(self, work: Any, label: str | None = None) -> None:
        if self._session is None:
            return

        def done(data: SettingsData) -> None:
            self._areas_changed = True
            self.show_data(data)
            self.state.setText("")

        def failed(exc: BaseException) -> None:
            self.state.setText(exc.render(self._english) if isinstance(exc, BadInput) else str(exc))
            show_error(self, exc)

        def run(store: Store, ctx: Any) -> SettingsData:
            work(store)
            return load_settings_data(store)

        op = self._session.op(self, run, done).failure(failed)
        if label:
            op.with_progress(label)
        op.run_in_background()

    def _add_area(self) -> None:
        dialog = AreaDialog(self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        self.add_area(*dialog.values())

    def add_area(self, region: str, start: date, end: date | None, note: str = "") -> None:
        """Store one affected area (resolved by the engine's region table) and reload the list."""

        def work(store: Store) -> None:
            from desktop_app.store.areas import add_area

            with services.write_transaction(store) as conn:
                add_area(conn, region, start, end, note)

        self._area_op(work)

    def _edit_area(self) -> None:
        area = self._selected_area()
        if area is None:
            return
        dialog = AreaDialog(self, area)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        region, start, end, note = dialog.values()

        def work(store: Store) -> None:
            from desktop_app.store.areas import add_area, delete_area

            with services.write_transaction(store) as conn:
                delete_area(conn, area.id)
                add_area(conn, region, start, end, note)

        self._area_op(work)

    def _delete_area(self) -> None:
        area = self._selected_area()
        if area is None:
            return

        def work(store: Store) -> None:
            from desktop_app.store.areas import delete_area

            with services.write_transaction(store) as conn:
                delete_area(conn, area.id)

        self._area_op(work)

    def _import_areas(self) -> None:
        prefs = preferences()
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Import affected areas"),
            str(prefs.value("last_folder", str(Path.home()))),
            self.tr("Tables (*.xlsx *.csv);;All files (*)"),
        )
        if not name:
            return

        def work(store: Store) -> None:
            from desktop_app.importing.areas import read_area_file
            from desktop_app.store.areas import save_areas

            save_areas(store.conn, read_area_file(Path(name)))

        self._area_op(work, self.tr("Importing areas…"))

    # --- saving -----------------------------------------------------------------------------------

    def collect_overrides(self) -> dict[str, str | None]:
        """Changed settings: key → new text, or None to go back to the default."""
        changes: dict[str, str | None] = {}
        for table in (self.params, self.averages):
            for r in range(table.rowCount()):
                item = table.item(r, 4)
                if item is None:
                    continue
                key = str(item.data(Qt.ItemDataRole.UserRole))
                before = str(item.data(Qt.ItemDataRole.UserRole + 1) or "")
                text = item.text().strip()
                if text != before:
                    changes[key] = text or None
        if self.warning.isEnabled() and self.warning.value() != getattr(
            self, "_warning_initial", None
        ):
            default = getattr(self, "_warning_default", None)
            changes[WARNING_KEY] = (
                None if self.warning.value() == default else str(self.warning.value())
            )
        for key, editor in ((HOLIDAYS_KEY, self.holidays), (WORKDAYS_KEY, self.workdays)):
            initial = getattr(self, "_initial_dates", {}).get(key, [])
            if editor.dates() != initial:
                changes[key] = ",".join(editor.dates()) if editor.dates() else None
        return changes

    def shop_name_values(self) -> dict[str, str]:
        """{platform: default shop name}."""
        out: dict[str, str] = {}
        for r in range(self.shop_names.rowCount()):
            key_item = self.shop_names.item(r, 0)
            value_item = self.shop_names.item(r, 1)
            if key_item is not None and value_item is not None:
                out[str(key_item.data(Qt.ItemDataRole.UserRole))] = value_item.text()
        return out

    def save(self) -> None:
        """Validate and store; close on success, show what is wrong otherwise."""
        language = str(self.language.currentData())
        if self._translations is not None and language != self._translations.language:
            self.languageChosen.emit(language)
        overrides = self.collect_overrides()
        shops = self.shop_name_values()
        if self._session is None:
            self.accept()
            return

        def done(_: object) -> None:
            if overrides or self._areas_changed:
                self.saved.emit()
            self.accept()

        self._session.op(
            self, lambda store, ctx: save_overrides(store, overrides, shops), done
        ).failure(lambda exc: show_error(self, exc)).run_in_background()

    def reject(self) -> None:
        """Cancel: area edits already applied still trigger a re-evaluation."""
        if self._areas_changed:
            self.saved.emit()
        super().reject()
