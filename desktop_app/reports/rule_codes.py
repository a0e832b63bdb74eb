"""The legend of the rule codes a report shows (K1, D1, A2 …): each code's name and the
announcement clauses behind it, so that a reader who has never seen ShipCheck can decode the
tables' rule column and the reasons' prefixes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from policies.catalogue import catalogue

# A rule code standing alone in a text: "K1 豁免：…", "D1：…" (not the middle of "YT1234").
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d{1,2})(?![A-Za-z0-9])")


def codes_in(texts: Iterable[str]) -> set[str]:
    """The catalogue's rule codes that occur in `texts`."""
    cat = catalogue()
    return {code for text in texts for code in _CODE.findall(text) if cat.has_rule(code)}


def rule_legend(codes: Iterable[str], at: datetime, english: bool) -> list[dict[str, str]]:
    """One row per known code in `codes`, in the catalogue's order: the code, the rule's name
    and the clauses it relies on (the versions in force at `at`)."""
    cat = catalogue()
    wanted = set(codes)
    rows: list[dict[str, str]] = []
    for code in cat.rule_order:
        if code not in wanted:
            continue
        rows.append(
            {
                "code": code,
                "name": rule_name(code, english),
                "citation": cat.cite_rule(code, at=at, english=english),
            }
        )
    return rows


def rule_name(code: str, english: bool) -> str:
    """The rule's name ("" for a code the catalogue does not know)."""
    cat = catalogue()
    if not cat.has_rule(code):
        return ""
    entry = cat.rule(code)
    return entry.name_en if english else entry.name
