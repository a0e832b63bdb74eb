"""The bundled demo data: reproducible, small, importing cleanly with every designed scenario."""

from __future__ import annotations

import csv
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.importing.model import ParsedRow
from desktop_app.importing.pipeline import iter_rows, plan_import
from desktop_app.store.schema import ORDER_FIELDS
from policies.records import Platform

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
F = {f: i for i, f in enumerate(ORDER_FIELDS)}


def _manifest() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((DEMO / "demo.toml").read_text(encoding="utf-8"))


def test_demo_files_are_small_and_named_in_the_manifest() -> None:
    manifest = _manifest()
    assert manifest["as_of"] == "2024-05-21 18:00:00"
    names = {f["path"] for f in manifest["files"]}
    for f in manifest["files"]:
        assert (DEMO / f["path"]).is_file()
    total = sum(p.stat().st_size for p in DEMO.iterdir() if p.is_file())
    assert total < 1024 * 1024
    kinds = {(f.get("platform"), f["kind"]) for f in manifest["files"]}
    for platform in ("kuaishou", "douyin", "aliexpress"):
        assert (platform, "orders") in kinds
        assert (platform, "products") in kinds
    assert ("aliexpress", "logistics") in kinds
    assert "affected_areas.csv" in names


def test_demo_generator_is_deterministic(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(DEMO / "make_demo.py"), str(tmp_path)], check=True)
    for p in tmp_path.iterdir():
        assert p.read_bytes() == (DEMO / p.name).read_bytes(), p.name


@pytest.mark.parametrize(
    "entry", [f for f in _manifest()["files"] if f["kind"] != "areas"], ids=lambda f: f["path"]
)
def test_every_demo_file_imports_without_problems(entry: dict) -> None:  # type: ignore[type-arg]
    plan = plan_import(DEMO / entry["path"], platform=entry["platform"], shop=entry.get("shop"))
    assert plan.kind == entry["kind"]
    # orders are recognised from their headers alone, without --platform
    if entry["kind"] != "products":
        assert plan_import(DEMO / entry["path"]).platform is Platform(entry["platform"])
    results = list(iter_rows(plan))
    problems = [r for r in results if not isinstance(r, ParsedRow)]
    assert problems == []
    assert len(results) > 0


def _orders(platform: str) -> list[ParsedRow]:
    entry = next(
        f for f in _manifest()["files"] if f.get("platform") == platform and f["kind"] == "orders"
    )
    rows = [r for r in iter_rows(plan_import(DEMO / entry["path"])) if isinstance(r, ParsedRow)]
    return rows


def test_designed_scenarios_cover_every_status_on_every_platform() -> None:
    with (DEMO / "expected.csv").open(encoding="utf-8") as fh:
        expected = list(csv.DictReader(fh))
    statuses: dict[str, Counter[str]] = {}
    for row in expected:
        statuses.setdefault(row["platform"], Counter())[row["designed_status"]] += 1
    common = {"on_time", "late", "overdue", "at_risk", "pending", "excluded"}
    for platform in ("kuaishou", "douyin", "aliexpress"):
        assert common <= set(statuses[platform]), platform
    assert statuses["kuaishou"]["exempt"] > 0
    # every designed order exists in the export with exactly that id
    imported = {
        (p, r.key[0], r.key[1]) for p in ("kuaishou", "douyin", "aliexpress") for r in _orders(p)
    }
    assert {(r["platform"], r["order_id"], r["sub_order_id"]) for r in expected} == imported


def test_demo_douyin_scenarios() -> None:
    rows = _orders("douyin")
    assert all(len(r.key[0]) == 19 and len(r.key[1]) == 19 for r in rows)
    paid = {r.values[F["paid_at"]] for r in rows}
    assert {"2022-12-19 11:59:59", "2022-12-19 12:00:00", "2022-12-19 12:00:01"} <= paid
    by_tracking: dict[str, set[str]] = {}
    for r in rows:
        t = r.values[F["tracking_no"]]
        if t:
            by_tracking.setdefault(str(t), set()).add(str(r.values[F["receiver_name"]]))
    assert any(len(names) > 1 for names in by_tracking.values())  # false shipping candidate
    mains = Counter(r.key[0] for r in rows)
    assert max(mains.values()) >= 2  # sub-orders


def test_demo_kuaishou_scenarios() -> None:
    rows = _orders("kuaishou")
    deadlines = {r.values[F["promised_ship_at"]] for r in rows}
    assert any(str(d) < "2022-07-11" for d in deadlines) and any(
        str(d) >= "2022-07-11" for d in deadlines
    )
    assert any(r.values[F["receiver_province"]] == "上海市" for r in rows)
    assert any(
        r.values[F["product_id"]] == "21160000888" for r in rows
    )  # 好运来, no freight template
    assert {r.sheet for r in rows} == {"订单列表1", "订单列表2"}


def test_demo_aliexpress_scenarios() -> None:
    rows = _orders("aliexpress")
    paid = [str(r.values[F["paid_at"]]) for r in rows]
    assert "2024-05-17 13:59:00" in paid and "2024-05-17 14:00:00" in paid
    assert "2024-04-30 13:59:00" in paid  # before the Labour Day holidays
