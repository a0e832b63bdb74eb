"""HTML tables saved with an ``.xls`` name (a common "Excel export" of Chinese back-ends).

Parsed with the standard library's tolerant `html.parser` (no external entities, no network).
Every ``<table>`` with rows becomes one sheet; ``rowspan``/``colspan`` cells are filled into every
position they cover, like merged cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from html.parser import HTMLParser
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.csvfile import decode_text
from desktop_app.importing.tables import RawBook, RawSheet, SpanBudget

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
_MAX_SPAN = 1000


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._stack: list[list[list[tuple[str, int, int]]]] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append([])
        elif not self._stack:
            return
        elif tag == "tr":
            self._stack[-1].append([])
        elif tag in ("td", "th"):
            if not self._stack[-1]:
                self._stack[-1].append([])
            a = dict(attrs)
            self._span = (_span(a.get("rowspan")), _span(a.get("colspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if not self._stack:
            return
        if tag in ("td", "th") or tag == "tr":
            self._close_cell()
        elif tag == "table":
            self._close_cell()
            table = self._stack.pop()
            if table:
                self.tables.append(table)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is not None and self._stack and self._stack[-1]:
            text = " ".join("".join(self._cell).replace("\xa0", " ").split(" "))
            self._stack[-1][-1].append((text.strip(), *self._span))
        self._cell = None


def _span(v: str | None) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(v or 1)))
    except ValueError:
        return 1


def _grid(
    table: list[list[tuple[str, int, int]]], budget: SpanBudget, sheet: str
) -> list[list[str]]:
    """Lay out cells with row/col spans into a rectangular grid (spans repeat their text); the
    cells a span fills are counted against the file's budget before any is laid out."""
    budget.spend(sum(rs * cs - 1 for cells in table for _text, rs, cs in cells), sheet)
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}
    for r, cells in enumerate(table):
        row: list[str] = []
        c = 0
        it = iter(cells)
        while True:
            while (r, c) in pending:
                row.append(pending.pop((r, c)))
                c += 1
            cell = next(it, None)
            if cell is None:
                break
            text, rs, cs = cell
            for dc in range(cs):
                row.append(text)
                for dr in range(1, rs):
                    pending[(r + dr, c + dc)] = text
            c += cs
        grid.append(row)
    return grid


def read_html(path: Path) -> RawBook:
    """Every table of an HTML file, as sheets named 表1, 表2 …"""
    name = path.name
    data = path.read_bytes()
    m = _META_CHARSET.search(data[:4096])
    text: str | None = None
    if m:
        enc = m.group(1).decode("ascii").lower()
        if enc in ("gb2312", "gbk"):
            enc = "gb18030"
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text, _ = decode_text(data, name)
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    if not parser.tables:
        raise BadInput(Problem("HTML 文件中没有表格", "the HTML file contains no table", file=name))
    sheets: list[RawSheet] = []
    budget = SpanBudget(name)
    for i, table in enumerate(parser.tables, 1):
        sheet_name = f"表{i}" if len(parser.tables) > 1 else ""
        grid = _grid(table, budget, sheet_name)

        def rows(g: list[list[str]] = grid) -> Iterator[Sequence[object]]:
            return iter(g)

        sheets.append(RawSheet(name=sheet_name, rows=rows, height=len(grid)))
    return RawBook(sheets=sheets)
