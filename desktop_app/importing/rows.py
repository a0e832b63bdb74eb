"""Typed rows of one planned sheet: the hot path of an import.

Rows are filtered one by one (blank rows, total and footnote rows, merged cells filled down), then
converted in chunks of `CHUNK_ROWS`, column by column (`desktop_app.importing.values` column
converters: one C-level check per column, cell-by-cell conversion only for a column that needs
it). Every row keeps its raw cells: an orders sheet's as a JSON array of cell texts in column order,
with the sheet's header keys beside it (`ParsedRow.raw_keys`, one tuple shared by the sheet's rows,
stored once per sheet); a products or logistics sheet's as a JSON object {header: cell text}.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from json.encoder import encode_basestring
from operator import is_

from desktop_app.errors import Problem
from desktop_app.importing.headers import cell_header_text, header_key
from desktop_app.importing.model import ImportPlan, ParsedRow, SheetPlan
from desktop_app.importing.tables import RawSheet, column_letter
from desktop_app.importing.values import (
    CellError,
    cell_text,
    column_converter,
    dated_texts,
    make_time_converter,
    to_bool,
    to_count,
    to_fen,
    to_id,
    to_mode,
    to_text,
    to_tracking_from_info,
)
from desktop_app.store.schema import ORDER_FIELDS, PRODUCT_FIELDS, TIME_FIELDS

__all__ = ["CHUNK_ROWS", "sheet_rows"]

_ID_FIELDS = frozenset(("order_id", "sub_order_id", "product_id", "tracking_no"))
_COUNT_FIELDS = frozenset(("quantity", "last_month_sales", "promise_hours"))
_TOTAL_PREFIXES = (
    "合计",
    "总计",
    "小计",
    "共计",
    "总数",
    "统计",
    "注",
    "备注",
    "说明",
    "total",
    "sum",
)


def _converter(fieldname: str, header: str, date1904: bool) -> Callable[[object], str | int | None]:
    if fieldname in TIME_FIELDS:
        return make_time_converter(date1904)
    if fieldname == "tracking_no" and header_key(header) == header_key("快递信息"):
        return to_tracking_from_info
    if fieldname in _ID_FIELDS:
        return to_id
    if fieldname in _COUNT_FIELDS:
        return to_count
    if fieldname == "paid_amount_fen":
        return to_fen
    if fieldname == "uses_freight_template":
        return to_bool
    if fieldname == "fulfilment_mode":
        return to_mode
    return to_text


def _is_note_row(row: Sequence[object], id_text: str) -> bool:
    """A total/footnote row, never an order: its id cell (or, when that is empty, any cell) starts
    with 合计/总计/注… , or it has at most two filled cells and no digit in the id cell (a section
    title or remark line). A fuller row with an odd id stays a data row, so a wrong id is reported
    rather than silently dropped."""
    if id_text and id_text.lower().startswith(_TOTAL_PREFIXES):
        return True
    if not id_text:
        for c in row:
            if isinstance(c, str) and c.strip().lower().startswith(_TOTAL_PREFIXES):
                return True
    elif any(ch.isdigit() for ch in id_text):
        return False
    return sum(1 for c in row if c != "" and c is not None) <= 2


CHUNK_ROWS = 2048
_FLOAT_OR_TEXT = frozenset((float, str))


def sheet_rows(plan: ImportPlan, sp: SheetPlan, raw: RawSheet) -> Iterator[ParsedRow | Problem]:
    """Rows of one sheet: filtered row by row, converted in chunks column by column."""
    kind = plan.kind
    fields = PRODUCT_FIELDS if kind == "products" else ORDER_FIELDS
    pos = {f: i for i, f in enumerate(fields)}
    header_offset = sp.header_row - raw.first_row  # index of the header row within the sheet rows
    rows = raw.rows()
    header_cells: Sequence[object] = ()
    for i, row in enumerate(rows):
        if i == header_offset:
            header_cells = row
            break
    headers = [cell_header_text(c) for c in header_cells]
    index: dict[str, int] = {}
    for i, h in enumerate(headers):
        if h:
            index.setdefault(h, i)
    cols = {f: index[h] for f, h in sp.mapping.items() if h in index}
    date1904 = raw.date1904
    key_fields = ("product_id",) if kind == "products" else ("order_id", "sub_order_id")
    id_col = cols[key_fields[0]]  # plan_import guarantees the id column
    keys: list[tuple[int, Callable[[object], str | int | None]]] = [
        (cols[f], _converter(f, sp.mapping[f], date1904)) for f in key_fields if f in cols
    ]
    conv: list[tuple[int, int, Callable[[object], str | int | None]]] = [
        (pos[f], c, _converter(f, sp.mapping[f], date1904))
        for f, c in cols.items()
        if f in pos and not (f == "shop" and plan.shop)
    ]
    template: list[str | int | None] = [None] * len(fields)
    if plan.shop and "shop" in pos:
        template[pos["shop"]] = plan.shop
    width = max([len(headers), *(c + 1 for c in cols.values())])
    job = _Chunk(
        file=plan.file_name,
        sheet=sp.name,
        first_col=raw.first_col,
        headers=headers,
        raw_keys=_raw_keys(headers, raw.first_col),
        cells_array=kind == "orders",
        template=template,
        conv=conv,
        keys=keys,
        id_col=id_col,
    )
    pad: list[object] = [""] * width

    # merged ranges below the header: (row index within sheet) → [(col index, anchor (r, c))]
    merged_fill: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    anchors: dict[int, list[int]] = {}
    for r0, c0, r1, c1 in raw.merged:
        a = (r0 - (raw.first_row - 1), c0 - raw.first_col)
        if a[0] <= header_offset:
            continue
        anchors.setdefault(a[0], []).append(a[1])
        for r in range(a[0], r1 - (raw.first_row - 1) + 1):
            for c in range(a[1], c1 - raw.first_col + 1):
                if (r, c) != a:
                    merged_fill.setdefault(r, []).append((c, a))
    anchor_values: dict[tuple[int, int], object] = {}
    has_merged = bool(merged_fill)
    row_no = raw.first_row + header_offset
    batch: list[Sequence[object]] = []
    numbers: list[int] = []
    append, number = batch.append, numbers.append

    try:
        for row_no, row in enumerate(rows, raw.first_row + header_offset + 1):
            if has_merged:
                row = _fill_merged(row, row_no - raw.first_row, anchors, merged_fill, anchor_values)
            idv = row[id_col] if len(row) > id_col else ""
            # the common case skips all this: an id starting with a digit (after the tab some
            # exporters put before long ids) is never a blank, total or footnote row
            if not (idv.__class__ is str and (idv[:1].isdigit() or idv.lstrip()[:1].isdigit())):
                if len(row) < width:
                    row = [*row, *pad[len(row) :]]
                if idv == "" or idv is None:
                    if not any(c != "" and c is not None for c in row):
                        continue  # blank row
                    if _is_note_row(row, ""):
                        continue
                elif isinstance(idv, str) and _is_note_row(row, idv.strip()):
                    continue
            append(row)
            number(row_no)
            if len(batch) >= CHUNK_ROWS:
                yield from job.convert(batch, numbers, width)
                batch, numbers = [], []
                append, number = batch.append, numbers.append
    except csv.Error as exc:
        yield from job.convert(batch, numbers, width)
        batch = []
        yield Problem(
            f"CSV 格式错误：{exc}",
            f"malformed CSV: {exc}",
            file=plan.file_name,
            sheet=sp.name,
            row=row_no + 1,  # the record that could not be read
        )
    if batch:
        yield from job.convert(batch, numbers, width)


def _fill_merged(
    row: Sequence[object],
    ri: int,
    anchors: dict[int, list[int]],
    merged_fill: dict[int, list[tuple[int, tuple[int, int]]]],
    anchor_values: dict[tuple[int, int], object],
) -> list[object]:
    """The row with the cells of merged ranges filled from their anchor (top-left) cell."""
    out = list(row)
    for c in anchors.get(ri, ()):
        if c < len(out):
            anchor_values[(ri, c)] = out[c]
    for c, a in merged_fill.get(ri, ()):
        if c < len(out) and out[c] == "":
            out[c] = anchor_values.get(a, "")
    return out


def _raw_keys(headers: Sequence[str], first_col: int) -> list[str]:
    """raw_json keys: header text, or the column letter for unnamed columns; repeats numbered."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        k = h or column_letter(first_col + i)
        if k in seen:
            seen[k] += 1
            k = f"{k}({seen[k]})"
        else:
            seen[k] = 1
        out.append(k)
    return out


