"""The order table's pages: filters, sort keys, keyset pages and status counts. No Qt here.

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
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.store.read import interrupts
from desktop_app.store.read.columns import SORT_KEYS
from desktop_app.store.read.lines import ROW_SELECT, VERDICT_JOIN

# The indexes these queries rely on are the store's (schema v4–v8, `desktop_app/store/schema.py`):
# built where orders and verdicts are written, never when the window opens. Their expressions
# match `SORT_KEYS` exactly, and each covers what a page's key search reads. There is one sort
# index per sort key, none per platform or status (schema v8): a platform filter or a status chip
# matching many orders reads the sort index in order and skips the rows that do not match; one
# matching few finds its rows through `verdicts_status` (platform, status), the false-shipping
# index, the shop index or the primary key, and sorts them (`selective`).

_ID_LIKE = re.compile(r"[A-Za-z0-9-]{6,}")


def id_like(text: str) -> bool:
    """True for search text that looks like an order id or tracking number (letters, digits and
    dashes with at least five digits): it is matched from the start of those columns, through
    their indexes, instead of as a substring of every text column (a full scan)."""
    return bool(_ID_LIKE.fullmatch(text)) and sum(ch.isdigit() for ch in text) >= 5


_ID_SEPARATORS = re.compile(r"[\s,，;；、|]+")
# A pasted list longer than this is cut (SQLite's IN lists stay small; the seller is told).
MAX_LISTED_IDS = 500


def id_list(text: str) -> list[str]:
    """The ids of a pasted list — two or more id-like tokens separated by spaces, new lines,
    commas (also Chinese ，、), semicolons or bars, e.g. a platform's list of penalised orders —
    in their order, repeats dropped, at most `MAX_LISTED_IDS`; [] when `text` is not such a list
    (a single id, or any token that is not id-like, searches as before)."""
    tokens = [t for t in _ID_SEPARATORS.split(text.strip()) if t]
    if len(tokens) < 2 or not all(id_like(t) for t in tokens):
        return []
    return list(dict.fromkeys(tokens))[:MAX_LISTED_IDS]


def _prefix_range(text: str) -> tuple[str, str]:
    """[low, high) covering every string that starts with `text` (ASCII `text`)."""
    return text, text[:-1] + chr(ord(text[-1]) + 1)


# Written exactly as in the partial index `gui_verdicts_false_shipping` (schema v4), or SQLite
# does not use it.
_FALSE_SHIPPING = "v.flags_json LIKE '%\"false_shipping\"%'"
# The same test for a row read in the order of a sort index (which holds the status, not the
# flags): a seek in that partial index, which holds the flagged verdicts only — instead of reading
# each verdict row, which for a rare status means reading nearly all of them for one page.
_FLAGGED = (
    "EXISTS (SELECT 1 FROM verdict_rows f INDEXED BY gui_verdicts_false_shipping "
    "WHERE f.platform = v.platform AND f.status = v.status AND f.order_id = v.order_id "
    f"AND f.sub_order_id = v.sub_order_id AND {_FALSE_SHIPPING.replace('v.', 'f.')})"
)
_PK = ("o.platform", "o.order_id", "o.sub_order_id")
_PK_V = ("v.platform", "v.order_id", "v.sub_order_id")


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


# Every platform that has verdicts, by a few index seeks (a loose scan of the primary key). A
# status chip without a platform filter is found through `verdicts_status` (platform, status) with
# it — one range per platform and status: no index leads with the status (schema v8).
_ALL_PLATFORMS = (
    "(WITH RECURSIVE known(p) AS (SELECT MIN(platform) FROM verdict_rows UNION ALL "
    "SELECT (SELECT MIN(platform) FROM verdict_rows WHERE platform > known.p) FROM known "
    "WHERE known.p IS NOT NULL) SELECT p FROM known WHERE p IS NOT NULL)"
)


def _where(
    flt: OrderFilter,
    *,
    with_chips: bool = True,
    alias: str = "o",
    status_index: bool = True,
    shop_index: bool = True,
    platform_index: bool = True,
    row: str = "o",
) -> tuple[list[str], list[Any]]:
    """WHERE clauses and their parameters. `row`: the alias the shop and a text search read (the
    order row, when `o` stands for a sort index read alone)."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.platform:
        # `+x.platform` unless the platform's rows are found through an index that leads with
        # the platform (it has few orders, or the sort is by platform): it then reads the sort
        # index in order and skips other platforms' rows, instead of sorting a whole platform.
        column = f"{alias}.platform" if platform_index else f"+{alias}.platform"
        clauses.append(f"{column} = ?")
        params.append(flt.platform)
    if flt.shop:
        # `+o.shop` unless the shop has few orders: a shop holding most of them would otherwise
        # be read through its index and sorted whole, page after page.
        clauses.append(f"{row}.shop = ?" if shop_index else f"+{row}.shop = ?")
        params.append(flt.shop)
    text = flt.search.strip()
    listed = id_list(text)
    if listed:
        # Exact ids (order, sub-order or tracking number), each found through its own index.
        marks = ", ".join("?" for _ in listed)
        clauses.append(
            f"(o.order_id IN ({marks}) OR o.sub_order_id IN ({marks})"
            f" OR o.tracking_no <> '' AND o.tracking_no IN ({marks}))"
        )
        params += [*listed, *listed, *listed]
    elif text and id_like(text):
        low, high = _prefix_range(text)
        clauses.append(
            "(o.order_id >= ? AND o.order_id < ? OR o.sub_order_id >= ? AND o.sub_order_id < ?"
            " OR o.tracking_no <> '' AND o.tracking_no >= ? AND o.tracking_no < ?)"
        )
        params += [low, high, low, high, low, high]
    elif text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            f"({row}.order_id = ? OR {row}.sub_order_id = ? OR {row}.tracking_no = ? "
            f"OR {row}.order_id LIKE ? ESCAPE '\\' OR {row}.tracking_no LIKE ? ESCAPE '\\' "
            f"OR {row}.receiver_name LIKE ? ESCAPE '\\' "
            f"OR {row}.product_name LIKE ? ESCAPE '\\')"
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
            status = f"{column} IN ({marks})"
            if status_index and not flt.platform:
                status = f"v.platform IN {_ALL_PLATFORMS} AND {status}"
            parts.append(status)
            params += sorted(flt.statuses)
        if flt.false_shipping:
            parts.append(_FALSE_SHIPPING if status_index else _FLAGGED)
        clauses.append("(" + " OR ".join(parts) + ")")
    return clauses, params


