"""Load the data-driven rule cases in ``tests/policies/cases/*.toml`` (OpenFisca-style YAML
tests, in TOML).

A file holds ``rule`` (the rule id it tests), optional ``[defaults]`` merged into every case, and
``[[case]]`` entries. Verdict cases give ``order`` (+ ``orders`` for cross-order rules),
``products``,
``areas``, ``settings`` and ``expect``; metrics cases give ``metrics`` (platform/period/start) and
``groups`` of generated orders (``count`` copies of a template).
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.store.schema import ORDER_TIME_FIELDS
from policies.params import ParameterSet
from policies.records import Address, AffectedArea, OrderRecord, Platform, ProductRecord

CASES_DIR = Path(__file__).resolve().parent / "cases"

_TIME_FIELDS = set(ORDER_TIME_FIELDS)


@dataclass(frozen=True)
class Case:
    """One case: its id for pytest, its rule, and the merged raw data."""

    id: str
    rule: str
    data: dict[str, Any]


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and v and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def load_cases() -> list[Case]:
    """Every case of every file, sorted by file then position."""
    cases: list[Case] = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
        rule = doc["rule"]
        defaults = doc.get("defaults", {})
        for i, raw in enumerate(doc.get("case", [])):
            data = _merge(defaults, raw)
            name = data.get("name", str(i))
            cases.append(Case(f"{path.stem}:{i}:{name}", rule, data))
    return cases


def when(text: str) -> datetime:
    """'YYYY-MM-DD HH:MM:SS' → datetime."""
    return datetime.fromisoformat(text)


def make_order(raw: dict[str, Any], platform: str) -> OrderRecord:
    """An OrderRecord from case data (times as text, money as text)."""
    fields: dict[str, Any] = {}
    address = {}
    for k, v in raw.items():
        if k in _TIME_FIELDS:
            fields[k] = when(v) if v else None
        elif k == "paid_amount":
            fields[k] = Decimal(str(v))
        elif k.startswith("receiver_") and k[9:] in ("province", "city", "district", "detail"):
            address[k[9:]] = v
        elif k == "platform":
            continue
        else:
            fields[k] = v
    fields.setdefault("order_id", "1")
    return OrderRecord(
        platform=Platform(raw.get("platform", platform)),
        receiver_address=Address(**address),
        **fields,
    )


def make_product(raw: dict[str, Any], platform: str) -> ProductRecord:
    """A ProductRecord from case data."""
    fields = dict(raw)
    if fields.get("listed_at"):
        fields["listed_at"] = when(fields["listed_at"])
    fields["platform"] = Platform(fields.get("platform", platform))
    return ProductRecord(**fields)


def make_area(raw: dict[str, Any]) -> AffectedArea:
    """An AffectedArea from case data (region resolved by the engine)."""
    return AffectedArea(
        region=raw["region"],
        start=date.fromisoformat(raw["start"]),
        end=date.fromisoformat(raw["end"]) if raw.get("end") else None,
    )


def make_params(raw: dict[str, Any]) -> ParameterSet:
    """Parameter set with the case's seller settings as overrides."""
    return ParameterSet.from_settings(raw)
