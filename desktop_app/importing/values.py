"""Cell values → typed values: ids as exact text, canonical times, money in fen, counts, booleans.

Every converter takes one cell as a reader returns it (``str`` from CSV/HTML; ``str``, ``float``,
``int``, ``bool``, ``datetime``, ``date``, ``time`` or ``''`` from a workbook) and returns the typed
value, or raises `CellError` with what was expected (Chinese and English). The pipeline turns a
`CellError` into a `desktop_app.errors.Problem` naming the cell.

Converters are called once per cell of a 100k-row import, so each starts with a fast path for the
common shape (a plain digit string, a canonical time text, a plain decimal) and only then falls back
to the general parsing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation

from desktop_app.chinatime import CHINA

#: Texts that mean "no value" in the exports (EXPORT-FORMATS.md), compared after stripping.
NULL_MARKERS: frozenset[str] = frozenset(
    {
        "",
        "-",
        "--",
        "---",
        "—",
        "——",
        "/",
        "null",
        "NULL",
        "Null",
        "#NULL!",
        "#N/A",
        "N/A",
        "n/a",
        "无",
    }
)
# "无" is a null only for numbers/times/ids; text fields keep it (a buyer note can be "无").
_TEXT_NULLS = NULL_MARKERS - {"无"}

MAX_TIME_TEXT = 64  # longer cells are never times (and would make the time pattern slow)
MAX_NUMBER_TEXT = 40  # longer cells are never amounts or counts (int() refuses > 4300 digits)
MAX_EXACT_DIGITS = 15  # a float id with more significant digits than this has lost digits


class CellError(ValueError):
    """A cell that cannot be converted; carries what was expected in Chinese and English."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en


# --- text and ids --------------------------------------------------------------------------------

# Zero-width and other invisible characters exporters and copy-paste leave in cells.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS), None)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_E_NOTATION = re.compile(r"^[+-]?\d+(?:\.\d*)?[eE][+-]?\d+$")
_FLOATISH_INT = re.compile(r"^(\d+)\.0+$")


def cell_text(value: object) -> str:
    """A cell as display text, for raw_json and messages: '' for empty, ints without '.0'."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if type(value) is float:
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if type(value) is bool:
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return _dt_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


def to_text(value: object) -> str:
    """Free text (names, addresses, notes): stripped; '' for empty or a null marker."""
    if type(value) is str:
        s = value.strip()
        if s in _TEXT_NULLS:
            return ""
        if s.isprintable():
            return s
        return s.translate(_INVISIBLE).strip()
    return cell_text(value).strip()


def _clean_id_text(s: str) -> str:
    """Strip wrappers exporters put around long ids: tab, quotes, ="…", a leading ', invisibles."""
    s = s.translate(_INVISIBLE).strip()
    for _ in range(3):
        if s.startswith('="') and s.endswith('"'):
            s = s[2:-1]
        elif len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'`":
            s = s[1:-1]
        elif s.startswith("'"):
            s = s[1:]
        else:
            break
        s = s.strip()
    return s.translate(_FULLWIDTH_DIGITS)


def to_id(value: object) -> str:
    """An id (order, sub-order, product, tracking number) as exact text.

    Numeric cells are accepted only while they are exact: a float with more than 15 significant
    digits, or an id written in E-notation, has lost digits and is an error.
    """
    if type(value) is str:
        s = value.strip()
        if s.isdigit() and s.isascii():
            return s
        if not s:
            return ""
        s = _clean_id_text(s)
        if s in NULL_MARKERS:
            return ""
        if _E_NOTATION.match(s):
            raise _lost_digits()
        m = _FLOATISH_INT.match(s)
        if m:
            digits = m.group(1)
            if len(digits.lstrip("0")) > MAX_EXACT_DIGITS:
                raise _lost_digits()
            return digits
        return s
    if type(value) is float:
        if value != value or not value.is_integer():
            raise CellError(
                "应为编号（文本），却是带小数的数字",
                "expected an id (text), got a number with decimals",
            )
        if abs(value) >= 10**MAX_EXACT_DIGITS:
            raise _lost_digits()
        return str(int(value))
    if type(value) is int:
        if abs(value) >= 10**MAX_EXACT_DIGITS:
            raise _lost_digits()
        return str(value)
    if value is None:
        return ""
    raise CellError(
        f"应为编号，却是 {type(value).__name__}", f"expected an id, got a {type(value).__name__}"
    )


