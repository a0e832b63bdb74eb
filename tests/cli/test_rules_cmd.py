"""`shipcheck rules list|show|import|undo` end to end on a test database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.cli.main import main
from desktop_app.evaluation.rule_set import use_bundled_rules
from desktop_app.rulepacks import envelope
from tests.rulepacks.packs import body, trusted, write_pack

KEY = Ed25519PrivateKey.generate()


@pytest.fixture(autouse=True)
def _bundled_rules_after() -> Iterator[None]:
    """The engine cites from the bundled catalogue again after each test."""
    yield
    use_bundled_rules()


@pytest.fixture(autouse=True)
def _test_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "trusted_keys", lambda: (trusted(KEY),))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_show_and_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "shop.db")
    pack = write_pack(tmp_path, body(), KEY)
    code, out, _ = _run(capsys, "rules", "import", str(pack), "--db", db)
    assert code == 0 and "已安装规则更新《抖音发货规则测试更新》（2026-12-20）" in out

    code, out, _ = _run(capsys, "rules", "list", "--db", db, "--as-of", "2023-07-01", "--json")
    listing = json.loads(out)
    assert code == 0 and listing["packs"][0]["id"] == "douyin-test"
    d1 = next(r for r in listing["rules"] if r["rule"] == "D1" and r["platform"] == "douyin")
    suspended = next(p for p in d1["parameters"] if p["key"] == "douyin.d1.suspended")
    assert suspended["value"] is False and suspended["since"] == "2023-06-01 00:00:00"
    assert "Douyin shipping rules test update" in suspended["from"]
    # D1's announcement version in force then is the pack's, cited by title, date and clause.
    assert d1["announcement"].startswith("《抖音疫情期间商家最新发货及服务调整公告》（2023-05-20）")
    assert d1["version_date"] == "2023-05-20" and "test update" in d1["from"]
    # Before the pack's version the built-in one is in force.
    code, out, _ = _run(capsys, "rules", "list", "--db", db, "--as-of", "2023-01-01", "--json")
    d1 = next(r for r in json.loads(out)["rules"] if r["rule"] == "D1")
    suspended = next(p for p in d1["parameters"] if p["key"] == "douyin.d1.suspended")
    assert suspended["value"] is True and suspended["from"] == "built into ShipCheck"
    assert d1["from"] == "built into ShipCheck" and "（2023-05-20）" not in d1["announcement"]

    code, out, _ = _run(capsys, "rules", "list", "--db", db, "--platform", "douyin")
    assert code == 0 and "== 抖店 ==" in out and "快手" not in out

    code, out, _ = _run(capsys, "rules", "show", "d1", "--db", db)
    assert (
        code == 0 and "2023-06-01 起: 否 (no)" in out and "规则更新《抖音发货规则测试更新》" in out
    )

    code, out, _ = _run(capsys, "rules", "undo", "--db", db)
    assert code == 0 and "已撤销规则更新" in out
    code, _, err = _run(capsys, "rules", "undo", "--db", db)
    assert code == 2 and "没有已安装的规则更新" in err


def test_refusals_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "shop.db")
    foreign = write_pack(tmp_path, body(), Ed25519PrivateKey.generate(), key_id="stranger")
    monkeypatch.setenv("SHIPCHECK_LANG", "en")
    code, _, err = _run(capsys, "rules", "import", str(foreign), "--db", db)
    assert code == 2 and "does not trust" in err and "Nothing was installed" in err
    code, _, err = _run(capsys, "rules", "show", "Z9", "--db", db)
    assert code == 2 and "No such rule: Z9" in err


def test_every_argument_has_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    for action in ("list", "show", "import", "undo"):
        assert main(["rules", action, "--help"]) == 0
        out = capsys.readouterr().out
        assert " / " in out
