"""apply_import: an order of several item lines (no sub-order id) is one order with its lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_importdata import dump, order_stream, plan, row, with_problem_at

from desktop_app.errors import BadInput
from desktop_app.importing.model import ImportPlan, ParsedRow
from desktop_app.store.connection import Store, open_store
from desktop_app.store.importer import BATCH, apply_import
from desktop_app.store.order_lines import Line, item_positions, resolve, totals
from desktop_app.store.schema import ORDER_FIELDS

ORDER = dict(status_text="待发货", paid_at="2024-06-01 10:00:00", receiver_province="浙江省")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "shop.db", daily_backup=False) as s:
        yield s


def _lines(p: ImportPlan, key: str, first_row: int, *items: tuple[str, int, int | None]) -> list:
    """One order's item lines: (product name, quantity, amount in fen) each, on rows from
    `first_row`, every order field alike."""
    return [
        row(p, key, n=first_row + i, product_name=name, quantity=qty, paid_amount_fen=fen, **ORDER)
        for i, (name, qty, fen) in enumerate(items)
    ]


def _order(store: Store, key: str) -> tuple[object, ...]:
    found = store.conn.execute(
        "SELECT product_name, quantity, paid_amount_fen, source_row FROM orders WHERE order_id = ?",
        (key,),
    ).fetchall()
    assert len(found) == 1
    return tuple(found[0])


def _items(store: Store, key: str) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT line_no, product_name, quantity, paid_amount_fen, source_row, raw_json "
        "FROM order_items WHERE order_id = ? ORDER BY line_no",
        (key,),
    ).fetchall()


@pytest.mark.parametrize("stored_before", [False, True])
def test_item_lines_become_one_order_with_its_lines(store: Store, stored_before: bool) -> None:
    """Into an empty table (first line written straight away) and beside stored orders (every
    line staged): the same one order, its totals, and its lines with their own raw cells."""
    p = plan()
    if stored_before:
        apply_import(store, p, order_stream(p, 5, start=50_000), backup=False)
    lines = _lines(p, "7001", 2, ("咖啡豆", 2, 6800), ("杯子", 1, 4500), ("勺子", 3, None))
    result = apply_import(store, p, [*lines, row(p, "7002", n=5, **ORDER)], backup=False)
    assert (result.new, result.item_orders, result.item_lines, result.conflict_total) == (
        2,
        1,
        3,
        0,
    )
    assert _order(store, "7001") == ("咖啡豆", 6, 11300, 2)
    items = _items(store, "7001")
    assert [i[:5] for i in items] == [
        (1, "咖啡豆", 2, 6800, 2),
        (2, "杯子", 1, 4500, 3),
        (3, "勺子", 3, None, 4),
    ]
    assert [json.loads(str(i[5])) for i in items] == [json.loads(ln.raw_json) for ln in lines]
    assert _items(store, "7002") == []


def test_reimport_is_unchanged_and_a_new_version_replaces_the_lines(store: Store) -> None:
    p = plan()
    lines = _lines(p, "7001", 2, ("咖啡豆", 2, 6800), ("杯子", 1, 4500))
    apply_import(store, p, lines, backup=False)
    before = dump(store.conn)
    again = apply_import(store, p, lines, backup=False)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    assert dump(store.conn)["order_items"] == before["order_items"]
    assert _order(store, "7001") == ("咖啡豆", 3, 11300, 2)
    # the next export: a line was removed (refunded before shipping) — one line, no item rows
    later = apply_import(store, p, _lines(p, "7001", 2, ("咖啡豆", 2, 6800)), backup=False)
    assert later.updated == 1
    assert _order(store, "7001") == ("咖啡豆", 2, 6800, 2)
    assert _items(store, "7001") == []


def test_an_older_export_keeps_the_stored_lines(store: Store) -> None:
    """A stale row (it would clear the stored ship time) changes neither the order nor its lines."""
    p = plan()
    shipped = dict(ORDER, shipped_at="2024-06-02 10:00:00", status_text="已发货")
    new = [
        row(p, "7001", n=2, product_name="咖啡豆", quantity=2, paid_amount_fen=6800, **shipped),
        row(p, "7001", n=3, product_name="杯子", quantity=1, paid_amount_fen=4500, **shipped),
    ]
    apply_import(store, p, new, backup=False)
    stored = _items(store, "7001")
    old = _lines(p, "7001", 2, ("咖啡豆", 2, 6800), ("杯子", 1, 4500), ("勺子", 1, 100))
    result = apply_import(store, p, old, backup=False)
    assert result.stale == 1
    assert _items(store, "7001") == stored
    assert _order(store, "7001") == ("咖啡豆", 3, 11300, 2)


def test_a_repeated_line_is_stored_once(store: Store) -> None:
    p = plan()
    a, b = _lines(p, "7001", 2, ("咖啡豆", 2, 6800), ("杯子", 1, 4500))
    again = ParsedRow(b.sheet, 9, b.key, b.values, b.raw_json, b.raw_keys)
    result = apply_import(store, p, [a, b, again], backup=False)
    assert (result.duplicates, result.item_lines) == (1, 2)
    assert _order(store, "7001") == ("咖啡豆", 3, 11300, 2)


def test_lines_across_batches_and_an_order_level_difference(store: Store) -> None:
    """The lines of one order far apart in the file; another order whose repeat differs in the
    ship time is two versions, not two lines: the later one is kept."""
    p = plan()
    filler = list(order_stream(p, BATCH + 5, start=90_000))
    first, second = _lines(p, "7001", 2, ("咖啡豆", 2, 6800), ("杯子", 1, 4500))
    second = ParsedRow(
        second.sheet, BATCH + 100, second.key, second.values, second.raw_json, second.raw_keys
    )
    v1 = row(p, "7002", n=4, product_name="茶叶", quantity=1, paid_amount_fen=100, **ORDER)
    v2 = row(
        p,
        "7002",
        n=BATCH + 101,
        product_name="茶叶",
        quantity=1,
        paid_amount_fen=100,
        **dict(ORDER, shipped_at="2024-06-02 09:00:00"),
    )
    result = apply_import(store, p, [first, v1, *filler, second, v2], backup=False)
    assert result.item_orders == 1 and result.conflict_total == 1
    assert (result.conflicts[0].row, result.conflicts[0].later_row) == (4, BATCH + 101)
    assert _order(store, "7001") == ("咖啡豆", 3, 11300, 2)
    assert _order(store, "7002") == ("茶叶", 1, 100, BATCH + 101)
    assert _items(store, "7002") == []


@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_bad_row_leaves_the_database_exactly_as_it_was(store: Store, k: int) -> None:
    p = plan()
    apply_import(
        store, p, _lines(p, "7001", 2, ("咖啡豆", 2, 6800), ("杯子", 1, 4500)), backup=False
    )
    before = dump(store.conn)
    stream = _lines(p, "7001", 2, ("咖啡豆", 5, 1), ("杯子", 5, 1), ("勺子", 5, 1))
    with pytest.raises(BadInput):
        apply_import(store, p, with_problem_at(iter(stream), k), backup=False)
    assert dump(store.conn) == before


# --- the pure rule --------------------------------------------------------------------------------

_Q, _A, _S = (ORDER_FIELDS.index(f) for f in ("quantity", "paid_amount_fen", "status_text"))


def _line(n: int, **values: object) -> Line:
    v: list[object] = [""] * len(ORDER_FIELDS)
    for f, x in values.items():
        v[ORDER_FIELDS.index(f)] = x
    return Line(n, "S", n, tuple(v), 0b11)


def test_resolve_reads_duplicates_lines_and_versions() -> None:
    from desktop_app.store.order_lines import item_positions

    items = item_positions()
    a = _line(2, product_id="1", quantity=1, status_text="待发货")
    b = _line(3, product_id="2", quantity=2, status_text="待发货")
    a_again = _line(4, product_id="1", quantity=1, status_text="待发货")
    shipped = _line(5, product_id="1", quantity=1, status_text="已发货")
    res = resolve("9", [a, b, a_again], items)
    assert ([ln.row for ln in res.lines], res.duplicates, res.conflicts) == ([2, 3], 1, [])
    res = resolve("9", [a, b, shipped], items)
    assert [ln.row for ln in res.lines] == [5]
    assert [(c.row, c.later_row) for c in res.conflicts] == [(2, 5)]
    # without item lines (products, logistics sheets) any difference is a second version
    res = resolve("9", [a, b], None)
    assert [ln.row for ln in res.lines] == [3] and len(res.conflicts) == 1
    # one line refunded: still a line of the order, not a second version of it
    refunded = _line(
        6, product_id="3", quantity=1, status_text="待发货", after_sale_status="退款成功"
    )
    assert [ln.row for ln in resolve("9", [a, refunded], items).lines] == [2, 6]
    # a row from a sheet with other columns is never a line of the same order
    other_sheet = Line(6, "T", 6, b.values, 0b01)
    assert len(resolve("9", [a, other_sheet], items).conflicts) == 1


def test_totals_add_the_lines_that_give_one() -> None:
    assert totals([_line(2, quantity=2, paid_amount_fen=100), _line(3, quantity=1)]) == (3, 100)
    assert totals([_line(2), _line(3)]) == (None, None)
    assert totals([_line(2, paid_amount_fen=0), _line(3, paid_amount_fen=5)]) == (None, 5)


def test_the_preview_finder_judges_repeats_as_the_store_does() -> None:
    """A filter far too small for the file takes most keys for repeats: the second pass holds
    only the suspects' rows and counts real repeats alone."""
    from desktop_app.store.order_lines import RepeatFinder, item_positions

    rows = [(("1", ""), _line(2, product_id="1", quantity=1, status_text="待发货"))]
    rows += [((str(k), ""), _line(k, product_id="1", quantity=1)) for k in range(10, 400)]
    rows += [(("1", ""), _line(3, product_id="2", quantity=2, status_text="待发货"))]
    rows += [(("10", ""), _line(500, product_id="1", quantity=1, status_text="已发货"))]
    finder = RepeatFinder(capacity=8)
    for key, _ln in rows:
        finder.add(key)
    assert len(finder.suspects) > 2  # false positives among them
    summary = finder.summarise(rows, item_positions())
    assert (summary.item_orders, summary.item_lines, summary.duplicates) == (1, 2, 0)
    assert [(c.key, c.row, c.later_row) for c in summary.conflicts] == [("10", 10, 500)]


