"""plan_import / iter_rows over the generated corpus: formats, layouts, hostile, damaged files."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.model import ImportPlan, ParsedRow, SkippedRow
from desktop_app.importing.pipeline import iter_rows, plan_import
from desktop_app.importing.values import excel_serial_to_datetime
from desktop_app.store.rawcells import raw_row
from desktop_app.store.schema import ORDER_FIELDS, PRODUCT_FIELDS
from policies.records import Platform

F = {f: i for i, f in enumerate(ORDER_FIELDS)}
P = {f: i for i, f in enumerate(PRODUCT_FIELDS)}


def rows_of(plan: ImportPlan) -> tuple[list[ParsedRow], list[Problem]]:
    ok: list[ParsedRow] = []
    bad: list[Problem] = []
    for r in iter_rows(plan):
        (ok if isinstance(r, ParsedRow) else bad).append(r)  # type: ignore[arg-type]
    return ok, bad


def raw_of(row: ParsedRow) -> dict[str, object]:
    """The row's raw cells as {header: text}, read the way the store's readers do."""
    if row.raw_keys:
        assert isinstance(json.loads(row.raw_json), list)  # orders: the cells only
    raw = raw_row(row.raw_json, json.dumps(row.raw_keys, ensure_ascii=False))
    assert raw is not None
    return raw


def refused(path: Path, **kw: object) -> BadInput:
    with pytest.raises(BadInput) as info:
        plan_import(path, **kw)  # type: ignore[arg-type]
    return info.value


# --- formats and encodings ---


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("douyin_bom.csv", "csv"),
        ("douyin_gbk.csv", "csv"),
        ("douyin_utf8.csv", "csv"),
        ("douyin.tsv", "csv"),
        ("douyin.xlsx", "xlsx"),
    ],
)
def test_douyin_export_in_every_encoding_gives_the_same_rows(
    corpus: dict[str, Path], name: str, fmt: str
) -> None:
    plan = plan_import(corpus[name])
    assert plan.file_format == fmt
    assert plan.platform is Platform.DOUYIN
    assert plan.kind == "orders"
    ok, bad = rows_of(plan)
    assert bad == []
    assert [r.key for r in ok] == [
        ("4929876543210123456", "4929876543210123457"),
        ("4929876543210123456", "4929876543210123458"),
    ]
    first = ok[0]
    assert first.values[F["paid_at"]] == "2022-12-19 11:59:59"
    assert ok[1].values[F["paid_at"]] == "2022-12-19 12:00:00"
    assert first.values[F["product_id"]] == "3564871230012345678"
    assert first.values[F["paid_amount_fen"]] == 13600
    assert first.values[F["quantity"]] == 2
    assert first.values[F["receiver_province"]] == "上海市"
    assert first.values[F["shipped_at"]] is None  # empty time
    assert first.values[F["tracking_no"]] == ""  # empty text
    raw = raw_of(first)
    assert raw["主订单编号"] == "4929876543210123456\t"  # raw keeps the cell exactly as exported
    assert list(raw)[:3] == ["主订单编号", "子订单编号", "选购商品"]
    assert first.row == 2


def test_csv_encoding_and_delimiter_are_recorded(corpus: dict[str, Path]) -> None:
    assert plan_import(corpus["douyin_gbk.csv"]).extra["encoding"] == "gb18030"
    assert plan_import(corpus["douyin_bom.csv"]).extra["encoding"] == "utf-8-sig"
    assert plan_import(corpus["douyin.tsv"]).extra["delimiter"] == "\t"


def test_html_table_saved_as_xls(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["html_as.xls"], platform="kuaishou")
    assert plan.file_format == "html"
    ok, bad = rows_of(plan)
    assert bad == []
    # rowspan fills the order id down into the second item row
    assert [r.key[0] for r in ok] == ["2212200000000001", "2212200000000001", "2212200000000002"]
    assert ok[2].values[F["receiver_name"]] == "李 四"
    assert ok[0].values[F["paid_amount_fen"]] == 1250


def test_two_sheets_of_the_same_layout_are_both_imported(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["kuaishou_two_sheets.xlsx"])
    assert [s.name for s in plan.sheets] == ["订单1", "订单2"]
    ok, bad = rows_of(plan)
    assert bad == []
    assert len(ok) == 50
    assert {r.sheet for r in ok} == {"订单1", "订单2"}


def test_aliexpress_export_with_datetime_cells(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["aliexpress.xlsx"])
    assert plan.platform is Platform.ALIEXPRESS
    ok, _ = rows_of(plan)
    assert ok[0].values[F["paid_at"]] == "2022-12-16 13:59:00"
    assert ok[0].values[F["paid_amount_fen"]] == 1280
    assert ok[0].values[F["product_id"]] == "1005004871234567"
    assert plan.sheets[0].mapping["product_name"] == "产品信息（双击单元格展开所有产品信息！）"


def test_logistics_sheet(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["logistics.xlsx"])
    assert plan.kind == "logistics"
    assert plan.platform is Platform.ALIEXPRESS
    ok, _ = rows_of(plan)
    values = ok[0].values
    assert values[F["picked_up_at"]] == "2022-12-19 10:00:00"
    assert values[F["fulfilment_mode"]] == "JIT揽收"
    assert values[F["paid_at"]] is None  # not in the sheet: must not overwrite stored data
    assert values[F["online_at"]] is None
    # logistics rows keep the {header: text} object (logistics_raw_json has no sheet to find keys)
    assert ok[0].raw_keys == ()
    assert isinstance(json.loads(ok[0].raw_json), dict)


def test_logistics_sheet_without_platform_hint_needs_platform(corpus: dict[str, Path]) -> None:
    err = refused(corpus["logistics_no_platform.xlsx"])
    assert "--platform" in err.render()
    plan = plan_import(corpus["logistics_no_platform.xlsx"], platform="douyin")
    assert plan.kind == "logistics"


def test_handmade_sheet_with_generic_names(corpus: dict[str, Path]) -> None:
    err = refused(corpus["handmade.xlsx"])
    assert "--platform" in err.render(english=True)
    plan = plan_import(corpus["handmade.xlsx"], platform="kuaishou", shop="我的小店")
    ok, bad = rows_of(plan)
    assert bad == []
    v = ok[0].values
    assert ok[0].key == ("A20221219001", "")
    assert v[F["shop"]] == "我的小店"
    assert v[F["paid_at"]] == "2022-12-19 10:01:00"
    assert v[F["created_at"]] == "2022-12-19 10:00:00"
    assert v[F["paid_amount_fen"]] == 129990
    assert v[F["promised_ship_at"]] == "2022-12-21 10:01:00"
    assert v[F["shipped_at"]] is None  # "-"
    assert v[F["tracking_no"]] == ""  # "--"
    assert v[F["buyer_note"]] == "无"
    assert "我的备注" in plan.sheets[0].unmapped_headers
    assert raw_of(ok[0])["我的备注"] == "老客户"


def test_platform_override_and_unknown_platform(corpus: dict[str, Path]) -> None:
    err = refused(corpus["douyin_bom.csv"], platform="taobao")
    assert "taobao" in err.render()
    plan = plan_import(corpus["handmade.xlsx"], platform=Platform.DOUYIN)
    assert plan.platform is Platform.DOUYIN


# --- products ---


def test_product_sheet(corpus: dict[str, Path]) -> None:
    err = refused(corpus["products.xlsx"])
    assert "--platform" in err.render()
    plan = plan_import(corpus["products.xlsx"], platform="aliexpress")
    assert plan.kind == "products"
    ok, bad = rows_of(plan)
    assert bad == []
    by_id = {r.key[0]: r.values for r in ok}
    assert by_id["1005004871234567"][P["listed_at"]] == "2022-12-01 00:00:00"
    assert by_id["1005004871234567"][P["last_month_sales"]] == 3
    assert by_id["1005004871234567"][P["promise_hours"]] is None
    assert by_id["1005004871234567"][P["fulfilment_mode"]] == "JIT揽收"
    assert by_id["21160000888"][P["uses_freight_template"]] == 0
    assert by_id["21160000888"][P["promise_hours"]] == 48
    assert by_id["21087465123"][P["listed_at"]] == "2021-09-01 10:30:00"
    assert by_id["21087465123"][P["last_month_sales"]] == 120
    assert by_id["21087465123"][P["uses_freight_template"]] == 1
    assert by_id["21087465123"][P["fulfilment_mode"]] == "POP"
    assert all(r.raw_keys == () and isinstance(json.loads(r.raw_json), dict) for r in ok)


def test_product_sheet_platform_from_stored_product_ids(corpus: dict[str, Path]) -> None:
    """No --platform: the platforms whose stored data know the sheet's product ids decide."""
    asked: list[list[str]] = []

    def knows(platforms: list[Platform]):  # type: ignore[no-untyped-def]
        def lookup(ids: list[str]) -> list[Platform]:
            asked.append(list(ids))
            return platforms

        return lookup

    plan = plan_import(corpus["products.xlsx"], product_platforms=knows([Platform.KUAISHOU]))
    assert plan.platform is Platform.KUAISHOU and plan.kind == "products"
    assert any("快手小店" in w and "kuaishou" in w for w in plan.warnings)
    # the ids as text, exactly as the rows will be stored (numbers in the sheet included)
    assert {"1005004871234567", "21160000888", "21087465123"} <= set(asked[-1])
    ok, bad = rows_of(plan)
    assert bad == [] and {r.key[0] for r in ok} >= set(asked[-1])

    nobody = refused(corpus["products.xlsx"], product_platforms=knows([]))
    assert "没有它的商品ID" in nobody.render() and "--platform" in nobody.render()
    assert "import that platform's orders first" in nobody.render(english=True)
    several = refused(
        corpus["products.xlsx"], product_platforms=knows([Platform.KUAISHOU, Platform.DOUYIN])
    )
    assert "快手小店、抖店" in several.render() and "kuaishou, douyin" in several.render(True)
    # --platform still wins, and the lookup is not asked then
    asked.clear()
    forced = plan_import(
        corpus["products.xlsx"], platform="douyin", product_platforms=knows([Platform.KUAISHOU])
    )
    assert forced.platform is Platform.DOUYIN and asked == []
    # order sheets never ask
    plan_import(corpus["kuaishou_two_sheets.xlsx"], product_platforms=knows([Platform.DOUYIN]))
    assert asked == []


