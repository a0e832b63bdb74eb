"""The status table: every `Status` named once per wording, in display order; flags named."""

from __future__ import annotations

from policies.records import Flag, Status
from policies.statuses import (
    FLAG_NAMES,
    STATUS_ORDER,
    STATUS_TABLE,
    flag_name,
    status_name,
)


def test_every_status_and_flag_is_named() -> None:
    assert STATUS_ORDER[:2] == ("overdue", "late") and set(STATUS_ORDER) == set(Status)
    for row in STATUS_TABLE:
        for pair in (row.short, row.report, row.plain):
            assert all(pair)
    assert set(FLAG_NAMES) == set(Flag)


def test_each_wording_in_both_languages() -> None:
    assert status_name("overdue") == "逾期" and status_name("overdue", True) == "Overdue"
    assert status_name("overdue", wording="report") == "逾期未发"
    assert status_name("overdue", True, "report") == "Overdue (unshipped)"
    assert status_name("overdue", wording="plain") == "超时未发货"
    assert status_name("late", True, "plain") == "late"
    assert flag_name("pickup_anomaly") == "揽收异常"
    assert flag_name("pickup_anomaly", True) == "Pickup anomaly"
    assert status_name("unknown") == "unknown" and flag_name("new_flag") == "new_flag"
