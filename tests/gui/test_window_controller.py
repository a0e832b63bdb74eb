"""The window's controller without a window: open, counts, the clock, evaluation, turned counts."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from conftest import AS_OF

from desktop_app.gui.order_query import OrderFilter
from desktop_app.gui.session import Session
from desktop_app.gui.window_controller import WindowController
from desktop_app.store.connection import Store


def _controller(store: Store, **kwargs: Any) -> tuple[WindowController, Session]:
    path = store.path
    store.close()
    session = Session(path)
    return WindowController(session, **kwargs), session


def test_open_counts_and_fixed_clock(gui_app, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller, session = _controller(store, fixed_as_of=AS_OF, evaluate_on_open=False)
    applied: list[Any] = []
    controller.asOfApplied.connect(applied.append)
    with qtbot.waitSignal(controller.ready, timeout=30_000):
        controller.open()
    assert controller.is_open and applied == [AS_OF]
    assert controller.as_of() == AS_OF and not controller.follows_clock
    assert not controller.clock_running  # a fixed as-of time: no timers
    session.start_reader()
    with qtbot.waitSignal(controller.countsReady, timeout=30_000) as counts:
        controller.refresh_counts(OrderFilter())
    assert counts.args[0]["all"] == 70 and counts.args[0]["overdue"] == 9
    with qtbot.waitSignal(controller.shopsReady, timeout=30_000) as shops:
        controller.refresh_shops()
    assert shops.args[0]
    controller.set_as_of(None)  # follow the clock: timers run, and it evaluates as of now
    assert controller.follows_clock and controller.clock_running
    with qtbot.waitSignal(controller.evaluated, timeout=60_000) as done:
        pass
    outcome, in_place = done.args
    assert abs(outcome.as_of - controller.as_of()) < timedelta(minutes=1) and not in_place
    assert not controller.evaluating and outcome.evaluated == 70
    controller.stop_clock()
    session.close()


def test_turned_counts_until_seen(gui_app, store: Store) -> None:  # type: ignore[no-untyped-def]
    controller, session = _controller(store, fixed_as_of=AS_OF)
    changes: list[tuple[int, int]] = []
    controller.turnedChanged.connect(lambda: changes.append(controller.turned))
    controller.note_turned(3, 2)
    controller.note_turned(1, 0)
    assert controller.turned == (4, 2)
    controller.mark_seen()
    controller.mark_seen()  # nothing to clear: no second signal
    assert changes == [(3, 2), (4, 2), (0, 0)]
    controller.evaluate()  # not open yet: nothing runs
    assert not controller.evaluating
    session.close()
