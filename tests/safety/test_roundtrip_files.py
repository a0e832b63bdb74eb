"""Property: any valid export the builders can produce imports to exactly the values it holds.

Hypothesis chooses a platform (快手 / 抖店 / 速卖通), a format (xlsx / CSV), and rows: order ids of
16–19 digits (and 抖店 sub-order ids) written the ways the back-ends write them (plain text, a
trailing tab, ``="…"``), Chinese and mixed text, times as text in several layouts or as real Excel
date cells, money as plain decimals, ``¥1,299.90``-style text, ``12元`` or numeric cells, and
quantities. The file is written with the platform's complete header row (tests/corpus builders,
the demo's header lists) and goes through the real command line:

- ``shipcheck import FILE`` stores every row, and ``shipcheck orders --json`` returns exactly the
  values written, field by field (and nothing else);
- importing the same file again changes nothing: every row is counted unchanged, and the stored
  rows — raw cells and import ids included — are identical.

Product sheets (the ``shipcheck products template`` headers, filled in as a seller would) get the
same two checks against the stored products.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_support import corpus_module

from desktop_app.cli.main import main
from desktop_app.importing import aliases
from desktop_app.importing.headers import header_key
from desktop_app.importing.values import NULL_MARKERS
from policies.records import Platform

TEXT_FIELDS = (
    "status_text",
    "product_name",
    "receiver_name",
    "receiver_province",
    "receiver_city",
    "buyer_note",
    "seller_note",
    "carrier",
)
TIME_FIELDS = ("created_at", "paid_at", "promised_ship_at", "shipped_at")
ALPHABET = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5) | st.sampled_from(
    list("abcXYZ019 ，。-（）()·#/")
)
TEXTS = (
    st.text(ALPHABET, min_size=1, max_size=14)
    .map(str.strip)
    .filter(lambda s: s not in NULL_MARKERS)
)
TIMES = st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31)).map(
    lambda d: d.replace(microsecond=0)
)
TIME_TEXT = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def demo_headers(platform: str) -> list[str]:
    """The platform's complete export header row (the demo generator's lists)."""
    demo = corpus_module()._demo()
    return list(
        {"kuaishou": demo.KS_HEADERS, "douyin": demo.DY_HEADERS, "aliexpress": demo.AE_HEADERS}[
            platform
        ]
    )


def field_headers(platform: str) -> dict[str, str]:
    """field → the header that carries it in the platform's export."""
    headers = demo_headers(platform)
    by_key = {header_key(h): h for h in headers}
    out: dict[str, str] = {}
    for fieldname, names in aliases.BY_PLATFORM[Platform(platform)].items():
        for name in names:
            if header_key(name) in by_key:
                out[fieldname] = by_key[header_key(name)]
                break
    return out


@dataclass
class Export:
    """A generated export: what was written (cells) and what must come back (expected)."""

    platform: str
    fmt: str
    headers: list[str]
    cells: list[dict[str, object]]  # header → cell as written
    expected: list[dict[str, Any]]  # field → value as `orders --json` must return it


def _id_cell(draw: st.DrawFn, value: str, fmt: str) -> str:
    if fmt == "xlsx":
        return draw(st.sampled_from([value, value + "\t"]))
    return draw(st.sampled_from([value, value + "\t", f'="{value}"']))


def _money_cell(draw: st.DrawFn, fen: int, fmt: str) -> object:
    yuan = f"{fen // 100}.{fen % 100:02d}"
    choices: list[object] = [yuan, f"¥{fen // 100:,}.{fen % 100:02d}", f"￥{yuan}"]
    if fen % 100 == 0:
        choices.append(f"{fen // 100}元")
    if fmt == "xlsx":
        choices.append(fen / 100)
    return draw(st.sampled_from(choices))


def _time_cell(draw: st.DrawFn, value: datetime, fmt: str) -> object:
    choices: list[object] = [value.strftime(f) for f in TIME_TEXT]
    if fmt == "xlsx":
        choices.append(value)
    return draw(st.sampled_from(choices))


