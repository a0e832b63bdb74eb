"""Small charts painted with QPainter: daily on-time rate (line) and daily late counts (bars).

No QtCharts and no web view: a few dozen points do not need them, and painting keeps the
installer small. Colours come from the status map (green on time, red late).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.gui import status as st
from desktop_app.qt import Qt, QtCore, QtGui, QtWidgets


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One day: a value (rate 0..1 or a count; None = no data that day)."""

    day: date
    value: float | None


class DailyChart(QtWidgets.QWidget):
    """A line (rates, with an optional threshold) or bars (counts) over the days of a period."""

    def __init__(self, kind: str = "rate", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "rate" or "count"
        self._points: list[ChartPoint] = []
        self._threshold: float | None = None
        self._title = ""
        self.setMinimumSize(320, 170)

    def set_data(
        self, title: str, points: Sequence[ChartPoint], threshold: float | None = None
    ) -> None:
        """Show `points`; `threshold` draws a dashed line (rates only)."""
        self._title = title
        self._points = list(points)
        self._threshold = threshold
        self.update()

    def points(self) -> list[ChartPoint]:
        """The points shown (for tests)."""
        return list(self._points)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Axes, gridlines, the series and the threshold."""
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QtGui.QColor("white"))
        metrics = QtGui.QFontMetrics(self.font())
        text_colour = QtGui.QColor("#333333")
        grid = QtGui.QColor("#e0e0e0")
        painter.setPen(text_colour)
        painter.drawText(
            QtCore.QRectF(8, 4, self.width() - 16, metrics.height() + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._title,
        )
        left, right = metrics.horizontalAdvance("100%") + 14, 10
        top, bottom = metrics.height() + 14, metrics.height() + 10
        plot = QtCore.QRectF(
            left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom)
        )
        values = [p.value for p in self._points if p.value is not None]
        if not self._points:
            painter.setPen(QtGui.QColor("#9e9e9e"))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data for this period"))
            painter.end()
            return
        if self.kind == "rate":
            low: float = min([*values, self._threshold or 1.0, 1.0]) if values else 0.0
            y_min = max(0.0, min(low, 0.9) - 0.05)
            y_max = 1.0
        else:
            # Whole-number gridlines: 4 steps of a round size that cover the largest count.
            largest = max(values) if values else 1.0
            step = max(1, math.ceil(largest / 4))
            y_min, y_max = 0.0, float(step * 4)
        span = (y_max - y_min) or 1.0

        def y_of(v: float) -> float:
            return plot.bottom() - (v - y_min) / span * plot.height()

        # gridlines and labels
        steps = 4
        for i in range(steps + 1):
            v = y_min + span * i / steps
            y = y_of(v)
            painter.setPen(QtGui.QPen(grid, 1))
            painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
            label = f"{v * 100:.0f}%" if self.kind == "rate" else f"{v:.0f}"
            painter.setPen(text_colour)
            painter.drawText(
                QtCore.QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        n = len(self._points)
        slot = plot.width() / n

        def x_of(i: int) -> float:
            return plot.left() + slot * (i + 0.5)

        # x labels: first, last and a few between
        every = max(1, n // 6)
        for i, p in enumerate(self._points):
            if i % every == 0 or i == n - 1:
                painter.setPen(text_colour)
                painter.drawText(
                    QtCore.QRectF(x_of(i) - 30, plot.bottom() + 2, 60, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    p.day.strftime("%m-%d"),
                )
        if self.kind == "count":
            colour = QtGui.QColor(st.STYLES["late"].colour)
            for i, p in enumerate(self._points):
                if p.value:
                    top_y = y_of(p.value)
                    bar = QtCore.QRectF(
                        x_of(i) - slot * 0.35, top_y, slot * 0.7, plot.bottom() - top_y
                    )
                    painter.fillRect(bar, colour)
        else:
            colour = QtGui.QColor(st.STYLES["on_time"].colour)
            if self._threshold is not None:
                pen = QtGui.QPen(QtGui.QColor(st.STYLES["late"].colour), 1.5, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                ty = y_of(self._threshold)
                painter.drawLine(QtCore.QPointF(plot.left(), ty), QtCore.QPointF(plot.right(), ty))
                painter.drawText(
                    QtCore.QRectF(
                        plot.right() - 80, ty - metrics.height() - 1, 80, metrics.height()
                    ),
                    Qt.AlignmentFlag.AlignRight,
                    f"{self._threshold * 100:.0f}%",
                )
            painter.setPen(QtGui.QPen(colour, 2))
            previous: QtCore.QPointF | None = None
            for i, p in enumerate(self._points):
                if p.value is None:
                    previous = None
                    continue
                point = QtCore.QPointF(x_of(i), y_of(p.value))
                if previous is not None:
                    painter.drawLine(previous, point)
                previous = point
            painter.setBrush(colour)
            for i, p in enumerate(self._points):
                if p.value is not None:
                    below = self._threshold is not None and p.value < self._threshold
                    dot = QtGui.QColor(st.STYLES["late"].colour) if below else colour
                    painter.setPen(QtGui.QPen(dot, 1))
                    painter.setBrush(dot)
                    painter.drawEllipse(QtCore.QPointF(x_of(i), y_of(p.value)), 3, 3)
        painter.setPen(QtGui.QPen(QtGui.QColor("#9e9e9e"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.end()
