"""`shipcheck rules list|show|import|undo`: the rules in force and the rule updates installed.

``rules list [--platform P] [--as-of T] [--json]`` prints per platform the rules in force at an
instant: each parameter's version (the date it took effect), its value and source, and whether it
came with the app or from an installed rule update. ``rules show RULE`` prints every dated version
of one rule. ``rules import PACK`` installs a signed rule update (backup first, the orders it
affects judged again); ``rules undo`` removes the last one installed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.errors import BadInput, Problem

SECTIONS = ("kuaishou", "douyin", "aliexpress", "common")


def _english() -> bool:
    from desktop_app.cli.evaluate_cmd import _english as english

    return bool(english())


def run_list(args: argparse.Namespace) -> int:
    """Print the rules in force."""
    from desktop_app.cli.evaluate_cmd import as_of_or_now, open_db
    from desktop_app.rulepacks.listing import SECTION_NAMES, installed, rules_in_force

    at = as_of_or_now(args.as_of)
    english = _english()
    with open_db(args) as store:
        views = rules_in_force(store.conn, at, args.platform)
        packs = installed(store.conn)
    if args.json:
        print(json.dumps(_list_json(at, views, packs), ensure_ascii=False))
        return 0
    when = at.strftime("%Y-%m-%d %H:%M")
    print(f"Rules in force at {when} (China time)" if english else f"{when}（中国时间）生效的规则")
    section = ""
    for v in views:
        if v.section != section:
            section = v.section
            zh, en = SECTION_NAMES.get(section, (section, section))
            print(f"\n== {en if english else zh} ==")
        print("  " + " ".join(x for x in (v.rule, v.name_en if english else v.name) if x))
        if v.citation:
            cite = v.citation_en if english else v.citation
            origin = v.origin_en if english else v.origin
            print(f"    {cite} — {origin}")
        elif v.rule:
            print("    Not in force yet at this date." if english else "    该时刻尚未生效。")
        for p in v.parameters:
            since = p.since.strftime("%Y-%m-%d") if p.since else "—"
            label = p.label_en if english else p.label
            origin = p.origin_en if english else p.origin
            if english:
                print(f"    · {label}: {p.value} (since {since}; {origin})")
            else:
                print(f"    · {label}：{p.value}（{since} 起；{origin}）")
            assumption = p.assumption_en if english else p.assumption
            if assumption:
                print(f"      {assumption}")
    if packs:
        print("\nInstalled rule updates:" if english else "\n已安装的规则更新：")
        for pack in packs:
            title = pack.title_en if english else pack.title
            print(f"  {title}  {pack.pack_date.isoformat()}  ({pack.installed_at})")
    return 0


def _list_json(at: Any, views: list[Any], packs: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "as_of": at.strftime("%Y-%m-%d %H:%M:%S"),
        "packs": [_pack_json(p) for p in packs],
        "rules": [
            {
                "platform": v.section,
                "rule": v.rule,
                "name": v.name,
                "name_en": v.name_en,
                "announcement": v.citation,
                "announcement_en": v.citation_en,
                "version_date": v.version_date or None,
                "from": v.origin_en or None,
                "parameters": [
                    {
                        "key": p.key,
                        "label": p.label,
                        "label_en": p.label_en,
                        "value": p.value_json,
                        "since": p.since.strftime("%Y-%m-%d %H:%M:%S") if p.since else None,
                        "source": p.source,
                        "source_en": p.source_en,
                        "from": p.origin_en,
                        "from_zh": p.origin,
                    }
                    for p in v.parameters
                ],
            }
            for v in views
        ],
    }


def _pack_json(pack: Any) -> dict[str, Any]:
    return {
        "id": pack.pack_id,
        "date": pack.pack_date.isoformat(),
        "title": pack.title,
        "title_en": pack.title_en,
        "key": pack.key_id,
        "installed_at": pack.installed_at,
        "platforms": list(pack.platforms),
    }


def run_show(args: argparse.Namespace) -> int:
    """Print every dated version of one rule."""
    from desktop_app.cli.evaluate_cmd import open_db
    from desktop_app.rulepacks.listing import rule_history
    from policies.params import format_value

    english = _english()
    with open_db(args) as store:
        history = rule_history(store.conn, args.rule)
    if history is None:
        raise BadInput(
            Problem(
                f"没有这条规则：{args.rule}（用 shipcheck rules list 查看全部规则）",
                f"No such rule: {args.rule} (see 'shipcheck rules list')",
                value=args.rule,
            )
        )
    print(f"{history.rule} {history.name_en if english else history.name}")
    if history.versions:
        print("Announcement versions:" if english else "公告版本：")
    for day, cite, cite_en, origin in history.versions:
        undated = "undated" if english else "日期未知"
        print(f"  {day or undated}: {cite_en if english else cite}  [{origin}]")
    arrow = "from" if english else "起"
    for p, origins in history.parameters:
        print(p.label_en if english else p.label)
        for e, origin in zip(p.entries, origins, strict=True):
            start = e.start.strftime("%Y-%m-%d %H:%M:%S").removesuffix(" 00:00:00")
            print(f"  {start} {arrow}: {format_value(e.value, p.unit)}  [{origin}]")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Install one signed rule update."""
    from desktop_app.cli.evaluate_cmd import open_db
    from desktop_app.rulepacks.install import install_pack

    english = _english()
    with open_db(args) as store:
        change = install_pack(store, Path(args.pack), allow_example=args.trust_example_key)
    _print_change(change, english, installed=True)
    return 0


