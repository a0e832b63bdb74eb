"""The shape every reader produces: a workbook as a list of `RawSheet`s of plain cell values.

A `RawSheet` yields rows as lists of cells (``''`` for empty; ``str`` from CSV/HTML; ``str``,
``float``, ``bool``, ``datetime``, ``date`` or ``time`` from workbooks). `first_row` is the
1-based Excel row (or CSV record) number of the first yielded row and `first_col` the 0-based
column of its first cell, so every cell can be named in a message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from desktop_app.errors import BadInput, Problem

# Cells a file may fill by repeating another — merged ranges of a workbook, rowspan/colspan of an
# HTML table — all sheets together. A real export fills a few per order; more is refused before
# any is materialised.
SPAN_CELL_BUDGET = 2_000_000


@dataclass
class RawSheet:
    """One sheet (or the single table of a CSV/HTML file) before any interpretation."""

    name: str
    rows: Callable[[], Iterator[Sequence[object]]]  # a fresh iterator over the rows each call
    first_row: int = 1
    first_col: int = 0
    hidden: bool = False
    merged: tuple[
        tuple[int, int, int, int], ...
    ] = ()  # (row0, col0, row1, col1), 0-based, absolute
    date1904: bool = False
    row_label: str = "row"  # "row" (Excel) or "record" (CSV)
    height: int | None = None  # rows, when known cheaply


@dataclass
class RawBook:
    """All sheets of one file, plus what the reader noticed."""

    sheets: list[RawSheet]
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)


class DefectiveRow(list[object]):
    """A row its reader knows to be unusable — a record cut off at the end of the file, a formula
    without a computed value: never an order, always a row error saying what is wrong with it."""

    def __init__(
        self, cells: Sequence[object], zh: str, en: str, column: int | None = None
    ) -> None:
        super().__init__(cells)
        self.zh = zh
        self.en = en
        self.column = column  # 0-based absolute column of the offending cell, when there is one


class SpanBudget:
    """Counts the cells a file's merges or spans would fill, against `SPAN_CELL_BUDGET`."""

    def __init__(self, file: str, limit: int = SPAN_CELL_BUDGET) -> None:
        self.file = file
        self.limit = limit
        self.used = 0

    def spend(self, cells: int, sheet: str = "") -> None:
        """Count `cells` more filled cells; BadInput once the file's total passes the budget."""
        self.used += cells
        if self.used > self.limit:
            raise BadInput(
                Problem(
                    f"合并单元格或跨行/跨列单元格覆盖的范围过大（超过 {self.limit:,} 个单元格），"
                    "这不是正常的订单导出——请取消合并后重新导出",
                    f"merged or spanning cells cover too many cells (over {self.limit:,}); this "
                    "is not a normal order export — unmerge them and export again",
                    file=self.file,
                    sheet=sheet,
                )
            )


def column_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A, 26 → AA)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