def _lost_digits() -> CellError:
    return CellError(
        "编号已丢失位数（被存成了数字或科学计数法）——请把该列设为文本后重新导出",
        "has lost digits (stored as a number or in E-notation) — "
        "export again with the column as text",
    )


# --- times ---------------------------------------------------------------------------------------

_DT_GENERAL = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*(?:[:：分]\s*(\d{1,2})(?:\.\d+)?\s*秒?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_DT_YEAR_LAST = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:\s|$)")
_EXCEL_1900 = datetime(1899, 12, 30)
_EXCEL_1904 = datetime(1904, 1, 1)
_MIN_YEAR, _MAX_YEAR = 1990, 2100


def _dt_text(v: datetime) -> str:
    if v.tzinfo is not None:
        v = v.astimezone(CHINA).replace(tzinfo=None)
    if v.microsecond:
        v = (v + timedelta(microseconds=500_000)).replace(microsecond=0)
    return v.isoformat(" ")


def _time_error(detail: str = "", detail_en: str = "") -> CellError:
    return CellError(
        "应为时间，格式如 2022-12-19 12:00:00" + (f"（{detail}）" if detail else ""),
        "expected a time like 2022-12-19 12:00:00" + (f" ({detail_en})" if detail_en else ""),
    )


def _check_year(v: datetime) -> datetime:
    if not _MIN_YEAR <= v.year <= _MAX_YEAR:
        raise _time_error(f"年份 {v.year} 不合理", f"year {v.year} is implausible")
    return v


def excel_serial_to_datetime(serial: float, date1904: bool = False) -> datetime:
    """An Excel date serial in the workbook's own date system (1900 or 1904) → naive datetime."""
    if serial != serial or serial < 1 or serial > 2_958_465:
        raise _time_error("不是有效的 Excel 日期序号", "not a valid Excel date serial")
    base = _EXCEL_1904 if date1904 else _EXCEL_1900
    if not date1904 and serial < 61:  # Excel's phantom 1900-02-29: serials below 61 are one day off
        serial += 1
    v = base + timedelta(days=serial)
    return _check_year(v.replace(microsecond=0) if v.microsecond < 500_000 else v)


def parse_time_text(s: str) -> str:
    """A time text in any listed format → canonical ``YYYY-MM-DD HH:MM:SS`` (China time)."""
    if len(s) == 19 and s[10] == " ":
        if s[4] == "-" and s[7] == "-":
            try:
                _check_year(datetime.fromisoformat(s))
                return s
            except ValueError:
                pass
        elif s[4] == "/" and s[7] == "/":
            t = s.replace("/", "-")
            try:
                _check_year(datetime.fromisoformat(t))
                return t
            except ValueError:
                pass
    s = s.strip().translate(_FULLWIDTH_DIGITS)
    if len(s) > MAX_TIME_TEXT:  # no time is written this long; and it keeps the match linear
        raise _time_error()
    m = _DT_GENERAL.match(s)
    if not m:
        if _DT_YEAR_LAST.match(s):
            raise _time_error(
                "日/月顺序不明确，请用 年-月-日 格式",
                "day/month order is ambiguous; use year-month-day",
            )
        raise _time_error()
    y, mo, d, hh, mi, ss, tz = m.groups()
    try:
        v = datetime(int(y), int(mo), int(d), int(hh or 0), int(mi or 0), int(ss or 0))
    except ValueError as exc:
        raise _time_error("日期不存在", "no such date") from exc
    if tz:
        off = (
            timedelta(0)
            if tz == "Z"
            else timedelta(hours=int(tz[1:3]), minutes=int(tz[-2:])) * (1 if tz[0] == "+" else -1)
        )
        v = v.replace(tzinfo=timezone(off)).astimezone(CHINA).replace(tzinfo=None)
    return _check_year(v).isoformat(" ")


