"""Reading a database's write-ahead log (``<db>-wal``) as SQLite does, to see what it would drop.

SQLite replays the WAL's frames up to the first one whose salt or running checksum is wrong and
silently ignores the rest — committed transactions included — and the next write then starts the
log afresh, so they are gone for good. `check_wal` walks the log frame by frame (the format in
https://www.sqlite.org/fileformat.html#the_write_ahead_log) and counts the committed transactions
behind such a break: when there are any, the store refuses to open and keeps a copy of the log.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.chinatime import CHINA

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC_LE = 0x377F0682
_MAGIC_BE = 0x377F0683
_MASK = 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class WalDamage:
    """Committed transactions in a WAL that SQLite would not replay."""

    wal: Path
    lost_transactions: int  # commit frames behind the break
    lost_pages: int  # distinct database pages those transactions wrote
    kept_transactions: int  # committed transactions before the break, which SQLite replays
    since: str  # when the database file was last written whole (China time): the lost changes
    until: str  # were made after `since` and up to `until`, the log's last write

    def describe(self, english: bool) -> str:
        """What is lost, in a sentence for the seller."""
        if english:
            return (
                f"The database's log file {self.wal.name} is damaged: {self.lost_transactions} "
                f"saved change(s) made after {self.since} ({self.lost_pages} database pages, the "
                f"last written at {self.until}) cannot be read, and opening the database would "
                "lose them."
            )
        return (
            f"数据库的日志文件 {self.wal.name} 已损坏：{self.since} 之后保存的 "
            f"{self.lost_transactions} 次更改（涉及 {self.lost_pages} 个数据页，最后一次写入于 "
            f"{self.until}）无法读出，打开数据库会丢失它们。"
        )


def wal_path(db_path: Path) -> Path:
    """The WAL file beside `db_path`."""
    return db_path.with_name(db_path.name + "-wal")


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def _stamp(path: Path) -> str:
    try:
        moment = datetime.fromtimestamp(path.stat().st_mtime, CHINA)
    except OSError:
        return ""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def check_wal(db_path: Path) -> WalDamage | None:
    """The committed transactions of `db_path`'s WAL that SQLite would silently drop; None when
    there is no WAL or SQLite would replay every committed transaction in it. Reads only."""
    wal = wal_path(db_path)
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < WAL_HEADER + FRAME_HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    if magic not in (_MAGIC_LE, _MAGIC_BE):
        header_ok = False
        big_endian = True
    else:
        big_endian = magic == _MAGIC_BE
        header_ok = _checksum(data[:24], big_endian, 0, 0) == (c0, c1)
    frame_size = FRAME_HEADER + page_size if header_ok else 0
    if not header_ok:
        # Without a trustworthy header the page size and salts come from the first frame.
        page_size = _guess_page_size(data)
        if page_size == 0:
            return None
        frame_size = FRAME_HEADER + page_size
        salt1, salt2 = struct.unpack(">2I", data[WAL_HEADER + 8 : WAL_HEADER + 16])
    # Only frames up to the last commit of this log can hold a lost transaction: the checksums
    # (the slow part) stop there, so an uncommitted import a kill left behind is not read.
    last_commit = 0
    for start in range(WAL_HEADER, len(data) - frame_size + 1, frame_size):
        commit, f_salt1, f_salt2 = struct.unpack(">3I", data[start + 4 : start + 16])
        if commit and (f_salt1, f_salt2) == (salt1, salt2):
            last_commit = start
    s0, s1 = (c0, c1) if header_ok else (0, 0)
    valid = header_ok
    kept = 0
    lost = 0
    lost_pages: set[int] = set()
    pending: set[int] = set()
    for start in range(WAL_HEADER, last_commit + 1, frame_size):
        header = data[start : start + FRAME_HEADER]
        page_no, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            if valid:
                break  # frames of an earlier round of the log: SQLite stops here, rightly
            continue
        if valid:
            s0, s1 = _checksum(header[:8], big_endian, s0, s1)
            s0, s1 = _checksum(data[start + FRAME_HEADER : start + frame_size], big_endian, s0, s1)
            valid = (s0, s1) == (f0, f1)
            if valid:
                kept += commit != 0
                continue
        pending.add(page_no)
        if commit:
            lost += 1
            lost_pages |= pending
            pending = set()
    if lost == 0:
        return None
    return WalDamage(wal, lost, len(lost_pages), kept, _stamp(db_path), _stamp(wal))


def _guess_page_size(data: bytes) -> int:
    """The page size whose frames line up in a WAL whose header is unreadable (0 if none)."""
    for size in (4096, 16384, 8192, 1024, 2048, 32768, 65536, 512):
        frame = FRAME_HEADER + size
        if len(data) < WAL_HEADER + 2 * frame:
            continue
        first = data[WAL_HEADER + 8 : WAL_HEADER + 16]
        second = data[WAL_HEADER + frame + 8 : WAL_HEADER + frame + 16]
        if first == second:
            return size
    return 0


def keep_damaged_wal(damage: WalDamage) -> Path:
    """A copy of the damaged log beside the database (``<db>-wal.damaged-<sha256 prefix>``), made
    once per content: the log itself stays where it is, untouched."""
    digest = hashlib.sha256(damage.wal.read_bytes()).hexdigest()[:12]
    copy = damage.wal.with_name(f"{damage.wal.name}.damaged-{digest}")
    if not copy.exists():
        tmp = copy.with_name(f".{copy.name}.tmp")
        shutil.copy2(damage.wal, tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, copy)
    return copy
