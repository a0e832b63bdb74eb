"""What the order table says when it has no rows: how to import the first export (an empty
database), that the filter matches nothing, or — when finding the rows takes a while (a search by
name over many orders) — that it is still looking; instead of a blank white area."""

from __future__ import annotations

from desktop_app.qt import QtCore, QtWidgets

Qt = QtCore.Qt

EMPTY_DATABASE = "empty"
NO_MATCH = "no_match"
LOOKING = "looking"  # still reading the first rows of a slow listing
LOOKING_BY_TEXT = "looking_text"  # … of a search by name or product, which reads every order


class EmptyHint(QtWidgets.QLabel):
    """A centred message over a table's viewport, shown only while the table has no rows.

    `importRequested` is emitted by its "import" link, `showAllRequested` by its "show all" link.
    """

    importRequested = QtCore.Signal()
    showAllRequested = QtCore.Signal()

    def __init__(self, view: QtWidgets.QAbstractScrollArea) -> None:
        super().__init__(view.viewport())
        self._viewport = view.viewport()
        self.kind = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setStyleSheet("color: #555; font-size: 14px;")
        self.linkActivated.connect(self._link)
        self._viewport.installEventFilter(self)
        self.hide()

    def show_for(self, kind: str) -> None:
        """Show the message for `kind` (EMPTY_DATABASE / NO_MATCH / LOOKING / LOOKING_BY_TEXT), or
        hide it ('')."""
        if kind == self.kind and (not kind or self.isVisible()):
            return
        self.kind = kind
        if not kind:
            self.hide()
            return
        self.retranslate()
        self._place()
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        """The message in the current UI language."""
        if self.kind == EMPTY_DATABASE:
            self.setText(
                "<p><b>"
                + self.tr("No orders yet.")
                + "</b></p><p>"
                + self.tr(
                    "Drag the order sheets exported from the 快手小店 / 抖店 / 速卖通 back-end "
                    "(Excel or CSV) onto this window, or %1."
                ).replace("%1", '<a href="import">' + self.tr("import them") + "</a>")
                + "</p><p>"
                + self.tr("Product and logistics sheets are imported the same way.")
                + "</p>"
            )
        elif self.kind in (LOOKING, LOOKING_BY_TEXT):
            text = "<p><b>" + self.tr("Looking for the orders…") + "</b></p>"
            if self.kind == LOOKING_BY_TEXT:
                text += (
                    "<p>"
                    + self.tr(
                        "A search by receiver or product reads every stored order: on a large "
                        "database this takes a few seconds. Keep typing or change the filter at "
                        "any time — the search follows."
                    )
                    + "</p>"
                )
            self.setText(text)
        elif self.kind == NO_MATCH:
            self.setText(
                "<p><b>"
                + self.tr("No orders match this filter.")
                + "</b></p><p>"
                + '<a href="all">'
                + self.tr("Show all orders")
                + "</a></p>"
            )

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Stay centred when the table is resized."""
        if obj is self._viewport and event.type() == QtCore.QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self._viewport.rect()
        width = min(560, max(200, area.width() - 40))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(area.center().x() - width // 2, max(20, area.height() // 3 - self.height() // 2))

    def _link(self, target: str) -> None:
        if target == "import":
            self.importRequested.emit()
        elif target == "all":
            self.showAllRequested.emit()
