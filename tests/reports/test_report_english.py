"""English reports from real evaluated data: the engine's appeal reasons and notes in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.resources import resource_path
from tests.reports.conftest import pdf_text

PERIOD = ["--from", "2022-11-01", "--to", "2022-12-18"]


@pytest.fixture
def demo_douyin_db(tmp_path: Path) -> str:
    """The demo's Douyin export imported and evaluated as of the demo's instant."""
    db = str(tmp_path / "shipcheck.db")
    demo = str(resource_path("demo", "douyin_orders.csv"))
    assert main(["import", "--db", db, "--shop", "暖冬家居旗舰店", demo]) == 0
    assert main(["evaluate", "--db", db, "--as-of", "2024-05-21 18:00:00"]) == 0
    return db


def test_english_appeal_report_gives_the_engine_reasons_in_english(
    demo_douyin_db: str, tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    out = tmp_path / "appeal-en.pdf"
    argv = ["report", "appeal", "--platform", "douyin", *PERIOD, "--lang", "en"]
    assert main([*argv, "--out", str(out), "--db", demo_douyin_db]) == 0
    text = re.sub(r"\s+", " ", pdf_text(out))
    assert "A timeout order paid before 2022-12-19 that was already penalised" in text
    assert "前支付的超时订单" not in text  # the Chinese reason is not printed in English
    assert "order(s)" not in text and re.search(r"has \d+ orders? in the period", text)
    # the quoted clause stays Chinese, its English gist beside it
    assert "您可以在抖店-报备中心提前报备豁免判罚" in text and "report them in advance" in text
    chinese = tmp_path / "appeal-zh.pdf"
    argv = ["report", "appeal", "--platform", "douyin", *PERIOD]
    assert main([*argv, "--out", str(chinese), "--db", demo_douyin_db]) == 0
    assert "2022-12-19前支付的超时订单如已被判罚" in re.sub(r"\s+", "", pdf_text(chinese))


def test_the_appeal_letter_names_the_shop_or_asks_for_it(
    tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """Never 全部店铺: the letter speaks for the orders' shop, else the seller's shop name for
    the platform; without either it asks, in both languages."""
    from desktop_app.store.connection import open_store
    from desktop_app.store.settings import SHOP_NAMES_KEY, set_setting

    db = str(tmp_path / "noshop.db")
    assert main(["import", "--db", db, str(resource_path("demo", "douyin_orders.csv"))]) == 0
    assert main(["evaluate", "--db", db, "--as-of", "2024-05-21 18:00:00"]) == 0
    capsys.readouterr()
    out = tmp_path / "appeal.pdf"
    argv = ["report", "appeal", "--platform", "douyin", *PERIOD, "--out", str(out), "--db", db]
    assert main(argv) == 2 and not out.exists()
    err = capsys.readouterr().err
    assert "店铺名称" in err and "全部店铺" not in err
    with open_store(db) as store, store.transaction() as conn:
        set_setting(conn, SHOP_NAMES_KEY, {"douyin": "暖冬家居旗舰店"})
    assert main(argv) == 0
    text = re.sub(r"\s+", "", pdf_text(out))
    assert "本店“暖冬家居旗舰店”" in text and "全部店铺" not in text
