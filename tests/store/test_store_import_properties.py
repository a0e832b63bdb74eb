"""Property-based tests of apply_import against a plain-Python model of the merge and stale rules.

- Round trip: any rows the generator can produce are stored exactly, and re-importing them changes
  nothing.
- Second import: for any stored state and any later (or older) file over the same keys, the stored
  row ends up exactly as the model says — merged, or kept whole when the row is stale — so progress
  times never move earlier and shipped/completed/tracking are never cleared.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_importdata import INT_FIELDS, TIME_FIELDS, plan, row

from desktop_app.store.connection import open_store
from desktop_app.store.importer import NEVER_CLEARED, PROGRESS_TIMES, STICKY, apply_import
from desktop_app.store.schema import ORDER_FIELDS

TEXTS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6)
TIMES = st.none() | st.sampled_from(
    [f"2026-11-0{d} {h:02d}:00:00" for d in range(1, 4) for h in (0, 9, 23)]
)
MAPPABLE = [f for f in ORDER_FIELDS if f != "shop"]


def _value(field: str) -> st.SearchStrategy[Any]:
    if field in TIME_FIELDS:
        return TIMES
    if field in INT_FIELDS:
        return st.none() | st.integers(-(10**12), 10**12)
    return TEXTS


Sheet = tuple[list[str], list[dict[str, Any]]]  # (mapped fields, rows with "_id")


@st.composite
def sheets(draw: st.DrawFn, keys: list[str] | None = None) -> Sheet:
    """Mapped fields and rows for them, over `keys` or fresh 16-19 digit order ids."""
    mapped = draw(st.lists(st.sampled_from(MAPPABLE), unique=True, max_size=12))
    ids = keys or draw(
        st.lists(
            st.from_regex(r"[1-9][0-9]{15,18}", fullmatch=True), min_size=1, max_size=8, unique=True
        )
    )
    rows = [{f: draw(_value(f)) for f in mapped} for _ in ids]
    for r, i in zip(rows, ids, strict=True):
        r["_id"] = i
    return mapped, rows


def _stored(store: Any) -> dict[str, dict[str, Any]]:
    cols = ", ".join(ORDER_FIELDS)
    return {
        r[0]: dict(zip(ORDER_FIELDS, r[1:], strict=True))
        for r in store.conn.execute(f"SELECT order_id, {cols} FROM orders")
    }


def _import(store: Any, mapped: list[str], rows: list[dict[str, Any]]) -> Any:
    p = plan(fields=mapped)
    parsed = [
        row(p, r["_id"], n=n, **{k: v for k, v in r.items() if k != "_id"})
        for n, r in enumerate(rows, start=2)
    ]
    return apply_import(store, p, parsed, backup=False)


def _empty(v: Any) -> bool:
    return v is None or v == ""


def _model_new(mapped: list[str], r: dict[str, Any], notnull: set[str]) -> dict[str, Any]:
    out = {}
    for f in ORDER_FIELDS:
        v = r.get(f) if f in mapped else None
        if v is None and f in mapped and f not in INT_FIELDS and f not in TIME_FIELDS:
            v = ""
        out[f] = ("" if v is None else v) if f in notnull else v
    return out


def _model_merge(
    stored: dict[str, Any], mapped: list[str], r: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    merged = {}
    for f in ORDER_FIELDS:
        v = r.get(f) if f in mapped else None
        if v is None and f in mapped and f not in INT_FIELDS and f not in TIME_FIELDS:
            v = ""
        if f in STICKY:
            merged[f] = stored[f] if _empty(v) else v
        elif f in mapped or not _empty(v):
            merged[f] = v
        else:
            merged[f] = stored[f]
    stale = any(
        not _empty(stored[f]) and merged[f] is not None and merged[f] < stored[f]
        for f in PROGRESS_TIMES
    ) or any(not _empty(stored[f]) and _empty(merged[f]) for f in NEVER_CLEARED)
    return merged, stale


NOTNULL = {f for f in ORDER_FIELDS if f not in INT_FIELDS and f not in TIME_FIELDS}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_round_trip_and_reimport(sheet: Sheet) -> None:
    mapped, rows = sheet
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "p.db") as store:
        result = _import(store, mapped, rows)
        assert result.new == len(rows)
        stored = _stored(store)
        for r in rows:
            assert stored[r["_id"]] == _model_new(mapped, r, NOTNULL)
        again = _import(store, mapped, rows)
        assert (again.new, again.updated, again.unchanged, again.stale) == (0, 0, len(rows), 0)
        assert _stored(store) == stored


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_second_import_follows_the_merge_and_stale_rules(data: st.DataObject) -> None:
    mapped1, rows1 = data.draw(sheets())
    ids = [r["_id"] for r in rows1]
    mapped2, rows2 = data.draw(sheets(keys=ids))
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "p.db") as store:
        _import(store, mapped1, rows1)
        before = _stored(store)
        result = _import(store, mapped2, rows2)
        after = _stored(store)
        counts = {"updated": 0, "unchanged": 0, "stale": 0}
        for r in rows2:
            old = before[r["_id"]]
            merged, stale = _model_merge(old, mapped2, r)
            if stale:
                counts["stale"] += 1
                assert after[r["_id"]] == old
            else:
                assert after[r["_id"]] == merged
                counts["unchanged" if merged == old else "updated"] += 1
            for f in PROGRESS_TIMES:  # the invariant the rule exists for
                if old[f]:
                    assert after[r["_id"]][f] is not None and after[r["_id"]][f] >= old[f]
        assert (result.updated, result.unchanged, result.stale) == (
            counts["updated"],
            counts["unchanged"],
            counts["stale"],
        )
