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
import sys
from typing import Any

from desktop_app.errors import BadInput, Problem
from policies.platforms import PLATFORM_IDS


def run_explain(args: argparse.Namespace) -> int:
    """Explain one order and print it."""
    from desktop_app.cli.evaluate_cmd import _english, open_db, verdict_json
    from desktop_app.evaluation.explain import explain_order
    from policies.explain import explain

    with open_db(args) as store:
        found = explain_order(store, args.platform, args.order_id.strip(), args.sub.strip())
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
    english = _english()
    note = found.stale_step()
    if note is not None:
        print(note.text_en if english else note.text, file=sys.stderr)
    for line in explain(found.verdict, english):
        print(line)
    return 0


def register(subparsers: Any) -> None:
    """Add `explain`."""
    p = subparsers.add_parser(
        "explain", help="解释一个订单的评估结果（规则、条款、参数） / explain one order's verdict"
    )
    p.add_argument("--db", help="数据库路径 / database path")
    p.add_argument("--platform", choices=PLATFORM_IDS, required=True)
    p.add_argument("order_id", help="订单号 / order id")
    p.add_argument("--sub", default="", help="子订单号（抖店） / sub-order id (Douyin)")
    p.add_argument("--json", action="store_true", help="一个 JSON 对象 / one JSON object")
    p.set_defaults(run=run_explain)
