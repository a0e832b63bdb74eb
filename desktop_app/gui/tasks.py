"""One helper for background work, in the spirit of Anki's ``QueryOp``.

    BackgroundOp(parent, op=do_import, success=show_result).failure(show_error)
        .with_progress(tr("Importing…")).run_in_background()

- ``op(ctx)`` runs on the single database worker thread. It gets an `OpContext` to report progress
  and to ask whether the user cancelled; it must not touch widgets. It opens its own store
  connection (SQLite connections belong to the thread that made them).
- ``success(result)`` / ``failure(exc)`` run on the GUI thread.
- Progress appears only when the work is slow: a busy cursor after 300 ms, a progress dialog with
  a Cancel button after 500 ms.

One worker thread means database jobs run one after another, never racing each other for the
write lock. The workers are `QThread`s, not plain Python threads: report rendering
(QTextDocument, QPdfWriter) runs on them, and Qt objects made on a thread Qt did not start warn
about timers. Workers never emit Qt signals: results and progress go through `mailbox` (see there
for the deadlock that avoids), and a job that has run is dropped on the GUI thread (see
`QtExecutor.submit`).
"""

from __future__ import annotations

import atexit
import queue
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Generic, TypeVar

from desktop_app.errors import Cancelled
from desktop_app.gui.mailbox import Mailbox, mailbox
from desktop_app.qt import Qt, QtCore, QtGui, QtWidgets

T = TypeVar("T")

BUSY_CURSOR_AFTER_MS = 300
PROGRESS_DIALOG_AFTER_MS = 500


# A queued job: the callable in a one-item list, and the mailbox of the thread it is dropped on
# (None: dropped on the worker). The list lets the worker hand the job over without keeping a
# reference of its own.
_Job = tuple[list[Callable[[], None]], Mailbox | None]


def _run_job(job: _Job) -> None:
    """Run one queued job, then drop it here or have the GUI thread drop it (see `submit`)."""
    holder, box = job
    holder[0]()
    if box is None:
        holder.clear()
    else:
        box.post(holder.clear)


class _WorkerThread(QtCore.QThread):
    """A QThread running queued jobs one after another until it receives `None`."""

    def __init__(self, jobs: queue.SimpleQueue[_Job | None], name: str) -> None:
        super().__init__()
        self._jobs = jobs
        self.setObjectName(name)

    def run(self) -> None:
        """Take jobs off the queue until the stop marker."""
        while (job := self._jobs.get()) is not None:
            _run_job(job)
            # Let Qt objects made by the job (text layout, PDF writer) be cleaned up here.
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


class _PlainWorkerThread(threading.Thread):
    """The same loop on a plain Python thread, for workers whose jobs make no Qt object (the
    database readers)."""

    def __init__(self, jobs: queue.SimpleQueue[_Job | None], name: str) -> None:
        super().__init__(name=name, daemon=True)
        self._jobs = jobs

    def run(self) -> None:
        """Take jobs off the queue until the stop marker."""
        while (job := self._jobs.get()) is not None:
            _run_job(job)


class QtExecutor:
    """One `QThread` worker with the `submit()`/`shutdown()` shape of a one-thread executor."""

    def __init__(self, name: str, *, qt_objects: bool = True) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        # `qt_objects`: the jobs make Qt objects (report layout, PDF): a QThread runs them.
        self._thread: _WorkerThread | _PlainWorkerThread = (
            _WorkerThread(self._jobs, name) if qt_objects else _PlainWorkerThread(self._jobs, name)
        )
        self._shut = False
        self._thread.start()
        # A QThread still running when Python exits aborts the process: stop it first.
        atexit.register(self.shutdown)

    def submit(self, fn: Callable[[], T], box: Mailbox | None = None) -> Future[T]:
        """Queue `fn()`; its result or exception arrives in the returned future.

        With `box` (on the GUI thread), the job is dropped on the GUI thread once it has run: its
        closure may hold the last reference to an object with a method connected to a Qt signal
        (a `BackgroundOp`), and PySide disconnects that when the object dies: from a worker
        thread, that races the GUI thread's own use of the connections and corrupts memory."""
        if self._shut:
            raise RuntimeError("executor is shut down")
        future: Future[T] = Future()

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

        if box is not None:
            box.expect()
        self._jobs.put(([job], box))
        return future

    def shutdown(self, wait: bool = True) -> None:
        """Let queued jobs finish, then stop the thread (and wait for it with `wait`)."""
        if self._shut:
            return
        self._shut = True
        self._jobs.put(None)
        if wait:
            if isinstance(self._thread, _WorkerThread):
                self._thread.wait()
            else:
                self._thread.join()


_executor: QtExecutor | None = None
_running: set[BackgroundOp[Any]] = set()


def executor() -> QtExecutor:
    """The single worker thread every database operation runs on."""
    global _executor
    if _executor is None:
        _executor = QtExecutor("shipcheck-db")
    return _executor


def shutdown_executor(wait: bool = True) -> None:
    """Stop the worker (at application exit, after cancelling what runs)."""
    global _executor
    for op in list(_running):
        op.cancel()
    if _executor is not None:
        _executor.shutdown(wait=wait)
        _executor = None


def cancel_all() -> None:
    """Ask every running operation to stop (window closing)."""
    for op in list(_running):
        op.cancel()


def running_ops() -> int:
    """How many background operations have not yet reported back."""
    return len(_running)


