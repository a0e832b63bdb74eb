"""desktop_app.evaluation.load: the bulk loader's records equal the plain cell-by-cell reading of
the stored rows, for every field and type, however awkward the stored values."""

from __future__ import annotations

import itertools
import tempfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest.mock import patch

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.evaluation import load
from desktop_app.evaluation.load import iter_rule_chunks
from desktop_app.store.connection import Store, open_store
from policies.records import Address, OrderRecord, Platform
from tests.evaluation.storedata import insert_orders

_RULE_FIELDS = (
    "status_text",
    "after_sale_status",
    "product_id",
    "paid_amount_fen",
    "paid_at",
    "promised_ship_at",
    "shipped_at",
    "picked_up_at",
    "online_at",
    "warehouse_at",
    "fulfilment_mode",
    "tracking_no",
    "ship_from_address",
)
_ADDRESS = ("receiver_province", "receiver_city", "receiver_district", "receiver_address")


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _reference(store: Store, addresses: bool) -> list[OrderRecord]:
    """What the rules' loader means, one cell at a time: every stored order in key order, the
    fields the rules read converted (platform member, Decimal yuan, naive datetimes, None for
    NULL or empty times), every other field at its default."""
    cols = ("platform", "order_id", "sub_order_id", *_RULE_FIELDS, *_ADDRESS)
    out = []
    for row in store.conn.execute(
        f"SELECT {', '.join(cols)} FROM orders ORDER BY platform, order_id, sub_order_id"
    ):
        r = dict(zip(cols, row, strict=True))
        fen = r["paid_amount_fen"]
        out.append(
            OrderRecord(
                platform=Platform(r["platform"]),
                order_id=r["order_id"],
                sub_order_id=r["sub_order_id"],
                status_text=r["status_text"],
                after_sale_status=r["after_sale_status"],
                product_id=r["product_id"],
                paid_amount=None if fen is None else Decimal(fen) * Decimal("0.01"),
                paid_at=_time(r["paid_at"]),
                promised_ship_at=_time(r["promised_ship_at"]),
                shipped_at=_time(r["shipped_at"]),
                picked_up_at=_time(r["picked_up_at"]),
                online_at=_time(r["online_at"]),
                warehouse_at=_time(r["warehouse_at"]),
                fulfilment_mode=r["fulfilment_mode"],
                tracking_no=r["tracking_no"],
                receiver_address=Address(*(r[c] for c in _ADDRESS)) if addresses else Address(),
                ship_from_address=r["ship_from_address"],
            )
        )
    return out


def _assert_identical(got: list[OrderRecord], expected: list[OrderRecord]) -> None:
    assert got == expected
    for g, e in zip(got, expected, strict=True):
        assert type(g) is OrderRecord
        assert type(g.receiver_address) is Address
        for field, a, b in zip(OrderRecord._fields, g, e, strict=True):
            assert type(a) is type(b), field
            if isinstance(a, Decimal) and isinstance(b, Decimal):  # same exponent: 1.50, not 1.5
                assert a.as_tuple() == b.as_tuple(), field
        assert g.platform is e.platform


def _check(store: Store) -> None:
    # Chunks after the first are read plain or packed depending on the one before: force each.
    for packed_up_to in (-1.0, 0.25, 1.0):
        with patch.object(load, "_PACKED_UP_TO", packed_up_to):
            _check_chunks(store)


def _check_chunks(store: Store) -> None:
    for addresses in (False, True):
        expected = _reference(store, addresses)
        for size in (1, 3, 20000):
            chunks = list(iter_rule_chunks(store, size=size, addresses=addresses))
            assert all(0 < len(c) <= size for c in chunks)
            _assert_identical(list(itertools.chain.from_iterable(chunks)), expected)
        for platform in Platform:
            got = [o for c in iter_rule_chunks(store, platform, 2, addresses) for o in c]
            mine = [o for o in expected if o.platform is platform]
            _assert_identical(got, mine)
            if mine:  # resuming within one platform, as evaluate_store does
                k = mine[0]
                after = (k.platform.value, k.order_id, k.sub_order_id)
                got = [o for c in iter_rule_chunks(store, platform, 2, addresses, after) for o in c]
                _assert_identical(got, mine[1:])
        if len(expected) > 2:  # resuming after a key, as evaluate_store does
            k = expected[1]
            got = [
                o
                for c in iter_rule_chunks(
                    store, None, 2, addresses, after=(k.platform.value, k.order_id, k.sub_order_id)
                )
                for o in c
            ]
            _assert_identical(got, expected[2:])


