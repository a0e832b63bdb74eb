"""Human-readable explanations of verdicts, for tooltips, reports and the appeal letter.

`explain(verdict)` turns a verdict's status, deadline, reasons and trace into lines a seller can
read ("rule → clause → parameter = value (source)"), in Chinese or English.
"""

from __future__ import annotations

from policies.catalogue import INSTANTS, catalogue
from policies.records import Verdict
from policies.statuses import status_name


def status_label(status: str, english: bool = False) -> str:
    """The status as a sentence names it."""
    return status_name(status, english, "plain")


#: How the rule id of the shared definitions reads (it is no announcement's rule).
GENERAL_RULE: dict[str, tuple[str, str]] = {"CORE": ("通用定义", "general definitions")}


def rule_name(rule_id: str, english: bool = False) -> str:
    """A rule id as a seller reads it: 'D1 超时自动赔付暂停' / 'D1 Timeout auto-compensation …'."""
    general = GENERAL_RULE.get(rule_id)
    if general is not None:
        return general[1] if english else general[0]
    cat = catalogue()
    if not cat.has_rule(rule_id):
        return rule_id
    entry = cat.rule(rule_id)
    return f"{rule_id} {entry.name_en if english else entry.name}"


def announcement_lines(verdict: Verdict, english: bool = False) -> list[str]:
    """Which version of which announcement judged each rule: title and date (or that none of its
    versions was in force at the instant the rule looks at)."""
    cat = catalogue()
    lines: list[str] = []
    for rule_id, day in verdict.rule_versions:
        entry = cat.rule(rule_id)
        ann = cat.announcement(entry.announcement)
        if day is None:
            text = (
                f"{rule_id}: by {_instant_words(entry.instant, True)}, “{ann.title_en}” was not "
                "yet in force"
                if english
                else f"{rule_id}：按{_instant_words(entry.instant, False)}，"
                f"《{ann.title}》当时尚未生效"
            )
        else:
            version = next(v for v in ann.versions if v.date_text == day)
            extra = _DATES_ONLY if version.seen == "dates" else ("", "")
            when = day or ("date not published" if english else "日期未公布")
            text = (
                f"{rule_id}: “{ann.title_en}” ({when}){extra[1]}"
                if english
                else f"{rule_id}：《{ann.title}》（{when}）{extra[0]}"
            )
        lines.append(text)
    return lines


_DATES_ONLY = ("（该版本只知日期，内容未见）", " (only this version's dates are known)")


def _instant_words(name: str, english: bool) -> str:
    zh, en = INSTANTS[name]
    return en if english else zh


def explain(verdict: Verdict, english: bool = False) -> list[str]:
    """Lines explaining `verdict`: status and deadline, the announcements that judged it, reasons,
    money and each rule's share, appeal, then the trace."""
    v = verdict
    deadline = v.deadline.isoformat(" ", "seconds") if v.deadline else "-"
    names = [rule_name(r, english) for r in v.rules]
    lines = [
        (
            f"Status: {status_label(v.status, True)}; deadline {deadline} "
            f"({v.deadline_basis_en or v.deadline_basis}); "
            f"rules {', '.join(names)}"
            if english
            else f"状态：{status_label(v.status)}；发货时限 {deadline}（{v.deadline_basis}）；"
            f"依据规则 {'、'.join(names)}"
        )
    ]
    judged = announcement_lines(v, english)
    if judged:
        lines.append("Announcements applied:" if english else "适用公告：")
        lines += [f"  {line}" for line in judged]
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
    if len(v.charges) > 1:
        for c in v.charges:
            amount = c.amount
            if english:
                shown = "unknown" if amount is None else f"{amount} yuan"
                lines.append(f"  {rule_name(c.rule, True)} ({c.kind}): {shown}")
            else:
                kind = "赔付消费者" if c.kind == "compensation" else "扣款"
                shown = "未知" if amount is None else f"{amount} 元"
                lines.append(f"  {rule_name(c.rule)}（{kind}）：{shown}")
    for s in v.trace:
        text = s.text_en if english else s.text
        clause = (s.clause_en or s.clause) if english else s.clause
        rule = GENERAL_RULE.get(s.rule, (s.rule, s.rule))[1 if english else 0]
        line = f"  [{rule} · {clause}] {text}" if clause else f"  [{rule}] {text}"
        if s.parameter:
            label = (s.label_en or s.label) if english else s.label
            source = (s.source_en or s.source) if english else s.source
            line += f" — {label or text} = {s.value}" + (
                (f" ({source})" if english else f"（{source}）") if source else ""
            )
        lines.append(line)
    return lines
