"""Inputs the fuzzer found that once crashed the import path (each pinned as a plain test).

Every one must import or be refused with `BadInput` — through the real command, exit code 0 or 2,
never 1 with a traceback — and a refused file leaves the database as it was.
"""

from __future__ import annotations

import os
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


# --- hostile but tiny files must not hang or crash the import -----------------------------------
#
# Each runs under a time limit; a hang fails with `Hang`. The limits are generous (a loaded CI
# machine); the fixed code takes milliseconds.


def _import_quickly(tmp_path: Path, name: str, data: bytes, *extra: str) -> tuple[int, str]:
    import contextlib
    import io

    from safety_support import time_limit

    err = io.StringIO()
    with time_limit(8.0, hard_seconds=120.0), contextlib.redirect_stderr(err):
        rc = _run(tmp_path, name, data, *extra)
    return rc, err.getvalue()


def test_html_sniffing_of_many_comments_does_not_hang(tmp_path: Path) -> None:
    """sniff._HTML_START: ``(?:<!--.*?-->\\s*)*`` backtracks exponentially over many comments."""
    data = b"<!--x-->" * 60 + b"not html at all, just text\r\n1,2\r\n"
    rc, err = _import_quickly(tmp_path, "comments.csv", data, "--platform", "kuaishou")
    assert rc == 2 and "Traceback" not in err


@pytest.mark.parametrize("wide", [False, True], ids=["tail-scan", "stray-cell-strip"])
def test_sheet_xml_with_unclosed_row_tags_does_not_hang(tmp_path: Path, wide: bool) -> None:
    """zipguard: ``<row\\b[^>]*?\\sr="…"`` rescans to the end of the sheet from every ``<row``
    without a ``>``; a 10 KB workbook took minutes."""
    from safety_support import corpus_module

    corpus = corpus_module()
    good = corpus.xlsx_bytes([("Sheet1", [list(corpus.KS_MIN), *corpus.kuaishou_rows(3)])])
    junk = (b'<c r="XFD1"><v>1</v></c>' if wide else b"") + b"<row " * 200_000
    data = corpus._rewrite_member(
        good,
        "xl/worksheets/sheet1.xml",
        lambda b: b.replace(b"</sheetData>", b"</sheetData>" + junk),
    )
    rc, err = _import_quickly(tmp_path, "rows.xlsx", data)
    assert rc in (0, 2) and "Traceback" not in err


def test_long_whitespace_in_a_time_cell_does_not_hang(tmp_path: Path) -> None:
    """values._DT_GENERAL: three adjacent whitespace quantifiers, cubic in a cell's length."""
    cell = "2022-12-19" + " " * 30_000 + "x"
    data = (HEADER + f"2212200000000001,{cell},张三\r\n").encode()
    rc, err = _import_quickly(tmp_path, "spaces.csv", data, "--platform", "kuaishou")
    assert rc == 2 and "Traceback" not in err


@pytest.mark.parametrize("column", ["实付款", "成交数量"])
def test_number_with_thousands_of_digits_is_bad_input(tmp_path: Path, column: str) -> None:
    """values.to_fen / to_count: int() of more than 4300 digits raises ValueError (exit 1)."""
    header = f"订单号,订单支付时间,{column}\r\n"
    data = (header + "2212200000000001,2022-12-19 12:00:00," + "1" * 5000 + "\r\n").encode()
    rc, err = _import_quickly(tmp_path, "digits.csv", data, "--platform", "kuaishou")
    assert rc == 2 and "Traceback" not in err


@pytest.mark.skipif(os.name != "posix", reason="memory limit via setrlimit")
@pytest.mark.parametrize("ref", ["AMJ1048576", "Z1048576", "A200000"])
def test_far_cell_inside_a_low_row_is_dropped_not_materialised(tmp_path: Path, ref: str) -> None:
    """A cell whose reference is far away while it sits in row 3: python-calamine lays the sheet
    out as a dense rectangle by the references, so one cell asked for up to 34 GB and aborted the
    process (not an exception: the whole app died). Run in a child process with a memory limit."""
    import re
    import resource
    import subprocess
    import sys

    from safety_support import ROOT, corpus_module

    corpus = corpus_module()
    good = corpus.xlsx_bytes([("Sheet1", [list(corpus.KS_MIN), *corpus.kuaishou_rows(3)])])
    data = corpus._rewrite_member(
        good,
        "xl/worksheets/sheet1.xml",
        lambda b: re.sub(rb'<c r="B3"', b'<c r="' + ref.encode() + b'"', b, count=1),
    )
    path = tmp_path / "far.xlsx"
    path.write_bytes(data)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))

    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "import", str(path), "--db", str(tmp_path / "f.db")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=limit,
        timeout=120,
    )
    assert proc.returncode in (0, 2), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr


def test_workbook_with_a_duplicate_part_is_refused_cleanly(tmp_path: Path) -> None:
    """Two members with one name: which one would each reader take? Refuse, don't guess (it
    also made the stray-cell rewrite warn about the duplicate)."""
    import io
    import warnings
    import zipfile

    from safety_support import corpus_module

    corpus = corpus_module()
    good = corpus.xlsx_bytes([("Sheet1", [list(corpus.KS_MIN), *corpus.kuaishou_rows(3)])])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dst.writestr("xl/worksheets/sheet1.xml", b'<worksheet><c r="XFD1"/></worksheet>')
    rc, err = _import_quickly(tmp_path, "dup.xlsx", out.getvalue())
    assert rc == 2 and "Traceback" not in err
