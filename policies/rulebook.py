"""One place per platform: its rules in report order, their announcements and clauses, what their
amounts are, and which announcement version judged an order — all read from the catalogue
(`policies.catalogue`), so adding a rule adds no list here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from operator import attrgetter
from typing import Final

from policies.catalogue import INSTANTS, ORDER_TIMES, PlatformRules, RuleEntry, catalogue
from policies.records import OrderRecord

#: Every rule id, platform by platform, each platform's in report order.
RULE_ORDER: Final[tuple[str, ...]] = catalogue().rule_order

#: What an amount charged under each rule is (rules not listed: "deduction").
CHARGE_KINDS: Final[dict[str, str]] = {
    rid: (catalogue().rule(rid).charge or "deduction") for rid in RULE_ORDER
}


def platform_rules(platform: str) -> PlatformRules:
    """A platform's names and rules (KeyError for an unknown platform id)."""
    return catalogue().platforms[platform]


def rule_entry(rule_id: str) -> RuleEntry:
    """A rule's catalogue entry (KeyError if unknown)."""
    return catalogue().rule(rule_id)


def charge_kind(rule_id: str) -> str:
    """What an amount charged under `rule_id` is: "compensation" or "deduction". Amounts under
    no catalogued rule (the platform's standard late penalty) are deductions."""
    return CHARGE_KINDS.get(rule_id, "deduction")


def rule_instant(rule: RuleEntry, order: OrderRecord, deadline: datetime | None) -> datetime | None:
    """The order's instant the rule's `instant` names (None when the order lacks it)."""
    name = rule.instant
    if name == "paid":
        return order.paid_at
    if name == "promised":
        return order.promised_ship_at or deadline
    if name == "shipped":
        return order.shipped_at or deadline
    if name in ("deadline", "violation"):
        return deadline
    raise ValueError(f"unknown instant {name!r} (known: {', '.join(INSTANTS)})")


def rule_versions(
    order: OrderRecord, rules: tuple[str, ...], deadline: datetime | None
) -> tuple[tuple[str, str | None], ...]:
    """For each catalogued rule that judged the order: the date of its announcement's version in
    force at the instant the rule names ("" for an undated version; None when no version was in
    force then, or the order lacks the instant)."""
    cat = catalogue()
    out: list[tuple[str, str | None]] = []
    for rid in rules:
        if not cat.has_rule(rid):
            continue
        rule = cat.rule(rid)
        at = rule_instant(rule, order, deadline)
        version = None if at is None else cat.version_for(rid, at)
        out.append((rid, None if version is None else version.date_text))
    return tuple(out)


def compared_times(platform: str) -> Callable[[OrderRecord], tuple[datetime | None, ...]]:
    """A function giving an order's times that the platform's rules compare with the as-of
    instant (the union of its rules' `compares`, in ORDER_TIMES order) — what decides when a
    verdict is final."""
    wanted: set[str] = set()
    for rule in platform_rules(platform).rules:
        wanted.update(rule.compares)
    fields = tuple(ORDER_TIMES[name] for name in ORDER_TIMES if name in wanted)

    def times(order: OrderRecord) -> tuple[datetime | None, ...]:
        return tuple(getattr(order, f) for f in fields)

    if len(fields) >= 2:
        return attrgetter(*fields)  # one C call per order
    return times


#: A platform's newest known rule older than this many days draws a warning.
STALE_AFTER_DAYS: Final = 180


def staleness(platform: str, as_of: datetime) -> tuple[str, str] | None:
    """A warning (Chinese, English) when the newest rule ShipCheck knows for `platform` is more
    than STALE_AFTER_DAYS days older than `as_of`; None otherwise."""
    newest: date | None = catalogue().newest_rule_date(platform)
    if newest is None:
        return None
    days = (as_of.date() - newest).days
    if days <= STALE_AFTER_DAYS:
        return None
    p = platform_rules(platform)
    return (
        f"本软件已知的{p.name}最新规则日期为 {newest}，距今 {days} 天"
        f"（超过 {STALE_AFTER_DAYS} 天）："
        "平台可能已经修改规则，这里的判断依据可能已过时——请核对平台后台的现行规则，或导入规则更新",
        f"The newest {p.name_en} rule ShipCheck knows dates from {newest}, {days} days ago (more "
        f"than {STALE_AFTER_DAYS}): the platform may have changed its rules since and these "
        "verdicts may rest on outdated rules — check the rules in force in your back office, or "
        "import a rule update",
    )
