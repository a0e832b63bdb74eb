"""SQL for the order table: filters, sort keys, keyset pages and status counts. No Qt here.

The table never loads all orders. It asks for one page at a time, ordered by a *total* order
(sort key, then the primary key) and continuing strictly after the last row it has
(``WHERE (key, platform, order_id, sub_order_id) > (?, ?, ?, ?)``) — keyset paging, which costs the
same at row 10 and at row 900,000, where ``OFFSET`` grows with the row number.

Sort keys on verdict columns drive the query from `verdicts` (its indexes give the order); sort
keys on order columns drive it from `orders`. Orders not evaluated yet have no verdict row: when the
sort is on a verdict column they are served after the evaluated ones, as a second segment.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

# Indexes the table's sort orders and search rely on (verdict indexes go on the `verdict_rows` base
# table: `verdicts` is a view since schema v2). Created once per database, off the GUI
# thread (`ensure_indexes`). Expressions must match `SORT_KEYS` exactly to be used.
INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS gui_verdicts_urgency "
    "ON verdict_rows(urgency, IFNULL(deadline, '~'))",
    "CREATE INDEX IF NOT EXISTS gui_verdicts_status_urgency "
    "ON verdict_rows(status, urgency, IFNULL(deadline, '~'))",
    "CREATE INDEX IF NOT EXISTS gui_verdicts_deadline ON verdict_rows(IFNULL(deadline, '~'))",
    "CREATE INDEX IF NOT EXISTS gui_verdicts_money ON verdict_rows(IFNULL(compensation_fen, -1))",
    "CREATE INDEX IF NOT EXISTS gui_orders_paid ON orders(IFNULL(paid_at, ''))",
    "CREATE INDEX IF NOT EXISTS gui_orders_shipped ON orders(IFNULL(shipped_at, ''))",
    "CREATE INDEX IF NOT EXISTS gui_orders_order_id ON orders(order_id)",
    "CREATE INDEX IF NOT EXISTS gui_orders_product ON orders(product_name)",
    # The platform selector is the filter sellers use most: every sort again, behind platform = ?
    # (without these SQLite sorts the platform's rows in a temporary B-tree on every page).
    "CREATE INDEX IF NOT EXISTS gui_verdicts_p_urgency "
    "ON verdict_rows(platform, urgency, IFNULL(deadline, '~'))",
    "CREATE INDEX IF NOT EXISTS gui_verdicts_p_deadline "
    "ON verdict_rows(platform, IFNULL(deadline, '~'))",
    "CREATE INDEX IF NOT EXISTS gui_verdicts_p_money "
    "ON verdict_rows(platform, IFNULL(compensation_fen, -1))",
    "CREATE INDEX IF NOT EXISTS gui_orders_p_paid ON orders(platform, IFNULL(paid_at, ''))",
    "CREATE INDEX IF NOT EXISTS gui_orders_p_shipped ON orders(platform, IFNULL(shipped_at, ''))",
    "CREATE INDEX IF NOT EXISTS gui_orders_p_product ON orders(platform, product_name)",
    # One status chip with a verdict sort: the chip's rows in that order.
    "CREATE INDEX IF NOT EXISTS gui_verdicts_s_deadline "
    "ON verdict_rows(status, IFNULL(deadline, '~'))",
    "CREATE INDEX IF NOT EXISTS gui_verdicts_s_money "
    "ON verdict_rows(status, IFNULL(compensation_fen, -1))",
    # An order id / tracking number typed in the search box is looked up by prefix in these
    # (tracking numbers: the store's partial index orders_tracking, hence `tracking_no <> ''`).
    "CREATE INDEX IF NOT EXISTS gui_orders_sub_order_id ON orders(sub_order_id)",
)

_ID_LIKE = re.compile(r"[A-Za-z0-9-]{6,}")


def id_like(text: str) -> bool:
    """True for search text that looks like an order id or tracking number (letters, digits and
    dashes with at least five digits): it is matched from the start of those columns, through
    their indexes, instead of as a substring of every text column (a full scan)."""
    return bool(_ID_LIKE.fullmatch(text)) and sum(ch.isdigit() for ch in text) >= 5


def _prefix_range(text: str) -> tuple[str, str]:
    """[low, high) covering every string that starts with `text` (ASCII `text`)."""
    return text, text[:-1] + chr(ord(text[-1]) + 1)


_INDEX_NAME = re.compile(r"IF NOT EXISTS (\w+) ON")


def ensure_indexes(conn: sqlite3.Connection) -> None:
    """Create the indexes the order table needs, and gather the planner's statistics only when
    some index lacks them (new, or dropped and rebuilt by a big evaluation): a full ANALYZE on
    every open costs seconds at a million orders."""
    for statement in INDEXES:
        conn.execute(statement)
    names = {m[1] for m in map(_INDEX_NAME.search, INDEXES) if m}
    tables = {
        str(name): str(table)
        for name, table in conn.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"
        )
    }
    # ANALYZE records nothing for an empty table's indexes: only non-empty tables need statistics.
    filled = {
        t for t in set(tables.values()) if conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()
    }
    needed = {n for n in names if tables.get(n) in filled}
    analysed: set[str] = set()
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        analysed = {str(r[0]) for r in conn.execute("SELECT DISTINCT idx FROM sqlite_stat1")}
    if not needed <= analysed:
        conn.execute("ANALYZE")


@dataclass(frozen=True, slots=True)
class SortKey:
    """How one column sorts: an SQL expression (never NULL) and the table that drives the query."""

    expr: tuple[str, ...]  # leading sort expressions, before the primary key
    driver: str  # "verdicts" or "orders"


# Column name → sort key. Columns not listed here do not sort.
SORT_KEYS: dict[str, SortKey] = {
    "status": SortKey(("v.urgency", "IFNULL(v.deadline, '~')"), "verdicts"),
    "deadline": SortKey(("IFNULL(v.deadline, '~')",), "verdicts"),
    "countdown": SortKey(("IFNULL(v.deadline, '~')",), "verdicts"),
    "money": SortKey(("IFNULL(v.compensation_fen, -1)",), "verdicts"),
    "platform": SortKey((), "orders"),
    "order_id": SortKey(("o.order_id",), "orders"),
    "product": SortKey(("o.product_name",), "orders"),
    "paid": SortKey(("IFNULL(o.paid_at, '')",), "orders"),
    "shipped": SortKey(("IFNULL(o.shipped_at, '')",), "orders"),
}

# What each row of a page holds, in this order (the sort-key values are appended after these).
ROW_FIELDS: tuple[str, ...] = (
    "platform",
    "order_id",
    "sub_order_id",
    "shop",
    "product_name",
    "paid_at",
    "shipped_at",
    "tracking_no",
    "status",
    "deadline",
    "rules_json",
    "reasons_json",
    "reasons_en_json",
    "flags_json",
    "compensation_fen",
    "appeal_candidate",
    "appeal_mark",
    "as_of",
)
_SELECT = (
    "o.platform, o.order_id, o.sub_order_id, o.shop, o.product_name, o.paid_at, o.shipped_at, "
    "o.tracking_no, v.status, v.deadline, v.rules_json, v.reasons_json, v.reasons_en_json, "
    "v.flags_json, v.compensation_fen, v.appeal_candidate, IFNULL(n.appeal_mark, 0), v.as_of"
)
_PK = ("o.platform", "o.order_id", "o.sub_order_id")
_PK_V = ("v.platform", "v.order_id", "v.sub_order_id")
_NOTES_JOIN = (
    "LEFT JOIN order_notes n ON n.platform = o.platform AND n.order_id = o.order_id "
    "AND n.sub_order_id = o.sub_order_id"
)


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """What the seller asked to see. Chips combine with OR; everything else with AND."""

    platform: str = ""  # "" = all platforms
    shop: str = ""  # "" = all shops
    statuses: frozenset[str] = field(default_factory=frozenset)  # empty = every status
    false_shipping: bool = False  # the 虚假发货嫌疑 chip (a flag, not a status)
    search: str = ""  # order id, tracking number, receiver, product

    @property
    def chips(self) -> bool:
        """True when some status/flag chip narrows the rows."""
        return bool(self.statuses) or self.false_shipping


def _where(
    flt: OrderFilter, *, with_chips: bool = True, alias: str = "o", status_index: bool = True
) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.platform:
        clauses.append(f"{alias}.platform = ?")
        params.append(flt.platform)
    if flt.shop:
        clauses.append("o.shop = ?")
        params.append(flt.shop)
    text = flt.search.strip()
    if text and id_like(text):
        low, high = _prefix_range(text)
        clauses.append(
            "(o.order_id >= ? AND o.order_id < ? OR o.sub_order_id >= ? AND o.sub_order_id < ?"
            " OR o.tracking_no <> '' AND o.tracking_no >= ? AND o.tracking_no < ?)"
        )
        params += [low, high, low, high, low, high]
    elif text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(o.order_id = ? OR o.sub_order_id = ? OR o.tracking_no = ? "
            "OR o.order_id LIKE ? ESCAPE '\\' OR o.tracking_no LIKE ? ESCAPE '\\' "
            "OR o.receiver_name LIKE ? ESCAPE '\\' OR o.product_name LIKE ? ESCAPE '\\')"
        )
        params += [text, text, text, like, like, like, like]
    if with_chips and flt.chips:
        parts: list[str] = []
        if flt.statuses:
            marks = ", ".join("?" for _ in flt.statuses)
            # `+v.status` keeps SQLite from picking the status index when another index gives
            # the sort order: it then reads rows in order and skips other statuses, instead of
            # sorting every row of the chip (100,000s on a large database) for each page.
            column = "v.status" if status_index else "+v.status"
            parts.append(f"{column} IN ({marks})")
            params += sorted(flt.statuses)
        if flt.false_shipping:
            parts.append("v.flags_json LIKE '%\"false_shipping\"%'")
        clauses.append("(" + " OR ".join(parts) + ")")
    return clauses, params


@dataclass(frozen=True, slots=True)
class PageQuery:
    """One segment of the table's rows: SQL for the first page and for the page after a key."""

    first_sql: str
    after_sql: str
    params: tuple[Any, ...]
    key_width: int  # number of key values appended to each row


