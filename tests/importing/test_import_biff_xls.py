"""Real BIFF8 `.xls` workbooks (not HTML saved as .xls): ids, times and the 1904 date system.

The files are committed (see `data/make_biff_xls.py`): the same two orders in the 1900 and in
the 1904 date system. Date-formatted cells and bare serial numbers in a time column must both
give the same China-time text whichever system the workbook uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.importing.model import ParsedRow
from desktop_app.importing.pipeline import iter_rows, plan_import
from desktop_app.store.schema import ORDER_FIELDS

DATA = Path(__file__).resolve().parent / "data"
F = {f: i for i, f in enumerate(ORDER_FIELDS)}


@pytest.mark.parametrize(
    ("name", "date1904"), [("orders_biff_1900.xls", "0"), ("orders_biff_1904.xls", "1")]
)
def test_biff_xls_rows_are_exact_in_both_date_systems(name: str, date1904: str) -> None:
    plan = plan_import(DATA / name)
    assert plan.file_format == "xls"
    assert plan.extra["date1904"] == date1904
    rows = list(iter_rows(plan))
    assert all(isinstance(r, ParsedRow) for r in rows), rows
    ok = [r for r in rows if isinstance(r, ParsedRow)]
    assert [r.key[0] for r in ok] == ["2405200000000001", "2405200000000002"]
    first, second = (r.values for r in ok)
    assert first[F["paid_at"]] == "2024-05-20 10:00:00"  # a date-formatted cell
    assert second[F["paid_at"]] == "2024-05-20 23:59:59"
    assert first[F["promised_ship_at"]] == "2024-05-22 10:00:00"  # a bare serial
    assert first[F["receiver_name"]] == "王玥"
    assert second[F["quantity"]] == 2
    assert first[F["paid_amount_fen"]] == 3990


@pytest.mark.parametrize("name", ["orders.xlsx", "orders"])
def test_biff_xls_under_another_name_is_read_by_its_content(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_bytes((DATA / "orders_biff_1904.xls").read_bytes())
    plan = plan_import(p)
    assert plan.file_format == "xls"
    assert plan.extra["date1904"] == "1"
    ok = [r for r in iter_rows(plan) if isinstance(r, ParsedRow)]
    assert [r.values for r in ok] == [
        r.values
        for r in iter_rows(plan_import(DATA / "orders_biff_1904.xls"))
        if isinstance(r, ParsedRow)
    ]