def _display_texts(col: Sequence[object]) -> list[str]:
    """`cell_text` of every cell of a column of workbook cells (not all text)."""
    texts = dated_texts(col)
    if texts is not None:
        return texts
    if set(map(type, col)) <= _FLOAT_OR_TEXT:
        # amounts repeat: each distinct value is shown once (~0.4 → ~0.1 µs a cell). A float never
        # equals a text, and equal floats (0.0 and -0.0 too) show alike.
        shown = {v: cell_text(v) for v in set(col)}
        return list(map(shown.__getitem__, col))
    return [cell_text(c) for c in col]


def _json_inner(col: Sequence[object]) -> Sequence[str]:
    """Every cell of a column as the inside of a JSON string literal of its display text (escaped,
    without the quotes): the column itself when every cell is text that JSON leaves as it is.

    Escaping only ever lengthens a text (a quote, a backslash or a control character becomes two or
    six characters), so the column joined encodes to itself between two quotes exactly when no cell
    needs escaping: one C-level pass over the column instead of an `encode_basestring` call per
    cell (kuaishou_100000.csv: ~0.25 s of the raw cells' ~0.6 s).
    """
    try:
        joined = "".join(col)  # type: ignore[arg-type]
    except TypeError:  # workbook cells that are not text: numbers, dates, booleans
        col = _display_texts(col)
        joined = "".join(col)
    if len(encode_basestring(joined)) == len(joined) + 2:
        return col  # type: ignore[return-value]
    if "\x7f" not in joined:
        # some cell needs escaping (Douyin's ids start with a tab): the column is escaped in one
        # go, its cells joined by DEL — a character JSON leaves as it is and no cell holds — and
        # split again (~0.3 → ~0.1 µs a cell)
        return encode_basestring("\x7f".join(col))[1:-1].split("\x7f")  # type: ignore[arg-type]
    return [encode_basestring(c)[1:-1] for c in col]  # type: ignore[arg-type]


