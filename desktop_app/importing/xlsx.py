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
from desktop_app.importing.tables import RawBook, RawSheet
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
    try:
        # calamine is handed the bytes, never the path: from a path it picks its reader by the
        # file name, and a workbook saved under another extension (.xls, .ods …) would fail
        data: bytes | None = None
        if file_format == "xlsx":
            info = check_package(path)
            warnings.extend(info.warnings)
            date1904 = info.date1904
            data = info.sanitized
        if data is None:
            data = path.read_bytes()
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
        if file_format == "xls":
            date1904 = xls_date1904(data)
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
        merged = tuple((a[0], a[1], b[0], b[1]) for a, b in merged_raw)
        sheets.append(
            RawSheet(
                name=meta.name,
                rows=_rows_of(sheet),
                first_row=1,
                first_col=start[1],
                merged=merged,
                date1904=date1904,
                height=end[0] + 1 if sheet.height else 0,
            )
        )
    return RawBook(sheets=sheets, warnings=warnings)


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


def _rows_of(sheet: pc.CalamineSheet) -> _SheetRows:
    return _SheetRows(sheet)


class _SheetRows:
    """Callable returning a fresh row iterator over a loaded calamine sheet."""

    __slots__ = ("_sheet",)

    def __init__(self, sheet: pc.CalamineSheet) -> None:
        self._sheet = sheet

    def __call__(self) -> Iterator[Sequence[object]]:
        rows: Iterator[Sequence[object]] = self._sheet.iter_rows()
        return rows
