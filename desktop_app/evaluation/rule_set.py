"""The rules the app uses for one database: the built-in parameter files and announcement
catalogue, plus the installed rule packs.

A pack's dated parameter entries and announcement versions are laid over the built-in ones,
packs in order of their date: an entry (a version) at a new instant is added; one at an instant
the built-in data already has replaces it only when the pack is dated after
`BUILT_IN_RULES_DATE` (an older pack never replaces newer data); between packs, the newer pack
wins. Seller settings still override every parameter (`ParameterSet.from_settings`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop_app.store.rule_packs import StoredPack, packs_in_force
from policies.catalogue import (
    Announcement,
    Catalogue,
    CatalogueError,
    Version,
    build_catalogue,
    bundled_catalogue,
    check_parameter_citations,
    parse_announcement,
    use_catalogue,
)
from policies.params import Entry, Parameter, ParameterError, definitions, parse_parameter

# The date of the rules built into this release: a pack dated on or before it adds versions at
# new instants but never replaces a built-in one. The release manager moves it forward when the
# parameter files or the catalogue change (a test checks it is not older than any built-in date).
BUILT_IN_RULES_DATE = date(2026, 12, 7)


@dataclass(frozen=True, slots=True)
class Origin:
    """The installed pack a value or an announcement version came from."""

    pack_id: str
    pack_date: date
    title: str
    title_en: str

    def shown(self, english: bool = False) -> str:
        """'规则更新《…》（2026-12-01）' / 'rule update “…” (2026-12-01)'."""
        if english:
            return f"rule update “{self.title_en}” ({self.pack_date.isoformat()})"
        return f"规则更新《{self.title}》（{self.pack_date.isoformat()}）"


def pack_parameters(
    body: Mapping[str, Any], defs: Mapping[str, Parameter]
) -> dict[str, tuple[Entry, ...]]:
    """A pack's ``parameters`` — ``{key: {instant: {value, source, announcement, clause,
    assumption, assumption_en}}}`` — checked as the bundled files are, for parameters this app
    has; ParameterError naming the key and date otherwise."""
    raw = body.get("parameters", {})
    if not isinstance(raw, dict):
        raise ParameterError("parameters: expected a table of parameter keys")
    out: dict[str, tuple[Entry, ...]] = {}
    for key, values in sorted(raw.items()):
        param = defs.get(key)
        if param is None:
            raise ParameterError(f"{key}: not a parameter this version of ShipCheck knows")
        meta = {"rule": param.rule, "unit": param.unit, "label": param.label}
        table = {**meta, "label_en": param.label_en, "values": values}
        out[key] = parse_parameter("rule update", key, table).entries
    return out


def pack_announcements(body: Mapping[str, Any]) -> list[Announcement]:
    """A pack's ``announcements`` — ``{id: record}`` shaped like the catalogue's TOML tables
    (`policies.catalogue`); CatalogueError naming the record otherwise."""
    raw = body.get("announcements", {})
    if not isinstance(raw, dict):
        raise CatalogueError("announcements: expected a table of announcement ids")
    return [parse_announcement(k, v, "rule update") for k, v in sorted(raw.items())]


def platforms_touched(body: Mapping[str, Any]) -> tuple[str, ...]:
    """The parameter-file stems (platforms, or 'common') a pack's parameters belong to, and the
    platforms of its announcements."""
    stems = {str(k).split(".", 1)[0] for k in body.get("parameters", {}) or {}}
    anns = body.get("announcements", {})
    if isinstance(anns, dict):
        stems |= {str(a.get("platform")) for a in anns.values() if isinstance(a, dict)}
    return tuple(sorted(stems))


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Parameters and catalogue with the packs in force laid over, and what each pack gave."""

    defs: Mapping[str, Parameter]
    merged_catalogue: Catalogue | None  # None: the built-in one (read only when asked for)
    origins: Mapping[tuple[str, datetime], Origin]  # (parameter key, entry start) → pack
    version_origins: Mapping[tuple[str, datetime], Origin]  # (announcement id, start) → pack
    packs: tuple[StoredPack, ...]

    @property
    def catalogue(self) -> Catalogue:
        """The announcement catalogue with the packs' versions."""
        return self.merged_catalogue if self.merged_catalogue is not None else bundled_catalogue()


def _replaces(pack: StoredPack, from_pack: bool) -> bool:
    """Whether `pack` may replace an entry at the same instant (one from the built-in data unless
    `from_pack`)."""
    return from_pack or pack.pack_date > BUILT_IN_RULES_DATE


