"""Which rule ids the platform metrics cite: K1 names the pickup-anomaly rate and its carry-over
for Kuaishou (seed 000); the other platforms' rates follow the cross-cutting definition."""

from __future__ import annotations

from datetime import date, datetime

from policies.metrics import platform_metrics
from policies.records import Platform
from tests.policies.casefile import make_order

AS_OF = datetime(2024, 5, 21, 18, 0, 0)


def _metrics(platform: Platform, shipped: str | None):  # type: ignore[no-untyped-def]
    order = make_order(
        {
            "order_id": "1",
            "paid_at": "2024-05-13 09:00:00",
            "promised_ship_at": "2024-05-14 09:00:00",
            "shipped_at": shipped,
            "picked_up_at": None,
        },
        platform.value,
    )
    return platform_metrics(platform, [order], AS_OF, "week", date(2024, 5, 13))


def test_pickup_anomaly_rate_cites_k1_for_kuaishou_only() -> None:
    for platform in Platform:
        m = _metrics(platform, "2024-05-14 08:00:00")
        want = ("K1",) if platform is Platform.KUAISHOU else ()
        assert m.pickup_anomaly_rate.rules == want, platform


def test_carry_over_note_cites_k1_for_kuaishou_only() -> None:
    for platform in Platform:
        m = _metrics(platform, None)  # nothing shipped: no assessable pickup in the window
        notes = [n for n in m.notes if "沿用上一期" in n and "揽收异常率" in n]
        notes_en = [n for n in m.notes_en if "carries over" in n and "Pickup" in n]
        assert notes and notes_en, (platform, m.notes)
        kuaishou = platform is Platform.KUAISHOU
        assert ("（K1）" in notes[0]) is kuaishou and ("(K1)" in notes_en[0]) is kuaishou
        assert ("公告未明说" in notes[0]) is not kuaishou and (
            "the announcement does not say" in notes_en[0]
        ) is not kuaishou
