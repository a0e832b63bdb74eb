"""Test-wide setup: China time for everything, Qt offscreen, a fresh database per test that asks for one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "UTC")  # the machine's zone must never matter: all times are China time
os.environ["SHIPCHECK_LANG"] = "zh_CN"