@dataclass(frozen=True, slots=True)
class PageQuery:
    """One segment of the table's rows: SQL for the first page and for the page after a key.

    Each runs in two steps: the page's keys are found first by a query that reads indexes only
    (`key_sql`, what the plan tests check), then only those rows are read in full."""

    first_sql: str
    after_sql: str
    params: tuple[Any, ...]
    key_width: int  # number of key values appended to each row
    key_sql: str = ""  # the first page's key search alone (for EXPLAIN QUERY PLAN)
    # The same rows found the other way — through the filter's own index, then sorted — taken
    # for a page when reading the sort index in order has not filled it within `budget` seconds
    # (the matches are sparse there). `fell_back` records each time it was (for tests, timings).
    fallback: PageQuery | None = None
    budget: float = 0.0
    fell_back: list[bool] = field(default_factory=list, compare=False, repr=False)


# Joins inside the key search. The driving side is written `+x`: a plain `a.x = b.x` lets SQLite
# carry the page's lower bound over to the joined table (`b.order_id > ?`) and then probe it by
# that range instead of by the equality — one range scan per row.
_VERDICT_KEY_JOIN = (
    "verdict_rows v INDEXED BY gui_verdicts_key ON v.platform = +o.platform "
    "AND v.order_id = +o.order_id AND v.sub_order_id = +o.sub_order_id"
)
_KEY_TIMES = "gui_orders_key_times"  # orders(platform, order_id, sub_order_id, paid_at, shipped_at)
_ORDER_JOIN = (
    "orders o ON o.platform = +v.platform AND o.order_id = +v.order_id "
    "AND o.sub_order_id = +v.sub_order_id"
)
_NARROW_ORDER_JOIN = _ORDER_JOIN.replace("orders o", f"orders o INDEXED BY {_KEY_TIMES}", 1)


def _text_search(flt: OrderFilter) -> bool:
    """True for a search by text (a name, a product word): a substring of several columns of the
    order rows, as opposed to an id or a pasted list of ids (found through the id indexes)."""
    text = flt.search.strip()
    return bool(text) and not id_like(text) and not id_list(text)


