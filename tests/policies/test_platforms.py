"""The platform table: one row per `Platform`, in display order, with every name filled in."""

from __future__ import annotations

from policies.platforms import (
    PLATFORM_IDS,
    PLATFORM_TABLE,
    backend_name,
    platform_name,
    report_name,
)
from policies.records import Platform


def test_every_platform_has_one_row_in_display_order() -> None:
    assert PLATFORM_IDS == ("kuaishou", "douyin", "aliexpress")
    assert {p.platform for p in PLATFORM_TABLE} == set(Platform)
    for row in PLATFORM_TABLE:
        assert all((row.name_zh, row.name_en, row.backend_zh, row.report_zh, row.report_en))


def test_names_by_language_and_unknown_ids_kept() -> None:
    assert platform_name("douyin") == "抖店" and platform_name("douyin", True) == "Douyin"
    assert backend_name(Platform.KUAISHOU) == "快手小店"
    assert report_name("aliexpress") == "速卖通（半托管）"
    assert report_name("aliexpress", True) == "AliExpress (semi-managed)"
    assert platform_name("taobao") == backend_name("taobao") == report_name("taobao") == "taobao"
