"""The column specification of the order list (`desktop_app.store.read.columns`): every sort key
is served by an index of the store that leads with exactly its expressions, and every column shows
fields the list's rows hold."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.store.connection import open_store
from desktop_app.store.read.columns import (
    EVIDENCE_COLUMNS,
    EXPORT_COLUMNS,
    SORT_KEYS,
    SPEC,
    TABLE_COLUMNS,
)
from desktop_app.store.read.lines import FIELD_SQL, ROW_FIELDS


def _leading(sql: str) -> list[str]:
    """The indexed expressions of a CREATE INDEX statement, split at top-level commas."""
    body = sql[sql.index("(") + 1 :]
    parts, depth, current = [], 0, ""
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return [re.sub(r"\s+", " ", p) for p in parts]


def test_each_sort_key_has_its_index(tmp_path: Path) -> None:
    store = open_store(tmp_path / "shipcheck.db")
    try:
        indexes = {
            name: (table, sql)
            for name, table, sql in store.conn.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master"
                " WHERE type = 'index' AND sql NOT NULL"
            )
        }
    finally:
        store.close()
    for column, key in SORT_KEYS.items():
        if not key.index:  # the primary key (platform)
            assert not key.expr, column
            continue
        assert key.index in indexes, (column, key.index)
        table, sql = indexes[key.index]
        assert table == ("verdict_rows" if key.driver == "verdicts" else "orders"), column
        wanted = [re.sub(r"\b[vo]\.", "", e) for e in key.expr]
        assert _leading(sql)[: len(wanted)] == wanted, (column, sql)


def test_columns_name_line_fields_and_the_lists_name_columns() -> None:
    for column in SPEC.values():
        assert set(column.fields) <= set(FIELD_SQL), column.name
    # the table and its export are made of the list's rows
    for name in (*TABLE_COLUMNS, *EXPORT_COLUMNS):
        assert set(SPEC[name].fields) <= set(ROW_FIELDS), name
    assert set(TABLE_COLUMNS) <= set(SPEC)
    assert set(EXPORT_COLUMNS) <= set(SPEC)
    assert set(EVIDENCE_COLUMNS) <= set(SPEC)
    assert all(SPEC[name].export_width for name in (*EXPORT_COLUMNS, *EVIDENCE_COLUMNS))
    assert set(SORT_KEYS) <= set(TABLE_COLUMNS)
    # the export has every column the table shows
    assert set(TABLE_COLUMNS) <= set(EXPORT_COLUMNS)
