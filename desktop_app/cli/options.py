"""Options that many subcommands share, each with its help in Chinese and English, and the parser
class whose own -h/--version texts are bilingual too."""

from __future__ import annotations

import argparse
from typing import Any

DB_HELP = (
    "数据库文件（默认：环境变量 SHIPCHECK_DB，否则用户数据目录中的 shipcheck.db） / database file "
    "(default: $SHIPCHECK_DB, else shipcheck.db in the user data folder)"
)


class BilingualParser(argparse.ArgumentParser):
    """An ArgumentParser whose -h says what it does in both languages; subcommand parsers made
    from it are of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.add_argument(
            "-h", "--help", action="help", help="显示此帮助并退出 / show this help and exit"
        )


def add_db(parser: argparse.ArgumentParser, **kwargs: Any) -> None:
    """``--db PATH``."""
    parser.add_argument("--db", metavar="PATH", help=DB_HELP, **kwargs)


def add_json(parser: argparse.ArgumentParser, zh: str, en: str) -> None:
    """``--json``, saying what the JSON holds."""
    parser.add_argument("--json", action="store_true", help=f"{zh} / {en}")