def page_queries(
    flt: OrderFilter,
    sort_column: str,
    descending: bool,
    page_size: int,
    *,
    unevaluated: bool = True,
) -> list[PageQuery]:
    """The segments to page through, in order, for this filter and sort.

    `unevaluated` False says every order has a verdict, which spares the query for the rest.
    """
    key = SORT_KEYS.get(sort_column, SORT_KEYS["status"])
    direction = "DESC" if descending else "ASC"
    compare = "<" if descending else ">"
    # A status index serves the order only for one chip, no platform and a verdict sort.
    status_index = (
        len(flt.statuses) == 1
        and not flt.platform
        and sort_column in ("status", "deadline", "countdown", "money")
    )
    clauses, params = _where(
        flt, alias="v" if key.driver == "verdicts" else "o", status_index=status_index
    )
    segments: list[PageQuery] = []
    if key.driver == "verdicts":
        keys = (*key.expr, *_PK_V)
        # Verdicts drive the query (their index gives the order) — except for an id search,
        # where the few matching orders are found first through the orders' indexes.
        join = "JOIN" if id_like(flt.search.strip()) else "CROSS JOIN"
        source = (
            f"FROM verdicts v {join} orders o ON o.platform = v.platform "
            "AND o.order_id = v.order_id AND o.sub_order_id = v.sub_order_id " + _NOTES_JOIN
        )
        segments.append(_segment(source, clauses, params, keys, direction, compare, page_size))
        if not flt.chips and unevaluated:  # orders with no verdict yet come last
            clauses, params = _where(flt)
            keys2 = _PK
            source2 = (
                "FROM orders o LEFT JOIN verdicts v ON v.platform = o.platform "
                "AND v.order_id = o.order_id AND v.sub_order_id = o.sub_order_id " + _NOTES_JOIN
            )
            segments.append(
                _segment(
                    source2,
                    [*clauses, "v.status IS NULL"],
                    params,
                    keys2,
                    direction,
                    compare,
                    page_size,
                )
            )
        if descending:
            segments.reverse()
    else:
        keys = (*key.expr, *(k for k in _PK if k not in key.expr))
        source = (
            "FROM orders o LEFT JOIN verdicts v ON v.platform = o.platform "
            "AND v.order_id = o.order_id AND v.sub_order_id = o.sub_order_id " + _NOTES_JOIN
        )
        segments.append(_segment(source, clauses, params, keys, direction, compare, page_size))
    return segments


