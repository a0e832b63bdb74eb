"""``shipcheck import FILE…`` (order, product and logistics sheets) and ``shipcheck orders``.

Import: each file is planned (format, platform, kind, sheets, header row and column mapping are
detected by `desktop_app.importing.pipeline.plan_import`) and its rows are written by
`desktop_app.store.importer.apply_import` in **one transaction per file**.
A file with any bad row is reported (file, sheet, row, column, what was expected) and left out
entirely; the other files are still imported; the exit code is then 2. Files imported before or
after a bad one stay imported. One backup is taken before the first file is written (unless
nothing changed since the daily backup just taken at open), so restoring it undoes the whole run.

Orders: a readable table, or with ``--json`` one JSON object per line — ``platform``, ``order_id``
and ``sub_order_id`` exactly as exported, every typed field (times as ``"YYYY-MM-DD HH:MM:SS"``
China time or null, counts as integers or null, text as strings), and money as exact yuan
*strings* with two decimals (``"paid_amount": "12.50"``) next to the integer fen it is stored as
(``"paid_amount_fen": 1250``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sqlite3
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policies.platforms import backend_name
from policies.records import Platform

if TYPE_CHECKING:
    from desktop_app.errors import BadInput
    from desktop_app.importing.model import ImportPlan
    from desktop_app.store.importer import ImportResult

KIND_NAMES_ZH = {"orders": "订单表", "products": "商品表", "logistics": "物流表"}
MONEY_FIELDS = ("paid_amount_fen",)
TABLE_SAMPLE = 500  # rows used to size the table's columns; the rest are streamed


def _english() -> bool:
    lang = os.environ.get("SHIPCHECK_LANG") or os.environ.get("LANG", "")
    return lang.lower().startswith("en")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` and ``orders`` subcommands."""
    platforms = [p.value for p in Platform]
    imp = subparsers.add_parser(
        "import",
        help="导入订单/商品/物流表 — import order, product or logistics sheets",
        description=(
            "导入平台导出的订单表、商品表或物流表。平台、表头行和列会自动识别。"
            "每个文件单独在一个事务中写入：有错误的文件整个不导入并报告位置，其他文件照常导入"
            "（此时退出码为 2）。导入前会自动备份数据库。 — Import platform exports. Each file is "
            "written in its own transaction: a file with errors is reported and left out "
            "entirely, the other files are imported (exit code 2 then). The database is backed up "
            "before each import."
        ),
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE", help="导出文件 export file")
    imp.add_argument(
        "--platform",
        choices=platforms,
        help="平台（不填则按表头识别；商品表通常需要） platform, if it cannot be detected",
    )
    imp.add_argument("--shop", default="", help="店铺名称 shop name stored with the orders")
    imp.add_argument("--db", metavar="PATH", help="数据库文件 database file")
    imp.set_defaults(run=run_import)

    orders = subparsers.add_parser(
        "orders",
        help="列出已导入的订单 — list stored orders",
        description=(
            '列出已导入的订单。--json：每行一个 JSON 对象；金额为精确的元字符串（如 "12.50"），'
            '另附整数分；时间为中国时间文本 "YYYY-MM-DD HH:MM:SS"。 — List stored orders. '
            '--json: one object per line; money as exact yuan strings (e.g. "12.50") plus the '
            'integer fen; times as China-time text "YYYY-MM-DD HH:MM:SS" or null.'
        ),
    )
    orders.add_argument("--platform", choices=platforms, help="只列出这个平台 only this platform")
    orders.add_argument("--json", action="store_true", help="每行一个 JSON 对象 JSON lines")
    orders.add_argument(
        "--raw", action="store_true", help="附上导出的原始单元格 include the raw exported cells"
    )
    orders.add_argument("--db", metavar="PATH", help="数据库文件 database file")
    orders.set_defaults(run=run_orders)


# ---------------------------------------------------------------------------------------- import


def _plan(
    path: Path, platform: str | None, shop: str, lookup: Any, products: Any = None
) -> ImportPlan:
    """Plan one file's import with the saved mapping profiles and the product-platform lookup."""
    from desktop_app.importing.pipeline import plan_import

    return plan_import(
        path,
        platform=Platform(platform) if platform else None,
        shop=shop,
        lookup_profile=lookup,
        product_platforms=products,
    )


def _not_a_file(path: Path) -> BadInput:
    from desktop_app.errors import BadInput, Problem

    folder = path.is_dir()
    return BadInput(
        Problem(
            message="这是一个文件夹，不是导出文件。" if folder else "找不到这个文件。",
            message_en="This is a folder, not an export file." if folder else "File not found.",
            file=str(path),
        )
    )


def run_import(args: argparse.Namespace) -> int:
    """Import every FILE, one transaction per file; exit 2 if any file was refused."""
    from desktop_app.errors import BadInput
    from desktop_app.importing.pipeline import iter_rows
    from desktop_app.store.connection import open_store
    from desktop_app.store.importer import apply_import
    from desktop_app.store.known_products import product_platforms
    from desktop_app.store.profiles import profile_lookup

    en = _english()
    failed = 0
    backed_up = False
    with open_store(args.db) as store:
        for warning in store.warnings:
            print(warning, file=sys.stderr)
        lookup = profile_lookup(store.conn)
        for path in args.files:
            try:
                if not path.is_file():
                    raise _not_a_file(path)
                plan = _plan(path, args.platform, args.shop, lookup, product_platforms(store.conn))
                # one backup per run, before the first write: restoring it undoes the whole run
                first, backed_up = not backed_up, True
                result = apply_import(store, plan, iter_rows(plan), backup=first)
            except BadInput as exc:
                failed += 1
                head = (
                    f"{path.name}: not imported — nothing from this file was written:"
                    if en
                    else f"{path.name}：未导入，此文件的内容一条也没有写入："
                )
                print(head, file=sys.stderr)
                print(exc.render(en), file=sys.stderr)
                continue
            print(format_summary(plan, result, en))
            earlier = store.conn.execute(
                "SELECT imported_at FROM imports WHERE sha256 = ? AND id < ? ORDER BY id LIMIT 1",
                (plan.sha256, result.import_id),
            ).fetchone()
            if earlier is not None:
                print(
                    f"  (this same file was already imported at {earlier[0]})"
                    if en
                    else f"  （同一个文件已于 {earlier[0]} 导入过）"
                )
    if failed:
        n = len(args.files)
        print(
            f"{failed} of {n} files were not imported."
            if en
            else f"{n} 个文件中有 {failed} 个未导入。",
            file=sys.stderr,
        )
        return 2
    return 0


def format_summary(plan: ImportPlan, result: ImportResult, english: bool) -> str:
    """The per-file summary printed after an import."""
    platform = str(plan.platform)
    sheets = []
    for s in plan.sheets:
        label = s.name or "CSV"
        sheets.append(
            f"{label} (header row {s.header_row})"
            if english
            else f"{label}（表头第 {s.header_row} 行）"
        )
    if english:
        lines = [
            f"{plan.file_name}: {platform} · {plan.kind} · {', '.join(sheets)}",
            f"  {result.rows} rows: {result.new} new, {result.updated} updated, "
            f"{result.unchanged} unchanged, {result.stale} stale (older than what is stored, "
            f"kept out), {result.duplicates} duplicate rows stored once",
        ]
    else:
        kind = KIND_NAMES_ZH.get(plan.kind, plan.kind)
        lines = [
            f"{plan.file_name}：{backend_name(platform)} · {kind} · {'，'.join(sheets)}",
            f"  共 {result.rows} 行：新增 {result.new}，更新 {result.updated}，"
            f"未变 {result.unchanged}，过期 {result.stale}（比已存数据旧，未覆盖），"
            f"重复行 {result.duplicates}（只存一次）",
        ]
    if result.stale_keys:
        shown = ", ".join(k1 + (f"/{k2}" if k2 else "") for k1, k2 in result.stale_keys[:5])
        more = " …" if result.stale > 5 else ""
        lines.append(f"  stale: {shown}{more}" if english else f"  过期的订单：{shown}{more}")
    for name, reason in plan.skipped_sheets:
        lines.append(
            f"  sheet {name} skipped: {reason}" if english else f"  跳过工作表 {name}：{reason}"
        )
    lines.extend(f"  ! {warning}" for warning in plan.warnings)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------- orders

TABLE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("platform", "平台", "platform"),
    ("order_id", "订单号", "order id"),
    ("sub_order_id", "子订单号", "sub-order"),
    ("status_text", "订单状态", "status"),
    ("paid_at", "支付时间", "paid at"),
    ("promised_ship_at", "承诺发货时间", "promised ship"),
    ("shipped_at", "发货时间", "shipped at"),
    ("paid_amount", "实付金额(元)", "paid (yuan)"),
    ("tracking_no", "快递单号", "tracking no"),
)


