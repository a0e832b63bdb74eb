"""The order table model: orders joined with their verdicts, paged lazily from SQLite.

No widget code here. The model holds only the rows the view has scrolled to, fetched in pages of
`PAGE_SIZE` through `fetchMore` (as Spyder's dataframe editor does) with keyset paging
(`order_query`), so opening a database costs one page however many orders it holds. Pages are
read on the `DbReader` thread, so even an unindexed search never blocks the GUI thread. Sorting
and filtering are SQL: `sort()` and `set_filter()` reset the model and start again from the first
page.

While the as-of time follows the clock, `set_as_of()` moves the countdown column without touching
the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from desktop_app.chinatime import parse_time_or_none
from desktop_app.gui import status as st
from desktop_app.gui.detail_data import json_list
from desktop_app.gui.language import ui_english
from desktop_app.gui.order_query import (
    ROW_FIELDS,
    SORT_KEYS,
    OrderFilter,
    PageQuery,
    fetch_page,
    fetch_rows_by_keys,
    plan_pages,
)
from desktop_app.gui.reader import DbReader
from desktop_app.qt import Qt, QtCore, QtGui, Signal
from policies.platforms import platform_name

PAGE_SIZE = 200

COLUMNS: tuple[str, ...] = (
    "status",
    "platform",
    "order_id",
    "sub_order_id",
    "product",
    "paid",
    "deadline",
    "countdown",
    "shipped",
    "rules",
    "money",
    "flags",
)
COL = {name: i for i, name in enumerate(COLUMNS)}
F = {name: i for i, name in enumerate(ROW_FIELDS)}

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (platform, order_id, sub_order_id)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # verdict status ('' = not evaluated)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # dict of the row's fields

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
Key = tuple[str, str, str]
_ROOT = QtCore.QModelIndex()


def platform_label(platform: str) -> str:
    """The platform's name in the current UI language."""
    return platform_name(platform, ui_english())


def column_title(name: str) -> str:
    """The translated header of a column."""
    titles = {
        "status": QtCore.QCoreApplication.translate("OrderTableModel", "Status"),
        "platform": QtCore.QCoreApplication.translate("OrderTableModel", "Platform"),
        "order_id": QtCore.QCoreApplication.translate("OrderTableModel", "Order ID"),
        "sub_order_id": QtCore.QCoreApplication.translate("OrderTableModel", "Sub-order"),
        "product": QtCore.QCoreApplication.translate("OrderTableModel", "Product"),
        "paid": QtCore.QCoreApplication.translate("OrderTableModel", "Paid"),
        "deadline": QtCore.QCoreApplication.translate("OrderTableModel", "Deadline"),
        "countdown": QtCore.QCoreApplication.translate("OrderTableModel", "Time left / overdue"),
        "shipped": QtCore.QCoreApplication.translate("OrderTableModel", "Shipped"),
        "rules": QtCore.QCoreApplication.translate("OrderTableModel", "Rules"),
        "money": QtCore.QCoreApplication.translate("OrderTableModel", "Money at stake"),
        "flags": QtCore.QCoreApplication.translate("OrderTableModel", "Flags"),
    }
    return titles[name]


def money_text(fen: int | None) -> str:
    """Fen as '¥12.50'; None (amount not set) as '未设置'; 0 as '—'."""
    if fen is None:
        return QtCore.QCoreApplication.translate("OrderTableModel", "Not set")
    if fen == 0:
        return "—"
    return f"¥{fen / 100:,.2f}"


def _no_texts(reasons_json: str | None) -> bool:
    """True when a stored verdict row holds no reasons (the evaluator stores none)."""
    return not reasons_json or reasons_json == "[]"


