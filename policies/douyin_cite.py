"""Citations of Douyin's announcements for the texts of D5–D9: the announcement's title, the
version in force at the rule's instant and the clause — from the catalogue (`policies.catalogue`).
"""

from __future__ import annotations

from datetime import datetime

from policies.catalogue import catalogue


def cite(announcement: str, label: str, at: datetime) -> tuple[str, str]:
    """(Chinese, English) citation of `label` in the version of `announcement` in force at `at`;
    the announcement and version alone where that version has no such clause (a version known only
    by its dates), the newest version before the first."""
    cat = catalogue()
    ann = cat.announcement(announcement)
    version = ann.version_at(at) or ann.newest
    labels = [label] if version.clause(label) is not None else []
    return (
        cat.cite(announcement, labels, at=at),
        cat.cite(announcement, labels, at=at, english=True),
    )