@st.composite
def exports(draw: st.DrawFn) -> Export:
    """A valid export of one platform in one format, with its expected stored values."""
    platform = draw(st.sampled_from(["kuaishou", "douyin", "aliexpress"]))
    fmt = draw(st.sampled_from(["xlsx", "csv"]))
    where = field_headers(platform)
    n = draw(st.integers(1, 6))
    ids = draw(
        st.lists(
            st.from_regex(r"[1-9][0-9]{15,18}", fullmatch=True), min_size=n, max_size=n, unique=True
        )
    )
    cells: list[dict[str, object]] = []
    expected: list[dict[str, Any]] = []
    for order_id in ids:
        row: dict[str, object] = {where["order_id"]: _id_cell(draw, order_id, fmt)}
        want: dict[str, Any] = {"platform": platform, "order_id": order_id, "sub_order_id": ""}
        if "sub_order_id" in where:
            sub = draw(st.from_regex(r"[1-9][0-9]{18}", fullmatch=True))
            row[where["sub_order_id"]] = _id_cell(draw, sub, fmt)
            want["sub_order_id"] = sub
        for fieldname in TIME_FIELDS:
            if fieldname not in where:
                continue
            value = draw(TIMES) if fieldname == "paid_at" else draw(st.none() | TIMES)
            row[where[fieldname]] = "" if value is None else _time_cell(draw, value, fmt)
            want[fieldname] = None if value is None else value.strftime("%Y-%m-%d %H:%M:%S")
        fen = draw(st.none() | st.integers(0, 10**9))
        row[where["paid_amount_fen"]] = "" if fen is None else _money_cell(draw, fen, fmt)
        want["paid_amount_fen"] = fen
        want["paid_amount"] = None if fen is None else f"{fen // 100}.{fen % 100:02d}"
        if "quantity" in where:
            qty = draw(st.none() | st.integers(0, 99999))
            cell: object = "" if qty is None else draw(st.sampled_from([str(qty), qty]))
            row[where["quantity"]] = str(cell) if fmt == "csv" else cell
            want["quantity"] = qty
        for fieldname in TEXT_FIELDS:
            if fieldname in where:
                text = draw(st.just("") | TEXTS)
                row[where[fieldname]] = text
                want[fieldname] = text
        if "tracking_no" in where:
            tracking = draw(st.just("") | st.from_regex(r"[A-Z]{0,2}[0-9]{10,15}", fullmatch=True))
            row[where["tracking_no"]] = tracking
            want["tracking_no"] = tracking
        cells.append(row)
        expected.append(want)
    return Export(platform, fmt, demo_headers(platform), cells, expected)


def write_export(export: Export, folder: Path) -> Path:
    """The export as a file, through the corpus generator's builders."""
    corpus = corpus_module()
    blank: object = "" if export.fmt == "csv" else None
    rows = [export.headers] + [[c.get(h, blank) for h in export.headers] for c in export.cells]
    if export.fmt == "csv":
        path = folder / f"{export.platform}.csv"
        path.write_bytes(corpus.csv_bytes(rows, "utf-8-sig"))
    else:
        path = folder / f"{export.platform}.xlsx"
        path.write_bytes(corpus.xlsx_bytes([("订单", rows)]))
    return path


