"""The panel beside the order table: timeline, verdict with its full trace, raw row, actions.

Reads go through the session's reader (one job per selected order); the seller's actions (appeal
mark, note, attachments) are written by background ops. Texts are re-applied on LanguageChange.
"""

from __future__ import annotations

import html
from pathlib import Path

from desktop_app.gui import engine_text, services
from desktop_app.gui import status as st
from desktop_app.gui.detail_data import (
    OrderDetail,
    OrderKey,
    load_order_detail,
    timeline,
)
from desktop_app.gui.order_model import money_text, platform_label
from desktop_app.gui.session import Session
from desktop_app.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from policies.explain import GENERAL_RULE, rule_name
from policies.records import TraceStep


def _event_label(name: str) -> str:
    labels = {
        "paid_at": QtCore.QCoreApplication.translate("DetailPanel", "Paid"),
        "deadline": QtCore.QCoreApplication.translate("DetailPanel", "Promised"),
        "shipped_at": QtCore.QCoreApplication.translate("DetailPanel", "Shipped"),
        "picked_up_at": QtCore.QCoreApplication.translate("DetailPanel", "Picked up"),
        "online_at": QtCore.QCoreApplication.translate("DetailPanel", "Online scan"),
        "warehouse_at": QtCore.QCoreApplication.translate("DetailPanel", "At warehouse"),
    }
    return labels.get(name, name)


class TimelineWidget(QtWidgets.QWidget):
    """paid → promised → shipped → picked up / online / arrived, painted as a line of nodes."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[tuple[str, str | None]] = []
        self._status = ""
        self.setMinimumHeight(78)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )

    def set_events(self, events: list[tuple[str, str | None]], status: str) -> None:
        """Show these events; the deadline node takes the status colour."""
        self._events = events
        self._status = status
        self.update()

    def events(self) -> list[tuple[str, str | None]]:
        """The events shown (for tests)."""
        return list(self._events)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Nodes evenly spaced; filled when the event happened, hollow when it has not."""
        if not self._events:
            return
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        n = len(self._events)
        margin = 46
        width = max(1, self.width() - 2 * margin)
        y = 34
        step = width / max(1, n - 1)
        grey = QtGui.QColor("#9e9e9e")
        painter.setPen(QtGui.QPen(grey, 2))
        painter.drawLine(QtCore.QPointF(margin, y), QtCore.QPointF(margin + width, y))
        small = QtGui.QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        metrics = QtGui.QFontMetrics(small)
        for i, (name, value) in enumerate(self._events):
            x = margin + i * step if n > 1 else margin + width / 2
            colour = QtGui.QColor("#1565c0")
            if name == "deadline":
                colour = QtGui.QColor(st.style_for(self._status).colour)
            if value is None:
                painter.setPen(QtGui.QPen(grey, 2))
                painter.setBrush(QtGui.QColor("white"))
            else:
                painter.setPen(QtGui.QPen(colour, 2))
                painter.setBrush(colour)
            painter.drawEllipse(QtCore.QPointF(x, y), 6, 6)
            painter.setFont(small)
            painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
            label = _event_label(name)
            painter.drawText(
                QtCore.QRectF(x - step / 2, 4, step, metrics.height() + 2),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(step) - 2),
            )
            text = "—" if value is None else value[5:16]
            painter.setPen(grey if value is None else colour.darker(120))
            painter.drawText(
                QtCore.QRectF(x - step / 2, y + 10, step, metrics.height() + 2),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(step) - 2),
            )
        painter.end()


def _table(columns: int) -> QtWidgets.QTableWidget:
    table = QtWidgets.QTableWidget(0, columns)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    return table


