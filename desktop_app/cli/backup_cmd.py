"""``shipcheck backup list|create|restore [NAME]`` — the database's backups (see store.backups).

Backups are made with SQLite's backup API into ``backups/`` beside the database: automatically
before every migration and import and once a day, and on demand with ``backup create``. ``restore``
first backs up the current database (a damaged one is kept under a ``.damaged-…`` name instead),
then replaces it atomically.
"""

from __future__ import annotations

import argparse
import os
import sys

from desktop_app.cli.options import add_db


def _english() -> bool:
    lang = os.environ.get("SHIPCHECK_LANG") or os.environ.get("LANG", "")
    return lang.lower().startswith("en")


REASONS_ZH = {
    "manual": "手动",
    "daily": "每日",
    "import": "导入前",
    "migration": "升级前",
    "pre-restore": "恢复前",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``backup list``, ``backup create`` and ``backup restore NAME``."""
    backup = subparsers.add_parser(
        "backup",
        help="数据库备份 — database backups",
        description=(
            "数据库备份：导入前、升级前和每天自动备份，保存在数据库旁的 backups 文件夹。"
            " — Database backups: made automatically before every import and upgrade and once a "
            "day, kept in the backups folder beside the database."
        ),
    )
    actions = backup.add_subparsers(dest="backup_action", metavar="ACTION")
    listing = actions.add_parser("list", help="列出备份 list backups (newest first)")
    add_db(listing)
    listing.set_defaults(run=run_list)
    create = actions.add_parser("create", help="立即备份 back up now")
    add_db(create)
    create.set_defaults(run=run_create)
    restore = actions.add_parser(
        "restore",
        help="从备份恢复（先备份当前数据库） restore a backup (the current db is backed up first)",
    )
    restore.add_argument(
        "name",
        metavar="NAME",
        help="备份文件名（见 backup list）或路径 / a backup's name (see backup list) or path",
    )
    add_db(restore)
    restore.set_defaults(run=run_restore)
    backup.set_defaults(run=lambda args: _usage(backup))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def run_list(args: argparse.Namespace) -> int:
    """Print the backups of the database, newest first."""
    from desktop_app.store.backups import list_backups
    from desktop_app.store.paths import backups_dir, resolve_db_path

    en = _english()
    db = resolve_db_path(args.db)
    backups = list_backups(db)
    if not backups:
        print(
            f"No backups yet (folder: {backups_dir(db)})."
            if en
            else f"还没有备份（文件夹：{backups_dir(db)}）。"
        )
        return 0
    try:
        for b in backups:
            reason = b.reason if en else REASONS_ZH.get(b.reason, b.reason)
            print(f"{b.name}  {b.created_at}  {reason}  {_size(b.size_bytes)}")
    except BrokenPipeError:  # `shipcheck backup list | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def run_create(args: argparse.Namespace) -> int:
    """Back up the database now."""
    from desktop_app.store.backups import create_backup
    from desktop_app.store.connection import open_store

    en = _english()
    with open_store(args.db, daily_backup=False) as store:
        info = create_backup(store, "manual")
    print(f"Backup created: {info.path}" if en else f"已创建备份：{info.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore the backup NAME over the database (after backing up the current one)."""
    from desktop_app.store.paths import resolve_db_path
    from desktop_app.store.restore import restore

    en = _english()
    db = resolve_db_path(args.db)
    result = restore(db, args.name)
    print(f"Restored {args.name} into {db}." if en else f"已将 {args.name} 恢复到 {db}。")
    pre = result.pre_restore
    if pre is not None:
        print(
            f"The database as it was before is kept as backup {pre.name}."
            if en
            else f"恢复前的数据库已备份为 {pre.name}。"
        )
    for path in result.kept[:1]:  # the main file (its -wal/-shm sit beside it)
        label = "damaged" if ".damaged-" in path.name else "leftover"
        print(
            f"The {label} file was kept as {path}."
            if en
            else f"{'损坏' if label == 'damaged' else '遗留'}的文件已保留为 {path}。"
        )
    return 0