def run_undo(args: argparse.Namespace) -> int:
    """Remove the last installed rule update."""
    from desktop_app.cli.evaluate_cmd import open_db
    from desktop_app.rulepacks.install import undo_last_install

    with open_db(args) as store:
        change = undo_last_install(store)
    _print_change(change, _english(), installed=False)
    return 0


def _print_change(change: Any, english: bool, *, installed: bool) -> None:
    if english:
        verb = "Installed" if installed else "Removed"
        print(f"{verb} the rule update “{change.title_en}” ({change.pack_date}).")
        if change.backup is not None:
            print(f"Backup taken first: {change.backup.name}")
        judged = ", ".join(change.platforms) or "none (not evaluated yet)"
        print(f"Orders judged again: {judged}")
        return
    verb = "已安装" if installed else "已撤销"
    print(f"{verb}规则更新《{change.title}》（{change.pack_date}）。")
    if change.backup is not None:
        print(f"操作前已备份：{change.backup.name}")
    print(f"已重新评估的平台：{'、'.join(change.platforms) or '无（尚未评估过）'}")


def register(subparsers: Any) -> None:
    """Add `rules list|show|import|undo`."""
    p = subparsers.add_parser(
        "rules", help="生效的规则与规则更新 / the rules in force and rule updates"
    )
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    ls = sub.add_parser(
        "list", help="按平台列出某时刻生效的规则 / the rules in force at an instant, per platform"
    )
    ls.add_argument("--db", help="数据库路径 / database path")
    ls.add_argument("--platform", choices=SECTIONS, help="只列出这个平台 / only this platform")
    ls.add_argument(
        "--as-of",
        help="时刻，YYYY-MM-DD[ HH:MM:SS]，中国时间，默认现在 / instant (China time), default now",
    )
    ls.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    ls.set_defaults(run=run_list)
    show = sub.add_parser("show", help="一条规则的全部版本 / every dated version of one rule")
    show.add_argument("rule", metavar="RULE", help="规则编号，如 D6 / rule id, e.g. D6")
    show.add_argument("--db", help="数据库路径 / database path")
    show.set_defaults(run=run_show)
    imp = sub.add_parser(
        "import", help="安装签名的规则更新文件 / install a signed rule update file"
    )
    imp.add_argument("pack", metavar="PACK", help="规则更新文件 / the rule update file")
    imp.add_argument("--db", help="数据库路径 / database path")
    imp.add_argument(
        "--trust-example-key",
        action="store_true",
        help="也接受用 ShipCheck 自带示例密钥签名的更新（仅供试用） / also accept updates "
        "signed with the example key shipped with ShipCheck (for trying updates out)",
    )
    imp.set_defaults(run=run_import)
    undo = sub.add_parser(
        "undo", help="撤销最近安装的规则更新 / remove the last installed rule update"
    )
    undo.add_argument("--db", help="数据库路径 / database path")
    undo.set_defaults(run=run_undo)