def _read_texts(
    conn: sqlite3.Connection, keys: list[Key]
) -> dict[Key, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Reasons of stored orders, made by the engine (imported here, on the reader thread: the
    first window does not need the engine)."""
    from desktop_app.evaluation.explain import verdict_texts

    return verdict_texts(conn, keys)


class OrderTableModel(QtCore.QAbstractTableModel):
    """Orders LEFT JOIN verdicts, sorted by urgency by default, fetched a page at a time.

    Pages are read by a `DbReader` on its own thread; rows appear when they arrive. `loading`
    is True while a page is on its way; `pageLoaded` fires after each.
    """

    loadFailed = Signal(str)
    pageLoaded = Signal()

    def __init__(
        self,
        reader: DbReader,
        as_of: datetime,
        parent: QtCore.QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._as_of = as_of
        self._page_size = page_size
        self._filter = OrderFilter()
        self._sort_column = "status"
        self._descending = False
        self._rows: list[tuple[Any, ...]] = []
        self._segments: list[PageQuery] = []
        self._segment = 0
        self._after: tuple[Any, ...] | None = None
        self._exhausted = False
        self._in_flight = False
        # Rows before the first loaded one (after a jump to the end): read backwards, by the same
        # keyset queries in the opposite direction, and inserted at the top.
        self._back_segments: list[PageQuery] = []
        self._back_segment = 0
        self._back_after: tuple[Any, ...] | None = None
        self._head_complete = True
        self._generation = 0
        self._english = False
        # Reasons of loaded rows, made on demand (the store keeps no texts: a row's reasons_json
        # is '[]'): read for each arriving page on the reader thread, shown as the row tooltip.
        self._texts: dict[Key, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._texts_asked: set[Key] = set()
        self._texts_epoch = 0
        self.refresh()

    # --- state ------------------------------------------------------------------------------------

    @property
    def as_of(self) -> datetime:
        """The instant countdowns are measured from."""
        return self._as_of

    @property
    def order_filter(self) -> OrderFilter:
        """The filter in force."""
        return self._filter

    @property
    def sort_state(self) -> tuple[str, bool]:
        """(column name, descending)."""
        return self._sort_column, self._descending

    @property
    def loading(self) -> bool:
        """True while a page is being read."""
        return self._in_flight

    @property
    def exhausted(self) -> bool:
        """True once every row up to the last matching one is loaded."""
        return self._exhausted

    @property
    def head_complete(self) -> bool:
        """True when the loaded rows start at the first matching row (False after `jump_to_end`
        until the rows above have been read back)."""
        return self._head_complete

    def set_english(self, english: bool) -> None:
        """Show reasons in English (tooltips) after a language switch; headers re-read."""
        self._english = english
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def set_filter(self, flt: OrderFilter) -> None:
        """Show only rows matching `flt` (re-queries from the first page)."""
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def set_as_of(self, as_of: datetime) -> None:
        """Move the countdown column to `as_of` (no database access)."""
        self._as_of = as_of
        if self._rows:
            c = COL["countdown"]
            self.dataChanged.emit(
                self.index(0, c), self.index(len(self._rows) - 1, c), [Qt.ItemDataRole.DisplayRole]
            )

    def refresh(self) -> None:
        """Drop loaded rows and read the first page again (after an import or evaluation)."""
        self._generation += 1
        self._forget_texts()
        self.beginResetModel()
        self._rows = []
        self._segments = []
        self._segment = 0
        self._after = None
        self._exhausted = False
        self._in_flight = True  # already while the reset is announced: the first page is asked
        self._back_segments = []
        self._head_complete = True
        self.endResetModel()
        generation = self._generation
        flt, column, descending, size = (
            self._filter,
            self._sort_column,
            self._descending,
            self._page_size,
        )

        def job(conn: sqlite3.Connection) -> tuple[list[PageQuery], list[tuple[Any, ...]]]:
            segments = plan_pages(conn, flt, column, descending, size)
            first = fetch_page(conn, segments[0], None) if segments else []
            return segments, first

        self._reader.submit(
            job,
            lambda result: self._first_page(generation, *result),
            lambda exc: self._failed(generation, exc),
            self._stale(generation),
        )

    def jump_to_end(self) -> None:
        """Show the last rows at once (Ctrl+End): read the listing backwards
        from its end — one keyset page, not every page before it. Rows above arrive through
        `fetch_before` as the seller scrolls up."""
        if self._exhausted and self._head_complete:
            return  # everything is loaded already
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._segments = []
        self._segment = 0
        self._after = None
        self._exhausted = True  # nothing comes after the end
        self._back_segments = []
        self._back_segment = 0
        self._back_after = None
        self._head_complete = False
        self._in_flight = True
        self.endResetModel()
        generation = self._generation
        flt, column, descending, size = (
            self._filter,
            self._sort_column,
            self._descending,
            self._page_size,
        )

        def job(conn: sqlite3.Connection) -> tuple[list[PageQuery], list[tuple[Any, ...]]]:
            segments = plan_pages(conn, flt, column, not descending, size)
            first = fetch_page(conn, segments[0], None) if segments else []
            return segments, first

        def arrived(result: tuple[list[PageQuery], list[tuple[Any, ...]]]) -> None:
            if generation != self._generation:
                return
            self._back_segments = result[0]
            self._back_page_arrived(generation, result[1])

        self._reader.submit(
            job, arrived, lambda exc: self._failed(generation, exc), self._stale(generation)
        )

    def fetch_before(self) -> None:
        """Read the page just above the first loaded row (after `jump_to_end`)."""
        if self._head_complete or self._in_flight:
            return
        if self._back_segment >= len(self._back_segments):
            self._head_complete = True
            return
        self._in_flight = True
        generation = self._generation
        query = self._back_segments[self._back_segment]
        after = self._back_after
        self._reader.submit(
            lambda conn: fetch_page(conn, query, after),
            lambda page: self._back_page_arrived(generation, page),
            lambda exc: self._failed(generation, exc),
            self._stale(generation),
        )

    def _back_page_arrived(self, generation: int, page: list[tuple[Any, ...]]) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        if self._back_segment >= len(self._back_segments):
            self._head_complete = True
            self.pageLoaded.emit()
            return
        query = self._back_segments[self._back_segment]
        if len(page) < self._page_size:
            self._back_segment += 1
            self._back_after = None
        else:
            self._back_after = tuple(page[-1][-query.key_width :])
        if page:
            self.beginInsertRows(QtCore.QModelIndex(), 0, len(page) - 1)
            self._rows[0:0] = [row[: len(ROW_FIELDS)] for row in reversed(page)]
            self.endInsertRows()
            self._ask_texts(page)
        if self._back_segment >= len(self._back_segments):
            self._head_complete = True
        elif not page or len(self._rows) < self._page_size:
            self.fetch_before()
            return
        self.pageLoaded.emit()

    def refresh_in_place(self) -> None:
        """Re-read the loaded rows (statuses, countdowns, marks) without reordering or resetting.

        Used after the clock-driven re-evaluation, so the seller's scroll position and selection
        survive; an explicit refresh (filter, sort, import, F5) re-queries the order.
        """
        keys = [(r[F["platform"]], r[F["order_id"]], r[F["sub_order_id"]]) for r in self._rows]
        if not keys or self._in_flight:
            self.refresh()
            return
        self._forget_texts()
        generation = self._generation
        self._reader.submit(
            lambda conn: fetch_rows_by_keys(conn, keys),
            lambda rows: self._replace_rows(generation, rows),
            lambda exc: self._failed(generation, exc),
            self._stale(generation),
        )

    def _replace_rows(
        self, generation: int, fresh: dict[tuple[str, str, str], tuple[Any, ...]]
    ) -> None:
        if generation != self._generation or not self._rows:
            return
        for i, r in enumerate(self._rows):
            new = fresh.get((r[F["platform"]], r[F["order_id"]], r[F["sub_order_id"]]))
            if new is not None:
                self._rows[i] = new
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self._ask_texts(self._rows)
        self.pageLoaded.emit()

    def _first_page(
        self, generation: int, segments: list[PageQuery], page: list[tuple[Any, ...]]
    ) -> None:
        if generation != self._generation:
            return
        self._segments = segments
        self._page_arrived(generation, page)

    def _request_page(self) -> None:
        if self._in_flight or self._exhausted or self._segment >= len(self._segments):
            return
        self._in_flight = True
        generation = self._generation
        query = self._segments[self._segment]
        after = self._after
        self._reader.submit(
            lambda conn: fetch_page(conn, query, after),
            lambda page: self._page_arrived(generation, page),
            lambda exc: self._failed(generation, exc),
            self._stale(generation),
        )

    def _page_arrived(self, generation: int, page: list[tuple[Any, ...]]) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        if self._segment >= len(self._segments):
            self._exhausted = True
            self.pageLoaded.emit()
            return
        query = self._segments[self._segment]
        if len(page) < self._page_size:
            self._segment += 1
            self._after = None
        else:
            self._after = tuple(page[-1][-query.key_width :])
        if page:
            first = len(self._rows)
            self.beginInsertRows(QtCore.QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(row[: len(ROW_FIELDS)] for row in page)
            self.endInsertRows()
            self._ask_texts(page)
        if self._segment >= len(self._segments):
            self._exhausted = True
        elif not page or len(self._rows) < self._page_size:
            # An empty segment, or a first page too short to fill the view: keep going.
            self._request_page()
            return
        self.pageLoaded.emit()

    def _forget_texts(self) -> None:
        """Drop the reasons read so far (an evaluation may have changed them)."""
        self._texts_epoch += 1
        self._texts = {}
        self._texts_asked = set()

    def _ask_texts(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Read the reasons of evaluated `rows` the store holds without texts (one job per page;
        the rows show at once, their tooltips when the job answers)."""
        keys: list[Key] = []
        for r in rows:
            key = (r[F["platform"]], r[F["order_id"]], r[F["sub_order_id"]])
            if r[F["status"]] and _no_texts(r[F["reasons_json"]]) and key not in self._texts_asked:
                keys.append(key)
        if not keys:
            return
        self._texts_asked.update(keys)
        epoch = self._texts_epoch

        def arrived(texts: dict[Key, tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
            if epoch != self._texts_epoch or not texts:
                return
            self._texts.update(texts)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0),
                    self.index(len(self._rows) - 1, len(COLUMNS) - 1),
                    [Qt.ItemDataRole.ToolTipRole],
                )

        # A failure (e.g. settings made malformed since the evaluation) only costs the tooltips.
        self._reader.submit(
            lambda conn: _read_texts(conn, keys),
            arrived,
            lambda exc: None,
            lambda: epoch != self._texts_epoch,
        )

    def _stale(self, generation: int) -> Callable[[], bool]:
        """For `DbReader.submit`: the answer of a read asked at `generation` is no longer wanted
        once the listing was asked again (another filter, sort, search, refresh)."""
        return lambda: generation != self._generation

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        self._exhausted = True
        self._head_complete = True
        self.loadFailed.emit(str(exc))
        self.pageLoaded.emit()

    # --- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows loaded so far (more arrive through fetchMore)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The fixed column set."""
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        """True while the query has rows not yet loaded."""
        if parent.isValid():
            return False
        return not self._exhausted and not self._in_flight

    def fetchMore(self, parent: Index) -> None:
        """Ask the reader for the next page (one keyset query); rows arrive asynchronously."""
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._request_page()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] not in SORT_KEYS:
                return QtCore.QCoreApplication.translate(
                    "OrderTableModel", "This column does not sort"
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable, not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self,
        index: Index,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Text, status colour/icon, row tint, tooltips and the row's key."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        status = row[F["status"]] or ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return st.status_icon(status)
        if role == Qt.ItemDataRole.DecorationRole and column == "flags":
            if "false_shipping" in json_list(row[F["flags_json"]]):
                return st.status_icon(st.FLAG_FALSE_SHIPPING)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QtGui.QBrush(QtGui.QColor(st.style_for(status).tint))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in ("status", "countdown"):
                return QtGui.QBrush(QtGui.QColor(st.style_for(status).colour))
            if column == "flags" and row[F["flags_json"]] and row[F["flags_json"]] != "[]":
                return QtGui.QBrush(QtGui.QColor(st.STYLES[st.FLAG_FALSE_SHIPPING].colour))
            if column == "money" and row[F["compensation_fen"]] is None and status:
                return QtGui.QBrush(QtGui.QColor("#8a6d00"))
            return None
        if role == Qt.ItemDataRole.FontRole and column in ("status", "countdown"):
            if status in ("overdue", "late", "at_risk"):
                font = QtGui.QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in ("money",):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons: tuple[str, ...] | list[str]
            reasons = json_list(row[F["reasons_en_json" if self._english else "reasons_json"]])
            if not reasons:
                made = self._texts.get(
                    (row[F["platform"]], row[F["order_id"]], row[F["sub_order_id"]])
                )
                if made is not None:
                    reasons = made[1] if self._english else made[0]
            return "\n".join(reasons) if reasons else None
        if role == KEY_ROLE:
            return (row[F["platform"]], row[F["order_id"]], row[F["sub_order_id"]])
        if role == STATUS_ROLE:
            return status
        if role == ROW_ROLE:
            return dict(zip(ROW_FIELDS, row, strict=True))
        return None

    def _display(self, row: tuple[Any, ...], column: str) -> str:
        status = row[F["status"]] or ""
        if column == "status":
            label = st.status_label(status)
            if row[F["appeal_mark"]] or row[F["appeal_candidate"]]:
                label += " · " + QtCore.QCoreApplication.translate("OrderTableModel", "appeal")
            return label
        if column == "platform":
            return platform_label(row[F["platform"]])
        if column == "order_id":
            return str(row[F["order_id"]])
        if column == "sub_order_id":
            return str(row[F["sub_order_id"]])
        if column == "product":
            return str(row[F["product_name"]])
        if column == "paid":
            return str(row[F["paid_at"]] or "")[:16]
        if column == "deadline":
            return str(row[F["deadline"]] or "")[:16]
        if column == "countdown":
            return st.countdown_text(
                status,
                parse_time_or_none(row[F["deadline"]]),
                parse_time_or_none(row[F["shipped_at"]]),
                self._as_of,
            )
        if column == "shipped":
            return str(row[F["shipped_at"]] or "")[:16]
        if column == "rules":
            return ", ".join(json_list(row[F["rules_json"]]))
        if column == "money":
            if not status:
                return ""
            return money_text(row[F["compensation_fen"]])
        if column == "flags":
            return ", ".join(st.status_label(f) for f in json_list(row[F["flags_json"]]))
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL. Columns without an index-backed key keep the current order."""
        if not 0 <= column < len(COLUMNS):
            return
        name = COLUMNS[column]
        if name not in SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (name, descending) == (self._sort_column, self._descending):
            return
        self._sort_column = name
        self._descending = descending
        self.refresh()

    def key_at(self, row: int) -> tuple[str, str, str] | None:
        """(platform, order_id, sub_order_id) of a loaded row."""
        if 0 <= row < len(self._rows):
            r = self._rows[row]
            return (r[F["platform"]], r[F["order_id"]], r[F["sub_order_id"]])
        return None

    def row_of(self, key: tuple[str, str, str]) -> int | None:
        """Row number of a loaded order, or None when it is not loaded (or filtered out)."""
        for i, r in enumerate(self._rows):
            if (r[F["platform"]], r[F["order_id"]], r[F["sub_order_id"]]) == key:
                return i
        return None
