"""What a verified pack says, checked against this app: its announcement records."""

from __future__ import annotations

import re
from typing import Any

from desktop_app.errors import BadInput, Problem
from desktop_app.rulepacks.envelope import RulePack
from policies.records import Platform

_ANNOUNCEMENT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


def announcements(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The pack's announcement records (a list of objects; [] when it has none)."""
    found = body.get("announcements", [])
    return list(found) if isinstance(found, list) else []


def check_announcements(pack: RulePack) -> None:
    """BadInput naming the record when one is not an announcement this app can show."""
    raw = pack.body.get("announcements", [])
    platforms = {p.value for p in Platform}
    problems: list[Problem] = []
    if not isinstance(raw, list):
        raw = [raw]
    for i, record in enumerate(raw, start=1):
        ident = record.get("id") if isinstance(record, dict) else None
        if (
            not isinstance(record, dict)
            or not isinstance(ident, str)
            or not _ANNOUNCEMENT_ID.match(ident)
            or record.get("platform") not in platforms
            or not isinstance(record.get("title"), str)
        ):
            problems.append(
                Problem(
                    f"规则更新的第 {i} 条公告记录不完整（需要编号、平台和标题）。"
                    "没有安装任何内容。",
                    f"Announcement record {i} of the rule update is incomplete (it needs an id, "
                    "a platform and a title). Nothing was installed.",
                    file=pack.file_name,
                    value=str(ident or ""),
                )
            )
    if problems:
        raise BadInput(problems)
