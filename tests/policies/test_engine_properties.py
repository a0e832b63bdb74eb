"""Property tests: verdicts are deterministic; exempt orders never count against a rate."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.engine import evaluate_orders, false_shipping_keys
from policies.metrics import platform_metrics
from policies.records import Address, AffectedArea, OrderRecord, Platform, ProductRecord, Status

BASE = datetime(2022, 12, 12)
PLACES = [
    ("上海", "上海市", "浦东新区"),
    ("北京", "北京市", "朝阳区"),
    ("湖北省", "武汉市", "江汉区"),
]


@st.composite
def orders(draw: st.DrawFn) -> list[OrderRecord]:
    n = draw(st.integers(min_value=1, max_value=25))
    out = []
    for i in range(n):
        platform = draw(st.sampled_from(list(Platform)))
        paid = BASE + timedelta(minutes=draw(st.integers(0, 60 * 24 * 14)))
        promised = paid + timedelta(hours=draw(st.sampled_from([24, 48, 72])))
        shipped = draw(
            st.one_of(
                st.none(),
                st.integers(0, 60 * 24 * 5).map(lambda m, p=paid: p + timedelta(minutes=m)),
            )
        )
        place = draw(st.sampled_from(PLACES))
        out.append(
            OrderRecord(
                platform=platform,
                order_id=f"{i:019d}",
                paid_at=paid,
                promised_ship_at=promised,
                shipped_at=shipped,
                picked_up_at=None
                if shipped is None
                else shipped + timedelta(hours=draw(st.integers(0, 48))),
                paid_amount=Decimal(draw(st.integers(1, 5000))),
                product_id=draw(st.sampled_from(["A", "B"])),
                fulfilment_mode=draw(st.sampled_from(["", "POP", "JIT揽收", "JIT自寄"])),
                tracking_no=draw(st.sampled_from(["", "T1", "T2"])),
                receiver_name=draw(st.sampled_from(["甲", "乙"])),
                receiver_address=Address(*place),
                status_text=draw(st.sampled_from(["", "已发货", "交易关闭"])),
            )
        )
    return out


PRODUCTS = [
    ProductRecord(p, pid, promise_hours=48, last_month_sales=5, ship_from_address="上海市浦东新区")
    for p in Platform
    for pid in ("A", "B")
]
AREAS = [AffectedArea("上海", date(2022, 12, 10), date(2022, 12, 20))]


@settings(max_examples=60, deadline=None)
@given(orders(), st.integers(0, 60 * 24 * 30))
def test_same_data_and_as_of_give_the_same_verdicts(batch: list[OrderRecord], minutes: int) -> None:
    as_of = BASE + timedelta(minutes=minutes)
    first = evaluate_orders(batch, as_of, products=PRODUCTS, areas=AREAS)
    second = evaluate_orders(list(batch), as_of, products=list(PRODUCTS), areas=list(AREAS))
    assert first == second
    # order of evaluation does not change an order's verdict
    reversed_ = evaluate_orders(batch[::-1], as_of, products=PRODUCTS, areas=AREAS)
    assert first == reversed_[::-1]


@settings(max_examples=60, deadline=None)
@given(orders())
def test_exempt_orders_never_count_against_a_rate(batch: list[OrderRecord]) -> None:
    as_of = BASE + timedelta(days=30)
    ks = [o for o in batch if o.platform == Platform.KUAISHOU]
    verdicts = evaluate_orders(ks, as_of, products=PRODUCTS, areas=AREAS)
    with_areas = platform_metrics(
        Platform.KUAISHOU, ks, as_of, "month", date(2022, 12, 1), products=PRODUCTS, areas=AREAS
    )
    exempt = [v for v in verdicts if v.status == Status.EXEMPT]
    decided = [v for v in verdicts if v.status in (Status.ON_TIME, Status.LATE, Status.OVERDUE)]
    decided_in = [v for v in decided if v.deadline and v.deadline.month == 12]
    assert with_areas.on_time_rate.denominator == len(decided_in)
    assert all(v.compensation == 0 for v in exempt)
    # Dropping the exempt orders altogether changes nothing in the rates.
    keep = {(v.order_id) for v in verdicts if v.status != Status.EXEMPT}
    without = platform_metrics(
        Platform.KUAISHOU,
        [o for o in ks if o.order_id in keep],
        as_of,
        "month",
        date(2022, 12, 1),
        products=PRODUCTS,
        areas=AREAS,
    )
    assert without.on_time_rate == with_areas.on_time_rate
    assert without.pickup_anomaly_rate == with_areas.pickup_anomaly_rate


@settings(max_examples=80, deadline=None)
@given(orders(), st.integers(0, 60 * 24 * 20))
def test_false_shipping_flags_exactly_the_shared_waybills_to_different_receivers(
    batch: list[OrderRecord], minutes: int
) -> None:
    """D1 FAQ Q3, against the definition written plainly: group the orders shipped by the as-of
    instant by platform and waybill; a group with more than one receiver is flagged whole."""
    as_of = BASE + timedelta(minutes=minutes)
    groups: dict[tuple[str, str], list[OrderRecord]] = {}
    for o in batch:
        if o.tracking_no and o.shipped_at is not None and o.shipped_at <= as_of:
            groups.setdefault((o.platform, o.tracking_no.strip()), []).append(o)
    expected = {
        (o.platform, o.order_id, o.sub_order_id)
        for members in groups.values()
        if len({(m.receiver_name, m.receiver_address) for m in members}) > 1
        for o in members
    }
    assert false_shipping_keys(batch, as_of) == expected