def test_product_sheet_bad_cells_are_named(corpus: dict[str, Path]) -> None:
    ok, bad = rows_of(plan_import(corpus["products_bad.xlsx"], platform="kuaishou"))
    assert ok == []
    assert {(p.row, p.column, p.header) for p in bad} == {
        (2, "D", "上月销量"),
        (2, "F", "是否使用运费模板"),
    }


# --- layouts ---


def test_title_rows_above_the_header(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["title_rows.xlsx"])
    assert plan.sheets[0].header_row == 3
    ok, _ = rows_of(plan)
    assert len(ok) == 5
    assert ok[0].row == 4


def test_header_with_newline_and_fullwidth_brackets(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["header_odd.xlsx"], platform="kuaishou")
    m = plan.sheets[0].mapping
    assert m["order_id"] == "订\n单号"
    assert m["paid_amount_fen"] == "实付款（元）"
    ok, _ = rows_of(plan)
    assert ok[0].values[F["paid_amount_fen"]] == 1250
    assert ok[0].values[F["promised_ship_at"]] == "2022-12-21 12:00:00"


def test_sheet_starting_at_c3_names_cells_correctly(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["offset_start.xlsx"], platform="kuaishou")
    assert plan.sheets[0].header_row == 3
    ok, bad = rows_of(plan)
    assert [r.row for r in ok] == [4]
    assert [(p.row, p.column, p.header) for p in bad] == [(5, "D", "订单支付时间")]


