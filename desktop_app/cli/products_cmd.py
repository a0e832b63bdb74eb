"""``shipcheck products template OUT.xlsx``: an empty product sheet for the seller to fill in.

The sheet carries exactly the headers the importer recognises as a product sheet (商品ID,
商品名称, 上架时间, 上月销量, 承诺发货时长(小时), 是否使用运费模板, 发货地址, 履约模式); the id
column is formatted as text so long ids keep every digit. A second sheet explains each column.
Written atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.importing.aliases import PRODUCT_TEMPLATE_HEADERS

_NOTES: tuple[tuple[str, str, str], ...] = (
    (
        "商品ID",
        "平台上的商品编号，按文本填写（不要让 Excel 变成科学计数法）",
        "the platform's product id, as text",
    ),
    ("商品名称", "可选，便于辨认", "optional, for your reference"),
    (
        "上架时间",
        "如 2022-12-01 或 2022-12-01 10:00:00（速卖通 A1：30 天内新发商品）",
        "listing date (AliExpress A1: new within 30 days)",
    ),
    (
        "上月销量",
        "整数（速卖通 A1：上月销量 ≤ 10 笔）",
        "whole number (AliExpress A1: ≤ 10 last month)",
    ),
    (
        "承诺发货时长(小时)",
        "24 / 48 / 72 …（快手 K4：24 或 48 小时为承诺现货）",
        "24 / 48 / 72 … (Kuaishou K4: 24/48 h = in stock)",
    ),
    (
        "是否使用运费模板",
        "是 / 否（快手 K1：不使用运费模板的商品不享受疫情豁免）",
        "yes/no (Kuaishou K1: no template → no exemption)",
    ),
    (
        "发货地址",
        "省市区 + 详细地址（快手 K1 用于判断是否在疫情影响区域）",
        "ship-from address (Kuaishou K1 affected areas)",
    ),
    (
        "履约模式",
        "速卖通半托管：POP / JIT揽收 / JIT自寄",
        "AliExpress semi-managed: POP / JIT揽收 / JIT自寄",
    ),
)


def register(subparsers: Any) -> None:
    """Add ``products template``."""
    products = subparsers.add_parser("products", help="product sheets 商品表")
    products.add_argument("--db", type=Path, default=None, help="database file (unused here)")
    sub = products.add_subparsers(dest="products_command", metavar="SUBCOMMAND")
    template = sub.add_parser("template", help="write an empty product sheet 写出空白商品表模板")
    template.add_argument("out", type=Path, metavar="OUT.xlsx")
    template.add_argument("--db", type=Path, default=None, help="database file (unused here)")
    template.set_defaults(run=run_template)


def build_template() -> bytes:
    """The template workbook as xlsx bytes."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "商品"
    ws.append(list(PRODUCT_TEMPLATE_HEADERS))
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
    widths = (22, 36, 20, 10, 18, 16, 40, 12)
    for i, w in enumerate(widths):
        letter = chr(ord("A") + i)
        ws.column_dimensions[letter].width = w
    ws.column_dimensions["A"].number_format = "@"  # ids as text
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("填写说明")
    notes.append(["列 Column", "填写说明", "Notes"])
    for row in _NOTES:
        notes.append(list(row))
    notes.column_dimensions["A"].width = 20
    notes.column_dimensions["B"].width = 70
    notes.column_dimensions["C"].width = 50
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def run_template(args: argparse.Namespace) -> int:
    """Write the template to ``args.out`` atomically."""
    from desktop_app.atomic import atomic_write_bytes
    from desktop_app.errors import BadInput, Problem

    out: Path = args.out
    if out.suffix.lower() not in (".xlsx", ".xlsm"):
        out = out.with_suffix(".xlsx") if not out.suffix else out
    try:
        atomic_write_bytes(out, build_template())
    except OSError as exc:
        raise BadInput(
            Problem(
                f"无法写入文件：{exc.strerror}",
                f"cannot write the file: {exc.strerror}",
                file=str(out),
            )
        ) from exc
    print(out)
    return 0