def make_time_converter(date1904: bool = False) -> Callable[[object], str | None]:
    """A converter for time cells in a workbook with the given date system."""
    fromisoformat = datetime.fromisoformat

    def to_time(value: object) -> str | None:
        if type(value) is str:
            # fast path: canonical text, e.g. '2022-12-19 12:00:00' (the year check is the prefix)
            if (
                len(value) == 19
                and value[4] == "-"
                and value[10] == " "
                and "1990" <= value[:4] <= "2100"
            ):
                try:
                    fromisoformat(value)
                    return value
                except ValueError:
                    pass
            if value in NULL_MARKERS:
                return None
            s = value.strip()
            if s in NULL_MARKERS:
                return None
            return parse_time_text(s)
        if isinstance(value, datetime):
            return _dt_text(_check_year(value))
        if isinstance(value, date):
            if not _MIN_YEAR <= value.year <= _MAX_YEAR:
                raise _time_error(f"年份 {value.year} 不合理", f"year {value.year} is implausible")
            return value.isoformat() + " 00:00:00"
        if type(value) is float or type(value) is int:
            return _dt_text(excel_serial_to_datetime(float(value), date1904))
        if value is None:
            return None
        if isinstance(value, time):
            raise _time_error("只有时刻，没有日期", "a time of day without a date")
        raise _time_error()

    return to_time


to_time = make_time_converter(False)


# --- money, counts, booleans ---------------------------------------------------------------------

_MONEY_STRIP = re.compile(r"[¥￥$,，\s元]|RMB|CNY|US|USD", re.IGNORECASE)


def _money_error(extra: str = "", extra_en: str = "") -> CellError:
    return CellError(
        "应为金额，如 12.5 或 ¥1,299.90" + extra,
        "expected an amount like 12.5 or ¥1,299.90" + extra_en,
    )


def _too_long_number() -> CellError:
    return CellError("数字太长，不是有效的金额或数量", "too many digits for an amount or a count")


def _decimal_to_fen(d: Decimal) -> int:
    if not d.is_finite():
        raise _money_error()
    fen = d * 100
    if fen != fen.to_integral_value():
        raise _money_error("（金额最多两位小数）", " (at most two decimal places)")
    return int(fen)


def to_fen(value: object) -> int | None:
    """Money → exact integer fen (分). '' and null markers → None; ``￥0`` → 0."""
    if type(value) is str:
        s = value.strip()
        if s in NULL_MARKERS:
            return None
        if len(s) > MAX_NUMBER_TEXT:
            raise _too_long_number()
        whole, _dot, frac = s.partition(".")
        if whole.isdigit() and whole.isascii() and len(frac) <= 2 and (not frac or frac.isdigit()):
            return int(whole) * 100 + (int(frac.ljust(2, "0")) if frac else 0)
        t = _MONEY_STRIP.sub("", s.translate(_FULLWIDTH_DIGITS))
        neg = t.startswith("(") and t.endswith(")")
        if neg:
            t = t[1:-1]
        if t in NULL_MARKERS:
            return None
        try:
            d = Decimal(t)
        except InvalidOperation:
            raise _money_error() from None
        return -_decimal_to_fen(d) if neg else _decimal_to_fen(d)
    if type(value) is float:
        if value != value:
            raise _money_error()
        return _decimal_to_fen(Decimal(repr(value)))
    if type(value) is int:
        return value * 100
    if value is None:
        return None
    raise _money_error()


_COUNT_SUFFIX = re.compile(r"\s*(件|个|笔|单|小时|h|H|hrs?|pcs)$")


def to_count(value: object) -> int | None:
    """A whole number (quantity, sales, promise hours): '3', 3.0, '3件', '48小时' → 3/48."""
    if type(value) is str:
        s = value.strip()
        if len(s) > MAX_NUMBER_TEXT:
            raise _too_long_number()
        if s.isdigit() and s.isascii():
            return int(s)
        if s in NULL_MARKERS:
            return None
        t = _COUNT_SUFFIX.sub("", s.translate(_FULLWIDTH_DIGITS)).replace(",", "")
        m = _FLOATISH_INT.match(t)
        if m:
            t = m.group(1)
        if t.isdigit() and t.isascii():
            return int(t)
        if t.startswith("-") and t[1:].isdigit():
            return int(t)
        raise CellError("应为整数", "expected a whole number")
    if type(value) is float:
        if value != value or not value.is_integer():
            raise CellError("应为整数，却有小数", "expected a whole number, got decimals")
        return int(value)
    if type(value) is int:
        return value
    if value is None:
        return None
    raise CellError("应为整数", "expected a whole number")


_TRUE = frozenset({"是", "y", "yes", "true", "1", "有", "使用", "已使用", "√", "✓", "对"})
_FALSE = frozenset({"否", "n", "no", "false", "0", "无", "不使用", "未使用", "×", "✗", "错"})


