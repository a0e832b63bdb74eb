"""The announcement clauses the reports quote: the catalogue's verbatim clauses
(`policies.catalogue`), keyed for the report model, cited by title, date and clause label.

A clause's key is ``"<rule>|<label>"`` (``"D1|FAQ Q5"``); each rule's clauses come from its
catalogue entry (its own announcement's, then any other's it relies on), from the newest version
that has them. A report cites them as 《title》（date）label, e.g.
《抖音疫情期间商家最新发货及服务调整公告》（2024-09-27）一、1(2)、FAQ Q5.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from policies.catalogue import Announcement, Version, catalogue, cite_version
from policies.rulebook import RULE_ORDER


@dataclass(frozen=True, slots=True)
class Clause:
    """A quotable clause: its key, rule id, announcement and version, label and verbatim text."""

    key: str
    rule: str
    announcement: Announcement
    version: Version
    marker: str  # the clause's label within the announcement: 〖壹〗, 一、1(2), FAQ Q5 …
    text: str
    gist_en: str

    def citation(self, english: bool = False) -> str:
        """《title》（date）label — or “title” (date) label."""
        return cite_version(self.announcement, self.version, [self.marker], english=english)


def _build() -> tuple[dict[str, Clause], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    cat = catalogue()
    clauses: dict[str, Clause] = {}
    appeal: dict[str, tuple[str, ...]] = {}
    own: dict[str, tuple[str, ...]] = {}

    def add(rule: str, ann_id: str, label: str) -> str:
        ann = cat.announcement(ann_id)
        version, clause = ann.clause(label)
        key = f"{rule}|{label}"
        known = clauses.get(key)
        if known is not None and known.announcement.id != ann_id:
            raise ValueError(f"clause key {key} names two announcements")
        clauses[key] = Clause(key, rule, ann, version, label, clause.text, clause.gist_en)
        return key

    for rid in RULE_ORDER:
        entry = cat.rule(rid)
        own[rid] = tuple(
            add(rid, ref.announcement, lab) for ref in entry.refs for lab in ref.labels
        )
        if entry.informational:
            continue
        appeal[rid] = tuple(
            [add(rid, entry.announcement, lab) for lab in entry.appeal_clauses]
            + [add(rid, ref.announcement, lab) for ref in entry.also for lab in ref.labels]
        )
    return clauses, appeal, own


CLAUSES, APPEAL_CLAUSES, RULE_CLAUSES = _build()
"""Every quotable clause by key; the keys an appeal resting on a rule quotes; all of a rule's."""

#: Kuaishou K5: possible consequences of violations (informational; reports quote them).
K5_CONSEQUENCES: tuple[str, ...] = RULE_CLAUSES["K5"]


def cite_grouped(clauses: Iterable[Clause], english: bool = False) -> str:
    """Several clauses cited compactly, one announcement version at a time:
    '《title》（date）一、1(2)、FAQ Q5；《title2》（date）〖壹〗'."""
    groups: dict[tuple[str, str], list[Clause]] = {}
    for clause in clauses:
        groups.setdefault((clause.announcement.id, clause.version.date_text), []).append(clause)
    parts = []
    for members in groups.values():
        first = members[0]
        labels: list[str] = []
        for c in members:
            if c.marker not in labels:
                labels.append(c.marker)
        parts.append(cite_version(first.announcement, first.version, labels, english=english))
    return "; ".join(parts) if english else "；".join(parts)


def clauses_for_rules(rules: Iterable[str]) -> list[Clause]:
    """The clauses an appeal resting on `rules` quotes, deduplicated by text, in rule order."""
    out: list[Clause] = []
    seen: set[tuple[str, str]] = set()
    for rule in rules:
        for key in APPEAL_CLAUSES.get(rule, ()):
            c = CLAUSES[key]
            ident = (c.announcement.id, c.marker)
            if ident not in seen:
                seen.add(ident)
                out.append(c)
    return out
