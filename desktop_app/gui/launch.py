"""Start the GUI: application, database session, main window; optionally the bundled demo."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from desktop_app.gui import services
from desktop_app.gui.app import create_application
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import cancel_all, shutdown_executor


def build_window(
    db: Path | None, *, demo: bool = False, as_of: datetime | None = None
) -> tuple[MainWindow, object]:
    """Create the application, session and window (not shown); returns (window, keep-alive).

    With `demo`, a temporary database receives the bundled sample exports (after the window is
    up) and the as-of time defaults to the demo's.
    """
    _app, translations = create_application()
    keep: list[object] = []
    spec = None
    if demo:
        spec = services.read_demo_spec()
        tmp = tempfile.TemporaryDirectory(prefix="shipcheck-demo-")
        keep.append(tmp)
        db = Path(tmp.name) / "shipcheck-demo.db"
        as_of = as_of or spec.as_of
    session = Session(db if db is not None else services.default_db_path())
    window = MainWindow(session, translations, fixed_as_of=as_of, demo=demo, ask_setup=True)
    if spec is not None:
        window.ready.connect(lambda: window.load_demo(spec))
    keep.append(session)
    return window, keep


def launch(db: Path | None, *, demo: bool = False, as_of: datetime | None = None) -> int:
    """Run the GUI until the window closes; returns the exit code."""
    from desktop_app.qt import QtWidgets

    window, keep = build_window(db, demo=demo, as_of=as_of)
    window.show()
    window.open_database()
    app = QtWidgets.QApplication.instance()
    assert app is not None
    code = int(app.exec())
    cancel_all()  # an import or evaluation still running is rolled back, not waited for
    window.session.close()
    shutdown_executor()
    del keep
    return code
