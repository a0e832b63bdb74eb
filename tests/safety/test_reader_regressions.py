"""Inputs the fuzzer found that once crashed the import path (each pinned as a plain test).

Every one must import or be refused with `BadInput` — through the real command, exit code 0 or 2,
never 1 with a traceback — and a refused file leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_support import digest

from desktop_app.cli.main import main
from desktop_app.store.connection import open_store

HEADER = "订单号,订单支付时间,收货人姓名\r\n"


def _run(tmp_path: Path, name: str, data: bytes, *extra: str) -> int:
    path = tmp_path / name
    path.write_bytes(data)
    return main(["import", str(path), "--db", str(tmp_path / "r.db"), *extra])


def test_csv_row_longer_than_the_header_then_a_normal_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trailing extra cells on one record (e.g. a stray comma) next to ordinary records."""
    body = (
        HEADER
        + "2212200000000001,2022-12-19 12:00:00,张三,多出来的,单元格\r\n"
        + "2212200000000002,2022-12-19 12:00:00,李四\r\n"
    )
    rc = _run(tmp_path, "ragged.csv", body.encode("utf-8-sig"), "--platform", "kuaishou")
    err = capsys.readouterr().err
    assert rc == 0, err
    assert "Traceback" not in err
    with open_store(tmp_path / "r.db", readonly=True) as store:
        rows = dict(store.conn.execute("SELECT order_id, raw_json FROM orders"))
    assert set(rows) == {"2212200000000001", "2212200000000002"}
    assert "多出来的" in rows["2212200000000001"]  # the extra cells are kept raw


def test_csv_normal_row_then_a_longer_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        HEADER
        + "2212200000000001,2022-12-19 12:00:00,张三\r\n"
        + "2212200000000002,2022-12-19 12:00:00,李四,,\r\n"
    )
    rc = _run(tmp_path, "ragged2.csv", body.encode("utf-8"), "--platform", "kuaishou")
    assert rc == 0, capsys.readouterr().err


def test_html_table_with_a_broken_row_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``</<tr>``: the parser runs two rows together into one longer row."""
    html = (
        "<html><body><table><tr><th>订单号</th><th>订单支付时间</th><th>收货人姓名</th></tr>"
        "<tr><td rowspan=2>2212200000000001</td><td>2022-12-19 12:00:00</td><td>张三</td></<tr>"
        "<td>2022-12-19 12:00:00</td><td>张三</td></tr>"
        "<tr><td>2212200000000002</td><td>2022-12-19 13:00:00</td><td>李四</td></tr>"
        "</table></body></html>"
    )
    rc = _run(tmp_path, "broken.xls", html.encode("utf-8"), "--platform", "kuaishou")
    err = capsys.readouterr().err
    assert rc in (0, 2), err
    assert "Traceback" not in err and "内部错误" not in err


def test_refused_file_leaves_the_database_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = HEADER + "2212200000000001,2022-12-19 12:00:00,张三\r\n"
    assert _run(tmp_path, "good.csv", good.encode(), "--platform", "kuaishou") == 0
    with open_store(tmp_path / "r.db", readonly=True) as store:
        before = digest(store.conn)
    bad = HEADER + "2212200000000002,2022-13-45 10:00:00,李四\r\n"
    assert _run(tmp_path, "bad.csv", bad.encode(), "--platform", "kuaishou") == 2
    assert "Traceback" not in capsys.readouterr().err
    with open_store(tmp_path / "r.db", readonly=True) as store:
        assert digest(store.conn) == before
