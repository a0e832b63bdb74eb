"""The parameter loader rejects malformed files loudly and resolves dated values and overrides."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from policies.params import (
    PARAMETER_FILES,
    SELLER_SOURCE,
    ParameterError,
    ParameterSet,
    coerce,
    load_definitions,
    load_file,
)

GOOD = """
[x.rate]
rule = "K2"
unit = "ratio"
label = "比例"
label_en = "Rate"
[x.rate.values]
"2022-01-01" = { value = 0.1, source = "stated" }
"2022-07-11 12:00:00" = { value = 0.2, source = "stated later" }
"2023-01-01" = { source = "retired" }
"""


def _write(tmp_path: Path, text: str, name: str = "kuaishou.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_parameters_load_and_every_entry_has_a_source() -> None:
    defs = load_definitions()
    assert {k.split(".")[0] for k in defs} == set(PARAMETER_FILES)
    for p in defs.values():
        assert p.unit and p.rule and p.label and p.label_en
        assert all(e.source for e in p.entries)


def test_unset_amounts_start_not_set() -> None:
    ps = ParameterSet()
    at = datetime(2024, 6, 1)
    assert ps.value("kuaishou.k2.compensation_rate", at) is None
    assert ps.value("aliexpress.core.late_penalty", at) is None
    assert "seller must set" in ps.resolve("kuaishou.k2.compensation_rate", at).source


def test_dated_resolution_and_retirement(tmp_path: Path) -> None:
    params = load_file(_write(tmp_path, GOOD))
    ps = ParameterSet(params)
    key = "kuaishou.x.rate"
    assert ps.value(key, datetime(2021, 12, 31, 23, 59, 59)) is None
    assert ps.value(key, datetime(2022, 1, 1)) == Decimal("0.1")
    assert ps.value(key, datetime(2022, 7, 11, 11, 59, 59)) == Decimal("0.1")
    assert ps.value(key, datetime(2022, 7, 11, 12)) == Decimal("0.2")
    assert ps.value(key, datetime(2023, 1, 1)) is None  # retired


def test_seller_override_wins_and_is_the_recorded_source(tmp_path: Path) -> None:
    params = load_file(_write(tmp_path, GOOD))
    ps = ParameterSet.from_settings({"kuaishou.x.rate": "5%", "ui.theme": "dark"}, params)
    r = ps.resolve("kuaishou.x.rate", datetime(2022, 3, 1))
    assert r.value == Decimal("0.05") and r.overridden and r.source == SELLER_SOURCE


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('"2022-01-01"', '"2022-13-01"'), "bad effective date"),
        (GOOD.replace('"2022-01-01"', '"22-1-1"'), "bad effective date"),
        (
            GOOD.replace(
                '"2023-01-01" = { source = "retired" }',
                '"2023-01-01 00:00:00" = { source = "x" }\n"2023-01-01" = { source = "y" }',
            ),
            "duplicate effective date",
        ),
        (GOOD.replace(', source = "stated" }', " }"), "missing 'source'"),
        (GOOD.replace('unit = "ratio"\n', ""), "missing 'unit'"),
        (GOOD.replace('unit = "ratio"', 'unit = "furlongs"'), "unknown unit"),
        (GOOD.replace("value = 0.1", "value = 3"), "ratio must be between"),
        (GOOD.replace("value = 0.1", 'value = "abc"'), "expected a number"),
        (GOOD + '\n[x.rate]\nrule = "K2"\n', "declare"),  # duplicate table (TOML error)
        (GOOD.replace('label_en = "Rate"', 'label_en = "Rate"\ncolour = "red"'), "unknown fields"),
    ],
)
def test_malformed_files_fail_loudly(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        load_file(_write(tmp_path, text))


def test_bad_override_is_rejected() -> None:
    with pytest.raises(ParameterError, match=r"kuaishou\.k2\.compensation_rate"):
        ParameterSet.from_settings({"kuaishou.k2.compensation_rate": "lots"})


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        ("1%", "ratio", Decimal("0.01")),
        ("0.7", "ratio", Decimal("0.7")),
        ("是", "bool", True),
        ("false", "bool", False),
        ("12", "hours", Decimal(12)),
        ("3001", "count", 3001),
        ("闪电购，秒杀", "text_list", ("闪电购", "秒杀")),
    ],
)
def test_coerce(raw: str, unit: str, expected: object) -> None:
    assert coerce(raw, unit) == expected


@pytest.mark.parametrize(("raw", "unit"), [("-1", "yuan"), ("1.5", "count"), ("maybe", "bool")])
def test_coerce_rejects(raw: str, unit: str) -> None:
    with pytest.raises(ValueError):
        coerce(raw, unit)


def test_one_parameter_segment_resolves_every_key_identically() -> None:
    """ParameterSet.segment: instants in one segment resolve every key to the same value, so rules
    may memoise parameter-derived results per segment."""
    ps = ParameterSet.from_settings({"kuaishou.k2.compensation_rate": 0.05})
    instants = [datetime(2000, 1, 1) + timedelta(hours=7 * i) for i in range(0, 8760 * 30 // 7, 11)]
    bounds = sorted({e.start for p in ps.defs.values() for e in p.entries})
    instants += [b + timedelta(seconds=d) for b in bounds for d in (-1, 0, 1)]
    by_segment: dict[int, list[datetime]] = {}
    for at in instants:
        by_segment.setdefault(ps.segment(at), []).append(at)
    assert len(by_segment) > 3
    for members in by_segment.values():
        first = members[0]
        for at in members[1:]:
            for key in ps.defs:
                assert ps.resolve(key, at) is ps.resolve(key, first), (key, at, first)


def test_segment_remembered_from_the_last_call_is_the_bisected_one() -> None:
    """ParameterSet.segment reuses the segment it found last when `at` lies in it: in any order of
    calls, and on both sides of every bound, it answers what a fresh bisection answers."""
    import bisect
    import random

    ps = ParameterSet()
    bounds = sorted({e.start for p in ps.defs.values() for e in p.entries})
    instants = [b + timedelta(seconds=d) for b in bounds for d in (-1, 0, 1)]
    instants += [datetime.min, datetime.max, datetime(2024, 6, 1), datetime(1999, 1, 1)]
    order = instants * 3
    random.Random(7).shuffle(order)
    for at in [*instants, *order, *reversed(instants)]:
        assert ps.segment(at) == bisect.bisect_right(bounds, at), at


def test_parameter_dates_for_texts() -> None:
    """The instants texts name (a rule's start, D1's suspension): none under a seller setting."""
    ps = ParameterSet()
    key = "douyin.d1.suspended"
    start = datetime(2022, 12, 19, 12)
    assert ps.in_force_since(key, start) == start
    assert ps.in_force_since(key, datetime(2023, 1, 1)) == start
    assert ps.change_after(key, datetime(2022, 12, 19, 11, 59, 59)) == start
    assert ps.change_after(key, start) is None
    assert ps.in_force_since("kuaishou.k4.active", datetime(2023, 2, 14)) is None
    overridden = ParameterSet.from_settings({key: "true"})
    assert overridden.in_force_since(key, start) is None
    assert overridden.change_after(key, datetime(2020, 1, 1)) is None


def test_a_seller_set_start_moves_its_switches() -> None:
    """aliexpress.a1.start (the announcement gives only its publication time): set, A1–A3 are
    off before it and on from it, and their source says the seller set it."""
    from datetime import datetime

    from policies.params import ParameterSet

    ps = ParameterSet.from_settings({"aliexpress.a1.start": "2024-05-01 00:00:00"})
    for key in ("aliexpress.a1.active", "aliexpress.a2.active", "aliexpress.a3.active"):
        assert ps.value(key, datetime(2024, 4, 30, 23, 59, 59)) is False
        assert ps.value(key, datetime(2024, 5, 1)) is True
        assert ps.resolve(key, datetime(2024, 5, 1)).cite == "卖家设置的开始日期"
    default = ParameterSet()
    assert default.value("aliexpress.a1.active", datetime(2024, 4, 12)) is True
    # a switch the seller set outright wins over the start date
    off = ParameterSet.from_settings(
        {"aliexpress.a1.start": "2024-05-01 00:00:00", "aliexpress.a2.active": "false"}
    )
    assert off.value("aliexpress.a2.active", datetime(2024, 6, 1)) is False
    assert off.value("aliexpress.a1.active", datetime(2024, 6, 1)) is True
