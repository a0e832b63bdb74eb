"""The one place Qt is imported. Every other module does ``from desktop_app.qt import QtCore, …``.

Keeping the binding behind one module (as qutebrowser does) means a binding change, a version check
or a workaround happens here once.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = ["Qt", "QtCore", "QtGui", "QtPrintSupport", "QtWidgets", "Signal", "Slot"]
