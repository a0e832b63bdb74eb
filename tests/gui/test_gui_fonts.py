"""Chinese must render without system CJK fonts: the bundled font covers every UI translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop_app.qt import QtGui, QtWidgets
from desktop_app.resources import resource_path


def test_bundled_font_covers_every_chinese_ui_string(gui_app) -> None:  # type: ignore[no-untyped-def]
    fonts = pytest.importorskip("desktop_app.fonts")
    assert fonts.BUNDLED_FAMILY in fonts.register_bundled_fonts()
    assert fonts.BUNDLED_FAMILY in QtWidgets.QApplication.font().families()
    font = QtGui.QFont(fonts.BUNDLED_FAMILY)
    font.setStyleStrategy(QtGui.QFont.StyleStrategy.NoFontMerging)  # no system fallback
    metrics = QtGui.QFontMetrics(font)
    assert QtGui.QFontInfo(font).family() == fonts.BUNDLED_FAMILY
    texts = [
        m.findtext("translation") or ""
        for m in ET.parse(resource_path("translations", "shipcheck_zh_CN.ts")).iter("message")
    ]
    chars = {c for t in texts for c in t if ord(c) > 0x2E7F}  # CJK and full-width forms
    assert len(chars) > 300
    missing = sorted(c for c in chars if not metrics.inFontUcs4(ord(c)))
    assert not missing, "".join(missing)


def _translated(message: ET.Element) -> bool:
    """The message has a finished translation (every plural form filled, for a %n text)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
    return bool(forms) and all((form.text or "").strip() for form in forms)


def test_translations_are_complete() -> None:
    for lang in ("zh_CN", "en"):
        ts = ET.parse(resource_path("translations", f"shipcheck_{lang}.ts"))
        unfinished = [m.findtext("source") for m in ts.iter("message") if not _translated(m)]
        assert not unfinished, (lang, unfinished[:5])
        assert resource_path("translations", f"shipcheck_{lang}.qm").stat().st_size > 1000