class DetailPanel(QtWidgets.QScrollArea):
    """Shows one order; lets the seller mark it for appeal, note it and attach evidence."""

    changed = Signal(object)  # OrderKey whose marks/notes/attachments changed

    def __init__(self, session: Session | None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._detail: OrderDetail | None = None
        self._key: OrderKey | None = None
        self._english = False
        self._loading_generation = 0
        self.setWidgetResizable(True)
        self.setMinimumWidth(360)
        self.setAcceptDrops(True)
        body = QtWidgets.QWidget()
        self.setWidget(body)
        layout = QtWidgets.QVBoxLayout(body)

        self.title = QtWidgets.QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QtWidgets.QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head = QtWidgets.QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        layout.addLayout(head)
        self.placeholder = QtWidgets.QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.placeholder)

        self.timeline = TimelineWidget()
        layout.addWidget(self.timeline)

        self.verdict_box = QtWidgets.QGroupBox()
        form = QtWidgets.QFormLayout(self.verdict_box)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.f_status = QtWidgets.QLabel()
        self.f_deadline = QtWidgets.QLabel()
        self.f_rules = QtWidgets.QLabel()
        self.f_reasons = QtWidgets.QLabel()
        self.f_money = QtWidgets.QLabel()
        self.f_appeal = QtWidgets.QLabel()
        self.f_asof = QtWidgets.QLabel()
        self._form_labels: list[QtWidgets.QLabel] = []
        for field_widget in (
            self.f_status,
            self.f_deadline,
            self.f_rules,
            self.f_reasons,
            self.f_money,
            self.f_appeal,
            self.f_asof,
        ):
            field_widget.setWordWrap(True)
            field_widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QtWidgets.QLabel()
            self._form_labels.append(label)
            form.addRow(label, field_widget)
        layout.addWidget(self.verdict_box)

        self.trace_box = QtWidgets.QGroupBox()
        trace_layout = QtWidgets.QVBoxLayout(self.trace_box)
        self.trace = QtWidgets.QLabel()
        self.trace.setWordWrap(True)
        self.trace.setTextFormat(Qt.TextFormat.RichText)
        self.trace.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trace.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        trace_layout.addWidget(self.trace)
        layout.addWidget(self.trace_box)

        self.actions_box = QtWidgets.QGroupBox()
        actions = QtWidgets.QVBoxLayout(self.actions_box)
        self.appeal_check = QtWidgets.QCheckBox()
        self.appeal_check.toggled.connect(self._appeal_toggled)
        actions.addWidget(self.appeal_check)
        self.note_edit = QtWidgets.QPlainTextEdit()
        self.note_edit.setMaximumHeight(80)
        actions.addWidget(self.note_edit)
        note_row = QtWidgets.QHBoxLayout()
        self.note_state = QtWidgets.QLabel()
        self.save_note_button = QtWidgets.QPushButton()
        self.save_note_button.clicked.connect(self._save_note)
        note_row.addWidget(self.note_state, 1)
        note_row.addWidget(self.save_note_button)
        actions.addLayout(note_row)
        self.attachments = QtWidgets.QListWidget()
        self.attachments.setMaximumHeight(90)
        actions.addWidget(self.attachments)
        att_row = QtWidgets.QHBoxLayout()
        self.attach_button = QtWidgets.QPushButton()
        self.attach_button.clicked.connect(self._attach)
        self.save_att_button = QtWidgets.QPushButton()
        self.save_att_button.clicked.connect(self._save_attachment)
        self.remove_att_button = QtWidgets.QPushButton()
        self.remove_att_button.clicked.connect(self._remove_attachment)
        att_row.addWidget(self.attach_button)
        att_row.addWidget(self.save_att_button)
        att_row.addWidget(self.remove_att_button)
        att_row.addStretch(1)
        actions.addLayout(att_row)
        layout.addWidget(self.actions_box)

        self.raw_box = QtWidgets.QGroupBox()
        raw_layout = QtWidgets.QVBoxLayout(self.raw_box)
        self.raw = _table(2)
        raw_layout.addWidget(self.raw)
        layout.addWidget(self.raw_box)
        layout.addStretch(1)
        self.retranslate()
        self.show_detail(None)

    # --- language ---------------------------------------------------------------------------------

    def set_english(self, english: bool) -> None:
        """Show reasons and trace in English."""
        self._english = english
        self.show_detail(self._detail)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Re-apply texts when the language changes."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_detail(self._detail)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Apply the current language to every fixed text."""
        self.verdict_box.setTitle(self.tr("Verdict"))
        self.trace_box.setTitle(self.tr("How it was decided"))
        self.actions_box.setTitle(self.tr("Appeal and evidence"))
        self.raw_box.setTitle(self.tr("Row as exported"))
        for label, text in zip(
            self._form_labels,
            (
                self.tr("Status"),
                self.tr("Deadline"),
                self.tr("Rules"),
                self.tr("Reasons"),
                self.tr("Money at stake"),
                self.tr("Appeal candidate"),
                self.tr("Evaluated as of"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.raw.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Value")])
        self.appeal_check.setText(self.tr("Mark as appeal / pre-report candidate"))
        self.note_edit.setPlaceholderText(self.tr("Note for this order (kept with the order)"))
        self.save_note_button.setText(self.tr("Save note"))
        self.attach_button.setText(self.tr("Attach evidence…"))
        self.save_att_button.setText(self.tr("Save a copy…"))
        self.remove_att_button.setText(self.tr("Remove"))
        self.placeholder.setText(self.tr("Select an order to see its timeline and verdict."))
        self.attachments.setToolTip(self.tr("Drop files here to attach them to this order"))

    # --- loading ----------------------------------------------------------------------------------

    @property
    def key(self) -> OrderKey | None:
        """The order shown."""
        return self._key

    @property
    def detail(self) -> OrderDetail | None:
        """What is shown (for tests)."""
        return self._detail

    def load(self, key: OrderKey | None) -> None:
        """Show the order `key` (read on the reader thread)."""
        self._key = key
        self._loading_generation += 1
        if key is None or self._session is None:
            self.show_detail(None)
            return
        generation = self._loading_generation
        self._session.read(
            lambda conn: load_order_detail(conn, key),
            lambda detail: self._loaded(generation, detail),
            # Arrowing down the table asks for one order after another: only the last is read.
            stale=lambda: generation != self._loading_generation,
        )

    def reload(self) -> None:
        """Read the shown order again (after an evaluation or an action)."""
        self.load(self._key)

    def _loaded(self, generation: int, detail: OrderDetail | None) -> None:
        if generation == self._loading_generation:
            self.show_detail(detail)

    def show_detail(self, detail: OrderDetail | None) -> None:
        """Fill every section from `detail` (None: the empty state)."""
        self._detail = detail
        has = detail is not None
        for widget in (self.timeline, self.verdict_box, self.trace_box, self.actions_box):
            widget.setVisible(has)
        self.raw_box.setVisible(has)
        self.placeholder.setVisible(not has)
        self.badge.setVisible(has)
        if detail is None:
            self.title.setText(self.tr("Order details"))
            return
        order = detail.order
        platform, order_id, sub = detail.key
        title = self.tr("Order %1").replace("%1", order_id)
        if sub and sub != order_id:
            title += " / " + sub
        title += f" · {platform_label(platform)}"
        if order.get("shop"):
            title += f" · {order['shop']}"
        self.title.setText(title)
        product = order.get("product_name") or ""
        self.title.setToolTip(product)
        verdict = detail.verdict
        status = verdict.status if verdict else ""
        style = st.style_for(status)
        self.badge.setText(" " + st.status_label(status) + " ")
        self.badge.setStyleSheet(
            f"QLabel {{ background: {style.colour}; color: white; border-radius: 4px;"
            " padding: 3px 8px; font-weight: bold; }"
        )
        self.timeline.set_events(timeline(detail), status)
        if verdict is None:
            self.f_status.setText(self.tr("Not evaluated yet"))
            for f in (self.f_deadline, self.f_rules, self.f_reasons, self.f_money, self.f_appeal):
                f.setText("—")
            self.f_asof.setText("—")
            self.trace.setText("")
        else:
            flags = ", ".join(st.status_label(f) for f in verdict.flags)
            self.f_status.setText(st.status_label(status) + (f" · {flags}" if flags else ""))
            self.f_status.setStyleSheet(f"color: {style.colour}; font-weight: bold;")
            deadline = verdict.deadline or "—"
            if verdict.deadline_basis:
                deadline += (
                    f" ({verdict.deadline_basis_en or verdict.deadline_basis})"
                    if self._english
                    else f"（{verdict.deadline_basis}）"
                )
            self.f_deadline.setText(deadline)
            judged = verdict.announcements_en if self._english else verdict.announcements
            names = ", ".join(rule_name(r, self._english) for r in verdict.rules) or "—"
            self.f_rules.setText("\n".join([names, *judged]))
            reasons = (
                verdict.reasons_en if self._english and verdict.reasons_en else verdict.reasons
            )
            self.f_reasons.setText("\n".join(f"• {r}" for r in reasons) or "—")
            self.f_money.setText(money_text(verdict.compensation_fen))
            appeal_reason = (
                verdict.appeal_reason_en
                if self._english and verdict.appeal_reason_en
                else verdict.appeal_reason
            )
            if verdict.appeal_candidate:
                self.f_appeal.setText(
                    self.tr("Yes") + (f" — {appeal_reason}" if appeal_reason else "")
                )
            else:
                self.f_appeal.setText(self.tr("No"))
            self.f_asof.setText(verdict.as_of)
            self.trace.setText(self._trace_html(verdict.trace))
        self.raw.setRowCount(len(detail.raw) + len(detail.logistics_raw))
        for r, (header, value) in enumerate([*detail.raw, *detail.logistics_raw]):
            self.raw.setItem(r, 0, QtWidgets.QTableWidgetItem(header))
            self.raw.setItem(r, 1, QtWidgets.QTableWidgetItem(value))
        self.raw.resizeColumnToContents(0)
        self.raw.resizeRowsToContents()
        self.appeal_check.blockSignals(True)
        self.appeal_check.setChecked(detail.appeal_mark)
        self.appeal_check.blockSignals(False)
        if self.note_edit.toPlainText() != detail.note:
            self.note_edit.setPlainText(detail.note)
        self.note_state.setText("")
        self.attachments.clear()
        for att in detail.attachments:
            list_item = QtWidgets.QListWidgetItem(
                f"{att.file_name}  ({_size_text(att.size_bytes)}, {att.added_at[:16]})"
            )
            list_item.setData(Qt.ItemDataRole.UserRole, att.id)
            list_item.setToolTip(f"SHA-256 {att.sha256}")
            self.attachments.addItem(list_item)

    def _trace_html(self, trace: list[TraceStep]) -> str:
        """One paragraph per step: rule and clause, what happened, parameter = value (source)."""
        parts = []
        for step in trace:
            text = step.text_en if self._english and step.text_en else step.text
            clause = step.clause_en if self._english and step.clause_en else step.clause
            rule = GENERAL_RULE.get(step.rule, (step.rule, step.rule))[1 if self._english else 0]
            line = (
                f"<b>{html.escape(rule)}</b>"
                f" <span style='color:#666'>{html.escape(clause)}</span><br>"
                f"{html.escape(text)}"
            )
            if step.parameter or step.value:
                param = (
                    self.tr("Parameter %1 = %2")
                    .replace(
                        "%1",
                        html.escape(
                            (step.label_en if self._english else step.label) or step.parameter
                        ),
                    )
                    .replace(
                        "%2",
                        f"<b>{html.escape(engine_text.parameter_value(step.value, self._english))}"
                        "</b>",
                    )
                )
                line += f"<br><span style='color:#444'>{param}</span>"
            shown_source = step.source_en if self._english and step.source_en else step.source
            if shown_source:
                source = self.tr("Source: %1").replace("%1", html.escape(shown_source))
                line += f"<br><span style='color:#666'>{source}</span>"
            parts.append(f"<p style='margin-bottom:6px'>{line}</p>")
        return "".join(parts) or self.tr("No explanation was stored with this verdict.")

    # --- actions ----------------------------------------------------------------------------------

    def _appeal_toggled(self, checked: bool) -> None:
        key = self._key
        if key is None or self._session is None:
            return
        self._session.op(
            self, lambda store, ctx: services.set_appeal_mark(store, key, checked), self._saved
        ).run_in_background()

    def _save_note(self) -> None:
        key = self._key
        if key is None or self._session is None:
            return
        text = self.note_edit.toPlainText()
        self._session.op(
            self, lambda store, ctx: services.save_note(store, key, text), self._note_saved
        ).run_in_background()

    def _note_saved(self, _: object) -> None:
        self.note_state.setText(self.tr("Note saved."))
        self._saved(None)

    def _saved(self, _: object) -> None:
        if self._key is not None:
            self.changed.emit(self._key)
        self.reload()

    def _attach(self) -> None:
        key = self._key
        if key is None or self._session is None:
            return
        from desktop_app.gui.app import preferences

        prefs = preferences()
        start = str(prefs.value("last_evidence_folder", str(Path.home())))
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self, self.tr("Attach evidence files"), start
        )
        if names:
            self.attach_paths([Path(n) for n in names])
            prefs.setValue("last_evidence_folder", str(Path(names[0]).parent))

    def attach_paths(self, paths: list[Path]) -> None:
        """Attach `paths` to the shown order (in the background)."""
        key = self._key
        if key is None or self._session is None:
            return
        self._session.op(
            self, lambda store, ctx: services.add_attachments(store, key, paths, ctx), self._saved
        ).with_progress(self.tr("Attaching files…")).run_in_background()

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        """Files dropped on a shown order become its evidence (elsewhere they are imported)."""
        if self._key is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        """Attach the dropped files to the shown order."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if p.is_file()]
        if paths and self._key is not None:
            event.acceptProposedAction()
            self.attach_paths(paths)

    def _selected_attachment(self) -> int | None:
        item = self.attachments.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _save_attachment(self) -> None:
        att_id = self._selected_attachment()
        if att_id is None or self._session is None or self._detail is None:
            return
        name = next((a.file_name for a in self._detail.attachments if a.id == att_id), "evidence")
        target, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save attachment as"), str(Path.home() / name)
        )
        if target:
            self._session.op(
                self,
                lambda store, ctx: services.export_attachment(store, att_id, Path(target)),
                lambda _: None,
            ).run_in_background()

    def _remove_attachment(self) -> None:
        att_id = self._selected_attachment()
        if att_id is None or self._session is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self, "ShipCheck", self.tr("Remove this attachment from the order?")
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self._session.op(
                self, lambda store, ctx: services.remove_attachment(store, att_id), self._saved
            ).run_in_background()


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


__all__ = ["DetailPanel", "TimelineWidget"]
