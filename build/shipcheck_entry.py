"""Entry script of the frozen bundle: `ShipCheck …` does exactly what the `shipcheck` command does.

PyInstaller needs a script rather than a console-script entry point; this one only adds what a
frozen program needs before the real entry point, ``desktop_app.cli.main:main``, runs.
"""

from __future__ import annotations

import multiprocessing
import sys


def run() -> int:
    """Run the `shipcheck` command line with this process's arguments."""
    # A frozen Windows/macOS child process started by multiprocessing must not re-run the app.
    multiprocessing.freeze_support()
    from desktop_app.cli.main import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
