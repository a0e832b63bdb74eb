"""The dashboard tab: one platform's assessed metrics for a week or a month, against thresholds.

On-time rate and pickup-anomaly rate; Kuaishou K4 waiver conditions and K3 score components
(marked secondary source); AliExpress A2 penalty refund projection; Douyin D2 protected indicators;
money at stake; daily charts. Metrics come from `desktop_app.evaluation.metrics_for`, computed on
the database worker.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.chinatime import china_now
from desktop_app.evaluation import metrics_for
from desktop_app.gui import status as st
from desktop_app.gui.charts import ChartPoint, DailyChart
from desktop_app.gui.order_model import platform_label
from desktop_app.gui.session import Session
from desktop_app.qt import Qt, QtCore, QtWidgets
from policies.metrics import alert_note
from policies.platforms import PLATFORM_IDS
from policies.records import Platform


def pct(value: Decimal | float | None, digits: int = 1) -> str:
    """0.9712 → '97.1%'; None → '—'."""
    if value is None:
        return "—"
    return f"{float(value) * 100:.{digits}f}%"


def yuan(value: Decimal | None) -> str:
    """Decimal yuan → '¥1,234.50'; None → the 'not set' wording."""
    if value is None:
        return QtCore.QCoreApplication.translate("OrderTableModel", "Not set")
    return f"¥{value:,.2f}"


def period_start(kind: str, as_of: datetime, offset: int = 0) -> date:
    """The Monday (week) or 1st (month) of the period containing `as_of`, moved by `offset`."""
    day = as_of.date()
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        return monday + timedelta(weeks=offset)
    month = day.year * 12 + (day.month - 1) + offset
    return date(month // 12, month % 12 + 1, 1)


def _cond_text(value: Decimal | None, key: str) -> str:
    if value is None:
        return "—"
    if "rate" in key or "ratio" in key:
        return pct(value)
    return f"{value:,}"


def _yes_no(met: bool | None) -> tuple[str, str]:
    if met is None:
        return QtCore.QCoreApplication.translate("Dashboard", "no data"), st.STYLES[
            "excluded"
        ].colour
    if met:
        return QtCore.QCoreApplication.translate("Dashboard", "met"), st.STYLES["on_time"].colour
    return QtCore.QCoreApplication.translate("Dashboard", "not met"), st.STYLES["overdue"].colour


class MetricCard(QtWidgets.QFrame):
    """A big number with a caption and a line comparing it with its threshold."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setMinimumWidth(190)
        layout = QtWidgets.QVBoxLayout(self)
        self.caption = QtWidgets.QLabel()
        self.value = QtWidgets.QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QtWidgets.QLabel()
        self.detail.setWordWrap(True)
        for w in (self.caption, self.value, self.detail):
            layout.addWidget(w)

    def set(self, caption: str, value: str, detail: str, colour: str | None = None) -> None:
        """Fill the card."""
        self.caption.setText(caption)
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)


