"""``shipcheck import`` and ``shipcheck orders`` end to end, with a stand-in import pipeline.

The stand-in reads a tiny JSON "export" so these tests exercise the command, the store and the
per-file transaction policy without depending on the readers (tested by the import owner).
"""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.main import main
from desktop_app.errors import BadInput, Problem
from desktop_app.importing.model import ImportPlan, ParsedRow, SheetPlan
from desktop_app.store.schema import ORDER_FIELDS
from policies.records import Platform

calls: list[dict[str, Any]] = []


def _fake_plan_import(
    path: Path,
    platform: Platform | None = None,
    shop: str = "",
    lookup_profile: Any = None,
    product_platforms: Any = None,
) -> ImportPlan:
    calls.append({"path": path, "platform": platform, "shop": shop, "lookup": lookup_profile})
    spec = json.loads(path.read_text("utf-8"))
    if spec.get("encrypted"):
        raise BadInput(Problem("文件有密码保护", "password-protected", file=path.name))
    mapping = {f: f"H_{f}" for f in ("order_id", *spec["fields"])}
    return ImportPlan(
        path=path,
        file_name=path.name,
        sha256="f" * 64,
        size_bytes=path.stat().st_size,
        file_format="csv",
        platform=platform or Platform(spec["platform"]),
        kind=spec.get("kind", "orders"),
        shop=shop,
        sheets=(SheetPlan(name="", header_row=spec.get("header_row", 1), mapping=mapping),),
    )


def _fake_iter_rows(plan: ImportPlan) -> Iterator[ParsedRow | Problem]:
    spec = json.loads(plan.path.read_text("utf-8"))
    for n, r in enumerate(spec["rows"], start=2):
        if r.get("bad"):
            yield Problem(
                "时间格式不对",
                "Unrecognised time",
                file=plan.file_name,
                row=n,
                column="E",
                header="支付时间",
                value=r["bad"],
            )
            continue
        values = tuple(r.get(f, "" if f in spec["fields"] else None) for f in ORDER_FIELDS)
        yield ParsedRow(
            "", n, (r["id"], r.get("sub", "")), values, json.dumps(r, ensure_ascii=False)
        )


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    if "real_pipeline" in request.node.name:
        return
    module = types.ModuleType("desktop_app.importing.pipeline")
    module.plan_import = _fake_plan_import  # type: ignore[attr-defined]
    module.iter_rows = _fake_iter_rows  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.importing.pipeline", module)
    calls.clear()


def _export(tmp_path: Path, name: str, rows: list[dict[str, Any]], **extra: Any) -> Path:
    spec = {
        "platform": "douyin",
        "fields": ["status_text", "paid_at", "paid_amount_fen", "shipped_at", "receiver_name"],
        "rows": rows,
        **extra,
    }
    path = tmp_path / name
    path.write_text(json.dumps(spec, ensure_ascii=False), "utf-8")
    return path


ROWS = [
    {
        "id": "6921234567890123456",
        "status_text": "已发货",
        "paid_at": "2026-11-01 10:00:00",
        "paid_amount_fen": 1250,
        "shipped_at": "2026-11-02 09:00:00",
        "receiver_name": "张三",
    },
    {
        "id": "6921234567890123457",
        "status_text": "待发货",
        "paid_at": "2026-11-01 11:00:00",
        "paid_amount_fen": 5,
        "shipped_at": None,
        "receiver_name": "李四",
    },
]


