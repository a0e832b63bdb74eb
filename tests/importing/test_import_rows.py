"""The raw cells of the typed-row hot path (desktop_app.importing.rows): raw_json, built for a
whole chunk at once, is exactly the JSON of the cells' display texts, cell by cell."""

from __future__ import annotations

import json
from datetime import date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.importing.model import ParsedRow
from desktop_app.importing.rows import _Chunk, _json_inner
from desktop_app.importing.values import (
    CellError,
    cell_text,
    make_time_converter,
    to_id,
    to_text,
)

# texts JSON escapes (quotes, backslashes, control characters, the separators a bulk encoder might
# use) and texts it leaves alone (CJK, emoji, invisible characters, braces for str.format)
_text_cells = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        [
            "",
            " ",
            'a"b',
            "\\",
            "\\u001f",
            "line\nbreak",
            "\x1f",
            "\x1e",
            "\t6929000000000000001",
            "{}",
            "{0}",
            "}{",
            '","',
            '"],["',
            "浙江省杭州市",
            "😀",
            "\u200b",
            "=SUM(A1)",
            "\x7f",  # DEL: what `_json_inner` joins an escaped column by
            "\tDEL\x7f",
        ]
    ),
)
_workbook_cells = st.one_of(
    _text_cells,
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**16), max_value=10**16),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.dates(),
    st.times(),
    st.sampled_from([45000.0, 0.1 + 0.2, datetime(2024, 6, 22, 23, 1, 55), date(2024, 6, 22)]),
)


def _chunk(keys: list[str], cells_array: bool) -> _Chunk:
    return _Chunk(
        file="f.xlsx",
        sheet="s",
        first_col=0,
        headers=keys,
        raw_keys=keys,
        cells_array=cells_array,
        template=(),
        conv=(),
        keys=(),
        id_col=0,
    )


def _raw_json(rows: list[list[object]], extra_keys: int, cells_array: bool) -> list[str]:
    width = len(rows[0])
    keys = [f"k{{{i}}}" for i in range(width + extra_keys)]  # braces: the format must escape them
    columns = list(zip(*rows, strict=True))
    return list(_chunk(keys, cells_array).raw_json(rows, columns, columns, len(rows)))


_rows = st.integers(min_value=1, max_value=6).flatmap(
    lambda w: st.lists(st.lists(_workbook_cells, min_size=w, max_size=w), min_size=1, max_size=8)
)


@given(_rows, st.integers(min_value=0, max_value=2))
def test_raw_json_array_is_json_of_the_cell_texts(rows: list[list[object]], extra: int) -> None:
    """An orders row: the JSON array of its cells' display texts, "" for keys beyond the row."""
    expected = [
        json.dumps(
            [cell_text(c) for c in row] + [""] * extra, ensure_ascii=False, separators=(",", ":")
        )
        for row in rows
    ]
    assert _raw_json(rows, extra, cells_array=True) == expected
    assert [json.loads(r) for r in expected] == [
        [cell_text(c) for c in row] + [""] * extra for row in rows
    ]


@given(_rows, st.integers(min_value=0, max_value=2))
def test_raw_json_object_is_json_of_the_cell_texts(rows: list[list[object]], extra: int) -> None:
    """A products/logistics row: the JSON object {header: display text}."""
    width = len(rows[0])
    keys = [f"k{{{i}}}" for i in range(width + extra)]
    expected = [
        json.dumps(
            dict(zip(keys, [cell_text(c) for c in row] + [""] * extra, strict=True)),
            ensure_ascii=False,
        )
        for row in rows
    ]
    assert _raw_json(rows, extra, cells_array=False) == expected


