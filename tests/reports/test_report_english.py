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
    assert main(["import", "--db", db, str(resource_path("demo", "douyin_orders.csv"))]) == 0
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
    assert "D1 FAQ Q5/Q6: a timeout order paid before 2022-12-19" in text
    assert "前支付的超时订单" not in text  # the Chinese reason is not printed in English
    chinese = tmp_path / "appeal-zh.pdf"
    argv = ["report", "appeal", "--platform", "douyin", *PERIOD]
    assert main([*argv, "--out", str(chinese), "--db", demo_douyin_db]) == 0
    assert "D1FAQQ5/Q6：2022-12-19前支付的超时订单" in re.sub(r"\s+", "", pdf_text(chinese))
