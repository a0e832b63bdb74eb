"""Entry script of the frozen bundle: `ShipCheck …` does exactly what the `shipcheck` command does.

PyInstaller needs a script rather than a console-script entry point; this one only adds what a
frozen program needs before the real entry point, ``desktop_app.cli.main:main``, runs.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _ensure_std_streams() -> None:
    """Give windowed executables somewhere to write.

    Windows ``ShipCheckApp.exe`` and a macOS .app start with ``sys.stdout``/``sys.stderr`` set to
    None, and a ``write`` on them would raise; point them at the null device instead.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def run() -> int:
    """Run the `shipcheck` command line with this process's arguments."""
    # A frozen Windows/macOS child process started by multiprocessing must not re-run the app.
    multiprocessing.freeze_support()
    _ensure_std_streams()
    from desktop_app.cli.main import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
