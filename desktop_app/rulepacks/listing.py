"""What `shipcheck rules list/show` and the window's rules page show: per platform, in report
order, the rules in force at an instant — each with its announcement cited by title, version date
and clauses, and each parameter's version (the date it took effect) and source — and whether each
came with the app or from an installed rule update."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop_app.evaluation.rule_set import Origin, RuleSet, rule_set
from desktop_app.store.rule_packs import StoredPack
from policies.catalogue import PLATFORM_FILES, SEEN, Effective, source_texts
from policies.params import Entry, Parameter, format_value, to_json

# Sections in the order shown; 'common' holds what every platform uses.
SECTIONS = (*PLATFORM_FILES, "common")
SECTION_NAMES = {
    "kuaishou": ("快手小店", "Kuaishou"),
    "douyin": ("抖店", "Douyin"),
    "aliexpress": ("速卖通", "AliExpress"),
    "common": ("各平台通用", "All platforms"),
}
BUILT_IN = ("ShipCheck 自带", "built into ShipCheck")
# Names of the parameter groups no announcement rule owns.
GROUP_NAMES = {
    "CORE": ("通用判定（已取消、已退款等）", "General definitions (cancelled, refunded …)")
}


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
    source: str  # where a seller reads the value: announcement, date, clause or assumption
    source_en: str
    assumption: str
    assumption_en: str
    origin: str  # the pack's title and date, or `BUILT_IN`
    origin_en: str


@dataclass(frozen=True, slots=True)
class RuleView:
    """One rule of one section as of the instant: its announcement and its parameters."""

    section: str
    rule: str
    name: str
    name_en: str
    citation: str  # 《title》（date）clauses — the version in force ('' when none)
    citation_en: str
    version_date: str  # the announcement version's date ('' before its first version)
    origin: str  # where that announcement version came from
    origin_en: str
    parameters: tuple[VersionView, ...]


def _shown(origin: Origin | None, english: bool) -> str:
    if origin is None:
        return BUILT_IN[1] if english else BUILT_IN[0]
    return origin.shown(english)


def _view(
    key: str, p: Parameter, at: datetime, origins: Mapping[tuple[str, datetime], Origin]
) -> VersionView:
    entry: Entry | None = p.entry_at(at)
    origin = origins.get((key, entry.start)) if entry is not None else None
    cited = (
        source_texts(
            entry.announcement, entry.clause, entry.assumption, entry.assumption_en, entry.start
        )
        if entry is not None
        else ("", "")
    )
    return VersionView(
        key=key,
        rule=p.rule,
        label=p.label,
        label_en=p.label_en,
        value=format_value(entry.value if entry else None, p.unit),
        value_json=to_json(entry.value) if entry else None,
        since=entry.start if entry else None,
        source=cited[0],
        source_en=cited[1],
        assumption=entry.assumption if entry else "",
        assumption_en=entry.assumption_en if entry else "",
        origin=_shown(origin, False),
        origin_en=_shown(origin, True),
    )


def _rule_view(
    rs: RuleSet, section: str, rule: str, at: datetime, params: list[VersionView]
) -> RuleView:
    cat = rs.catalogue
    if not cat.has_rule(rule):
        name, name_en = GROUP_NAMES.get(rule, (rule, rule))
        return RuleView(section, "", name, name_en, "", "", "", "", "", tuple(params))
    entry = cat.rule(rule)
    version = cat.version_for(rule, at)
    origin = rs.version_origins.get((entry.announcement, version.start)) if version else None
    return RuleView(
        section=section,
        rule=rule,
        name=entry.name,
        name_en=entry.name_en,
        citation=cat.cite_rule(rule, at=at) if version else "",
        citation_en=cat.cite_rule(rule, at=at, english=True) if version else "",
        version_date=version.date_text if version else "",
        origin=_shown(origin, False) if version else "",
        origin_en=_shown(origin, True) if version else "",
        parameters=tuple(params),
    )


def rules_in_force(
    conn: sqlite3.Connection, at: datetime, section: str | None = None
) -> list[RuleView]:
    """Every rule (of one section) as of `at`: the catalogue's rules in report order, then rules
    known only by their parameters (the core definitions)."""
    rs = rule_set(conn)
    params: dict[tuple[str, str], list[VersionView]] = {}
    for key, p in sorted(rs.defs.items()):
        stem = key.split(".", 1)[0]
        params.setdefault((stem, p.rule), []).append(_view(key, p, at, rs.origins))
    out: list[RuleView] = []
    for stem in SECTIONS:
        if section is not None and stem != section:
            continue
        platform = rs.catalogue.platforms.get(stem)
        ordered = list(platform.rule_ids) if platform is not None else []
        ordered += sorted(r for s, r in params if s == stem and r not in ordered)
        for rule in ordered:
            out.append(_rule_view(rs, stem, rule, at, params.get((stem, rule), [])))
    return out


@dataclass(frozen=True, slots=True)
class RuleHistory:
    """Every dated version of one rule: its announcement's and its parameters'."""

    rule: str
    name: str
    name_en: str
    versions: tuple[tuple[str, str, str, str], ...]  # (date, citation zh, citation en, origin)
    parameters: tuple[tuple[Parameter, tuple[str, ...]], ...]  # each entry's origin, zh / en


def rule_history(conn: sqlite3.Connection, rule: str) -> RuleHistory | None:
    """One rule (case-insensitive) with every dated version; None when the app has no such
    rule."""
    rs = rule_set(conn)
    cat = rs.catalogue
    wanted = rule.strip().upper()
    params = [(k, p) for k, p in sorted(rs.defs.items()) if p.rule.upper() == wanted]
    known = cat.has_rule(wanted)
    if not known and not params:
        return None
    versions: list[tuple[str, str, str, str]] = []
    name = name_en = wanted
    if known:
        entry = cat.rule(wanted)
        name, name_en = entry.name, entry.name_en
        ann = cat.announcement(entry.announcement)
        for v in ann.versions:
            origin = rs.version_origins.get((ann.id, v.start))
            versions.append(
                (
                    v.date_text,
                    cat.cite_rule(wanted, at=v.start),
                    cat.cite_rule(wanted, at=v.start, english=True),
                    f"{_shown(origin, False)} / {_shown(origin, True)}",
                )
            )
    shown = []
    for key, p in params:
        marks = tuple(
            f"{_shown(rs.origins.get((key, e.start)), False)} / "
            f"{_shown(rs.origins.get((key, e.start)), True)}"
            for e in p.entries
        )
        shown.append((p, marks))
    return RuleHistory(wanted, name, name_en, tuple(versions), tuple(shown))


def installed(conn: sqlite3.Connection) -> tuple[StoredPack, ...]:
    """The packs in force."""
    return rule_set(conn).packs


@dataclass(frozen=True, slots=True)
class AnnouncementVersionView:
    """One dated version of an announcement, as the rules page lists it."""

    date: str  # its publication date ('' when not published)
    effective: str  # its effective dates, zh
    effective_en: str
    seen: str  # how much of it is known, zh
    seen_en: str
    origin: str  # built in, or the rule update it came from
    origin_en: str


@dataclass(frozen=True, slots=True)
class AnnouncementView:
    """One announcement with every dated version."""

    platform: str
    title: str
    title_en: str
    where: str  # where to read its newest version
    where_en: str
    versions: tuple[AnnouncementVersionView, ...]


def _when(e: Effective, english: bool) -> str:
    start = e.start.strftime("%Y-%m-%d %H:%M").removesuffix(" 00:00")
    end = e.end.strftime("%Y-%m-%d %H:%M").removesuffix(" 00:00") if e.end else ""
    basis = {
        "stated": ("公告写明", "as the announcement says"),
        "inferred": ("公告未写明，本软件的理解", "not stated; ShipCheck's reading"),
    }.get(e.basis, (e.basis, e.basis))
    span = f"{start} – {end}" if end else (f"from {start}" if english else f"{start} 起")
    what = e.what_en if english else e.what
    return f"{span}（{basis[0]}）：{what}" if not english else f"{span} ({basis[1]}): {what}"


def announcements(conn: sqlite3.Connection) -> list[AnnouncementView]:
    """Every announcement the app knows (built in and from rule updates), platform by platform,
    each with its versions oldest first."""
    rs = rule_set(conn)
    order = {p: i for i, p in enumerate(SECTIONS)}
    out: list[AnnouncementView] = []
    for ann in sorted(rs.catalogue.announcements.values(), key=lambda a: (order[a.platform], a.id)):
        versions = []
        for v in ann.versions:
            origin = rs.version_origins.get((ann.id, v.start))
            seen = SEEN.get(v.seen, (v.seen, v.seen))
            versions.append(
                AnnouncementVersionView(
                    date=v.date_text,
                    effective="；".join(_when(e, False) for e in v.effective),
                    effective_en="; ".join(_when(e, True) for e in v.effective),
                    seen=seen[0],
                    seen_en=seen[1],
                    origin=_shown(origin, False),
                    origin_en=_shown(origin, True),
                )
            )
        out.append(
            AnnouncementView(
                ann.platform,
                ann.title,
                ann.title_en,
                ann.newest.where,
                ann.newest.where_en,
                tuple(versions),
            )
        )
    return out
