"""shipcheck products template OUT.xlsx: the template imports back as an empty product sheet."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.main import main
from desktop_app.cli.products_cmd import PRODUCT_TEMPLATE_HEADERS
from desktop_app.importing.pipeline import iter_rows, plan_import


def test_template_round_trips_through_the_importer(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "商品模板.xlsx"
    assert main(["products", "template", str(out)]) == 0
    assert out.is_file()
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    plan = plan_import(out, platform="kuaishou")
    assert plan.kind == "products"
    assert tuple(plan.sheets[0].mapping.values()) == PRODUCT_TEMPLATE_HEADERS
    assert list(iter_rows(plan)) == []


def test_demo_product_sheets_use_the_template_headers() -> None:
    """The demo generator runs without the app on its path, so it keeps its own copy."""
    from tests.corpus.make_corpus import _demo

    assert tuple(_demo().PRODUCT_HEADERS) == PRODUCT_TEMPLATE_HEADERS


def test_template_replaces_an_existing_file_atomically(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    out.write_bytes(b"old")
    assert main(["products", "template", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"


def test_unwritable_target_is_bad_input(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["products", "template", str(blocker / "t.xlsx")]) == 2
