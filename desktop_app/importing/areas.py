"""Reading an affected-area file (K1): the seller's list of regions with their dates.

The file goes through the same hardened readers as order exports (format sniffing, zip and
encryption checks, UTF-8/GBK CSV, xlsx/xls/html). Reading stores nothing: `store.areas.save_areas`
resolves and writes the rows, all or none.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.csvfile import read_csv
from desktop_app.importing.htmltable import read_html
from desktop_app.importing.sniff import sniff
from desktop_app.importing.values import cell_text
from desktop_app.importing.xlsx import read_workbook


class AreaRow(NamedTuple):
    """One data row of an area file, with its row number in the file."""

    row: int
    region: str
    start: date
    end: date | None
    note: str


@dataclass(frozen=True, slots=True)
class AreaFile:
    """The readable rows of an area file and the problems of the others."""

    file_name: str
    rows: list[AreaRow] = dataclass_field(default_factory=list)
    problems: list[Problem] = dataclass_field(default_factory=list)


HEADERS = {
    "region": ("地区", "区域", "疫情区域", "受影响区域", "region", "area"),
    "start": ("开始日期", "开始时间", "开始", "起始日期", "start", "from"),
    "end": ("结束日期", "结束时间", "结束", "截止日期", "end", "to"),
    "note": ("备注", "说明", "note"),
}


def parse_date(text: str) -> date:
    """'2022-05-01', '2022/5/1', '2022.05.01' or '2022-05-01 00:00:00' → date (ValueError if
    bad)."""
    t = text.strip().replace("/", "-").replace(".", "-")
    if " " in t:
        t = t.split(" ", 1)[0]
    parts = t.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    return date(int(parts[0]), int(parts[1]), int(parts[2]))


def _cell(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return cell_text(value).strip()


def _read_rows(path: Path) -> list[list[str]]:
    """The first visible sheet's rows as text, through the importer's hardened readers
    (format sniffing, encrypted/zip-bomb checks, UTF-8/GBK CSV, xlsx/xls/html)."""
    fmt = sniff(path)
    if fmt in ("xlsx", "xls"):
        book = read_workbook(path, fmt)
    elif fmt == "html":
        book = read_html(path)
    else:
        book = read_csv(path)
    sheets = [s for s in book.sheets if not s.hidden]
    if not sheets:
        raise BadInput(Problem("文件中没有可读的工作表", "No readable sheet", file=path.name))
    sheet = sheets[0]
    rows = [[_cell(c) for c in row] for row in sheet.rows()]
    padding: list[list[str]] = [[] for _ in range(sheet.first_row - 1)]  # keep row numbers exact
    return padding + rows


def read_area_file(path: Path) -> AreaFile:
    """The rows of a CSV/XLSX with 地区/开始日期/结束日期[/备注] headers; BadInput when the file
    cannot be read or has no such header row. Rows with bad dates are listed as problems."""
    if not path.exists():
        raise BadInput(Problem("文件不存在", "File not found", file=str(path)))
    rows = _read_rows(path)
    header_index: dict[str, int] = {}
    header_row = -1
    for i, row in enumerate(rows[:20]):
        found: dict[str, int] = {}
        for j, cell in enumerate(row):
            name = "".join(cell.split()).lower()
            for field, names in HEADERS.items():
                if name in names and field not in found:
                    found[field] = j
        if "region" in found and "start" in found:
            header_index, header_row = found, i
            break
    if header_row < 0:
        raise BadInput(
            Problem(
                "找不到表头：需要“地区”和“开始日期”列（可选“结束日期”“备注”）",
                "No header row: need 地区 (region) and 开始日期 (start) columns",
                file=path.name,
            )
        )
    problems: list[Problem] = []
    parsed: list[AreaRow] = []
    for i, row in enumerate(rows[header_row + 1 :], start=header_row + 2):

        def get(field: str, row: list[str] = row) -> str:
            j = header_index.get(field)
            return row[j] if j is not None and j < len(row) else ""

        region = get("region")
        if not region and not any(row):
            continue
        try:
            start = parse_date(get("start"))
        except ValueError:
            problems.append(
                Problem(
                    "开始日期不是日期",
                    "Start is not a date",
                    file=path.name,
                    row=i,
                    header="开始日期",
                    value=get("start"),
                )
            )
            continue
        end_text = get("end")
        end: date | None = None
        if end_text and end_text not in ("-", "--", "至今", "open"):
            try:
                end = parse_date(end_text)
            except ValueError:
                problems.append(
                    Problem(
                        "结束日期不是日期",
                        "End is not a date",
                        file=path.name,
                        row=i,
                        header="结束日期",
                        value=end_text,
                    )
                )
                continue
        parsed.append(AreaRow(i, region, start, end, get("note")))
    return AreaFile(path.name, parsed, problems)
