"""apply_import's single-write paths: new keys straight into the table, stored keys merged.

The counts, duplicate handling and rollback must not depend on which path a row took: a file
mixing new and stored keys, with repeats of both kinds, into a store that already holds rows of
the platform (so keys are looked up batch by batch), and an import into an empty table (whose
indexes are dropped for the load and rebuilt in the same transaction).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_importdata import dump, order_stream, plan, row

from desktop_app.errors import BadInput
from desktop_app.importing.model import ParsedRow
from desktop_app.store.connection import Store, open_store
from desktop_app.store.importer import BATCH, apply_import


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "shop.db", daily_backup=False) as s:
        yield s


def _indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted(
        conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' "
            "AND sql IS NOT NULL"
        ).fetchall()
    )


def _copy(r: ParsedRow, n: int, sheet: str | None = None) -> ParsedRow:
    return ParsedRow(sheet or r.sheet, n, r.key, r.values, r.raw_json, r.raw_keys)


def test_mixed_new_and_stored_keys_with_repeats(store: Store) -> None:
    p = plan()
    stored = list(order_stream(p, 3000))  # spans batches
    apply_import(store, p, stored, backup=False)
    # a later export: half of it stored already, half new
    later = list(order_stream(p, 3000, start=1500))
    stream = [
        *later,
        _copy(later[0], 90001),  # identical repeat of a stored key
        _copy(later[-1], 90002),  # identical repeat of a new key (written straight away)
    ]
    result = apply_import(store, p, stream, backup=False)
    assert (result.new, result.unchanged, result.duplicates) == (1500, 1500, 2)
    assert result.updated == result.stale == 0
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 4500
    # and the same file again changes nothing at all
    before = dump(store.conn)
    again = apply_import(store, p, stream, backup=False)
    assert (again.new, again.unchanged, again.duplicates) == (0, 3000, 2)
    assert _without_imports(dump(store.conn)) == _without_imports(before)


def _without_imports(d: dict[str, list[tuple[object, ...]]]) -> dict[str, object]:
    return {k: v for k, v in d.items() if k != "imports"}


@pytest.mark.parametrize("stored_first", [False, True])
def test_conflicting_repeat_of_a_new_key_keeps_the_later_row(
    store: Store, stored_first: bool
) -> None:
    """The first row of the key was written straight into the table; the later version replaces
    it (counted once, as new) and the conflict names both rows."""
    p = plan()
    if stored_first:
        apply_import(store, p, order_stream(p, 5, start=10_000), backup=False)
    rows = list(order_stream(p, BATCH + 10))
    clash = row(p, rows[3].key[0], n=99_999, status_text="已取消")
    result = apply_import(store, p, [*rows, clash], backup=False)
    assert (result.new, result.conflict_total) == (BATCH + 10, 1)
    conflict = result.conflicts[0]
    assert (conflict.row, conflict.later_row) == (rows[3].row, 99_999)
    stored = store.conn.execute(
        "SELECT status_text, source_row FROM orders WHERE order_id = ?", (rows[3].key[0],)
    ).fetchall()
    assert stored == [("已取消", 99_999)]


def test_into_an_empty_table_indexes_are_rebuilt(store: Store) -> None:
    p = plan()
    indexes = _indexes(store.conn)
    assert indexes  # the schema's own indexes on orders
    before = dump(store.conn)
    with pytest.raises(BadInput):  # a bad row at the end: everything rolled back, indexes too
        apply_import(store, p, [*order_stream(p, 50), row(p, "")], backup=False)
    assert _indexes(store.conn) == indexes and dump(store.conn) == before
    result = apply_import(store, p, order_stream(p, 50), backup=False)
    assert result.new == 50
    assert _indexes(store.conn) == indexes
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tracking = store.conn.execute(
        "SELECT count(*) FROM orders INDEXED BY orders_tracking WHERE tracking_no <> ''"
    ).fetchone()[0]
    assert tracking == 50
