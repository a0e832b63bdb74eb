"""The main window: filters and chips, the order table, the detail panel, the dashboard tab.

A view over a `WindowController`, which opens the database, keeps the clock (while the as-of time
is "now" the countdowns move and the orders are re-evaluated in the background), runs imports and
counts. The window lays out the widgets, forwards the seller's actions to the controller and shows
what its signals carry; the title says how many orders turned at risk or overdue since the seller
last looked.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.gui import services
from desktop_app.gui.app import LANGUAGES, Translations, preferences
from desktop_app.gui.backup_dialogs import BackupActions
from desktop_app.gui.detail_panel import DetailPanel
from desktop_app.gui.empty_hint import (
    EMPTY_DATABASE,
    LOOKING,
    LOOKING_BY_TEXT,
    NO_MATCH,
    EmptyHint,
)
from desktop_app.gui.filter_bar import FilterBar
from desktop_app.gui.first_run import SetupWizard, load_setup_defaults, needs_setup
from desktop_app.gui.help_menu import HelpMenu, newest_rules
from desktop_app.gui.order_model import COL, COLUMNS, KEY_ROLE, OrderTableModel
from desktop_app.gui.order_table import (
    FrozenColumns,
    OrderTableActions,
    restore_layout,
    save_layout,
)
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import show_error
from desktop_app.gui.window_controller import WindowController
from desktop_app.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from desktop_app.store.read.pages import OrderFilter, id_like, id_list, shows

LISTING_SLOW_MS = 400
IMPORTABLE = (".xlsx", ".xlsm", ".xls", ".csv", ".txt", ".html", ".htm")

_COLUMN_WIDTHS = {
    "status": 150,
    "platform": 70,
    "order_id": 170,
    "sub_order_id": 135,
    "product": 170,
    "paid": 125,
    "deadline": 125,
    "countdown": 170,
    "shipped": 125,
    "rules": 70,
    "money": 90,
    "flags": 120,
}


class MainWindow(QtWidgets.QMainWindow):
    """ShipCheck's main window over one open `Session`."""

    evaluated = Signal(object)  # services.EvaluationOutcome
    ready = Signal()  # the database is open and the first page requested
    imported = Signal(object)  # list of services.ImportOutcome

    def __init__(
        self,
        session: Session,
        translations: Translations,
        *,
        fixed_as_of: datetime | None = None,
        demo: bool = False,
        evaluate_on_open: bool = True,
        ask_setup: bool = False,
    ) -> None:
        super().__init__()
        self._ask_setup = ask_setup and not demo
        self.setup_wizard: SetupWizard | None = None
        self.session = session
        self.translations = translations
        self.demo = demo
        self.model: OrderTableModel | None = None
        self.import_dialog: QtWidgets.QDialog | None = None
        self.controller = WindowController(
            session,
            fixed_as_of=fixed_as_of,
            evaluate_on_open=evaluate_on_open and not demo,
            ui_parent=self,
            parent=self,
        )
        self.setAcceptDrops(True)
        self.resize(1500, 900)

        self.filters = FilterBar()
        self.filters.filterChanged.connect(self._filter_changed)
        self.filters.asOfChanged.connect(self._as_of_changed)

        self.table = QtWidgets.QTableView()
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_requested)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.installEventFilter(self)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table_actions = OrderTableActions(self.table, self.session, self.export_chosen, self)
        self.table_actions.changed.connect(lambda: self._refresh_views(keep_detail=True))
        self.table_actions.openDetail.connect(self._open_detail)
        self.frozen: FrozenColumns | None = None
        self._select_after_load: str | None = None  # "first" / "last" once the jump's rows arrive
        self.empty_hint = EmptyHint(self.table)
        self.empty_hint.importRequested.connect(self.choose_files)
        self.empty_hint.showAllRequested.connect(self.filters.clear_all)

        self.detail = DetailPanel(session)
        self.detail.changed.connect(lambda _key: self._refresh_views(keep_detail=True))

        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter

        orders_tab = QtWidgets.QWidget()
        orders_layout = QtWidgets.QVBoxLayout(orders_tab)
        orders_layout.addWidget(self.filters)
        orders_layout.addWidget(splitter, 1)

        from desktop_app.gui.dashboard import DashboardWidget

        self.dashboard = DashboardWidget(session)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(orders_tab, "")
        self.tabs.addTab(self.dashboard, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self._message: tuple[Callable[[], str], str] | None = None
        self.status_label = QtWidgets.QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.engine_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.engine_label)

        self.backups = BackupActions(self, session, self.open_database, self._close_for_restore)
        self._rules: Any = None  # RuleActions, made on first use (it loads the signature code)
        session.damaged.connect(self._found_damaged)
        session.maintained.connect(self._maintained)
        self._build_actions()
        self.retranslate()

        # A listing whose first rows take longer than this says so over the empty table (quicker
        # ones would only flash the message).
        self._slow_listing = False
        self._listing_timer = QtCore.QTimer(self)
        self._listing_timer.setSingleShot(True)
        self._listing_timer.setInterval(LISTING_SLOW_MS)
        self._listing_timer.timeout.connect(self._listing_is_slow)
        c = self.controller
        c.opened.connect(self._database_opened)
        c.ready.connect(self.ready.emit)
        c.openFailed.connect(self._open_failed)
        c.asOfApplied.connect(self._show_as_of)
        c.clockTicked.connect(self._clock_ticked)
        c.evaluationStarted.connect(lambda: self.engine_label.setText(self.tr("Evaluating…")))
        c.evaluated.connect(self._evaluated)
        c.evaluationFailed.connect(self._evaluation_failed)
        c.evaluationCancelled.connect(self._evaluation_cancelled)
        c.turnedChanged.connect(self._update_title)
        c.countsReady.connect(self._counts_ready)
        c.shopsReady.connect(self.filters.set_shops)
        c.imported.connect(self._imported)
        c.importCancelled.connect(self._import_cancelled)
        c.demoLoaded.connect(self._demo_loaded)
        self._restore_geometry()
        if fixed_as_of is not None:
            self.filters.set_as_of(fixed_as_of, fixed_as_of)

    # --- start-up ---------------------------------------------------------------------------------

    def open_database(self) -> None:
        """Open the store on the worker (it may migrate or back up), then show the orders."""
        self.status_label.setText(self.tr("Opening the database…"))
        self.controller.open()

    def _open_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("The database could not be opened."))
        if not self.backups.handle_open_failure(exc):
            show_error(self, exc)

    def _close_for_restore(self) -> None:
        """Before a restore replaces the file: stop the clock and drop the read connection."""
        self.controller.stop_clock()
        self.session.drop_reader()
        self.status_label.setText(self.tr("Restoring the backup…"))

    def _database_opened(self, warnings: list[str]) -> None:
        reader = self.session.start_reader()
        self.model = OrderTableModel(reader, self.as_of(), self)
        self.model.set_english(self.translations.english)
        self.model.loadFailed.connect(self._load_failed)
        self.model.pageLoaded.connect(self._update_status)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COL["status"], Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        for name, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(COL[name], width)
        # The countdown matters most after the status: show it second (the model keeps its order).
        header.moveSection(header.visualIndex(COL["countdown"]), 1)
        restore_layout(self.table)
        if self.frozen is not None:
            self.frozen.view.deleteLater()
        self.frozen = FrozenColumns(self.table, self.table_actions)
        self.model.checkedChanged.connect(lambda _n: self._update_status())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.pageLoaded.connect(self._select_pending)
        self.model.modelReset.connect(lambda: self.detail.load(self.detail.key))
        self.model.modelReset.connect(self._listing_started)
        # pageLoaded also follows a failed read (a damaged orders table: the full check says why).
        self.model.pageLoaded.connect(self.controller.first_page_shown)
        self.model.pageLoaded.connect(self._ask_setup_once)
        self._refresh_counts()
        self._refresh_shops()
        self.dashboard.database_ready()
        self.engine_label.setText("")
        for text in warnings:
            # The store words its warnings "中文 / English".
            self.show_message(functools.partial(self._bilingual, str(text)), 15_000)

    def _maintained(self, warnings: list[str]) -> None:
        for text in warnings:
            self.show_message(functools.partial(self._bilingual, str(text)), 15_000)

    def _found_damaged(self, exc: BaseException) -> None:
        """The background check found the open database damaged: stop reading it and offer the
        newest good backup, as when the damage is found at open."""
        self.controller.stop_clock()
        self.status_label.setText(self.tr("The database could not be opened."))
        if not self.backups.handle_open_failure(exc):
            show_error(self, exc)

    # --- actions ----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_import = QtGui.QAction(self)
        self.act_import.setShortcut(QtGui.QKeySequence.StandardKey.Open)
        self.act_import.triggered.connect(self.choose_files)
        self.act_print = QtGui.QAction(self)
        self.act_print.setShortcut(QtGui.QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(lambda: self._report("preview"))
        self.act_pdf = QtGui.QAction(self)
        self.act_pdf.triggered.connect(lambda: self._report("pdf"))
        self.act_evidence = QtGui.QAction(self)
        self.act_evidence.triggered.connect(lambda: self._report("evidence"))
        self.act_export_orders = QtGui.QAction(self)
        self.act_export_orders.setShortcut(QtGui.QKeySequence("Ctrl+E"))
        self.act_export_orders.triggered.connect(self.export_order_list)
        self.act_quit = QtGui.QAction(self)
        self.act_quit.setShortcut(QtGui.QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.act_evaluate = QtGui.QAction(self)
        self.act_evaluate.setShortcut(QtGui.QKeySequence("F5"))
        self.act_evaluate.triggered.connect(lambda: self.evaluate_now(quiet=False))
        self.act_search = QtGui.QAction(self)
        self.act_search.setShortcut(QtGui.QKeySequence.StandardKey.Find)
        self.act_search.triggered.connect(self._focus_search)
        self.act_settings = QtGui.QAction(self)
        self.act_settings.setShortcut(QtGui.QKeySequence("Ctrl+,"))
        self.act_settings.triggered.connect(self.open_settings)
        self.act_setup = QtGui.QAction(self)
        self.act_setup.triggered.connect(self.open_setup)
        self.act_dashboard = QtGui.QAction(self)
        self.act_dashboard.setShortcut(QtGui.QKeySequence("Ctrl+D"))
        self.act_dashboard.triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        self.act_restore = QtGui.QAction(self)
        self.act_restore.triggered.connect(lambda: self.backups.choose_and_restore())
        self.act_backup = QtGui.QAction(self)
        self.act_backup.triggered.connect(lambda: self.backups.create_now())
        self.act_import_rules = QtGui.QAction(self)
        self.act_import_rules.triggered.connect(lambda: self.rule_actions().choose_and_import())
        self.act_rules = QtGui.QAction(self)
        self.act_rules.triggered.connect(self.open_rules)
        self.act_orders = QtGui.QAction(self)
        self.act_orders.setShortcut(QtGui.QKeySequence("Ctrl+1"))
        self.act_orders.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.language_actions: dict[str, QtGui.QAction] = {}
        group = QtGui.QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QtGui.QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.translations.language)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            group.addAction(action)
            self.language_actions[code] = action

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for a in (
            self.act_import,
            self.act_print,
            self.act_pdf,
            self.act_evidence,
            self.act_export_orders,
        ):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import_rules)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_backup)
        self.file_menu.addAction(self.act_restore)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_menu = bar.addMenu("")
        for a in (self.act_orders, self.act_dashboard, self.act_search, self.act_evaluate):
            self.view_menu.addAction(a)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.act_settings)
        self.tools_menu.addAction(self.act_rules)
        self.tools_menu.addAction(self.act_setup)
        self.language_menu = self.tools_menu.addMenu("")
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.help = HelpMenu(
            self,
            english=lambda: self.translations.english,
            data_folder=lambda: self.session.db_path.parent,
            rules_dates=newest_rules,
        )

        toolbar = self.addToolBar("main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        self.act_import.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.act_evaluate.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.act_print.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.act_pdf.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        self.act_settings.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_FileDialogInfoView)
        )
        for a in (
            self.act_import,
            self.act_evaluate,
            self.act_print,
            self.act_pdf,
            self.act_settings,
        ):
            toolbar.addAction(a)
        self.toolbar = toolbar

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Language changes re-apply texts; activation means the seller has looked."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QtCore.QEvent.Type.ActivationChange and self.isActiveWindow():
            self.mark_seen()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Apply the current language to menus, actions, tabs and the title."""
        self.act_import.setText(self.tr("Import orders…"))
        self.act_import.setToolTip(
            self.tr("Import export files (Ctrl+O) — or drop them on the window")
        )
        self.act_print.setText(self.tr("Print preview…"))
        self.act_pdf.setText(self.tr("Save report as PDF…"))
        self.act_evidence.setText(self.tr("Export evidence bundle…"))
        self.empty_hint.retranslate()
        self.act_export_orders.setText(self.tr("Export order list (Excel)…"))
        self.act_export_orders.setToolTip(
            self.tr("The orders shown, with the current filter and sort, as an .xlsx file (Ctrl+E)")
        )
        self.act_quit.setText(self.tr("Quit"))
        self.act_backup.setText(self.tr("Create backup now"))
        self.act_restore.setText(self.tr("Restore backup…"))
        self.act_evaluate.setText(self.tr("Re-evaluate now"))
        self.act_search.setText(self.tr("Search"))
        self.act_settings.setText(self.tr("Settings…"))
        self.act_import_rules.setText(self.tr("Import rule update…"))
        self.act_import_rules.setToolTip(
            self.tr("Install a signed rule update file (new platform rules, offline)")
        )
        self.act_rules.setText(self.tr("Rules and updates…"))
        self.act_setup.setText(self.tr("Setup assistant…"))
        self.act_dashboard.setText(self.tr("Dashboard"))
        self.act_orders.setText(self.tr("Orders"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.language_menu.setTitle(self.tr("Language / 语言"))
        self.help.retranslate()
        self.tabs.setTabText(0, self.tr("Orders"))
        self.tabs.setTabText(1, self.tr("Dashboard"))
        if self.model is not None:
            self.model.set_english(self.translations.english)
            self.engine_label.setText("")
        self.detail.set_english(self.translations.english)
        self.dashboard.set_english(self.translations.english)  # also when starting in English
        self._update_title()
        self._update_status()
        self._retranslate_message()

    def switch_language(self, language: str) -> None:
        """Switch the UI language now and remember it."""
        self.translations.switch(language)
        preferences().setValue("language", language)
        for code, action in self.language_actions.items():
            action.setChecked(code == language)
        # Child widgets get LanguageChange (posted) from the translator swap; the window's own
        # texts and the model's are re-applied now.
        self.retranslate()
        if self.model is not None:
            self.model.set_english(self.translations.english)
        self.detail.set_english(self.translations.english)
        self.dashboard.set_english(self.translations.english)
        self.filters.retranslate()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- clock ------------------------------------------------------------------------------------

    def as_of(self) -> datetime:
        """The instant verdicts and countdowns are for."""
        return self.controller.as_of()

    @property
    def follows_clock(self) -> bool:
        """True while the as-of time is "now"."""
        return self.controller.follows_clock

    def _as_of_changed(self, value: datetime | None) -> None:
        self.controller.set_as_of(value)

    def _show_as_of(self, as_of: datetime) -> None:
        self.filters.show_clock(as_of)
        if self.model is not None:
            self.model.set_as_of(as_of)
        self.dashboard.set_as_of(as_of)

    def _clock_ticked(self, now: datetime) -> None:
        self.filters.show_clock(now)
        if self.model is not None:
            self.model.set_as_of(now)

    def evaluate_now(self, quiet: bool = False, in_place: bool = False) -> None:
        """Re-evaluate every order as of the current as-of time (in the background)."""
        self.controller.evaluate(quiet=quiet, in_place=in_place)

    def _evaluation_failed(self, exc: BaseException) -> None:
        self.engine_label.setText("")
        show_error(self, exc)

    def _evaluation_cancelled(self) -> None:
        self.engine_label.setText(self.tr("Evaluation cancelled"))

    def _evaluated(self, outcome: services.EvaluationOutcome, in_place: bool = False) -> None:
        self.engine_label.setText(
            self.tr("Evaluated as of %1").replace("%1", outcome.as_of.strftime("%m-%d %H:%M"))
        )
        self.controller.count_turned(outcome, seen=self.isActiveWindow())
        if in_place and self.model is not None:
            # Clock-driven: update the loaded rows where they are (scroll position survives).
            self.model.refresh_in_place()
            self._refresh_counts()
            self.dashboard.refresh_if_shown()
            self.detail.reload()
        else:
            self._refresh_views(keep_detail=True)
        self.evaluated.emit(outcome)

    def note_turned(self, at_risk: int, overdue: int) -> None:
        """Add orders that turned at risk / overdue to the title count (until `mark_seen`)."""
        self.controller.note_turned(at_risk, overdue)

    def mark_seen(self) -> None:
        """The seller looked: clear the turned-since-last-look count."""
        self.controller.mark_seen()

    def _update_title(self) -> None:
        title = self.tr("ShipCheck — shipping assessment")
        if self.demo:
            title += " " + self.tr("[demo data]")
        at_risk, overdue = self.controller.turned
        if at_risk or overdue:
            prefix = self.tr("(%1 new at risk, %2 new overdue)")
            title = prefix.replace("%1", str(at_risk)).replace("%2", str(overdue)) + " " + title
        self.setWindowTitle(title)

    # --- table, filters, counts -------------------------------------------------------------------

    def _filter_changed(self, flt: OrderFilter) -> None:
        if self.model is not None:
            self.model.set_filter(flt)
            self._refresh_counts()
            self._clear_detail_unless_shown(flt)
        self.dashboard.set_scope(flt.platform, flt.shop)

    def _clear_detail_unless_shown(self, flt: OrderFilter) -> None:
        """The detail panel empties when its order leaves the table (another chip, search …)."""
        key = self.detail.key
        if key is None:
            return

        def done(listed: bool) -> None:
            if not listed and self.detail.key == key:
                self.detail.load(None)

        self.session.read(lambda conn: shows(conn, flt, key), done)

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if self.model is None:
            return
        self.model.sort(column, order)
        name, descending = self.model.sort_state
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            COL[name],
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    # --- jumping to the end of the listing ------------------------------------------------------

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Ctrl+End / Ctrl+Home in the table jump to the real last/first order, not the last loaded
        row: the model reads the end directly (one keyset page) instead of every page before it."""
        if (
            watched is self.table
            and event.type() == QtCore.QEvent.Type.KeyPress
            and self.model is not None
            and isinstance(event, QtGui.QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.key() == Qt.Key.Key_End and not (
                self.model.exhausted and self.model.head_complete
            ):
                self.jump_to_end()
                return True
            if event.key() == Qt.Key.Key_Home and not self.model.head_complete:
                self._select_after_load = "first"
                self.model.refresh()
                return True
        return super().eventFilter(watched, event)

    def jump_to_end(self) -> None:
        """Show and select the last order of the current sort and filter."""
        if self.model is None:
            return
        self._select_after_load = "last"
        self.model.jump_to_end()

    def _select_pending(self) -> None:
        if self.model is None or self._select_after_load is None or self.model.loading:
            return
        where, self._select_after_load = self._select_after_load, None
        if self.model.rowCount() == 0:
            return
        row = 0 if where == "first" else self.model.rowCount() - 1
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _scrolled(self, value: int) -> None:
        if (
            self.model is not None
            and value == self.table.verticalScrollBar().minimum()
            and not self.model.head_complete
        ):
            self.model.fetch_before()

    def _rows_inserted(self, _parent: QtCore.QModelIndex, first: int, last: int) -> None:
        """Rows read in above the view (scrolling up after Ctrl+End): keep what the seller sees
        where it was."""
        if first != 0 or self.model is None or self.model.rowCount() == last + 1:
            return
        bar = self.table.verticalScrollBar()
        step = 1
        if self.table.verticalScrollMode() == QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel:
            step = self.table.verticalHeader().defaultSectionSize()
        bar.setValue(bar.value() + (last - first + 1) * step)

    def _open_detail(self, key: tuple[str, str, str] | None) -> None:
        """The context menu's Open detail: the panel shows the order (made visible if folded)."""
        if key is None:
            return
        sizes = self.splitter.sizes()
        if len(sizes) > 1 and sizes[-1] == 0:
            self.splitter.setSizes([max(1, sizes[0] - 420), 420])
        if key != self.detail.key:
            self.detail.load(key)

    def export_chosen(self, keys: list[tuple[str, str, str]]) -> None:
        """The orders picked in the table (ticked, else selected) as an .xlsx file."""
        from desktop_app.gui.report_actions import ReportActions

        actions = ReportActions(self, self.session, self.as_of(), self.filters.current_filter())
        self._last_export = actions
        actions.export_chosen(keys)

    def _row_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key != self.detail.key:
            self.detail.load(key)

    def _refresh_views(self, keep_detail: bool = False) -> None:
        if self.model is None:
            return
        self.model.refresh()
        self._refresh_counts()
        self._refresh_shops()
        self.dashboard.refresh_if_shown()
        if keep_detail:
            self.detail.reload()

    def _refresh_counts(self) -> None:
        if self.model is not None:
            self.controller.refresh_counts(self.model.order_filter)

    def _counts_ready(self, counts: dict[str, int]) -> None:
        self.filters.set_counts(counts)
        self._update_status()

    def _refresh_shops(self) -> None:
        self.controller.refresh_shops()

    def _load_failed(self, message: str) -> None:
        self.show_message(
            lambda: self.tr("Could not read orders: %1").replace("%1", message), 10_000
        )

    def _update_status(self) -> None:
        if self.model is None:
            return
        counts = self.filters.counts()
        loaded = self.model.rowCount()
        total = counts.get("shown")
        if total is not None and loaded < total:
            text = (
                self.tr("%1 of %2 rows loaded")
                .replace("%1", f"{loaded:,}")
                .replace("%2", f"{total:,}")
            )
        else:
            text = self.tr("%1 rows loaded").replace("%1", f"{loaded:,}")
        if self.model.loading:
            text += " · " + self.tr("loading…")
        elif not self.model.exhausted:
            text += " · " + self.tr("scroll for more")
        as_of = self.as_of().strftime("%Y-%m-%d %H:%M")
        text += " · " + self.tr("as of %1 (China time)").replace("%1", as_of)
        if self.follows_clock:
            text += " · " + self.tr("following the clock")
        if counts.get(""):
            text += " · " + self.tr("press F5 to evaluate new orders")
        ticked = len(self.model.checked_keys())
        if ticked:
            text += " · " + self.tr("%1 ticked").replace("%1", f"{ticked:,}")
        self.status_label.setText(text)
        self.empty_hint.show_for(self._empty_kind(counts))

    def _listing_started(self) -> None:
        """The table was emptied to be read again (filter, sort, search, refresh)."""
        self._slow_listing = False
        self._listing_timer.start()
        self._update_status()

    def _listing_is_slow(self) -> None:
        self._slow_listing = True
        self._update_status()

    def _empty_kind(self, counts: dict[str, int]) -> str:
        """What the empty table should say: '' while it has rows or is loading (unless the
        loading takes a while)."""
        if self.model is None or self.model.rowCount():
            return ""
        flt = self.model.order_filter
        if self.model.loading:
            if not self._slow_listing:
                return ""
            text = flt.search.strip()
            by_text = bool(text) and not id_like(text) and not id_list(text)
            return LOOKING_BY_TEXT if by_text else LOOKING
        if not counts:
            return ""
        if flt.platform or flt.shop or flt.search.strip() or flt.chips:
            return NO_MATCH
        return EMPTY_DATABASE if counts.get("all", 0) == 0 else ""

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.dashboard.refresh()

    # --- import -----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        """Accept dragged files that look like exports."""
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        """Import the dropped files (through the preview dialog)."""
        paths = self._dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            QtCore.QTimer.singleShot(0, lambda: self.import_files(paths))

    @staticmethod
    def _dropped_paths(mime: QtCore.QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in IMPORTABLE and p.is_file()]

    def choose_files(self) -> None:
        """Ctrl+O: pick export files to import."""
        prefs = preferences()
        start = str(prefs.value("last_folder", str(Path.home())))
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self,
            self.tr("Import order or product exports"),
            start,
            self.tr("Exports (*.xlsx *.xls *.csv *.html *.htm);;All files (*)"),
        )
        if names:
            prefs.setValue("last_folder", str(Path(names[0]).parent))
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        """Preview each file, then import the confirmed ones and evaluate."""
        if self.model is None:
            return
        from desktop_app.gui.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(self.session, paths, self, english=self.translations.english)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.importRequested.connect(self._run_import)
        dialog.open()
        dialog.start()

    def _run_import(self, plans: list[Any]) -> None:
        self.controller.import_plans(plans)

    def _imported(self, outcomes: list[services.ImportOutcome]) -> None:
        lines = []
        for outcome in outcomes:
            result = outcome.result
            new = getattr(result, "rows_new", None)
            updated = getattr(result, "rows_updated", None)
            line = outcome.file_name
            if new is not None:
                line += ": " + self.tr("%1 new, %2 updated").replace("%1", str(new)).replace(
                    "%2", str(updated or 0)
                )
            lines.append(line)
        self._refresh_views(keep_detail=True)
        self.show_message(lambda: self.tr("Imported: ") + "; ".join(lines), 20_000)
        self.imported.emit(outcomes)

    def _import_cancelled(self) -> None:
        self._refresh_views(keep_detail=True)
        self.show_message(lambda: self.tr("Import cancelled — nothing was written."), 20_000)

    def load_demo(self, spec: services.DemoSpec) -> None:
        """Import the bundled demo exports into this (temporary) database and evaluate."""
        self.controller.load_demo(spec)

    def _demo_loaded(self, outcome: services.EvaluationOutcome | None) -> None:
        self._refresh_views(keep_detail=False)
        if outcome is not None:
            self.evaluated.emit(outcome)
        as_of = self.as_of().strftime("%Y-%m-%d %H:%M")
        self.show_message(
            lambda: self.tr("Demo data loaded, evaluated as of %1.").replace("%1", as_of), 20_000
        )

    def show_message(self, text: Callable[[], str], timeout_ms: int) -> None:
        """A transient status-bar message, re-worded if the language changes while it shows."""
        message = text()
        self._message = (text, message)
        self.statusBar().showMessage(message, timeout_ms)

    def _bilingual(self, text: str) -> str:
        zh, sep, en = text.partition(" / ")
        return (en if self.translations.english else zh) if sep else text

    def _retranslate_message(self) -> None:
        if self._message is None:
            return
        text, shown = self._message
        if self.statusBar().currentMessage() == shown:
            self.show_message(text, 20_000)
        else:
            self._message = None

    # --- settings and reports ---------------------------------------------------------------------

    def open_settings(self) -> None:
        """The settings dialog; saving re-evaluates."""
        from desktop_app.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self.translations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda: self.evaluate_now(quiet=False))
        dialog.languageChosen.connect(self.switch_language)
        dialog.open()

    def rule_actions(self) -> Any:
        """Import and undo of rule updates (`rules_dialog.RuleActions`); a change re-evaluates."""
        if self._rules is None:
            from desktop_app.gui.rules_dialog import RuleActions

            self._rules = RuleActions(self, self.session)
            self._rules.changed.connect(lambda: self.evaluate_now(quiet=True))
        return self._rules

    def open_rules(self) -> None:
        """The rules page: the rules in force per platform and the installed rule updates."""
        from desktop_app.gui.rules_dialog import RulesDialog

        dialog = RulesDialog(self.session, self.rule_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _ask_setup_once(self) -> None:
        """After the first page of the first start: the setup assistant, unless done or skipped."""
        if not self._ask_setup:
            return
        self._ask_setup = False
        ask = self.session.op(self, lambda store, ctx: needs_setup(store), self._setup_needed)
        ask.run_in_background()

    def _setup_needed(self, needed: bool) -> None:
        if needed:
            self.open_setup()

    def open_setup(self) -> None:
        """Tools → Setup assistant (and once at the first start): shops, amounts, warning."""

        def show(defaults: tuple[dict[str, str], int]) -> None:
            shops, hours = defaults
            wizard = SetupWizard(
                self.session, self, shops, hours, english=self.translations.english
            )
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.saved.connect(lambda: self.evaluate_now(quiet=False))
            self.setup_wizard = wizard
            wizard.open()

        load = self.session.op(self, lambda store, ctx: load_setup_defaults(store), show)
        load.run_in_background()

    def _report(self, kind: str) -> None:
        from desktop_app.gui.report_actions import ReportActions

        ReportActions(self, self.session, self.as_of(), self.filters.current_filter()).run(kind)

    def export_order_list(self) -> None:
        """File → Export order list: the table as shown (filter and sort) as an .xlsx file."""
        from desktop_app.gui.report_actions import ReportActions

        column, descending = self.model.sort_state if self.model is not None else ("status", False)
        actions = ReportActions(self, self.session, self.as_of(), self.filters.current_filter())
        self._last_export = actions
        actions.export_order_list(column, descending)

    # --- geometry ---------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        prefs = preferences()
        geometry = prefs.value("main/geometry")
        if isinstance(geometry, QtCore.QByteArray):
            self.restoreGeometry(geometry)
        splitter = prefs.value("main/splitter")
        if isinstance(splitter, QtCore.QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([1000, 500])

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Remember geometry, stop timers, close the database."""
        prefs = preferences()
        prefs.setValue("main/geometry", self.saveGeometry())
        prefs.setValue("main/splitter", self.splitter.saveState())
        if self.model is not None:
            save_layout(self.table)
        self.controller.stop_clock()
        super().closeEvent(event)


__all__ = ["COLUMNS", "MainWindow"]