# --- the store against the pure rule, on random files ---------------------------------------------

_KEYS = ("7001", "7002", "7003")
_ROW = st.tuples(
    st.sampled_from(_KEYS),
    st.sampled_from(("待发货", "已取消")),  # an order field: two values make two versions
    st.sampled_from(("咖啡豆", "杯子", "勺子")),  # item fields
    st.integers(1, 3),
    st.one_of(st.none(), st.integers(0, 5000)),
)


def _unchanged_rows(
    p: ImportPlan,
    before: list[tuple[str, str, str, int, int | None]],
    key: str,
    kept: list[Line],
    items: frozenset[int],
) -> set[int]:
    """The stored row of `key` when the earlier import kept the same lines as the new file."""
    earlier = [_row_of(p, r, 2 + i) for i, r in enumerate(before)]
    lines = [
        Line(r.row, r.sheet, r.row, r.values, 1, r.raw_json) for r in earlier if r.key[0] == key
    ]
    if not lines:
        return set()
    old = resolve(key, lines, items).lines
    same = [ln.values for ln in old] == [ln.values for ln in kept]
    return {old[0].row} if same else set()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    before=st.lists(_ROW, max_size=5),
    rows=st.lists(_ROW, min_size=1, max_size=12),
    filler=st.sampled_from((0, BATCH + 3)),
)
def test_stored_orders_and_lines_follow_the_rule(
    tmp_path_factory: pytest.TempPathFactory,
    before: list[tuple[str, str, str, int, int | None]],
    rows: list[tuple[str, str, str, int, int | None]],
    filler: int,
) -> None:
    """Whatever the file — lines, duplicates, versions, in any order, the first row written
    straight away or staged, over stored orders or not — each stored order is the rule's kept
    version: its first line with the lines' totals, and its lines when it has several."""
    p = plan()
    db = tmp_path_factory.mktemp("prop") / "p.db"
    with open_store(db, daily_backup=False) as store:
        if before:
            apply_import(
                store, p, [_row_of(p, r, 2 + i) for i, r in enumerate(before)], backup=False
            )
        stream = [_row_of(p, r, 2 + i) for i, r in enumerate(rows)]
        stream[1:1] = order_stream(p, filler, start=80_000)  # the rest after a batch: staged
        result = apply_import(store, p, stream, backup=False)
        parsed = [_row_of(p, r, 2 + i) for i, r in enumerate(rows)]
        items = item_positions()
        conflicts = 0
        for key in _KEYS:
            lines = [
                Line(r.row, r.sheet, r.row, r.values, 1, r.raw_json)
                for r in parsed
                if r.key[0] == key
            ]
            if not lines:
                continue
            res = resolve(key, lines, items)
            conflicts += len(res.conflicts)
            head = res.lines[0]
            quantity, amount = totals(res.lines)
            status = head.values[_S]
            # an order the file repeats unchanged is left as stored, with the row it came from
            rows_ok = {head.row, *_unchanged_rows(p, before, key, res.lines, items)}
            stored = _order(store, key)
            assert stored[1:3] == (quantity, amount) and stored[3] in rows_ok, key
            assert store.conn.execute(
                "SELECT status_text FROM orders WHERE order_id = ?", (key,)
            ).fetchone() == (status,)
            expected = (
                [
                    (
                        no,
                        ln.values[ORDER_FIELDS.index("product_name")],
                        ln.values[_Q],
                        ln.values[_A],
                        ln.row,
                    )
                    for no, ln in enumerate(res.lines, start=1)
                ]
                if len(res.lines) > 1
                else []
            )
            assert [i[:5] for i in _items(store, key)] == expected, key
        assert result.conflict_total == conflicts


def _row_of(p: ImportPlan, r: tuple[str, str, str, int, int | None], n: int) -> ParsedRow:
    key, status, name, qty, fen = r
    return row(
        p, key, n=n, status_text=status, product_name=name, quantity=qty, paid_amount_fen=fen
    )
