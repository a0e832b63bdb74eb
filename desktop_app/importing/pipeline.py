"""The importer's two entry points: `plan_import` (detect everything, raise for whole-file problems)
and `iter_rows` (typed rows or cell-level `Problem`s, never raising for a bad cell).

The store calls exactly these two inside one transaction (see `desktop_app.importing.model`).
"""

from __future__ import annotations

import csv
import hashlib
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from json.encoder import encode_basestring
from pathlib import Path
from typing import cast

from desktop_app.errors import BadInput, Problem
from desktop_app.importing import aliases
from desktop_app.importing.headers import (
    auto_map,
    cell_header_text,
    detect_kind,
    detect_platform,
    field_names,
    find_header_row,
    header_key,
    header_signature,
)
from desktop_app.importing.model import ImportPlan, Kind, ParsedRow, SheetPlan
from desktop_app.importing.sniff import sniff
from desktop_app.importing.tables import RawBook, RawSheet, column_letter
from desktop_app.importing.values import (
    CellError,
    cell_text,
    column_converter,
    make_time_converter,
    to_bool,
    to_count,
    to_fen,
    to_id,
    to_mode,
    to_text,
    to_tracking_from_info,
)
from desktop_app.store.schema import ORDER_FIELDS, PRODUCT_FIELDS
from policies.records import Platform

LookupProfile = Callable[[Platform, str], "dict[str, str] | None"]

__all__ = ["LookupProfile", "iter_rows", "plan_import", "release_cache"]

_TIME_FIELDS = frozenset(
    (
        "created_at",
        "paid_at",
        "promised_ship_at",
        "shipped_at",
        "picked_up_at",
        "online_at",
        "warehouse_at",
        "completed_at",
        "listed_at",
    )
)
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

# The last workbook read, so `iter_rows` does not parse the file a second time after `plan_import`.
_cache_lock = threading.Lock()
_cache: tuple[tuple[str, str], RawBook] | None = None


