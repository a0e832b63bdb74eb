"""Hostile, damaged and oddly saved files (`hostile_files` in tests/corpus/make_corpus.py) through
the real import path, on a database holding earlier data.

Each is refused with a message naming the file — and the sheet, row and column where there is
one — in Chinese and English, leaving the database exactly as it was; or, for a real workbook
saved under another extension, imports. None may crash the process (a reader's failed allocation
aborts it: the whole test run would stop), hang, or print a traceback.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from safety_support import corpus_module, digest, time_limit

from desktop_app.cli.main import main
from desktop_app.errors import BadInput
from desktop_app.importing import snapshot
from desktop_app.importing.pipeline import iter_rows, plan_import, release_cache
from desktop_app.store.connection import Store, open_store
from desktop_app.store.importer import apply_import

# file → (Chinese fragment, English fragment) of the refusal
REFUSED = {
    "stray_single_quotes.xlsx": ("远在数据区之外", "far outside its data"),
    "stray_spaced_equals.xlsx": ("远在数据区之外", "far outside its data"),
    "stray_prefixed.xlsx": ("远在数据区之外", "far outside its data"),
    "stray_char_ref.xlsx": ("远在数据区之外", "far outside its data"),
    "stray_after_bare_rows.xlsx": ("远在数据区之外", "far outside its data"),
    "stray_bare_cells.xlsx": ("远在数据区之外", "far outside its data"),
    "zip_entry_encrypted.xlsx": ("密码保护", "password-protected"),
    "html_spans_million.xls": ("合并单元格或跨行/跨列单元格", "merged or spanning cells"),
    "csv_field_17mb.csv": ("超过", "CSV field is longer than"),
    "csv_line_40mb.csv": ("超过 32 MB", "longer than 32 MB"),
}
# file → (row, column, Chinese fragment, English fragment) of the one row error
ROW_ERRORS = {
    "formula_without_value.xlsx": (3, "Q", "公式", "formula without a computed value"),
    "csv_cut_mid_record.csv": (4, None, "没有完整结束", "looks cut off"),
    "csv_cut_in_quotes.csv": (5, None, "没有完整结束", "looks cut off"),
    "csv_short_record.csv": (3, "G", "只有 6 个字段", "has 6 fields"),
}
# refused for what the merge does to the rows (every cell of the data filled from A2), in bounded
# time and memory
REFUSED_BY_ITS_ROWS = ("merged_whole_sheet.xlsx",)
# imported, with a warning that the stray cell was left out
STRIPPED = ("stray_sheet_outside_worksheets.xlsx",)
IMPORTED = ("real_xlsx.xls", "real_xlsx.ods", "real_xlsx.xlsb")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return corpus_module().hostile_files(tmp_path_factory.mktemp("hostile"))  # type: ignore[no-any-return]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A database holding one earlier order, so a refusal has something to leave untouched."""
    seed = tmp_path / "earlier.csv"
    seed.write_bytes(
        "订单号,订单支付时间,收货人姓名\r\n2212200000009999,2022-12-18 12:00:00,王五\r\n".encode()
    )
    with open_store(tmp_path / "h.db", daily_backup=False) as st:
        plan = plan_import(seed, platform="kuaishou")
        apply_import(st, plan, iter_rows(plan), backup=False)
        yield st
    release_cache()


def _refusal(store: Store, path: Path) -> BadInput:
    before = digest(store.conn)
    with time_limit(60, 120), pytest.raises(BadInput) as caught:
        plan = plan_import(path, platform="kuaishou")
        apply_import(store, plan, iter_rows(plan), backup=False)
    assert digest(store.conn) == before, "refused, but the database changed"
    assert not store.conn.in_transaction
    for problem in caught.value.problems:
        assert problem.file == path.name
        assert problem.message.strip() and problem.message_en.strip()
    return caught.value


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_file_is_refused_with_a_clear_message(
    name: str, hostile: dict[str, Path], store: Store
) -> None:
    zh, en = REFUSED[name]
    exc = _refusal(store, hostile[name])
    assert any(zh in p.message and en in p.message_en for p in exc.problems), exc.problems