class OpContext:
    """What a background operation can do besides its work: report progress, check for Cancel."""

    def __init__(self, on_progress: Callable[[int, int, str], None], cancel_event: threading.Event):
        self._on_progress = on_progress
        self._cancel = cancel_event

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report `done` of `total` units (total None = unknown); safe from the worker thread."""
        progress = (int(done), -1 if total is None else int(total), text)
        mailbox().post(self._on_progress, *progress, final=False)

    def cancelled(self) -> bool:
        """True once the user pressed Cancel."""
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Raise `Cancelled` if the user pressed Cancel."""
        if self.cancelled():
            raise Cancelled()


class BackgroundOp(Generic[T]):
    """A database operation run on the worker thread, reporting back on the GUI thread."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None,
        op: Callable[[OpContext], T],
        success: Callable[[T], None],
    ) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._cancelled_cb: Callable[[], None] | None = None
        self._label: str | None = None
        self._cancellable = True
        self._cancel_event = threading.Event()
        self._dialog: QtWidgets.QProgressDialog | None = None
        self._cursor_set = False
        self._done = False
        self._last_progress: tuple[int, int, str] = (0, -1, "")
        # Widgets may be gone by the time the work finishes (window closed): then the result
        # is dropped instead of being handed to callbacks that would touch deleted widgets.
        self._orphaned = False
        if parent is not None:
            parent.destroyed.connect(self._parent_destroyed)

    # --- builder ----------------------------------------------------------------------------------

    def failure(self, fn: Callable[[BaseException], None]) -> BackgroundOp[T]:
        """Call `fn(exc)` on the GUI thread if the operation raised (Cancelled excepted)."""
        self._failure = fn
        return self

    def on_cancelled(self, fn: Callable[[], None]) -> BackgroundOp[T]:
        """Call `fn()` on the GUI thread when the operation stopped because the user cancelled."""
        self._cancelled_cb = fn
        return self

    def with_progress(self, label: str, cancellable: bool = True) -> BackgroundOp[T]:
        """Show a busy cursor, then a progress dialog with `label` (and Cancel) if it is slow."""
        self._label = label
        self._cancellable = cancellable
        return self

    def run_in_background(self) -> BackgroundOp[T]:
        """Start the operation; returns at once."""
        _running.add(self)
        if self._label is not None:
            QtCore.QTimer.singleShot(BUSY_CURSOR_AFTER_MS, self._show_busy_cursor)
            QtCore.QTimer.singleShot(PROGRESS_DIALOG_AFTER_MS, self._show_dialog)
        context = OpContext(self._on_progress, self._cancel_event)
        box = mailbox()

        def work() -> None:
            try:
                result = self._op(context)
            except BaseException as exc:  # reported to the GUI thread, never lost
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                box.post(self._on_finished, None, exc)
            else:
                box.post(self._on_finished, result, None)

        executor().submit(work, box)
        box.expect()  # after submit: it raises once the worker is shut down, and nothing is owed
        return self

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self._cancel_event.set()

    @property
    def done(self) -> bool:
        """True once success/failure has been delivered."""
        return self._done

    # --- GUI-thread side --------------------------------------------------------------------------

    def _show_busy_cursor(self) -> None:
        if self._done or self._cursor_set:
            return
        QtWidgets.QApplication.setOverrideCursor(QtGui.QCursor(Qt.CursorShape.BusyCursor))
        self._cursor_set = True

    def _show_dialog(self) -> None:
        if self._done or self._dialog is not None or self._orphaned:
            return
        dialog = QtWidgets.QProgressDialog(self._parent)
        dialog.setWindowTitle("ShipCheck")
        dialog.setLabelText(self._label or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QtCore.QCoreApplication.translate("BackgroundOp", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._apply_progress()
        dialog.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last_progress = (done, total, text)
        self._apply_progress()

    def _apply_progress(self) -> None:
        if self._dialog is None:
            return
        done, total, text = self._last_progress
        if total < 0:
            self._dialog.setRange(0, 0)
        else:
            self._dialog.setRange(0, max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))
        if text:
            self._dialog.setLabelText(f"{self._label}\n{text}" if self._label else text)

    def _parent_destroyed(self) -> None:
        # No parameters: a slot that takes the signal's argument makes PySide wrap the QObject
        # being destroyed, which crashed the process now and then.
        self._orphaned = True
        self._parent = None
        self._dialog = None  # deleted with its parent
        self.cancel()

    def _on_finished(self, result: object, exc: object) -> None:
        self._done = True
        _running.discard(self)
        if self._cursor_set:
            QtWidgets.QApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        if self._orphaned:
            return
        if isinstance(exc, Cancelled):
            if self._cancelled_cb is not None:
                self._cancelled_cb()
            return
        if isinstance(exc, BaseException):
            if self._failure is not None:
                self._failure(exc)
            else:
                show_error(self._parent, exc)
            return
        self._success(result)  # type: ignore[arg-type]


def show_error(parent: QtWidgets.QWidget | None, exc: BaseException) -> None:
    """Show an error: user-fixable input (`BadInput`) plainly, anything else with its details."""
    from desktop_app.errors import BadInput

    english = QtCore.QLocale().language() == QtCore.QLocale.Language.English
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle("ShipCheck")
    if isinstance(exc, BadInput):
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setText(exc.render(english))
    else:
        box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
        box.setText(
            QtCore.QCoreApplication.translate(
                "BackgroundOp", "Something went wrong. Please report the details below."
            )
        )
        box.setDetailedText(getattr(exc, "__traceback_text__", repr(exc)))
    box.open()
