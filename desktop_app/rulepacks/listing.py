"""What `shipcheck rules list/show` and the window's rules page show: per platform, the rules in
force at an instant, each parameter's version (the date it took effect), its source and whether
it came with the app or from an installed rule pack."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop_app.evaluation.rule_set import Origin, rule_set
from desktop_app.store.rule_packs import StoredPack
from policies.params import Parameter, format_value, to_json

# Parameter files in the order shown; 'common' holds what every platform uses.
SECTIONS = ("kuaishou", "douyin", "aliexpress", "common")
SECTION_NAMES = {
    "kuaishou": ("快手小店", "Kuaishou"),
    "douyin": ("抖店", "Douyin"),
    "aliexpress": ("速卖通", "AliExpress"),
    "common": ("各平台通用", "All platforms"),
}
BUILT_IN = ("ShipCheck 自带", "built into ShipCheck")


@dataclass(frozen=True, slots=True)
class VersionView:
    """One parameter as of an instant: the version in force and where it came from."""

    key: str
    rule: str
    label: str
    label_en: str
    value: str
    value_json: object
    since: datetime | None  # the start of the version in force (None: not in force yet)
    source: str
    origin: str  # the pack's title and date, or `BUILT_IN`
    origin_en: str
    versions: int  # how many dated versions the parameter has


@dataclass(frozen=True, slots=True)
class RuleView:
    """One rule of one section: its parameters as of the instant."""

    section: str
    rule: str
    parameters: tuple[VersionView, ...]


def _view(
    key: str, p: Parameter, at: datetime, origins: Mapping[tuple[str, datetime], Origin]
) -> VersionView:
    entry = p.entry_at(at)
    origin = origins.get((key, entry.start)) if entry is not None else None
    return VersionView(
        key=key,
        rule=p.rule,
        label=p.label,
        label_en=p.label_en,
        value=format_value(entry.value if entry else None, p.unit),
        value_json=to_json(entry.value) if entry else None,
        since=entry.start if entry else None,
        source=entry.source if entry else "",
        origin=origin.shown(False) if origin else BUILT_IN[0],
        origin_en=origin.shown(True) if origin else BUILT_IN[1],
        versions=len(p.entries),
    )


def rules_in_force(
    conn: sqlite3.Connection, at: datetime, section: str | None = None
) -> list[RuleView]:
    """Every rule (of one section) with its parameters as of `at`, in section then rule order."""
    rs = rule_set(conn)
    grouped: dict[tuple[str, str], list[VersionView]] = {}
    for key, p in sorted(rs.defs.items()):
        stem = key.split(".", 1)[0]
        if section is not None and stem != section:
            continue
        grouped.setdefault((stem, p.rule), []).append(_view(key, p, at, rs.origins))
    order = {s: i for i, s in enumerate(SECTIONS)}
    return [
        RuleView(stem, rule, tuple(views))
        for (stem, rule), views in sorted(
            grouped.items(), key=lambda kv: (order.get(kv[0][0], 9), kv[0][1])
        )
    ]


def rule_history(conn: sqlite3.Connection, rule: str) -> list[tuple[str, Parameter, list[str]]]:
    """Every parameter of `rule` (any section, case-insensitive) with every dated version, each
    marked with where it came from."""
    rs = rule_set(conn)
    out: list[tuple[str, Parameter, list[str]]] = []
    for key, p in sorted(rs.defs.items()):
        if p.rule.upper() != rule.upper():
            continue
        origins = []
        for e in p.entries:
            origin = rs.origins.get((key, e.start))
            origins.append(
                origin.shown(False) + " / " + origin.shown(True) if origin else " / ".join(BUILT_IN)
            )
        out.append((key, p, origins))
    return out


def installed(conn: sqlite3.Connection) -> tuple[StoredPack, ...]:
    """The packs in force."""
    return rule_set(conn).packs
