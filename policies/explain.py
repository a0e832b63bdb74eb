"""Human-readable explanations of verdicts, for tooltips, reports and the appeal letter.

`explain(verdict)` turns a verdict's status, deadline, reasons and trace into lines a seller can
read ("rule → clause → parameter = value (source)"), in Chinese or English.
"""

from __future__ import annotations

from policies.records import Verdict
from policies.statuses import status_name


def status_label(status: str, english: bool = False) -> str:
    """The status as a sentence names it."""
    return status_name(status, english, "plain")


def explain(verdict: Verdict, english: bool = False) -> list[str]:
    """Lines explaining `verdict`: status and deadline, reasons, money, appeal, then the trace."""
    v = verdict
    deadline = v.deadline.isoformat(" ", "seconds") if v.deadline else "-"
    lines = [
        (
            f"Status: {status_label(v.status, True)}; deadline {deadline} "
            f"({v.deadline_basis_en or v.deadline_basis}); "
            f"rules {', '.join(v.rules)}"
            if english
            else f"状态：{status_label(v.status)}；发货时限 {deadline}（{v.deadline_basis}）；"
            f"依据规则 {'、'.join(v.rules)}"
        )
    ]
    lines += [f"- {r}" for r in (v.reasons_en if english else v.reasons)]
    if v.compensation is None:
        lines.append(
            "Money at stake: unknown (amount not set)"
            if english
            else "涉及金额：未知（金额未设置）"
        )
    elif v.compensation:
        lines.append(
            f"Money at stake: {v.compensation} yuan"
            if english
            else f"涉及金额：{v.compensation} 元"
        )
    if v.appeal_candidate:
        lines.append(
            f"Appeal / pre-report candidate: {v.appeal_reason_en or v.appeal_reason}"
            if english
            else f"可报备/申诉：{v.appeal_reason}"
        )
    for s in v.trace:
        text = s.text_en if english else s.text
        line = f"  [{s.rule} · {s.clause}] {text}"
        if s.parameter:
            line += f" — {s.parameter} = {s.value}" + (f" ({s.source})" if s.source else "")
        lines.append(line)
    return lines
