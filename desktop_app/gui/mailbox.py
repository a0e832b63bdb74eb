"""Answers from worker threads, handed to the GUI thread without the workers touching Qt.

A worker thread that emits a queued Qt signal carrying Python objects holds Qt's signal-slot lock
while it waits for the GIL to copy its arguments; if the GUI thread, holding the GIL, connects or
emits a signal at that moment, it waits for that lock and neither thread moves (the classic PySide
deadlock — seen here as a rare hang of the GUI tests). So workers only `post()` a callable on a
plain `queue.SimpleQueue`, and a timer on the GUI thread drains it while answers are outstanding.
The timer runs only between `expect()` and the matching final post, so an idle window does not
wake up.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

from desktop_app.qt import QtCore

POLL_MS = 8  # latency of an answer; nothing a person can see

_Item = tuple[Callable[..., None], tuple[Any, ...], bool]


class Mailbox:
    """A queue of `(callback, args)` drained on the thread that made the mailbox (the GUI's)."""

    def __init__(self) -> None:
        self._items: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self._outstanding = 0
        self._timer: QtCore.QTimer | None = None

    def expect(self) -> None:
        """GUI thread: one more final answer will be posted; keep draining until it arrives."""
        self._outstanding += 1
        if self._timer is None:
            self._timer = QtCore.QTimer()
            self._timer.setInterval(POLL_MS)
            self._timer.timeout.connect(self.drain)
        if not self._timer.isActive():
            self._timer.start()

    def post(self, callback: Callable[..., None], *args: Any, final: bool = True) -> None:
        """Any thread: run `callback(*args)` on the GUI thread soon. Pure Python, no Qt."""
        self._items.put((callback, args, final))

    def drain(self) -> None:
        """GUI thread: run what has been posted so far; stop the timer when nothing is owed."""
        while True:
            try:
                callback, args, final = self._items.get_nowait()
            except queue.Empty:
                break
            if final:
                self._outstanding -= 1
            callback(*args)
        if self._outstanding <= 0 and self._timer is not None:
            self._outstanding = 0
            self._timer.stop()


_mailbox: Mailbox | None = None


def mailbox() -> Mailbox:
    """The application's mailbox (made on first use, which must be on the GUI thread)."""
    global _mailbox
    if _mailbox is None:
        _mailbox = Mailbox()
    return _mailbox
