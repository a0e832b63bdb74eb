"""`shipcheck gui [--demo] [--db PATH] [--as-of "YYYY-MM-DD HH:MM:SS"]` — the desktop window.

`shipcheck` with no arguments runs this (see `desktop_app.cli.main`). Qt is imported only when the
command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.chinatime import parse_as_of


def register(subparsers: Any) -> None:
    """Add the `gui` subcommand."""
    parser = subparsers.add_parser(
        "gui",
        help="open the ShipCheck window / 打开图形界面",
        description="Open the ShipCheck window. 打开 ShipCheck 图形界面。",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open on the bundled sample exports in a temporary database / 用演示数据打开",
    )
    parser.add_argument("--db", type=Path, default=None, help="database file / 数据库文件")
    parser.add_argument(
        "--as-of",
        dest="as_of",
        default=None,
        metavar="'YYYY-MM-DD HH:MM:SS'",
        help="evaluate as of this China time instead of now / 按此时间（北京时间）评估",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Open the window and run until it closes."""
    as_of = parse_as_of(args.as_of)
    from desktop_app.gui.launch import launch

    return launch(args.db, demo=bool(args.demo), as_of=as_of)
