"""Test-wide setup: Qt offscreen, a machine zone that must not matter, Chinese messages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "UTC")  # the machine's zone must never matter: all times are China time
os.environ["SHIPCHECK_LANG"] = "zh_CN"
