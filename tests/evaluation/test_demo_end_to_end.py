"""End to end on the bundled demo exports: import every file, evaluate as of the demo instant, and
compare each order's status with the status the demo was designed for (resources/demo/expected.csv).
"""

from __future__ import annotations

import csv
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.evaluation import evaluate_store, metrics_for
from desktop_app.importing.areas import read_area_file
from desktop_app.importing.pipeline import iter_rows, plan_import
from desktop_app.store.areas import save_areas
from desktop_app.store.connection import Store, open_store
from desktop_app.store.importer import apply_import

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"

pytestmark = pytest.mark.skipif(not (DEMO / "demo.toml").exists(), reason="demo data not present")


def _manifest() -> dict[str, object]:
    return tomllib.loads((DEMO / "demo.toml").read_text(encoding="utf-8"))


@pytest.fixture
def demo_store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "demo.db", daily_backup=False)
    files = _manifest()["files"]
    assert isinstance(files, list)
    for f in files:
        path = DEMO / f["path"]
        if f["kind"] == "areas":
            save_areas(store.conn, read_area_file(path))
            continue
        plan = plan_import(path, platform=f.get("platform"), shop=f.get("shop"))
        apply_import(store, plan, iter_rows(plan), backup=False)
    return store


def test_demo_statuses_match_the_designed_scenarios(demo_store: Store) -> None:
    as_of = datetime.fromisoformat(str(_manifest()["as_of"]))
    summary = evaluate_store(demo_store, as_of)
    got = {
        (p, o, s): status
        for p, o, s, status in demo_store.conn.execute(
            "SELECT platform, order_id, sub_order_id, status FROM verdicts"
        )
    }
    with (DEMO / "expected.csv").open(encoding="utf-8") as fh:
        expected = list(csv.DictReader(fh))
    assert summary.total == len(got) >= len(expected)
    mismatches = [
        (e["platform"], e["order_id"], e["sub_order_id"], e["designed_status"],
         got.get((e["platform"], e["order_id"], e["sub_order_id"])), e["scenario"])
        for e in expected
        if got.get((e["platform"], e["order_id"], e["sub_order_id"])) != e["designed_status"]
    ]  # fmt: skip
    assert not mismatches, "\n".join(map(str, mismatches))


def test_demo_metrics_are_computable(demo_store: Store) -> None:
    as_of = datetime.fromisoformat(str(_manifest()["as_of"]))
    for platform in ("kuaishou", "douyin", "aliexpress"):
        m = metrics_for(demo_store, platform, "month", as_of.date().replace(day=1), as_of)
        assert m.as_of == as_of
