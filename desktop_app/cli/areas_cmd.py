"""`shipcheck areas add REGION --from DATE [--to DATE] | import FILE | list | delete ID` (K1
areas)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.cli.evaluate_cmd import open_db
from desktop_app.errors import BadInput, Problem


def _date(text: str, option: str) -> Any:
    from desktop_app.importing.areas import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise BadInput(
            Problem(
                f"{option} 应为日期 YYYY-MM-DD", f"{option} must be a date YYYY-MM-DD", value=text
            )
        ) from None


def _show(a: Any) -> str:
    where = "/".join(x for x in (a.province, a.city, a.district) if x)
    end = a.end.isoformat() if a.end else "至今 (open)"
    return f"{a.id}\t{a.region}\t{where}\t{a.start.isoformat()}\t{end}\t{a.note}"


def run_add(args: argparse.Namespace) -> int:
    """Add one area."""
    from desktop_app.store.areas import add_area

    start = _date(args.from_, "--from")
    end = _date(args.to, "--to") if args.to else None
    with open_db(args) as store:
        area = add_area(store.conn, args.region, start, end, args.note or "")
    print(_show(area))
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import a CSV/XLSX of areas (all rows or none)."""
    from desktop_app.importing.areas import read_area_file
    from desktop_app.store.areas import save_areas

    with open_db(args) as store:
        areas = save_areas(store.conn, read_area_file(Path(args.file)))
    for a in areas:
        print(_show(a))
    print(f"导入 {len(areas)} 个区域 / {len(areas)} areas imported")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List the stored areas."""
    from desktop_app.store.areas import list_areas

    with open_db(args) as store:
        areas = list_areas(store.conn)
    for a in areas:
        if args.json:
            print(
                json.dumps(
                    {
                        "id": a.id,
                        "region": a.region,
                        "province": a.province,
                        "city": a.city,
                        "district": a.district,
                        "start": a.start.isoformat(),
                        "end": a.end.isoformat() if a.end else None,
                        "note": a.note,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(_show(a))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """Delete one area by id."""
    from desktop_app.store.areas import delete_area

    with open_db(args) as store:
        if not delete_area(store.conn, args.id):
            raise BadInput(Problem(f"没有编号为 {args.id} 的区域", f"No area with id {args.id}"))
    print(f"已删除 {args.id} / deleted")
    return 0


def register(subparsers: Any) -> None:
    """Add `areas add|import|list|delete`."""
    p = subparsers.add_parser("areas", help="疫情影响区域（K1）/ affected areas")
    sub = p.add_subparsers(dest="areas_command", metavar="ACTION", required=True)
    a = sub.add_parser("add", help="添加区域")
    a.add_argument("region", help="如 上海市浦东新区 / 武汉")
    a.add_argument("--from", dest="from_", required=True, help="开始日期 YYYY-MM-DD")
    a.add_argument("--to", help="结束日期 YYYY-MM-DD（不填 = 至今）")
    a.add_argument("--note")
    a.add_argument("--db")
    a.set_defaults(run=run_add)
    i = sub.add_parser("import", help="从 CSV/XLSX 导入（地区/开始日期/结束日期）")
    i.add_argument("file")
    i.add_argument("--db")
    i.set_defaults(run=run_import)
    ls = sub.add_parser("list", help="列出区域")
    ls.add_argument("--db")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(run=run_list)
    d = sub.add_parser("delete", help="删除区域")
    d.add_argument("id", type=int)
    d.add_argument("--db")
    d.set_defaults(run=run_delete)
