"""The seller's affected-area table (K1): add, list, delete and import regions with their dates.

Each area is resolved once, when stored, to official province/city/district names
(`policies.regions`), so matching orders is a comparison of names. A region text that cannot be
placed is refused with a `BadInput`, never stored as a guess.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from policies.regions import resolve_text


@dataclass(frozen=True, slots=True)
class StoredArea:
    """One row of `affected_areas`."""

    id: int
    region: str
    province: str
    city: str
    district: str
    start: date
    end: date | None
    note: str


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


def add_area(
    conn: sqlite3.Connection,
    region: str,
    start: date,
    end: date | None = None,
    note: str = "",
) -> StoredArea:
    """Resolve and store one area (its own transaction unless one is open)."""
    region = region.strip()
    if not region:
        raise BadInput(Problem("地区不能为空", "The region is empty"))
    if end is not None and end < start:
        raise BadInput(
            Problem(
                f"结束日期 {end} 早于开始日期 {start}",
                f"End date {end} is before start date {start}",
                value=region,
            )
        )
    r = resolve_text(region)
    if not (r.province or r.city or r.district):
        raise BadInput(
            Problem(
                f"无法识别地区“{region}”（请写省/市/区县名称，如 上海市浦东新区）",
                f"Cannot place region '{region}' (write a province/city/district name)",
                value=region,
            )
        )
    cur = conn.execute(
        "INSERT INTO affected_areas (region, province, city, district, start_date, end_date, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            region,
            r.province,
            r.city,
            r.district,
            start.isoformat(),
            end.isoformat() if end else None,
            note,
        ),
    )
    return StoredArea(
        int(cur.lastrowid or 0), region, r.province, r.city, r.district, start, end, note
    )


def list_areas(conn: sqlite3.Connection) -> list[StoredArea]:
    """Every stored area, oldest first."""
    return [
        StoredArea(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            date.fromisoformat(r[5]),
            date.fromisoformat(r[6]) if r[6] else None,
            r[7],
        )
        for r in conn.execute(
            "SELECT id, region, province, city, district, start_date, end_date, note "
            "FROM affected_areas ORDER BY id"
        )
    ]


def delete_area(conn: sqlite3.Connection, area_id: int) -> bool:
    """Remove one area; False when there was none with that id."""
    return conn.execute("DELETE FROM affected_areas WHERE id = ?", (area_id,)).rowcount > 0


def _cell(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    from desktop_app.importing.values import cell_text

    return cell_text(value).strip()


def _read_rows(path: Path) -> list[list[str]]:
    """The first visible sheet's rows as text, through the importer's hardened readers
    (format sniffing, encrypted/zip-bomb checks, UTF-8/GBK CSV, xlsx/xls/html)."""
    from desktop_app.importing.csvfile import read_csv
    from desktop_app.importing.sniff import sniff

    fmt = sniff(path)
    if fmt in ("xlsx", "xls"):
        from desktop_app.importing.xlsx import read_workbook

        book = read_workbook(path, fmt)
    elif fmt == "html":
        from desktop_app.importing.htmltable import read_html

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


def import_areas(conn: sqlite3.Connection, path: Path) -> list[StoredArea]:
    """Import a CSV/XLSX with 地区/开始日期/结束日期[/备注] headers, all rows or none."""
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
    parsed: list[tuple[int, str, date, date | None, str]] = []
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
        parsed.append((i, region, start, end, get("note")))
    stored: list[StoredArea] = []
    own = not conn.in_transaction  # all rows or none, inside the caller's transaction if any
    conn.execute("BEGIN IMMEDIATE" if own else "SAVEPOINT areas_import")
    try:
        for row_no, region, start, end, note in parsed:
            try:
                stored.append(add_area(conn, region, start, end, note))
            except BadInput as exc:
                p = exc.problems[0]
                problems.append(
                    Problem(
                        p.message,
                        p.message_en,
                        file=path.name,
                        row=row_no,
                        header="地区",
                        value=region,
                    )
                )
        if problems:
            raise BadInput(problems)
        conn.execute("COMMIT" if own else "RELEASE areas_import")
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        else:
            conn.execute("ROLLBACK TO areas_import")
            conn.execute("RELEASE areas_import")
        raise
    return stored
