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
from typing import Any

from desktop_app.cli.evaluate_cmd import say_as_of
from desktop_app.cli.options import add_db, output_path, parse_date, parse_instant
from desktop_app.errors import BadInput, Problem
from desktop_app.reports.model import AppealReport
from desktop_app.store.verdict_instants import stored_as_ofs
from policies.platforms import PLATFORM_IDS


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
    parser.add_argument("--platform", required=True, choices=PLATFORM_IDS, help="平台 / platform")
    parser.add_argument(
        "--from",
        dest="date_from",
        required=True,
        metavar="DATE",
        help="时间段的第一天 / first day of the period, YYYY-MM-DD",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        required=True,
        metavar="DATE",
        help="时间段的最后一天 / last day of the period, YYYY-MM-DD",
    )
    parser.add_argument(
        "--as-of",
        dest="as_of",
        metavar="TIME",
        help="评估时刻，北京时间（默认：已保存的评估时刻） / as of this China time (default: the "
        "stored evaluation's)",
    )
    parser.add_argument(
        "--shop", default="", help="店铺名称（默认全部店铺） / shop name (default: every shop)"
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="报告语言（默认中文） / report language (default: Chinese)",
    )
    parser.add_argument("--out", required=True, metavar="FILE", help=out_help)
    add_db(parser)


def register(subparsers: Any) -> None:
    """Add ``report penalty`` and ``report appeal``."""
    report = subparsers.add_parser(
        "report", help="打印报告（PDF） / printable penalty and appeal reports (PDF)"
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND")
    penalty = kinds.add_parser("penalty", help="处罚/考核报告 / penalty and assessment report")
    add_common(penalty, "要写出的 PDF / the PDF to write")
    penalty.set_defaults(run=run_report, kind="penalty")
    appeal = kinds.add_parser("appeal", help="申诉/报备材料 / appeal and pre-report material")
    add_common(appeal, "要写出的 PDF / the PDF to write")
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
    req = data.ReportRequest(
        args.platform, start, end, shop=args.shop, as_of=parse_instant(args.as_of), lang=args.lang
    )
    if kind == "penalty":
        return data.gather_penalty(conn, req)
    notice = parse_date(args.notice, "--notice") if getattr(args, "notice", None) else None
    return data.gather_appeal(conn, req, notice_date=notice)


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
        stored = bool(stored_as_ofs(store.conn, args.platform))
    finally:
        store.close()
    say_as_of(model.header.as_of, "given" if args.as_of else "stored" if stored else "now")
    ensure_gui_application()
    from desktop_app.reports.render import write_pdf

    write_pdf(model, out)
    english = args.lang == "en"
    print(f"{'Wrote' if english else '已生成'} {out}")
    missing = model.orders_without_evidence if isinstance(model, AppealReport) else 0
    if missing:
        print(
            f"Note: {missing} order(s) in this appeal have no evidence attached; attach "
            "screenshots or notices to them in the window (order details) before you submit it."
            if english
            else f"提示：本申诉中有 {missing} 笔订单尚未附加证据；提交前请在窗口的订单详情中为它们"
            "添加截图或通知。",
            file=sys.stderr,
        )
    return 0