def _chip_matches(flt: OrderFilter) -> tuple[str, list[Any]]:
    """The keys of the verdicts a status chip together with the 虚假发货嫌疑 one matches — those
    of the chips' statuses (through `verdicts_status`, per platform), then the flagged ones of
    other statuses (the partial false-shipping index, which holds the status) — and its
    parameters. Two disjoint parts: nothing to remove twice, no temporary B-tree."""
    marks = ", ".join("?" for _ in flt.statuses)
    platforms = "s.platform = ?" if flt.platform else f"s.platform IN {_ALL_PLATFORMS}"
    flagged_platform = "f.platform = ? AND " if flt.platform else ""
    sql = (
        "SELECT s.platform, s.order_id, s.sub_order_id FROM verdict_rows s INDEXED BY "
        f"verdicts_status WHERE {platforms} AND s.status IN ({marks}) UNION ALL "
        "SELECT f.platform, f.order_id, f.sub_order_id FROM verdict_rows f "
        f"WHERE {flagged_platform}{_FALSE_SHIPPING.replace('v.', 'f.')} "
        f"AND f.status NOT IN ({marks})"
    )
    platform = [flt.platform] if flt.platform else []
    statuses = sorted(flt.statuses)
    return sql, [*platform, *statuses, *platform, *statuses]


# A filter matching at most this many orders is served by reading its rows through the filter's
# own index and sorting them (cost ∝ matches); a broader one by reading the sort index in order and
# skipping what does not match (cost ∝ rows skipped before a page is full — which, for a rare chip
# whose rows all sit at the far end of the order, would be the whole table).
SELECTIVE_ROWS = 20_000
# … and for a status chip sorted by paid or shipped time, whose matches' times come from a narrow
# index (schema v5, ~1.5 µs a match instead of ~7 µs from the order rows).
SELECTIVE_ROWS_BY_TIME = 100_000
# A filter matching more is read in the sort's order; if a page is not full after a budget of
# wall-clock time (the matches are sparse there), that page is found the other way (`fallback`).
# A text search: after `SEARCH_BUDGET` — a search dense enough to be worth reading in order fills
# a page in a few milliseconds, while a sparse one (a name) is found faster by reading the narrow
# index whole than by walking the sort order. Chips, if they match at most
# `FALLBACK_ROWS`: after about what finding them would cost (`CHIP_SECONDS` a match, at least
# `SEARCH_BUDGET`), so a page never costs much more than twice the better way (e.g. the 逾期 chip
# sorted by shipped time, past its few shipped orders).
SEARCH_BUDGET = 0.05
CHIP_SECONDS = 2e-6
FALLBACK_ROWS = 400_000


def _finder(flt: OrderFilter) -> str:
    """Which of the filter's indexes finds its rows when it matches few: "chips" (the platform's
    and chips' rows through `verdicts_status` and/or the false-shipping index — both, for a status
    chip with the 虚假发货嫌疑 one), "shop" (the shop's orders, with the platform's, through the
    shop index), "platform" (the platform's rows through the primary key or an order index leading
    with the platform), or "" (no filter). A text search is found by reading the narrow key index
    whole ("search", see `_fallback_finder`)."""
    if flt.chips:
        return "chips"
    if flt.shop:
        return "shop"
    if flt.platform:
        return "platform"
    return ""


def selective(conn: sqlite3.Connection, flt: OrderFilter, limit: int = SELECTIVE_ROWS) -> bool:
    """True when the rows `_finder` would find number at most `limit` (counted through their
    indexes, stopping at `limit` + 1: milliseconds at any size)."""
    return _matches(conn, flt, limit) <= limit