def test_merged_cells_are_filled_down(corpus: dict[str, Path]) -> None:
    ok, bad = rows_of(plan_import(corpus["merged.xlsx"], platform="douyin"))
    assert bad == []
    assert [r.key for r in ok] == [
        ("4929876543210123456", "4929876543210123457"),
        ("4929876543210123456", "4929876543210123458"),
    ]
    assert ok[1].values[F["paid_at"]] == "2022-12-19 12:00:00"
    assert ok[1].values[F["receiver_name"]] == "李娜"


def test_total_and_footnote_rows_never_become_orders(corpus: dict[str, Path]) -> None:
    items = list(iter_rows(plan_import(corpus["totals.xlsx"])))
    ok = [r for r in items if isinstance(r, ParsedRow)]
    skipped = [r for r in items if isinstance(r, SkippedRow)]
    assert len(ok) == 3 and len(items) == 3 + len(skipped)
    assert all(r.key[0].isdigit() for r in ok)
    # reported as skipped, by row and first cell (the blank row between is just dropped)
    assert [(r.row, r.text) for r in skipped] == [
        (5, "合计"),
        (7, "注：本表由系统导出，仅供参考"),
        (8, "总计"),
    ]


def test_hidden_sheet_is_skipped_with_a_warning(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["hidden.xlsx"])
    assert [s.name for s in plan.sheets] == ["订单"]
    assert ("隐藏", "hidden") in plan.skipped_sheets
    assert any("隐藏" in w and "hidden" in w for w in plan.warnings)
    ok, _ = rows_of(plan)
    assert {r.sheet for r in ok} == {"订单"}


