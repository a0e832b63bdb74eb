"""Installed rule packs (`rule_packs`, schema v11): add, remove, list, and which are in force.

A row holds a pack that was verified when installed (`desktop_app.rulepacks`); for one pack id the
row with the newest pack date (then the newest install) is in force, so undoing the newer one
brings the older back.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.chinatime import china_now_text


@dataclass(frozen=True, slots=True)
class StoredPack:
    """One installed pack."""

    row_id: int
    pack_id: str
    pack_date: date
    title: str
    title_en: str
    key_id: str
    sha256: str
    platforms: tuple[str, ...]
    file_name: str
    installed_at: str
    pack_text: str

    def body(self) -> dict[str, Any]:
        """The signed body (verified when installed)."""
        body: dict[str, Any] = json.loads(self.pack_text)["shipcheck_rule_pack"]
        return body


_COLUMNS = (
    "id, pack_id, pack_date, title, title_en, key_id, sha256, platforms, file_name, "
    "installed_at, pack_text"
)


def _pack(row: tuple[Any, ...]) -> StoredPack:
    return StoredPack(
        row_id=int(row[0]),
        pack_id=str(row[1]),
        pack_date=date.fromisoformat(str(row[2])),
        title=str(row[3]),
        title_en=str(row[4]),
        key_id=str(row[5]),
        sha256=str(row[6]),
        platforms=tuple(p for p in str(row[7]).split(",") if p),
        file_name=str(row[8]),
        installed_at=str(row[9]),
        pack_text=str(row[10]),
    )


def has_table(conn: sqlite3.Connection) -> bool:
    """Whether the database has the table (a database of an older schema opened read-only has
    not)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rule_packs'"
    ).fetchone()
    return row is not None


def installed_packs(conn: sqlite3.Connection) -> list[StoredPack]:
    """Every installed pack, oldest install first."""
    if not has_table(conn):
        return []
    return [_pack(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM rule_packs ORDER BY id")]


def packs_in_force(conn: sqlite3.Connection) -> list[StoredPack]:
    """Per pack id the newest-dated install (then the newest), ordered by pack date then install:
    the order in which their values are laid over the built-in ones."""
    newest: dict[str, StoredPack] = {}
    for pack in installed_packs(conn):
        held = newest.get(pack.pack_id)
        if held is None or (pack.pack_date, pack.row_id) > (held.pack_date, held.row_id):
            newest[pack.pack_id] = pack
    return sorted(newest.values(), key=lambda p: (p.pack_date, p.row_id))


def add_pack(
    conn: sqlite3.Connection,
    *,
    pack_id: str,
    pack_date: date,
    title: str,
    title_en: str,
    key_id: str,
    sha256: str,
    platforms: tuple[str, ...],
    file_name: str,
    pack_text: str,
) -> int:
    """Store a verified pack; its row id."""
    now = china_now_text()
    cur = conn.execute(
        "INSERT INTO rule_packs (pack_id, pack_date, title, title_en, key_id, sha256, platforms, "
        "file_name, installed_at, pack_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            pack_id,
            pack_date.isoformat(),
            title,
            title_en,
            key_id,
            sha256,
            ",".join(platforms),
            file_name,
            now,
            pack_text,
        ),
    )
    return int(cur.lastrowid or 0)


def remove_pack(conn: sqlite3.Connection, row_id: int) -> None:
    """Forget one installed pack."""
    conn.execute("DELETE FROM rule_packs WHERE id = ?", (row_id,))


def packs_fingerprint(conn: sqlite3.Connection, platform: str) -> str:
    """What a platform's verdicts depend on among the installed packs: the hashes of those in
    force that touch it or every platform ('' when none)."""
    touching = [
        p.sha256 for p in packs_in_force(conn) if platform in p.platforms or "common" in p.platforms
    ]
    if not touching:
        return ""
    return hashlib.sha256(",".join(touching).encode()).hexdigest()
