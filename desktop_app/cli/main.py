"""Entry point of the `shipcheck` command: builds the parser from the `*_cmd` modules and runs.

Each module `desktop_app/cli/<name>_cmd.py` defines ``register(subparsers) -> None``, which adds its
subcommands with ``parser.set_defaults(run=<function(args) -> int>)``. Modules import heavy packages
(Qt, openpyxl, the engine) inside their run functions, so `shipcheck --help` stays fast.

Exit codes (DESIGN.md): 0 success; 2 bad input or usage, message on stderr naming the file, row and
column where there is one; 1 an internal error.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import pkgutil
import sqlite3
import sys
import traceback
from collections.abc import Sequence

import desktop_app.cli as cli_package
from desktop_app import __version__
from desktop_app.cli.options import BilingualParser
from desktop_app.errors import BadInput, Cancelled, Problem

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2

_INTERNAL_ZH = "内部错误——请把上面的信息反馈给开发者。"
_INTERNAL_EN = "Internal error — please report it with the lines above."


def _english() -> bool:
    """Messages in English when SHIPCHECK_LANG or LANG asks for it; Chinese otherwise."""
    lang = os.environ.get("SHIPCHECK_LANG") or os.environ.get("LANG", "")
    return lang.lower().startswith("en")


# Failures of the machine rather than of ShipCheck: the user can fix them (free space, permissions),
# so they get a plain message and exit code 2, never a traceback.
_ENVIRONMENT_ERRORS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("磁盘空间不足", "the disk is full"),
    errno.EDQUOT: ("超出磁盘配额", "the disk quota is exceeded"),
    errno.EACCES: ("没有权限", "permission denied"),
    errno.EPERM: ("操作不被允许", "operation not permitted"),
    errno.EROFS: ("磁盘是只读的", "the disk is read-only"),
    errno.ENAMETOOLONG: ("文件名太长", "the file name is too long"),
    errno.ENOENT: ("找不到这个文件或文件夹", "no such file or folder"),
    errno.ENOTDIR: ("路径中有一段不是文件夹", "a part of the path is not a folder"),
    errno.EISDIR: ("这是一个文件夹，不是文件", "it is a folder, not a file"),
}


def environment_message(exc: OSError, english: bool) -> str | None:
    """A one-line message for an OSError the user can fix (disk full, no permission), else None."""
    known = _ENVIRONMENT_ERRORS.get(exc.errno or -1)
    if known is None:
        return None
    what = known[1] if english else known[0]
    where = exc.filename or ""
    if english:
        tail = " Nothing was left half-written."
        return f"{where}: {what}.{tail}" if where else f"Cannot write: {what}.{tail}"
    tail = "没有留下写了一半的文件。"
    return f"{where}：{what}。{tail}" if where else f"无法写入：{what}。{tail}"


def database_problem(exc: sqlite3.DatabaseError) -> Problem | None:
    """The plain message for a database failure the user can act on (read-only, damaged, full,
    busy) that reached the command line without one; None for anything else (a bug)."""
    from desktop_app.store.connection import store_error_problem

    return store_error_problem(exc)


def command_modules() -> list[str]:
    """Names of the modules that contribute subcommands, in a stable order."""
    return sorted(
        f"{cli_package.__name__}.{m.name}"
        for m in pkgutil.iter_modules(cli_package.__path__)
        if m.name.endswith("_cmd")
    )


def build_parser() -> argparse.ArgumentParser:
    """The full parser: global options plus every module's subcommands."""
    parser = BilingualParser(
        prog="shipcheck",
        description="ShipCheck 发货考核助手 — shipping-assessment checker for "
        "快手小店 / 抖店 / 速卖通.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ShipCheck {__version__}",
        help="显示版本并退出 / show the version and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no arguments, open the GUI."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    english = _english()
    try:
        return int(run(args) or 0)
    except BadInput as exc:
        print(exc.render(english), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Cancelled:
        print("Cancelled." if english else "已取消。", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`shipcheck evaluate --json | head`): not an error of ours.
        # Point stdout at devnull so the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except sqlite3.DatabaseError as exc:
        problem = database_problem(exc)
        if problem is None:
            traceback.print_exc()
            print(_INTERNAL_EN if english else _INTERNAL_ZH, file=sys.stderr)
            return EXIT_INTERNAL
        print(problem.render(english), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        message = environment_message(exc, english)
        if message is None:
            traceback.print_exc()
            print(_INTERNAL_EN if english else _INTERNAL_ZH, file=sys.stderr)
            return EXIT_INTERNAL
        print(message, file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:
        traceback.print_exc()
        print(_INTERNAL_EN if english else _INTERNAL_ZH, file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