def test_all_sheets_hidden_is_refused(corpus: dict[str, Path]) -> None:
    assert "hidden" in refused(corpus["all_hidden.xlsx"]).render(english=True)


def test_1904_date_system(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["date1904.xlsx"])
    assert plan.extra["date1904"] == "1"
    ok, bad = rows_of(plan)
    assert bad == []
    v = ok[0].values
    assert v[F["paid_at"]] == "2022-12-19 12:00:00"  # a real date cell
    expected = excel_serial_to_datetime(43453.5, date1904=True).strftime("%Y-%m-%d %H:%M:%S")
    assert v[F["promised_ship_at"]] == expected == "2022-12-20 12:00:00"  # a bare serial


@pytest.mark.parametrize("name", ["stray_cell.xlsx", "far_row.xlsx"])
def test_stray_far_away_cells_cost_nothing(corpus: dict[str, Path], name: str) -> None:
    start = time.perf_counter()
    plan = plan_import(corpus[name])
    ok, bad = rows_of(plan)
    assert time.perf_counter() - start < 5
    assert bad == []
    assert len(ok) == 4
    assert any("stray" in w for w in plan.warnings)


# --- ids, values, problems ---


def test_float_ids_that_lost_digits_are_row_errors(corpus: dict[str, Path]) -> None:
    ok, bad = rows_of(plan_import(corpus["float_ids.xlsx"]))
    assert [r.key[0] for r in ok] == ["123456789012"]
    assert [(p.row, p.column, p.header) for p in bad] == [(2, "A", "订单号"), (4, "A", "订单号")]
    assert all("lost digits" in p.message_en and p.file == "float_ids.xlsx" for p in bad)
    assert ok[0].values[F["paid_amount_fen"]] == 0


def test_wrapped_and_fullwidth_ids_in_csv(corpus: dict[str, Path]) -> None:
    ok, bad = rows_of(plan_import(corpus["enotation.csv"]))
    assert [p.row for p in bad] == [2]
    assert [r.key[0] for r in ok] == [
        "4929876543210123456",
        "4929876543210123457",
        "4929876543210123458",
    ]
    assert [r.values[F["paid_at"]] for r in ok] == [
        "2022-12-19 12:00:00",
        "2019-05-01 10:30:00",
        "2022-12-19 12:00:00",
    ]
    assert [r.values[F["paid_amount_fen"]] for r in ok] == [0, 129990, None]


def test_ambiguous_and_invalid_dates_are_problems(corpus: dict[str, Path]) -> None:
    ok, bad = rows_of(plan_import(corpus["ambiguous_dates.csv"]))
    assert ok == []
    assert [p.row for p in bad] == [2, 3, 4]
    assert "ambiguous" in bad[0].message_en and "日/月" in bad[0].message
    assert all(p.column == "B" and p.header == "订单支付时间" for p in bad)


def test_every_bad_cell_is_reported_with_location_and_value(corpus: dict[str, Path]) -> None:
    ok, bad = rows_of(plan_import(corpus["bad_cells.xlsx"]))
    assert ok == []
    found = {(p.row, p.column) for p in bad}
    assert {(2, "E"), (2, "F"), (3, "E"), (3, "G"), (4, "A")} <= found
    money = next(p for p in bad if (p.row, p.column) == (2, "E"))
    assert money.value == "abc" and money.sheet == "Sheet1" and money.header == "实付款(元)"
    text = money.render()
    assert "bad_cells.xlsx" in text and "第 2 行" in text and "E" in text
    assert "row 2" in money.render(english=True)


def test_missing_required_column_is_named(corpus: dict[str, Path]) -> None:
    err = refused(corpus["missing_column.xlsx"])
    assert "支付时间" in err.render()
    assert "payment time" in err.render(english=True)


def test_no_header_row(corpus: dict[str, Path]) -> None:
    assert "header" in refused(corpus["no_header.csv"]).render(english=True)


