"""The demo, end to end: import every demo file into a fresh store, evaluate as of the demo's
as-of time with the real engine, and compare each order's verdict with its designed status.

This crosses layers on purpose (importer → store → evaluation → policies): the demo is what a
new user sees first, and a rule or import change that silently breaks a scenario should fail here.
"""

from __future__ import annotations

import csv
import tomllib
from datetime import datetime
from pathlib import Path

from desktop_app.importing.pipeline import iter_rows, plan_import

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def test_demo_verdicts_match_the_designed_statuses(tmp_path: Path) -> None:
    from desktop_app.evaluation.run import evaluate_store
    from desktop_app.importing.areas import read_area_file
    from desktop_app.store.areas import save_areas
    from desktop_app.store.connection import open_store
    from desktop_app.store.importer import apply_import

    manifest = tomllib.loads((DEMO / "demo.toml").read_text(encoding="utf-8"))
    store = open_store(tmp_path / "demo.db")
    for entry in manifest["files"]:
        path = DEMO / entry["path"]
        if entry["kind"] == "areas":
            save_areas(store.conn, read_area_file(path))
            continue
        plan = plan_import(path, platform=entry["platform"], shop=entry.get("shop"))
        result = apply_import(store, plan, iter_rows(plan), backup=False)
        assert result.rejected == 0
    summary = evaluate_store(store, as_of=datetime.fromisoformat(manifest["as_of"]))
    assert summary.false_shipping == 2  # the duplicate Douyin waybill, on both orders
    got = {
        (p, o, s): st
        for p, o, s, st in store.conn.execute(
            "SELECT platform, order_id, sub_order_id, status FROM verdicts"
        )
    }
    with (DEMO / "expected.csv").open(encoding="utf-8") as fh:
        expected = list(csv.DictReader(fh))
    mismatches = [
        (
            e["platform"],
            e["designed_status"],
            got.get((e["platform"], e["order_id"], e["sub_order_id"])),
            e["scenario"],
        )
        for e in expected
        if got.get((e["platform"], e["order_id"], e["sub_order_id"])) != e["designed_status"]
    ]
    assert mismatches == []
    assert len(got) == len(expected)