def _segment(
    source: str,
    clauses: list[str],
    params: list[Any],
    keys: tuple[str, ...],
    direction: str,
    compare: str,
    page_size: int,
) -> PageQuery:
    select = f"SELECT {_SELECT}, {', '.join(keys)} {source}"
    order = " ORDER BY " + ", ".join(f"{k} {direction}" for k in keys) + f" LIMIT {int(page_size)}"
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    after_clause = f"({', '.join(keys)}) {compare} ({', '.join('?' for _ in keys)})"
    after_where = " WHERE " + " AND ".join([*clauses, after_clause])
    return PageQuery(
        first_sql=select + where + order,
        after_sql=select + after_where + order,
        params=tuple(params),
        key_width=len(keys),
    )


def status_counts(conn: sqlite3.Connection, flt: OrderFilter) -> dict[str, int]:
    """Rows per status (chips ignored, other filters applied), plus 'false_shipping', '' (not
    evaluated) and 'all'."""
    clauses, params = _where(flt, with_chips=False)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    join = (
        "FROM orders o LEFT JOIN verdicts v ON v.platform = o.platform "
        "AND v.order_id = o.order_id AND v.sub_order_id = o.sub_order_id"
    )
    if not flt.shop and not flt.search.strip():
        # Only platform filters: count the verdicts table alone (its status index covers it).
        vwhere = " WHERE v.platform = ?" if flt.platform else ""
        vparams: list[Any] = [flt.platform] if flt.platform else []
        counts = {
            str(status): int(n)
            for status, n in conn.execute(
                f"SELECT v.status, COUNT(*) FROM verdicts v{vwhere} GROUP BY v.status", vparams
            )
        }
        owhere = " WHERE platform = ?" if flt.platform else ""
        total = int(conn.execute(f"SELECT COUNT(*) FROM orders{owhere}", vparams).fetchone()[0])
        counts["false_shipping"] = int(
            conn.execute(
                "SELECT COUNT(*) FROM verdicts v"
                + (vwhere + " AND" if vwhere else " WHERE")
                + " v.flags_json LIKE '%\"false_shipping\"%'",
                vparams,
            ).fetchone()[0]
        )
    else:
        counts = {
            str(status or ""): int(n)
            for status, n in conn.execute(
                f"SELECT v.status, COUNT(*) {join}{where} GROUP BY v.status", params
            )
        }
        total = sum(counts.values())
        fs_where = " AND ".join([*clauses, "v.flags_json LIKE '%\"false_shipping\"%'"])
        counts["false_shipping"] = int(
            conn.execute(f"SELECT COUNT(*) {join} WHERE {fs_where}", params).fetchone()[0]
        )
    evaluated = sum(n for s, n in counts.items() if s not in ("", "false_shipping"))
    counts[""] = max(0, total - evaluated)
    counts["all"] = total
    return counts