# --- damaged and hostile files ---


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("encrypted.xlsx", "password-protected — remove the password and export again"),
        ("truncated.xlsx", "damaged"),
        ("zip_bomb.xlsx", "zip bomb"),
        ("zip_bomb_lying.xlsx", "damaged"),
        ("xxe.xlsx", "entity"),
        ("billion_laughs.xlsx", "entity"),
        ("not_a_workbook.xlsx", "not an Excel workbook"),
        ("empty.csv", "empty"),
        ("random.bin", "not a recognised table file"),
        ("nul.csv", "NUL"),
        ("legacy_cfb.xls", "damaged"),
    ],
)
def test_damaged_and_hostile_files_are_refused_clearly(
    corpus: dict[str, Path], name: str, needle: str
) -> None:
    err = refused(corpus[name])
    text = err.render(english=True)
    assert needle in text
    assert err.problems[0].file == name
    assert err.render()  # Chinese message too


def test_encrypted_message_is_not_corrupt(corpus: dict[str, Path]) -> None:
    err = refused(corpus["encrypted.xlsx"])
    assert "密码" in err.render()
    assert "damaged" not in err.render(english=True)


def test_file_changed_after_plan(tmp_path: Path, corpus: dict[str, Path]) -> None:
    p = tmp_path / "orders.csv"
    p.write_bytes(corpus["douyin_bom.csv"].read_bytes())
    plan = plan_import(p)
    p.write_bytes(corpus["douyin_gbk.csv"].read_bytes())
    with pytest.raises(BadInput):
        list(iter_rows(plan))


def test_format_is_detected_from_bytes_not_extension(
    tmp_path: Path, corpus: dict[str, Path]
) -> None:
    p = tmp_path / "export.csv"  # an xlsx with a csv name
    p.write_bytes(corpus["douyin.xlsx"].read_bytes())
    assert plan_import(p).file_format == "xlsx"
    q = tmp_path / "export.xlsx"  # a csv with an xlsx name
    q.write_bytes(corpus["douyin_bom.csv"].read_bytes())
    assert plan_import(q).file_format == "csv"


@pytest.mark.parametrize(
    "name", ["export.xlsx", "export.xls", "export.ods", "export.xlsb", "export"]
)
def test_workbook_rows_are_the_same_under_any_name(
    tmp_path: Path, corpus: dict[str, Path], name: str
) -> None:
    # calamine reads a path by its extension: a name that does not say xlsx must still be read
    p = tmp_path / name
    p.write_bytes(corpus["douyin.xlsx"].read_bytes())
    ok, bad = rows_of(plan_import(p))
    want, _ = rows_of(plan_import(corpus["douyin.xlsx"]))
    assert ok and not bad
    assert [r.values for r in ok] == [r.values for r in want]


# --- mapping profiles and overrides ---


def test_mapping_profile_and_explicit_override(corpus: dict[str, Path]) -> None:
    seen: list[tuple[Platform, str]] = []

    def lookup(platform: Platform, signature: str) -> dict[str, str] | None:
        seen.append((platform, signature))
        return {"seller_note": "我的备注"}

    plan = plan_import(corpus["handmade.xlsx"], platform="kuaishou", lookup_profile=lookup)
    assert seen == [(Platform.KUAISHOU, plan.header_signature)]
    assert plan.sheets[0].mapping["seller_note"] == "我的备注"
    ok, _ = rows_of(plan)
    assert ok[0].values[F["seller_note"]] == "老客户"

    plan2 = plan_import(
        corpus["handmade.xlsx"], platform="kuaishou", mapping={"buyer_note": "", "sku": "我的备注"}
    )
    assert "buyer_note" not in plan2.sheets[0].mapping
    ok2, _ = rows_of(plan2)
    assert ok2[0].values[F["sku"]] == "老客户"
    assert ok2[0].values[F["buyer_note"]] is None


def test_bad_overrides_are_refused(corpus: dict[str, Path]) -> None:
    assert (
        "nope"
        in refused(corpus["handmade.xlsx"], platform="kuaishou", mapping={"nope": "数量"}).render()
    )
    assert (
        "不存在的列"
        in refused(
            corpus["handmade.xlsx"], platform="kuaishou", mapping={"sku": "不存在的列"}
        ).render()
    )


