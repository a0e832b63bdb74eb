"""`shipcheck evidence` — the appeal evidence bundle (zip) for a platform and period.

    shipcheck evidence --platform douyin --from 2022-12-12 --to 2022-12-18 --out bundle.zip \\
        [--attach notice.png screenshot.jpg …] [--notice 2022-12-19] [--shop NAME] [--lang en]

The zip holds the appeal report PDF, orders.xlsx, raw-rows.json, the attachments and
manifest.json (SHA-256 of every file). Written atomically: on any error no zip is left behind.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.chinatime import parse_as_of
from desktop_app.cli.report_cmd import (
    add_common,
    ensure_gui_application,
    open_database,
    output_path,
    parse_date,
)


def register(subparsers: Any) -> None:
    """Add ``evidence``."""
    parser = subparsers.add_parser(
        "evidence", help="申诉证据包 appeal evidence bundle (zip with PDF, xlsx, manifest)"
    )
    add_common(parser, "FILE.zip")
    parser.add_argument(
        "--attach", nargs="+", default=[], metavar="FILE", help="附加证据文件 extra evidence files"
    )
    parser.add_argument(
        "--notice", metavar="DATE", help="判罚通知日期 date of the penalty notice (filing deadline)"
    )
    parser.set_defaults(run=run_evidence)


def run_evidence(args: argparse.Namespace) -> int:
    """Write the evidence bundle."""
    out = output_path(args.out, ".zip")
    start = parse_date(args.date_from, "--from")
    end = parse_date(args.date_to, "--to")
    as_of = parse_as_of(args.as_of)
    notice = parse_date(args.notice, "--notice") if args.notice else None
    ensure_gui_application()
    from desktop_app.evidence.bundle import build_bundle

    store = open_database(args.db)
    try:
        result = build_bundle(
            store.conn,
            args.platform,
            start,
            end,
            out,
            attach=args.attach,
            shop=args.shop,
            as_of=as_of,
            lang=args.lang,
            notice_date=notice,
        )
    finally:
        store.close()
    english = args.lang == "en"
    if english:
        print(f"Wrote {result.path}: {result.orders} orders, {len(result.files)} files + manifest")
    else:
        print(f"已生成 {result.path}：{result.orders} 笔订单，{len(result.files)} 个文件及清单")
    return 0
