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
    """One column of the order list.

    `kind` says how a reader shows it: "text" (the field's text), "time" (a stored time; the
    table shows it to the minute), or "own" — the reader has its own code for this column
    (status, countdown, money …). A "text" or "time" column needs nothing more than this entry."""

    name: str
    title: str  # Chinese
    title_en: str
    fields: tuple[str, ...]  # the row fields its cells are made from (`lines.ROW_FIELDS`)
    export_width: int = 0  # width in the exported sheet (0 = not exported)
    sort: SortKey | None = None
    kind: str = "text"
    export_title: tuple[str, str] | None = None  # (Chinese, English) when the sheet says more


_URGENCY = SortKey(("v.urgency", "IFNULL(v.deadline, '~')"), "verdicts", "gui_verdicts_urgency")
_DEADLINE = SortKey(("IFNULL(v.deadline, '~')",), "verdicts", "gui_verdicts_deadline")
_OWN = "own"

#: Every column, by name, in the exported sheet's order.
SPEC: dict[str, Column] = {
    c.name: c
    for c in (
        Column(
            "status",
            "状态",
            "Status",
            ("status", "appeal_candidate", "appeal_mark"),
            12,
            _URGENCY,
            _OWN,
        ),
        Column(
            "countdown",
            "剩余/超出时间",
            "Time left / overdue",
            ("status", "deadline", "shipped_at", "as_of"),
            16,
            _DEADLINE,
            _OWN,
        ),
        Column("platform", "平台", "Platform", ("platform",), 9, SortKey((), "orders", ""), _OWN),
        Column("shop", "店铺", "Shop", ("shop",), 16),
        Column(
            "order_id",
            "订单号",
            "Order ID",
            ("order_id",),
            22,
            SortKey(("o.order_id",), "orders", "gui_orders_order_id"),
        ),
        Column("sub_order_id", "子订单", "Sub-order", ("sub_order_id",), 22),
        Column(
            "product",
            "商品",
            "Product",
            ("product_name",),
            30,
            SortKey(("o.product_name",), "orders", "gui_orders_product"),
        ),
        Column(
            "paid",
            "付款",
            "Paid",
            ("paid_at",),
            19,
            SortKey(("IFNULL(o.paid_at, '')",), "orders", "gui_orders_paid"),
            "time",
        ),
        Column(
            "shipped",
            "发货",
            "Shipped",
            ("shipped_at",),
            19,
            SortKey(("IFNULL(o.shipped_at, '')",), "orders", "gui_orders_shipped"),
            "time",
        ),
        Column("deadline", "发货时限", "Deadline", ("deadline",), 19, _DEADLINE, "time"),
        Column("rules", "规则", "Rules", ("rules_json",), 10, kind=_OWN),
        Column("reasons", "原因", "Reasons", ("reasons_json", "reasons_en_json"), 60, kind=_OWN),
        Column(
            "money",
            "涉及金额",
            "Money at stake",
            ("status", "compensation_fen"),
            14,
            SortKey(("IFNULL(v.compensation_fen, -1)",), "verdicts", "gui_verdicts_money"),
            _OWN,
            ("涉及金额（元）", "Money at stake (yuan)"),
        ),
        Column(
            "appeal",
            "可申诉/报备",
            "Appeal / pre-report",
            ("status", "appeal_candidate", "appeal_mark"),
            12,
            kind=_OWN,
        ),
        Column("flags", "标记", "Flags", ("flags_json",), 20, kind=_OWN),
        Column("tracking_no", "运单号", "Tracking number", ("tracking_no",), 20),
        Column("receiver", "收货人", "Receiver", ("receiver_name",), 12),
        Column("picked_up", "揽收时间", "Picked up", ("picked_up_at",), 19, kind="time"),
        Column(
            "promised", "承诺发货时间", "Promised ship time", ("promised_ship_at",), 19, kind="time"
        ),
        Column("as_of", "评估时间", "Evaluated as of", ("as_of",), 19, kind="time"),
    )
}


def title(name: str, english: bool, *, export: bool = False) -> str:
    """A column's title in the UI language (the exported sheet's own one where it has one)."""
    column = SPEC[name]
    if export and column.export_title is not None:
        return column.export_title[1 if english else 0]
    return column.title_en if english else column.title


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
    "shop",
    "tracking_no",
    "receiver",
    "picked_up",
    "promised",
)
#: Columns the table starts with hidden; the seller shows them from the header's menu.
HIDDEN_AT_FIRST: tuple[str, ...] = ("shop", "tracking_no", "receiver", "picked_up", "promised")

#: The exported sheet's columns, left to right: the table's and what a packing team also needs.
EXPORT_COLUMNS: tuple[str, ...] = tuple(c.name for c in SPEC.values() if c.export_width)

#: Column name → sort key. Columns not listed here do not sort.
SORT_KEYS: dict[str, SortKey] = {c.name: c.sort for c in SPEC.values() if c.sort is not None}