AWKWARD: list[dict[str, Any]] = [
    {"platform": "kuaishou", "order_id": "1"},  # every field at its stored default (NULL / '')
    {
        "platform": "kuaishou",
        "order_id": "2",
        "paid_amount_fen": 0,
        "paid_at": "",  # an empty time text reads as None, as NULL does
        "promised_ship_at": "2024-06-01 10:00",  # stored without seconds
        "shipped_at": "2024-06-01 10:00:59",
        "picked_up_at": "2024-06-02 00:00:00",
    },
    {"platform": "kuaishou", "order_id": "3", "paid_amount_fen": -1, "online_at": "2024-06-03"},
    {"platform": "douyin", "order_id": "4", "sub_order_id": "4-1", "paid_amount_fen": 1},
    {"platform": "douyin", "order_id": "4", "sub_order_id": "4-2", "paid_amount_fen": 10**15},
    {
        "platform": "aliexpress",
        "order_id": "5",
        "paid_amount_fen": 1999,
        "fulfilment_mode": "JIT揽收",
        "warehouse_at": "2024-06-04 08:00:00",
    },
    {"platform": "aliexpress", "order_id": "6", "fulfilment_mode": "3\x1fab\x1f"},  # separators
    {"platform": "aliexpress", "order_id": "7", "ship_from_address": "仓\x1f库\x1f1\x1f"},
    {"platform": "aliexpress", "order_id": "8", "fulfilment_mode": "a\x00b", "paid_amount_fen": 5},
    {"platform": "aliexpress", "order_id": "9", "ship_from_address": "\x00", "online_at": ""},
    {
        "platform": "aliexpress",
        "order_id": "10",
        "fulfilment_mode": "[1]",
        "ship_from_address": "%s%",
    },
    {"platform": "kuaishou", "order_id": "11", "fulfilment_mode": "😀𝄞", "ship_from_address": "😀"},
    {
        "platform": "kuaishou",
        "order_id": "12",
        "status_text": "已发货",
        "after_sale_status": "退款成功",
        "product_id": "00123",
        "tracking_no": " SF 1 ",
        "receiver_province": "浙江省",
        "receiver_city": "",
        "receiver_district": "西湖区",
        "receiver_address": "文三路\x00 90 号",
        "ship_from_address": "杭州",
    },
]


def test_rule_records_equal_the_cell_by_cell_reading_for_awkward_values(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        insert_orders(store.conn, AWKWARD)
        _check(store)


def test_unknown_stored_platform_is_an_error_as_before(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        insert_orders(store.conn, [{"platform": p, "order_id": "1"} for p in ("", "kuaishou", "x")])
        for platform in (None, "", "x"):
            with pytest.raises(ValueError):
                list(iter_rule_chunks(store, platform))
        assert list(iter_rule_chunks(store, "y")) == []  # nothing stored: nothing to convert


_texts = st.text(max_size=6) | st.sampled_from(["", "\x1f", "\x00", "3\x1f", "[", "%d", "POP"])
_times = (
    st.none()
    | st.sampled_from(["", "2024-06-01 00:00", "2024-02-29 23:59:59"])
    | (
        st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31)).map(
            lambda d: d.replace(microsecond=0).isoformat(" ")
        )
    )
)
_orders = st.lists(
    st.fixed_dictionaries(
        {
            "platform": st.sampled_from([p.value for p in Platform]),
            "order_id": st.text(min_size=1, max_size=4),
            "sub_order_id": st.sampled_from(["", "1", "2"]),
            "status_text": _texts,
            "after_sale_status": _texts,
            "product_id": _texts,
            "paid_amount_fen": st.none() | st.integers(-(10**12), 10**12),
            "paid_at": _times,
            "promised_ship_at": _times,
            "shipped_at": _times,
            "picked_up_at": _times,
            "online_at": _times,
            "warehouse_at": _times,
            "fulfilment_mode": _texts,
            "tracking_no": _texts,
            "ship_from_address": _texts,
            "receiver_province": _texts,
            "receiver_address": _texts,
        }
    ),
    max_size=8,
    unique_by=lambda o: (o["platform"], o["order_id"], o["sub_order_id"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_orders)
def test_rule_records_equal_the_cell_by_cell_reading_property(orders: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as d, open_store(Path(d) / "x.db") as store:
        insert_orders(store.conn, orders)
        _check(store)
