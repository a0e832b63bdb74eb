"""What the import readers hand to the store: a plan (what was detected) and a stream of typed rows.

Two steps, so the GUI can preview before anything is written:

1. ``plan_import(path, platform=None, shop=None, mapping=None, lookup_profile=None) -> ImportPlan``
   — detects the file format from its bytes, the platform, the kind of sheet, the sheets and header
   rows, and the column
   mapping. Raises `desktop_app.errors.BadInput` for whole-file problems (encrypted workbook, not a
   table, no header row found, a required column missing, a zip bomb …).
2. ``iter_rows(plan) -> Iterator[ParsedRow | Problem | SkippedRow]`` — every data row of every
   planned sheet, typed, or a `Problem` naming the cell that is wrong, or a `SkippedRow` for a
   total or note line that is not an order. Never raises for bad cells.

The store (`desktop_app.store.importer.apply_import`) consumes both inside one transaction and rolls
back if any `Problem` came out, so bad input never half-writes the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop_app.store.schema import ORDER_FIELDS, PRODUCT_FIELDS
from policies.records import Platform

Kind = Literal["orders", "products", "logistics"]
FileFormat = Literal["xlsx", "csv", "html", "xls"]

__all__ = [
    "ORDER_FIELDS",
    "PRODUCT_FIELDS",
    "ImportPlan",
    "Kind",
    "ParsedRow",
    "SheetPlan",
    "SkippedRow",
]


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One data row, typed.

    `values` follows ORDER_FIELDS (kind "orders"/"logistics") or PRODUCT_FIELDS (kind "products"):
    text as ``str`` ('' when empty), counts as ``int``, money as ``int`` fen, times as canonical
    ``"YYYY-MM-DD HH:MM:SS"`` text, booleans as 0/1, and ``None`` for empty numbers/times.
    Fields the sheet does not have (not in `SheetPlan.mapping`) are ``None`` and must not overwrite
    what is stored.
    """

    sheet: str
    row: int  # Excel row number (1-based) or CSV record number (header = 1)
    key: tuple[str, str]  # (order_id, sub_order_id) or (product_id, "")
    values: tuple[str | int | None, ...]
    # The cells exactly as exported, in column order: with `raw_keys`, a JSON array of the cell
    # texts ["cell text", …] named by `raw_keys` (one tuple shared by a sheet's rows; it may grow
    # by cells beyond the header row, and an earlier row's array is then shorter); without them
    # (kind "products"/"logistics"), a JSON object {"header": "cell text", …}.
    raw_json: str
    raw_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row below the header that is not an order: a total (合计), a note (注：…), a count
    (共4条) or a title line — its id cell is not shaped like an id. Reported, never stored."""

    sheet: str
    row: int  # Excel row number (1-based) or CSV record number (header = 1)
    text: str  # its first filled cell, as shown


@dataclass(frozen=True, slots=True)
class SheetPlan:
    """One sheet that will be imported."""

    name: str  # sheet name ('' for CSV)
    header_row: int  # 1-based
    mapping: dict[str, str]  # canonical field (or "order_id"/"sub_order_id"/"product_id") -> header
    unmapped_headers: tuple[str, ...] = ()  # kept raw, ignored
    data_rows: int | None = None  # rows below the header, when known cheaply


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What `plan_import` detected; enough for the preview dialog and the import history."""

    path: Path
    file_name: str
    sha256: str
    size_bytes: int
    file_format: FileFormat
    platform: Platform
    kind: Kind
    shop: str
    sheets: tuple[SheetPlan, ...]
    skipped_sheets: tuple[tuple[str, str], ...] = ()  # (sheet name, reason) e.g. hidden, empty
    warnings: tuple[str, ...] = ()
    header_signature: str = ""  # sha256 of the normalised header row (mapping profiles key)
    extra: dict[str, str] = field(default_factory=dict)