def _matches(conn: sqlite3.Connection, flt: OrderFilter, limit: int) -> int:
    """How many rows `_finder` would find, counted up to `limit` + 1 (more when two chip indexes
    are counted: an upper bound then); `limit` + 1 when there is no finder."""
    finder = _finder(flt)
    platform = [flt.platform] if flt.platform else []
    if finder == "chips":
        where = "v.platform = ?" if flt.platform else f"v.platform IN {_ALL_PLATFORMS}"
        total = 0
        if flt.statuses:
            marks = ", ".join("?" for _ in flt.statuses)
            total += _count_upto(
                conn,
                "SELECT 1 FROM verdict_rows v INDEXED BY verdicts_status "
                f"WHERE {where} AND v.status IN ({marks})",
                [*platform, *sorted(flt.statuses)],
                limit,
            )
        if flt.false_shipping:
            where = "v.platform = ? AND " if flt.platform else ""
            flagged = f"SELECT 1 FROM verdict_rows v WHERE {where}{_FALSE_SHIPPING}"
            total += _count_upto(conn, flagged, platform, limit)
    elif finder == "shop":
        where = " AND o.platform = ?" if flt.platform else ""
        total = _count_upto(
            conn, f"SELECT 1 FROM orders o WHERE o.shop = ?{where}", [flt.shop, *platform], limit
        )
    elif finder == "platform":
        total = _count_upto(conn, "SELECT 1 FROM orders o WHERE o.platform = ?", platform, limit)
    else:
        return limit + 1
    return total


def _count_upto(conn: sqlite3.Connection, sql: str, params: list[Any], limit: int) -> int:
    row = conn.execute(f"SELECT COUNT(*) FROM ({sql} LIMIT {int(limit) + 1})", params).fetchone()
    return int(row[0])


