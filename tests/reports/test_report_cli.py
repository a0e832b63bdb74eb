"""`shipcheck report penalty|appeal`: exit codes, outputs and messages."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.reports.data import ReportRequest, gather_appeal
from tests.reports.conftest import pdf_text

ARGS = ["--from", "2022-12-12", "--to", "2022-12-18"]


def _db(tmp_path: Path, conn: sqlite3.Connection) -> str:
    return str(tmp_path / "shipcheck.db")


def test_penalty_and_appeal(
    conn: sqlite3.Connection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path, conn)
    out = tmp_path / "p.pdf"
    rc = main(["report", "penalty", "--platform", "kuaishou", *ARGS, "--out", str(out), "--db", db])
    assert rc == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    assert "2212150000123456789" in pdf_text(out)
    appeal = tmp_path / "a.pdf"
    argv = ["report", "appeal", "--platform", "douyin", *ARGS, "--notice", "2022-12-19"]
    rc = main([*argv, "--lang", "en", "--out", str(appeal), "--db", db])
    assert rc == 0, capsys.readouterr().err
    text = pdf_text(appeal)
    assert "Pre-report / appeal of timeout penalties" in text and "2022-12-26" in text
    # Orders of the appeal without evidence of their own: the command says how many.
    req = ReportRequest("douyin", date(2022, 12, 12), date(2022, 12, 18))
    missing = gather_appeal(conn, req).orders_without_evidence
    err = capsys.readouterr().err
    assert missing and f"Note: {missing} order(s) in this appeal have no evidence" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--platform", "kuaishou", "--from", "2022-13-01", "--to", "2022-12-18"], "--from"),
        (["--platform", "kuaishou", "--from", "2022-12-12", "--to", "12/18"], "--to"),
        (["--platform", "kuaishou", *ARGS, "--as-of", "yesterday"], "--as-of"),
        (["--platform", "kuaishou", "--from", "2023-01-01", "--to", "2023-01-07"], "没有已评估"),
        (["--platform", "kuaishou", "--from", "2022-12-18", "--to", "2022-12-12"], "结束日期"),
    ],
)
def test_bad_input_exits_2(
    conn: sqlite3.Connection,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    out = tmp_path / "r.pdf"
    rc = main(["report", "penalty", *argv, "--out", str(out), "--db", _db(tmp_path, conn)])
    assert rc == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_bad_output_and_platform(
    conn: sqlite3.Connection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path, conn)
    rc = main(["report", "penalty", "--platform", "kuaishou", *ARGS, "--out", "x.txt", "--db", db])
    assert rc == 2 and ".pdf" in capsys.readouterr().err
    rc = main(["report", "penalty", "--platform", "taobao", *ARGS, "--out", "x.pdf", "--db", db])
    assert rc == 2  # argparse choices
    missing = str(tmp_path / "nope" / "none.db")
    rc = main(
        ["report", "appeal", "--platform", "douyin", *ARGS, "--out", "x.pdf", "--db", missing]
    )
    assert rc == 2


def test_engine_metrics_for_whole_weeks_only(
    conn: sqlite3.Connection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path, conn)
    week = tmp_path / "week.pdf"
    rc = main(
        ["report", "penalty", "--platform", "kuaishou", *ARGS, "--out", str(week), "--db", db]
    )
    assert rc == 0, capsys.readouterr().err
    text = pdf_text(week)
    # The fixture week (2022-12) is before K4 (2023-02-15): the report says why there is no waiver.
    assert "K4 高现货商家超时未发货处罚豁免" in text and "尚未生效" in text
    assert "支付订单量" not in text
    days = tmp_path / "days.pdf"
    argv = ["--platform", "kuaishou", "--from", "2022-12-13", "--to", "2022-12-18"]
    rc = main(["report", "penalty", *argv, "--out", str(days), "--db", db])
    assert rc == 0, capsys.readouterr().err
    assert "不是整周或整月" in pdf_text(days)
