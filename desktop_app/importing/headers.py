"""Header row detection, header normalisation, platform and kind detection, column mapping."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.importing import aliases
from desktop_app.importing.model import Kind
from desktop_app.store.schema import ORDER_FIELDS, PRODUCT_FIELDS
from policies.records import Platform

HEADER_SCAN_ROWS = 20
KEY_FIELDS = ("order_id", "sub_order_id", "product_id")
_UNIT_SUFFIX = re.compile(r"\((?:元|人民币|rmb|cny|¥|￥|件|个|单|笔)\)$")
_PAREN_SUFFIX = re.compile(r"\([^()]*\)$")


@lru_cache(maxsize=4096)
def header_key(text: str) -> str:
    """Normalised header text for matching: NFKC (full-width brackets/colons → ASCII), no whitespace
    or newlines, no leading required-marker ``*``, lower case, no ``(元)``-style unit suffix."""
    s = unicodedata.normalize("NFKC", text)
    s = "".join(s.split()).strip("*").lower()
    return _UNIT_SUFFIX.sub("", s)


def base_key(key: str) -> str:
    """A header key without its trailing parenthetical (``产品信息(双击…)`` → ``产品信息``)."""
    return _PAREN_SUFFIX.sub("", key)


def _keys(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(header_key(n) for n in names)


def _normalised_table(table: aliases.Aliases) -> dict[str, tuple[str, ...]]:
    return {f: _keys(names) for f, names in table.items()}


_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    "douyin": _normalised_table(aliases.DOUYIN),
    "kuaishou": _normalised_table(aliases.KUAISHOU),
    "aliexpress": _normalised_table(aliases.ALIEXPRESS),
    "generic": _normalised_table(aliases.GENERIC),
    "products": _normalised_table(aliases.PRODUCTS),
}
_SIGNATURES = {p: frozenset(_keys(tuple(s))) for p, s in aliases.SIGNATURES.items()}
KNOWN_KEYS: frozenset[str] = frozenset(
    k for t in _TABLES.values() for names in t.values() for k in names
) | frozenset(k for s in _SIGNATURES.values() for k in s)
_PRODUCT_ONLY_KEYS = frozenset(
    k for f in aliases.PRODUCT_ONLY_FIELDS for k in _TABLES["products"][f]
)


def cell_header_text(value: object) -> str:
    """A header cell as text ('' for empty/non-text)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None or value == "" else str(value)


def find_header_row(rows: Sequence[Sequence[object]]) -> int | None:
    """Index (0-based, within `rows`) of the row that looks most like a header, or None.

    A header row has at least two cells naming known columns; the earliest best row wins.
    """
    best, best_hits = None, 1
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        hits = 0
        for cell in row:
            if isinstance(cell, str) and cell:
                k = header_key(cell)
                if k in KNOWN_KEYS or base_key(k) in KNOWN_KEYS:
                    hits += 1
        if hits > best_hits:
            best, best_hits = i, hits
    return best


def header_signature(headers: Sequence[str]) -> str:
    """sha256 of the normalised header row (the key of saved mapping profiles)."""
    joined = "\x1f".join(header_key(h) for h in headers if h)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def detect_platform(headers: Sequence[str]) -> tuple[Platform | None, dict[Platform, int]]:
    """The platform with most distinctive headers in this row (≥ 2 and unique), and the scores."""
    keys = {header_key(h) for h in headers if h}
    keys |= {base_key(k) for k in keys}
    scores = {p: len(keys & sig) for p, sig in _SIGNATURES.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    top, top_score = ranked[0]
    if top_score >= 2 and top_score > ranked[1][1]:
        return top, scores
    return None, scores


def looks_like_products(headers: Sequence[str]) -> bool:
    """Product sheet: has product-only columns (上架时间, 上月销量, 承诺发货时长 …)."""
    return any(header_key(h) in _PRODUCT_ONLY_KEYS for h in headers if h)


@dataclass(frozen=True)
class ColumnMap:
    """Which column (0-based index within the header row) carries each canonical field."""

    columns: dict[str, int]
    headers: tuple[str, ...]

    def header_of(self, fieldname: str) -> str:
        """The original header text of a mapped field."""
        return self.headers[self.columns[fieldname]]


def auto_map(headers: Sequence[str], platform: Platform | None, kind: Kind) -> dict[str, int]:
    """Map canonical fields to column indices via the alias tables (first alias present wins)."""
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    for i, h in enumerate(headers):
        if not h:
            continue
        k = header_key(h)
        exact.setdefault(k, i)
        loose.setdefault(base_key(k), i)
    if kind == "products":
        tables = [_TABLES["products"]]
        fields: Sequence[str] = ("product_id", *PRODUCT_FIELDS)
    else:
        tables = ([_TABLES[platform.value]] if platform else []) + [_TABLES["generic"]]
        fields = ("order_id", "sub_order_id", *ORDER_FIELDS)
    used: set[int] = set()
    out: dict[str, int] = {}
    for f in fields:
        found = None
        for table in tables:
            for k in table.get(f, ()):
                col = exact.get(k)
                if col is None:
                    col = loose.get(k)
                if col is not None and col not in used:
                    found = col
                    break
            if found is not None:
                break
        if found is not None:
            out[f] = found
            used.add(found)
    return out


def detect_kind(headers: Sequence[str], platform: Platform | None) -> Kind:
    """orders / products (product-sheet headers) / logistics (order id + only logistics columns)."""
    if looks_like_products(headers):
        cols = auto_map(headers, platform, "orders")
        if "order_id" not in cols:
            return "products"
    cols = auto_map(headers, platform, "orders")
    others = set(cols) - {"order_id", "sub_order_id", "shop"}
    if (
        "order_id" in cols
        and others
        and others <= aliases.LOGISTICS_FIELDS
        and others & {"picked_up_at", "online_at", "warehouse_at", "fulfilment_mode"}
    ):
        return "logistics"
    return "orders"


def field_names(kind: Kind) -> tuple[str, ...]:
    """Every canonical field a mapping may name for this kind of sheet."""
    if kind == "products":
        return ("product_id", *PRODUCT_FIELDS)
    return ("order_id", "sub_order_id", *ORDER_FIELDS)
