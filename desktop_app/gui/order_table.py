"""What the seller does with the order table beyond reading it: tick or select several orders
(check boxes, Shift/Ctrl), a context menu (copy the order id or tracking number, mark or unmark
for appeal, add a note, open the detail), bulk marking and export of the chosen orders, and the
columns shown, hidden and moved from the header's menu — remembered by column name per user."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from desktop_app.gui import services
from desktop_app.gui.app import preferences
from desktop_app.gui.order_model import COL, COLUMNS, KEY_ROLE, ROW_ROLE, OrderTableModel
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import show_error
from desktop_app.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from desktop_app.store.read.columns import HIDDEN_AT_FIRST

Key = tuple[str, str, str]
LAYOUT_KEY = "main/table_layout"
# Columns the seller cannot hide: which order a row is, and its verdict.
ALWAYS_SHOWN = ("status", "order_id")


def chosen_keys(table: QtWidgets.QTableView, model: OrderTableModel) -> list[Key]:
    """The orders an action applies to: the ticked ones, else the selected rows."""
    ticked = model.checked_keys()
    if ticked:
        return ticked
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    keys = [model.key_at(r) for r in rows]
    return [k for k in keys if k is not None]


def save_layout(table: QtWidgets.QTableView) -> None:
    """Remember the columns' order, widths and which are hidden, by column name."""
    header = table.horizontalHeader()
    order = [COLUMNS[header.logicalIndex(v)] for v in range(header.count())]
    layout = {
        "order": order,
        "hidden": [name for name in COLUMNS if header.isSectionHidden(COL[name])],
        "widths": {name: header.sectionSize(COL[name]) for name in COLUMNS},
    }
    preferences().setValue(LAYOUT_KEY, json.dumps(layout))


def restore_layout(table: QtWidgets.QTableView) -> None:
    """Apply the remembered layout; a first start hides the optional columns. Columns unknown to
    the remembered layout (added by an update) are shown at the end."""
    header = table.horizontalHeader()
    try:
        layout = json.loads(str(preferences().value(LAYOUT_KEY, "")))
    except ValueError:
        layout = None
    if not isinstance(layout, dict):
        for name in HIDDEN_AT_FIRST:
            header.setSectionHidden(COL[name], True)
        return
    known = [n for n in layout.get("order", []) if n in COL]
    for visual, name in enumerate(known):
        header.moveSection(header.visualIndex(COL[name]), visual)
    hidden = set(layout.get("hidden", []))
    for name in COLUMNS:
        header.setSectionHidden(COL[name], name in hidden and name not in ALWAYS_SHOWN)
    for name, width in dict(layout.get("widths", {})).items():
        if name in COL and isinstance(width, int) and width > 0:
            header.resizeSection(COL[name], width)


