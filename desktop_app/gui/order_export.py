"""The order table as the seller sees it — same filter, same sort — written to an .xlsx workbook
(File → Export order list): e.g. today's overdue and at-risk orders for the packing team — or the
orders the seller picked in the table (`export_keys`).

No widgets here: it runs on the database worker. Rows come from the table's own keyset queries
(`store.read.pages`), a page at a time, so memory stays flat at any size; each page's reasons are
made by the engine (`evaluation.explain.verdict_texts`: the store keeps none). Cells are typed as in
the evidence bundle (`evidence.sheet.typed_cell`): ids and texts as text, money as numbers. The
file is written atomically: a cancelled or failed export leaves any earlier file untouched.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.atomic import atomic_write
from desktop_app.chinatime import china_now_text, parse_time_or_none
from desktop_app.errors import BadInput, Cancelled, Problem
from desktop_app.gui.order_model import column_title, platform_label
from desktop_app.gui.status import countdown_text, status_label
from desktop_app.qt import QtCore
from desktop_app.store.read.columns import EXPORT_COLUMNS, SPEC, title
from desktop_app.store.read.lines import ROW_FIELDS, json_list, read_rows, shown_reasons
from desktop_app.store.read.pages import OrderFilter, fetch_page, plan_pages
from desktop_app.store.read.pages import status_counts as _status_counts

# An .xlsx sheet holds 1,048,576 rows; one is the header.
MAX_ROWS = 1_048_575
PAGE = 2000

_F = {name: i for i, name in enumerate(ROW_FIELDS)}
Key = tuple[str, str, str]


def columns(english: bool) -> list[tuple[str, int]]:
    """(title, width) of each exported column (`store.read.columns.EXPORT_COLUMNS`), in the UI
    language."""
    return [(title(name, english, export=True), SPEC[name].export_width) for name in EXPORT_COLUMNS]


def count_rows(conn: sqlite3.Connection, flt: OrderFilter) -> int:
    """How many rows the table shows for `flt` (for the progress bar and the size check)."""
    return _status_counts(conn, flt)["shown"]


def _money(status: str | None, fen: int | None) -> Decimal | str | None:
    if not status:
        return None  # not evaluated
    if fen is None:
        return QtCore.QCoreApplication.translate("OrderExport", "Not set")
    return Decimal(fen) / 100


def row_values(
    row: tuple[Any, ...], reasons: tuple[tuple[str, ...], tuple[str, ...]] | None, english: bool
) -> list[Any]:
    """One table row (`store.read.lines.ROW_FIELDS` + sort keys) as the exported cells, one per
    `EXPORT_COLUMNS`; `reasons`: the texts the engine made again for it, if any."""
    cells = _own_cells(row, reasons, english)
    return [cells[name] if name in cells else _plain_cell(row, name) for name in EXPORT_COLUMNS]


def _plain_cell(row: tuple[Any, ...], name: str) -> Any:
    """A "text" or "time" column's cell: its field's stored text."""
    return row[_F[SPEC[name].fields[0]]] or ""


def _own_cells(
    row: tuple[Any, ...], reasons: tuple[tuple[str, ...], tuple[str, ...]] | None, english: bool
) -> dict[str, Any]:
    """The cells of the columns of kind "own" (see `store.read.columns.Column`)."""
    status = row[_F["status"]]
    deadline = parse_time_or_none(row[_F["deadline"]])
    shipped = parse_time_or_none(row[_F["shipped_at"]])
    as_of = parse_time_or_none(row[_F["as_of"]])
    texts = shown_reasons(row[_F["reasons_json"]], row[_F["reasons_en_json"]], reasons, english)
    appeal = bool(row[_F["appeal_candidate"]]) or bool(row[_F["appeal_mark"]])
    return {
        "status": status_label(status),
        "countdown": countdown_text(status, deadline, shipped, as_of) if as_of is not None else "",
        "platform": platform_label(str(row[_F["platform"]])),
        "rules": ", ".join(json_list(row[_F["rules_json"]])),
        "reasons": "\n".join(texts),
        "money": _money(status, row[_F["compensation_fen"]]),
        "appeal": (
            QtCore.QCoreApplication.translate("OrderExport", "Yes")
            if appeal
            else QtCore.QCoreApplication.translate("OrderExport", "No")
        )
        if status
        else "",
        "flags": ", ".join(status_label(f) for f in json_list(row[_F["flags_json"]])),
    }


def export_orders(
    conn: sqlite3.Connection,
    flt: OrderFilter,
    sort_column: str,
    descending: bool,
    target: Path,
    *,
    english: bool,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the rows the order table shows for `flt`, sorted by `sort_column`, to `target`
    (.xlsx); the number of rows. BadInput when they do not fit one sheet; `Cancelled` when
    ``cancelled()`` turns True (nothing written then)."""

    total = count_rows(conn, flt)
    if total > MAX_ROWS:
        raise BadInput(
            Problem(
                f"要导出的订单有 {total:,} 单，超过 Excel 一个工作表的上限"
                f"（{MAX_ROWS:,} 行）——请先用平台、店铺或状态筛选",
                f"{total:,} orders to export: more than one Excel sheet holds ({MAX_ROWS:,} "
                "rows) — narrow the list with the platform, shop or status filters first",
                file=target.name,
            )
        )
    about = [
        (QtCore.QCoreApplication.translate("OrderExport", "Filter"), describe_filter(flt)),
        (
            QtCore.QCoreApplication.translate("OrderExport", "Sorted by"),
            column_title(sort_column, english) + (" ↓" if descending else " ↑"),
        ),
    ]
    pages = _filter_pages(conn, flt, sort_column, descending)
    return _save(conn, pages, about, target, total, english, progress, cancelled)