def run_cli(*argv: str) -> tuple[int, str, str]:
    """`shipcheck ARGV` in this process; (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(list(argv))
    return rc, out.getvalue(), err.getvalue()


def stored(db: Path, raw: bool = False) -> list[dict[str, Any]]:
    """`shipcheck orders --json` (with --raw: the raw cells and import ids too)."""
    rc, out, err = run_cli("orders", "--json", *(["--raw"] if raw else []), "--db", str(db))
    assert rc == 0, err
    return [json.loads(line) for line in out.splitlines()]


def last_import_counts(db: Path) -> tuple[int, int, int, int, int]:
    """(new, updated, unchanged, stale, total rows) of the latest import."""
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT rows_new, rows_updated, rows_unchanged, rows_stale, rows_total FROM imports "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return tuple(row)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(export=exports())
def test_export_imports_exactly_and_reimport_changes_nothing(export: Export) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_export(export, folder)
        db = folder / "shop.db"
        rc, _out, err = run_cli("import", str(path), "--db", str(db))
        assert rc == 0, err
        n = len(export.expected)
        assert last_import_counts(db) == (n, 0, 0, 0, n)

        got = {(o["order_id"], o["sub_order_id"]): o for o in stored(db)}
        assert len(got) == n
        for want in export.expected:
            obj = got[(want["order_id"], want["sub_order_id"])]
            assert {k: obj[k] for k in want} == want

        before = stored(db, raw=True)
        rc, _out, err = run_cli("import", str(path), "--db", str(db))
        assert rc == 0, err
        assert last_import_counts(db) == (0, 0, n, 0, n)
        assert stored(db, raw=True) == before


@dataclass
class ProductSheet:
    """A generated product sheet (the `shipcheck products template` headers)."""

    platform: str
    fmt: str
    rows: list[list[object]]
    expected: dict[str, tuple[object, ...]]  # product_id → stored PRODUCT_FIELDS values


@st.composite
def product_sheets(draw: st.DrawFn) -> ProductSheet:
    """Product rows with hypothesis-chosen values, as a seller fills in the template."""
    platform = draw(st.sampled_from(["kuaishou", "douyin", "aliexpress"]))
    fmt = draw(st.sampled_from(["xlsx", "csv"]))
    ids = draw(
        st.lists(
            st.from_regex(r"[1-9][0-9]{10,18}", fullmatch=True), min_size=1, max_size=6, unique=True
        )
    )
    rows: list[list[object]] = []
    expected: dict[str, tuple[object, ...]] = {}
    for product_id in ids:
        name = draw(TEXTS)
        listed = draw(st.none() | TIMES)
        sales = draw(st.none() | st.integers(0, 10**6))
        hours = draw(st.none() | st.integers(1, 720))
        freight = draw(st.sampled_from([("是", 1), ("否", 0), ("", None), ("Y", 1), ("N", 0)]))
        address = draw(st.just("") | TEXTS)
        mode = draw(st.sampled_from([("POP", "POP"), ("JIT揽收", "JIT揽收"), ("", "")]))
        rows.append(
            [
                _id_cell(draw, product_id, fmt),
                name,
                "" if listed is None else _time_cell(draw, listed, fmt),
                "" if sales is None else str(sales),
                "" if hours is None else draw(st.sampled_from([str(hours), f"{hours}小时"])),
                freight[0],
                address,
                mode[0],
            ]
        )
        expected[product_id] = (
            name,
            None if listed is None else listed.strftime("%Y-%m-%d %H:%M:%S"),
            sales,
            hours,
            freight[1],
            address,
            mode[1],
        )
    return ProductSheet(platform, fmt, rows, expected)


def _stored_products(db: Path) -> dict[str, tuple[object, ...]]:
    from desktop_app.store.schema import PRODUCT_FIELDS

    conn = sqlite3.connect(db)
    try:
        cols = ", ".join(PRODUCT_FIELDS)
        return {
            r[0]: tuple(r[1:])
            for r in conn.execute(f"SELECT product_id, {cols} FROM products ORDER BY product_id")
        }
    finally:
        conn.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(sheet=product_sheets())
def test_product_sheet_imports_exactly_and_reimport_changes_nothing(sheet: ProductSheet) -> None:
    from desktop_app.cli.products_cmd import PRODUCT_TEMPLATE_HEADERS

    corpus = corpus_module()
    rows = [list(PRODUCT_TEMPLATE_HEADERS), *sheet.rows]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / f"products.{sheet.fmt}"
        if sheet.fmt == "csv":
            path.write_bytes(corpus.csv_bytes(rows, "utf-8-sig"))
        else:
            path.write_bytes(corpus.xlsx_bytes([("商品", rows)]))
        db = folder / "shop.db"
        argv = ("import", str(path), "--platform", sheet.platform, "--db", str(db))
        rc, _out, err = run_cli(*argv)
        assert rc == 0, err
        assert _stored_products(db) == sheet.expected
        rc, _out, err = run_cli(*argv)
        assert rc == 0, err
        n = len(sheet.expected)
        assert last_import_counts(db) == (0, 0, n, 0, n)
        assert _stored_products(db) == sheet.expected