def fetch_rows_by_keys(
    conn: sqlite3.Connection, keys: list[tuple[str, str, str]], chunk: int = 300
) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    """The current rows (ROW_FIELDS) of these orders, by key — to refresh loaded rows in place."""
    out: dict[tuple[str, str, str], tuple[Any, ...]] = {}
    source = (
        "FROM orders o LEFT JOIN verdicts v ON v.platform = o.platform "
        "AND v.order_id = o.order_id AND v.sub_order_id = o.sub_order_id " + _NOTES_JOIN
    )
    for i in range(0, len(keys), chunk):
        part = keys[i : i + chunk]
        values = ", ".join("(?, ?, ?)" for _ in part)
        params = [v for key in part for v in key]
        sql = (
            f"SELECT {_SELECT} {source} WHERE (o.platform, o.order_id, o.sub_order_id)"
            f" IN (VALUES {values})"
        )
        for row in conn.execute(sql, params):
            out[(row[0], row[1], row[2])] = tuple(row)
    return out


def has_unevaluated(conn: sqlite3.Connection) -> bool:
    """True when some order has no verdict row (cheap: two counts)."""
    row = conn.execute(
        "SELECT (SELECT COUNT(*) FROM orders) > (SELECT COUNT(*) FROM verdicts)"
    ).fetchone()
    return bool(row[0])


def fetch_page(
    conn: sqlite3.Connection, query: PageQuery, after: tuple[Any, ...] | None
) -> list[tuple[Any, ...]]:
    """One page of rows of `query`, starting after the key `after` (None = from the start)."""
    if after is None:
        return conn.execute(query.first_sql, query.params).fetchall()
    return conn.execute(query.after_sql, (*query.params, *after)).fetchall()
