"""The first-run setup: asked once, skippable, answers stored through the settings' checks."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import AS_OF

from desktop_app.errors import BadInput
from desktop_app.gui.first_run import (
    AMOUNTS,
    SETUP_DONE_KEY,
    SetupWizard,
    amount_setting,
    load_setup_defaults,
    needs_setup,
    save_setup,
)
from desktop_app.store.connection import Store
from desktop_app.store.settings import get_setting

RATE = next(q for q in AMOUNTS if q.key == "kuaishou.k2.compensation_rate")
PENALTY = next(q for q in AMOUNTS if q.key == "aliexpress.core.late_penalty")


@pytest.mark.parametrize(
    ("question", "text", "stored"),
    [
        (RATE, "5", "0.05"),
        (RATE, "5%", "0.05"),
        (RATE, " ", None),
        (PENALTY, "¥3.5", "3.5"),
        (PENALTY, "10元", "10"),
        (PENALTY, "0", "0"),
    ],
)
def test_amount_answers(question, text: str, stored: str | None) -> None:  # type: ignore[no-untyped-def]
    assert amount_setting(question, text) == stored


@pytest.mark.parametrize("text", ["abc", "-1", "nan"])
def test_a_wrong_amount_names_the_question(text: str) -> None:
    with pytest.raises(BadInput) as caught:
        amount_setting(PENALTY, text)
    assert PENALTY.label in caught.value.problems[0].message


def test_save_setup_stores_everything_and_is_asked_once(store: Store) -> None:
    assert needs_setup(store)
    save_setup(store, {"kuaishou": "鲜果优选小店", "douyin": ""}, {RATE.key: "0.05"}, 6)
    assert get_setting(store.conn, "gui.shop_names") == {"kuaishou": "鲜果优选小店"}
    assert Decimal(str(get_setting(store.conn, RATE.key))) == Decimal("0.05")
    assert str(get_setting(store.conn, "common.core.warning_hours")) == "6"
    assert load_setup_defaults(store) == ({"kuaishou": "鲜果优选小店"}, 6)
    assert get_setting(store.conn, SETUP_DONE_KEY) is True
    assert not needs_setup(store)


def test_wizard_answers_and_a_bad_one(gui_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(None, None, {"douyin": "暖冬家居旗舰店"}, 12)
    qtbot.addWidget(wizard)
    assert wizard.shop_edits["douyin"].text() == "暖冬家居旗舰店"
    wizard.shop_edits["kuaishou"].setText(" 鲜果优选小店 ")
    wizard.amount_edits[RATE.key].setText("8")
    wizard.warning.setValue(24)
    shops, amounts, hours = wizard.answers()
    assert shops["kuaishou"] == "鲜果优选小店" and amounts == {RATE.key: "0.08"} and hours == 24
    wizard.amount_edits[PENALTY.key].setText("three")
    with pytest.raises(BadInput):
        wizard.answers()


def _setup_done(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return get_setting(conn, SETUP_DONE_KEY, False) is True
    finally:
        conn.close()


def _open(path: Path, translations, qtbot):  # type: ignore[no-untyped-def]
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.session import Session

    session = Session(path)
    win = MainWindow(
        session, translations, fixed_as_of=AS_OF, evaluate_on_open=False, ask_setup=True
    )
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.open_database()
    return win, session


def test_first_start_asks_then_never_again(gui_app, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    path: Path = store.path
    store.close()
    win, session = _open(path, gui_app[1], qtbot)
    qtbot.waitUntil(lambda: win.setup_wizard is not None, timeout=15_000)
    assert win.setup_wizard.isVisible()
    win.setup_wizard.reject()  # "Skip for now"
    qtbot.waitUntil(lambda: _setup_done(path), timeout=15_000)
    win.close()
    session.close()

    again, session = _open(path, gui_app[1], qtbot)
    qtbot.wait(500)
    assert again.setup_wizard is None
    again.act_setup.trigger()  # still reachable from the Tools menu
    qtbot.waitUntil(lambda: again.setup_wizard is not None, timeout=15_000)
    again.setup_wizard.reject()
    again.close()
    session.close()