def page_queries(
    flt: OrderFilter,
    sort_column: str,
    descending: bool,
    page_size: int,
    *,
    unevaluated: bool = True,
    few: bool = False,
    finder: str | None = None,
) -> list[PageQuery]:
    """The segments to page through, in order, for this filter and sort.

    `unevaluated` False says every order has a verdict, which spares the query for the rest.
    `few` (see `selective`) says the filter matches few orders: find those first and sort.
    `finder` names the way to find them instead of `_finder`'s (see `_fallback_finder`).
    """
    key = SORT_KEYS.get(sort_column, SORT_KEYS["status"])
    direction = "DESC" if descending else "ASC"
    compare = "<" if descending else ">"
    if finder is None:
        finder = _finder(flt) if few else ""
    # Sorted by platform or order id, one platform's orders are a range of the primary key (and
    # of `gui_orders_key_times`) already in order: nothing to skip, nothing to sort.
    in_key_order = sort_column in ("platform", "order_id")
    if finder == "platform" and in_key_order:
        finder = ""
    # An order sort while a shop or a text search also filters: the sort index (which holds the
    # platform) is read alone, and the rest is looked up in the narrow key index (schema v9) —
    # only for the platform's orders — where SQLite would read every order row it passes (40×
    # slower).
    row_filters = bool(flt.shop) or _text_search(flt)
    self_join = (key.driver == "orders" and row_filters and not finder) and not in_key_order
    clauses, params = _where(
        flt,
        alias="v"
        if (key.driver == "verdicts" and finder not in ("shop", "search")) or finder == "chips"
        else "o",
        status_index=finder == "chips",
        shop_index=finder == "shop",
        platform_index=bool(finder) or in_key_order,
        row="r" if self_join else "o",
    )
    segments: list[PageQuery] = []
    # A verdict sort whose filter is on verdicts alone finds the keys without the orders: every
    # verdict has its order (orders are never deleted; the page's rows are joined to them after).
    # Half the cost of a few thousand matches, found in index order and each order looked up.
    verdicts_only = key.driver == "verdicts" and not flt.shop and not flt.search.strip()
    if finder == "chips":
        # The platform's and chips' rows through the status / false-shipping indexes, then sorted
        # (SQLite would read every verdict of the platforms by the primary key instead).
        verdicts = "verdict_rows v INDEXED BY verdicts_status" if flt.statuses else "verdict_rows v"
        if flt.statuses and flt.false_shipping:
            # "This status OR flagged": each index's matches, united — exactly the chips' rows,
            # so the chips are not tested again (that read each match's verdict row: +0.3 s for
            # 100k matches); their verdict rows are read only for a verdict sort's keys.
            union, union_params = _chip_matches(flt)
            united = "v" if key.driver == "verdicts" else "m"  # the matches' keys' alias
            verdicts = f"({union}) m"
            if key.driver == "verdicts":
                verdicts += (
                    " CROSS JOIN verdict_rows v ON v.platform = +m.platform "
                    "AND v.order_id = +m.order_id AND v.sub_order_id = +m.sub_order_id"
                )
            clauses, params = _where(
                flt, with_chips=False, alias=united, shop_index=False, platform_index=True
            )
            params = [*union_params, *params]
        pk = _PK_V if key.driver == "verdicts" else _PK
        keys = (*key.expr, *(k for k in pk if k not in key.expr))
        order_join = _ORDER_JOIN
        if key.driver == "orders" or row_filters:
            # Each match's sort key (paid or shipped time: schema v5), shop or searched texts (v9)
            # from the narrow key index, not from the ~1.5 KB order row: SQLite itself prefers the
            # primary key for an equality on all of it.
            order_join = _NARROW_ORDER_JOIN
        if flt.statuses and flt.false_shipping and key.driver == "orders":
            order_join = order_join.replace("+v.", "+m.")
        source = f"FROM {verdicts}" if verdicts_only else f"FROM {verdicts} CROSS JOIN {order_join}"
        segments.append(
            _segment(
                source, clauses, params, keys, pk, direction, compare, page_size, sort_found=True
            )
        )
        return segments
    if finder == "search":
        # A text search matching few orders, or sparse in the sort's order: the matches are found
        # by reading the narrow key index whole (it holds the searched texts), then sorted —
        # instead of looking each order of the sort index up in turn.
        narrow = f"FROM orders o INDEXED BY {_KEY_TIMES}"
        if key.driver == "verdicts":
            keys, pk = (*key.expr, *_PK_V), _PK_V
            source = (
                f"{narrow} CROSS JOIN verdict_rows v ON v.platform = +o.platform "
                "AND v.order_id = +o.order_id AND v.sub_order_id = +o.sub_order_id"
            )
        else:
            keys, pk = (*key.expr, *(k for k in _PK if k not in key.expr)), _PK
            source = narrow + (f" LEFT JOIN {_VERDICT_KEY_JOIN}" if flt.chips else "")
        segments.append(
            _segment(
                source, clauses, params, keys, pk, direction, compare, page_size, sort_found=True
            )
        )
        if key.driver == "verdicts" and not flt.chips and unevaluated:
            segments.append(_unevaluated_segment(flt, finder, direction, compare, page_size))
            if descending:
                segments.reverse()
        return segments
    if key.driver == "verdicts":
        keys = (*key.expr, *_PK_V)
        # Verdicts drive the query (their index gives the order) — except for an id search or
        # a shop with few orders, whose orders are found first through the orders' indexes, and
        # a platform with few, whose verdicts are read by the primary key and sorted.
        if finder == "shop":
            source = f"FROM orders o CROSS JOIN {VERDICT_JOIN}"
        elif finder == "platform":
            source = (
                "FROM verdict_rows v"
                if verdicts_only
                else f"FROM verdict_rows v CROSS JOIN {_ORDER_JOIN}"
            )
        elif id_like(flt.search.strip()) or id_list(flt.search.strip()):
            # either side may lead: plain equalities
            source = f"FROM verdicts v JOIN {_ORDER_JOIN.replace('+', '')}"
        else:
            # A shop or a text search is checked in the narrow key index (schema v9).
            source = (
                f"FROM verdicts v CROSS JOIN {_NARROW_ORDER_JOIN if row_filters else _ORDER_JOIN}"
            )
        segments.append(
            _segment(
                source,
                clauses,
                params,
                keys,
                _PK_V,
                direction,
                compare,
                page_size,
                sort_found=finder == "platform",
            )
        )
        if not flt.chips and unevaluated:  # orders with no verdict yet come last
            segments.append(_unevaluated_segment(flt, finder, direction, compare, page_size))
        if descending:
            segments.reverse()
    else:
        keys = (*key.expr, *(k for k in _PK if k not in key.expr))
        # The verdicts are needed to find the keys only when a chip filters on them: then each
        # order's status is looked up in the small `gui_verdicts_key` index (SQLite would pick
        # the wider verdict rows by their primary key).
        source = "FROM orders o"
        if self_join:
            source += (
                f" CROSS JOIN orders r INDEXED BY {_KEY_TIMES} ON r.platform = +o.platform"
                " AND r.order_id = +o.order_id AND r.sub_order_id = +o.sub_order_id"
            )
        if flt.chips:
            source += f" LEFT JOIN {_VERDICT_KEY_JOIN}"
        segments.append(
            _segment(
                source,
                clauses,
                params,
                keys,
                _PK,
                direction,
                compare,
                page_size,
                sort_found=finder == "platform",
            )
        )
    return segments


