"""Address resolution (policies.regions) and the working-day calendar (policies.calendar)."""

from __future__ import annotations

from datetime import date

import pytest

from policies.calendar import DATA_LAST_YEAR, WorkCalendar
from policies.records import AffectedArea
from policies.regions import Region, area_region, region_in, resolve


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("上海", "上海市", "浦东", ""), Region("上海市", "上海市", "浦东新区")),
        (("上海市", "", "浦东新区", ""), Region("上海市", "上海市", "浦东新区")),
        (("", "", "", "上海浦东新区张江路1号"), Region("上海市", "上海市", "浦东新区")),
        (("内蒙古", "呼和浩特", "", ""), Region("内蒙古自治区", "呼和浩特市", "")),
        (
            ("内蒙古自治区", "", "", "包头市昆都仑区钢铁大街"),
            Region("内蒙古自治区", "包头市", "昆都仑区"),
        ),
        (("吉林省", "长春市", "朝阳区", ""), Region("吉林省", "长春市", "朝阳区")),
        (("北京", "北京市", "朝阳区", ""), Region("北京市", "北京市", "朝阳区")),
        (("", "", "", "武汉"), Region("湖北省", "武汉市", "")),
        (("广东省", "东莞市", "", "某镇某路"), Region("广东省", "东莞市", "")),
    ],
)
def test_resolve_forms(args: tuple[str, str, str, str], expected: Region) -> None:
    assert resolve(*args) == expected


def test_ambiguous_district_without_context_is_not_guessed() -> None:
    assert resolve("", "", "", "朝阳区某路") == Region()


def test_area_levels() -> None:
    pudong = resolve("上海", "上海市", "浦东", "")
    huangpu = resolve("上海", "上海市", "黄浦区", "")
    shanghai = area_region(AffectedArea("上海", date(2022, 4, 1)))
    pudong_area = area_region(AffectedArea("上海市浦东新区", date(2022, 4, 1)))
    assert region_in(pudong, shanghai) and region_in(huangpu, shanghai)
    assert region_in(pudong, pudong_area) and not region_in(huangpu, pudong_area)
    assert not region_in(pudong, Region())


def test_calendar_holidays_and_makeup_days() -> None:
    cal = WorkCalendar()
    assert cal.is_workday(date(2024, 4, 28))  # Sunday make-up day (调休)
    assert not cal.is_workday(date(2024, 5, 1))  # Labour Day
    assert not cal.is_workday(date(2024, 6, 15))  # ordinary Saturday
    assert cal.add_workdays(date(2024, 4, 30), 2) == (date(2024, 5, 7), False)


def test_calendar_fallback_is_visible_beyond_data() -> None:
    cal = WorkCalendar()
    year = DATA_LAST_YEAR + 1
    day, fallback = cal.add_workdays(date(year, 3, 1), 1)
    assert fallback is True and day.weekday() < 5


def test_seller_overrides_win() -> None:
    cal = WorkCalendar(extra_holidays=[date(2024, 6, 12)], extra_workdays=[date(2024, 6, 15)])
    assert not cal.is_workday(date(2024, 6, 12))
    assert cal.is_workday(date(2024, 6, 15))


def _divisions() -> list[tuple[str, str]]:
    from policies.regions import DATA_FILE

    rows = [ln.split("\t") for ln in DATA_FILE.read_text(encoding="utf-8").splitlines()]
    return [(code, name) for code, name in (r for r in rows if len(r) == 2 and r[0].isdigit())]


def test_address_columns_shortcut_gives_what_the_full_resolution_gives() -> None:
    """resolve_address answers from the three columns alone when each resolves its own level
    (the full address string is unique per order, so keying a cache on it never hits): over real
    divisions, short and wrong column forms, and strings that name the same or another place,
    the answer equals resolving columns and string together, uncached."""
    import random

    from policies.records import Address
    from policies.regions import _by_columns, _resolve, resolve_address

    divisions = _divisions()
    names = dict(divisions)
    districts = [(c, n) for c, n in divisions if not c.endswith("00")]
    rnd = random.Random(11)
    shortcut = 0
    for _ in range(3000):
        code, district = rnd.choice(districts)
        province = names.get(code[:2] + "0000", "")
        city = names.get(code[:4] + "00", "") or province
        columns = [province, city, district]
        if rnd.random() < 0.3:  # a short form, a typo or a blank in one column
            i = rnd.randrange(3)
            columns[i] = rnd.choice([columns[i][:2], columns[i] + "X", "", "朝阳"])
        other = rnd.choice(districts)[1]
        detail = rnd.choice(
            [
                f"{province}{city}{district}文三路{rnd.randrange(999)}号",
                f"{names.get(rnd.choice(districts)[0][:2] + '0000', '')}{other}人民路1号",
                f"{other}{rnd.randrange(99)}栋",
                "",
            ]
        )
        address = Address(*columns, detail)
        assert resolve_address(address) == _resolve(*columns, detail)[0], address
        shortcut += _by_columns(*columns) is not None and bool(detail)
    assert shortcut > 1000  # the shortcut is what answers most real addresses
