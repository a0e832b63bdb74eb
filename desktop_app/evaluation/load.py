"""Stored rows → policy-engine records, with one query per table.

Times are stored as canonical ``YYYY-MM-DD HH:MM:SS`` China-time text; money as integer fen.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import repeat
from typing import Any

from desktop_app.chinatime import parse_time
from desktop_app.evaluation.rule_set import rule_definitions
from desktop_app.store.settings import all_settings
from desktop_app.store.source import Source, connection_of
from policies.params import ParameterSet
from policies.records import Address, AffectedArea, OrderRecord, Platform, ProductRecord

# The `orders` columns an OrderRecord is read from, in its field order: the amount is stored in
# fen and the receiver's address in four columns.
_STORED_AS = {
    "paid_amount": ("paid_amount_fen",),
    "receiver_address": (
        "receiver_province",
        "receiver_city",
        "receiver_district",
        "receiver_address",
    ),
}
ORDER_COLUMNS: tuple[str, ...] = tuple(
    column for field in OrderRecord._fields for column in _STORED_AS.get(field, (field,))
)

_FEN = Decimal("0.01")

_PLATFORMS: dict[str, Platform] = {p.value: p for p in Platform}
_new_tuple: Any = tuple.__new__
_from_iso = datetime.fromisoformat


def order_from_row(row: tuple[Any, ...]) -> OrderRecord:
    """One `orders` row (in ORDER_COLUMNS order) as an OrderRecord.

    The hot path of loading every order: no per-field function calls beyond the parse itself,
    and the NamedTuples are filled directly (`tuple.__new__`).
    """
    (
        platform,
        order_id,
        sub_order_id,
        shop,
        status_text,
        after_sale_status,
        order_type,
        product_id,
        product_name,
        quantity,
        paid_fen,
        created_at,
        paid_at,
        promised,
        shipped,
        picked,
        online,
        warehouse,
        completed,
        cancel_reason,
        mode,
        carrier,
        tracking,
        r_name,
        r_phone,
        r_prov,
        r_city,
        r_dist,
        r_addr,
        ship_from,
    ) = row
    pt = _from_iso
    record: OrderRecord = _new_tuple(
        OrderRecord,
        (
            _PLATFORMS.get(platform) or Platform(platform),
            order_id,
            sub_order_id,
            shop,
            status_text,
            after_sale_status,
            order_type,
            product_id,
            product_name,
            quantity,
            None if paid_fen is None else Decimal(paid_fen) * _FEN,
            pt(created_at) if created_at else None,
            pt(paid_at) if paid_at else None,
            pt(promised) if promised else None,
            pt(shipped) if shipped else None,
            pt(picked) if picked else None,
            pt(online) if online else None,
            pt(warehouse) if warehouse else None,
            pt(completed) if completed else None,
            cancel_reason,
            mode,
            carrier,
            tracking,
            r_name,
            r_phone,
            _new_tuple(Address, (r_prov, r_city, r_dist, r_addr)),
            ship_from,
        ),
    )
    return record


# What the per-order rules read (policies.kuaishou/douyin/aliexpress/deadlines): the bulk
# evaluation loads only these (fewer columns fetched, fewer times parsed). The receiver address is
# read by K1 alone, so it is loaded only when affected areas exist. The false-shipping pass
# (receiver name/phone) has its own query (`shared_tracking_orders`), with every column.
_DENSE_RULE_COLUMNS = (
    "platform",
    "order_id",
    "sub_order_id",
    "status_text",
    "after_sale_status",
    "product_id",
    "paid_amount_fen",
    "paid_at",
    "promised_ship_at",
    "shipped_at",
    "tracking_no",
)
_SPARSE_RULE_COLUMNS = (
    "picked_up_at",
    "online_at",
    "warehouse_at",
    "fulfilment_mode",
    "ship_from_address",
)
RULE_COLUMNS = _DENSE_RULE_COLUMNS + _SPARSE_RULE_COLUMNS
_ADDRESS_COLUMNS = _STORED_AS["receiver_address"]

# The five RULE_COLUMNS most orders leave empty (the logistics-sheet times, the fulfilment mode and
# the warehouse address) can come as ONE cell: NULL when all five are empty, else all five packed
# in one text. Each cell costs Python's sqlite3 some 60-180 ns whatever it holds, so this took the
# fetch of 1M Kuaishou orders (none with logistics data) from 3.0 to 2.5 s CPU; but unpacking a
# filled cell costs ~2 us more than five plain cells, so iter_rule_chunks reads a chunk packed
# only while most rows of the chunk before had none of the five (see `_PACKED_UP_TO`). The packing
# is exact: the free texts (mode, address) come last, the mode with its length in front (SQLite's
# length() and Python's len() count the same code points), and a row with a NUL character
# anywhere in them (printf and length() stop at the first) is sent as a JSON array instead.
# `_sparse_fields` unpacks both forms.
_SPARSE_SQL = (
    "CASE WHEN picked_up_at IS NULL AND online_at IS NULL AND warehouse_at IS NULL "
    "AND fulfilment_mode = '' AND ship_from_address = '' THEN NULL "
    "WHEN instr(ifnull(picked_up_at, '') || ifnull(online_at, '') || ifnull(warehouse_at, '') "
    "|| fulfilment_mode || ship_from_address, char(0)) "
    "THEN json_array(picked_up_at, online_at, warehouse_at, fulfilment_mode, ship_from_address) "
    "ELSE printf('%s' || char(31) || '%s' || char(31) || '%s' || char(31) || '%d' || char(31) "
    "|| '%s%s', picked_up_at, online_at, warehouse_at, length(fulfilment_mode), fulfilment_mode, "
    "ship_from_address) END"
)
# (the platform is not selected: one query per platform, see iter_rule_chunks)
_PACKED_SELECT = ", ".join((*_DENSE_RULE_COLUMNS[1:], _SPARSE_SQL))
_PLAIN_SELECT = ", ".join(RULE_COLUMNS[1:])
# A chunk is read packed after one whose rows had sparse data in at most this share.
_PACKED_UP_TO = 0.25
_SEP = "\x1f"


class _Money(dict[int | None, Decimal | None]):
    """fen → Decimal yuan, exactly as `Decimal(fen) * 0.01`, memoised (amounts repeat); None →
    None. A dict subclass, so a hit is a plain subscript (no Python call)."""

    def __missing__(self, fen: int) -> Decimal:
        if len(self) > 200_000:
            self.clear()
            self[None] = None
        yuan = self[fen] = Decimal(fen) * _FEN
        return yuan


class _Platforms(dict[str, Platform]):
    """Stored platform text → Platform member (ValueError for an unknown one, as `Platform()`)."""

    def __missing__(self, text: str) -> Platform:
        return Platform(text)


_NO_ADDRESS = Address()
_YUAN = _Money({None: None})
_PLATFORM = _Platforms(_PLATFORMS)


def _sparse_fields(
    cell: str,
) -> tuple[datetime | None, datetime | None, datetime | None, str, str]:
    """The packed `_SPARSE_SQL` cell (not NULL) → picked_up_at, online_at, warehouse_at,
    fulfilment_mode, ship_from_address."""
    # The JSON form (a NUL somewhere) starts with "["; the packed one with a time text or its
    # separator (a stored time starting with "[" is no time: JSON then fails, as parsing did).
    if cell.startswith("["):
        picked, online, warehouse, mode, ship_from = json.loads(cell)
    else:
        picked, online, warehouse, length, rest = cell.split(_SEP, 4)
        mode, ship_from = rest[: int(length)], rest[int(length) :]
    pt = _from_iso
    return (
        pt(picked) if picked else None,
        pt(online) if online else None,
        pt(warehouse) if warehouse else None,
        mode,
        ship_from,
    )


def _rule_record(
    platform: Platform,
    row: tuple[Any, ...],
    picked: datetime | None,
    online: datetime | None,
    warehouse: datetime | None,
    mode: str,
    ship_from: str,
    address: Address,
) -> OrderRecord:
    """The OrderRecord of a rule-columns row (its first ten cells: order id … tracking number)
    and its decoded scan times, mode and ship-from; the fields no rule reads keep their
    defaults."""
    pt = _from_iso
    paid_at, promised, shipped = row[6], row[7], row[8]
    record: OrderRecord = _new_tuple(
        OrderRecord,
        (
            platform,
            row[0],
            row[1],
            "",
            row[2],
            row[3],
            "",
            row[4],
            "",
            None,
            _YUAN[row[5]],
            None,
            pt(paid_at) if paid_at else None,
            pt(promised) if promised else None,
            pt(shipped) if shipped else None,
            picked,
            online,
            warehouse,
            None,
            "",
            mode,
            "",
            row[9],
            "",
            "",
            address,
            ship_from,
        ),
    )
    return record


def rule_order_from_row(platform: Platform, row: tuple[Any, ...]) -> OrderRecord:
    """A row of `iter_rule_chunks`' query of one platform — the rule columns with the sparse ones
    packed in one cell (+ the four receiver-address columns when selected) — as an OrderRecord."""
    sparse = row[10]
    address = _new_tuple(Address, row[11:]) if len(row) > 11 else _NO_ADDRESS
    if sparse is None:
        return _rule_record(platform, row, None, None, None, "", "", address)
    return _rule_record(platform, row, *_sparse_fields(sparse), address)


def plain_rule_order_from_row(platform: Platform, row: tuple[Any, ...]) -> OrderRecord:
    """A row of `iter_rule_chunks`' plain query (`RULE_COLUMNS` but the platform, + the four
    receiver-address columns when selected) as an OrderRecord, as `rule_order_from_row`."""
    pt = _from_iso
    picked, online, warehouse = row[10], row[11], row[12]
    return _rule_record(
        platform,
        row,
        pt(picked) if picked else None,
        pt(online) if online else None,
        pt(warehouse) if warehouse else None,
        row[13],
        row[14],
        _new_tuple(Address, row[15:]) if len(row) > 15 else _NO_ADDRESS,
    )


def iter_rule_orders_where(
    store: Source,
    platform: Platform,
    where: str,
    args: dict[str, Any],
    addresses: bool,
) -> Iterator[OrderRecord]:
    """`platform`'s stored orders matching the SQL condition `where` (named `args`; the caller
    restricts the platform), with what the per-order rules read (`RULE_COLUMNS`, the receiver
    address only with `addresses`) and the order type (K4 reads it), in no set order."""
    cols = ("order_type", *RULE_COLUMNS[1:], *(_ADDRESS_COLUMNS if addresses else ()))
    convert = plain_rule_order_from_row
    for row in connection_of(store).execute(
        f"SELECT {', '.join(cols)} FROM orders WHERE {where}", args
    ):
        record = convert(platform, row[1:])
        # (most exports leave the type empty: no second tuple for those)
        yield record._replace(order_type=row[0]) if row[0] else record


def _has_sparse(record: OrderRecord) -> bool:
    return bool(
        record.picked_up_at
        or record.online_at
        or record.warehouse_at
        or record.fulfilment_mode
        or record.ship_from_address
    )


_KEY_AFTER = (
    "(platform, order_id, sub_order_id) > (?, ?, ?) "
    "AND (platform, order_id, sub_order_id) < (?, '', '')"
)


def iter_rule_chunks(
    store: Source,
    platform: Platform | str | None = None,
    size: int = 20000,
    addresses: bool = True,
    after: tuple[str, str, str] | None = None,
) -> Generator[list[OrderRecord], None, None]:
    """Stored orders in primary-key order, `size` at a time (at most; a chunk holds one
    platform), with only what the per-order rules read (`RULE_COLUMNS`; the receiver address only
    with `addresses`); only keys after `after` when given."""
    conn = connection_of(store)
    address = ", " + ", ".join(_ADDRESS_COLUMNS) if addresses else ""
    # One query per stored platform (found by index seeks, in key order), so the platform column
    # is neither fetched nor converted for every row. And one query per chunk (a seek
    # of the key after the last), each packed or plain as the chunk before suggests.
    text = str(platform) if platform else _next_platform(conn, after[0] if after else "", True)
    while text is not None:
        key: tuple[str, str, str] | None = None
        if after is not None and text <= after[0]:
            if text < after[0]:
                return
            key = after
        packed = False  # (a wrong guess costs far less this way round)
        while True:
            where = _KEY_AFTER if key else "platform = ?"
            args = [*key, text + "\0"] if key else [text]
            rows = conn.execute(
                f"SELECT {_PACKED_SELECT if packed else _PLAIN_SELECT}{address} FROM orders "
                f"WHERE {where} ORDER BY platform, order_id, sub_order_id LIMIT ?",
                (*args, size),
            ).fetchall()
            if not rows:
                break
            member = _PLATFORM[text]  # ValueError for a platform ShipCheck does not know
            if packed:
                chunk = list(map(rule_order_from_row, repeat(member), rows))
                filled = len(rows) - [r[10] for r in rows].count(None)
            else:
                chunk = list(map(plain_rule_order_from_row, repeat(member), rows))
                filled = sum(map(_has_sparse, chunk[::16])) * 16  # a sample is enough
            yield chunk
            if len(rows) < size:
                break
            packed = filled <= len(rows) * _PACKED_UP_TO
            last = chunk[-1]
            key = (text, last.order_id, last.sub_order_id)
        if platform:
            return
        text = _next_platform(conn, text, False)


def _next_platform(conn: sqlite3.Connection, text: str, inclusive: bool) -> str | None:
    """The first stored platform from (or after) `text` (one index seek), None when none is."""
    op = ">=" if inclusive else ">"
    row = conn.execute(f"SELECT min(platform) FROM orders WHERE platform {op} ?", (text,))
    found: str | None = row.fetchone()[0]
    return found


def load_context_inputs(
    store: Source,
) -> tuple[list[ProductRecord], list[AffectedArea], dict[str, Any]]:
    """Products, areas and settings (everything but the orders)."""
    return load_products(store), load_areas(store), all_settings(connection_of(store))


@dataclass(slots=True)
class Inputs:
    """Everything the engine needs, loaded from the store."""

    orders: list[OrderRecord]
    products: list[ProductRecord]
    areas: list[AffectedArea]
    settings: dict[str, Any] = field(default_factory=dict)
    params: ParameterSet = field(default_factory=ParameterSet)


def _orders_sql(platform: Platform | str | None) -> tuple[str, tuple[str, ...]]:
    sql = f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders"
    args: tuple[str, ...] = ()
    if platform:
        sql += " WHERE platform = ?"
        args = (str(platform),)
    return sql + " ORDER BY platform, order_id, sub_order_id", args


def load_orders(store: Source, platform: Platform | str | None = None) -> list[OrderRecord]:
    """Every stored order (of one platform), in primary-key order."""
    sql, args = _orders_sql(platform)
    return [order_from_row(r) for r in connection_of(store).execute(sql, args)]


def iter_order_chunks(
    store: Source, platform: Platform | str | None = None, size: int = 20000
) -> Iterator[list[OrderRecord]]:
    """Stored orders in primary-key order, `size` at a time (constant memory for big stores)."""
    sql, args = _orders_sql(platform)
    cur = connection_of(store).execute(sql, args)
    while rows := cur.fetchmany(size):
        yield [order_from_row(r) for r in rows]


def count_orders(store: Source, platform: Platform | str | None = None) -> int:
    """How many orders (of one platform) are stored."""
    conn = connection_of(store)
    if platform:
        row = conn.execute("SELECT COUNT(*) FROM orders WHERE platform = ?", (str(platform),))
    else:
        row = conn.execute("SELECT COUNT(*) FROM orders")
    return int(row.fetchone()[0])


def platforms_with_pickup_scans(
    store: Source, platforms: tuple[Platform, ...] = tuple(Platform)
) -> set[str]:
    """Those of `platforms` (default: all) whose stored orders carry at least one carrier pickup
    scan (揽收时间); each one without costs a walk of its orders.

    Pickup anomalies are only judged for these (see `policies.context.EvalContext.pickup_data`).
    """
    conn = connection_of(store)
    return {
        str(p)
        for p in platforms
        if conn.execute(
            "SELECT 1 FROM orders WHERE platform = ? AND picked_up_at IS NOT NULL LIMIT 1",
            (str(p),),
        ).fetchone()
    }


# Every character str.strip() removes (the false-shipping pass compares stripped numbers) is
# below "!" or at least U+0085 (a test checks every code point).
FIRST_NON_ASCII_SPACE = "\x85"


def shared_tracking_orders(
    store: Source, as_of: datetime, platform: Platform | str | None = None
) -> list[OrderRecord]:
    """Orders shipped by `as_of` whose tracking number may be shared with another order: the
    candidates for the false-shipping pass (D1 FAQ Q3), found in SQL instead of loading all.

    Two walks of the tracking-number index find the numbers stored more than once and those with
    surrounding whitespace (plus their stripped form); every order of a group the pass can form
    (same platform, same stripped number, shipped by `as_of`) has one of these numbers, so
    `policies.engine.false_shipping_keys` over the candidates gives exactly its result over all
    orders.
    """
    conn = connection_of(store)
    numbers: set[str] = set()
    for (number,) in conn.execute(
        "SELECT tracking_no FROM orders WHERE tracking_no <> '' GROUP BY tracking_no "
        "HAVING COUNT(*) > 1"
    ):
        numbers.add(number)
        numbers.add(number.strip())
    # Numbers with surrounding whitespace, in a second walk of the index: every whitespace
    # character is below '!' or from U+0085 on, so only a number whose first or last character is
    # can have any, and those few are checked exactly here. (A `trim(tracking_no, ?)` per number
    # in the HAVING above cost 0.4 s CPU at 1M orders; this walk 0.09 s.)
    for (number,) in conn.execute(
        "SELECT tracking_no FROM orders WHERE tracking_no <> '' "
        "AND (NOT (tracking_no >= '!' AND tracking_no < ?1) "
        "OR substr(tracking_no, -1) NOT BETWEEN '!' AND ?2)",
        (FIRST_NON_ASCII_SPACE, chr(ord(FIRST_NON_ASCII_SPACE) - 1)),
    ):
        if number != number.strip():
            numbers.add(number)
            numbers.add(number.strip())
    if not numbers:
        return []
    sql = (
        f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders WHERE tracking_no <> '' AND tracking_no "
        "IN (SELECT value FROM json_each(?)) AND shipped_at IS NOT NULL AND shipped_at <= ?"
    )
    args = [json.dumps(sorted(numbers), ensure_ascii=False), as_of.isoformat(" ", "seconds")]
    if platform:
        sql += " AND platform = ?"
        args.append(str(platform))
    return [order_from_row(r) for r in conn.execute(sql, args)]


def load_products(store: Source) -> list[ProductRecord]:
    """Every stored product sheet row."""
    out = []
    for r in connection_of(store).execute(
        "SELECT platform, product_id, name, listed_at, last_month_sales, promise_hours, "
        "uses_freight_template, ship_from_address, fulfilment_mode FROM products"
    ):
        out.append(
            ProductRecord(
                Platform(r[0]),
                r[1],
                r[2],
                parse_time(r[3]),
                r[4],
                r[5],
                None if r[6] is None else bool(r[6]),
                r[7],
                r[8],
            )
        )
    return out


def load_areas(store: Source) -> list[AffectedArea]:
    """Every affected area (K1)."""
    return [
        AffectedArea(
            region=r[0],
            start=date.fromisoformat(r[4]),
            end=date.fromisoformat(r[5]) if r[5] else None,
            province=r[1],
            city=r[2],
            district=r[3],
            note=r[6],
        )
        for r in connection_of(store).execute(
            "SELECT region, province, city, district, start_date, end_date, note "
            "FROM affected_areas ORDER BY id"
        )
    ]


def load_inputs(store: Source, platform: Platform | str | None = None) -> Inputs:
    """Orders (of one platform, or all), products, areas, settings and the parameter set."""
    settings = all_settings(connection_of(store))
    return Inputs(
        orders=load_orders(store, platform),
        products=load_products(store),
        areas=load_areas(store),
        settings=settings,
        params=ParameterSet.from_settings(settings, rule_definitions(connection_of(store))),
    )