class OrderTableActions(QtCore.QObject):
    """The table's menus and actions. `changed` fires after marks or notes were written;
    `openDetail` asks the window to show an order's detail."""

    changed = Signal()
    openDetail = Signal(object)  # Key

    def __init__(
        self,
        table: QtWidgets.QTableView,
        session: Session,
        export_chosen: Callable[[list[Key]], None],
        parent: QtWidgets.QWidget,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.session = session
        self.export_chosen = export_chosen
        self.window = parent
        self.menu: QtWidgets.QMenu | None = None
        self.last_error: BaseException | None = None
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_columns_menu)
        self.copy_shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Copy, table)
        self.copy_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_shortcut.activated.connect(self.copy_order_ids)

    @property
    def model(self) -> OrderTableModel | None:
        model = self.table.model()
        return model if isinstance(model, OrderTableModel) else None

    def chosen(self) -> list[Key]:
        """The orders the next action applies to."""
        model = self.model
        return chosen_keys(self.table, model) if model is not None else []

    # --- menus ------------------------------------------------------------------------------------

    def build_menu(self) -> QtWidgets.QMenu:
        """The context menu for the chosen orders (made fresh each time, in the UI language)."""
        chosen = self.chosen()
        n = len(chosen)
        menu = QtWidgets.QMenu(self.table)
        current = self.table.currentIndex()
        one = current.data(KEY_ROLE) if current.isValid() else None
        menu.addAction(self.tr("Open detail"), lambda: self.openDetail.emit(one)).setEnabled(
            one is not None
        )
        menu.addSeparator()
        menu.addAction(self.tr("Copy order ID"), self.copy_order_ids).setEnabled(n > 0)
        menu.addAction(self.tr("Copy tracking number"), self.copy_tracking_numbers).setEnabled(
            n > 0
        )
        menu.addSeparator()
        count = self.tr("(%1 orders)").replace("%1", str(n)) if n > 1 else ""
        mark = self.tr("Mark for appeal")
        unmark = self.tr("Unmark for appeal")
        export = self.tr("Export chosen orders (Excel)…")
        menu.addAction(f"{mark} {count}".strip(), lambda: self.set_marks(True)).setEnabled(n > 0)
        menu.addAction(f"{unmark} {count}".strip(), lambda: self.set_marks(False)).setEnabled(n > 0)
        menu.addAction(self.tr("Add a note…"), self.add_note).setEnabled(one is not None)
        menu.addSeparator()
        menu.addAction(
            f"{export} {count}".strip(), lambda: self.export_chosen(self.chosen())
        ).setEnabled(n > 0)
        menu.addSeparator()
        menu.addAction(self.tr("Tick the selected rows"), self.tick_selected)
        model = self.model
        ticked = len(model.checked_keys()) if model is not None else 0
        menu.addAction(self.tr("Untick all"), self.untick_all).setEnabled(ticked > 0)
        return menu

    def show_menu(self, pos: QtCore.QPoint) -> None:
        """The context menu at `pos`; a right click on an unselected row selects it first."""
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.menu = self.build_menu()
        self.menu.popup(self.table.viewport().mapToGlobal(pos))

    def columns_menu(self) -> QtWidgets.QMenu:
        """A check box per column: shown or hidden."""
        header = self.table.horizontalHeader()
        model = self.model
        menu = QtWidgets.QMenu(header)
        for name in COLUMNS:
            title = str(model.headerData(COL[name], Qt.Orientation.Horizontal)) if model else name
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(COL[name]))
            action.setEnabled(name not in ALWAYS_SHOWN)
            action.toggled.connect(lambda on, n=name: self.show_column(n, on))
        return menu

    def show_columns_menu(self, pos: QtCore.QPoint) -> None:
        header = self.table.horizontalHeader()
        self.menu = self.columns_menu()
        self.menu.popup(header.mapToGlobal(pos))

    def show_column(self, name: str, shown: bool) -> None:
        """Show or hide a column, and remember it."""
        if name in ALWAYS_SHOWN:
            return
        self.table.horizontalHeader().setSectionHidden(COL[name], not shown)
        save_layout(self.table)

    # --- actions ----------------------------------------------------------------------------------

    def _rows_of(self, keys: list[Key]) -> list[dict[str, Any]]:
        model = self.model
        if model is None:
            return []
        wanted = set(keys)
        rows = []
        for r in range(model.rowCount()):
            if model.key_at(r) in wanted:
                rows.append(model.index(r, 0).data(ROW_ROLE))
        return rows

    def copy_order_ids(self) -> None:
        """Put the chosen orders' ids (a sub-order as order/sub-order) on the clipboard."""
        keys = self.chosen()
        lines = [f"{k[1]}/{k[2]}" if k[2] else k[1] for k in keys]
        QtWidgets.QApplication.clipboard().setText("\n".join(dict.fromkeys(lines)))

    def copy_tracking_numbers(self) -> None:
        """Put the chosen orders' tracking numbers (as shown in the table) on the clipboard."""
        numbers = [str(r.get("tracking_no") or "") for r in self._rows_of(self.chosen())]
        QtWidgets.QApplication.clipboard().setText(
            "\n".join(dict.fromkeys(n for n in numbers if n))
        )

    def set_marks(self, marked: bool) -> None:
        """Mark or unmark the chosen orders for appeal, in one write."""
        keys = self.chosen()
        if not keys:
            return
        self.session.op(
            self.window,
            lambda store, ctx: services.set_appeal_marks(store, keys, marked),
            lambda _: self.changed.emit(),
        ).failure(self._failed).run_in_background()

    def add_note(self) -> None:
        """Ask for a note and add it to the current order's own note."""
        current = self.table.currentIndex()
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key is None:
            return
        text, ok = QtWidgets.QInputDialog.getMultiLineText(
            self.window, self.tr("Add a note"), self.tr("Note for order %1:").replace("%1", key[1])
        )
        if not ok or not text.strip():
            return
        self.session.op(
            self.window,
            lambda store, ctx: services.append_note(store, key, text.strip()),
            lambda _: self.changed.emit(),
        ).failure(self._failed).run_in_background()

    def tick_selected(self) -> None:
        model = self.model
        if model is not None:
            rows = {i.row() for i in self.table.selectionModel().selectedRows()}
            model.set_checked([k for k in (model.key_at(r) for r in rows) if k is not None], True)

    def untick_all(self) -> None:
        if self.model is not None:
            self.model.clear_checked()

    def _failed(self, exc: BaseException) -> None:
        self.last_error = exc
        show_error(self.window, exc)


