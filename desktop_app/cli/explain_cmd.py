"""`shipcheck explain`: one stored order's verdict with its full explanation, made on demand.

``explain --platform P ORDER_ID [--sub SUB_ORDER_ID] [--json]`` runs the same rule code as
`shipcheck evaluate`, with the trace recorder on, as of the stored evaluation's instant, and says
when settings or data changed since (then the explanation may differ from the stored verdict).
``--json`` prints `evaluate --json`'s object for the verdict plus ``stale``, ``differs`` and
``settings_changed``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from typing import Any

from desktop_app.cli.options import add_db, add_json
from desktop_app.errors import BadInput, Problem
from desktop_app.store.verdict_instants import stored_as_ofs
from policies.explain import status_label
from policies.platforms import PLATFORM_IDS


def run_explain(args: argparse.Namespace) -> int:
    """Explain one order and print it."""
    from desktop_app.cli.evaluate_cmd import _english, open_db, say_as_of, verdict_json
    from desktop_app.evaluation.explain import explain_order
    from policies.explain import explain

    order_id, sub = args.order_id.strip(), args.sub.strip()
    with open_db(args) as store:
        found = explain_order(store, args.platform, order_id, sub)
        stored = bool(stored_as_ofs(store.conn, args.platform))
        subs = [] if found is not None or sub else sub_orders(store.conn, args.platform, order_id)
        if len(subs) == 1:
            found = explain_order(store, args.platform, order_id, subs[0][0])
    if found is None and len(subs) > 1:
        print_sub_orders(args.platform, order_id, subs, _english())
        return 0
    if found is None:
        which = f"{args.platform} {args.order_id} {args.sub}".rstrip()
        raise BadInput(
            Problem(
                f"数据库中没有这个订单：{which}",
                f"no such order in the database: {which}",
                value=args.order_id,
            )
        )
    if args.json:
        out: dict[str, Any] = verdict_json(found.verdict)
        out.update(
            stale=found.stale, differs=found.differs, settings_changed=found.settings_changed
        )
        print(json.dumps(out, ensure_ascii=False))
        return 0
    say_as_of(found.verdict.as_of, "stored" if stored else "now")
    english = _english()
    note = found.stale_step()
    if note is not None:
        print(note.text_en if english else note.text, file=sys.stderr)
    for line in explain(found.verdict, english):
        print(line)
    return 0


def sub_orders(conn: sqlite3.Connection, platform: str, order_id: str) -> list[tuple[str, str]]:
    """The sub-orders stored under one order id, each with its verdict's status ('' if none)."""
    rows = conn.execute(
        "SELECT o.sub_order_id, COALESCE(v.status, '') FROM orders o"
        " LEFT JOIN verdict_rows v ON v.platform = o.platform AND v.order_id = o.order_id"
        " AND v.sub_order_id = o.sub_order_id"
        " WHERE o.platform = ? AND o.order_id = ? AND o.sub_order_id != ''"
        " ORDER BY o.sub_order_id",
        (platform, order_id),
    )
    return [(str(sub), str(status)) for sub, status in rows]


def print_sub_orders(
    platform: str, order_id: str, subs: list[tuple[str, str]], english: bool
) -> None:
    """Name each sub-order of an order and how to explain one of them."""
    if english:
        print(f"Order {order_id} has {len(subs)} sub-orders; each is judged on its own:")
    else:
        print(f"订单 {order_id} 有 {len(subs)} 个子订单，每个子订单单独考核：")
    for sub, status in subs:
        if status:
            name = status_label(status, english)
        else:
            name = "not evaluated yet" if english else "尚未评估"
        print(f"  {sub}\t{name}")
    example = f"shipcheck explain --platform {platform} {order_id} --sub {subs[0][0]}"
    print(f"To explain one: {example}" if english else f"查看某个子订单的解释：{example}")


def register(subparsers: Any) -> None:
    """Add `explain`."""
    p = subparsers.add_parser(
        "explain", help="解释一个订单的评估结果（规则、条款、参数） / explain one order's verdict"
    )
    add_db(p)
    p.add_argument("--platform", choices=PLATFORM_IDS, required=True, help="平台 / platform")
    p.add_argument("order_id", help="订单号 / order id")
    p.add_argument("--sub", default="", help="子订单号（抖店） / sub-order id (Douyin)")
    add_json(p, "一个 JSON 对象", "one JSON object")
    p.set_defaults(run=run_explain)