def yuan(fen: int | None) -> str | None:
    """Integer fen as exact yuan text with two decimals: 1250 → "12.50", -5 → "-0.05"."""
    if fen is None:
        return None
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole}.{cents:02d}"


def order_objects(
    conn: sqlite3.Connection, platform: str | None, *, raw: bool = False
) -> Iterator[dict[str, Any]]:
    """Stored orders as JSON-ready dicts, by platform, paid time and id (streamed, not loaded)."""
    from desktop_app.store.rawcells import raw_keys_sql, raw_row
    from desktop_app.store.schema import ORDER_FIELDS

    cols = ["platform", "order_id", "sub_order_id", *ORDER_FIELDS]
    cols += ["import_id", "source_sheet", "source_row"]
    select = list(cols)
    if raw:  # the raw cells as {header: text}: raw_json is read with its keys (store.rawcells)
        cols += ["raw_json", "logistics_raw_json", "raw_keys_json"]
        select += ["raw_json", "logistics_raw_json", raw_keys_sql("orders")]
    sql = f"SELECT {', '.join(select)} FROM orders"
    params: tuple[str, ...] = ()
    if platform:
        sql += " WHERE platform = ?"
        params = (platform,)
    sql += " ORDER BY platform, paid_at, order_id, sub_order_id"
    for values in conn.execute(sql, params):
        obj: dict[str, Any] = {}
        row = dict(zip(cols, values, strict=True))
        keys_json = row.pop("raw_keys_json", None)
        for name, value in row.items():
            if name in MONEY_FIELDS:
                obj[name.removesuffix("_fen")] = yuan(value)
                obj[name] = value
            elif name == "raw_json":
                obj["raw"] = raw_row(value, keys_json)
            elif name == "logistics_raw_json":
                obj["logistics_raw"] = raw_row(value, None)
            else:
                obj[name] = value
        yield obj


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(cells: list[str], widths: list[int]) -> str:
    padded = (c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True))
    return "  ".join(padded).rstrip() + "\n"


