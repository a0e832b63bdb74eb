"""How each verdict status and flag is named, in Chinese and English, and their display order.

Three wordings per status, each for one kind of reader:
- `short`: the window's table, chips and detail panel (逾期 / Overdue);
- `report`: penalty/appeal reports and the evidence workbook, read by the platform (逾期未发);
- `plain`: sentences that explain a verdict (状态：超时未发货 …).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from policies.records import Flag, Status

Wording = Literal["short", "report", "plain"]


@dataclass(frozen=True, slots=True)
class StatusNames:
    """One status's names: (Chinese, English) per wording."""

    status: Status
    short: tuple[str, str]
    report: tuple[str, str]
    plain: tuple[str, str]

    def name(self, wording: Wording = "short", english: bool = False) -> str:
        """The name in the given wording and language."""
        pair = (
            self.short if wording == "short" else self.report if wording == "report" else self.plain
        )
        return pair[1] if english else pair[0]


# In display order: the worst first, as the window's chips and the reports' counts list them.
STATUS_TABLE: Final[tuple[StatusNames, ...]] = (
    StatusNames(
        Status.OVERDUE,
        short=("逾期", "Overdue"),
        report=("逾期未发", "Overdue (unshipped)"),
        plain=("超时未发货", "overdue"),
    ),
    StatusNames(
        Status.LATE,
        short=("超时", "Late"),
        report=("延迟发货", "Shipped late"),
        plain=("延迟发货", "late"),
    ),
    StatusNames(
        Status.AT_RISK,
        short=("临期", "At risk"),
        report=("临期", "At risk"),
        plain=("即将超时", "at risk"),
    ),
    StatusNames(
        Status.PENDING,
        short=("待发", "Pending"),
        report=("待发货", "Pending"),
        plain=("未到期", "pending"),
    ),
    StatusNames(
        Status.ON_TIME,
        short=("准时", "On time"),
        report=("准时", "On time"),
        plain=("按时", "on time"),
    ),
    StatusNames(
        Status.EXEMPT,
        short=("豁免", "Exempt"),
        report=("豁免", "Exempt"),
        plain=("豁免", "exempt"),
    ),
    StatusNames(
        Status.EXCLUDED,
        short=("不考核", "Not assessed"),
        report=("不考核", "Not assessed"),
        plain=("不考核", "excluded"),
    ),
)

STATUSES: Final[dict[str, StatusNames]] = {s.status.value: s for s in STATUS_TABLE}
STATUS_ORDER: Final[tuple[str, ...]] = tuple(s.status.value for s in STATUS_TABLE)

# A flag's short name (Chinese, English), shown next to the status in the window.
FLAG_NAMES: Final[dict[str, tuple[str, str]]] = {
    Flag.FALSE_SHIPPING.value: ("虚假发货嫌疑", "Suspected false shipping"),
    Flag.NO_FREIGHT_TEMPLATE.value: ("未使用运费模板", "No freight template"),
    Flag.NO_DEADLINE.value: ("发货时限未知", "No deadline known"),
    Flag.CALENDAR_FALLBACK.value: ("缺少节假日数据", "Holiday data missing"),
    Flag.WAIVER_SUGGESTED.value: ("建议使用 K4 豁免", "Suggested for K4 waiver"),
    Flag.PICKUP_ANOMALY.value: ("揽收异常", "Pickup anomaly"),
    Flag.A1_RELAXED.value: ("A1 放宽时效", "A1 relaxed timing"),
    Flag.EVENT_MISSING.value: ("缺少扫描时间（按发货时间）", "Scan time missing (ship time used)"),
    Flag.TRACK_ANOMALY.value: ("物流轨迹异常", "Track anomaly"),
}
NOT_EVALUATED: Final[tuple[str, str]] = ("未评估", "Not evaluated")


def status_name(status: str, english: bool = False, wording: Wording = "short") -> str:
    """A status's name; an unknown value as it is."""
    names = STATUSES.get(status)
    return names.name(wording, english) if names is not None else status


def flag_name(flag: str, english: bool = False) -> str:
    """A flag's short name; an unknown flag as its key."""
    pair = FLAG_NAMES.get(flag)
    return (pair[1] if english else pair[0]) if pair is not None else flag
