"""The bar above the order table: platform, shop, as-of time, search, and the status chips."""

from __future__ import annotations

from datetime import datetime

from desktop_app.gui import status as st
from desktop_app.gui.order_model import platform_label
from desktop_app.qt import Qt, QtCore, QtWidgets, Signal
from desktop_app.store.read.pages import OrderFilter
from policies.platforms import PLATFORM_IDS
from policies.statuses import STATUS_ORDER

CHIP_KEYS: tuple[str, ...] = (*STATUS_ORDER, st.FLAG_FALSE_SHIPPING)
SEARCH_DELAY_MS = 300
ASOF_DELAY_MS = 800


def _to_qdatetime(dt: datetime) -> QtCore.QDateTime:
    return QtCore.QDateTime(
        QtCore.QDate(dt.year, dt.month, dt.day), QtCore.QTime(dt.hour, dt.minute, dt.second)
    )


def _from_qdatetime(value: QtCore.QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


class FilterBar(QtWidgets.QWidget):
    """Emits `filterChanged(OrderFilter)` and `asOfChanged(datetime | None)` (None = now)."""

    filterChanged = Signal(object)
    asOfChanged = Signal(object)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QtWidgets.QHBoxLayout()
        outer.addLayout(row)
        self.platform_label = QtWidgets.QLabel()
        self.platform = QtWidgets.QComboBox()
        self.platform.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shop_label = QtWidgets.QLabel()
        self.shop = QtWidgets.QComboBox()
        self.shop.setMinimumContentsLength(8)
        self.shop.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.asof_label = QtWidgets.QLabel()
        self.asof_now = QtWidgets.QCheckBox()
        self.asof_now.setChecked(True)
        self.asof_edit = QtWidgets.QDateTimeEdit()
        self.asof_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.asof_edit.setCalendarPopup(True)
        self.asof_edit.setEnabled(False)
        self.search = QtWidgets.QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(380)
        for w in (
            self.platform_label,
            self.platform,
            self.shop_label,
            self.shop,
            self.asof_label,
            self.asof_now,
            self.asof_edit,
        ):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.search)

        chips_row = QtWidgets.QHBoxLayout()
        chips_row.setSpacing(4)
        outer.addLayout(chips_row)
        self.chips: dict[str, QtWidgets.QToolButton] = {}
        for key in CHIP_KEYS:
            chip = QtWidgets.QToolButton()
            chip.setCheckable(True)
            chip.setIcon(st.status_icon(key))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setAutoRaise(False)
            style = st.style_for(key)
            chip.setStyleSheet(
                "QToolButton { border: 1px solid #c8c8c8; border-radius: 10px; padding: 2px 8px;"
                " background: white; }"
                f" QToolButton:checked {{ background: {style.tint};"
                f" border: 2px solid {style.colour}; font-weight: bold; }}"
            )
            chip.toggled.connect(self._emit_filter)
            self.chips[key] = chip
            chips_row.addWidget(chip)
        self.clear_chips = QtWidgets.QToolButton()
        self.clear_chips.clicked.connect(self.reset_chips)
        chips_row.addWidget(self.clear_chips)
        chips_row.addStretch(1)
        self.total_label = QtWidgets.QLabel()
        chips_row.addWidget(self.total_label)

        self._counts: dict[str, int] = {}
        self._shops: list[str] = []
        self._search_timer = QtCore.QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_filter)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._emit_filter)
        self.platform.currentIndexChanged.connect(lambda _: self._emit_filter())
        self.shop.currentIndexChanged.connect(lambda _: self._emit_filter())
        self.asof_now.toggled.connect(self._asof_mode)
        # Each change of the as-of time re-evaluates every order: wait until the seller pauses.
        self._asof_timer = QtCore.QTimer(self)
        self._asof_timer.setSingleShot(True)
        self._asof_timer.setInterval(ASOF_DELAY_MS)
        self._asof_timer.timeout.connect(self._emit_asof)
        self.asof_edit.dateTimeChanged.connect(lambda _: self._asof_timer.start())
        self.asof_edit.editingFinished.connect(self._flush_asof)
        self._filling = False
        self.retranslate()

    # --- language ---------------------------------------------------------------------------------

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Re-apply texts when the language changes."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Apply the current language."""
        self._filling = True
        self.platform_label.setText(self.tr("Platform"))
        self.shop_label.setText(self.tr("Shop"))
        self.asof_label.setText(self.tr("As of"))
        self.asof_now.setText(self.tr("Now"))
        self.asof_now.setToolTip(
            self.tr("Follow the clock: countdowns and statuses move while the window is open")
        )
        self.search.setPlaceholderText(
            self.tr("Search order ID, tracking number, receiver, product (Ctrl+F)")
        )
        self.search.setToolTip(
            self.tr(
                "An order ID or tracking number is found from its beginning (type the first "
                "digits or all of it); receivers and products by any part of the text. Paste a "
                "list of order IDs or tracking numbers (one per line, or separated by spaces or "
                "commas) to see exactly those orders."
            )
        )
        current = self.platform.currentData()
        self.platform.clear()
        self.platform.addItem(self.tr("All platforms"), "")
        for p in PLATFORM_IDS:
            self.platform.addItem(platform_label(p), p)
        index = self.platform.findData(current) if current else 0
        self.platform.setCurrentIndex(max(0, index))
        self._fill_shops()
        self.clear_chips.setText(self.tr("Show all"))
        self._filling = False
        self.set_counts(self._counts)

    # --- state ------------------------------------------------------------------------------------

    def set_shops(self, shops: list[str]) -> None:
        """The shops found in the database."""
        if shops != self._shops:
            self._shops = shops
            self._filling = True
            self._fill_shops()
            self._filling = False

    def _fill_shops(self) -> None:
        current = self.shop.currentData()
        self.shop.clear()
        self.shop.addItem(self.tr("All shops"), "")
        for s in self._shops:
            self.shop.addItem(s or self.tr("(no shop name)"), s)
        index = self.shop.findData(current) if current else 0
        self.shop.setCurrentIndex(max(0, index))

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show each chip's count (rows matching the other filters)."""
        self._counts = counts
        for key, chip in self.chips.items():
            label = st.status_label(key)
            if key == st.FLAG_FALSE_SHIPPING:
                label = self.tr("False shipping?")
            n = counts.get(key)
            chip.setText(label if n is None else f"{label}  {n:,}")
            chip.setToolTip(st.status_label(key))
        total = counts.get("all")
        shown = counts.get("shown", total)
        unevaluated = counts.get("", 0)
        if total is None:
            text = ""
        elif shown is not None and shown != total:
            text = (
                self.tr("%1 of %2 orders shown")
                .replace("%1", f"{shown:,}")
                .replace("%2", f"{total:,}")
            )
        else:
            text = self.tr("%1 orders").replace("%1", f"{total:,}")
        if unevaluated:
            text += " · " + self.tr("%1 not evaluated").replace("%1", f"{unevaluated:,}")
        self.total_label.setText(text)

    def counts(self) -> dict[str, int]:
        """The counts shown."""
        return dict(self._counts)

    def current_filter(self) -> OrderFilter:
        """The filter the controls describe."""
        statuses = frozenset(
            k for k, c in self.chips.items() if c.isChecked() and k != st.FLAG_FALSE_SHIPPING
        )
        return OrderFilter(
            platform=str(self.platform.currentData() or ""),
            shop=str(self.shop.currentData() or ""),
            statuses=statuses,
            false_shipping=self.chips[st.FLAG_FALSE_SHIPPING].isChecked(),
            search=self.search.text().strip(),
        )

    def reset_chips(self) -> None:
        """Uncheck every chip (show all statuses)."""
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self._emit_filter()

    def clear_all(self) -> None:
        """Every order: no platform, shop, search or chip (one filter change)."""
        self._filling = True
        try:
            for chip in self.chips.values():
                chip.setChecked(False)
            self.search.clear()
            self.platform.setCurrentIndex(0)
            self.shop.setCurrentIndex(0)
        finally:
            self._filling = False
        self._emit_filter()

    def _emit_filter(self, *_: object) -> None:
        if not self._filling:
            self._search_timer.stop()
            self.filterChanged.emit(self.current_filter())

    # --- as-of ------------------------------------------------------------------------------------

    def as_of(self) -> datetime | None:
        """The chosen as-of time, or None when following the clock."""
        if self.asof_now.isChecked():
            return None
        return _from_qdatetime(self.asof_edit.dateTime())

    def set_as_of(self, value: datetime | None, shown: datetime) -> None:
        """Fix the as-of time (None = follow the clock); `shown` goes in the editor."""
        self.asof_edit.blockSignals(True)
        self.asof_edit.setDateTime(_to_qdatetime(shown))
        self.asof_edit.blockSignals(False)
        self.asof_now.blockSignals(True)
        self.asof_now.setChecked(value is None)
        self.asof_now.blockSignals(False)
        self.asof_edit.setEnabled(value is not None)

    def show_clock(self, now: datetime) -> None:
        """While following the clock, keep the (disabled) editor showing now."""
        if self.asof_now.isChecked():
            self.asof_edit.blockSignals(True)
            self.asof_edit.setDateTime(_to_qdatetime(now))
            self.asof_edit.blockSignals(False)

    def _asof_mode(self, now: bool) -> None:
        self.asof_edit.setEnabled(not now)
        self._emit_asof()

    def _flush_asof(self) -> None:
        if self._asof_timer.isActive():
            self._asof_timer.stop()
            self._emit_asof()

    def _emit_asof(self) -> None:
        self._asof_timer.stop()
        self.asOfChanged.emit(self.as_of())
