"""The parameter definitions the engine uses: the built-in files plus the installed rule packs.

A pack's dated entries are laid over the built-in ones, packs in order of their date: an entry at
a new instant adds a version; an entry at an instant the built-in data already has replaces it
only when the pack is dated after `BUILT_IN_RULES_DATE` (an older pack never replaces newer
data); between packs, the newer pack's entry wins. Seller settings still override everything
(`policies.params.ParameterSet.from_settings`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop_app.store.rule_packs import StoredPack, packs_in_force
from policies.params import Entry, Parameter, ParameterError, coerce, definitions

# The date of the rules built into this release: a pack dated on or before it adds versions at
# new instants but never replaces a built-in entry. The release manager moves it forward when the
# parameter files change (a test checks it is not older than any built-in entry).
BUILT_IN_RULES_DATE = date(2026, 12, 7)


@dataclass(frozen=True, slots=True)
class PackValue:
    """One dated entry a pack gives."""

    key: str
    start: datetime
    value: Any  # the coerced value, None for "no known value from then on"
    source: str


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an entry in force came from: the built-in data or an installed pack."""

    pack_id: str
    pack_date: date
    title: str
    title_en: str

    def shown(self, english: bool = False) -> str:
        """'规则更新《…》（2026-12-01）' / 'rule update “…” (2026-12-01)'."""
        if english:
            return f"rule update “{self.title_en}” ({self.pack_date.isoformat()})"
        return f"规则更新《{self.title}》（{self.pack_date.isoformat()}）"


def pack_values(body: Mapping[str, Any], defs: Mapping[str, Parameter]) -> list[PackValue]:
    """The dated entries of a pack's ``parameters``, checked against the app's parameters:
    ParameterError naming the key and date when one is unknown to this app or malformed."""
    raw = body.get("parameters", {})
    if not isinstance(raw, dict):
        raise ParameterError("parameters: expected a table of parameter keys")
    out: list[PackValue] = []
    for key, entries in sorted(raw.items()):
        param = defs.get(key)
        if param is None:
            raise ParameterError(f"{key}: not a parameter this version of ShipCheck knows")
        if not isinstance(entries, dict) or not entries:
            raise ParameterError(f"{key}: expected dated entries")
        for when, entry in sorted(entries.items()):
            try:
                start = coerce(str(when), "datetime")
            except ValueError as exc:
                raise ParameterError(f"{key} [{when}]: bad effective date: {exc}") from None
            if not isinstance(entry, dict) or set(entry) - {"value", "source"}:
                raise ParameterError(f"{key} [{when}]: expected {{value, source}}")
            source = entry.get("source")
            if not isinstance(source, str) or not source.strip():
                raise ParameterError(f"{key} [{when}]: missing 'source'")
            value = None
            if "value" in entry:
                try:
                    value = coerce(entry["value"], param.unit)
                except ValueError as exc:
                    raise ParameterError(f"{key} [{when}]: {exc}") from None
            assert isinstance(start, datetime)
            out.append(PackValue(key, start, value, source.strip()))
    return out


def platforms_touched(values: list[PackValue]) -> tuple[str, ...]:
    """The parameter-file stems (platforms, or 'common') a pack's entries belong to."""
    return tuple(sorted({v.key.split(".", 1)[0] for v in values}))


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Parameter definitions with the packs in force laid over, and each pack entry's origin."""

    defs: Mapping[str, Parameter]
    origins: Mapping[tuple[str, datetime], Origin]
    packs: tuple[StoredPack, ...]


def merge(packs: list[StoredPack], base: Mapping[str, Parameter] | None = None) -> RuleSet:
    """Lay the packs' entries over `base` (the built-in definitions), packs oldest first."""
    built_in = base if base is not None else definitions()
    entries: dict[str, dict[datetime, Entry]] = {}
    origins: dict[tuple[str, datetime], Origin] = {}
    for pack in packs:
        origin = Origin(pack.pack_id, pack.pack_date, pack.title, pack.title_en)
        for v in pack_values(pack.body(), built_in):
            dated = entries.setdefault(v.key, {e.start: e for e in built_in[v.key].entries})
            built_in_here = (v.key, v.start) not in origins and v.start in dated
            if built_in_here and pack.pack_date <= BUILT_IN_RULES_DATE:
                continue
            dated[v.start] = Entry(v.start, v.value, f"{v.source} — {origin.shown()}")
            origins[(v.key, v.start)] = origin
    defs = dict(built_in)
    for key, dated in entries.items():
        defs[key] = replace(built_in[key], entries=tuple(dated[s] for s in sorted(dated)))
    return RuleSet(defs, origins, tuple(packs))


_CACHE: dict[tuple[str, ...], RuleSet] = {}


def rule_set(conn: sqlite3.Connection) -> RuleSet:
    """The rule set of the database's installed packs (cached by which packs are in force)."""
    packs = packs_in_force(conn)
    key = tuple(p.sha256 for p in packs)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 8:
            _CACHE.clear()
        found = _CACHE[key] = merge(packs)
    return found


def rule_definitions(conn: sqlite3.Connection) -> Mapping[str, Parameter]:
    """The parameter definitions the engine uses for this database."""
    return rule_set(conn).defs
