"""The bundled CJK font (ShipCheck Sans SC, a subset of Noto Sans CJK SC): registering it with Qt.

ShipCheck must render and print Chinese on a machine with no CJK font installed, so the GUI and the
report writer register the two files in ``resources/fonts/`` with Qt's font database before they
draw anything and use `ui_font_family()` as their family. Registration needs a
``QGuiApplication`` (or ``QApplication``) to exist; it is cheap after the first call.

See ``resources/fonts/README.md`` for how the subset was made.
"""

from __future__ import annotations

import threading

from desktop_app.qt import QtGui
from desktop_app.resources import resource_path

#: The family name written into the subset by ``resources/fonts/make_subset.py``.
BUNDLED_FAMILY = "ShipCheck Sans SC"

#: The font files, relative to ``resources/fonts/``.
FONT_FILES: tuple[str, ...] = (
    "NotoSansCJKsc-Subset-Regular.ttf",
    "NotoSansCJKsc-Subset-Bold.ttf",
)

_lock = threading.Lock()
_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Add the bundled font files to Qt's application font database (once) and return their
    family names, e.g. ``["ShipCheck Sans SC"]``.

    Idempotent: later calls return the same list without touching the database. A missing or
    unreadable font file is skipped (the list is then shorter, possibly empty) so that a damaged
    installation still starts with the system's fonts. Requires a ``QGuiApplication``.
    """
    global _registered
    with _lock:
        if _registered is not None:
            return list(_registered)
        if QtGui.QGuiApplication.instance() is None:
            raise RuntimeError("register_bundled_fonts() needs a QGuiApplication first")
        families: list[str] = []
        for name in FONT_FILES:
            path = resource_path("fonts", name)
            if not path.is_file():
                continue
            font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                continue
            for family in QtGui.QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
        _registered = families
        return list(families)


def ui_font_family() -> str:
    """The family to use for UI text and reports: the bundled one once it is registered (it is
    registered here if a Qt application exists), else the application's default family."""
    families = _registered
    if families is None and QtGui.QGuiApplication.instance() is not None:
        families = register_bundled_fonts()
    if families and BUNDLED_FAMILY in families:
        return BUNDLED_FAMILY
    if families:
        return families[0]
    return QtGui.QFont().defaultFamily() if QtGui.QGuiApplication.instance() else BUNDLED_FAMILY


def ui_font(point_size: float = 10.0, bold: bool = False) -> QtGui.QFont:
    """A QFont in `ui_font_family()` at `point_size`, bold if asked."""
    font = QtGui.QFont(ui_font_family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
