"""Workbooks (.xlsx/.xlsm and legacy .xls) through python-calamine, after the package checks.

python-calamine reads ≈10× faster than openpyxl and already gives what the importer needs:
``''`` for empty cells, floats for numbers, ``date`` for midnight datetimes, date-formatted cells
in the workbook's own date system, each sheet's visibility and its merged ranges. So openpyxl is
not used for reading at all; where the app parses workbook XML with openpyxl elsewhere (templates),
`assert_defused_openpyxl` checks that defusedxml is active.

Calamine does not say which date system a legacy ``.xls`` uses, and a bare serial number in a
time column needs it, so `xls_date1904` reads the workbook's DATEMODE record with xlrd (which
parses only the workbook globals for that).

Calamine materialises each sheet densely, so `desktop_app.importing.zipguard.check_package` runs
first (zip bombs, entity declarations, stray far-away cells).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path

import python_calamine as pc

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.sniff import password_problem
from desktop_app.importing.tables import (
    DefectiveRow,
    RawBook,
    RawSheet,
    SpanBudget,
    column_letter,
)
from desktop_app.importing.zipguard import check_package


def assert_defused_openpyxl() -> None:
    """Fail loudly unless openpyxl parses XML through defusedxml (entity attacks disarmed)."""
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):  # pragma: no cover - depends on the environment
        raise RuntimeError("openpyxl is not using defusedxml; install defusedxml")


def _damaged(file: str, detail: str) -> BadInput:
    return BadInput(
        Problem(
            f"工作簿无法读取，文件可能已损坏——请重新导出（{detail}）",
            f"the workbook cannot be read; the file may be damaged — export it again ({detail})",
            file=file,
        )
    )


def read_workbook(path: Path, file_format: str) -> RawBook:
    """All worksheets of the workbook at `path` (hidden ones flagged, not loaded)."""
    name = path.name
    warnings: list[str] = []
    date1904 = False
    uncached: dict[str, list[tuple[int, int]]] = {}
    budget = SpanBudget(name)
    try:
        sanitized: bytes | None = None
        if file_format == "xlsx":
            info = check_package(path)
            warnings.extend(info.warnings)
            date1904 = info.date1904
            uncached = info.uncached_formulas
            sanitized = info.sanitized
        wb = _open_workbook(path, file_format, sanitized)
        if file_format == "xls":
            date1904 = xls_date1904(path.read_bytes())
    except pc.PasswordError:
        raise BadInput(password_problem(name)) from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError, OSError, ValueError) as exc:
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise BadInput(password_problem(name)) from None
        raise _damaged(name, str(exc)[:120]) from None

    sheets: list[RawSheet] = []
    for meta in wb.sheets_metadata:
        if meta.typ != pc.SheetTypeEnum.WorkSheet:
            continue
        hidden = meta.visible != pc.SheetVisibleEnum.Visible
        if hidden:
            sheets.append(RawSheet(name=meta.name, rows=_no_rows, hidden=True, date1904=date1904))
            continue
        try:
            sheet = wb.get_sheet_by_name(meta.name)
        except pc.PasswordError:
            raise BadInput(password_problem(name)) from None
        except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError) as exc:
            raise _damaged(name, f"{meta.name}: {str(exc)[:120]}") from None
        # python-calamine's iter_rows yields rows from the sheet's first row (A1's row) but columns
        # from the first used column (tests/importing pin this with a sheet starting at C3).
        start = sheet.start or (0, 0)
        end = sheet.end or (0, 0)
        merged_raw = getattr(sheet, "merged_cell_ranges", None) or []
        merged = _clipped_merges(merged_raw, start, end, budget, meta.name)
        sheets.append(
            RawSheet(
                name=meta.name,
                rows=_SheetRows(sheet, uncached.get(meta.name, ())),
                first_row=1,
                first_col=start[1],
                merged=merged,
                date1904=date1904,
                height=end[0] + 1 if sheet.height else 0,
            )
        )
    return RawBook(sheets=sheets, warnings=warnings)


# The file names whose extension makes calamine pick the reader for each format by itself.
_CALAMINE_SUFFIXES = {"xlsx": (".xlsx", ".xlsm", ".xlam"), "xls": (".xls", ".xla")}


def _open_workbook(path: Path, file_format: str, sanitized: bytes | None) -> pc.CalamineWorkbook:
    """Calamine's workbook for the file at `path` whose content is `file_format`.

    From a path calamine picks its reader by the file name, so only a name that says what the
    content is goes as a path (read from the file as needed); a workbook under another name
    (.xls, .ods …) goes as the open file, read by its content. A Python bytes copy is never
    made: calamine makes its own copy of what it is handed, so that would hold the file twice.
    """
    if sanitized is not None:
        return pc.CalamineWorkbook.from_filelike(io.BytesIO(sanitized))
    if path.suffix in _CALAMINE_SUFFIXES.get(file_format, ()):
        return pc.CalamineWorkbook.from_path(str(path))
    with path.open("rb") as f:
        return pc.CalamineWorkbook.from_filelike(f)


def xls_date1904(data: bytes) -> bool:
    """True if the legacy BIFF workbook `data` uses the 1904 date system (Excel for Mac).

    Only called once calamine has read the file; should xlrd still fail on it, the 1900 system
    (Excel's default on Windows, where these exports are made) is assumed.
    """
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except Exception:  # a second reader's opinion, never fatal
        return False
    try:
        return bool(book.datemode)
    finally:
        book.release_resources()


def _no_rows() -> Iterator[Sequence[object]]:
    return iter(())


def _clipped_merges(
    ranges: Sequence[tuple[tuple[int, int], tuple[int, int]]],
    start: tuple[int, int],
    end: tuple[int, int],
    budget: SpanBudget,
    sheet: str,
) -> tuple[tuple[int, int, int, int], ...]:
    """Merged ranges cut to the sheet's used cells (a range may claim the whole sheet), their
    filled cells counted against the file's budget."""
    out: list[tuple[int, int, int, int]] = []
    for (r0, c0), (r1, c1) in ranges:
        r0, c0 = max(r0, start[0]), max(c0, start[1])
        r1, c1 = min(r1, end[0]), min(c1, end[1])
        if r1 < r0 or c1 < c0:
            continue
        budget.spend((r1 - r0 + 1) * (c1 - c0 + 1) - 1, sheet)
        out.append((r0, c0, r1, c1))
    return tuple(out)


_UNCACHED_ZH = (
    "单元格 {cell} 是公式，但没有计算结果（文件由程序生成后未在 Excel 中计算保存）——"
    "请在 Excel 中打开并保存后重新导入"
)
_UNCACHED_EN = (
    "cell {cell} holds a formula without a computed value (the file was written by a program "
    "and never calculated) — open it in Excel, save it and import again"
)


class _SheetRows:
    """Callable returning a fresh row iterator over a loaded calamine sheet; a row holding a
    formula without a computed value comes as a `DefectiveRow` naming that cell."""

    __slots__ = ("_sheet", "_uncached")

    def __init__(self, sheet: pc.CalamineSheet, uncached: Sequence[tuple[int, int]]) -> None:
        self._sheet = sheet
        self._uncached: dict[int, int] = {}
        for r, c in uncached:
            self._uncached.setdefault(r, c)

    def __call__(self) -> Iterator[Sequence[object]]:
        rows: Iterator[Sequence[object]] = self._sheet.iter_rows()
        if not self._uncached:
            return rows
        return self._flagged(rows)

    def _flagged(self, rows: Iterator[Sequence[object]]) -> Iterator[Sequence[object]]:
        for r, row in enumerate(rows):
            c = self._uncached.get(r)
            if c is None:
                yield row
                continue
            cell = f"{column_letter(c)}{r + 1}"
            yield DefectiveRow(
                row, _UNCACHED_ZH.format(cell=cell), _UNCACHED_EN.format(cell=cell), column=c
            )
