"""`shipcheck settings set KEY VALUE | unset KEY | list [--json]`: the seller's overrides.

Keys are parameter keys (``kuaishou.k2.compensation_rate`` …, see ``policies/parameters``) or
seller-entered values (K3 rates, D2 own/industry indicators). Values are validated against the
parameter's unit before they are stored.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from desktop_app.cli.evaluate_cmd import open_db
from desktop_app.errors import BadInput, Problem


def run_set(args: argparse.Namespace) -> int:
    """Validate and store one override."""
    from desktop_app.evaluation import validate_setting
    from desktop_app.store.settings import set_setting

    value = validate_setting(args.key, args.value)
    with open_db(args) as store:
        set_setting(store.conn, args.key, value)
    print(f"{args.key} = {json.dumps(value, ensure_ascii=False)}")
    return 0


def run_unset(args: argparse.Namespace) -> int:
    """Remove one override (the default applies again)."""
    from desktop_app.store.settings import delete_setting, get_setting

    with open_db(args) as store:
        if get_setting(store.conn, args.key) is None:
            raise BadInput(
                Problem(f"{args.key} 没有被设置过", f"{args.key} is not set", value=args.key)
            )
        delete_setting(store.conn, args.key)
    print(f"{args.key}: 已恢复默认值 / default restored")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Every parameter and seller value with default, source and override."""
    from desktop_app.evaluation import load_parameters

    with open_db(args) as store:
        views = load_parameters(store)
    try:
        _print_views(views, args.json)
    except BrokenPipeError:  # the reader (e.g. `| head`) went away: nothing left to do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _print_views(views: list[Any], as_json: bool) -> None:
    from policies.explain import GENERAL_RULE

    if as_json:
        for v in views:
            print(
                json.dumps(
                    {
                        "key": v.key,
                        "rule": v.rule,
                        "unit": v.unit,
                        "label": v.label,
                        "label_en": v.label_en,
                        "default": v.default_json,
                        "source": v.source,
                        "source_en": v.source_en,
                        "override": v.override,
                        "overridden": v.overridden,
                        "kind": v.kind,
                    },
                    ensure_ascii=False,
                )
            )
        return
    for v in views:
        current = (
            f"卖家设置 {json.dumps(v.override, ensure_ascii=False)}" if v.overridden else v.default
        )
        rule = GENERAL_RULE.get(v.rule, (v.rule, v.rule))[0]
        print(f"{v.key}  [{rule}, {v.unit_label}]  {v.label}")
        print(f"    当前值: {current}    默认: {v.default}    来源: {v.source}")


def register(subparsers: Any) -> None:
    """Add `settings set|unset|list`."""
    p = subparsers.add_parser("settings", help="卖家设置 / seller overrides")
    sub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    s = sub.add_parser("set", help="设置 KEY 为 VALUE")
    s.add_argument("key")
    s.add_argument("value")
    s.add_argument("--db")
    s.set_defaults(run=run_set)
    u = sub.add_parser("unset", help="恢复 KEY 的默认值")
    u.add_argument("key")
    u.add_argument("--db")
    u.set_defaults(run=run_unset)
    ls = sub.add_parser("list", help="列出全部参数、默认值、来源和设置")
    ls.add_argument("--db")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(run=run_list)