def _table_cells(obj: dict[str, Any]) -> list[str]:
    return [
        "" if obj[key] is None else " ".join(str(obj[key]).split())
        for key, _zh, _en in TABLE_COLUMNS
    ]


def _quiet_broken_pipe() -> int:
    """``shipcheck orders | head``: the reader went away; stop quietly, like other CLI tools."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def run_orders(args: argparse.Namespace) -> int:
    """Print the stored orders as a table, or as JSON lines with ``--json``."""
    try:
        return _print_orders(args)
    except BrokenPipeError:
        return _quiet_broken_pipe()


def _print_orders(args: argparse.Namespace) -> int:
    from desktop_app.store.connection import open_store

    en = _english()
    out = sys.stdout
    with open_store(args.db, readonly=True) as store:
        objects = order_objects(store.conn, args.platform, raw=args.json and args.raw)
        if args.json:
            for obj in objects:
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            return 0
        headers = [c[2] if en else c[1] for c in TABLE_COLUMNS]
        cells = (_table_cells(obj) for obj in objects)
        sample = list(itertools.islice(cells, TABLE_SAMPLE))
        widths = [max([_width(h), *(_width(r[i]) for r in sample)]) for i, h in enumerate(headers)]
        out.write(_line(headers, widths))
        count = 0
        for row in itertools.chain(sample, cells):
            out.write(_line(row, widths))
            count += 1
        out.write(f"{count} orders\n" if en else f"共 {count} 条订单\n")
    return 0