def to_bool(value: object) -> int | None:
    """是/否, Y/N, 1/0, true/false → 1/0; empty → None."""
    if type(value) is bool:
        return int(value)
    if type(value) is float or type(value) is int:
        if value in (0, 1):
            return int(value)
        raise CellError("应为 是/否", "expected yes/no (是/否)")
    if value is None:
        return None
    s = str(value).strip()
    if s in _TEXT_NULLS:
        return None
    k = s.lower()
    if k in _TRUE:
        return 1
    if k in _FALSE:
        return 0
    raise CellError("应为 是/否", "expected yes/no (是/否)")


def to_mode(value: object) -> str:
    """Fulfilment mode → 'POP' / 'JIT揽收' / 'JIT自寄', or the text as given when unrecognised."""
    s = to_text(value)
    if not s:
        return ""
    k = unicodedata.normalize("NFKC", s).replace(" ", "").replace("-", "").replace("_", "").upper()
    if k == "POP" or k.startswith("POP"):
        return "POP"
    if "自寄" in k or "自送" in k:
        return "JIT自寄"
    if "揽收" in k or "上门" in k:
        return "JIT揽收"
    return s


_TRACKING_TOKEN = re.compile(r"[A-Za-z]{0,4}\d[\dA-Za-z]{7,}")


def to_tracking_from_info(value: object) -> str:
    """The tracking number in a combined 快递信息 cell ('中通快递 75312345678901' → the number)."""
    s = _clean_id_text(to_text(value))
    if not s:
        return ""
    tokens = _TRACKING_TOKEN.findall(s)
    return tokens[-1] if tokens else s


# --- whole-column conversion ---------------------------------------------------------------------
#
# The importer converts rows in chunks, column by column: one C-level check over a whole column
# (a join and a regex, a set intersection) proves that every cell has the common shape, and only a
# column that fails the check is converted cell by cell. Results are identical to the per-cell
# converters above (a property test checks this).

ColumnResult = tuple[list[str | int | None], list[int]]  # converted values, indices of bad cells

_TEXT_NULLS_NONEMPTY = _TEXT_NULLS - {""}
_PLAIN_MONEY_LINES = re.compile(
    r"(?:[0-9]{1,13}(?:\.[0-9]{1,2})?)?(?:\n(?:[0-9]{1,13}(?:\.[0-9]{1,2})?)?)*"
)
_PLAIN_COUNT_LINES = re.compile(r"[0-9]{1,9}(?:\n[0-9]{1,9})*")
# the same amounts, each with at most one leading currency sign (Douyin's "¥29.90")
_SIGNED_MONEY_LINES = re.compile(
    r"(?:[¥￥]?[0-9]{1,13}(?:\.[0-9]{1,2})?)?(?:\n(?:[¥￥]?[0-9]{1,13}(?:\.[0-9]{1,2})?)?)*"
)
_ID_NULLS_NONEMPTY = NULL_MARKERS - {""}
_E_NOTATION_LINES = re.compile(r"^[+-]?\d+(?:\.\d*)?[eE][+-]?\d+$", re.MULTILINE)


def convert_cells(fn: Callable[[object], str | int | None], col: Sequence[object]) -> ColumnResult:
    """Convert a column cell by cell; bad cells become None and are listed by index."""
    out: list[str | int | None] = []
    bad: list[int] = []
    append = out.append
    for i, v in enumerate(col):
        try:
            append(fn(v))
        except CellError:
            append(None)
            bad.append(i)
    return out, bad


def _strs(col: Sequence[object]) -> list[str] | None:
    """The column stripped, if every cell is text (None otherwise)."""
    try:
        return list(map(str.strip, col))  # type: ignore[arg-type]
    except TypeError:
        return None


def text_column(col: Sequence[object]) -> ColumnResult:
    """`to_text` over a column.

    A stripped cell that is no null marker and holds none of the invisible characters `to_text`
    removes is returned as it is; the invisible characters are looked for with one C-level scan
    each over the joined column (where ``isprintable()`` took ~60 ns a cell of CJK text).
    """
    s = _strs(col)
    if s is not None and _TEXT_NULLS_NONEMPTY.isdisjoint(s):
        joined = "".join(s)
        if not any(ch in joined for ch in _INVISIBLE_CHARS):
            return s, []  # type: ignore[return-value]
    return convert_cells(to_text, col)


