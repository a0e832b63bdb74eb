"""The order detail names the announcement version that judged each rule, by title and date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.evaluation import evaluate_store
from desktop_app.gui.detail_data import load_order_detail
from desktop_app.store.connection import open_store
from tests.evaluation.storedata import SAMPLE, insert_orders


def test_detail_lists_the_announcements_that_judged_the_order(tmp_path: Path) -> None:
    with open_store(tmp_path / "d.db") as store:
        insert_orders(store.conn, SAMPLE)
        evaluate_store(store, datetime(2024, 7, 1))
        detail = load_order_detail(store.conn, ("kuaishou", "2207110000000000001", ""))
    assert detail is not None and detail.verdict is not None
    v = detail.verdict
    assert v.announcements == ("K2：《快手电商疫情影响下商家发货考核更新》（2022-06-21）",)
    assert v.announcements_en and "(2022-06-21)" in v.announcements_en[0]
    for step in v.trace:
        assert "seed" not in step.clause + step.source
        if step.parameter:
            assert step.label and step.source and step.source_en
