"""The smoke test's parsing helpers (the smoke test itself runs on a built bundle, not here)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "build"))
import smoke_test  # noqa: E402  (build/ is not a package)


def test_harmless_qt_chatter_is_ignored_and_the_rest_is_not() -> None:
    stderr = (
        "This plugin does not support propagateSizeHints()\n"
        "qt.qpa.xcb: could not connect to display\n"
        "\n"
        "Traceback (most recent call last):\n"
        "QFont: cannot find font\n"
    )
    assert smoke_test.unexpected_stderr(stderr) == [
        "Traceback (most recent call last):",
        "QFont: cannot find font",
    ]


def test_data_commands_may_print_summaries_but_not_trouble() -> None:
    stderr = (
        "评估时刻 2022-12-20 18:00:00：12 单；涉及金额 30 元\n"
        "imported 40 rows from kuaishou_orders.xlsx\n"
        "QPainter::begin: Paint device returned engine == 0\n"
        "内部错误——请把上面的信息反馈给开发者。\n"
        "UserWarning: Workbook contains no default style\n"
    )
    assert smoke_test.unexpected_stderr(stderr, strict=False) == [
        "QPainter::begin: Paint device returned engine == 0",
        "内部错误——请把上面的信息反馈给开发者。",
        "UserWarning: Workbook contains no default style",
    ]


def test_json_lines() -> None:
    assert smoke_test.json_lines('{"a": 1}\n\n{"b": 2}\n') == [{"a": 1}, {"b": 2}]
    with pytest.raises(smoke_test.StepFailed, match="line 2"):
        smoke_test.json_lines('{"a": 1}\nnot json\n')
    with pytest.raises(smoke_test.StepFailed, match="not a JSON object"):
        smoke_test.json_lines("[1, 2]\n")


@pytest.mark.parametrize(
    "manifest",
    [
        '[[exports]]\nfile = "ks.xlsx"\nplatform = "kuaishou"\n\n[[exports]]\nfile = "dy.csv"\n',
        'files = ["ks.xlsx", "dy.csv"]\n',
        '[demo]\nas_of = "2025-06-01 12:00:00"\n[[demo.files]]\npath = "ks.xlsx"\n'
        '[[demo.files]]\npath = "dy.csv"\nshop = "店"\n',
    ],
)
def test_demo_manifest_shapes(tmp_path: Path, manifest: str) -> None:
    path = tmp_path / "demo.toml"
    path.write_text(manifest, encoding="utf-8")
    assert [entry["file"] for entry in smoke_test.demo_entries(path)] == ["ks.xlsx", "dy.csv"]


def test_demo_as_of(tmp_path: Path) -> None:
    path = tmp_path / "demo.toml"
    path.write_text("as_of = 2025-06-01T12:00:00\n", encoding="utf-8")
    assert smoke_test.demo_as_of(path) == "2025-06-01 12:00:00"
    path.write_text('[demo]\nas_of = "2025-06-02 08:00:00"\n', encoding="utf-8")
    assert smoke_test.demo_as_of(path) == "2025-06-02 08:00:00"
    assert smoke_test.demo_as_of(tmp_path / "missing.toml") is None


def test_date_span() -> None:
    verdicts: list[dict[str, Any]] = [
        {"deadline": "2025-06-03 23:59:59"},
        {"deadline": None},
        {"deadline": "2025-05-30 10:00:00"},
    ]
    assert smoke_test.date_span(verdicts) == (date(2025, 5, 30), date(2025, 6, 3))
    first, last = smoke_test.date_span([{"deadline": None}])
    assert (last - first).days == 31


def test_check_pdf_rejects_non_pdfs(tmp_path: Path) -> None:
    fake = tmp_path / "x.pdf"
    fake.write_bytes(b"not a pdf" * 200)
    with pytest.raises(smoke_test.StepFailed, match="not a PDF"):
        smoke_test.check_pdf(fake)
    with pytest.raises(smoke_test.StepFailed, match="missing or tiny"):
        smoke_test.check_pdf(tmp_path / "absent.pdf")


def test_source_has_knows_what_the_checkout_holds() -> None:
    assert smoke_test.source_has("demo") == (REPO / "resources/demo/demo.toml").is_file()
    assert smoke_test.source_has("xml_hardening") is False


def test_evict_from_page_cache_touches_only_regular_files(tmp_path: Path) -> None:
    (tmp_path / "a.so").write_bytes(b"x" * 4096)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.dat").write_bytes(b"y")
    (tmp_path / "link.so").symlink_to("a.so")
    expected = 2 if sys.platform.startswith("linux") else 0
    assert smoke_test.evict_from_page_cache(tmp_path) == expected
    assert (tmp_path / "a.so").read_bytes() == b"x" * 4096
