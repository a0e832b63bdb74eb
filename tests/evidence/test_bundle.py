"""The evidence bundle: contents, manifest hashes, hostile names, atomic writing, CLI."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.errors import BadInput
from desktop_app.evidence import bundle
from desktop_app.evidence.names import is_safe_member

WEEK = (date(2022, 12, 12), date(2022, 12, 18))


def _build(
    conn: sqlite3.Connection, out: Path, attach: list[Path] | None = None
) -> bundle.BundleResult:
    return bundle.build_bundle(conn, "douyin", *WEEK, out, attach=attach or [])


def test_bundle_contents_and_manifest(
    conn: sqlite3.Connection, tmp_path: Path, qapp: object
) -> None:
    extra = tmp_path / "CON.png"
    extra.write_bytes(b"\x89PNG screenshot")
    out = tmp_path / "bundle.zip"
    result = _build(conn, out, [extra, extra])
    assert result.orders == 3
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
        manifest = json.loads(zf.read("manifest.json"))
        listed = {f["name"]: f for f in manifest["files"]}
        assert set(listed) == set(names) - {"manifest.json"}
        for name, entry in listed.items():
            data = zf.read(name)
            assert entry["sha256"] == hashlib.sha256(data).hexdigest(), name
            assert entry["size"] == len(data)
            assert entry["description"] and entry["description_en"]
    assert names[:3] == ["appeal-report.pdf", "orders.xlsx", "raw-rows.json"]
    assert names[-1] == "manifest.json"
    attachments = [n for n in names if n.startswith("attachments/")]
    assert sorted(attachments) == sorted(
        [
            "attachments/封控公告gnp.exe",  # bidi override stripped
            "attachments/passwd",  # ../../etc/passwd
            "attachments/_CON.txt",
            "attachments/网点停运通知.png",
            "attachments/_CON.png",
            "attachments/_CON (2).png",
        ]
    )
    for name in names:
        assert is_safe_member(name), name
    assert len({n.casefold() for n in names}) == len(names)
    assert listed["attachments/passwd"]["original_name"] == "../../etc/passwd"
    assert listed["attachments/网点停运通知.png"]["order_id"] == "4987123400003333"
    assert manifest["platform"] == "douyin" and manifest["period"]["from"] == "2022-12-12"
    assert manifest["filing_deadline"] == "2022-12-24"
    cited = {a["rule"]: a for a in manifest["announcements"]}
    assert cited["D1"]["citation"].startswith(
        "《抖音疫情期间商家最新发货及服务调整公告》（2024-09-27）"
    )
    assert "seed" not in json.dumps(manifest["announcements"], ensure_ascii=False)
    with zipfile.ZipFile(out) as zf:
        raw = json.loads(zf.read("raw-rows.json"))
        assert {r["order_id"] for r in raw} == {o["order_id"] for o in manifest["orders"]}
        assert all(r["row"]["订单号"] == r["order_id"] for r in raw)
        # header → value objects whichever form the row was stored in (report_fixtures mixes)
        assert all(list(r["row"]) == ["订单号", "商品名称", "收件人"] for r in raw)
        assert zf.read("attachments/_CON.png") == b"\x89PNG screenshot"
        assert zf.read("appeal-report.pdf").startswith(b"%PDF")


def test_failed_export_leaves_no_zip(
    conn: sqlite3.Connection, tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bundle.zip"
    out.write_bytes(b"old bundle")

    def explode(*_: object) -> bytes:
        raise RuntimeError("boom while writing the xlsx")

    monkeypatch.setattr(bundle, "orders_workbook", explode)
    with pytest.raises(RuntimeError):
        _build(conn, out)
    assert out.read_bytes() == b"old bundle"
    leftovers = [p.name for p in tmp_path.iterdir() if ".zip" in p.name or p.suffix == ".tmp"]
    assert leftovers == ["bundle.zip"]
    # Missing --attach file: BadInput before anything is written.
    fresh = tmp_path / "new.zip"
    with pytest.raises(BadInput, match="无法读取附件"):
        _build(conn, fresh, [tmp_path / "missing.png"])
    assert not fresh.exists()


def test_evidence_cli(
    conn: sqlite3.Connection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "shipcheck.db")
    note = tmp_path / "notice.txt"
    note.write_text("停运通知", encoding="utf-8")
    out = tmp_path / "e.zip"
    argv = ["evidence", "--platform", "douyin", "--from", "2022-12-12", "--to", "2022-12-18"]
    rc = main([*argv, "--out", str(out), "--db", db, "--attach", str(note)])
    assert rc == 0, capsys.readouterr().err
    with zipfile.ZipFile(out) as zf:
        assert "attachments/notice.txt" in zf.namelist()
    rc = main([*argv, "--out", str(tmp_path / "x.zip"), "--db", db, "--attach", "/no/such"])
    assert rc == 2 and "/no/such" in capsys.readouterr().err
    rc = main([*argv, "--out", str(tmp_path / "x.pdf"), "--db", db])
    assert rc == 2 and ".zip" in capsys.readouterr().err
    rc = main(
        [
            "evidence",
            "--platform",
            "aliexpress",
            "--from",
            "2022-12-12",
            "--to",
            "2022-12-18",
            "--out",
            str(tmp_path / "y.zip"),
            "--db",
            db,
        ]
    )
    assert rc == 2
    assert not (tmp_path / "x.zip").exists() and not (tmp_path / "y.zip").exists()


def test_package_level_entry_point_as_the_gui_calls_it(
    conn: sqlite3.Connection, tmp_path: Path, qapp: object
) -> None:
    from datetime import datetime
    from types import SimpleNamespace

    import desktop_app.evidence as evidence

    out = tmp_path / "gui.zip"
    evidence.build_bundle(
        SimpleNamespace(conn=conn),  # a Store: only .conn is used
        platform="douyin",
        start=WEEK[0],
        end=WEEK[1],
        out=out,
        shop="",
        as_of=datetime(2022, 12, 20, 18, 0),
    )
    with zipfile.ZipFile(out) as zf:
        assert "manifest.json" in zf.namelist()