def merge(
    packs: list[StoredPack],
    base: Mapping[str, Parameter] | None = None,
    base_catalogue: Catalogue | None = None,
) -> RuleSet:
    """Lay the packs' entries over the built-in data, packs oldest first. ParameterError or
    CatalogueError when the result does not hold together (a citation of a missing clause …)."""
    built_in = base if base is not None else definitions()
    if not packs:  # the evaluation's usual case: no catalogue to read
        return RuleSet(built_in, base_catalogue, {}, {}, ())
    cat = base_catalogue if base_catalogue is not None else bundled_catalogue()
    entries: dict[str, dict[datetime, Entry]] = {}
    origins: dict[tuple[str, datetime], Origin] = {}
    versions: dict[str, dict[datetime, Version]] = {}
    version_origins: dict[tuple[str, datetime], Origin] = {}
    added: dict[str, Announcement] = {}
    for pack in packs:
        origin = Origin(pack.pack_id, pack.pack_date, pack.title, pack.title_en)
        body = pack.body()
        for key, given in pack_parameters(body, built_in).items():
            dated = entries.setdefault(key, {e.start: e for e in built_in[key].entries})
            for e in given:
                if e.start in dated and not _replaces(pack, (key, e.start) in origins):
                    continue
                dated[e.start] = e
                origins[(key, e.start)] = origin
        for ann in pack_announcements(body):
            known = cat.announcements.get(ann.id) or added.get(ann.id)
            if known is None:
                added[ann.id] = ann
                known = ann
            held = versions.setdefault(ann.id, {v.start: v for v in known.versions})
            for v in ann.versions:
                if v.start in held and not _replaces(pack, (ann.id, v.start) in version_origins):
                    continue
                held[v.start] = v
                version_origins[(ann.id, v.start)] = origin
    defs = dict(built_in)
    for key, dated in entries.items():
        defs[key] = replace(built_in[key], entries=tuple(dated[s] for s in sorted(dated)))
    if versions:
        anns = dict(cat.announcements)
        anns.update(added)
        for ann_id, held in versions.items():
            anns[ann_id] = replace(anns[ann_id], versions=tuple(held[s] for s in sorted(held)))
        cat = build_catalogue(cat.platforms.values(), anns.values())
    check_parameter_citations(cat, defs)
    for key, dated in entries.items():
        for start, e in dated.items():
            given_by = origins.get((key, start))
            if given_by is not None:
                dated[start] = _in_seller_words(e, given_by, cat)
        defs[key] = replace(defs[key], entries=tuple(dated[s] for s in sorted(dated)))
    return RuleSet(defs, cat, origins, version_origins, tuple(packs))


def _in_seller_words(e: Entry, origin: Origin, cat: Catalogue) -> Entry:
    """A pack's entry as the engine and the settings show it: its citation made from the merged
    catalogue (the engine cites from the bundled one, which may lack the pack's announcement or
    version) and the rule update it came from, both in the plain-sentence fields."""
    zh: list[str] = []
    en: list[str] = []
    if e.announcement:
        labels = [e.clause] if e.clause else []
        zh.append(cat.cite(e.announcement, labels, at=e.start))
        en.append(cat.cite(e.announcement, labels, at=e.start, english=True))
    if e.assumption:
        zh.append(e.assumption)
        en.append(e.assumption_en)
    zh.append(f"来自{origin.shown()}")
    en.append(f"from the {origin.shown(english=True)}")
    return replace(
        e,
        source=f"{e.source} — {origin.shown(english=True)}",
        announcement="",
        clause="",
        assumption="；".join(zh),
        assumption_en="; ".join(en),
    )


_CACHE: dict[tuple[str, ...], RuleSet] = {}


_IN_USE: list[tuple[str, ...]] = [()]  # the packs of the catalogue `use_catalogue` was given


def rule_set(conn: sqlite3.Connection) -> RuleSet:
    """The rule set of the database's installed packs (cached by which packs are in force). Its
    catalogue becomes the one the engine cites from (`policies.catalogue.use_catalogue`): a
    process works on one database at a time."""
    packs = packs_in_force(conn)
    key = tuple(p.sha256 for p in packs)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 8:
            _CACHE.clear()
        found = _CACHE[key] = merge(packs)
    if _IN_USE[0] != key:
        use_catalogue(found.merged_catalogue)
        _IN_USE[0] = key
    return found


def use_bundled_rules() -> None:
    """Cite from the bundled catalogue again (a database closed, tests)."""
    use_catalogue(None)
    _IN_USE[0] = ()


def rule_definitions(conn: sqlite3.Connection) -> Mapping[str, Parameter]:
    """The parameter definitions the engine uses for this database."""
    return rule_set(conn).defs
