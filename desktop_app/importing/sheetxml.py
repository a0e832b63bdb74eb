"""An exact reading of where a worksheet's cells sit, for sheets the quick byte scans cannot vouch
for: any part the workbook points to that is written in an unusual but legal form.

python-calamine places every cell by its ``r`` reference, or — without one — one column after
the previous cell and one row after the previous row, and then allocates the whole rectangle from
the first to the last cell. The quick scans in `desktop_app.importing.zipguard` look for far-away
references in the form every spreadsheet program writes (``<c r="A1"``). Everything else —
single quotes, spaces around ``=``, prefixed elements, rows or cells without ``r``, character
references — is read here with a real XML parser (expat, no DTD allowed), which sees one cell
however the XML spells it. The same pass notes formula cells that carry no computed value.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass, field

_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")


class NotASheet(Exception):
    """The part is not well-formed XML, or it declares a DTD or entities."""


@dataclass
class SheetExtent:
    """Where the cells of one worksheet part sit (0-based), as calamine would place them."""

    cells: int = 0
    min_row: int = -1
    max_row: int = -1
    min_col: int = -1
    max_col: int = -1
    uncached_formulas: list[tuple[int, int]] = field(default_factory=list)  # (row, col)

    def area(self) -> int:
        """Cells in the rectangle calamine would allocate."""
        if self.cells == 0:
            return 0
        return (self.max_row - self.min_row + 1) * (self.max_col - self.min_col + 1)


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def read_extent(data: bytes) -> SheetExtent:
    """The extent of the cells in worksheet XML `data`; NotASheet if it cannot be parsed."""
    ext = SheetExtent()
    row = -1
    col = -1
    cell: tuple[int, int] | None = None  # the open <c>
    has_formula = False
    value_chars = 0
    in_value = False
    text_result = False  # t="str": a formula whose cached result may be the empty text
    has_value = False

    def local(name: str) -> str:
        return name.rpartition(":")[2]

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal row, col, cell, has_formula, value_chars, in_value, text_result, has_value
        tag = local(name)
        if tag == "row":
            r = attrs.get("r", "").strip()
            row = int(r) - 1 if r.isdigit() and 0 < len(r) <= 7 else row + 1
            col = -1
        elif tag == "c":
            ref = _REF.fullmatch(attrs.get("r", "").strip())
            if ref:
                col = _col_number(ref.group(1)) - 1
                at = (int(ref.group(2)) - 1, col)
            else:
                col += 1
                at = (max(row, 0), col)
            cell = at
            has_formula = False
            value_chars = 0
            has_value = False
            text_result = attrs.get("t", "").strip() == "str"
            ext.cells += 1
            r0, c0 = at
            if ext.cells == 1:
                ext.min_row = ext.max_row = r0
                ext.min_col = ext.max_col = c0
            else:
                ext.min_row = min(ext.min_row, r0)
                ext.max_row = max(ext.max_row, r0)
                ext.min_col = min(ext.min_col, c0)
                ext.max_col = max(ext.max_col, c0)
        elif cell is not None:
            if tag == "f":
                has_formula = True
            elif tag in ("v", "t"):
                in_value = True
                has_value = True

    def end(name: str) -> None:
        nonlocal cell, in_value
        tag = local(name)
        if tag in ("v", "t"):
            in_value = False
        elif tag == "c" and cell is not None:
            # no computed value: no <v>, or an empty one where the result is not a text
            if has_formula and (not has_value or (value_chars == 0 and not text_result)):
                ext.uncached_formulas.append(cell)
            cell = None

    def text(data: str) -> None:
        nonlocal value_chars
        if in_value:
            value_chars += len(data.strip())

    def refuse(*_args: object) -> None:
        raise NotASheet("DTD or entity declaration")

    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise NotASheet(str(exc)) from None
    return ext
