"""The raw cells of the typed-row hot path (desktop_app.importing.rows): raw_json, built for a
whole chunk at once, is exactly the JSON of the cells' display texts, cell by cell."""

from __future__ import annotations

import json
from datetime import date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.importing.rows import _Chunk, _json_inner
from desktop_app.importing.values import cell_text

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
    return list(_chunk(keys, cells_array).raw_json(rows, columns, len(rows)))


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
    assert _json_inner((1.0, time(12, 30), True)) == ["1", "12:30:00", "TRUE"]
