"""The bundled CJK font: files present, coverage, Qt registration."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from desktop_app import fonts
from desktop_app.resources import resource_path

UI_SYMBOLS = "¥￥✓✔✗✘→←↑↓…—·×●○■□▲▼◆⚠★①℃№《》【】〖〗（）：；，。、！？"


@pytest.fixture(scope="module")
def cmaps() -> list[dict[int, str]]:
    """The Unicode cmaps of both bundled weights."""
    return [TTFont(resource_path("fonts", name)).getBestCmap() for name in fonts.FONT_FILES]


def test_font_files_are_small_truetype_with_licence() -> None:
    for name in fonts.FONT_FILES:
        path = resource_path("fonts", name)
        assert path.stat().st_size < 8_000_000
        font = TTFont(path)
        assert "glyf" in font  # TrueType outlines: Qt embeds them as CID TrueType in PDFs
        assert font["name"].getDebugName(1) == fonts.BUNDLED_FAMILY
        assert "Open Font License" in (font["name"].getDebugName(13) or "")
    assert "SIL OPEN FONT LICENSE" in resource_path("fonts", "OFL.txt").read_text("utf-8")


# Given-name characters outside GB 2312 that real receivers carry.
NAME_CHARACTERS = "玥堃喆昇珺淏琇"


def test_coverage_gbk_hanzi_latin_and_ui_symbols(cmaps: list[dict[int, str]]) -> None:
    gb2312 = set()
    for row in range(0xB0, 0xF8):  # the hanzi rows
        for cell in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                gb2312.add(ord(bytes([row, cell]).decode("gb2312")))
    assert len(gb2312) == 6763
    unified = set(range(0x4E00, 0x9FA6))  # every unified ideograph GBK encodes
    latin = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    names = {ord(c) for c in NAME_CHARACTERS}
    assert not names & gb2312
    wanted = gb2312 | unified | names | latin | {ord(c) for c in UI_SYMBOLS}
    for cmap in cmaps:
        missing = sorted(chr(cp) for cp in wanted - cmap.keys())
        assert not missing, missing


def test_register_is_idempotent_and_gives_family(qapp: object) -> None:
    first = fonts.register_bundled_fonts()
    assert first == [fonts.BUNDLED_FAMILY]
    assert fonts.register_bundled_fonts() == first
    assert fonts.ui_font_family() == fonts.BUNDLED_FAMILY
    from desktop_app.qt import QtGui

    styles = QtGui.QFontDatabase.styles(fonts.BUNDLED_FAMILY)
    assert "Regular" in styles and "Bold" in styles
    font = fonts.ui_font(12, bold=True)
    assert font.family() == fonts.BUNDLED_FAMILY and font.bold()


def test_rare_name_characters_print_in_the_bundled_font(qapp: object, tmp_path: Path) -> None:
    from desktop_app.qt import QtGui
    from tests.reports.conftest import pdf_fonts, pdf_text

    out = tmp_path / "names.pdf"
    writer = QtGui.QPdfWriter(str(out))
    doc = QtGui.QTextDocument()
    doc.setDefaultFont(fonts.ui_font(11))
    doc.setPlainText(f"收件人：王{NAME_CHARACTERS}")
    painter = QtGui.QPainter(writer)
    doc.drawContents(painter)
    painter.end()
    assert NAME_CHARACTERS in pdf_text(out)
    names = [line.split()[0] for line in pdf_fonts(out).splitlines()[2:] if line.strip()]
    assert names and all(n.startswith("ShipCheckSansSC-") for n in names), names
