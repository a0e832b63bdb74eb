"""The evidence bundle's spreadsheet: the orders concerned and the raw export rows, as .xlsx.

Written with openpyxl's write-only mode. Every value is written as a typed cell with no formulas:
ids and other text as *text* cells (never numbers — a 19-digit id must not become 2.2e18), money
and counts as numbers. Text that a spreadsheet could take for a formula or a DDE payload — starting
with ``=``, ``+``, ``-``, ``@``, a tab, carriage return or another control character — is
neutralised by a leading apostrophe, and characters XML cannot hold are replaced.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop_app.chinatime import TIME_FORMAT
from desktop_app.reports.model import AppealReport, OrderLine
from desktop_app.store.read.columns import EVIDENCE_COLUMNS, SPEC, title
from policies.platforms import platform_name
from policies.statuses import status_name

FORMULA_TRIGGERS = ("=", "+", "-", "@")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_CELL = 32767


def neutralise(text: str) -> str:
    """`text` made safe for a spreadsheet text cell (see the module docstring)."""
    if text and (text.startswith(FORMULA_TRIGGERS) or ord(text[0]) < 0x20 or text[0] == "\x7f"):
        text = "'" + text
    text = _ILLEGAL_XML.sub("\ufffd", text)
    return text[:_MAX_CELL]


def typed_cell(ws: WriteOnlyWorksheet, value: Any, bold: bool = False) -> WriteOnlyCell:
    """A write-only cell holding `value` typed: None empty, bool 是/否, numbers as numbers
    (Decimal with two places), anything else as neutralised text; `bold` for a header cell."""
    if value is None:
        cell = WriteOnlyCell(ws, value=None)
    elif isinstance(value, bool):
        cell = WriteOnlyCell(ws, value="是" if value else "否")
        cell.data_type = "s"
    elif isinstance(value, (int, float, Decimal)):
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, Decimal):
            cell.number_format = "0.00"
    else:
        cell = WriteOnlyCell(ws, value=neutralise(str(value)))
        cell.data_type = "s"  # never a formula, whatever the text
    if bold:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E3EE")
        cell.alignment = Alignment(vertical="center")
    return cell


def _yuan(fen: int | None) -> Decimal | str:
    return "未设置" if fen is None else Decimal(fen) / 100


def order_columns() -> list[tuple[str, int]]:
    """(title, width) of the order sheet's columns (`store.read.columns.EVIDENCE_COLUMNS`), in
    Chinese: the sheet is for the platform's reviewer."""
    return [(title(name, False, export=True), SPEC[name].export_width) for name in EVIDENCE_COLUMNS]


def _own_cells(line: OrderLine, attachment_names: Sequence[str]) -> dict[str, Any]:
    """The cells of the order sheet's columns of kind "own" (`store.read.columns.Column`)."""
    return {
        "platform": platform_name(line.platform),
        "quantity": line.quantity,
        "paid_amount": _yuan(line.paid_amount_fen) if line.paid_amount_fen is not None else None,
        "region": line.receiver_region,
        "status": status_name(line.status, wording="report"),
        "lateness": line.lateness_minutes,
        "rules": ", ".join(line.rules),
        "money": _yuan(line.compensation_fen),
        "candidate": line.appeal_candidate,
        "seller_mark": line.appeal_mark,
        "appeal_reason": line.appeal_reason,
        "reasons": "；".join(line.reasons),
        "attachments": "\n".join(attachment_names),
        "source_row": line.source_row,
    }


def order_row(line: OrderLine, attachment_names: Sequence[str]) -> list[Any]:
    """One order's values in `EVIDENCE_COLUMNS` order: a "text" or "time" column shows its
    field's stored value."""
    cells = _own_cells(line, attachment_names)
    return [
        cells[name] if SPEC[name].kind == "own" else line.values.get(SPEC[name].fields[0])
        for name in EVIDENCE_COLUMNS
    ]


def _raw_rows(
    lines: Iterable[OrderLine],
) -> tuple[list[str], list[tuple[OrderLine, dict[str, Any]]]]:
    headers: list[str] = []
    seen: set[str] = set()
    rows: list[tuple[OrderLine, dict[str, Any]]] = []
    for line in lines:
        try:
            raw = json.loads(line.raw_json)
        except ValueError:
            raw = {"raw_json": line.raw_json}
        if not isinstance(raw, dict):
            raw = {"raw_json": line.raw_json}
        for key in raw:
            if key not in seen:
                seen.add(key)
                headers.append(str(key))
        rows.append((line, raw))
    return headers, rows


def orders_workbook(report: AppealReport, attachment_names: dict[int, str]) -> bytes:
    """The .xlsx bytes: sheet 订单 (the orders), 原始导出行 (their exported rows), 说明 (about)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("订单")
    columns = order_columns()
    for i, (_, width) in enumerate(columns):
        ws.column_dimensions[_column_letter(i)].width = width
    ws.freeze_panes = "C2"
    ws.append([typed_cell(ws, name, bold=True) for name, _ in columns])
    for line in report.orders:
        names = [attachment_names.get(a.attachment_id, a.file_name) for a in line.attachments]
        ws.append([typed_cell(ws, v) for v in order_row(line, names)])

    raw_ws = wb.create_sheet("原始导出行")
    headers, rows = _raw_rows(report.orders)
    fixed = [title(name, False) for name in ("source_file", "source_sheet", "source_row")]
    raw_ws.freeze_panes = "D2"
    raw_ws.append([typed_cell(raw_ws, h, bold=True) for h in fixed + headers])
    for line, raw in rows:
        values: list[Any] = [line.source_file, line.source_sheet, line.source_row]
        values += ["" if raw.get(h) is None else str(raw.get(h)) for h in headers]
        raw_ws.append([typed_cell(raw_ws, v) for v in values])

    about = wb.create_sheet("说明")
    h = report.header
    for key, value in (
        ("平台", platform_name(h.platform)),
        ("店铺", h.shop or "、".join(s for s in h.shops if s) or "全部"),
        ("期间", f"{h.period_start} 至 {h.period_end}"),
        ("评估时点（北京时间）", h.as_of.strftime(TIME_FORMAT)),
        ("生成时间（北京时间）", h.generated_at.strftime(TIME_FORMAT)),
        ("订单数", len(report.orders)),
        (
            "说明",
            "所有文本按原样保存为文本单元格；以 = + - @ 开头的内容前加了单引号以防被当作公式。",
        ),
    ):
        about.append([typed_cell(about, key, bold=True), typed_cell(about, value)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
