"""Help: the bundled user guide in both languages, with its pictures, and About."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.gui.help_menu import GuideDialog, about_text, guide_path, newest_rules


@pytest.mark.parametrize("english", [False, True])
def test_guide_opens_with_every_picture(qtbot: object, english: bool) -> None:
    dialog = GuideDialog(None, english)
    text = dialog.browser.toPlainText()
    assert ("Import the day's exports" if english else "导入当天的订单表") in text
    source = guide_path(english).read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", source)
    assert pictures
    for picture in pictures:
        assert (guide_path(english).parent / picture).is_file(), picture


def test_about_names_version_rules_and_data_folder(qtbot: object, tmp_path: Path) -> None:
    rules = newest_rules(False)
    assert {day[:2] for _, day in rules} == {"20"} and len(rules) == 3
    text = about_text(tmp_path, rules)
    assert __version__ in text and str(tmp_path) in text
    for name, day in rules:
        assert name in text and day in text