@given(st.lists(_workbook_cells, max_size=20))
def test_json_inner_is_the_escaped_display_text(col: list[object]) -> None:
    """A column that needs no escaping is handed back as it is (no copy); any other is escaped
    cell by cell."""
    column = tuple(col)
    inner = _json_inner(column)
    assert [json.loads(f'"{c}"') for c in inner] == [cell_text(c) for c in col]
    if all(c.__class__ is str and json.dumps(c, ensure_ascii=False) == f'"{c}"' for c in col):
        assert inner is column


def test_plain_text_columns_are_not_copied() -> None:
    col = ("6929000000000000001", "浙江省", "")
    assert _json_inner(col) is col
    assert _json_inner(('a"b', "x")) == ['a\\"b', "x"]
    assert _json_inner(("\t69", "x\x7fy", "\t")) == ["\\t69", "x\x7fy", "\\t"]
    assert _json_inner((1.0, time(12, 30), True)) == ["1", "12:30:00", "TRUE"]


# --- a whole chunk equals its rows converted cell by cell ----------------------------------------

_time_cells = st.one_of(
    st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2110, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2001, 1, 1)),
    st.dates(min_value=date(1985, 1, 1), max_value=date(2105, 1, 1)),
    st.sampled_from(["", "-", "2024-06-22 23:01:55", "2024/06/22 23:01", 45000.5, 1.0, time(1, 2)]),
)


def _expected(rows: list[list[object]], date1904: bool) -> list[object]:
    """What a chunk must give: each row converted cell by cell, its raw cells as json.dumps — or
    a problem (here: its row number) for each bad cell, the first converter of a column judging."""
    to_time = make_time_converter(date1904)
    out: list[object] = []
    for i, row in enumerate(rows):
        bad = 0
        for fn, cell in ((to_id, row[0]), (to_time, row[1]), (to_time, row[2])):
            try:
                fn(cell)
            except CellError:
                bad += 1
        if bad:
            out += [10 + i] * bad
            continue
        values = (to_time(row[1]), to_time(row[2]), to_text(row[2]))
        raw = json.dumps([cell_text(c) for c in row], ensure_ascii=False, separators=(",", ":"))
        out.append(ParsedRow("s", 10 + i, (to_id(row[0]), ""), values, raw, ("A", "B", "C")))
    return out


@given(
    st.lists(st.tuples(_time_cells, _time_cells), min_size=1, max_size=12),
    st.booleans(),
)
def test_chunk_of_workbook_time_cells_equals_cell_by_cell(
    cells: list[tuple[object, object]], date1904: bool
) -> None:
    """Column B is read only as a time (its datetimes are turned into text once, for the converter
    and raw_json alike); column C also as text. Both give what the cells give one by one."""
    to_time = make_time_converter(date1904)
    chunk = _Chunk(
        file="f.xlsx",
        sheet="s",
        first_col=0,
        headers=["A", "B", "C"],
        raw_keys=["A", "B", "C"],
        cells_array=True,
        template=(None, None, None),
        conv=[(0, 1, to_time), (1, 2, to_time), (2, 2, to_text)],
        keys=[(0, to_id)],
        id_col=0,
    )
    assert chunk.time_columns == [1]
    rows: list[list[object]] = [[f"24060100{i}", b, c] for i, (b, c) in enumerate(cells)]
    numbers = list(range(10, 10 + len(rows)))
    got = [
        item if isinstance(item, ParsedRow) else item.row
        for item in chunk.convert([list(r) for r in rows], numbers, 3)
    ]
    assert got == _expected(rows, date1904)


@given(st.lists(st.one_of(st.floats(), st.sampled_from([0.0, -0.0, 89.0, 1e15, 1e16, "", "-"]))))
def test_float_columns_show_each_cell_as_cell_text(col: list[object]) -> None:
    """A workbook column of numbers (and text) is shown per distinct value: still cell by cell
    what `cell_text` shows (-0.0 and 0.0 alike, 1e15 with its '.0', NaN)."""
    assert [json.loads(f'"{c}"') for c in _json_inner(tuple(col))] == [cell_text(c) for c in col]