def id_column(col: Sequence[object]) -> ColumnResult:
    """`to_id` over a column."""
    s = _strs(col)
    if s is not None:
        joined = "".join(s)
        if not joined or (joined.isdigit() and joined.isascii()):
            return s, []  # type: ignore[return-value]
        # null markers ("-" for an order not shipped yet) become '', as in `to_id`; then ASCII
        # letters and digits only (tracking numbers such as JT0000000000000) are kept as they
        # are, unless written in E-notation ("1E5": lost digits, an error)
        if not _ID_NULLS_NONEMPTY.isdisjoint(s):
            s = ["" if v in NULL_MARKERS else v for v in s]
            joined = "".join(s)
        if not joined or (
            joined.isalnum() and joined.isascii() and not _E_NOTATION_LINES.search("\n".join(s))
        ):
            return s, []  # type: ignore[return-value]
    return convert_cells(to_id, col)


def make_time_column(
    fn: Callable[[object], str | None],
) -> Callable[[Sequence[object]], ColumnResult]:
    """A whole-column version of a time converter (`make_time_converter`)."""
    fromisoformat = datetime.fromisoformat

    def time_column(col: Sequence[object]) -> ColumnResult:
        try:
            joined = "\n".join(col)  # type: ignore[arg-type]
        except TypeError:  # workbook cells
            texts = dated_texts(col)
            return time_column(texts) if texts is not None else convert_cells(fn, col)
        found = canonical(joined, len(col))
        if found is None:
            # null markers ("-" for an order not shipped yet) are empty times, as in `to_time`
            lines = joined.split("\n")
            if len(lines) == len(col):
                blanked = [
                    "" if v in NULL_MARKERS or v.strip() in NULL_MARKERS else v for v in lines
                ]
                if blanked != lines:
                    found = canonical("\n".join(blanked), len(col))
        if found is None:
            return convert_cells(fn, col)
        return found, []

    def canonical(joined: str, n: int) -> list[str | int | None] | None:
        """The column's values if every line is empty or a canonical time, else None."""
        if "/" in joined:
            joined = joined.replace("/", "-")
        vals = joined.split("\n")
        if len(vals) != n:  # a cell with a line break
            return None
        present = list(filter(None, vals)) if "" in vals else vals
        if not present:
            return [None] * n
        k = len(present)
        lines = _time_lines(joined if present is vals else "\n".join(present), k)
        if lines is None:
            return None
        # the years: all 20xx (two slices of the fixed-width lines), or else compared as text
        if not (lines[0::20] == b"2" * k and lines[1::20] == b"0" * k) and not (
            min(present) >= "1990" and max(present) < "2101"
        ):
            return None
        try:
            for _ in map(fromisoformat, present):  # a real date and time of day
                pass
        except ValueError:
            return None
        return vals if present is vals else [v or None for v in vals]  # type: ignore[return-value]

    return time_column


_DATED_TYPES = frozenset((str, datetime, date))
_DATED_LENGTHS = frozenset((0, 10, 19))


def dated_texts(col: Sequence[object]) -> list[str] | None:
    """The display texts (`cell_text`) of a workbook column of datetimes and dates (and empty
    cells), or None for a column of text alone or with any other cell.

    ``str()`` of such a cell is its display text unless a datetime has microseconds or a time zone,
    and only then is it longer than 19 characters: so the texts are taken only when each is empty,
    a date (10) or a whole-second datetime (19). `to_time` reads each text as it reads the cell
    (the same time, or the same error for an implausible year), so a time column is converted from
    these texts — one ``str()`` a cell (~0.7 µs: formatting the numbers is what costs), shared
    with raw_json by the importer, where a loop over the cells formatted each datetime for both.
    """
    types = set(map(type, col))
    if not types <= _DATED_TYPES or types == {str}:
        return None
    texts = list(map(str, col))
    if not set(map(len, texts)) <= _DATED_LENGTHS:
        return None
    return texts


_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_TIME_SHAPE = b"0000-00-00 00:00:00"


def _time_lines(joined: str, n: int) -> bytes | None:
    """`joined` as ASCII bytes if it is `n` lines each shaped ``YYYY-MM-DD HH:MM:SS`` (digits
    anywhere a 0 is), else None.

    Every digit becomes 0 and the whole column is compared with the shape repeated: a translate
    and a compare in C where a regex over the lines took ~145 ns a cell. The result is
    fixed-width (20 bytes a line), so ``lines[k::20]`` is the k-th character of every time.
    """
    if not joined.isascii() or len(joined) != 20 * n - 1:
        return None
    lines = joined.encode("ascii")
    if lines.translate(_DIGITS_TO_ZERO) != (_TIME_SHAPE + b"\n") * (n - 1) + _TIME_SHAPE:
        return None
    return lines


