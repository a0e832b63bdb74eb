"""The columns of an order's line: one specification for the order table, its sort keys and their
indexes, the order-list export, the evidence bundle's order sheet and the reports' order tables.
No Qt here (the GUI translates each column's title by its name).

A column names the line fields (`lines.FIELD_SQL`) it shows; a sortable one has a `SortKey` — SQL
expressions that are never NULL, on the verdict or the order — and the name of the store's index
that gives rows in that order (`tests/store/test_read_columns.py` checks each index exists with
exactly those expressions, so the page planner's plans stay index reads). Each reader lists the
columns it shows by name (`TABLE_COLUMNS`, `EXPORT_COLUMNS`, `EVIDENCE_COLUMNS`; the report
templates as ``{{ c.name }}``) and takes their titles from here.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    fields: tuple[str, ...]  # the line fields its cells are made from (`lines.FIELD_SQL`)
    export_width: int = 0  # width in an exported sheet, in characters
    sort: SortKey | None = None
    kind: str = "text"
    export_title: tuple[str, str] | None = None  # (Chinese, English) when the sheet says more


_URGENCY = SortKey(("v.urgency", "IFNULL(v.deadline, '~')"), "verdicts", "gui_verdicts_urgency")
_DEADLINE = SortKey(("IFNULL(v.deadline, '~')",), "verdicts", "gui_verdicts_deadline")
_OWN = "own"

#: Every column, by name.
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
        # What the reports and the evidence bundle show besides.
        Column("product_id", "商品ID", "Product ID", ("product_id",), 16),
        Column("quantity", "数量", "Quantity", ("quantity",), 6, kind=_OWN),
        Column(
            "paid_amount",
            "实付金额",
            "Amount paid",
            ("paid_amount_fen",),
            12,
            kind=_OWN,
            export_title=("实付金额（元）", "Amount paid (yuan)"),
        ),
        Column("online", "上网时间", "First scan online", ("online_at",), 19, kind="time"),
        Column("warehouse", "到仓时间", "At the warehouse", ("warehouse_at",), 19, kind="time"),
        Column("carrier", "快递公司", "Carrier", ("carrier",), 10),
        Column(
            "region",
            "收货地区",
            "Receiver's region",
            ("receiver_province", "receiver_city", "receiver_district"),
            18,
            kind=_OWN,
        ),
        Column(
            "lateness",
            "超时",
            "Late by",
            ("status", "deadline", "shipped_at", "as_of"),
            10,
            kind=_OWN,
            export_title=("超时（分钟）", "Late by (minutes)"),
        ),
        Column(
            "candidate",
            "按规则可申诉",
            "Appealable under the rules",
            ("appeal_candidate",),
            9,
            kind=_OWN,
        ),
        Column("seller_mark", "卖家标记", "Marked by the seller", ("appeal_mark",), 9, kind=_OWN),
        Column("appeal_reason", "申诉理由", "Appeal reason", ("appeal_reason",), 40, kind=_OWN),
        Column("note", "商家说明", "Seller's note", ("note",), 30),
        Column("attachments", "证据文件", "Evidence files", (), 30, kind=_OWN),
        Column("source_file", "来源文件", "Source file", ("source_file",), 26),
        Column("source_sheet", "来源工作表", "Source sheet", ("source_sheet",), 12),
        Column("source_row", "来源行", "Source row", ("source_row",), 8, kind=_OWN),
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

#: The order-list export's columns, left to right: the table's and what a packing team also needs.
EXPORT_COLUMNS: tuple[str, ...] = (
    "status",
    "countdown",
    "platform",
    "shop",
    "order_id",
    "sub_order_id",
    "product",
    "paid",
    "shipped",
    "deadline",
    "rules",
    "reasons",
    "money",
    "appeal",
    "flags",
    "tracking_no",
    "receiver",
    "picked_up",
    "promised",
    "as_of",
)

#: The evidence bundle's order sheet, left to right: every stored value a reviewer may check, and
#: where it came from (the receiver's region only: the bundle leaves the shop's hands).
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "platform",
    "order_id",
    "sub_order_id",
    "shop",
    "product_id",
    "product",
    "quantity",
    "paid_amount",
    "paid",
    "promised",
    "deadline",
    "shipped",
    "picked_up",
    "online",
    "warehouse",
    "carrier",
    "tracking_no",
    "region",
    "status",
    "lateness",
    "rules",
    "money",
    "candidate",
    "seller_mark",
    "appeal_reason",
    "reasons",
    "note",
    "attachments",
    "source_file",
    "source_sheet",
    "source_row",
)


def fields_of(names: Iterable[str]) -> tuple[str, ...]:
    """The line fields these columns are made from, each once, in column order."""
    return tuple(dict.fromkeys(f for name in names for f in SPEC[name].fields))


#: Column name → sort key. Columns not listed here do not sort.
SORT_KEYS: dict[str, SortKey] = {c.name: c.sort for c in SPEC.values() if c.sort is not None}