def _object_format(keys: Sequence[str]) -> Callable[..., str]:
    """``fmt(*cells)`` → a row's raw_json as a JSON object, the keys already JSON-encoded in it and
    each cell the inside of a JSON string (`_json_inner`)."""
    parts = [encode_basestring(k).replace("{", "{{").replace("}", "}}") + ': "{}"' for k in keys]
    return ("{{" + ", ".join(parts) + "}}").format


@dataclass
class _Chunk:
    """Converts chunks of rows of one sheet, column by column."""

    file: str
    sheet: str
    first_col: int
    headers: Sequence[str]
    raw_keys: list[str]
    cells_array: bool  # raw_json as a JSON array (keys in ParsedRow.raw_keys), else an object
    template: Sequence[str | int | None]
    conv: Sequence[tuple[int, int, Callable[[object], str | int | None]]]
    keys: Sequence[tuple[int, Callable[[object], str | int | None]]]
    id_col: int

    def __post_init__(self) -> None:
        self._set_raw_keys(self.raw_keys)
        self.columns = [(p, c, fn, column_converter(fn)) for p, c, fn in self.conv]
        self.key_columns = [(c, fn, column_converter(fn)) for c, fn in self.keys]
        # the columns that only time converters read (see `convert`)
        is_time: dict[int, bool] = {}
        for c, fn in [*self.keys, *((c, fn) for _p, c, fn in self.conv)]:
            is_time[c] = is_time.get(c, True) and getattr(fn, "__name__", "") == "to_time"
        self.time_columns = [c for c, only_times in is_time.items() if only_times]

    def _set_raw_keys(self, keys: list[str]) -> None:
        """Name the raw cells `keys` (they only ever grow, by cells beyond the header row)."""
        self.raw_keys = keys
        self.object_format = None if self.cells_array else _object_format(keys)
        # one tuple shared by the rows until the keys grow: the store records it once per sheet
        self.row_keys: tuple[str, ...] = tuple(keys) if self.cells_array else ()

    def convert(
        self, batch: list[Sequence[object]], numbers: list[int], min_width: int
    ) -> Iterator[ParsedRow | Problem]:
        """ParsedRows (or the Problems of bad rows) for a chunk, in row order."""
        if not batch:
            return
        n = len(batch)
        width = max(min_width, *map(len, batch))
        if width > min(map(len, batch)):  # short or ragged rows: pad to the chunk's width
            batch = [r if len(r) == width else [*r, *[""] * (width - len(r))] for r in batch]
        if width > len(self.raw_keys):  # cells beyond the header row: named by column letter
            self._set_raw_keys(
                self.raw_keys
                + [column_letter(self.first_col + k) for k in range(len(self.raw_keys), width)]
            )
        read = list(zip(*batch, strict=True))
        # a workbook column of datetimes read only as times is turned into its display text once:
        # the time converters read the texts as they would the cells, and raw_json writes them
        columns: list[Sequence[object]] = list(read)
        for c in self.time_columns:
            texts = dated_texts(read[c])
            if texts is not None:
                columns[c] = texts
        bad: set[int] = set()
        by_pos: dict[int, Sequence[str | int | None]] = {}
        for p, c, _fn, column_fn in self.columns:
            col_values, bad_cells = column_fn(columns[c])
            by_pos[p] = col_values
            bad.update(bad_cells)
        key_values: list[Sequence[str | int | None]] = []
        for c, _fn, column_fn in self.key_columns:
            col_values, bad_cells = column_fn(columns[c])
            key_values.append(col_values)
            bad.update(bad_cells)
        ordered = [by_pos.get(p) or repeat(v, n) for p, v in enumerate(self.template)]
        typed = zip(*ordered, strict=False)
        ids = key_values[0]
        subs: Iterable[str | int | None] = key_values[1] if len(key_values) > 1 else repeat("", n)
        raws = self.raw_json(batch, read, columns, n)
        row_keys = self.row_keys
        sheet = self.sheet
        if not bad and all(ids):  # the usual chunk: no bad cell, every id present — no row checks
            key1s = repeat("", n) if len(key_values) < 2 else [str(k or "") for k in subs]
            yield from map(
                ParsedRow,
                repeat(sheet, n),
                numbers,
                zip(map(str, ids), key1s, strict=False),
                typed,
                raws,
                repeat(row_keys, n),
            )
            return
        for i, (values, key0, key1, raw) in enumerate(zip(typed, ids, subs, raws, strict=True)):
            if i in bad:
                yield from self.problems(batch[i], numbers[i])
                continue
            if not key0:
                yield Problem(
                    "缺少编号（该行有数据但没有订单号/商品ID）",
                    "the id is missing (the row has data but no order id / product id)",
                    file=self.file,
                    sheet=sheet,
                    row=numbers[i],
                    column=column_letter(self.first_col + self.id_col),
                    header=self.headers[self.id_col] if self.id_col < len(self.headers) else "",
                )
                continue
            yield ParsedRow(
                sheet,
                numbers[i],
                (str(key0), str(key1 or "")),
                values,
                raw,
                row_keys,
            )

    def raw_json(
        self,
        batch: Sequence[Sequence[object]],
        read: Sequence[Sequence[object]],
        columns: Sequence[Sequence[object]],
        n: int,
    ) -> Iterator[str]:
        """The chunk's rows as raw_json texts (all cells as display text, padded with empty cells
        to the raw key count). `read` are the batch's columns, `columns` the same with a column
        perhaps already turned into its display texts.

        Built column by column and then joined row by row in C: an array row is ``'","'.join`` of
        its cells in a format — one call where a ``str.format`` of every cell as an argument took
        ~4 µs a row (kuaishou_100000.csv: 0.6 → 0.2 s for the raw cells)."""
        inner = [_json_inner(col) for col in columns]
        missing = len(self.raw_keys) - len(inner)
        if self.object_format is not None:
            inner += [[""] * n] * missing
            return map(self.object_format, *inner)
        # text cells that JSON leaves as they are (`_json_inner` hands back the column itself) are
        # joined straight from the rows as read; otherwise the texts are turned back into rows
        rows = batch if all(map(is_, inner, read)) else zip(*inner, strict=True)
        return map(('["{}"' + ',""' * missing + "]").format, map('","'.join, rows))

    def problems(self, row: Sequence[object], row_no: int) -> Iterator[Problem]:
        """Every bad cell of one row (the slow path, only for rows with an error)."""
        cells = [(c, fn) for c, fn in self.keys] + [(c, fn) for _p, c, fn in self.conv]
        done: set[int] = set()
        for c, fn in cells:
            if c in done:
                continue
            done.add(c)
            try:
                fn(row[c])
            except CellError as exc:
                header = self.headers[c] if c < len(self.headers) else ""
                yield _cell_problem(
                    self.file, self.sheet, row_no, self.first_col + c, header, row[c], exc
                )


def _cell_problem(
    file: str, sheet: str, row: int, col: int, header: str, value: object, exc: CellError
) -> Problem:
    return Problem(
        exc.message,
        exc.message_en,
        file=file,
        sheet=sheet,
        row=row,
        column=column_letter(col),
        header=header,
        value=cell_text(value)[:80],
    )
