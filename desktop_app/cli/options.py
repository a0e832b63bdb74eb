"""The options every subcommand shares: dates, instants (China time), the ``--out`` file, ``--db``
and ``--json`` with their help in both languages, and the bilingual parser class.

Each is checked where it is read, so a bad value is a plain message naming the option (exit 2)
instead of a failure deep inside a report: a date must be a calendar date the orders can have
(`FIRST_DAY` … `LAST_DAY`), and ``--out`` must be a file of the right kind in a folder that exists,
with a name the file system can hold.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.errors import BadInput, Problem

# Platform exports, deadlines and announcements all lie within these; a date outside is a typo
# (9999-12-31), and the day after it must still be a date.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)

_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")

# The longest file name (one path component) the file systems we run on accept: 255 bytes on
# Linux and macOS, 255 UTF-16 units on Windows.
MAX_NAME = 255


def _name_length(name: str) -> int:
    if sys.platform == "win32":
        return len(name.encode("utf-16-le")) // 2
    return len(os.fsencode(name))


def _out_of_range(option: str, text: str) -> BadInput:
    return BadInput(
        Problem(
            message=f"{option} 超出可用的日期范围（{FIRST_DAY} 至 {LAST_DAY}）",
            message_en=f"{option} is outside the dates ShipCheck works with ({FIRST_DAY} to "
            f"{LAST_DAY})",
            value=text,
        )
    )


def check_day(day: date, option: str, text: str) -> date:
    """`day` when it lies within `FIRST_DAY` … `LAST_DAY`; BadInput naming `option` otherwise."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise _out_of_range(option, text)
    return day


def parse_date(text: str, option: str) -> date:
    """A ``YYYY-MM-DD`` option value within the usable range; BadInput naming the option."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            Problem(
                message=f"{option} 应为日期 YYYY-MM-DD",
                message_en=f"{option} must be a date YYYY-MM-DD",
                value=text,
            )
        ) from None
    return check_day(day, option, text)


def parse_instant(text: str | None, option: str = "--as-of") -> datetime | None:
    """``YYYY-MM-DD HH:MM[:SS]`` or a date, China time, as a naive datetime; None when absent."""
    if text is None:
        return None
    raw = text.strip().replace("T", " ")
    for fmt in _TIME_FORMATS:
        try:
            instant = datetime.strptime(raw, fmt)
        except ValueError:
            continue
        check_day(instant.date(), option, text)
        return instant
    raise BadInput(
        Problem(
            message=f"{option} 应为 YYYY-MM-DD HH:MM:SS（北京时间）",
            message_en=f"{option} must be YYYY-MM-DD HH:MM:SS (China time)",
            value=text,
        )
    )


def output_path(text: str, suffix: str) -> Path:
    """The ``--out`` file: ends in `suffix`, is not a folder, sits in a folder that exists, and has
    a name the file system can hold. BadInput naming what is wrong otherwise."""
    path = Path(text).expanduser()
    if path.suffix.lower() != suffix:
        raise BadInput(
            Problem(
                message=f"--out 应为 {suffix} 文件",
                message_en=f"--out must be a {suffix} file",
                value=text,
            )
        )
    return check_out_file(path, text)


def check_out_file(path: Path, text: str) -> Path:
    """`path` (given as `text`) when a file can be written there: a name the file system can hold,
    not a folder, in a folder that exists. BadInput naming what is wrong otherwise."""
    if _name_length(path.name) > MAX_NAME:
        raise BadInput(
            Problem(
                message=f"输出文件的名字太长（最多 {MAX_NAME} 字节），请起一个短一些的名字",
                message_en=f"The output file's name is too long (at most {MAX_NAME} bytes); "
                "choose a shorter one",
                value=path.name,
            )
        )
    folder = path.absolute().parent
    try:
        is_folder, folder_exists = path.is_dir(), folder.is_dir()
    except OSError as exc:  # a folder name too long, a folder we may not look into …
        raise BadInput(
            Problem(
                message=f"无法使用这个输出路径（{exc.strerror}）",
                message_en=f"Cannot use this output path ({exc.strerror})",
                value=text,
            )
        ) from exc
    if is_folder:
        raise BadInput(
            Problem(
                message="输出路径是一个文件夹", message_en="The output path is a folder", value=text
            )
        )
    if not folder_exists:
        raise BadInput(
            Problem(
                message="输出文件所在的文件夹不存在，请先创建它或换一个文件夹",
                message_en="The output file's folder does not exist; create it or choose another",
                file=str(folder),
            )
        )
    return path


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