def _unevaluated_segment(
    flt: OrderFilter, finder: str, direction: str, compare: str, page_size: int
) -> PageQuery:
    """The orders with no verdict yet (served after the evaluated ones under a verdict sort), in
    primary-key order: a platform filter is a range of it, and a shop or a text search is checked
    in the narrow key index, read in that same order (schema v9), not in the order rows."""
    clauses, params = _where(flt, shop_index=finder == "shop")
    narrow = (bool(flt.shop) or _text_search(flt)) and finder != "shop"
    orders = f"orders o INDEXED BY {_KEY_TIMES}" if narrow else "orders o"
    return _segment(
        f"FROM {orders} LEFT JOIN {VERDICT_JOIN}",
        [*clauses, "v.status IS NULL"],
        params,
        _PK,
        _PK,
        direction,
        compare,
        page_size,
    )


def _segment(
    source: str,
    clauses: list[str],
    params: list[Any],
    keys: tuple[str, ...],
    pk: tuple[str, ...],
    direction: str,
    compare: str,
    page_size: int,
    *,
    sort_found: bool = False,
) -> PageQuery:
    """Keys first, rows second: the inner query finds the page's keys in index order reading no
    table rows (its indexes cover the sort expressions, the filters and the join); the outer one
    reads the full rows of just those keys and orders them again (a sort of ≤ page_size rows).

    `sort_found`: the filter's index finds the (few) rows and they are sorted after. The sort
    keys are then written `+key`, which keeps SQLite from reading a sort index in order instead,
    or from turning the page's lower bound into a range scan inside the join (per row found)."""
    if sort_found:
        keys_used = keys
        keys = tuple(f"+{k}" for k in keys)
    names = [f"k{i}" for i in range(len(keys))]
    inner_cols = ", ".join(
        [
            *(f"{k} AS {n}" for k, n in zip(keys_used if sort_found else keys, names, strict=True)),
            *(f"{c} AS p{i}" for i, c in enumerate(pk)),
        ]
    )
    order = ", ".join(f"{k} {direction}" for k in keys)
    limit = f" LIMIT {int(page_size)}"
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    # The row-value bound, then the first key alone again (implied by it): SQLite starts an
    # index range from a bound on an indexed *expression* (IFNULL(paid_at, '') …) only when it
    # stands alone — without it each page re-read the index from its start (fetch_page passes
    # the first key value twice).
    after_clause = (
        f"({', '.join(keys)}) {compare} ({', '.join('?' for _ in keys)}) AND {keys[0]} {compare}= ?"
    )
    after_where = " WHERE " + " AND ".join([*clauses, after_clause])
    first_keys = f"SELECT {inner_cols} {source}{where} ORDER BY {order}{limit}"
    after_keys = f"SELECT {inner_cols} {source}{after_where} ORDER BY {order}{limit}"
    outer = (
        f"SELECT {ROW_SELECT}, {', '.join(f'page.{n}' for n in names)} FROM ({{keys}}) AS page "
        "JOIN orders o ON o.platform = page.p0 AND o.order_id = page.p1 "
        "AND o.sub_order_id = page.p2 "
        f"LEFT JOIN {VERDICT_JOIN} "
        f"ORDER BY {', '.join(f'page.{n} {direction}' for n in names)}"
    )
    return PageQuery(
        first_sql=outer.replace("{keys}", first_keys),
        after_sql=outer.replace("{keys}", after_keys),
        params=tuple(params),
        key_width=len(keys),
        key_sql=first_keys,
    )


