"""Cold start of ``shipcheck gui`` to a shown, painted window.

    python -m benchmarks.gui_start --db DB

Runs the real command path — ``desktop_app.cli.main.main(["gui", "--db", DB])``, which parses the
arguments, imports Qt, creates the application and the main window, shows it and enters the event
loop — with one hook: the event loop is replaced by one that runs until the main window's first
paint, then prints ``time.monotonic()`` of that paint (the same clock as the parent's) as JSON and
quits. `benchmarks.run` subtracts the moment it spawned this process, so interpreter start-up and
every import count. ``shipcheck gui`` has no quit-after-show flag, hence this hook.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any


def main(argv: list[str]) -> int:
    """Run ``shipcheck gui`` until its window is first painted."""
    t_start = time.monotonic()
    from desktop_app.cli import main as cli
    from desktop_app.qt import QtCore, QtWidgets

    t_imports = time.monotonic()
    marks: dict[str, float] = {"python_started": t_start, "cli_and_qt_imported": t_imports}

    class FirstPaint(QtCore.QObject):
        def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if (
                event.type() == QtCore.QEvent.Type.Paint
                and isinstance(obj, QtWidgets.QMainWindow)
                and "painted" not in marks
            ):
                marks["painted"] = time.monotonic()
                QtCore.QTimer.singleShot(0, QtWidgets.QApplication.quit)
            return False

    probe = FirstPaint()

    def exec_until_painted(self: Any) -> int:
        marks["event_loop"] = time.monotonic()
        self.installEventFilter(probe)
        for w in QtWidgets.QApplication.topLevelWidgets():
            if isinstance(w, QtWidgets.QMainWindow) and w.isVisible():
                w.update()
        QtCore.QTimer.singleShot(30_000, QtWidgets.QApplication.quit)
        while "painted" not in marks and time.monotonic() - marks["event_loop"] < 30:
            self.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 10)
        print(json.dumps(marks))
        sys.stdout.flush()
        os._exit(0)  # what follows (closing the store, threads) is not start-up

    QtWidgets.QApplication.exec = exec_until_painted  # type: ignore[method-assign,assignment]
    return int(cli.main(["gui", *argv]) or 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
