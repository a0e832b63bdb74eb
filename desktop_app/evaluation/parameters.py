"""The settings dialog's view of every parameter and seller value, and setting validation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.chinatime import china_now
from desktop_app.errors import BadInput, Problem
from desktop_app.evaluation.rule_set import rule_definitions
from desktop_app.store.connection import Store
from desktop_app.store.settings import all_settings
from policies.catalogue import source_texts
from policies.metrics import SELLER_VALUES
from policies.params import UNITS, coerce, definitions, format_value, to_json


@dataclass(frozen=True, slots=True)
class ParameterView:
    """One row of the settings dialog / `settings list`."""

    key: str
    rule: str
    unit: str  # a policies.params.UNITS key, or "number" for seller values
    unit_label: str
    label: str
    label_en: str
    default: str  # the current default as shown ('未设置 (not set)' when none)
    default_json: Any
    source: str  # where a seller reads the default: announcement + clause, or the assumption
    override: Any  # the seller's stored JSON value, None when not overridden
    overridden: bool
    kind: str  # "parameter" | "seller_value"
    source_en: str = ""


def load_parameters(store: Store, at: datetime | None = None) -> list[ParameterView]:
    """Every parameter (default as of `at`, default now in China time — from the built-in data or
    an installed rule update) and seller value, with the seller's overrides."""
    when = at or china_now()
    settings = all_settings(store.conn)
    out: list[ParameterView] = []
    for key, p in sorted(rule_definitions(store.conn).items()):
        entry = p.entry_at(when) or p.entries[-1]
        zh, en = source_texts(
            entry.announcement, entry.clause, entry.assumption, entry.assumption_en, entry.start
        )
        out.append(
            ParameterView(
                key=key,
                rule=p.rule,
                unit=p.unit,
                unit_label=UNITS[p.unit][0],
                label=p.label,
                label_en=p.label_en,
                default=format_value(entry.value, p.unit),
                default_json=to_json(entry.value),
                source=zh,
                override=settings.get(key),
                overridden=key in settings,
                kind="parameter",
                source_en=en,
            )
        )
    for key, sv in sorted(SELLER_VALUES.items()):
        out.append(
            ParameterView(
                key=key,
                rule=sv.rule,
                unit="number",
                unit_label="数值",
                label=sv.label,
                label_en=sv.label_en,
                default="未填写 (not entered)",
                default_json=None,
                source="由卖家按平台后台显示的数值填写",
                override=settings.get(key),
                overridden=key in settings,
                kind="seller_value",
                source_en="entered by the seller from the platform's back office",
            )
        )
    return out


def validate_setting(key: str, raw: str) -> Any:
    """The JSON value to store for `key` given the user's text; BadInput naming what is wrong."""
    defs = definitions()
    if key in defs:
        unit = defs[key].unit
        try:
            return to_json(coerce(raw, unit))
        except ValueError as exc:
            raise BadInput(
                Problem(
                    f"{key} 的值不合法（单位：{UNITS[unit][0]}）：{exc}",
                    f"Bad value for {key} (unit: {UNITS[unit][1]}): {exc}",
                    value=raw,
                )
            ) from None
    if key in SELLER_VALUES:
        text = raw.strip()
        try:
            number = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite() or number < 0:
            raise BadInput(
                Problem(f"{key} 需要一个非负数", f"{key} needs a non-negative number", value=raw)
            )
        return str(number)
    raise BadInput(
        Problem(
            f"未知的设置项 {key}（用 shipcheck settings list 查看全部）",
            f"Unknown setting {key} (see 'shipcheck settings list')",
            value=key,
        )
    )