def status_counts(conn: sqlite3.Connection, flt: OrderFilter) -> dict[str, int]:
    """Rows per status (chips ignored, other filters applied), plus 'false_shipping', '' (not
    evaluated), 'all', and 'shown': the rows the table shows with the chips too."""
    clauses, params = _where(flt, with_chips=False)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    if not flt.shop and not flt.search.strip():
        # Only platform filters: count the verdicts table alone, grouped in the order of its
        # (platform, status) index — no index leads with the status, and grouping by status
        # alone would sort every entry.
        vwhere = " WHERE v.platform = ?" if flt.platform else ""
        vparams: list[Any] = [flt.platform] if flt.platform else []
        counts: dict[str, int] = {}
        for status, n in conn.execute(
            f"SELECT v.status, COUNT(*) FROM verdict_rows v{vwhere} GROUP BY v.platform, v.status",
            vparams,
        ):
            counts[str(status)] = counts.get(str(status), 0) + int(n)
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
        # A shop or a search: each matching order's status from the small key index, not the
        # verdict row; the shop's orders through the shop index, a text searched in the narrow key
        # index (schema v9: SQLite picks it, as it covers what the search reads). The flagged
        # orders are counted from their partial index (a few entries), each looked up among the
        # matches, rather than reading the matching orders a second time.
        join = (
            "FROM orders o LEFT JOIN verdict_rows v INDEXED BY gui_verdicts_key "
            "ON v.platform = o.platform AND v.order_id = o.order_id "
            "AND v.sub_order_id = o.sub_order_id"
        )
        counts = {
            str(status or ""): int(n)
            for status, n in conn.execute(
                f"SELECT v.status, COUNT(*) {join}{where} GROUP BY v.status", params
            )
        }
        total = sum(counts.values())
        flagged = (
            "FROM verdict_rows v INDEXED BY gui_verdicts_false_shipping CROSS JOIN orders o "
            "ON o.platform = +v.platform AND o.order_id = +v.order_id "
            "AND o.sub_order_id = +v.sub_order_id"
        )
        fs_where = " AND ".join([_FALSE_SHIPPING, *clauses])
        counts["false_shipping"] = int(
            conn.execute(f"SELECT COUNT(*) {flagged} WHERE {fs_where}", params).fetchone()[0]
        )
    evaluated = sum(n for s, n in counts.items() if s not in ("", "false_shipping"))
    counts[""] = max(0, total - evaluated)
    counts["all"] = total
    counts["shown"] = _shown(conn, flt, counts)
    return counts


def shows(conn: sqlite3.Connection, flt: OrderFilter, key: tuple[str, str, str]) -> bool:
    """True when the table lists the order `key` under `flt`."""
    clauses, params = _where(flt)
    where = " AND ".join(["o.platform = ? AND o.order_id = ? AND o.sub_order_id = ?", *clauses])
    sql = (
        "SELECT 1 FROM orders o LEFT JOIN verdicts v ON v.platform = o.platform "
        "AND v.order_id = o.order_id AND v.sub_order_id = o.sub_order_id "
        f"WHERE {where} LIMIT 1"
    )
    return conn.execute(sql, [*key, *params]).fetchone() is not None


def _shown(conn: sqlite3.Connection, flt: OrderFilter, counts: dict[str, int]) -> int:
    """How many rows the table shows for `flt`, exactly: the chips' union (the statuses are
    disjoint; a flagged order whose status chip is on too is counted once)."""
    if not flt.chips:
        return counts["all"]
    shown = sum(counts.get(s, 0) for s in flt.statuses)
    if flt.false_shipping:
        shown += counts.get("false_shipping", 0)
        if flt.statuses:
            clauses, params = _where(flt, with_chips=False)
            marks = ", ".join("?" for _ in flt.statuses)
            where = " AND ".join([_FALSE_SHIPPING, f"v.status IN ({marks})", *clauses])
            flagged = (
                "FROM verdict_rows v INDEXED BY gui_verdicts_false_shipping CROSS JOIN orders o "
                "ON o.platform = +v.platform AND o.order_id = +v.order_id "
                "AND o.sub_order_id = +v.sub_order_id"
            )
            both = conn.execute(
                f"SELECT COUNT(*) {flagged} WHERE {where}", [*sorted(flt.statuses), *params]
            ).fetchone()[0]
            shown -= int(both)
    return shown


def has_unevaluated(conn: sqlite3.Connection) -> bool:
    """True when some order has no verdict row (two counts over large tables, so the answer is
    kept per connection until the database changes)."""
    marker = (conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0]))
    with _UNEVALUATED_LOCK:
        known = _UNEVALUATED[0] if _UNEVALUATED else None
    if known is not None and known[0] is conn and known[1] == marker:
        return known[2]
    row = conn.execute(
        "SELECT (SELECT COUNT(*) FROM orders) > (SELECT COUNT(*) FROM verdicts)"
    ).fetchone()
    answer = bool(row[0])
    with _UNEVALUATED_LOCK:
        _UNEVALUATED[:] = [(conn, marker, answer)]
    return answer


