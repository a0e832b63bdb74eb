"""The one status → colour / icon / text map, and the countdown wording.

Every view (table, chips, detail panel, dashboard) asks this module how to show a status, so red
always means late or overdue. Colour is never the only signal: each status also has its own icon
shape and a word, for colour-blind sellers and for black-and-white printouts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from desktop_app.gui.language import ui_english
from desktop_app.qt import Qt, QtCore, QtGui
from policies.statuses import NOT_EVALUATED, STATUSES, flag_name, status_name


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """How one status looks: strong colour (icon, text), light tint (row background), icon shape."""

    key: str
    colour: str
    tint: str
    shape: str  # circle | square | triangle | diamond | ring
    glyph: str  # one character drawn inside the shape

    def label(self) -> str:
        """The status word in the current UI language."""
        return status_label(self.key)


# Filter chips are shown in STATUS_ORDER; "false_shipping" is a flag, not a status.
FLAG_FALSE_SHIPPING = "false_shipping"
UNEVALUATED = ""

STYLES: dict[str, StatusStyle] = {
    "overdue": StatusStyle("overdue", "#c62828", "#fde4e4", "circle", "!"),
    "late": StatusStyle("late", "#d84315", "#fdebe2", "square", "L"),
    "at_risk": StatusStyle("at_risk", "#c77800", "#fff3d6", "triangle", "!"),
    "pending": StatusStyle("pending", "#546e7a", "#ffffff", "ring", ""),
    "on_time": StatusStyle("on_time", "#2e7d32", "#e6f4e7", "circle", "✓"),
    "exempt": StatusStyle("exempt", "#1565c0", "#e3eefb", "diamond", "E"),
    "excluded": StatusStyle("excluded", "#757575", "#f0f0f0", "square", "–"),
    FLAG_FALSE_SHIPPING: StatusStyle(FLAG_FALSE_SHIPPING, "#6a1b9a", "#f1e4f7", "diamond", "?"),
    UNEVALUATED: StatusStyle(UNEVALUATED, "#9e9e9e", "#ffffff", "ring", "?"),
}


def style_for(status: str | None) -> StatusStyle:
    """The style of a `policies.records.Status` value or a flag (None = not evaluated)."""
    return STYLES.get(status or UNEVALUATED, STYLES[UNEVALUATED])


def status_label(status: str | None) -> str:
    """The word for a status or flag in the current UI language."""
    english = ui_english()
    if not status:
        return NOT_EVALUATED[1] if english else NOT_EVALUATED[0]
    if status in STATUSES:
        return status_name(status, english)
    return flag_name(status, english)  # a flag this build does not know: its key


@cache
def _icon_cached(key: str, size: int) -> QtGui.QIcon:
    style = style_for(key)
    ratio = 2
    pixmap = QtGui.QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    colour = QtGui.QColor(style.colour)
    rect = QtCore.QRectF(1.5, 1.5, size - 3, size - 3)
    painter.setPen(QtGui.QPen(colour, 1.5))
    painter.setBrush(colour if style.shape != "ring" else Qt.GlobalColor.transparent)
    if style.shape in ("circle", "ring"):
        painter.drawEllipse(rect)
    elif style.shape == "square":
        painter.drawRoundedRect(rect, 2, 2)
    elif style.shape == "triangle":
        painter.drawPolygon(
            QtGui.QPolygonF(
                [
                    QtCore.QPointF(rect.center().x(), rect.top()),
                    QtCore.QPointF(rect.right(), rect.bottom()),
                    QtCore.QPointF(rect.left(), rect.bottom()),
                ]
            )
        )
    elif style.shape == "diamond":
        c = rect.center()
        painter.drawPolygon(
            QtGui.QPolygonF(
                [
                    QtCore.QPointF(c.x(), rect.top()),
                    QtCore.QPointF(rect.right(), c.y()),
                    QtCore.QPointF(c.x(), rect.bottom()),
                    QtCore.QPointF(rect.left(), c.y()),
                ]
            )
        )
    if style.glyph:
        font = QtGui.QFont()
        font.setBold(True)
        font.setPixelSize(max(7, int(size * 0.62)))
        painter.setFont(font)
        painter.setPen(QtGui.QColor("white") if style.shape != "ring" else colour)
        glyph_rect = QtCore.QRectF(rect)
        if style.shape == "triangle":
            glyph_rect.adjust(0, size * 0.18, 0, 0)
        painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, style.glyph)
    painter.end()
    return QtGui.QIcon(pixmap)


def status_icon(status: str | None, size: int = 16) -> QtGui.QIcon:
    """A small painted icon whose shape differs per status (not only its colour)."""
    return _icon_cached(status or UNEVALUATED, size)


# --- countdown wording ----------------------------------------------------------------------------


def _span(seconds: int) -> str:
    """A duration as 'X天Y小时' / 'X小时Y分' / 'Y分' (or English equivalents)."""
    minutes_total = max(0, seconds) // 60
    days, rem = divmod(minutes_total, 24 * 60)
    hours, minutes = divmod(rem, 60)
    if days:
        if hours:
            return (
                QtCore.QCoreApplication.translate("Status", "%1 d %2 h")
                .replace("%1", str(days))
                .replace("%2", str(hours))
            )
        return QtCore.QCoreApplication.translate("Status", "%1 d").replace("%1", str(days))
    if hours:
        if minutes:
            return (
                QtCore.QCoreApplication.translate("Status", "%1 h %2 min")
                .replace("%1", str(hours))
                .replace("%2", str(minutes))
            )
        return QtCore.QCoreApplication.translate("Status", "%1 h").replace("%1", str(hours))
    return QtCore.QCoreApplication.translate("Status", "%1 min").replace("%1", str(minutes))


def countdown_text(
    status: str | None,
    deadline: datetime | None,
    shipped_at: datetime | None,
    as_of: datetime,
) -> str:
    """'还剩 3小时12分' before the deadline, '已超时 5小时' past it, '晚发 2小时' if late."""
    if deadline is None:
        return ""
    if status in ("on_time", "exempt", "excluded"):
        return ""
    if status == "late" and shipped_at is not None:
        late_by = int((shipped_at - deadline).total_seconds())
        return QtCore.QCoreApplication.translate("Status", "shipped %1 late").replace(
            "%1", _span(late_by)
        )
    if shipped_at is not None:
        return ""
    delta = int((deadline - as_of).total_seconds())
    if delta >= 0:
        return QtCore.QCoreApplication.translate("Status", "%1 left").replace("%1", _span(delta))
    return QtCore.QCoreApplication.translate("Status", "overdue by %1").replace("%1", _span(-delta))


def countdown_seconds(deadline: datetime | None, as_of: datetime) -> int | None:
    """Seconds from `as_of` to `deadline` (negative once past), or None without a deadline."""
    if deadline is None:
        return None
    return int((deadline - as_of).total_seconds())
