"""`desktop_app.store.read.lines`: the one meaning of a line's note, appeal mark, attachments and
texts, case by case on both sides of each choice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store.connection import Store, open_store
from desktop_app.store.read.lines import (
    ROW_FIELDS,
    LineNotes,
    LineTexts,
    attachments_by_line,
    line_attachments,
    merge_texts,
    of_line,
    platform_attachments,
    read_notes,
    read_rows,
    shown_reasons,
)
from tests.reports.report_fixtures import add_import

WHOLE = ("douyin", "100", "")
FIRST = ("douyin", "100", "1001")
SECOND = ("douyin", "100", "1002")
OTHER = ("douyin", "200", "")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "shipcheck.db")
    import_id = add_import(s.conn, "douyin", "抖店订单.xlsx", 4)
    for key in (WHOLE, FIRST, SECOND, OTHER):
        s.conn.execute(
            "INSERT INTO orders (platform, order_id, sub_order_id, raw_json, import_id,"
            " source_sheet, source_row) VALUES (?, ?, ?, '{}', ?, 'Sheet1', 2)",
            (*key, import_id),
        )
    yield s
    s.close()


def _note(store: Store, key: tuple[str, str, str], mark: bool, note: str) -> None:
    store.conn.execute(
        "INSERT INTO order_notes (platform, order_id, sub_order_id, appeal_mark, note, updated_at)"
        " VALUES (?, ?, ?, ?, ?, '2026-01-01 00:00:00')",
        (*key, int(mark), note),
    )


def _attach(store: Store, key: tuple[str, str, str], name: str) -> None:
    store.conn.execute(
        "INSERT INTO attachments (platform, order_id, sub_order_id, file_name, sha256, size_bytes,"
        " content, description, added_at) VALUES (?, ?, ?, ?, 'x', 1, x'00', '', "
        "'2026-01-01 00:00:00')",
        (*key, name),
    )


def test_no_notes_no_mark(store: Store) -> None:
    assert read_notes(store.conn, FIRST) == LineNotes(False, "", False, "")


def test_the_lines_own_mark_and_note(store: Store) -> None:
    _note(store, FIRST, True, "缺货")
    assert read_notes(store.conn, FIRST) == LineNotes(True, "缺货", True, "缺货")
    # a sibling sub-order and the whole order do not take a sub-order's mark
    assert read_notes(store.conn, SECOND) == LineNotes(False, "", False, "")
    assert read_notes(store.conn, WHOLE) == LineNotes(False, "", False, "")


def test_the_whole_orders_mark_and_note_apply_to_each_sub_order(store: Store) -> None:
    _note(store, WHOLE, True, "整单")
    _note(store, SECOND, False, "子单")
    assert read_notes(store.conn, FIRST) == LineNotes(True, "整单", False, "")
    assert read_notes(store.conn, SECOND) == LineNotes(True, "整单\n子单", False, "子单")
    assert read_notes(store.conn, OTHER) == LineNotes(False, "", False, "")
    rows = read_rows(store.conn, [FIRST, SECOND, OTHER])
    mark = ROW_FIELDS.index("appeal_mark")
    assert [rows[k][mark] for k in (FIRST, SECOND, OTHER)] == [1, 1, 0]


def test_attachments_of_a_line(store: Store) -> None:
    _attach(store, WHOLE, "whole.png")
    _attach(store, FIRST, "first.png")
    _attach(store, ("douyin", "", ""), "period.png")
    assert [a.file_name for a in line_attachments(store.conn, FIRST)] == [
        "first.png",
        "whole.png",
    ]
    assert [a.file_name for a in line_attachments(store.conn, SECOND)] == ["whole.png"]
    assert [a.file_name for a in line_attachments(store.conn, WHOLE)] == ["whole.png"]
    grouped = attachments_by_line(platform_attachments(store.conn, "douyin"))
    assert [a.file_name for a in of_line(grouped, "100", "1001")] == ["first.png", "whole.png"]
    assert [a.file_name for a in of_line(grouped, "100", "")] == ["whole.png"]
    assert [a.file_name for a in grouped[("", "")]] == ["period.png"]


STORED = LineTexts(("旧原因",), ("old reason",), "旧依据", "", "旧申诉", "")
MADE = LineTexts(("新原因",), ("new reason",), "新依据", "basis", "新申诉", "appeal")
EMPTY = LineTexts((), (), "", "", "", "")


@pytest.mark.parametrize(
    ("stored", "made", "expected"),
    [
        (
            STORED,
            MADE,
            LineTexts(("旧原因",), ("old reason",), "旧依据", "basis", "旧申诉", "appeal"),
        ),
        (EMPTY, MADE, MADE),  # rows the evaluator wrote hold no texts
        (STORED, None, STORED),  # nothing made (e.g. invalid settings)
        (EMPTY, None, EMPTY),
    ],
)
def test_merge_texts(stored: LineTexts, made: LineTexts | None, expected: LineTexts) -> None:
    assert merge_texts(stored, made) == expected


@pytest.mark.parametrize(
    ("stored", "made", "english", "expected"),
    [
        (["旧"], (("新",), ("new",)), False, ["旧"]),
        (["旧"], None, False, ["旧"]),
        ([], (("新",), ("new",)), False, ["新"]),
        ([], (("新",), ("new",)), True, ["new"]),
        ([], None, True, []),
    ],
)
def test_shown_reasons(
    stored: list[str],
    made: tuple[tuple[str, ...], tuple[str, ...]] | None,
    english: bool,
    expected: list[str],
) -> None:
    as_json = json.dumps(stored, ensure_ascii=False)
    en_json = json.dumps(["old"] if stored else [])
    got = shown_reasons(as_json, en_json, made, english)
    assert got == (["old"] if stored and english else expected)


def test_rows_by_key_are_found_by_the_primary_key(store: Store) -> None:
    """Refreshing loaded rows reads each order by its key, not every order per chunk."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        rows = read_rows(store.conn, [FIRST, SECOND, ("douyin", "none", "")])
    finally:
        store.conn.set_trace_callback(None)
    assert set(rows) == {FIRST, SECOND}
    sql = next(s for s in seen if "FROM (VALUES" in s)
    plan = [str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    assert any(p.startswith("SEARCH o USING PRIMARY KEY") for p in plan), plan