def _table(headers: int) -> QtWidgets.QTableWidget:
    table = QtWidgets.QTableWidget(0, headers)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSizeAdjustPolicy(QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


class DashboardWidget(QtWidgets.QScrollArea):
    """Metrics for the chosen platform, shop and period."""

    def __init__(self, session: Session | None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._as_of = china_now()
        self._english = False
        self._ready = False
        self._generation = 0
        self._offset = 0
        self.metrics: Any = None  # the PlatformMetrics shown
        self.setWidgetResizable(True)
        body = QtWidgets.QWidget()
        self.setWidget(body)
        layout = QtWidgets.QVBoxLayout(body)

        controls = QtWidgets.QHBoxLayout()
        self.platform_label = QtWidgets.QLabel()
        self.platform = QtWidgets.QComboBox()
        self.platform.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shop_label = QtWidgets.QLabel()
        self.shop = QtWidgets.QLineEdit()
        self.shop.setMaximumWidth(160)
        self.period = QtWidgets.QComboBox()
        self.period.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.prev_button = QtWidgets.QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QtWidgets.QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.period_text = QtWidgets.QLabel()
        self.state = QtWidgets.QLabel()
        for w in (
            self.platform_label,
            self.platform,
            self.shop_label,
            self.shop,
            self.period,
            self.prev_button,
            self.period_text,
            self.next_button,
        ):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.state)
        layout.addLayout(controls)

        cards = QtWidgets.QHBoxLayout()
        self.card_on_time = MetricCard()
        self.card_pickup = MetricCard()
        self.card_orders = MetricCard()
        self.card_money = MetricCard()
        for c in (self.card_on_time, self.card_pickup, self.card_orders, self.card_money):
            cards.addWidget(c)
        layout.addLayout(cards)

        charts = QtWidgets.QHBoxLayout()
        self.rate_chart = DailyChart("rate")
        self.late_chart = DailyChart("count")
        charts.addWidget(self.rate_chart)
        charts.addWidget(self.late_chart)
        layout.addLayout(charts)

        self.k4_box = QtWidgets.QGroupBox()
        k4 = QtWidgets.QVBoxLayout(self.k4_box)
        self.k4_summary = QtWidgets.QLabel()
        self.k4_summary.setWordWrap(True)
        self.k4_table = _table(4)
        k4.addWidget(self.k4_summary)
        k4.addWidget(self.k4_table)
        layout.addWidget(self.k4_box)

        self.k3_box = QtWidgets.QGroupBox()
        k3 = QtWidgets.QVBoxLayout(self.k3_box)
        self.k3_note = QtWidgets.QLabel()
        self.k3_note.setWordWrap(True)
        self.k3_note.setStyleSheet("color: #8a6d00;")
        self.k3_table = _table(5)
        k3.addWidget(self.k3_note)
        k3.addWidget(self.k3_table)
        layout.addWidget(self.k3_box)

        self.a2_box = QtWidgets.QGroupBox()
        a2 = QtWidgets.QFormLayout(self.a2_box)
        self.a2_labels = [QtWidgets.QLabel() for _ in range(6)]
        self.a2_values = [QtWidgets.QLabel() for _ in range(6)]
        for label, value in zip(self.a2_labels, self.a2_values, strict=True):
            a2.addRow(label, value)
        layout.addWidget(self.a2_box)

        self.d2_box = QtWidgets.QGroupBox()
        d2 = QtWidgets.QVBoxLayout(self.d2_box)
        self.d2_table = _table(5)
        d2.addWidget(self.d2_table)
        layout.addWidget(self.d2_box)

        # Douyin's late-shipping escalation warnings: what the platform may do tomorrow.
        self.alerts = QtWidgets.QLabel()
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(f"color: {st.STYLES['overdue'].colour}; font-weight: bold;")
        self.alerts.setVisible(False)
        layout.addWidget(self.alerts)

        self.notes = QtWidgets.QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a6d00;")
        layout.addWidget(self.notes)
        layout.addStretch(1)

        self.platform.currentIndexChanged.connect(lambda _: self._controls_changed())
        self.period.currentIndexChanged.connect(lambda _: self._period_changed())
        self.shop.editingFinished.connect(self._controls_changed)
        self.prev_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self._filling = False
        self.retranslate()
        self.show_metrics(None)

    # --- language ---------------------------------------------------------------------------------

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Re-apply texts when the language changes."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_metrics(self.metrics)
        super().changeEvent(event)

    def set_english(self, english: bool) -> None:
        """Labels from the engine in English."""
        self._english = english
        self.show_metrics(self.metrics)

    def retranslate(self) -> None:
        """Apply the current language."""
        self._filling = True
        self.platform_label.setText(self.tr("Platform"))
        self.shop_label.setText(self.tr("Shop"))
        self.shop.setPlaceholderText(self.tr("all shops"))
        current = self.platform.currentData()
        self.platform.clear()
        for p in PLATFORM_IDS:
            self.platform.addItem(platform_label(p), p)
        self.platform.setCurrentIndex(max(0, self.platform.findData(current)))
        period = self.period.currentData() or "week"
        self.period.clear()
        self.period.addItem(self.tr("Week"), "week")
        self.period.addItem(self.tr("Month"), "month")
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.next_button.setToolTip(self.tr("Next period"))
        self.k4_box.setTitle(
            self.tr("K4 high-in-stock waiver (measured over this week, used the next week)")
        )
        self.k3_box.setTitle(self.tr("K3 shop score components"))
        self.k3_note.setText(
            self.tr(
                "Secondary source: these weights come from a 2024 article, not an official "
                "announcement. The score formula is not published."
            )
        )
        self.a2_box.setTitle(self.tr("A2 good-fulfilment penalty refund"))
        for label, text in zip(
            self.a2_labels,
            (
                self.tr("Projected on-time rate"),
                self.tr("Threshold"),
                self.tr("Eligible"),
                self.tr("Penalties deducted"),
                self.tr("Would be refunded"),
                self.tr("Refund date"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.d2_box.setTitle(self.tr("D2 experience-score protection"))
        self.k4_table.setHorizontalHeaderLabels(
            [self.tr("Condition"), self.tr("Value"), self.tr("Threshold"), self.tr("Result")]
        )
        self.k3_table.setHorizontalHeaderLabels(
            [
                self.tr("Component"),
                self.tr("Weight"),
                self.tr("Value"),
                self.tr("Threshold"),
                self.tr("Result"),
            ]
        )
        self.d2_table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Own"),
                self.tr("Industry average"),
                self.tr("Scored as"),
                self.tr("Protected"),
            ]
        )
        self._filling = False
        self._update_period_text()

    # --- scope ------------------------------------------------------------------------------------

    def database_ready(self) -> None:
        """The store is open: metrics can be computed — now if the dashboard is showing, else
        when its tab is first shown (they read every order of the platform: not worth holding
        up the database worker at open for a tab the seller may not look at)."""
        self._ready = True
        if self.isVisible():
            self.refresh()

    def set_scope(self, platform: str, shop: str) -> None:
        """Follow the order table's platform/shop choice (an empty platform keeps the current)."""
        self._filling = True
        if platform:
            self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        self.shop.setText(shop)
        self._filling = False
        if self.isVisible():
            self.refresh()

    def set_as_of(self, as_of: datetime) -> None:
        """Metrics are computed as of this instant."""
        changed = (
            as_of.date() != self._as_of.date() or abs((as_of - self._as_of).total_seconds()) > 3600
        )
        self._as_of = as_of
        self._update_period_text()
        if changed and self.isVisible():
            self.refresh()

    def period_kind(self) -> str:
        """'week' or 'month'."""
        return str(self.period.currentData() or "week")

    def start(self) -> date:
        """First day of the period shown."""
        return period_start(self.period_kind(), self._as_of, self._offset)

    def _period_changed(self) -> None:
        self._offset = 0
        self._controls_changed()

    def _move(self, step: int) -> None:
        self._offset += step
        self._controls_changed()

    def _controls_changed(self) -> None:
        if self._filling:
            return
        self._update_period_text()
        self.refresh()

    def _update_period_text(self) -> None:
        start = self.start()
        if self.period_kind() == "week":
            end = start + timedelta(days=6)
            self.period_text.setText(f"{start:%Y-%m-%d} – {end:%m-%d}")
        else:
            self.period_text.setText(f"{start:%Y-%m}")

    # --- computing --------------------------------------------------------------------------------

    def refresh_if_shown(self) -> None:
        """`refresh` if the dashboard is showing; otherwise it computes when its tab is next
        shown. (Metrics read every order of the platform, which an evaluation or import must not
        set off for a tab nobody is looking at.)"""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute the metrics again (on the session's slow reader, off the table's reads)."""
        if not self._ready or self._session is None:
            return
        self._generation += 1
        generation = self._generation
        platform = str(self.platform.currentData() or "kuaishou")
        kind, start, as_of = self.period_kind(), self.start(), self._as_of
        shop = self.shop.text().strip() or None
        self.state.setText(self.tr("Computing…"))

        def work(conn: Any) -> Any:
            if generation != self._generation:
                return None  # asked again meanwhile: skip this one (seconds at 1M orders)
            return metrics_for(conn, Platform(platform), kind, start, as_of, shop=shop)

        def done(metrics: Any) -> None:
            if generation == self._generation:
                self.state.setText("")
                self.show_metrics(metrics)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.show_metrics(None)
                self.state.setText(
                    exc.render(self._english) if hasattr(exc, "render") else str(exc)
                )

        self._session.read_slow(work, done, failed)

    # --- showing ----------------------------------------------------------------------------------

    def show_metrics(self, m: Any) -> None:
        """Fill every section from a `policies.records.PlatformMetrics` (None = empty)."""
        self.metrics = m
        for box in (self.k4_box, self.k3_box, self.a2_box, self.d2_box):
            box.setVisible(False)
        if m is None:
            for card in (self.card_on_time, self.card_pickup, self.card_orders, self.card_money):
                card.set("", "—", "")
            self.rate_chart.set_data(self.tr("Daily on-time rate"), [])
            self.late_chart.set_data(self.tr("Late or overdue per day"), [])
            self.notes.setText("")
            self.alerts.setText("")
            self.alerts.setVisible(False)
            self._set_card_captions()
            return
        self._set_card_captions()
        rate = m.on_time_rate
        self.card_on_time.set(
            self.tr("On-time shipping rate"),
            pct(rate.value),
            self._rate_detail(rate),
            self._rate_colour(rate),
        )
        pickup = m.pickup_anomaly_rate
        self.card_pickup.set(
            self.tr("Pickup-anomaly rate"),
            pct(pickup.value) if pickup.measurable else self.tr("No data"),
            self._rate_detail(pickup),
            self._rate_colour(pickup),
        )
        self.card_orders.set(
            self.tr("Assessable orders"),
            f"{m.assessable_orders:,}",
            f"{m.period_start:%Y-%m-%d} – {m.period_end:%Y-%m-%d}",
        )
        money_detail = ""
        if m.money_unknown_orders:
            money_detail = self.tr("%1 orders have no amount set (see Settings)").replace(
                "%1", str(m.money_unknown_orders)
            )
        self.card_money.set(
            self.tr("Money at stake"),
            yuan(m.money_at_stake),
            money_detail,
            st.STYLES["overdue"].colour if m.money_at_stake else None,
        )
        threshold = float(rate.threshold) if rate.threshold is not None else None
        self.rate_chart.set_data(
            self.tr("Daily on-time rate"),
            [ChartPoint(d.day, (d.on_time / d.due) if d.due else None) for d in m.daily],
            threshold,
        )
        self.late_chart.set_data(
            self.tr("Late or overdue per day"), [ChartPoint(d.day, float(d.late)) for d in m.daily]
        )
        if m.high_stock_waiver is not None:
            self._show_k4(m.high_stock_waiver)
        if m.shop_score:
            self._show_k3(m.shop_score)
        if m.penalty_refund is not None:
            self._show_a2(m.penalty_refund)
        if m.experience_protection:
            self._show_d2(m.experience_protection)
        alerts = [
            en if self._english else zh
            for zh, en in (alert_note(a) for a in m.late_shipping_alerts or ())
        ]
        self.alerts.setText("\n".join(f"⚠ {a}" for a in alerts))
        self.alerts.setVisible(bool(alerts))
        notes = [n for n in (m.notes_en if self._english else m.notes) if n not in alerts]
        self.notes.setText("\n".join(f"⚠ {n}" for n in notes))

    def _set_card_captions(self) -> None:
        self.card_on_time.caption.setText(self.tr("On-time shipping rate"))
        self.card_pickup.caption.setText(self.tr("Pickup-anomaly rate"))
        self.card_orders.caption.setText(self.tr("Assessable orders"))
        self.card_money.caption.setText(self.tr("Money at stake"))

    def _rate_detail(self, rate: Any) -> str:
        if not rate.measurable:
            return self.tr("No pickup scans in the imported data: cannot be measured")
        if rate.carried_over:
            return self.tr("No assessable orders: the previous window's value carries over")
        text = f"{rate.numerator:,} / {rate.denominator:,}"
        if rate.threshold is not None:
            verdict, _ = _yes_no(rate.meets)
            text += " · " + self.tr("threshold %1 %2").replace(
                "%1", f"{rate.comparison} {pct(rate.threshold, 0)}"
            ).replace("%2", verdict)
        if rate.rules:
            text += " · " + ", ".join(rate.rules)
        return text

    @staticmethod
    def _rate_colour(rate: Any) -> str | None:
        if rate.meets is None:
            return None
        return st.STYLES["on_time"].colour if rate.meets else st.STYLES["overdue"].colour

    def _fill_conditions(self, table: QtWidgets.QTableWidget, conditions: Any) -> None:
        table.setRowCount(len(conditions))
        for r, c in enumerate(conditions):
            verdict, colour = _yes_no(c.met)
            cells = (
                c.label_en if self._english else c.label,
                _cond_text(c.value, c.key),
                f"{c.comparison} {_cond_text(c.threshold, c.key)}",
                verdict,
            )
            for col, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(QtWidgets.QApplication.palette().text())
                    item.setBackground(_tint(colour))
                if c.source:
                    item.setToolTip(f"{c.rule}: {c.source}")
                table.setItem(r, col, item)
        table.resizeColumnsToContents()

    def _show_k4(self, w: Any) -> None:
        self.k4_box.setVisible(True)
        verdict = self.tr("eligible") if w.eligible else self.tr("not eligible")
        text = (
            self.tr("Week of %1: %2 — one waiver for the week of %3.")
            .replace("%1", f"{w.week_start:%Y-%m-%d}")
            .replace("%2", verdict)
            .replace("%3", f"{w.waiver_week_start:%Y-%m-%d}")
        )
        if w.suggested_order:
            text += " " + self.tr("Suggested order to spend it on: %1").replace(
                "%1", w.suggested_order[0]
            )
            reason = w.suggested_reason_en if self._english else w.suggested_reason
            if reason:
                text += f" ({reason})"
        self.k4_summary.setText(text)
        self._fill_conditions(self.k4_table, w.conditions)

    def _show_k3(self, components: Any) -> None:
        self.k3_box.setVisible(True)
        self.k3_table.setRowCount(len(components))
        for r, comp in enumerate(components):
            cond = comp.condition
            verdict, colour = _yes_no(cond.met if cond else None)
            cells = (
                comp.label_en if self._english else comp.label,
                pct(comp.weight, 0),
                pct(comp.value),
                f"{cond.comparison} {pct(cond.threshold, 0)}" if cond else "—",
                verdict,
            )
            for col, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if col == 4:
                    item.setBackground(_tint(colour))
                self.k3_table.setItem(r, col, item)
        self.k3_table.resizeColumnsToContents()

    def _show_a2(self, a2: Any) -> None:
        self.a2_box.setVisible(True)
        eligible, colour = _yes_no(a2.eligible if a2.on_time_rate is not None else None)
        values = (
            pct(a2.on_time_rate),
            f"≥ {pct(a2.threshold, 0)}",
            eligible,
            yuan(a2.deducted_amount)
            + " "
            + self.tr("(%1 penalised orders)").replace("%1", str(a2.penalised_orders)),
            yuan(a2.refund_amount),
            f"{a2.refund_date:%Y-%m-%d}",
        )
        for label, text in zip(self.a2_values, values, strict=True):
            label.setText(text)
        self.a2_values[2].setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _show_d2(self, indicators: Any) -> None:
        self.d2_box.setVisible(True)
        self.d2_table.setRowCount(len(indicators))
        for r, ind in enumerate(indicators):
            arrow = "↑" if ind.higher_is_better else "↓"
            cells = (
                f"{ind.label_en if self._english else ind.label} {arrow}",
                _num(ind.own),
                _num(ind.industry) if ind.industry is not None else self.tr("not entered"),
                _num(ind.protected_value),
                self.tr("yes — scored as the industry average") if ind.protected else self.tr("no"),
            )
            for col, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if col == 4 and ind.protected:
                    item.setBackground(_tint(st.STYLES["exempt"].colour))
                self.d2_table.setItem(r, col, item)
        self.d2_table.resizeColumnsToContents()


def _num(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)


def _tint(colour: str) -> Any:
    from desktop_app.qt import QtGui

    c = QtGui.QColor(colour)
    c.setAlpha(50)
    return QtGui.QBrush(c)