def _number_cells(col: Sequence[object], money: bool) -> ColumnResult | None:
    """Workbook number cells (and empty cells) as `to_fen` (`money`) or `to_count` returns
    them, or None when any cell needs the full converter.

    A float amount is exact in fen when ``round(v * 100) / 100 == v``: then ``repr(v)`` — what
    `to_fen` reads — has at most two decimals, and the division is correctly rounded below 1e13.
    """
    out: list[str | int | None] = []
    append = out.append
    for v in col:
        if v.__class__ is float:
            if money:
                if not -1e13 < v < 1e13:
                    return None
                f = round(v * 100)
                if f / 100 != v:
                    return None
                append(f)
            elif v.is_integer():
                append(int(v))
            else:
                return None
        elif v.__class__ is int:
            append(v * 100 if money else v)
        elif v == "" or v is None:
            append(None)
        else:
            return None
    return out, []


def _two_decimal_fen(joined: str, n: int) -> list[int] | None:
    """The fen of `n` lines that are each an amount with exactly two decimals ("199.00"), at most
    13 digits before the point and perhaps one leading ¥/￥ ("¥29.90") — how the exports write
    money — else None.

    Checked and converted with bytes operations in C: without its digits the column must be one
    point a line, with every digit made 0 each point must be followed by exactly "00"; then the
    fen is the amount without its point, ``int(b"19900")``. (~0.15 µs a cell, where the
    `_PLAIN_MONEY_LINES` regex and ``round(float(v) * 100)`` took ~0.6 µs.)
    """
    if "¥" in joined or "￥" in joined:
        starts = "\n" + joined  # a sign only at the start of a line: never inside, never twice
        if joined.count("¥") != starts.count("\n¥") or joined.count("￥") != starts.count("\n￥"):
            return None
        joined = joined.replace("¥", "").replace("￥", "")
    if not joined.isascii():
        return None
    amounts = joined.encode("ascii")
    if amounts.translate(None, b"0123456789") != b".\n" * (n - 1) + b".":
        return None
    shape = amounts.translate(_DIGITS_TO_ZERO)
    if shape.count(b".00\n") != n - 1 or not shape.endswith(b".00") or b"0" * 14 in shape:
        return None
    return list(map(int, amounts.replace(b".", b"").split(b"\n")))


def fen_column(col: Sequence[object]) -> ColumnResult:
    """`to_fen` over a column."""
    try:
        joined = "\n".join(col)  # type: ignore[arg-type]
    except TypeError:
        return _number_cells(col, money=True) or convert_cells(to_fen, col)
    fen = _two_decimal_fen(joined, len(col))
    if fen is not None:
        return fen, []  # type: ignore[return-value]
    if _PLAIN_MONEY_LINES.fullmatch(joined) or (
        ("¥" in joined or "￥" in joined) and _SIGNED_MONEY_LINES.fullmatch(joined)
    ):
        vals = joined.replace("¥", "").replace("￥", "").split("\n")
        if len(vals) == len(col):
            return [round(float(v) * 100) if v else None for v in vals], []
    return convert_cells(to_fen, col)


def count_column(col: Sequence[object]) -> ColumnResult:
    """`to_count` over a column."""
    try:
        joined = "\n".join(col)  # type: ignore[arg-type]
    except TypeError:
        return _number_cells(col, money=False) or convert_cells(to_count, col)
    if _PLAIN_COUNT_LINES.fullmatch(joined):
        vals = joined.split("\n")
        if len(vals) == len(col):
            return list(map(int, vals)), []
    return convert_cells(to_count, col)


def column_converter(
    fn: Callable[[object], str | int | None],
) -> Callable[[Sequence[object]], ColumnResult]:
    """The whole-column version of a per-cell converter."""
    if fn is to_text:
        return text_column
    if fn is to_id:
        return id_column
    if fn is to_fen:
        return fen_column
    if fn is to_count:
        return count_column
    if getattr(fn, "__name__", "") == "to_time":
        return make_time_column(fn)  # type: ignore[arg-type]

    def cells(col: Sequence[object]) -> ColumnResult:
        return convert_cells(fn, col)

    return cells