def test_header_signature_ignores_cosmetic_differences(tmp_path: Path, corpus_module) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.xlsx"
    b = tmp_path / "b.xlsx"
    a.write_bytes(
        corpus_module.xlsx_bytes(
            [("S", [["订单号", "实付款(元)", "订单支付时间"], ["1", "1", "2022-12-19"]])]
        )
    )
    b.write_bytes(
        corpus_module.xlsx_bytes(
            [("S", [["订单 号", "实付款（元）", "订单支付时间\n"], ["1", "1", "2022-12-19"]])]
        )
    )
    assert (
        plan_import(a, platform="kuaishou").header_signature
        == plan_import(b, platform="kuaishou").header_signature
    )


# --- raw cells, odd CSVs ---


def test_raw_json_escapes_every_character_and_numbers_duplicate_headers(tmp_path: Path) -> None:
    p = tmp_path / "odd.csv"
    nasty = 'say "hi"\\ \n line2 \t 引号“”'
    rows = [
        ["订单号", "订单支付时间", "备注", "备注", ""],
        ["2212200000000001", "2022-12-19 12:00:00", nasty, "b", "x"],
    ]
    import csv as csvmod
    import io

    buf = io.StringIO()
    csvmod.writer(buf).writerows(rows)
    p.write_text(buf.getvalue(), encoding="utf-8")
    ok, bad = rows_of(plan_import(p, platform="kuaishou"))
    assert bad == []
    raw = raw_of(ok[0])
    assert raw == {
        "订单号": "2212200000000001",
        "订单支付时间": "2022-12-19 12:00:00",
        "备注": nasty,
        "备注(2)": "b",
        "E": "x",
    }


def test_utf16_csv_with_bom_is_read(tmp_path: Path) -> None:
    p = tmp_path / "u16.csv"
    p.write_bytes(
        "订单号\t订单支付时间\r\n2212200000000001\t2022-12-19 12:00:00\r\n".encode("utf-16")
    )
    ok, bad = rows_of(plan_import(p, platform="kuaishou"))
    assert bad == [] and ok[0].key == ("2212200000000001", "")


def test_malformed_csv_becomes_a_problem_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv as csvmod

    p = tmp_path / "big.csv"
    p.write_text(
        "订单号,订单支付时间\r\n1,2022-12-19 12:00:00\r\n2," + "x" * 500 + "\r\n", encoding="utf-8"
    )
    plan = plan_import(p, platform="kuaishou")
    old = csvmod.field_size_limit(100)
    try:
        results = list(iter_rows(plan))
    finally:
        csvmod.field_size_limit(old)
    problems = [r for r in results if isinstance(r, Problem)]
    assert [r.key[0] for r in results if isinstance(r, ParsedRow)] == ["1"]
    assert len(problems) == 1 and "CSV" in problems[0].message_en and problems[0].row == 3


def test_stray_cell_warning_names_the_sheet(corpus: dict[str, Path]) -> None:
    plan = plan_import(corpus["stray_cell.xlsx"])
    assert any(w.startswith("Sheet:") for w in plan.warnings)


def test_iter_rows_rereads_after_the_cache_is_released(corpus: dict[str, Path]) -> None:
    from desktop_app.importing.pipeline import release_cache

    plan = plan_import(corpus["kuaishou_two_sheets.xlsx"])
    first, _ = rows_of(plan)
    release_cache()
    again, _ = rows_of(plan)
    assert first == again and len(again) == 50


def test_section_lines_and_ids_without_digits_are_skipped_and_reported(
    tmp_path: Path, corpus_module
) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "sections.xlsx"
    p.write_bytes(
        corpus_module.xlsx_bytes(
            [
                (
                    "S",
                    [
                        ["订单号", "订单支付时间", "收货人姓名"],
                        ["以下为补发订单"],
                        ["BF-A", "2022-12-19 12:00:00", "张三"],
                        ["BF-20221219001", "2022-12-19 12:00:00", "李四"],
                        ["小计", "", "1 单"],
                    ],
                )
            ]
        )
    )
    items = list(iter_rows(plan_import(p, platform="kuaishou")))
    assert [(r.row, r.key[0]) for r in items if isinstance(r, ParsedRow)] == [(4, "BF-20221219001")]
    assert [(r.row, r.text) for r in items if isinstance(r, SkippedRow)] == [
        (2, "以下为补发订单"),
        (3, "BF-A"),
        (5, "小计"),
    ]


def test_openpyxl_parses_xml_through_defusedxml() -> None:
    import openpyxl

    from desktop_app.importing.xlsx import assert_defused_openpyxl

    assert openpyxl.DEFUSEDXML is True
    assert_defused_openpyxl()