@pytest.mark.parametrize("name", sorted(ROW_ERRORS))
def test_cut_short_or_uncomputed_row_is_a_row_error_never_an_order(
    name: str, hostile: dict[str, Path], store: Store
) -> None:
    row, column, zh, en = ROW_ERRORS[name]
    exc = _refusal(store, hostile[name])
    [problem] = exc.problems
    assert problem.row == row
    if column is not None:
        assert problem.column == column
    assert zh in problem.message and en in problem.message_en


@pytest.mark.parametrize("name", REFUSED_BY_ITS_ROWS)
def test_merge_over_the_whole_sheet_is_bounded(
    name: str, hostile: dict[str, Path], store: Store
) -> None:
    exc = _refusal(store, hostile[name])
    assert all(p.row is not None and p.column for p in exc.problems)


@pytest.mark.parametrize("name", IMPORTED + STRIPPED)
def test_workbook_imports_whatever_its_name_or_merges(
    name: str, hostile: dict[str, Path], store: Store
) -> None:
    with time_limit(60, 120):
        plan = plan_import(hostile[name], platform="kuaishou")
        result = apply_import(store, plan, iter_rows(plan), backup=False)
    assert plan.file_format == "xlsx"
    ids = {r[0] for r in store.conn.execute("SELECT order_id FROM orders")}
    assert {"2212200000000000", "2212200000000001", "2212200000000002"} <= ids, result
    if name in STRIPPED:
        assert any("XFD1048576" in w for w in plan.warnings)


@pytest.mark.parametrize("name", sorted([*REFUSED, *ROW_ERRORS, *REFUSED_BY_ITS_ROWS]))
def test_cli_refuses_with_exit_2_and_no_traceback(
    name: str, hostile: dict[str, Path], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with time_limit(60, 120):
        rc = main(["import", str(hostile[name]), "--db", str(tmp_path / "c.db")])
    err = capfd.readouterr().err
    assert rc == 2, err
    assert "Traceback" not in err and name in err


# --- read once -----------------------------------------------------------------------------------


def test_bytes_hashed_are_the_bytes_imported(hostile: dict[str, Path], tmp_path: Path) -> None:
    """The plan's hash is the hash of the file as read, and the rows come from that same copy
    even once the original is gone."""
    path = tmp_path / "orders.xlsx"
    path.write_bytes(hostile["real_xlsx.xls"].read_bytes())
    plan = plan_import(path, platform="kuaishou")
    assert plan.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    rows = list(iter_rows(plan))
    assert len(rows) == 3
    release_cache()


def test_file_rewritten_while_read_is_refused_with_nothing_written(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync client appending to the file while it is copied: the copy could mix versions."""
    path = tmp_path / "syncing.csv"
    path.write_bytes(
        ("订单号,订单支付时间\r\n" + "2212200000000001,2022-12-19 12:00:00\r\n" * 500).encode()
    )

    class Rewriting:
        """sha256 whose first update lets another writer append to the file mid-copy."""

        def __init__(self) -> None:
            self.inner = hashlib.sha256()
            self.appended = False

        def update(self, data: bytes) -> None:
            if not self.appended:
                with path.open("ab") as other:
                    other.write(b"2212200000000002,2022-12-19 13:00:00\r\n")
                self.appended = True
            self.inner.update(data)

        def hexdigest(self) -> str:
            return self.inner.hexdigest()

    monkeypatch.setattr(snapshot, "_CHUNK", 1024)
    monkeypatch.setattr(snapshot, "hashlib", SimpleNamespace(sha256=Rewriting))
    before = digest(store.conn)
    with pytest.raises(BadInput) as caught:
        plan_import(path, platform="kuaishou")
    assert "changed while it was being read" in caught.value.problems[0].message_en
    assert "读取过程中被修改" in caught.value.problems[0].message
    assert digest(store.conn) == before
