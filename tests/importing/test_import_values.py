"""Value conversion: ids, times, money, counts, booleans, modes (desktop_app.importing.values)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.importing.values import (
    NULL_MARKERS,
    CellError,
    cell_text,
    excel_serial_to_datetime,
    make_time_converter,
    to_bool,
    to_count,
    to_fen,
    to_id,
    to_mode,
    to_text,
    to_time,
    to_tracking_from_info,
)

# --- ids ---


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("4929876543210123456", "4929876543210123456"),
        ("4929876543210123456\t", "4929876543210123456"),
        ("\t4929876543210123456", "4929876543210123456"),
        ('="4929876543210123456"', "4929876543210123456"),
        ('"4929876543210123456"', "4929876543210123456"),
        ("'4929876543210123456", "4929876543210123456"),
        ("\u200b4929876543210123456\ufeff", "4929876543210123456"),
        ("４９２９８７６５４３２１０１２３４５６", "4929876543210123456"),
        (123456789012.0, "123456789012"),
        (123456789012, "123456789012"),
        ("123456789012.0", "123456789012"),
        ("LP00123456789012", "LP00123456789012"),
        ("", ""),
        ("-", ""),
        ("#NULL!", ""),
    ],
)
def test_ids_become_exact_text(cell: object, expected: str) -> None:
    assert to_id(cell) == expected


@pytest.mark.parametrize(
    "cell",
    [
        4.929876543210123e18,
        1234567890123456.0,
        "4.92E+18",
        "4.92e18",
        10**16,
        "12345678901234567.0",
    ],
)
def test_ids_that_lost_digits_are_errors(cell: object) -> None:
    with pytest.raises(CellError) as info:
        to_id(cell)
    assert "lost digits" in info.value.message_en
    assert "文本" in info.value.message


def test_id_with_decimals_is_an_error() -> None:
    with pytest.raises(CellError):
        to_id(12.5)


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_short_numeric_ids_round_trip_without_dot_zero(n: int) -> None:
    assert to_id(float(n)) == str(n)
    assert to_id(str(n)) == str(n)
    assert to_id(f"{n}\t") == str(n)
    assert to_id(f'="{n}"') == str(n)


@given(st.text(alphabet="0123456789", min_size=16, max_size=22))
def test_long_digit_strings_are_kept_verbatim(s: str) -> None:
    assert to_id(s) == s


# --- times ---


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2022-12-19 12:00:00", "2022-12-19 12:00:00"),
        ("2022/12/19 12:00:00", "2022-12-19 12:00:00"),
        ("2022/12/19 12:00", "2022-12-19 12:00:00"),
        ("2019.05.01 10:30", "2019-05-01 10:30:00"),
        ("2022-12-19T12:00:00", "2022-12-19 12:00:00"),
        ("2022-12-19T04:00:00Z", "2022-12-19 12:00:00"),
        ("2022-12-19 12:00:00+08:00", "2022-12-19 12:00:00"),
        ("2022年12月19日 12:00", "2022-12-19 12:00:00"),
        ("2022-12-19", "2022-12-19 00:00:00"),
        ("2022-1-9 8:05:07", "2022-01-09 08:05:07"),
        (" 2022-12-19 12:00:00 ", "2022-12-19 12:00:00"),
        (datetime(2022, 12, 19, 12, 0, 0), "2022-12-19 12:00:00"),
        (datetime(2022, 12, 19, 11, 59, 59, 999_600), "2022-12-19 12:00:00"),
        (date(2022, 12, 19), "2022-12-19 00:00:00"),
        (44914.5, "2022-12-19 12:00:00"),
        ("", None),
        ("-", None),
        ("null", None),
    ],
)
def test_times_become_canonical(cell: object, expected: str | None) -> None:
    assert to_time(cell) == expected


@pytest.mark.parametrize("cell", ["12/11/2022 10:00", "19/12/2022", "12-11-22 10:00"])
def test_day_month_ambiguous_forms_are_errors(cell: str) -> None:
    with pytest.raises(CellError) as info:
        to_time(cell)
    assert "ambiguous" in info.value.message_en


@pytest.mark.parametrize(
    "cell", ["2022-13-45 10:00:00", "昨天", "1899-01-01 00:00:00", time(10, 30), True]
)
def test_bad_times_are_errors(cell: object) -> None:
    with pytest.raises(CellError):
        to_time(cell)


def test_excel_serials_follow_the_workbooks_date_system() -> None:
    assert excel_serial_to_datetime(44914.5) == datetime(2022, 12, 19, 12)
    # the same day is 1462 days less in the 1904 system
    assert excel_serial_to_datetime(44914.5 - 1462, date1904=True) == datetime(2022, 12, 19, 12)
    assert make_time_converter(True)(43452.5) == "2022-12-19 12:00:00"
    with pytest.raises(CellError):
        excel_serial_to_datetime(-5)


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    )
)
def test_time_formats_round_trip(d: datetime) -> None:
    canonical = d.strftime("%Y-%m-%d %H:%M:%S")
    assert to_time(canonical) == canonical
    assert to_time(d.strftime("%Y/%m/%d %H:%M:%S")) == canonical
    assert to_time(d) == canonical
    serial = (d - datetime(1899, 12, 30)) / timedelta(days=1)
    assert to_time(serial) == canonical


# --- money, counts, booleans, modes ---


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        ("12.5", 1250),
        ("12.50", 1250),
        ("¥1,299.90", 129990),
        ("￥0", 0),
        ("12元", 1200),
        ("US $12.34", 1234),
        ("-3.10", -310),
        (12.5, 1250),
        (1299.9, 129990),
        (0.1 + 0.2, None),  # 0.30000000000000004 has more than two decimals
        (0, 0),
        (0.0, 0),
        ("", None),
        ("--", None),
        ("—", None),
    ],
)
def test_money_is_exact_fen(cell: object, fen: int | None) -> None:
    if cell == 0.1 + 0.2:
        with pytest.raises(CellError):
            to_fen(cell)
        return
    assert to_fen(cell) == fen


@pytest.mark.parametrize("cell", ["abc", "12.345", "1.2.3", float("nan")])
def test_bad_money_is_an_error(cell: object) -> None:
    with pytest.raises(CellError):
        to_fen(cell)


@given(st.integers(min_value=0, max_value=10**12))
def test_money_round_trips(fen: int) -> None:
    text = f"{fen // 100}.{fen % 100:02d}"
    assert to_fen(text) == fen
    assert to_fen(f"¥{fen // 100:,}.{fen % 100:02d}") == fen
    assert to_fen(float(text)) == fen


@pytest.mark.parametrize(
    ("cell", "n"), [("3", 3), (3.0, 3), ("3件", 3), ("48小时", 48), ("1,200", 1200), ("", None)]
)
def test_counts(cell: object, n: int | None) -> None:
    assert to_count(cell) == n


@pytest.mark.parametrize("cell", ["1.5", 1.5, "很多"])
def test_bad_counts(cell: object) -> None:
    with pytest.raises(CellError):
        to_count(cell)


@pytest.mark.parametrize(
    ("cell", "b"),
    [
        ("是", 1),
        ("否", 0),
        ("Y", 1),
        ("n", 0),
        ("1", 1),
        ("0", 0),
        ("TRUE", 1),
        ("false", 0),
        (1.0, 1),
        (True, 1),
        ("", None),
    ],
)
def test_booleans(cell: object, b: int | None) -> None:
    assert to_bool(cell) == b


def test_bad_boolean() -> None:
    with pytest.raises(CellError):
        to_bool("也许")


@pytest.mark.parametrize(
    ("cell", "mode"),
    [
        ("POP", "POP"),
        ("pop", "POP"),
        ("JIT揽收", "JIT揽收"),
        ("JIT 揽收", "JIT揽收"),
        ("上门揽收", "JIT揽收"),
        ("JIT-自寄", "JIT自寄"),
        ("", ""),
    ],
)
def test_modes(cell: str, mode: str) -> None:
    assert to_mode(cell) == mode


def test_text_and_nulls() -> None:
    assert to_text("  张三 \n") == "张三"
    assert to_text("-") == ""
    assert to_text("无") == "无"  # a buyer note can say 无
    assert to_text(12.0) == "12"
    assert {"", "-", "--", "—", "/", "null", "#NULL!"} <= NULL_MARKERS


def test_cell_text_is_what_the_export_showed() -> None:
    assert cell_text(123456789012.0) == "123456789012"
    assert cell_text(12.5) == "12.5"
    assert cell_text(datetime(2022, 12, 19, 12)) == "2022-12-19 12:00:00"
    assert cell_text(date(2022, 12, 19)) == "2022-12-19"
    assert cell_text(True) == "TRUE"
    assert cell_text("") == ""


def test_tracking_number_from_combined_logistics_info() -> None:
    assert to_tracking_from_info("中通快递 75312345678901") == "75312345678901"
    assert to_tracking_from_info("顺丰速运,SF1234567890123") == "SF1234567890123"
    assert to_tracking_from_info("") == ""


# --- whole-column conversion equals per-cell conversion ---


_time_cells = st.one_of(
    st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2110, 12, 31)).map(
        lambda d: d.strftime("%Y-%m-%d %H:%M:%S")
    ),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda d: d.strftime("%Y/%m/%d %H:%M:%S")
    ),
    st.sampled_from(
        ["", "-", "2022-02-30 10:00:00", "2022-12-19 24:00:00", "2022/12/19 12:00", "x", "/"]
    ),
    st.sampled_from([" - ", "N/A", "null", "无", "—", "--", "2022-12-19 12:00:00 "]),
)
_money_cells = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(lambda f: f"{f // 100}.{f % 100:02d}"),
    st.integers(min_value=0, max_value=10**6).map(str),
    st.sampled_from(["", "0", "12.5", "007.5", "¥1,299.90", "-", "abc", "1.234"]),
    st.sampled_from(["¥29.90", "￥0.00", "¥", "¥¥1", "¥ 1", "1¥", "¥1234567890123.45", "¥-1"]),
    st.integers(min_value=0, max_value=10**12).map(lambda f: f"¥{f // 100}.{f % 100:02d}"),
)
_count_cells = st.one_of(
    st.integers(min_value=0, max_value=10**8).map(str),
    st.sampled_from(["", "007", "3件", "1.5", "x"]),
)
_id_cells = st.one_of(
    st.text(alphabet="0123456789", min_size=0, max_size=20),
    st.sampled_from(["", "４９", "\t123", '="42"', "4.92E+18", "-", "LP00123"]),
    st.sampled_from(["JT0000000000000", "null", "NULL", "12E5", "1e5", "E5", "无", "\tSF123"]),
    st.sampled_from([" - ", "N/A", '"-"', "—", "a b"]),
)
_text_cells = st.one_of(
    st.text(max_size=12), st.sampled_from(["", " a ", "-", "无", "null", "a\u200b"])
)


def _same(column_fn, cell_fn, col: list[str]) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.importing.values import convert_cells

    assert column_fn(tuple(col)) == convert_cells(cell_fn, col)


@given(st.lists(_time_cells, max_size=30))
def test_time_column_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import make_time_column

    _same(make_time_column(to_time), to_time, col)


@given(st.lists(_money_cells, max_size=30))
def test_money_column_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import fen_column

    _same(fen_column, to_fen, col)


@given(st.lists(_count_cells, max_size=30))
def test_count_column_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import count_column

    _same(count_column, to_count, col)


@given(st.lists(_id_cells, max_size=30))
def test_id_column_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import id_column

    _same(id_column, to_id, col)


@given(st.lists(_text_cells, max_size=30))
def test_text_column_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import text_column

    _same(text_column, to_text, col)


# The column fast paths take a column only when every cell has the common shape; these columns are
# all in that shape but (perhaps) one near-miss cell, so each check of a fast path is exercised.


def _with_one(
    usual: st.SearchStrategy[str], near_misses: list[str]
) -> st.SearchStrategy[list[str]]:
    """Columns of `usual` cells with at most one of `near_misses` put in somewhere."""
    return st.tuples(
        st.lists(usual, min_size=1, max_size=20),
        st.one_of(st.none(), st.sampled_from(near_misses)),
        st.integers(min_value=0, max_value=20),
    ).map(lambda t: t[0] if t[1] is None else [*t[0][: t[2]], t[1], *t[0][t[2] :]])


_usual_amounts = st.tuples(
    st.sampled_from(["", "¥", "￥"]), st.integers(min_value=0, max_value=10**15 - 1)
).map(lambda t: f"{t[0]}{t[1] // 100}.{t[1] % 100:02d}")
_amount_near_misses = [
    "", "-", "¥", "0.00", "00.50", "1.5", "1.500", ".50", "12.", "1", "¥¥1.00", "1¥.00", "¥1.00¥",
    "￥¥1.00", "¥ 1.00", " 1.00", "1.00 ", "1,299.00", "１.００", "1.0０", "-1.00", "(1.00)",
    "1.00\n2.00", "12345678901234.00", "1234567890123.00", "9" * 38 + ".00", "1.00.00", "1e2.00",
    "¥" * 40 + "1.00", "￥" * 38 + "1.00",
]  # fmt: skip


@given(_with_one(_usual_amounts, _amount_near_misses))
def test_money_column_of_two_decimal_amounts_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import fen_column

    _same(fen_column, to_fen, col)


@pytest.mark.parametrize("cell", _amount_near_misses)
def test_money_column_with_one_near_miss_equals_cells(cell: str) -> None:
    from desktop_app.importing.values import fen_column

    for usual in (["199.00", "0.00"], ["¥29.90", "￥0.50"]):
        _same(fen_column, to_fen, [*usual, cell])
        _same(fen_column, to_fen, [cell, *usual])


_usual_times = st.one_of(
    st.datetimes(min_value=datetime(1985, 1, 1), max_value=datetime(2105, 12, 31)),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)),
).map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S"))
_time_near_misses = [
    "", "-", " - ", "N/A", "2024-02-30 00:00:00", "2023-02-29 12:00:00", "2024-02-29 12:00:00",
    "2024-13-01 00:00:00", "2024-06-22 24:00:00", "2024-06-22 23:60:00", "2024-06-22 23:59:60",
    "2024/06/22 23:01:55", "2024-06-22 23:01:55 ", " 2024-06-22 23:01:55", "2024-06-22T23:01:55",
    "1989-12-31 23:59:59", "1990-01-01 00:00:00", "2100-12-31 23:59:59", "2101-01-01 00:00:00",
    "２024-06-22 23:01:55", "2024-6-22 23:01:55", "2024-06-22 23:01", "0000-00-00 00:00:00",
    "2024-06-22 23:01:55\n2024-06-22 23:01:55", "2024-06-22 23:01:55.5", "2024-06-22",
]  # fmt: skip


@given(_with_one(_usual_times, _time_near_misses))
def test_time_column_of_canonical_times_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import make_time_column

    _same(make_time_column(to_time), to_time, col)


@pytest.mark.parametrize("cell", _time_near_misses)
def test_time_column_with_one_near_miss_equals_cells(cell: str) -> None:
    from desktop_app.importing.values import make_time_column

    for usual in (["2024-06-22 23:01:55", "2024-06-23 00:00:00"], ["1999-12-31 23:59:59", ""]):
        _same(make_time_column(to_time), to_time, [*usual, cell])
        _same(make_time_column(to_time), to_time, [cell, *usual])


_usual_texts = st.sampled_from(
    ["浙江省杭州市西湖区", " 张伟 ", "", "蓝牙耳机 降噪", "SKU-0005", "无"]
)
_text_near_misses = [
    "-", " null ", "a\u200bb", "\ufeff张伟", "soft\u00adhyphen", "\u202eRTL", "\u2060", "a\x01b",
    "line\nbreak", "x\u2028y", "\u3000张伟\u3000", "\u200b", "#N/A", "—", "😀",
]  # fmt: skip


@given(_with_one(_usual_texts, _text_near_misses))
def test_text_column_of_plain_texts_equals_cells(col: list[str]) -> None:
    from desktop_app.importing.values import text_column

    _same(text_column, to_text, col)


@pytest.mark.parametrize("cell", _text_near_misses)
def test_text_column_with_one_near_miss_equals_cells(cell: str) -> None:
    from desktop_app.importing.values import text_column

    _same(text_column, to_text, ["浙江省", " 张伟 ", cell, ""])


def test_columns_of_workbook_cells_fall_back_to_cells() -> None:
    from desktop_app.importing.values import convert_cells, fen_column, make_time_column

    col = (datetime(2022, 12, 19, 12), "", 44914.5)
    assert make_time_column(to_time)(col) == convert_cells(to_time, col)
    assert fen_column((12.5, "", 3)) == ([1250, None, 300], [])


_workbook_time_cells = st.one_of(
    st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2110, 12, 31)),
    # whole seconds, as a workbook holds them, and dates (calamine's midnight datetimes): all the
    # years, so that implausible ones are errors in either form
    st.datetimes().map(lambda d: d.replace(microsecond=0)),
    st.dates(),
    st.datetimes(timezones=st.just(timezone(timedelta(hours=-5)))).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.sampled_from(["", "-", None, 44914.5, "2022-12-19 12:00:00", time(12, 30), True, 3]),
)


@given(st.lists(_workbook_time_cells, max_size=30), st.booleans())
def test_time_column_of_datetime_cells_equals_cells(col: list[object], date1904: bool) -> None:
    """Workbook datetime cells (microseconds included) take the column path only when exact."""
    from desktop_app.importing.values import convert_cells, make_time_column, make_time_converter

    conv = make_time_converter(date1904)
    assert make_time_column(conv)(tuple(col)) == convert_cells(conv, col)


@given(st.lists(_workbook_time_cells, min_size=1, max_size=30))
def test_dated_texts_read_as_the_cells(col: list[object]) -> None:
    """Where `dated_texts` gives texts, they are the display texts, and each converts to the same
    time (or the same error) as its cell."""
    from desktop_app.importing.values import dated_texts

    texts = dated_texts(tuple(col))
    if texts is None:
        return
    assert texts == [cell_text(c) for c in col]
    for cell, text in zip(col, texts, strict=True):
        try:
            expected: object = to_time(cell)
        except CellError as exc:
            expected = (exc.message, exc.message_en)
        try:
            got: object = to_time(text)
        except CellError as exc:
            got = (exc.message, exc.message_en)
        assert got == expected


def test_dated_texts_only_for_whole_second_datetimes_and_dates() -> None:
    from desktop_app.importing.values import dated_texts

    assert dated_texts((datetime(2024, 6, 22, 23, 1, 55), "", date(2024, 6, 22))) == [
        "2024-06-22 23:01:55",
        "",
        "2024-06-22",
    ]
    assert dated_texts(("2024-06-22 23:01:55", "")) is None  # text alone: read as text
    assert dated_texts((datetime(2024, 6, 22, 23, 1, 55, 500000), "")) is None
    assert dated_texts((datetime(2024, 6, 22, tzinfo=UTC),)) is None
    assert dated_texts((datetime(2024, 6, 22), "-")) is None
    assert dated_texts((datetime(2024, 6, 22), 45000.0)) is None


@given(st.lists(_workbook_time_cells, max_size=30))
def test_raw_text_of_datetime_cells_is_cell_text(col: list[object]) -> None:
    from json.encoder import encode_basestring

    from desktop_app.importing.rows import _json_inner
    from desktop_app.importing.values import cell_text

    assert list(_json_inner(tuple(col))) == [encode_basestring(cell_text(c))[1:-1] for c in col]


_workbook_number_cells = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=0, max_value=10**12).map(lambda f: f / 100),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.sampled_from(["", None, 0.1 + 0.2, -0.0, 12.345, 3.0, "12.5"]),
)


@given(st.lists(_workbook_number_cells, max_size=30))
def test_number_columns_of_workbook_cells_equal_cells(col: list[object]) -> None:
    """Float/int cells take the column path only when the per-cell result is certain."""
    from desktop_app.importing.values import convert_cells, count_column, fen_column, to_count

    assert fen_column(tuple(col)) == convert_cells(to_fen, col)
    assert count_column(tuple(col)) == convert_cells(to_count, col)
