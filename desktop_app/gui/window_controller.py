"""What the main window does, without the window: opening the database, the clock, evaluation
runs, imports, the demo load and the counts the filter bar shows.

`WindowController` holds the state (the as-of time, whether an evaluation is running, the orders
that turned at risk or overdue since the seller last looked) and runs the work on the session's
worker and reader; it reports through signals and creates no widget, so it can be driven and
tested without a window. `main_window.MainWindow` is the view: it shows what the signals carry.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from desktop_app.chinatime import china_now
from desktop_app.gui import services
from desktop_app.gui.order_query import OrderFilter, status_counts
from desktop_app.gui.session import Session
from desktop_app.qt import QtCore, QtWidgets, Signal

TICK_MS = 30_000
REEVALUATE_MS = 5 * 60_000


def _tr(text: str) -> str:
    """The window's translation of `text` (the progress labels belong to the main window)."""
    return QtCore.QCoreApplication.translate("MainWindow", text)


class WindowController(QtCore.QObject):
    """The main window's state and work over one `Session`.

    `ui_parent` is only handed to the background operations, which show their progress dialogs
    over it; None runs them without a parent (tests).
    """

    opened = Signal(object)  # list[str]: the store's warnings, "中文 / English"
    ready = Signal()  # opened, and the as-of time applied
    openFailed = Signal(object)  # the exception
    asOfApplied = Signal(object)  # datetime: the as-of time now in force (fixed or now)
    clockTicked = Signal(object)  # datetime: now, while following the clock
    evaluationStarted = Signal()
    evaluated = Signal(object, bool)  # services.EvaluationOutcome, updated in place
    evaluationFailed = Signal(object)  # the exception
    evaluationCancelled = Signal()
    turnedChanged = Signal()  # the turned-since-last-look counts changed
    countsReady = Signal(object)  # dict[str, int]: status counts for the current filter
    shopsReady = Signal(object)  # list[str]: every shop with orders
    imported = Signal(object)  # list[services.ImportOutcome]
    importCancelled = Signal()
    demoLoaded = Signal(object)  # services.EvaluationOutcome | None

    def __init__(
        self,
        session: Session,
        *,
        fixed_as_of: datetime | None = None,
        evaluate_on_open: bool = True,
        ui_parent: QtWidgets.QWidget | None = None,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.fixed_as_of = fixed_as_of
        self.evaluate_on_open = evaluate_on_open
        self.ui_parent = ui_parent
        self.is_open = False
        self.evaluating = False
        self.turned = (0, 0)  # (at risk, overdue) since the seller last looked
        self._awaiting_first_page = False
        self._counts_generation = 0
        self.tick_timer = QtCore.QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.reevaluate_timer = QtCore.QTimer(self)
        self.reevaluate_timer.setInterval(REEVALUATE_MS)
        self.reevaluate_timer.timeout.connect(lambda: self.evaluate(quiet=True, in_place=True))

    # --- the database -----------------------------------------------------------------------------

    def open(self) -> None:
        """Open the store on the worker (it may migrate or back up); `opened` or `openFailed`."""
        self.session.op(
            self.ui_parent, lambda store, ctx: self.session.open_in_worker(), self._opened
        ).with_progress(_tr("Opening the database…"), cancellable=False).failure(
            self.openFailed.emit
        ).run_in_background()

    def _opened(self, warnings: list[str]) -> None:
        self.is_open = True
        self._awaiting_first_page = True
        self.opened.emit(warnings)
        self.apply_clock_mode()
        self.ready.emit()

    def first_page_shown(self) -> None:
        """Once the first page is on screen: the full integrity check and the day's backup, and
        the re-evaluation as of now, in the background (they read or write every order)."""
        if not self._awaiting_first_page:
            return
        self._awaiting_first_page = False
        self.session.start_maintenance()
        if self.evaluate_on_open:
            # Stored verdicts were made at some earlier instant: bring them to this as-of time.
            self.evaluate(quiet=True)

    def stop_clock(self) -> None:
        """Stop the countdown and re-evaluation timers (before a restore, on damage, on close)."""
        self.tick_timer.stop()
        self.reevaluate_timer.stop()

    # --- the clock --------------------------------------------------------------------------------

    def as_of(self) -> datetime:
        """The instant verdicts and countdowns are for."""
        return self.fixed_as_of if self.fixed_as_of is not None else china_now()

    @property
    def follows_clock(self) -> bool:
        """True while the as-of time is "now"."""
        return self.fixed_as_of is None

    @property
    def clock_running(self) -> bool:
        """True while the countdowns move with the clock."""
        return self.tick_timer.isActive()

    def set_as_of(self, value: datetime | None) -> None:
        """Fix the as-of time (None: follow the clock) and evaluate as of it."""
        self.fixed_as_of = value
        self.apply_clock_mode()
        self.evaluate(quiet=True)

    def apply_clock_mode(self) -> None:
        """Announce the as-of time in force; run the timers only while following the clock."""
        self.asOfApplied.emit(self.as_of())
        if self.follows_clock:
            self.tick_timer.start()
            self.reevaluate_timer.start()
        else:
            self.stop_clock()

    def tick(self) -> None:
        """Move the countdowns to now."""
        self.clockTicked.emit(china_now())

    # --- evaluation -------------------------------------------------------------------------------

    def evaluate(self, quiet: bool = False, in_place: bool = False) -> None:
        """Re-evaluate every order as of the current as-of time (in the background).

        `quiet`: no progress dialog (automatic runs). `in_place`: the view updates the loaded
        rows where they are instead of re-querying (the clock-driven run).
        """
        if self.evaluating or not self.is_open:
            return
        self.evaluating = True
        self.evaluationStarted.emit()
        as_of = self.as_of()
        op = self.session.op(
            self.ui_parent,
            lambda store, ctx: services.evaluate(store, as_of, ctx),
            lambda outcome: self._evaluated(outcome, in_place),
        )
        op.failure(self._evaluation_failed).on_cancelled(self._evaluation_cancelled)
        if not quiet:
            op.with_progress(_tr("Evaluating orders…"))
        op.run_in_background()

    def _evaluated(self, outcome: services.EvaluationOutcome, in_place: bool) -> None:
        self.evaluating = False
        self.evaluated.emit(outcome, in_place)

    def _evaluation_failed(self, exc: BaseException) -> None:
        self.evaluating = False
        self.evaluationFailed.emit(exc)

    def _evaluation_cancelled(self) -> None:
        self.evaluating = False
        self.evaluationCancelled.emit()

    def count_turned(self, outcome: services.EvaluationOutcome, seen: bool) -> None:
        """After a run: reset the count when the seller is looking (`seen`), else add to it."""
        if seen:
            self.turned = (0, 0)
        else:
            self.turned = (
                self.turned[0] + outcome.turned_at_risk,
                self.turned[1] + outcome.turned_overdue,
            )
        self.turnedChanged.emit()

    def note_turned(self, at_risk: int, overdue: int) -> None:
        """Add orders that turned at risk / overdue to the count (until `mark_seen`)."""
        self.turned = (self.turned[0] + at_risk, self.turned[1] + overdue)
        self.turnedChanged.emit()

    def mark_seen(self) -> None:
        """The seller looked: clear the turned-since-last-look count."""
        if self.turned != (0, 0):
            self.turned = (0, 0)
            self.turnedChanged.emit()

    # --- counts and shops -------------------------------------------------------------------------

    def refresh_counts(self, flt: OrderFilter) -> None:
        """Count the orders per status for `flt` on the reader; `countsReady` unless a newer
        request came meanwhile."""
        self._counts_generation += 1
        generation = self._counts_generation

        def done(counts: dict[str, int]) -> None:
            if generation == self._counts_generation:
                self.countsReady.emit(counts)

        self.session.read(
            lambda conn: status_counts(conn, flt),
            done,
            stale=lambda: generation != self._counts_generation,
        )

    def refresh_shops(self) -> None:
        """Every shop with orders, on the reader; `shopsReady`."""

        def job(conn: sqlite3.Connection) -> list[str]:
            return [r[0] for r in conn.execute("SELECT DISTINCT shop FROM orders ORDER BY shop")]

        self.session.read(job, self.shopsReady.emit)

    # --- imports and the demo ---------------------------------------------------------------------

    def import_plans(self, plans: list[Any]) -> None:
        """Import the confirmed plans in one background run, each then evaluated."""
        as_of = self.as_of()

        def work(store: Any, ctx: Any) -> list[services.ImportOutcome]:
            outcomes = []
            for plan in plans:
                ctx.check_cancelled()
                outcomes.append(services.run_import(store, plan, as_of, ctx))
            return outcomes

        self.session.op(self.ui_parent, work, self.imported.emit).with_progress(
            _tr("Importing and evaluating…")
        ).on_cancelled(self.importCancelled.emit).run_in_background()

    def load_demo(self, spec: services.DemoSpec) -> None:
        """Import the bundled demo exports into this (temporary) database and evaluate."""
        self.session.op(
            self.ui_parent,
            lambda store, ctx: services.load_demo(store, spec, ctx),
            self.demoLoaded.emit,
        ).with_progress(_tr("Loading the demo data…")).run_in_background()