def test_combined_logistics_info_column_gives_the_tracking_number(tmp_path: Path) -> None:
    p = tmp_path / "dy.csv"
    p.write_text(
        "主订单编号,子订单编号,支付完成时间,收件人,快递信息\r\n"
        "4929876543210123456,4929876543210123457,2022/12/19 12:00:00,李娜,"
        "中通快递 75312345678901\r\n",
        encoding="utf-8-sig",
    )
    plan = plan_import(p)
    assert plan.platform is Platform.DOUYIN
    ok, bad = rows_of(plan)
    assert bad == [] and ok[0].values[F["tracking_no"]] == "75312345678901"


def test_stray_cell_after_a_sheet_larger_than_one_read_chunk(corpus: dict[str, Path]) -> None:
    import zipfile

    with zipfile.ZipFile(corpus["stray_big.xlsx"]) as z:
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size > 2 * 1024 * 1024
    plan = plan_import(corpus["stray_big.xlsx"], platform="kuaishou")
    assert any("stray" in w for w in plan.warnings)
    ok, bad = rows_of(plan)
    assert bad == [] and len(ok) == 3000


def test_short_csv_record_is_a_row_error_and_extra_cells_are_kept(tmp_path: Path) -> None:
    """A record with fewer fields than the header was cut short: its cells might sit under the
    wrong headers, so it is a row error naming the first missing column, never a padded order."""
    p = tmp_path / "ragged.csv"
    p.write_text(
        "订单号,订单支付时间,收货人姓名\r\n"
        "2212200000000001,2022-12-19 12:00:00\r\n"
        "2212200000000002,2022-12-19 13:00:00,李四,多出来的,又一个\r\n",
        encoding="utf-8",
    )
    ok, bad = rows_of(plan_import(p, platform="kuaishou"))
    assert [(b.row, b.column, b.header) for b in bad] == [(2, "C", "收货人姓名")]
    assert "2 fields" in bad[0].message_en and "2 个字段" in bad[0].message
    assert [r.key[0] for r in ok] == ["2212200000000002"]
    assert raw_of(ok[0])["E"] == "又一个"


def test_raw_keys_growing_in_a_later_chunk_leave_earlier_rows_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cells beyond the header row first met in a later chunk name only that chunk's rows' cells:
    an earlier row's array stays shorter and reads back without the later keys, as its object
    did."""
    from desktop_app.importing import rows as rows_module

    monkeypatch.setattr(rows_module, "CHUNK_ROWS", 1)
    p = tmp_path / "ragged.csv"
    p.write_text(
        "订单号,订单支付时间,收货人姓名\r\n"
        "2212200000000001,2022-12-19 12:00:00,张三\r\n"
        "2212200000000002,2022-12-19 13:00:00,李四,多出来的\r\n",
        encoding="utf-8",
    )
    ok, bad = rows_of(plan_import(p, platform="kuaishou"))
    assert bad == []
    assert ok[0].raw_keys == ("订单号", "订单支付时间", "收货人姓名")
    assert ok[1].raw_keys == ("订单号", "订单支付时间", "收货人姓名", "D")
    assert json.loads(ok[0].raw_json) == ["2212200000000001", "2022-12-19 12:00:00", "张三"]
    # read with the sheet's final (longest) keys, as the store keeps them
    final = json.dumps(ok[1].raw_keys, ensure_ascii=False)
    assert raw_row(ok[0].raw_json, final) == {
        "订单号": "2212200000000001",
        "订单支付时间": "2022-12-19 12:00:00",
        "收货人姓名": "张三",
    }
    assert raw_row(ok[1].raw_json, final) == {
        "订单号": "2212200000000002",
        "订单支付时间": "2022-12-19 13:00:00",
        "收货人姓名": "李四",
        "D": "多出来的",
    }


def test_an_area_sheet_given_as_orders_points_to_the_area_import() -> None:
    from desktop_app.errors import BadInput
    from desktop_app.importing.pipeline import plan_import
    from desktop_app.resources import resource_path

    with pytest.raises(BadInput) as caught:
        plan_import(resource_path("demo", "affected_areas.csv"))
    problem = caught.value.problems[0]
    assert "受影响地区表" in problem.message and "shipcheck areas import" in problem.message
    assert "affected-area sheet" in problem.message_en
