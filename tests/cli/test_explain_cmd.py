"""`shipcheck explain`: one order's explanation, made on demand from the stored data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store.connection import open_store
from tests.evaluation.storedata import SAMPLE, insert_orders


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "x.db"
    with open_store(path) as s:
        insert_orders(s.conn, SAMPLE)
    return str(path)


def test_explain_matches_evaluate_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--as-of", "2024-07-01 00:00:00", "--json", "--db", db]) == 0
    evaluated = {
        (o["order_id"], o["sub_order_id"]): o
        for o in map(json.loads, capsys.readouterr().out.splitlines())
    }
    for (order_id, sub), want in evaluated.items():
        args = ["explain", "--platform", str(want["platform"]), order_id, "--json", "--db", db]
        assert main([*args, "--sub", sub] if sub else args) == 0
        got = json.loads(capsys.readouterr().out)
        assert got.pop("stale") is False and got.pop("differs") is False
        assert got.pop("settings_changed") is False
        assert got == want  # same rule code, same as-of: same verdict, same trace


def test_explain_text_and_changed_settings(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHIPCHECK_LANG", "zh_CN")
    assert main(["evaluate", "--as-of", "2024-07-01 00:00:00", "--db", db]) == 0
    capsys.readouterr()
    assert main(["explain", "--platform", "kuaishou", "2207110000000000001", "--db", db]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("状态：超时未发货") and "延迟发货赔付：实付款的比例" in out.out
    # the announcement that judged it, by title and date; the parameter by name, not key
    assert "K2：《快手电商疫情影响下商家发货考核更新》（2022-06-21）" in out.out
    assert "kuaishou.k2" not in out.out
    assert out.err == ""
    assert main(["settings", "set", "kuaishou.k2.compensation_rate", "0.05", "--db", db]) == 0
    capsys.readouterr()
    assert main(["explain", "--platform", "kuaishou", "2207110000000000001", "--db", db]) == 0
    assert "请重新评估" in capsys.readouterr().err


def test_explain_unknown_order_is_bad_input(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--platform", "douyin", "404", "--db", db]) == 2
    assert "404" in capsys.readouterr().err
