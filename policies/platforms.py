"""The platforms ShipCheck assesses: ids, names in Chinese and English, display order.

One row per platform, keyed by `Platform`. The window, the command line, the import messages and
the reports all name a platform from here. Rule-level facts per platform are keyed by the same
`Platform` ids elsewhere (e.g. the rule catalogue).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from policies.records import Platform


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    """How one platform is named; every text is shown to the seller as it is."""

    platform: Platform
    name_zh: str  # short, for the window's lists and table: 快手
    name_en: str  # short English: Kuaishou
    backend_zh: str  # the seller's back-end as the seller calls it: 快手小店
    report_zh: str  # full name for reports and letters: 抖店（抖音电商）
    report_en: str  # full English name for reports: Douyin (抖店)

    @property
    def id(self) -> str:
        """The platform's id as stored and typed on the command line."""
        return self.platform.value

    def name(self, english: bool = False) -> str:
        """The short name in the requested language."""
        return self.name_en if english else self.name_zh

    def report_name(self, english: bool = False) -> str:
        """The full name a report uses, in the requested language."""
        return self.report_en if english else self.report_zh


# In display order: the window's lists, the CLI's choices and the reports follow this order.
PLATFORM_TABLE: Final[tuple[PlatformInfo, ...]] = (
    PlatformInfo(
        Platform.KUAISHOU,
        name_zh="快手",
        name_en="Kuaishou",
        backend_zh="快手小店",
        report_zh="快手小店",
        report_en="Kuaishou (快手小店)",
    ),
    PlatformInfo(
        Platform.DOUYIN,
        name_zh="抖店",
        name_en="Douyin",
        backend_zh="抖店",
        report_zh="抖店（抖音电商）",
        report_en="Douyin (抖店)",
    ),
    PlatformInfo(
        Platform.ALIEXPRESS,
        name_zh="速卖通",
        name_en="AliExpress",
        backend_zh="速卖通",
        report_zh="速卖通（半托管）",
        report_en="AliExpress (semi-managed)",
    ),
)

PLATFORMS: Final[dict[Platform, PlatformInfo]] = {p.platform: p for p in PLATFORM_TABLE}
# The ids in display order, e.g. for command-line choices.
PLATFORM_IDS: Final[tuple[str, ...]] = tuple(p.platform.value for p in PLATFORM_TABLE)


def platform_info(platform: str) -> PlatformInfo | None:
    """The row of a platform id (or member); None for an id ShipCheck does not know."""
    try:
        return PLATFORMS[Platform(platform)]
    except ValueError:
        return None


def platform_name(platform: str, english: bool = False) -> str:
    """The short name of a platform; an unknown id as it is."""
    info = platform_info(platform)
    return info.name(english) if info is not None else platform


def backend_name(platform: str) -> str:
    """The seller's back-end name of a platform (快手小店 …); an unknown id as it is."""
    info = platform_info(platform)
    return info.backend_zh if info is not None else platform


def report_name(platform: str, english: bool = False) -> str:
    """The full name a report uses; an unknown id as it is."""
    info = platform_info(platform)
    return info.report_name(english) if info is not None else platform
