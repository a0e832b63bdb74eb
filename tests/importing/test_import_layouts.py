"""Real export layouts, every platform: multi-item orders without a sub-order column (the id
repeated on each line, or merged over the item rows), trailing count/total/note rows, and an id
repeated with different content — imported, never refused, and reported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.import_cmd import format_summary
from desktop_app.errors import BadInput, Problem
from desktop_app.importing.model import ParsedRow, SkippedRow
from desktop_app.importing.pipeline import iter_rows, plan_import
from desktop_app.store.connection import Store, open_store
from desktop_app.store.importer import apply_import
from desktop_app.store.rawcells import raw_row

PLATFORMS = ("kuaishou", "douyin", "aliexpress")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "shop.db", daily_backup=False) as s:
        yield s


def _orders(store: Store) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT order_id, quantity, paid_amount_fen, product_id, status_text, source_row "
        "FROM orders ORDER BY order_id"
    ).fetchall()


def _items(store: Store) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT order_id, line_no, product_id, quantity, paid_amount_fen, source_row "
        "FROM order_items ORDER BY order_id, line_no"
    ).fetchall()


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in ("orders", "order_items", "imports", "import_raw_keys")
    }


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_repeated_id_layout_imports_exactly(
    corpus: dict[str, Path], corpus_module, store: Store, platform: str, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    ids = corpus_module.LAYOUT_IDS[platform]
    plan = plan_import(corpus[f"{platform}_layouts.{fmt}"])
    assert str(plan.platform) == platform
    result = apply_import(store, plan, iter_rows(plan), backup=False)
    # one order of three item lines, one single-line order, one order exported in two versions
    assert (result.new, result.item_orders, result.item_lines) == (3, 1, 3)
    assert _orders(store) == [
        (ids[0], 6, 5980 + 990 + 3600, "21087465123", "待发货", 2),
        (ids[1], 1, 2990, "21087465123", "待发货", 5),
        (ids[2], 1, 2990, "21087465123", "已发货", 7),  # the later row of the two
    ]
    assert _items(store) == [
        (ids[0], 1, "21087465123", 2, 5980, 2),
        (ids[0], 2, "21160000888", 1, 990, 3),
        (ids[0], 3, "21160000999", 3, 3600, 4),
    ]
    # each line keeps its own raw cells, as exported
    header = corpus_module.LAYOUT_HEADERS[platform]
    raws = store.conn.execute(
        "SELECT i.raw_json, k.keys_json FROM order_items i JOIN import_raw_keys k "
        "ON k.import_id = i.import_id AND k.sheet = i.source_sheet ORDER BY line_no"
    ).fetchall()
    cells = [raw_row(r, k) for r, k in raws]
    assert [c[header["product_name"]] for c in cells if c] == [  # type: ignore[index]
        "东北大米 5kg",
        "好运来福袋",
        "红枣 500g",
    ]
    # the trailing 共6条 / 合计 / 注： rows: skipped and reported, never orders
    assert result.skipped_total == 3
    assert [(r.row, r.text) for r in result.skipped] == [
        (8, "共6条"),
        (9, "合计"),
        (10, "注：本表由系统导出，仅供参考"),
    ]
    assert (result.conflict_total, result.conflicts[0].row, result.conflicts[0].later_row) == (
        1,
        6,
        7,
    )
    for english in (False, True):
        text = format_summary(plan, result, english)
        assert ("row 6" in text and "row 7" in text) if english else ("第 6 行" in text)
        assert ("共6条" in text) and (
            ("3 rows skipped" in text) if english else "跳过 3 行" in text
        )
    counts = store.conn.execute("SELECT rows_skipped, rows_conflict FROM imports").fetchone()
    assert counts == (3, 1)
    # the same file again changes no order and no line (only the import history grows)
    before = _dump(store)
    again = apply_import(store, plan, iter_rows(plan), backup=False)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    after = _dump(store)
    assert (after["orders"], after["order_items"]) == (before["orders"], before["order_items"])


@pytest.mark.parametrize("platform", PLATFORMS)
def test_order_id_merged_over_its_item_rows(
    corpus: dict[str, Path], corpus_module, store: Store, platform: str
) -> None:  # type: ignore[no-untyped-def]
    """The id, order fields and the paid amount merged over three item rows: the id reaches
    every row, and the amount — the order's total, written once — is counted once."""
    ids = corpus_module.LAYOUT_IDS[platform]
    plan = plan_import(corpus[f"{platform}_merged_items.xlsx"])
    rows = [r for r in iter_rows(plan) if isinstance(r, ParsedRow)]
    assert [r.key[0] for r in rows] == [ids[0]] * 3 + [ids[1]]
    result = apply_import(store, plan, iter_rows(plan), backup=False)
    assert (result.new, result.item_orders, result.conflict_total) == (2, 1, 0)
    assert _orders(store)[0] == (ids[0], 6, 10570, "21087465123", "待发货", 2)
    assert [(i[3], i[4]) for i in _items(store)] == [(2, 10570), (1, None), (3, None)]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_bad_cell_in_a_multi_item_file_leaves_the_database_as_it_was(
    corpus: dict[str, Path], tmp_path: Path, corpus_module, store: Store, platform: str
) -> None:  # type: ignore[no-untyped-def]
    good = plan_import(corpus[f"{platform}_layouts.csv"])
    apply_import(store, good, iter_rows(good), backup=False)
    before = _dump(store)
    rows = corpus_module.layout_rows(platform)
    rows[3][list(corpus_module.LAYOUT_HEADERS[platform]).index("paid_at")] = "昨天"
    bad = tmp_path / f"{platform}_bad.csv"
    bad.write_bytes(corpus_module.csv_bytes(rows))
    plan = plan_import(bad)
    with pytest.raises(BadInput) as info:
        apply_import(store, plan, iter_rows(plan), backup=False)
    assert info.value.problems[0].row == 4
    assert _dump(store) == before


