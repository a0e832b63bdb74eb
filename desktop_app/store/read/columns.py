"""The order list's columns: one specification for the table, its sort keys and their indexes, and
the order-list export. No Qt here (the GUI translates each column's title by its name).

A column names the row fields (`lines.ROW_FIELDS`) it shows; a sortable one has a `SortKey` — SQL
expressions that are never NULL, on the verdict or the order — and the name of the store's index
that gives rows in that order (`tests/store/test_read_columns.py` checks each index exists with
exactly those expressions, so the page planner's plans stay index reads).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SortKey:
    """How one column sorts: an SQL expression (never NULL) and the table that drives the query."""

    expr: tuple[str, ...]  # leading sort expressions, before the primary key
    driver: str  # "verdicts" or "orders"
    index: str  # the store's index that reads rows in this order ("" = the primary key)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the order list."""

    name: str
    fields: tuple[str, ...]  # the row fields its cells are made from
    export_width: int = 0  # width in the exported sheet (0 = not exported)
    sort: SortKey | None = None


_URGENCY = SortKey(("v.urgency", "IFNULL(v.deadline, '~')"), "verdicts", "gui_verdicts_urgency")
_DEADLINE = SortKey(("IFNULL(v.deadline, '~')",), "verdicts", "gui_verdicts_deadline")

#: Every column, by name.
SPEC: dict[str, Column] = {
    c.name: c
    for c in (
        Column("status", ("status", "appeal_candidate", "appeal_mark"), 12, _URGENCY),
        Column("countdown", ("status", "deadline", "shipped_at", "as_of"), 16, _DEADLINE),
        Column("platform", ("platform",), 9, SortKey((), "orders", "")),
        Column("shop", ("shop",), 16),
        Column(
            "order_id",
            ("order_id",),
            22,
            SortKey(("o.order_id",), "orders", "gui_orders_order_id"),
        ),
        Column("sub_order_id", ("sub_order_id",), 22),
        Column(
            "product",
            ("product_name",),
            30,
            SortKey(("o.product_name",), "orders", "gui_orders_product"),
        ),
        Column(
            "paid",
            ("paid_at",),
            19,
            SortKey(("IFNULL(o.paid_at, '')",), "orders", "gui_orders_paid"),
        ),
        Column(
            "shipped",
            ("shipped_at",),
            19,
            SortKey(("IFNULL(o.shipped_at, '')",), "orders", "gui_orders_shipped"),
        ),
        Column("deadline", ("deadline",), 19, _DEADLINE),
        Column("rules", ("rules_json",), 10),
        Column("reasons", ("reasons_json", "reasons_en_json"), 60),
        Column(
            "money",
            ("status", "compensation_fen"),
            14,
            SortKey(("IFNULL(v.compensation_fen, -1)",), "verdicts", "gui_verdicts_money"),
        ),
        Column("appeal", ("status", "appeal_candidate", "appeal_mark"), 12),
        Column("flags", ("flags_json",), 20),
        Column("tracking_no", ("tracking_no",), 20),
        Column("as_of", ("as_of",), 19),
    )
}

#: The order table's columns, left to right.
TABLE_COLUMNS: tuple[str, ...] = (
    "status",
    "platform",
    "order_id",
    "sub_order_id",
    "product",
    "paid",
    "deadline",
    "countdown",
    "shipped",
    "rules",
    "money",
    "flags",
)

#: The exported sheet's columns, left to right: the table's and what a packing team also needs.
EXPORT_COLUMNS: tuple[str, ...] = tuple(c.name for c in SPEC.values() if c.export_width)

#: Column name → sort key. Columns not listed here do not sort.
SORT_KEYS: dict[str, SortKey] = {c.name: c.sort for c in SPEC.values() if c.sort is not None}
