"""The benchmark fixtures are realistic and exact: every generated export imports through the real
reader with the generator's ids, times and amounts, and generation is deterministic.

No timings here (those are `python -m benchmarks.run`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from benchmarks import generate, run
from desktop_app.importing.model import ParsedRow
from desktop_app.importing.pipeline import iter_rows, plan_import, release_cache
from desktop_app.store.schema import ORDER_FIELDS

N = 250
F = {name: i for i, name in enumerate(ORDER_FIELDS)}


def _parsed(path: Path) -> tuple[str, list[ParsedRow]]:
    release_cache()
    plan = plan_import(path)
    items = list(iter_rows(plan))
    problems = [i for i in items if not isinstance(i, ParsedRow)]
    assert problems == []
    return str(plan.platform), [i for i in items if isinstance(i, ParsedRow)]


@pytest.mark.parametrize("fmt", generate.FORMATS)
@pytest.mark.parametrize("platform", generate.PLATFORMS)
def test_export_imports_with_exact_ids_and_times(tmp_path: Path, platform: str, fmt: str) -> None:
    path = generate.ensure(platform, N, fmt, tmp_path)
    detected, rows = _parsed(path)
    assert detected == platform
    assert [r.key for r in rows] == generate.expected_keys(platform, N)
    layout = generate.LAYOUTS[platform]
    paid_col = next(
        i for i, c in enumerate(layout) if c.header in ("订单支付时间", "支付完成时间", "付款时间")
    )
    for parsed, source in zip(rows, generate.rows(platform, N), strict=True):
        paid = source[paid_col]
        assert isinstance(paid, int)
        assert parsed.values[F["paid_at"]] == generate.time_text(paid)
        assert parsed.values[F["paid_amount_fen"]] is not None


def test_douyin_ids_are_19_digits_and_keep_every_digit(tmp_path: Path) -> None:
    _, rows = _parsed(generate.ensure("douyin", N, "csv", tmp_path))  # tab-prefixed ids
    assert all(len(r.key[0]) == 19 and len(r.key[1]) == 19 for r in rows)
    assert rows[0].key == (str(6929000000000000001), str(6929000000000000001 + 10**15))
    assert len({r.key[0] for r in rows}) < len(rows)  # some orders have two sub-orders


def test_aliexpress_xlsx_has_real_datetime_cells(tmp_path: Path) -> None:
    import python_calamine as pc

    path = generate.ensure("aliexpress", 20, "xlsx", tmp_path)
    sheet = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    first = sheet.to_python()[1]
    assert isinstance(first[4], datetime)  # 下单时间 is a date-formatted serial, not text
    assert isinstance(first[0], str) and first[0] == generate.expected_keys("aliexpress", 1)[0][0]


def test_generation_is_deterministic(tmp_path: Path) -> None:
    for fmt in generate.FORMATS:
        a = generate.ensure("kuaishou", 50, fmt, tmp_path / "a")
        b = generate.ensure("kuaishou", 50, fmt, tmp_path / "b")
        assert a.read_bytes() == b.read_bytes()


def test_kuaishou_csv_is_gb18030_and_douyin_has_bom(tmp_path: Path) -> None:
    ks = generate.ensure("kuaishou", 5, "csv", tmp_path).read_bytes()
    assert "订单号".encode("gb18030") in ks and not ks.startswith(b"\xef\xbb\xbf")
    assert generate.ensure("douyin", 5, "csv", tmp_path).read_bytes().startswith(b"\xef\xbb\xbf")


def test_results_block_replaced_between_markers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "benchmarks.md"
    monkeypatch.setattr(run, "DOC", doc)
    suite = run.Suite(quick=True)
    suite.add("engine in memory", 350_000, "orders/s", "≥ 300,000/s", True)
    suite.add("cold start", 2.5, "s", "< 2 s", False, "slow")
    block = run.render(suite, datetime(2026, 1, 1), (1.0, 2.0))
    assert "PASS" in block and "**FAIL**" in block and "Python " in block
    run.write_doc(block, quick=True)
    doc.write_text(doc.read_text() + "\n## Findings\nhand-written\n")
    run.write_doc(block.replace("slow", "still slow"), quick=True)
    text = doc.read_text()
    assert text.count("<!-- results:quick:start -->") == 1
    assert "still slow" in text and "hand-written" in text