def export_keys(
    conn: sqlite3.Connection,
    keys: Sequence[Key],
    target: Path,
    *,
    english: bool,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the orders the seller picked in the table (`keys`, in that order) to `target`."""
    if len(keys) > MAX_ROWS:
        raise BadInput(
            Problem(
                f"选中的订单有 {len(keys):,} 单，超过 Excel 一个工作表的上限（{MAX_ROWS:,} 行）",
                f"{len(keys):,} orders chosen: more than one Excel sheet holds ({MAX_ROWS:,} rows)",
                file=target.name,
            )
        )
    about = [
        (
            QtCore.QCoreApplication.translate("OrderExport", "Filter"),
            QtCore.QCoreApplication.translate("OrderExport", "The orders chosen in the table"),
        )
    ]
    pages = _key_pages(conn, keys)
    return _save(conn, pages, about, target, len(keys), english, progress, cancelled)


def _save(
    conn: sqlite3.Connection,
    pages: Iterable[list[tuple[Any, ...]]],
    about: list[tuple[str, Any]],
    target: Path,
    total: int,
    english: bool,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    """Write the rows of `pages` as a workbook to `target`, atomically; the number of rows."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    try:
        done = _write(conn, wb, pages, about, target, total, english, progress, cancelled)
        if cancelled is not None and cancelled():
            raise Cancelled()
    except BaseException:
        _discard(wb)
        raise
    with atomic_write(target) as handle:
        wb.save(handle)
    return done


def _discard(wb: Any) -> None:
    """Close an abandoned write-only workbook's sheets and remove their temporary files."""
    for sheet in wb.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def _filter_pages(
    conn: sqlite3.Connection, flt: OrderFilter, sort_column: str, descending: bool
) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows for `flt`, sorted, page by page."""
    for query in plan_pages(conn, flt, sort_column, descending, PAGE):
        after: tuple[Any, ...] | None = None
        while True:
            page = fetch_page(conn, query, after)
            if not page:
                break
            yield page
            if len(page) < PAGE:
                break
            after = tuple(page[-1][-query.key_width :])


def _key_pages(conn: sqlite3.Connection, keys: Sequence[Key]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of these orders in the given order, page by page; gone orders are left out."""
    for i in range(0, len(keys), PAGE):
        part = list(keys[i : i + PAGE])
        found = read_rows(conn, part)
        yield [found[k] for k in part if k in found]


def _write(
    conn: sqlite3.Connection,
    wb: Any,
    pages: Iterable[list[tuple[Any, ...]]],
    about: list[tuple[str, Any]],
    target: Path,
    total: int,
    english: bool,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    """Append the rows and the About sheet to `wb`; the number of rows."""
    from openpyxl.utils import get_column_letter

    from desktop_app.evaluation.explain import verdict_texts
    from desktop_app.evidence.sheet import typed_cell

    ws = wb.create_sheet(QtCore.QCoreApplication.translate("OrderExport", "Orders"))
    titles = columns(english)
    for i, (_, width) in enumerate(titles):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    ws.freeze_panes = "A2"
    ws.append([typed_cell(ws, title, bold=True) for title, _ in titles])
    done = 0
    for page in pages:
        if cancelled is not None and cancelled():
            raise Cancelled()
        # The engine makes the reasons of rows that store none (stored ones are shown first).
        keys: list[Key] = [
            (str(r[_F["platform"]]), str(r[_F["order_id"]]), str(r[_F["sub_order_id"]]))
            for r in page
            if r[_F["status"]] and not json_list(r[_F["reasons_json"]])
        ]
        texts = verdict_texts(conn, keys) if keys else {}
        for r in page:
            key = (str(r[_F["platform"]]), str(r[_F["order_id"]]), str(r[_F["sub_order_id"]]))
            ws.append([typed_cell(ws, v) for v in row_values(r, texts.get(key), english)])
        done += len(page)
        if done > MAX_ROWS:  # orders imported meanwhile
            raise BadInput(
                Problem(
                    f"要导出的订单超过 Excel 一个工作表的上限（{MAX_ROWS:,} 行）",
                    f"more orders to export than one Excel sheet holds ({MAX_ROWS:,} rows)",
                    file=target.name,
                )
            )
        if progress is not None:
            progress(done, max(total, done))
    sheet = wb.create_sheet(QtCore.QCoreApplication.translate("OrderExport", "About"))
    for label, value in (
        (QtCore.QCoreApplication.translate("OrderExport", "Order count"), done),
        *about,
        (
            QtCore.QCoreApplication.translate("OrderExport", "Exported at (China time)"),
            china_now_text(),
        ),
        (
            QtCore.QCoreApplication.translate("OrderExport", "Note"),
            QtCore.QCoreApplication.translate(
                "OrderExport",
                "Every text is stored as a text cell; text starting with = + - @ has a leading "
                "apostrophe so that it is never taken for a formula.",
            ),
        ),
    ):
        sheet.append([typed_cell(sheet, label, bold=True), typed_cell(sheet, value)])
    return done


def describe_filter(flt: OrderFilter) -> str:
    """The filter in words ('all orders' when none)."""
    parts: list[str] = []
    if flt.platform:
        parts.append(platform_label(flt.platform))
    if flt.shop:
        parts.append(flt.shop)
    chips = [status_label(s) for s in sorted(flt.statuses)]
    if flt.false_shipping:
        chips.append(status_label("false_shipping"))
    if chips:
        parts.append(" / ".join(chips))
    if flt.search.strip():
        parts.append(f"“{flt.search.strip()}”")
    return (
        " · ".join(parts)
        if parts
        else QtCore.QCoreApplication.translate("OrderExport", "All orders")
    )
