"""File ▸ Import rule update… and Tools ▸ Rules and updates… in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.evaluation.rule_set import use_bundled_rules
from desktop_app.qt import QtWidgets

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "resources" / "rule_packs" / "douyin-2025-2026.shipcheck-rules.json"


@pytest.fixture(autouse=True)
def _bundled_rules_after() -> Iterator[None]:
    """The engine cites from the bundled catalogue again after each test."""
    yield
    use_bundled_rules()


def _box(win, name: str):  # type: ignore[no-untyped-def]
    boxes = [
        b
        for b in win.findChildren(QtWidgets.QMessageBox)
        if b.isVisible() and b.objectName() == name
    ]
    return boxes[-1] if boxes else None


def test_menus_name_the_rule_actions_in_both_languages(window) -> None:  # type: ignore[no-untyped-def]
    assert window.act_import_rules.text() == "导入规则更新…"
    assert window.act_import_rules in window.file_menu.actions()
    assert window.act_rules in window.tools_menu.actions()
    window.switch_language("en")
    try:
        assert window.act_import_rules.text() == "Import rule update…"
        assert window.act_rules.text() == "Rules and updates…"
    finally:
        window.switch_language("zh_CN")


def test_importing_the_example_pack_asks_then_installs_and_lists_it(
    window,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    actions = window.rule_actions()
    asked: list[bool] = []

    def ask() -> bool:
        asked.append(True)
        return True

    actions.import_pack(EXAMPLE, ask=ask)
    qtbot.waitUntil(lambda: _box(window, "rule-update-done") is not None, timeout=30_000)
    assert asked == [True] and actions.last_change is not None
    assert actions.last_change.pack_id == "douyin-2025-2026-example"
    assert "抖音电商 2025–2026 发货规则" in _box(window, "rule-update-done").text()

    from desktop_app.gui.rules_dialog import RulesDialog

    dialog = RulesDialog(window.session, actions, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=30_000)
    assert dialog.undo_button.isEnabled()
    assert "抖音电商 2025–2026 发货规则（示例规则更新）" in dialog.packs.item(0).text()
    sections = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert sections[:3] == ["快手小店", "抖店", "速卖通"]
    assert dialog.tree.headerItem().text(1) == "公告或取值"
    douyin = dialog.tree.topLevelItem(1)
    d5 = next(
        douyin.child(i) for i in range(douyin.childCount()) if douyin.child(i).text(0)[:3] == "D5 "
    )
    assert d5.text(1).startswith("《商家发货行为管理规则》")
    # The announcements tab: every announcement with its dated versions.
    anns = dialog.announcement_tree
    assert [anns.topLevelItem(i).text(0) for i in range(3)] == ["快手小店", "抖店", "速卖通"]
    douyin_anns = anns.topLevelItem(1)
    late = next(
        douyin_anns.child(i)
        for i in range(douyin_anns.childCount())
        if douyin_anns.child(i).text(0) == "《【商家-发货超时】实施细则》"
    )
    assert [late.child(i).text(0) for i in range(late.childCount())][-1] == "2026-08-03"
    assert late.child(late.childCount() - 1).text(3) == "ShipCheck 自带"

    # Undo from the page: the update is gone and the page says the built-in rules apply.
    done = _box(window, "rule-update-done")
    done.close()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: _box(window, "rule-update-done") is not None, timeout=30_000)
    assert "已撤销规则更新" in _box(window, "rule-update-done").text()
    qtbot.waitUntil(lambda: not dialog.undo_button.isEnabled(), timeout=30_000)
    assert dialog.packs.item(0).text() == "没有：使用 ShipCheck 自带的规则。"
    dialog.reject()
    assert dialog.closed


def test_a_declined_example_or_a_foreign_pack_installs_nothing(
    window,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from tests.rulepacks.packs import body, write_pack

    actions = window.rule_actions()
    actions.import_pack(EXAMPLE, ask=lambda: False)
    foreign = write_pack(tmp_path, body(), Ed25519PrivateKey.generate(), key_id="stranger")
    actions.import_pack(foreign)
    qtbot.waitUntil(lambda: actions.last_error is not None, timeout=30_000)
    assert "does not trust" in actions.last_error.render(True)
    assert actions.last_change is None
