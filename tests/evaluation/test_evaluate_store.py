"""desktop_app.evaluation: stored rows → engine → verdicts table, metrics and the parameter view."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.errors import BadInput, Cancelled
from desktop_app.evaluation import evaluate_store, load_parameters, metrics_for, validate_setting
from desktop_app.evaluation.explain import explain_order
from desktop_app.store.areas import add_area
from desktop_app.store.connection import Store, open_store
from desktop_app.store.settings import set_setting
from tests.evaluation.storedata import SAMPLE, insert_orders, insert_product

AS_OF = datetime(2024, 7, 1)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "x.db")
    insert_orders(s.conn, SAMPLE)
    insert_product(s.conn, platform="aliexpress", product_id="SLOW", last_month_sales=3)
    add_area(s.conn, "上海", date(2022, 4, 1), date(2022, 6, 1))
    return s


def _verdicts(store: Store) -> dict[str, dict[str, object]]:
    cur = store.conn.execute("SELECT * FROM verdicts")
    names = [d[0] for d in cur.description]
    return {row[1]: dict(zip(names, row, strict=True)) for row in cur}


def test_evaluate_store_writes_one_row_per_order(store: Store) -> None:
    summary = evaluate_store(store, AS_OF)
    rows = _verdicts(store)
    assert summary.total == len(SAMPLE) == len(rows)
    assert rows["2207110000000000001"]["status"] == "overdue"
    assert rows["2207110000000000001"]["compensation_fen"] is None  # K2 amount not set
    assert rows["2207110000000000002"]["status"] == "exempt"
    assert json.loads(str(rows["2207110000000000002"]["rules_json"])) == ["K1"]
    d1 = rows["6920000000000000001"]
    assert d1["compensation_fen"] == 300 and d1["appeal_candidate"] == 1
    assert d1["sub_order_id"] == "6920000000000000002"
    assert rows["6920000000000000003"]["status"] == "on_time"
    assert rows["3000000000000001"]["deadline"] == "2024-06-14 23:59:59"
    # The trace is made on demand (schema v3), by the same rule code, as of the evaluation.
    explained = explain_order(store, "douyin", "6920000000000000001", "6920000000000000002")
    assert explained is not None and not explained.stale
    trace = explained.verdict.trace
    assert any(s.parameter == "douyin.d1.suspended" and s.source for s in trace)
    assert summary.money_at_stake is None and summary.money_unknown_orders == 1
    assert summary.by_status["overdue"] == 2
    # urgency: overdue first
    first = store.conn.execute(
        "SELECT order_id FROM verdicts ORDER BY urgency, deadline LIMIT 1"
    ).fetchone()[0]
    assert rows[first]["status"] == "overdue"


def test_seller_amount_makes_money_known(store: Store) -> None:
    set_setting(
        store.conn,
        "kuaishou.k2.compensation_rate",
        validate_setting("kuaishou.k2.compensation_rate", "10%"),
    )
    summary = evaluate_store(store, AS_OF)
    assert _verdicts(store)["2207110000000000001"]["compensation_fen"] == 999
    assert summary.money_at_stake == Decimal("12.99")


def test_reevaluation_replaces_rows_and_platform_filter(store: Store) -> None:
    evaluate_store(store, AS_OF)
    evaluate_store(store, AS_OF, platform="douyin")
    assert len(_verdicts(store)) == len(SAMPLE)
    assert (
        store.conn.execute("SELECT COUNT(*) FROM verdicts WHERE platform='douyin'").fetchone()[0]
        == 2
    )


def test_same_data_and_as_of_same_rows(store: Store) -> None:
    evaluate_store(store, AS_OF)
    first = _verdicts(store)
    evaluate_store(store, AS_OF)
    assert _verdicts(store) == first


def test_cancel_rolls_back(store: Store) -> None:
    evaluate_store(store, AS_OF)
    before = _verdicts(store)
    with pytest.raises(Cancelled):
        evaluate_store(store, datetime(2030, 1, 1), cancelled=lambda: True)
    assert _verdicts(store) == before


def test_bad_stored_setting_is_bad_input(store: Store) -> None:
    set_setting(store.conn, "common.core.warning_hours", "soon")
    with pytest.raises(BadInput, match="warning_hours"):
        evaluate_store(store, AS_OF)


def test_metrics_for_douyin_and_kuaishou(store: Store) -> None:
    m = metrics_for(store, "douyin", "month", date(2022, 12, 1), AS_OF)
    assert m.on_time_rate.numerator == 1 and m.on_time_rate.denominator == 2
    assert m.experience_protection is not None
    k = metrics_for(store, "kuaishou", "month", date(2022, 5, 1), AS_OF)
    assert k.on_time_rate.carried_over and k.on_time_rate.value is None  # only an exempt order


def test_load_parameters_lists_defaults_sources_and_overrides(store: Store) -> None:
    set_setting(store.conn, "common.core.warning_hours", "6")
    views = {v.key: v for v in load_parameters(store)}
    w = views["common.core.warning_hours"]
    assert w.default_json == "12" and w.override == "6" and w.overridden
    k2 = views["kuaishou.k2.compensation_rate"]
    assert "请在设置中填写" in k2.source and "enter the one your back office shows" in k2.source_en
    assert views["douyin.d2.industry.complaint_rate"].kind == "seller_value"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("nope.key", "1"),
        ("kuaishou.k2.compensation_rate", "2"),
        ("douyin.d2.own.complaint_rate", "x"),
    ],
)
def test_validate_setting_rejects(key: str, value: str) -> None:
    with pytest.raises(BadInput):
        validate_setting(key, value)


def test_false_shipping_found_across_stored_orders(tmp_path: Path) -> None:
    s = open_store(tmp_path / "fs.db")
    base = {
        "platform": "douyin",
        "paid_at": "2023-01-02 10:00:00",
        "promised_ship_at": "2023-01-04 10:00:00",
        "shipped_at": "2023-01-03 10:00:00",
        "picked_up_at": "2023-01-03 12:00:00",
        "paid_amount_fen": 10000,
    }
    insert_orders(
        s.conn,
        [
            {**base, "order_id": "1", "tracking_no": "YT1", "receiver_name": "甲"},
            {**base, "order_id": "2", "tracking_no": " YT1", "receiver_name": "乙"},
            {**base, "order_id": "3", "tracking_no": "YT2", "receiver_name": "丙"},
            {**base, "order_id": "4", "tracking_no": "YT2", "receiver_name": "丙"},
            # shipped after the as-of instant: not yet known, not counted
            {**base, "order_id": "5", "tracking_no": "YT3", "receiver_name": "丁"},
            {**base, "order_id": "6", "tracking_no": "YT3", "receiver_name": "戊",
             "shipped_at": "2023-02-01 00:00:00"},
        ],
    )  # fmt: skip
    summary = evaluate_store(s, datetime(2023, 1, 20))
    flags = {
        r[0]: json.loads(r[1]) for r in s.conn.execute("SELECT order_id, flags_json FROM verdicts")
    }
    assert [o for o, f in sorted(flags.items()) if "false_shipping" in f] == ["1", "2"]
    assert summary.false_shipping == 2
    comp = dict(s.conn.execute("SELECT order_id, compensation_fen FROM verdicts"))
    assert comp["1"] == 3000 and comp["3"] == 0  # 30 % of 100 yuan (D1 FAQ Q3 default)


def test_progress_reports_every_chunk(store: Store) -> None:
    seen: list[tuple[int, int]] = []
    evaluate_store(store, AS_OF, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(SAMPLE), len(SAMPLE))
