"""Test-wide setup: Qt offscreen, a machine zone that must not matter, Chinese messages — and,
with ``SHIPCHECK_ENGINE_BUILD=<folder>``, the tests run against the mypyc-compiled engine that
``build/compile_engine.py`` made in that folder (as the installer ships it) instead of the sources.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "UTC")  # the machine's zone must never matter: all times are China time
os.environ["SHIPCHECK_LANG"] = "zh_CN"

# Subprocesses that tests start may run in another folder: make PYTHONPATH's entries absolute.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        os.path.abspath(p) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p
    )

# The compiled engine, when SHIPCHECK_ENGINE_BUILD names it, also for the subprocesses tests start.
from desktop_app.engine_build import use_engine_build

use_engine_build(strict=True)
