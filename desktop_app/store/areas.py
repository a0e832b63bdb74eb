"""The seller's affected-area table (K1): add, list, delete and save
regions with their dates (area files are read by `importing.areas`).

Each area is resolved once, when stored, to official province/city/district names
(`policies.regions`), so matching orders is a comparison of names. A region text that cannot be
placed is refused with a `BadInput`, never stored as a guess.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.errors import BadInput, Problem
from policies.regions import resolve_text

if TYPE_CHECKING:  # the type only: reading area files loads the import readers
    from desktop_app.importing.areas import AreaFile


@dataclass(frozen=True, slots=True)
class StoredArea:
    """One row of `affected_areas`."""

    id: int
    region: str
    province: str
    city: str
    district: str
    start: date
    end: date | None
    note: str


def add_area(
    conn: sqlite3.Connection,
    region: str,
    start: date,
    end: date | None = None,
    note: str = "",
) -> StoredArea:
    """Resolve and store one area (its own transaction unless one is open)."""
    region = region.strip()
    if not region:
        raise BadInput(Problem("地区不能为空", "The region is empty"))
    if end is not None and end < start:
        raise BadInput(
            Problem(
                f"结束日期 {end} 早于开始日期 {start}",
                f"End date {end} is before start date {start}",
                value=region,
            )
        )
    r = resolve_text(region)
    if not (r.province or r.city or r.district):
        raise BadInput(
            Problem(
                f"无法识别地区“{region}”（请写省/市/区县名称，如 上海市浦东新区）",
                f"Cannot place region '{region}' (write a province/city/district name)",
                value=region,
            )
        )
    cur = conn.execute(
        "INSERT INTO affected_areas (region, province, city, district, start_date, end_date, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            region,
            r.province,
            r.city,
            r.district,
            start.isoformat(),
            end.isoformat() if end else None,
            note,
        ),
    )
    return StoredArea(
        int(cur.lastrowid or 0), region, r.province, r.city, r.district, start, end, note
    )


def list_areas(conn: sqlite3.Connection) -> list[StoredArea]:
    """Every stored area, oldest first."""
    return [
        StoredArea(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            date.fromisoformat(r[5]),
            date.fromisoformat(r[6]) if r[6] else None,
            r[7],
        )
        for r in conn.execute(
            "SELECT id, region, province, city, district, start_date, end_date, note "
            "FROM affected_areas ORDER BY id"
        )
    ]


def delete_area(conn: sqlite3.Connection, area_id: int) -> bool:
    """Remove one area; False when there was none with that id."""
    return conn.execute("DELETE FROM affected_areas WHERE id = ?", (area_id,)).rowcount > 0


def save_areas(conn: sqlite3.Connection, area_file: AreaFile) -> list[StoredArea]:
    """Resolve and store every row of a read area file, all or none: BadInput listing the file's
    own problems and every region that cannot be placed, with nothing stored."""
    problems = list(area_file.problems)
    stored: list[StoredArea] = []
    own = not conn.in_transaction  # all rows or none, inside the caller's transaction if any
    conn.execute("BEGIN IMMEDIATE" if own else "SAVEPOINT areas_import")
    try:
        for row_no, region, start, end, note in area_file.rows:
            try:
                stored.append(add_area(conn, region, start, end, note))
            except BadInput as exc:
                p = exc.problems[0]
                problems.append(
                    Problem(
                        p.message,
                        p.message_en,
                        file=area_file.file_name,
                        row=row_no,
                        header="地区",
                        value=region,
                    )
                )
        if problems:
            raise BadInput(problems)
        conn.execute("COMMIT" if own else "RELEASE areas_import")
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        else:
            conn.execute("ROLLBACK TO areas_import")
            conn.execute("RELEASE areas_import")
        raise
    return stored