def _file_sha256(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _read_book(path: Path, file_format: str) -> RawBook:
    if file_format in ("xlsx", "xls"):
        from desktop_app.importing.xlsx import read_workbook

        return read_workbook(path, file_format)
    if file_format == "html":
        from desktop_app.importing.htmltable import read_html

        return read_html(path)
    from desktop_app.importing.csvfile import read_csv

    return read_csv(path)


def _load(path: Path, file_format: str, sha256: str) -> RawBook:
    global _cache
    key = (str(path.resolve()), sha256)
    with _cache_lock:
        if _cache is not None and _cache[0] == key:
            return _cache[1]
    book = _read_book(path, file_format)
    with _cache_lock:
        _cache = (key, book)
    return book


def release_cache() -> None:
    """Drop the workbook kept between `plan_import` and `iter_rows` (e.g. when a preview is
    cancelled), so a large file's cells do not stay in memory."""
    global _cache
    with _cache_lock:
        _cache = None


def _head(sheet: RawSheet, n: int) -> list[Sequence[object]]:
    out: list[Sequence[object]] = []
    for row in sheet.rows():
        out.append(row)
        if len(out) >= n:
            break
    return out


def _problem(zh: str, en: str, file: str, sheet: str = "", **kw: object) -> Problem:
    return Problem(zh, en, file=file, sheet=sheet, **kw)  # type: ignore[arg-type]


@dataclass
class _SheetScan:
    raw: RawSheet
    header_index: int  # within the sheet's rows
    headers: tuple[str, ...]
    platform: Platform | None
    kind: Kind


def _scan_sheet(raw: RawSheet) -> _SheetScan | None:
    head = _head(raw, 20)
    idx = find_header_row(head)
    if idx is None:
        return None
    headers = tuple(cell_header_text(c) for c in head[idx])
    platform, _ = detect_platform(headers)
    kind = detect_kind(headers, platform)
    return _SheetScan(raw, idx, headers, platform, kind)


def _apply_override(
    cols: dict[str, int],
    override: dict[str, str],
    headers: Sequence[str],
    kind: Kind,
    file: str,
    sheet: str,
) -> dict[str, int]:
    valid = set(field_names(kind))
    by_key: dict[str, int] = {}
    for i, h in enumerate(headers):
        if h:
            by_key.setdefault(header_key(h), i)
    out = dict(cols)
    for f, h in override.items():
        if f not in valid:
            raise BadInput(
                _problem(
                    f"映射中的字段“{f}”不存在",
                    f"the mapping names an unknown field {f!r}",
                    file,
                    sheet,
                )
            )
        if not h:
            out.pop(f, None)
            continue
        col = by_key.get(header_key(h))
        if col is None:
            raise BadInput(
                _problem(
                    f"映射指定的列“{h}”不在表头中",
                    f"the mapping names a column {h!r} that is not in the header row",
                    file,
                    sheet,
                )
            )
        for other, c in list(out.items()):
            if c == col and other != f:
                del out[other]
        out[f] = col
    return out


def plan_import(
    path: Path | str,
    *,
    platform: Platform | str | None = None,
    shop: str | None = None,
    mapping: dict[str, str] | None = None,
    lookup_profile: LookupProfile | None = None,
) -> ImportPlan:
    """Detect format, sheets, header rows, platform, kind and column mapping of one export file.

    `platform` overrides detection (``--platform``); `mapping` ({field: header}) is an explicit
    override from the GUI preview; `lookup_profile(platform, header_signature)` returns a saved
    mapping profile, applied before `mapping`. Raises `BadInput` for whole-file problems.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise BadInput(
            _problem("文件不存在或不是普通文件", "no such file (or not a regular file)", name)
        )
    forced: Platform | None = None
    if platform is not None and platform != "":
        try:
            forced = Platform(str(platform).lower())
        except ValueError:
            raise BadInput(
                _problem(
                    f"未知平台“{platform}”，应为 kuaishou / douyin / aliexpress",
                    f"unknown platform {platform!r}; expected kuaishou / douyin / aliexpress",
                    name,
                )
            ) from None
    file_format = sniff(path)
    sha256, size = _file_sha256(path)
    book = _load(path, file_format, sha256)

    warnings: list[str] = list(book.warnings)
    skipped: list[tuple[str, str]] = []
    scans: list[_SheetScan] = []
    for raw in book.sheets:
        if raw.hidden:
            skipped.append((raw.name, "hidden"))
            warnings.append(
                f"隐藏的工作表“{raw.name}”未导入（如需导入请先在 Excel 中取消隐藏）"
                f" / hidden sheet {raw.name!r} was not imported (unhide it in Excel to import it)"
            )
            continue
        scan = _scan_sheet(raw)
        if scan is None:
            skipped.append((raw.name, "no header row"))
            continue
        scans.append(scan)
    if not scans:
        if skipped and all(r == "hidden" for _, r in skipped):
            raise BadInput(
                _problem(
                    "所有工作表都是隐藏的——请在 Excel 中取消隐藏要导入的工作表",
                    "every sheet is hidden — unhide the sheet to import in Excel",
                    name,
                )
            )
        raise BadInput(
            _problem(
                "在前 20 行中找不到表头（没有可识别的列名，例如 订单号、支付时间、商品ID）",
                "no header row found in the first 20 rows (no recognised column names such as "
                "订单号, 支付时间, 商品ID)",
                name,
            )
        )

    first = scans[0]
    kind = first.kind
    detected = first.platform
    if forced is not None:
        plat = forced
        if detected is not None and detected != forced:
            warnings.append(
                f"表头看起来像 {detected.value} 的导出，但按指定的 {forced.value} 导入"
                f" / the headers look like a {detected.value} export;"
                f" importing as {forced.value} as asked"
            )
    elif detected is not None:
        plat = detected
    else:
        cols = auto_map(first.headers, None, "orders")
        if kind == "logistics" and ({"fulfilment_mode", "warehouse_at"} & set(cols)):
            plat = Platform.ALIEXPRESS
            warnings.append(
                "根据 履约模式/到仓时间 列判断为速卖通物流表 / logistics sheet taken as AliExpress "
                "(it has 履约模式/到仓时间 columns)"
            )
        else:
            what = "商品表" if kind == "products" else "表格"
            what_en = "product sheet" if kind == "products" else "sheet"
            raise BadInput(
                _problem(
                    f"无法从表头判断这个{what}属于哪个平台——"
                    "请用 --platform 指定 kuaishou / douyin / aliexpress",
                    f"cannot tell from the headers which platform this {what_en} is for — "
                    "name it with "
                    "--platform kuaishou / douyin / aliexpress",
                    name,
                    first.raw.name,
                )
            )

    signature = header_signature(first.headers)
    profile = lookup_profile(plat, signature) if lookup_profile is not None else None

    sheet_plans: list[SheetPlan] = []
    for scan in scans:
        if scan.kind != kind:
            skipped.append((scan.raw.name, f"different kind ({scan.kind})"))
            warnings.append(
                f"工作表“{scan.raw.name}”的类型与第一个工作表不同，未导入"
                f" / sheet {scan.raw.name!r} is a different kind of sheet ({scan.kind})"
                " and was not imported"
            )
            continue
        cols = auto_map(scan.headers, plat, kind)
        sig = header_signature(scan.headers)
        if profile and sig == signature:
            cols = _apply_override(cols, profile, scan.headers, kind, name, scan.raw.name)
        if mapping:
            cols = _apply_override(cols, mapping, scan.headers, kind, name, scan.raw.name)
        missing = [f for f in aliases.REQUIRED[kind] if f not in cols]
        if kind == "logistics" and not (
            set(cols) & {"picked_up_at", "online_at", "warehouse_at", "fulfilment_mode"}
        ):
            missing.append("picked_up_at")
        if missing:
            labels = [aliases.FIELD_LABELS.get(f, (f, f)) for f in missing]
            raise BadInput(
                _problem(
                    "缺少必需的列：" + "、".join(zh for zh, _ in labels),
                    "a required column is missing: " + ", ".join(en for _, en in labels),
                    name,
                    scan.raw.name,
                )
            )
        mapped = {f: scan.headers[c] for f, c in cols.items()}
        used = set(cols.values())
        unmapped = tuple(h for i, h in enumerate(scan.headers) if h and i not in used)
        header_row = scan.raw.first_row + scan.header_index
        data_rows = None
        if scan.raw.height is not None:
            data_rows = max(0, scan.raw.height - scan.header_index - 1)
        sheet_plans.append(
            SheetPlan(
                name=scan.raw.name,
                header_row=header_row,
                mapping=mapped,
                unmapped_headers=unmapped,
                data_rows=data_rows,
            )
        )
    if not sheet_plans:  # pragma: no cover - the first scan always matches its own kind
        raise BadInput(_problem("没有可导入的工作表", "no sheet to import", name))

    extra = dict(book.extra)
    extra["date1904"] = "1" if any(s.date1904 for s in book.sheets) else "0"
    return ImportPlan(
        path=path,
        file_name=name,
        sha256=sha256,
        size_bytes=size,
        file_format=file_format,
        platform=plat,
        kind=kind,
        shop=shop or "",
        sheets=tuple(sheet_plans),
        skipped_sheets=tuple(skipped),
        warnings=tuple(warnings),
        header_signature=signature,
        extra=extra,
    )


# --- rows ----------------------------------------------------------------------------------------


def _converter(fieldname: str, header: str, date1904: bool) -> Callable[[object], str | int | None]:
    if fieldname in _TIME_FIELDS:
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
    """A total/footnote row (合计, 总计, 注：…) or a row with no digits in its id cell."""
    if id_text:
        low = id_text.lower()
        return low.startswith(_TOTAL_PREFIXES) or not any(ch.isdigit() for ch in id_text)
    for c in row:
        if isinstance(c, str) and c.strip().lower().startswith(_TOTAL_PREFIXES):
            return True
    return sum(1 for c in row if c != "" and c is not None) <= 2


def iter_rows(plan: ImportPlan) -> Iterator[ParsedRow | Problem]:
    """Every data row of every planned sheet, typed, or a `Problem` naming the offending cell.

    Never raises for a bad cell. Blank rows, total rows and footnotes are skipped. If the file
    changed since `plan_import`, raises `BadInput`.
    """
    sha256, _ = _file_sha256(plan.path)
    if sha256 != plan.sha256:
        raise BadInput(
            _problem(
                "文件在预览之后被修改了——请重新导入",
                "the file changed since it was previewed — import it again",
                plan.file_name,
            )
        )
    book = _load(plan.path, plan.file_format, plan.sha256)
    by_name = {s.name: s for s in book.sheets if not s.hidden}
    for sp in plan.sheets:
        raw = by_name.get(sp.name)
        if raw is None:  # pragma: no cover - the plan was made from this book
            continue
        yield from _sheet_rows(plan, sp, raw)


CHUNK_ROWS = 2048


def _sheet_rows(plan: ImportPlan, sp: SheetPlan, raw: RawSheet) -> Iterator[ParsedRow | Problem]:
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
        template=template,
        conv=conv,
        keys=keys,
        id_col=id_col,
        all_str=raw.row_label == "record",
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
    ri = header_offset
    batch: list[Sequence[object]] = []
    numbers: list[int] = []
    lengths: list[int] = []

    try:
        for row in rows:
            ri += 1
            row_no += 1
            if has_merged:
                row = list(row)
                for c in anchors.get(ri, ()):
                    if c < len(row):
                        anchor_values[(ri, c)] = row[c]
                for c, a in merged_fill.get(ri, ()):
                    if c < len(row) and row[c] == "":
                        row[c] = anchor_values.get(a, "")
            n = len(row)
            if n < width:
                row = [*row, *pad[n:]]
            idv = row[id_col]
            if not (idv.__class__ is str and idv[:1].isdigit()):
                if idv == "" or idv is None:
                    if not any(c != "" and c is not None for c in row):
                        continue  # blank row
                    if _is_note_row(row, ""):
                        continue
                elif isinstance(idv, str) and _is_note_row(row, idv.strip()):
                    continue
            batch.append(row)
            numbers.append(row_no)
            lengths.append(n)
            if len(batch) >= CHUNK_ROWS:
                yield from job.convert(batch, numbers, lengths)
                batch, numbers, lengths = [], [], []
    except csv.Error as exc:
        yield from job.convert(batch, numbers, lengths)
        batch = []
        yield Problem(
            f"CSV 格式错误：{exc}",
            f"malformed CSV: {exc}",
            file=plan.file_name,
            sheet=sp.name,
            row=row_no + 1,  # the record that could not be read
        )
    if batch:
        yield from job.convert(batch, numbers, lengths)


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


def _raw_format(keys: Sequence[str]) -> Callable[..., str]:
    """``fmt(*encoded_cells)`` → the raw_json object text, keys already JSON-encoded in it."""
    parts = [encode_basestring(k).replace("{", "{{").replace("}", "}}") + ": {}" for k in keys]
    return ("{{" + ", ".join(parts) + "}}").format


@dataclass
class _Chunk:
    """Converts chunks of rows of one sheet, column by column."""

    file: str
    sheet: str
    first_col: int
    headers: Sequence[str]
    raw_keys: list[str]
    template: Sequence[str | int | None]
    conv: Sequence[tuple[int, int, Callable[[object], str | int | None]]]
    keys: Sequence[tuple[int, Callable[[object], str | int | None]]]
    id_col: int
    all_str: bool

    def __post_init__(self) -> None:
        self.raw_format = _raw_format(self.raw_keys)
        self.columns = [(p, c, fn, column_converter(fn)) for p, c, fn in self.conv]
        self.key_columns = [(c, fn, column_converter(fn)) for c, fn in self.keys]

    def convert(
        self, batch: list[Sequence[object]], numbers: list[int], lengths: list[int]
    ) -> Iterator[ParsedRow | Problem]:
        """ParsedRows (or the Problems of bad rows) for a chunk, in row order."""
        if not batch:
            return
        n = len(batch)
        columns = list(zip(*batch, strict=True))
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
        raw_format = self.raw_format
        nraw = len(self.raw_keys)
        all_str = self.all_str
        for i, (row, values, key0, key1) in enumerate(zip(batch, typed, ids, subs, strict=True)):
            if i in bad:
                yield from self.problems(row, numbers[i])
                continue
            if not key0:
                yield Problem(
                    "缺少编号（该行有数据但没有订单号/商品ID）",
                    "the id is missing (the row has data but no order id / product id)",
                    file=self.file,
                    sheet=self.sheet,
                    row=numbers[i],
                    column=column_letter(self.first_col + self.id_col),
                    header=self.headers[self.id_col] if self.id_col < len(self.headers) else "",
                )
                continue
            if all_str:
                texts: Iterable[str] = cast("Sequence[str]", row)
            else:
                texts = [c if c.__class__ is str else cell_text(c) for c in row]
            if lengths[i] > nraw:  # a row longer than the header row: name the extra columns
                self.raw_keys = self.raw_keys + [
                    column_letter(self.first_col + k) for k in range(nraw, lengths[i])
                ]
                raw_format = self.raw_format = _raw_format(self.raw_keys)
                nraw = len(self.raw_keys)
            elif len(row) < nraw:  # cannot happen after padding; keep the format total anyway
                texts = [*texts, *[""] * (nraw - len(row))]
            raw_json = raw_format(*map(encode_basestring, texts))
            yield ParsedRow(self.sheet, numbers[i], (str(key0), str(key1 or "")), values, raw_json)

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