class FrozenColumns(QtCore.QObject):
    """Keeps the status and order-id columns in view while the table scrolls sideways: a second
    view over the same model and selection, laid over the table's left edge while it is scrolled
    (Qt's "frozen column" pattern). The two columns stay the table's first two."""

    def __init__(self, table: QtWidgets.QTableView, actions: OrderTableActions) -> None:
        super().__init__(table)
        self.table = table
        self.actions = actions
        self.view = QtWidgets.QTableView(table)
        view = self.view
        view.setModel(table.model())
        view.setSelectionModel(table.selectionModel())
        view.setSelectionBehavior(table.selectionBehavior())
        view.setSelectionMode(table.selectionMode())
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(table.verticalScrollMode())
        view.setWordWrap(False)
        view.setTextElideMode(table.textElideMode())
        view.setStyleSheet("QTableView { border: none; border-right: 1px solid #9aa7b4; }")
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: actions.show_menu(
                table.viewport().mapFromGlobal(view.viewport().mapToGlobal(pos))
            )
        )
        fheader = view.horizontalHeader()
        fheader.setSectionsClickable(True)
        fheader.setSortIndicatorShown(True)
        fheader.setHighlightSections(False)
        fheader.sectionClicked.connect(self._sort_clicked)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._sync_widths)
        header.sectionMoved.connect(self._keep_first)
        header.sortIndicatorChanged.connect(
            lambda section, order: fheader.setSortIndicator(section, order)
        )
        view.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        table.horizontalScrollBar().valueChanged.connect(lambda _v: self.place())
        table.model().modelReset.connect(self.place)
        table.installEventFilter(self)
        self._keep_first()
        self._sync_widths()
        self.place()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self.table and event.type() == QtCore.QEvent.Type.Resize:
            self.place()
        return False

    def _keep_first(self, *_: object) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        for visual, name in enumerate(ALWAYS_SHOWN):
            header.moveSection(header.visualIndex(COL[name]), visual)
        header.blockSignals(False)
        for name in COLUMNS:
            self.view.setColumnHidden(COL[name], name not in ALWAYS_SHOWN)
        fheader = self.view.horizontalHeader()
        fheader.moveSection(fheader.visualIndex(COL["order_id"]), 1)

    def _sync_widths(self, *_: object) -> None:
        for name in ALWAYS_SHOWN:
            self.view.setColumnWidth(COL[name], self.table.columnWidth(COL[name]))
        self.place()

    def _sort_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == section:
            ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(section, order)

    def place(self) -> None:
        """Lay the frozen view over the table's left edge, only while it is scrolled sideways."""
        table = self.table
        scrolled = table.horizontalScrollBar().value() > 0
        self.view.setVisible(scrolled)
        if not scrolled:
            return
        width = sum(table.columnWidth(COL[name]) for name in ALWAYS_SHOWN)
        frame = table.frameWidth()
        self.view.setGeometry(
            frame,
            frame,
            width + 1,
            table.viewport().height() + table.horizontalHeader().height(),
        )
        self.view.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.view.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.view.raise_()
