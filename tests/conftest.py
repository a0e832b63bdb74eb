"""Test-wide setup: Qt offscreen, a machine zone that must not matter, Chinese messages — and,
with ``SHIPCHECK_ENGINE_BUILD=<folder>``, the tests run against the mypyc-compiled engine that
``build/compile_engine.py`` made in that folder (as the installer ships it) instead of the sources.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "UTC")  # the machine's zone must never matter: all times are China time
os.environ["SHIPCHECK_LANG"] = "zh_CN"

# Subprocesses that tests start may run in another folder: make PYTHONPATH's entries absolute.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        os.path.abspath(p) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p
    )

_ENGINE_BUILD = os.environ.get("SHIPCHECK_ENGINE_BUILD")
if _ENGINE_BUILD:
    if "policies" in sys.modules:
        raise RuntimeError("SHIPCHECK_ENGINE_BUILD: policies was imported before the test setup")
    _ENGINE_BUILD = os.path.abspath(_ENGINE_BUILD)
    sys.path.insert(0, _ENGINE_BUILD)
    # …and for the subprocesses tests start (the CLI, the fingerprint in a fresh process).
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (_ENGINE_BUILD, os.environ.get("PYTHONPATH", "")) if p
    )
    import policies.engine

    if not policies.engine.__file__ or policies.engine.__file__.endswith(".py"):
        raise RuntimeError(f"SHIPCHECK_ENGINE_BUILD: no compiled engine in {_ENGINE_BUILD}")
