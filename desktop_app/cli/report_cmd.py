"""`shipcheck report penalty|appeal` — the printable reports as PDF.

    shipcheck report penalty --platform kuaishou --from 2022-12-12 --to 2022-12-18 --out r.pdf
    shipcheck report appeal --platform douyin --from 2022-12-12 --to 2022-12-18 \\
        [--notice 2022-12-19] [--lang en] --out appeal.pdf

Uses the stored verdicts (``shipcheck evaluate``); with ``--as-of`` another instant, or when nothing
was evaluated yet, the orders are evaluated for the report only — the database is not changed.
Bad dates, an unknown platform, an empty period → exit 2 with the reason.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.chinatime import parse_as_of
from desktop_app.errors import BadInput, Problem
from policies.platforms import PLATFORM_IDS


def parse_date(text: str, option: str) -> date:
    """A ``YYYY-MM-DD`` option value; BadInput naming the option otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            Problem(
                message=f"{option} 应为日期 YYYY-MM-DD",
                message_en=f"{option} must be a date YYYY-MM-DD",
                value=text,
            )
        ) from None


def output_path(text: str, suffix: str) -> Path:
    """The ``--out`` file: must end in `suffix` and not be a directory."""
    path = Path(text).expanduser()
    if path.suffix.lower() != suffix:
        raise BadInput(
            Problem(
                message=f"--out 应为 {suffix} 文件",
                message_en=f"--out must be a {suffix} file",
                value=text,
            )
        )
    if path.is_dir():
        raise BadInput(
            Problem(message="--out 是一个文件夹", message_en="--out is a directory", value=text)
        )
    return path


def open_database(db: str | None) -> Any:
    """The store for ``--db`` (else $SHIPCHECK_DB, else the data dir), read-only; the caller
    closes it."""
    from desktop_app.store import connection
    from desktop_app.store.paths import resolve_db_path

    target = resolve_db_path(db)
    try:
        return connection.open_store(target, readonly=True)
    except sqlite3.DatabaseError as exc:
        raise BadInput(
            Problem(
                message="无法打开数据库",
                message_en="cannot open the database",
                file=str(target),
                value=str(exc),
            )
        ) from None


def add_common(parser: argparse.ArgumentParser, out_help: str) -> None:
    """Options shared by `report` and `evidence`."""
    parser.add_argument("--platform", required=True, choices=PLATFORM_IDS, help="平台 platform")
    parser.add_argument(
        "--from", dest="date_from", required=True, metavar="DATE", help="YYYY-MM-DD"
    )
    parser.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument(
        "--as-of",
        dest="as_of",
        metavar="TIME",
        help="评估时点 as-of, China time (default: the stored evaluation)",
    )
    parser.add_argument("--shop", default="", help="店铺名 (default: all shops)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="报告语言 (default zh)")
    parser.add_argument("--out", required=True, metavar="FILE", help=out_help)
    parser.add_argument("--db", metavar="PATH", help="database file")


def register(subparsers: Any) -> None:
    """Add ``report penalty`` and ``report appeal``."""
    report = subparsers.add_parser(
        "report", help="打印报告 printable penalty / appeal reports (PDF)"
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND")
    penalty = kinds.add_parser("penalty", help="处罚/考核报告 penalty and assessment report")
    add_common(penalty, "FILE.pdf")
    penalty.set_defaults(run=run_report, kind="penalty")
    appeal = kinds.add_parser("appeal", help="申诉/报备材料 appeal / pre-report material")
    add_common(appeal, "FILE.pdf")
    appeal.add_argument(
        "--notice", metavar="DATE", help="判罚通知日期 date of the penalty notice (filing deadline)"
    )
    appeal.set_defaults(run=run_report, kind="appeal")
    report.set_defaults(run=lambda args: _usage(report))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def gather(args: argparse.Namespace, conn: sqlite3.Connection, kind: str) -> Any:
    """The report model the options ask for."""
    from desktop_app.reports import data

    start = parse_date(args.date_from, "--from")
    end = parse_date(args.date_to, "--to")
    as_of = parse_as_of(args.as_of)
    if kind == "penalty":
        return data.gather_penalty(
            conn, args.platform, start, end, shop=args.shop, as_of=as_of, lang=args.lang
        )
    notice = parse_date(args.notice, "--notice") if getattr(args, "notice", None) else None
    return data.gather_appeal(
        conn,
        args.platform,
        start,
        end,
        shop=args.shop,
        as_of=as_of,
        lang=args.lang,
        notice_date=notice,
    )


def ensure_gui_application() -> Any:
    """A QGuiApplication for fonts and text layout (offscreen when there is no display)."""
    import os

    from desktop_app.qt import QtGui

    app = QtGui.QGuiApplication.instance()
    if app is None:
        headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if headless and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QtGui.QGuiApplication(["shipcheck"])
    return app


def run_report(args: argparse.Namespace) -> int:
    """Write the penalty or appeal report PDF."""
    out = output_path(args.out, ".pdf")
    store = open_database(args.db)
    try:
        model = gather(args, store.conn, args.kind)
    finally:
        store.close()
    ensure_gui_application()
    from desktop_app.reports.render import write_pdf

    write_pdf(model, out)
    english = args.lang == "en"
    print(f"{'Wrote' if english else '已生成'} {out}")
    return 0