def test_count_lines_are_skipped_but_ids_of_digits_are_kept(tmp_path: Path, corpus_module) -> None:  # type: ignore[no-untyped-def]
    """What decides: the id cell's shape, not the row's fullness. A full row whose id cell says
    共4条 or 4条记录 is skipped; an id of digits with a tab, quotes or ="…" around it is kept."""
    rows = corpus_module.layout_rows("kuaishou", conflict=False, summary=False)
    full = list(rows[1][1:])
    rows += [
        ["4条记录", *full],
        ["共 4 条", *full],
        ["\t2212200000000201", *full],
        ['="2212200000000202"', *full],
    ]
    path = tmp_path / "counts.csv"
    path.write_bytes(corpus_module.csv_bytes(rows))
    items = list(iter_rows(plan_import(path)))
    kept = [r.key[0] for r in items if isinstance(r, ParsedRow)]
    assert kept[-2:] == ["2212200000000201", "2212200000000202"]
    assert [r.text for r in items if isinstance(r, SkippedRow)] == ["4条记录", "共 4 条"]
    assert not [r for r in items if isinstance(r, Problem)]


def test_skipped_rows_are_named_by_sheet_when_there_are_several(
    tmp_path: Path, corpus_module
) -> None:  # type: ignore[no-untyped-def]
    rows = corpus_module.layout_rows("kuaishou", conflict=False)
    path = tmp_path / "two.xlsx"
    path.write_bytes(corpus_module.xlsx_bytes([("一", rows), ("二", rows[:1] + rows[5:])]))
    plan = plan_import(path)
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        result = apply_import(store, plan, iter_rows(plan), backup=False)
    text = format_summary(plan, result, True)
    assert "sheet 一 row 6" in text and result.skipped_total == 6


def test_orders_json_lists_an_orders_item_lines_with_their_raw_cells(
    corpus: dict[str, Path], store: Store
) -> None:
    from desktop_app.cli.import_cmd import order_objects

    plan = plan_import(corpus["douyin_layouts.csv"])
    apply_import(store, plan, iter_rows(plan), backup=False)
    objects = {o["order_id"]: o for o in order_objects(store.conn, None, raw=True)}
    multi = objects["4929876543210100001"]
    assert (multi["quantity"], multi["paid_amount"]) == (6, "105.70")
    assert [(i["line_no"], i["quantity"], i["paid_amount"]) for i in multi["items"]] == [
        (1, 2, "59.80"),
        (2, 1, "9.90"),
        (3, 3, "36.00"),
    ]
    assert [i["raw"]["选购商品"] for i in multi["items"]] == [
        "东北大米 5kg",
        "好运来福袋",
        "红枣 500g",
    ]
    assert "items" not in objects["4929876543210100002"]  # one line: the order row is the line