def test_import_then_orders_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    f = _export(tmp_path, "douyin.csv", ROWS)
    assert main(["import", str(f), "--shop", "小店", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "douyin.csv" in out and "抖店" in out and "新增 2" in out and "表头第 1 行" in out
    assert calls[0]["shop"] == "小店" and calls[0]["platform"] is None
    assert callable(calls[0]["lookup"])
    assert main(["orders", "--json", "--db", str(db)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["order_id"] for x in lines] == ["6921234567890123456", "6921234567890123457"]
    first = lines[0]
    assert first["platform"] == "douyin" and first["sub_order_id"] == ""
    assert first["paid_amount"] == "12.50" and first["paid_amount_fen"] == 1250
    assert first["paid_at"] == "2026-11-01 10:00:00" and first["shop"] == "小店"
    assert lines[1]["paid_amount"] == "0.05" and lines[1]["shipped_at"] is None
    assert "raw" not in first


def test_reimport_reports_unchanged_and_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    f = _export(tmp_path, "a.csv", ROWS)
    main(["import", str(f), "--db", str(db)])
    monkeypatch.setenv("SHIPCHECK_LANG", "en")
    assert main(["import", str(f), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "0 new, 0 updated, 2 unchanged, 0 stale" in out
    assert "this same file was already imported at" in out


def test_bad_file_is_left_out_and_others_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    good1 = _export(tmp_path, "good1.csv", ROWS[:1])
    bad = _export(tmp_path, "bad.csv", [{"id": "1", "status_text": "x"}, {"bad": "2026/13/45"}])
    locked = _export(tmp_path, "locked.csv", [], encrypted=True)
    good2 = _export(tmp_path, "good2.csv", ROWS[1:])
    code = main(["import", str(good1), str(bad), str(locked), str(good2), "--db", str(db)])
    assert code == 2
    captured = capsys.readouterr()
    assert "bad.csv：未导入" in captured.err
    assert "第 3 行" in captured.err and "支付时间" in captured.err and "2026/13/45" in captured.err
    assert "password" not in captured.err and "文件有密码保护" in captured.err
    assert "4 个文件中有 2 个未导入" in captured.err
    assert "Traceback" not in captured.err
    main(["orders", "--json", "--db", str(db)])
    ids = [json.loads(x)["order_id"] for x in capsys.readouterr().out.splitlines()]
    assert ids == ["6921234567890123456", "6921234567890123457"]  # "1" from bad.csv absent


def test_missing_file_and_platform_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    assert main(["import", str(tmp_path / "nope.xlsx"), "--db", str(db)]) == 2
    assert "找不到这个文件" in capsys.readouterr().err
    f = _export(tmp_path, "k.csv", ROWS[:1])
    assert main(["import", str(f), "--platform", "kuaishou", "--db", str(db)]) == 0
    assert calls[-1]["platform"] is Platform.KUAISHOU
    assert main(["import", str(f), "--platform", "taobao", "--db", str(db)]) == 2


def test_orders_table_and_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    main(["import", str(_export(tmp_path, "a.csv", ROWS)), "--db", str(db)])
    main(
        [
            "import",
            str(_export(tmp_path, "b.csv", ROWS[:1])),
            "--platform",
            "aliexpress",
            "--db",
            str(db),
        ]
    )
    capsys.readouterr()
    assert main(["orders", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["平台", "订单号", "子订单号"]
    assert lines[-1] == "共 3 条订单"
    assert any("6921234567890123456" in x and "12.50" in x and "已发货" in x for x in lines)
    assert main(["orders", "--platform", "aliexpress", "--json", "--raw", "--db", str(db)]) == 0
    objs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(objs) == 1 and objs[0]["platform"] == "aliexpress"
    assert objs[0]["raw"]["receiver_name"] == "张三"


def test_orders_without_database_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["orders", "--db", str(tmp_path / "none.db")]) == 2
    assert "请先导入订单" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_not_a_database_exits_2_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "orders.xlsx"
    db.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    f = _export(tmp_path, "a.csv", ROWS)
    assert main(["import", str(f), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "不是 ShipCheck 数据库" in err and "Traceback" not in err
    assert db.read_bytes() == b"PK\x03\x04" + b"\x00" * 200


def test_db_from_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHIPCHECK_DB", str(tmp_path / "env.db"))
    assert main(["import", str(_export(tmp_path, "a.csv", ROWS))]) == 0
    assert (tmp_path / "env.db").exists()
    capsys.readouterr()
    assert main(["orders", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_import_takes_a_backup_first(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    f = _export(tmp_path, "a.csv", ROWS)
    main(["import", str(f), "--db", str(db)])  # empty database: nothing to back up
    assert not (tmp_path / "backups").exists()
    # second run: the daily backup taken at open already holds the pre-import state
    main(["import", str(f), str(_export(tmp_path, "b.csv", ROWS[:1])), "--db", str(db)])
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(names) == 1 and names[0].endswith("-daily.db")
    # third run: one backup before the run's first write
    main(["import", str(f), str(_export(tmp_path, "c.csv", ROWS[:1])), "--db", str(db)])
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(names) == 2 and sum(n.endswith("-import.db") for n in names) == 1


DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def test_real_pipeline_demo_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The import owner's readers end to end: orders, logistics, products, re-import."""
    db = ["--db", str(tmp_path / "demo.db")]
    orders = [
        str(DEMO / n)
        for n in ("douyin_orders.csv", "kuaishou_orders.xlsx", "aliexpress_orders.xlsx")
    ]
    assert main(["import", *orders, *db]) == 0
    first = capsys.readouterr().out
    assert first.count("新增") == 3 and "快手小店" in first and "速卖通" in first
    assert main(["import", str(DEMO / "aliexpress_logistics.xlsx"), *db]) == 0
    assert "物流表" in capsys.readouterr().out
    assert main(["import", str(DEMO / "douyin_products.xlsx"), "--platform", "douyin", *db]) == 0
    assert "商品表" in capsys.readouterr().out
    assert main(["import", *orders, *db]) == 0
    again = capsys.readouterr().out
    assert "新增 0，更新 0" in again and "过期 0" in again
    assert main(["orders", "--json", *db]) == 0
    objs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {o["platform"] for o in objs} == {"douyin", "kuaishou", "aliexpress"}
    for o in objs:
        assert isinstance(o["order_id"], str) and o["order_id"].isdigit()
        assert "." not in o["order_id"] and "e" not in o["order_id"].lower()
        assert o["paid_amount"] is None or o["paid_amount"].count(".") == 1
    assert any(o["picked_up_at"] for o in objs if o["platform"] == "aliexpress")


def test_real_pipeline_product_sheets_find_their_platform(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Product sheets (the same headers for every platform) without --platform: refused while no
    stored data knows their product ids, taken as the one platform whose orders carry them after
    the orders are imported — each demo product sheet as its own platform's."""
    db = ["--db", str(tmp_path / "p.db")]
    sheets = {p: str(DEMO / f"{p}_products.xlsx") for p in ("kuaishou", "douyin", "aliexpress")}
    assert main(["import", sheets["kuaishou"], *db]) == 2
    err = capsys.readouterr().err
    assert "没有它的商品ID" in err and "先导入该平台的订单表" in err
    orders = [
        str(DEMO / n)
        for n in ("douyin_orders.csv", "kuaishou_orders.xlsx", "aliexpress_orders.xlsx")
    ]
    assert main(["import", *orders, *db]) == 0
    capsys.readouterr()
    assert main(["import", *sheets.values(), *db]) == 0
    out = capsys.readouterr().out
    for label in ("快手小店", "抖店", "速卖通"):
        assert f"判断为{label}商品表" in out
    from desktop_app.store.connection import open_store

    with open_store(tmp_path / "p.db", daily_backup=False) as store:
        stored = dict(
            store.conn.execute("SELECT platform, COUNT(*) FROM products GROUP BY platform")
        )
        known = dict(
            store.conn.execute(
                "SELECT o.platform, COUNT(DISTINCT p.product_id) FROM products p "
                "JOIN orders o ON o.platform = p.platform AND o.product_id = p.product_id "
                "GROUP BY o.platform"
            )
        )
    assert set(stored) == {"kuaishou", "douyin", "aliexpress"}
    assert all(known[p] > 0 for p in stored)  # each sheet landed with the orders that sell it