# The last answer: (connection, its (total_changes, data_version) when counted, answer). One
# entry — the table reads through one connection (sqlite3 connections cannot be weakly held).
_UNEVALUATED: list[tuple[sqlite3.Connection, tuple[int, int], bool]] = []
_UNEVALUATED_LOCK = threading.Lock()


def plan_pages(
    conn: sqlite3.Connection, flt: OrderFilter, sort_column: str, descending: bool, page_size: int
) -> list[PageQuery]:
    """`page_queries` for the database as it is now (are some orders unevaluated? does the
    filter match few orders?) — a few milliseconds of counting at any size. A filter matching
    many, read in the sort's order, gets the other way of finding its rows as a fallback
    (`_fallback_finder`)."""
    limit = (
        SELECTIVE_ROWS_BY_TIME
        if sort_column in ("paid", "shipped") and _finder(flt) == "chips" and not flt.shop
        else SELECTIVE_ROWS
    )
    # Chips are counted further: up to `FALLBACK_ROWS` they get a fallback.
    matches = _matches(conn, flt, FALLBACK_ROWS if _finder(flt) == "chips" else limit)
    unevaluated = has_unevaluated(conn)
    segments = page_queries(
        flt, sort_column, descending, page_size, unevaluated=unevaluated, few=matches <= limit
    )
    finder = "" if matches <= limit else _fallback_finder(flt, matches)
    if not finder:
        return segments
    found = page_queries(
        flt, sort_column, descending, page_size, unevaluated=unevaluated, finder=finder
    )
    if len(found) != len(segments):
        return segments
    budget = max(SEARCH_BUDGET, 0.0 if finder == "search" else matches * CHIP_SECONDS)
    return [
        s if f.key_sql == s.key_sql else replace(s, fallback=f, budget=budget)
        for s, f in zip(segments, found, strict=True)
    ]


def _fallback_finder(flt: OrderFilter, matches: int) -> str:
    """How a filter matching many orders finds its rows when reading the sort's index in order
    turns out slow (its matches are sparse there — a text search matching few orders, the 逾期
    chip sorted by shipped time once its few shipped orders are passed): a text search by reading
    the narrow key index whole ("search": a fixed cost, plus sorting the matches), chips
    through their own indexes ("chips") if they match at most
    `FALLBACK_ROWS` (a cost per match), else "" (none)."""
    if _text_search(flt):
        return "search"
    if _finder(flt) == "chips" and matches <= FALLBACK_ROWS:
        return "chips"
    return ""


def fetch_page(
    conn: sqlite3.Connection, query: PageQuery, after: tuple[Any, ...] | None
) -> list[tuple[Any, ...]]:
    """One page of rows of `query`, starting after the key `after` (None = from the start).

    A query with a fallback runs for at most its `budget` (`interrupts.budget`: the connection's
    progress handler, which keeps the reader's own check) before the page is fetched through the
    fallback instead. The next page tries
    the sort's order again: matches sparse in one stretch of it are often dense after (the rare
    chip's rows at the far end, the 逾期 orders not shipped yet after the few shipped ones) —
    keeping to the fallback cost 0.3-0.6 s a page there instead of milliseconds."""
    if query.fallback is None:
        return _fetch(conn, query, after)
    with interrupts.budget(conn, query.budget) as expired:
        try:
            return _fetch(conn, query, after)
        except sqlite3.OperationalError as exc:
            # Interrupted for another reason (the reader's job is no longer wanted): no fallback.
            if "interrupted" not in str(exc) or not expired():
                raise
    query.fell_back.append(True)
    return fetch_page(conn, query.fallback, after)


def _fetch(
    conn: sqlite3.Connection, query: PageQuery, after: tuple[Any, ...] | None
) -> list[tuple[Any, ...]]:
    if after is None:
        return conn.execute(query.first_sql, query.params).fetchall()
    return conn.execute(query.after_sql, (*query.params, *after, after[0])).fetchall()
