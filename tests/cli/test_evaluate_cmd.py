"""`shipcheck evaluate`, `metrics`, `settings` and `areas` end to end on a temporary database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store.connection import open_store
from tests.evaluation.storedata import SAMPLE, insert_orders, insert_product


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "x.db"
    with open_store(path) as s:
        insert_orders(s.conn, SAMPLE)
        insert_product(s.conn, platform="aliexpress", product_id="SLOW", last_month_sales=3)
    return str(path)


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_evaluate_json_contract(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["areas", "add", "上海", "--from", "2022-04-01", "--to", "2022-06-01", "--db", db])
        == 0
    )
    capsys.readouterr()
    assert main(["evaluate", "--as-of", "2024-07-01 00:00:00", "--json", "--db", db]) == 0
    objs = {o["order_id"]: o for o in _lines(capsys)}
    assert len(objs) == len(SAMPLE)
    for o in objs.values():
        for key in (
            "platform",
            "order_id",
            "status",
            "deadline",
            "rules",
            "reasons",
            "compensation",
            "appeal_candidate",
            "flags",
            "sub_order_id",
            "deadline_basis",
            "trace",
            "charges",
            "rule_versions",
        ):
            assert key in o
        assert isinstance(o["order_id"], str)
        known = [c["amount"] for c in o["charges"]]
        if None in known:
            assert o["compensation"] is None
        else:
            assert o["compensation"] == pytest.approx(sum(known))
        assert all(c["kind"] in ("compensation", "deduction") for c in o["charges"])
    k = objs["2207110000000000001"]
    assert k["compensation"] is None and k["compensation_state"] == "not_set"
    assert k["charges"] == [{"rule": "K2", "kind": "compensation", "amount": None}]
    assert k["rule_versions"] == {"K2": "2022-06-21"}
    assert objs["2207110000000000002"]["status"] == "exempt"
    d = objs["6920000000000000001"]
    assert d["compensation"] == 3.0 and d["appeal_candidate"] is True and d["rules"] == ["D1"]
    assert d["charges"] == [{"rule": "D1", "kind": "compensation", "amount": 3.0}]
    assert objs["6920000000000000003"]["status"] == "on_time"
    with open_store(Path(db)) as s:
        assert s.conn.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0] == len(SAMPLE)


def test_evaluate_platform_filter_and_bad_as_of(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "evaluate",
                "--platform",
                "douyin",
                "--as-of",
                "2023-01-01 00:00:00",
                "--json",
                "--db",
                db,
            ]
        )
        == 0
    )
    assert {o["platform"] for o in _lines(capsys)} == {"douyin"}
    assert main(["evaluate", "--as-of", "yesterday", "--db", db]) == 2
    assert "--as-of" in capsys.readouterr().err


def test_metrics_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "metrics",
                "--platform",
                "aliexpress",
                "--period",
                "month",
                "--start",
                "2024-06-01",
                "--as-of",
                "2024-07-01 00:00:00",
                "--json",
                "--db",
                db,
            ]
        )
        == 0
    )
    m = json.loads(capsys.readouterr().out)
    assert m["on_time_rate"] == 1.0 and m["assessable_orders"] == 1
    assert m["penalty_refund"]["eligible"] is True
    assert m["penalty_refund"]["refund_date"] == "2024-07-31"
    assert m["penalty_refund"]["refund_amount"] == 0.0
    assert (
        main(
            [
                "metrics",
                "--platform",
                "kuaishou",
                "--period",
                "week",
                "--start",
                "2022-07-18",
                "--as-of",
                "2024-07-01 00:00:00",
                "--json",
                "--db",
                db,
            ]
        )
        == 0
    )
    k = json.loads(capsys.readouterr().out)
    # K4 (2023-02-15) does not reach the waiver week of 2022-07-18: no waiver, and a note says so.
    assert k["high_stock_waiver"] is None
    assert any("K4" in n for n in k["notes"])
    assert (
        main(
            [
                *("metrics", "--platform", "kuaishou", "--period", "week"),
                *("--start", "2023-03-06", "--as-of", "2024-07-01 00:00:00", "--json", "--db", db),
            ]
        )
        == 0
    )
    hsw = json.loads(capsys.readouterr().out)["high_stock_waiver"]
    assert hsw["eligible"] is False and hsw["paid_orders"] == 0
    assert "waiver_saving" in hsw and hsw["waiver_saving"] is None  # the penalty is not set
    assert [c["key"] for c in hsw["conditions"]] == [
        "paid_orders",
        "in_stock_ratio",
        "on_time_rate",
    ]
    assert (
        main(
            [
                "metrics",
                "--platform",
                "douyin",
                "--period",
                "month",
                "--start",
                "2022-12-01",
                "--as-of",
                "2024-07-01 00:00:00",
                "--json",
                "--db",
                db,
            ]
        )
        == 0
    )
    d = json.loads(capsys.readouterr().out)
    assert len(d["experience_protection"]) == 6


def test_metrics_week_must_start_monday(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "metrics",
                "--platform",
                "kuaishou",
                "--period",
                "week",
                "--start",
                "2022-07-19",
                "--db",
                db,
            ]
        )
        == 2
    )
    assert "周一" in capsys.readouterr().err


def test_settings_set_list_unset(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "kuaishou.k2.compensation_rate", "5%", "--db", db]) == 0
    assert main(["settings", "set", "common.core.warning_hours", "soon", "--db", db]) == 2
    assert main(["settings", "set", "no.such.key", "1", "--db", db]) == 2
    capsys.readouterr()
    assert main(["settings", "list", "--json", "--db", db]) == 0
    rows = {r["key"]: r for r in _lines(capsys)}
    assert rows["kuaishou.k2.compensation_rate"]["override"] == "0.05"
    assert rows["kuaishou.k2.compensation_rate"]["default"] is None
    assert main(["evaluate", "--as-of", "2024-07-01 00:00:00", "--json", "--db", db]) == 0
    k = {o["order_id"]: o for o in _lines(capsys)}["2207110000000000001"]
    assert k["compensation"] == 5.0
    assert main(["settings", "unset", "kuaishou.k2.compensation_rate", "--db", db]) == 0
    assert main(["settings", "unset", "kuaishou.k2.compensation_rate", "--db", db]) == 2


def test_areas_add_list_import(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = tmp_path / "areas.csv"
    csv_file.write_text(
        "地区,开始日期,结束日期,备注\n武汉,2022/5/1,,\n长春市朝阳区,2022-05-01,2022-05-31,x\n",
        encoding="utf-8-sig",
    )
    assert main(["areas", "import", str(csv_file), "--db", db]) == 0
    assert main(["areas", "list", "--json", "--db", db]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.startswith("{")]
    assert [(a["city"], a["district"], a["end"]) for a in out] == [
        ("武汉市", "", None),
        ("长春市", "朝阳区", "2022-05-31"),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "地区,开始日期\n上海,2022-05-01\n火星,2022-05-01\n北京,someday\n", encoding="utf-8"
    )
    assert main(["areas", "import", str(bad), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "第 3 行" in err and "第 4 行" in err
    with open_store(Path(db)) as s:  # nothing from the bad file was stored
        assert s.conn.execute("SELECT COUNT(*) FROM affected_areas").fetchone()[0] == 2
    assert (
        main(["areas", "add", "上海", "--from", "2022-05-02", "--to", "2022-05-01", "--db", db])
        == 2
    )


def test_areas_import_xlsx(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["疫情区域列表"])
    ws.append(["地区", "开始日期", "结束日期"])
    ws.append(["内蒙古自治区", "2022-11-01", "2022-12-01"])
    path = tmp_path / "areas.xlsx"
    wb.save(path)
    assert main(["areas", "import", str(path), "--db", db]) == 0
    assert "内蒙古自治区" in capsys.readouterr().out
