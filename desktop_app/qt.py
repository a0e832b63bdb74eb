"""The one place Qt is imported. Every other module does ``from desktop_app.qt import QtCore, …``.

Keeping the binding behind one module (as qutebrowser does) means a binding change, a version check
or a workaround happens here once.

Workaround: PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference
to it, so every emit from Python drops one reference to the ``True`` singleton. On Python 3.11
(where ``True`` is not yet immortal, unlike 3.12+) a few hundred emits later the interpreter aborts
with "bool_dealloc: deallocating True or False". When the probe below sees the leak we pin ``True``
and ``False`` with a large reference count, which is what Python 3.12 does for them anyway.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6 import QtCore, QtGui, QtPrintSupport, QtTest, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = [
    "EMIT_LEAK_PINNED",
    "Qt",
    "QtCore",
    "QtGui",
    "QtPrintSupport",
    "QtTest",
    "QtWidgets",
    "Signal",
    "Slot",
]

_PIN = 1 << 30


class _Probe(QtCore.QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    """True when emitting a signal from Python loses a reference to ``True`` (PySide6 6.12.0)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 16


def _pin_bools() -> bool:
    if sys.version_info >= (3, 12) or not _emit_drops_a_reference():
        return False
    for value in (True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(value))
        refcnt.value += _PIN
    return True


EMIT_LEAK_PINNED: bool = _pin_bools()
