"""The one place Qt is imported. Every other module does ``from desktop_app.qt import QtCore, …``.

Keeping the binding behind one module (as qutebrowser does) means a binding change, a version check
or a workaround happens here once.

Workaround — PySide6 6.12.0 on Python 3.11: the bindings return ``None``, ``True`` and ``False``
without taking a reference to them (every void method such as ``QWidget.update()`` drops a
reference to ``None``; every ``signal.emit()`` one to ``True``). That is harmless on Python 3.12+,
where these singletons are immortal, but on 3.11 a few ten thousand calls later the interpreter
aborts with "none_dealloc: deallocating None" (or ``bool_dealloc``). When the probe below sees the
leak, we make the three singletons effectively immortal, as Python 3.12 does, by raising their
reference counts by 2**60 — far more than any session can drop.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6 import QtCore, QtGui, QtPrintSupport, QtTest, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = [
    "SINGLETONS_PINNED",
    "Qt",
    "QtCore",
    "QtGui",
    "QtPrintSupport",
    "QtTest",
    "QtWidgets",
    "Signal",
    "Slot",
]

_PIN = 1 << 60
_PROBE_CALLS = 32


class _Probe(QtCore.QObject):
    ping = Signal()


def _binding_drops_references() -> bool:
    """True when calling into the binding loses references to None or True (PySide6 6.12.0)."""
    probe = _Probe()
    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")  # a void method: returns None
        probe.ping.emit()  # returns True
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    return lost_none >= _PROBE_CALLS // 2 or lost_true >= _PROBE_CALLS // 2


def _pin_singletons() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _binding_drops_references():
        return False
    for value in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug build).
        refcnt = ctypes.c_ssize_t.from_address(id(value))
        refcnt.value += _PIN
    return True


SINGLETONS_PINNED: bool = _pin_singletons()
