"""The importer's two entry points: `plan_import` (detect everything, raise for whole-file problems)
and `iter_rows` (typed rows or cell-level `Problem`s, never raising for a bad cell).

The store calls exactly these two inside one transaction (see `desktop_app.importing.model`).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

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
from desktop_app.importing.rows import sheet_rows
from desktop_app.importing.sniff import sniff
from desktop_app.importing.tables import RawBook, RawSheet
from desktop_app.importing.values import CellError, to_id
from policies.platforms import backend_name
from policies.records import Platform

LookupProfile = Callable[[Platform, str], "dict[str, str] | None"]
# product ids → the platforms whose stored orders or products carry some of them
ProductPlatforms = Callable[[Sequence[str]], Sequence[Platform]]

__all__ = ["LookupProfile", "ProductPlatforms", "iter_rows", "plan_import", "release_cache"]

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


# How many data rows of a product sheet are read to find its platform by its product ids.
_PRODUCT_SAMPLE_ROWS = 200
# How to name the platform, in the window and on the command line.
_CHOOSE = (
    "请指定平台（窗口里在“平台”中选择；命令行用 --platform kuaishou / douyin / aliexpress）",
    "choose the platform (in the window from the Platform list; on the command line with "
    "--platform kuaishou / douyin / aliexpress)",
)


def _product_sheet_platform(
    scan: _SheetScan, product_platforms: ProductPlatforms | None, file: str
) -> Platform | None:
    """The one platform whose stored data knows this product sheet's first product ids; None when
    no hook, no readable ids, no platform knows them. Several platforms: BadInput naming them."""
    if product_platforms is None:
        return None
    column = auto_map(scan.headers, None, "products").get("product_id")
    if column is None:
        return None
    rows = _head(scan.raw, scan.header_index + 1 + _PRODUCT_SAMPLE_ROWS)[scan.header_index + 1 :]
    ids: list[str] = []
    for row in rows:
        if column < len(row):
            try:
                text = to_id(row[column])
            except CellError:
                continue
            if text:
                ids.append(text)
    found = product_platforms(ids) if ids else []
    if len(found) > 1:
        names = "、".join(backend_name(p) for p in found)
        raise BadInput(
            _problem(
                f"这个商品表的商品ID在多个平台的已导入数据中都有（{names}）——{_CHOOSE[0]}",
                "this product sheet's product IDs are in the stored data of several platforms ("
                + ", ".join(p.value for p in found)
                + f") — {_CHOOSE[1]}",
                file,
                scan.raw.name,
            )
        )
    return found[0] if found else None


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
    product_platforms: ProductPlatforms | None = None,
) -> ImportPlan:
    """Detect format, sheets, header rows, platform, kind and column mapping of one export file.

    `platform` overrides detection (``--platform``); `mapping` ({field: header}) is an explicit
    override from the GUI preview; `lookup_profile(platform, header_signature)` returns a saved
    mapping profile, applied before `mapping`. A product sheet's headers are the same for every
    platform: `product_platforms(product_ids)` names the platforms whose stored orders or
    products carry some of the sheet's first product ids, and when exactly one does, the sheet is
    taken as that platform's (with a warning saying so). Raises `BadInput` for whole-file
    problems.
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
        elif kind == "products" and (
            owner := _product_sheet_platform(first, product_platforms, name)
        ):
            plat = owner
            warnings.append(
                f"根据已导入的{backend_name(owner)}订单/商品中的商品ID，判断为{backend_name(owner)}"
                f"商品表 / product sheet taken as {owner.value} (its product IDs are in the"
                f" stored {owner.value} orders or products)"
            )
        else:
            choose = _CHOOSE
            if kind == "products":
                zh = (
                    "无法从表头判断这个商品表属于哪个平台，已导入的订单和商品里也没有它的商品ID——"
                    f"{choose[0]}，或先导入该平台的订单表"
                )
                en = (
                    "cannot tell from the headers which platform this product sheet is for, and "
                    f"no stored order or product has its product IDs — {choose[1]}, or import "
                    "that platform's orders first"
                )
            else:
                zh = f"无法从表头判断这个表格属于哪个平台——{choose[0]}"
                en = f"cannot tell from the headers which platform this sheet is for — {choose[1]}"
            raise BadInput(
                _problem(
                    zh,
                    en,
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
        yield from sheet_rows(plan, sp, raw)
